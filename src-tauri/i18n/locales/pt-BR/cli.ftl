# The command line's messages: what it prints and asks (cli/). Error codes, --json
# output and the words scripts type back (y/N answers aside) never change.
# Termos como a janela os usa: conta, código, código de recuperação, cofre, chaveiro,
# backup, bloqueio do app, servidor, etiqueta, nota, fixar. Comandos e opções não mudam.

## mod.rs

cli-mod-error = erro: { $message } [{ $code }]
cli-mod-stdout = não foi possível escrever na saída padrão: { $error }
cli-mod-stdin = não foi possível ler a entrada padrão: { $error }
cli-mod-confirm-hint = [s/N]
cli-mod-confirm-yes = s sim

## accounts.rs

cli-accounts-uri-or-manual = informe um URI otpauth ou --issuer/--account, não os dois
cli-accounts-nothing-to-add = nada para adicionar: informe um URI otpauth, `-` para ler URIs da entrada padrão, ou --issuer/--account com o segredo na entrada padrão
cli-accounts-added = { $label } adicionada (id { $id })
cli-accounts-weak-secret = aviso: o segredo de { $label } tem só { $bits } bits; o recomendado é 128 ou mais
cli-accounts-bad-line = linha { $line }: { $message }; nada foi adicionado
cli-accounts-no-uri-on-stdin = nenhum URI otpauth na entrada padrão; nada foi adicionado
cli-accounts-secret-prompt = Segredo (base32):{" "}
cli-accounts-secret-unreadable = não foi possível ler o segredo: { $error }
cli-accounts-secret-stdin-unreadable = não foi possível ler o segredo da entrada padrão: { $error }
cli-accounts-no-tagged = nenhuma conta tem a etiqueta { $tag }: veja `mfa-companion tag`
cli-accounts-none-yet = nenhuma conta ainda: adicione uma com `mfa-companion add <URI otpauth>`
cli-accounts-list-counter = contador { $counter }
cli-accounts-note = nota: { $line }
cli-accounts-at-hotp = --at não se aplica a contas HOTP (os códigos delas seguem um contador, não o relógio)
cli-accounts-remove-needs-yes = remover { $label } apaga o segredo para sempre: passe --yes para confirmar
cli-accounts-remove-question = Remover { $label } (id { $id }) e apagar o segredo para sempre?
cli-accounts-nothing-removed = nada foi removido
cli-accounts-removed = { $label } removida (id { $id })
cli-accounts-recovery-codes-stay = { $count ->
    [one] nota: o { $count } código de recuperação dela ({ $unused } não usado) continua no cofre: `mfa-companion recovery show { $id }`
   *[other] nota: os { $count } códigos de recuperação dela ({ $unused } não usados) continuam no cofre: `mfa-companion recovery show { $id }`
}
cli-accounts-rename-what = informe --issuer e/ou --account
cli-accounts-renamed = { $old } renomeada para { $new }
cli-accounts-pinned = { $label } fixada (id { $id })
cli-accounts-unpinned = { $label } desafixada (id { $id })
cli-accounts-no-tags = { $label } (id { $id }) não tem etiquetas
cli-accounts-tags = { $label } (id { $id }): { $tags }
cli-accounts-no-note = { $label } (id { $id }) não tem nota
cli-accounts-note-saved = nota salva para { $label } (id { $id })
cli-accounts-note-removed = nota removida de { $label } (id { $id })

## backup.rs

cli-backup-again = De novo:{" "}
cli-backup-passwords-differ = as duas senhas são diferentes: nada foi alterado
cli-backup-password-new = Senha para os backups:{" "}
cli-backup-password-empty = uma senha vazia não protege nada
cli-backup-configured = { $keep ->
    [one] os backups vão para { $dir } após cada alteração (guardando o { $keep } mais recente); a senha não é guardada: sem ela não dá para restaurá-los
   *[other] os backups vão para { $dir } após cada alteração (guardando os { $keep } mais recentes); a senha não é guardada: sem ela não dá para restaurá-los
}
cli-backup-none-yet = nenhum backup ainda: `mfa-companion backup now` grava um
cli-backup-list-accounts = { $count ->
    [one] { $count } conta
   *[other] { $count } contas
}
cli-backup-list-accounts-unknown = ? contas
cli-backup-list-verified = verificado
cli-backup-list-unreadable = NÃO pode ser lido com a senha atual
cli-backup-disabled = os backups automáticos estão desligados; os backups já gravados ficam onde estão
cli-backup-written = { $count ->
    [one] { $path } gravado e verificado ({ $count } conta)
   *[other] { $path } gravado e verificado ({ $count } contas)
}
cli-backup-written-pruned = { $count ->
    [one] { $path } gravado e verificado ({ $count } conta)
   *[other] { $path } gravado e verificado ({ $count } contas)
}; { $pruned ->
    [one] { $pruned } backup mais antigo apagado
   *[other] { $pruned } backups mais antigos apagados
}
cli-backup-current = o backup mais recente já tem as contas atuais: { $path }
cli-backup-password = Senha do backup:{" "}
cli-backup-deriving = derivando a chave deste backup
cli-backup-plan-add = adicionar    { $label }
cli-backup-plan-exists = já existe    { $label } (fica como está)
cli-backup-plan-skip = ignorar      { $label }: { $reason }
cli-backup-plan-count = { $count ->
    [one] { $count } conta para adicionar; nada foi alterado
   *[other] { $count } contas para adicionar; nada foi alterado
}
cli-backup-restore-needs-yes = { $count ->
    [one] { $count } conta seria adicionada: passe --yes para confirmar
   *[other] { $count } contas seriam adicionadas: passe --yes para confirmar
}
cli-backup-restore-question = { $count ->
    [one] Adicionar { $count } conta?
   *[other] Adicionar { $count } contas?
}
cli-backup-nothing-restored = nada foi restaurado
cli-backup-restored = { $count ->
    [one] { $count } conta restaurada
   *[other] { $count } contas restauradas
}

## lock.rs

cli-lock-password = Senha:{" "}
cli-lock-current-password = Senha atual:{" "}
cli-lock-new-password = Nova senha:{" "}
cli-lock-unlocked = { $minutes ->
    [one] desbloqueado; a chave é esquecida após { $minutes } minuto sem uso, ou com `mfa-companion lock now`
   *[other] desbloqueado; a chave é esquecida após { $minutes } minutos sem uso, ou com `mfa-companion lock now`
}
cli-lock-on-already = o bloqueio do app já está ligado: `lock change` troca a senha
cli-lock-idle-range = --idle-minutes deve ser de 1 a 1440
cli-lock-no-backup-warning = aviso: sem a senha as contas se perdem, e não há backups automáticos configurados (`mfa-companion backup configure --dir DIR`, ou `mfa-companion export --format backup`)
cli-lock-no-backup-question = Ligar o bloqueio sem um backup?
cli-lock-stays-off = o bloqueio continua desligado
cli-lock-enabled = o bloqueio do app está ligado (Argon2id, 64 MiB, { $passes ->
    [one] { $passes } passagem
   *[other] { $passes } passagens
}); o chaveiro não guarda mais a chave. Desbloqueado agora, por { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} sem uso; `mfa-companion lock now` bloqueia
cli-lock-disabled = o bloqueio do app está desligado; a chave do cofre está de novo no chaveiro
cli-lock-changed = a senha foi trocada
cli-lock-status-off = desligado: a chave do cofre está no chaveiro
cli-lock-status-on-unlocked = { $minutes ->
    [one] ligado (desbloqueado; esquecido após { $minutes } minuto sem uso)
   *[other] ligado (desbloqueado; esquecido após { $minutes } minutos sem uso)
}
cli-lock-status-on-locked = { $minutes ->
    [one] ligado (bloqueado; esquecido após { $minutes } minuto sem uso)
   *[other] ligado (bloqueado; esquecido após { $minutes } minutos sem uso)
}
cli-lock-status-stray-key = ; ATENÇÃO: o chaveiro ainda guarda a chave: rode `mfa-companion lock disable` e ligue de novo
cli-lock-locked = bloqueado

## recovery.rs

cli-recovery-counts = { $label }: { $unused ->
    [one] { $unused } não usado
   *[other] { $unused } não usados
}, { $used ->
    [one] { $used } usado
   *[other] { $used } usados
} (códigos de recuperação)
cli-recovery-counts-low = { $label }: { $unused ->
    [one] { $unused } não usado
   *[other] { $unused } não usados
}, { $used ->
    [one] { $used } usado
   *[other] { $used } usados
} (códigos de recuperação; estão acabando: peça códigos novos ao servidor)
cli-recovery-show = códigos de recuperação de { $label }:
cli-recovery-show-server = códigos de recuperação de { $label } (servidor { $server }):
cli-recovery-unused = não usado
cli-recovery-used-at = usado em { $date }
cli-recovery-used-at-note = usado em { $date } ({ $note })
cli-recovery-by-hand = marcado como usado à mão
cli-recovery-use-next = use o código de recuperação { $number }: { $code } (agora marcado como usado)
cli-recovery-marked = o código foi marcado como usado para { $label }
cli-recovery-none-given = nenhum código na entrada padrão: digite ou envie por pipe, um por linha
cli-recovery-added = { $count ->
    [one] { $count } código de recuperação adicionado para { $label } ({ $stored } já guardados)
   *[other] { $count } códigos de recuperação adicionados para { $label } ({ $stored } já guardados)
}

## doctor.rs

cli-doctor-ok = ok    { $name }: { $detail }
cli-doctor-fail = FAIL  { $name }: { $detail }
cli-doctor-data-folder = pasta de dados
cli-doctor-data-folder-ok = { $count ->
    [one] { $dir } ({ $count } conta)
   *[other] { $dir } ({ $count } contas)
}
cli-doctor-keychain = chaveiro
cli-doctor-keychain-ok = ida e volta no Secret Service (gravar, ler, apagar, item ausente) passou
cli-doctor-clock = relógio
cli-doctor-clock-ok = { $now } (hora Unix; { $date }); { $sync }
cli-doctor-enrollments = cadastros
cli-doctor-enrollments-none = nenhum pendente
cli-doctor-enrollments-pending = { $count ->
    [one] { $count } pendente: `mfa-companion list` o mostra, `enroll --resume` o conclui
   *[other] { $count } pendentes: `mfa-companion list` os mostra, `enroll --resume` os conclui
}
cli-doctor-problems = { $count ->
    [one] { $count } verificação falhou
   *[other] { $count } verificações falharam
}
cli-doctor-vault = cofre
cli-doctor-vault-ok = aberto com a chave; { $count ->
    [one] { $count } conta, com o segredo
   *[other] { $count } contas, cada uma com o segredo
}; códigos de recuperação de { $with_codes }; { $writes ->
    [one] gravado { $writes } vez
   *[other] gravado { $writes } vezes
}
cli-doctor-vault-broken = nenhum segredo utilizável para: { $labels }; remova-as e adicione de novo
cli-doctor-vault-locked = { $count ->
    [one] bloqueado: { $count } conta listada; `mfa-companion unlock` para verificar os segredos
   *[other] bloqueado: { $count } contas listadas; `mfa-companion unlock` para verificar os segredos
}
cli-doctor-vault-note = nota  cofre: { $note }
cli-doctor-keychain-items = itens do chaveiro
cli-doctor-keychain-items-ok = { $count ->
    [one] a chave do cofre e { $count } token ou sessão de servidor; nenhum segredo de conta
   *[other] a chave do cofre e { $count } tokens ou sessões de servidor; nenhum segredo de conta
}
cli-doctor-repaired-items = { $count ->
    [one] reparado: { $count } item do antigo formato de um item por segredo apagado
   *[other] reparado: { $count } itens do antigo formato de um item por segredo apagados
}
cli-doctor-keychain-items-stray = { $count ->
    [one] { $count } item do antigo formato de um item por segredo não pertence a nenhuma conta: `mfa-companion doctor --repair` o apaga
   *[other] { $count } itens do antigo formato de um item por segredo não pertencem a nenhuma conta: `mfa-companion doctor --repair` os apaga
}
cli-doctor-previous = versão anterior
cli-doctor-previous-kept = guardada como { $path }
cli-doctor-previous-none = nenhuma ainda (guardada a partir da segunda gravação)
cli-doctor-app-lock = bloqueio do app
cli-doctor-backups = backups
cli-doctor-lock-off = desligado (`mfa-companion lock enable` põe a chave sob uma senha)
cli-doctor-lock-stray-key = ligado, mas o chaveiro ainda guarda a chave do cofre: rode `mfa-companion lock disable` e depois `lock enable` de novo
cli-doctor-lock-on-locked = ligado, bloqueado; Argon2id 64 MiB x { $passes ->
    [one] { $passes } passagem
   *[other] { $passes } passagens
}; a chave é esquecida após { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} sem uso
cli-doctor-lock-on-unlocked = ligado, desbloqueado; Argon2id 64 MiB x { $passes ->
    [one] { $passes } passagem
   *[other] { $passes } passagens
}; a chave é esquecida após { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} sem uso
cli-doctor-backups-off = desligado (`mfa-companion backup configure --dir DIR` grava um após cada alteração)
cli-doctor-backups-none = em { $dir }; nenhum gravado ainda
cli-doctor-backups-ok = em { $dir }, guardando { $keep } { $keep ->
    [one] (o mais recente)
   *[other] (os mais recentes)
}; último backup verificado { $file } ({ $count ->
    [one] { $count } conta
   *[other] { $count } contas
})
cli-doctor-backups-failed = o último backup falhou: { $error }; suas contas estão seguras no cofre, mas rode `mfa-companion backup now` quando a pasta funcionar
cli-doctor-repair = reparo
cli-doctor-no-previous = não há versão anterior para restaurar; { $then }
cli-doctor-previous-unusable = a versão anterior também não pode ser usada ({ $error }); { $then }
cli-doctor-previous-holds = a versão anterior (gravação { $write }) tem { $count ->
    [one] { $count } conta
   *[other] { $count } contas
}: restaurá-la tira { $gone ->
    [one] { $gone } conta listada agora
   *[other] { $gone } contas listadas agora
}{ $gone_ids } e traz de volta { $back }{ $back_ids }
cli-doctor-restore-question = Restaurar a versão anterior? (o arquivo danificado fica guardado como accounts.vault.damaged)
cli-doctor-restored = reparado: o cofre foi restaurado da versão anterior
cli-doctor-newest-backup = { $count ->
    [one] o backup verificado mais recente tem { $count } conta: tire o cofre danificado do lugar e depois `mfa-companion backup restore { $path }`
   *[other] o backup verificado mais recente tem { $count } contas: tire o cofre danificado do lugar e depois `mfa-companion backup restore { $path }`
}
cli-doctor-restore-a-backup = restaure um backup (`mfa-companion backup restore FILE` ou `mfa-companion import FILE`)

## transfer.rs

cli-transfer-password-stdin-unreadable = não foi possível ler a senha da entrada padrão: { $error }
cli-transfer-password-stdin-empty = a senha na entrada padrão está vazia
cli-transfer-cannot-ask = não foi possível pedir a senha ({ $error }): use --password-stdin
cli-transfer-unreadable = não foi possível ler { $path }: { $error }
cli-transfer-file-password = Senha do arquivo { $format }:{" "}
cli-transfer-deriving = derivando a chave deste arquivo { $format }
cli-transfer-reading = lendo este arquivo { $format }
cli-transfer-password-stdin-path = --password-stdin precisa do arquivo como caminho, não `-`
cli-transfer-read = { $count ->
    [one] { $count } item lido ({ $format })
   *[other] { $count } itens lidos ({ $format })
}
cli-transfer-read-encrypted = { $count ->
    [one] { $count } item lido ({ $format }, criptografado)
   *[other] { $count } itens lidos ({ $format }, criptografado)
}
cli-transfer-would-import = importaria { $label }
cli-transfer-imported = { $label } importada (id { $id })
cli-transfer-recovery-restored = { $count ->
    [one] { $count } código de recuperação restaurado
   *[other] { $count } códigos de recuperação restaurados
}
cli-transfer-skipped = { $label } ignorada: já guardada (mesmo segredo e emissor)
cli-transfer-unusable = não foi possível importar { $label }: { $reason }
cli-transfer-summary = { $count ->
    [one] { $count } importada
   *[other] { $count } importadas
}, { $duplicates ->
    [one] { $duplicates } duplicada ignorada
   *[other] { $duplicates } duplicadas ignoradas
}, { $unusable ->
    [one] { $unusable } não pôde ser importada
   *[other] { $unusable } não puderam ser importadas
}
cli-transfer-summary-dry-run = { $count ->
    [one] { $count } seria importada
   *[other] { $count } seriam importadas
}, { $duplicates ->
    [one] { $duplicates } duplicada ignorada
   *[other] { $duplicates } duplicadas ignoradas
}, { $unusable ->
    [one] { $unusable } não pôde ser importada
   *[other] { $unusable } não puderam ser importadas
} (simulação: nada foi guardado)
cli-transfer-unknown-format = formato de exportação desconhecido
cli-transfer-out-needed = --out FILE é necessário para o formato { $format }
cli-transfer-stdout = a saída padrão
cli-transfer-export-needs-yes = uma exportação contém todos os segredos: passe --yes para confirmar
cli-transfer-export-question = { $count ->
    [one] Exportar { $count } conta com o segredo para { $target } ({ $format })?
   *[other] Exportar { $count } contas com os segredos para { $target } ({ $format })?
}
cli-transfer-nothing-exported = nada foi exportado
cli-transfer-plain-warning = aviso: uma exportação { $format } contém seus segredos em texto simples: qualquer pessoa que a ler poderá gerar seus códigos. Leve-a para o outro app e depois apague-a.
cli-transfer-export-password = Senha para a exportação:{" "}
cli-transfer-export-password-again = A mesma senha de novo:{" "}
cli-transfer-passwords-differ = as senhas são diferentes; nada foi exportado
cli-transfer-password-empty = a senha está vazia; nada foi exportado
cli-transfer-writing = gravando a exportação { $format }
cli-transfer-left-out = aviso: { $label } ficou de fora: { $reason }
cli-transfer-exported = { $count ->
    [one] { $count } conta exportada ({ $format }) para { $files }
   *[other] { $count } contas exportadas ({ $format }) para { $files }
}

## scan.rs

cli-scan-asking = nota: pedindo uma captura de tela ao ambiente de trabalho (ele pode pedir sua permissão)
cli-scan-batch = exportação do Google Authenticator: lote { $n } de { $of } lido
cli-scan-batch-more = exportação do Google Authenticator: lote { $n } de { $of } lido; mostre o próximo código e leia de novo para o restante
cli-scan-not-an-account = código QR com { $what } ignorado: não é uma conta
cli-scan-already-stored = já guardada: { $label }
cli-scan-cannot-add = não foi possível adicionar { $label }: { $reason }
cli-scan-nothing-new = nada novo para adicionar
cli-scan-found = { $count ->
    [one] { $count } conta encontrada:
   *[other] { $count } contas encontradas:
}
cli-scan-needs-yes = nada foi adicionado: confirme em um terminal, ou passe -y para adicionar todas
cli-scan-nothing-added = nada foi adicionado

## icons.rs

cli-icons-chosen = escolhido
cli-icons-matched = encontrado pelo emissor
cli-icons-none-matches = nenhum ícone corresponde ao emissor
cli-icons-image = uma imagem sua ({ $kind }, { $bytes } bytes)
cli-icons-letter = a letra { $letter }
cli-icons-shows = { $label } (id { $id }) mostra { $what }: { $how }
cli-icons-no-match = nenhum ícone do conjunto incluído corresponde a { $query }; contas sem ícone mostram sua letra

## keyboard.rs

cli-keyboard-delay = --delay é no máximo 60 segundos
cli-keyboard-typed = código de { $label } digitado
cli-keyboard-searching = { $why }: abrindo a busca rápida
cli-keyboard-window = não foi possível abrir a janela ({ $error })

## agent.rs

cli-agent-asked-to-stop = foi pedido ao agente que pare
cli-agent-none-runs = nenhum agente em execução
cli-agent-autostart-on = o agente inicia com a sessão ({ $path }); inicie-o agora com `mfa-companion agent &`
cli-agent-autostart-off = o agente não inicia mais com a sessão ({ $path } removido)

## docs.rs

cli-docs-cannot-write = não foi possível gravar { $path }: { $error }

## servers.rs

cli-servers-runtime = não foi possível iniciar o ambiente de rede: { $error }
cli-servers-token-prompt = Token bearer de { $name }:{" "}
cli-servers-token-unreadable = não foi possível ler o token: { $error }
cli-servers-saved-sign-in = servidor { $name } salvo ({ $api }, { $url }); entre com `mfa-companion login --server { $name }`
cli-servers-saved-token = servidor { $name } salvo ({ $api }, { $url }); o token está no chaveiro do sistema
cli-servers-none-yet = nenhum servidor ainda: adicione um com `mfa-companion server add NAME --api lerian|flashback|tenant --url URL ...`
cli-servers-list-login = { $who }  login { $login }: { $session }
cli-servers-removed = servidor { $name } removido
cli-servers-token-left = aviso: não foi possível apagar o token dele do chaveiro ({ $error })
cli-servers-refused-refreshed = o servidor recusou um token recém-renovado ({ $error })
cli-servers-mfa-enabled = MFA ativado
cli-servers-mfa-not-enabled = MFA não ativado
cli-servers-preferred = preferido { $method }
cli-servers-methods = métodos { $methods }
cli-servers-required = exigido pela organização

## signin.rs

cli-signin-until-minutes = { $time } UTC, daqui a { $count } min
cli-signin-until-seconds = { $time } UTC, daqui a { $count } s
cli-signin-answered-code = desafio MFA respondido com seu código de { $account }
cli-signin-answered-code-retried = desafio MFA respondido com seu código de { $account } (o primeiro foi recusado na virada do intervalo; o seguinte foi aceito)
cli-signin-answered-recovery = desafio MFA respondido com um código de recuperação de { $account }: agora ele está marcado como usado; restam { $left } de { $total }
cli-signin-recovery-low = { $count ->
    [one] aviso: só resta { $count } código de recuperação não usado para { $account }: peça novos ao servidor e adicione-os (`mfa-companion recovery add`)
   *[other] aviso: só restam { $count } códigos de recuperação não usados para { $account }: peça novos ao servidor e adicione-os (`mfa-companion recovery add`)
}
cli-signin-answered-passcode = desafio MFA respondido com o código enviado por { $via }
cli-signin-signed-in = conectado a { $server } como { $who } até { $until }; a sessão está no chaveiro do sistema
cli-signin-password-prompt = Senha de { $who } em { $server }:{" "}
cli-signin-no-password = nenhuma senha informada: digite-a, ou envie-a por pipe como primeira linha da entrada padrão
cli-signin-clock-behind = aviso: o relógio deste computador está { $seconds } s atrasado em relação ao do servidor: o código é calculado com a hora do servidor
cli-signin-clock-ahead = aviso: o relógio deste computador está { $seconds } s adiantado em relação ao do servidor: o código é calculado com a hora do servidor
cli-signin-passcode-prompt = Código que o servidor enviou por { $via }:{" "}
cli-signin-not-signed-in = não conectado a { $server }: nada a fazer
cli-signin-signed-out = desconectado de { $server }: o servidor encerrou a sessão e os tokens foram esquecidos
cli-signin-signed-out-here = desconectado de { $server }: os tokens foram esquecidos aqui
cli-signin-server-not-told = aviso: não foi possível avisar o servidor, então a sessão pode continuar válida lá até expirar ({ $error })
cli-signin-session-signed-in = conectado como { $who }
cli-signin-session-signed-out = desconectado
cli-signin-session-unreadable = sessão ilegível ({ $error })

## enroll.rs

cli-enroll-passcode-prompt-sms = Código que o servidor enviou por SMS:{" "}
cli-enroll-passcode-prompt-email = Código que o servidor enviou por e-mail:{" "}
cli-enroll-passcode-unreadable = não foi possível ler o código: { $error }
cli-enroll-no-passcode-sms = nenhum código informado: passe --passcode, ou digite o código do SMS
cli-enroll-no-passcode-email = nenhum código informado: passe --passcode, ou digite o código do e-mail
cli-enroll-setup-account = conta { $account } (id { $id }) guardada no chaveiro
cli-enroll-setup-codes = { $count ->
    [one] { $count } código de recuperação salvo no cofre
   *[other] { $count } códigos de recuperação salvos no cofre
}
cli-enroll-setup = setup: { $done }
cli-enroll-clock-behind = aviso: o relógio deste computador está { $seconds } s atrasado em relação ao do servidor: o código é calculado com a hora do servidor; acerte o relógio para que os códigos funcionem em outros lugares
cli-enroll-clock-ahead = aviso: o relógio deste computador está { $seconds } s adiantado em relação ao do servidor: o código é calculado com a hora do servidor; acerte o relógio para que os códigos funcionem em outros lugares
cli-enroll-verified = verify: o servidor aceitou o código
cli-enroll-enabled-code = enable: MFA ativado (o código de recuperação { $number } de { $total } foi enviado e está marcado como usado)
cli-enroll-enabled = enable: MFA ativado
cli-enroll-already-done = { $step }: já feito pela tentativa interrompida
cli-enroll-status = status: { $status }
cli-enroll-no-pending = nenhum cadastro pendente corresponde: veja `mfa-companion list`
cli-enroll-ambiguous = { $count } cadastros estão pendentes: escolha um: { $list }
cli-enroll-discarded = cadastro { $id } com { $server } descartado
cli-enroll-discarded-removed = { $discarded }; removido: { $removed }
cli-enroll-and = e
cli-enroll-give-server = informe --server NAME
cli-enroll-resuming = retomando o cadastro { $id } com { $server } ({ $step })
cli-enroll-enrolling = cadastrando com { $server } ({ $api }, { $type })
cli-enroll-refused-refreshed = o servidor recusou um token recém-renovado
cli-enroll-pending = cadastro pendente { $id } com { $server } ({ $type }): { $step }; `mfa-companion enroll --resume { $id }`
cli-enroll-pending-failed = { $pending } (a última tentativa falhou: { $code })
cli-enroll-pending-unreadable = aviso: não foi possível ler os cadastros pendentes: { $error } [{ $code }]

## progress.rs

cli-progress-line = { $what }… { $seconds } s

## main.rs: no subcommand and no window to open
cli-desktop-missing = a janela ({ $file }) não está instalada ao lado deste binário: compile-a com `cargo build` (recurso `desktop`) ou use a linha de comando: `mfa-companion --help`
cli-desktop-start = não foi possível iniciar { $path }: { $error }
