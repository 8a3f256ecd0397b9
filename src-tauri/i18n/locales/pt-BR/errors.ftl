# Error messages: what happened and what to do. Shown by the window, the CLI
# ("error: MESSAGE [code]") and notifications; the codes never change, the words may.
# Variables are names, counts, paths and technical details; never a secret.

## Secrets, OTP parameters, otpauth links, accounts, storage, vault, keychain
## (otp/, otpauth.rs, account.rs, storage/)

secret-empty = o segredo está vazio
secret-invalid-character = o segredo não é base32 válido: o caractere { $position } não é A-Z nem 2-7
secret-too-long = o segredo é longo demais ({ $bytes } bytes; no máximo { $max })

# --- end of storage ---

## Servers, enrollment, sign-in, backups, the agent, the app lock
## (identity/, enroll/, signin/, backups/, agent/)

# Servers' answers: what to do, then the server's own words as they are
server-answered = { $advice }: o servidor respondeu { $status }{ $details }: { $message }
server-no-message = (sem mensagem)
server-already-enabled = o MFA já está ativado para este usuário
server-passcode-rejected = o servidor recusou o código: verifique o relógio (`mfa-companion doctor`) ou o código que você digitou e tente de novo
server-verification-failed = o servidor recusou o código: verifique o relógio (`mfa-companion doctor`) e tente de novo
server-not-verified = o servidor ainda não verificou um código para esta configuração
server-setup-missing = o servidor não tem nenhuma configuração de MFA em andamento para este usuário: descarte este cadastro e comece de novo
server-recovery-rejected = o servidor não aceitou o código de recuperação
server-unknown-user = o servidor não conhece este ID de usuário: verifique o --user do perfil
server-bad-user-id = o servidor diz que o ID de usuário está malformado: verifique o --user do perfil
server-bad-type = o servidor não oferece este tipo de MFA
server-signed-out = o servidor recusou o token de atualização (a sessão terminou): entre de novo com `mfa-companion login`
server-request-rejected = o servidor não aceitou o formato da requisição (este app e o servidor podem usar versões diferentes da API)
server-tenant-mismatch = o ID de tenant do perfil e o token pertencem a tenants diferentes: verifique --tenant ou o token
server-unauthorized = o servidor não aceitou o token: guarde um novo (Servidores, Editar na janela; `mfa-companion server add` com o mesmo nome e --replace)
server-forbidden = o servidor recusou isto para este usuário
server-not-found = o servidor não tem esse recurso: verifique a URL do perfil
server-failed = o servidor falhou: tente de novo mais tarde
server-error = o servidor recusou a requisição

# Identity clients
identity-other = { $text }
identity-bad-url = a URL de servidor { $url } não pode ser usada: { $reason }
identity-url-credentials = credenciais não vão na URL; o token é pedido à parte
identity-url-query = a URL base não pode ter query nem fragmento
identity-url-scheme = esquema { $scheme } não suportado: use https://
identity-url-no-host = sem host
identity-insecure-url = recusando http:// simples para { $url }: tokens e segredos atravessariam a rede sem criptografia; use https:// (http só é permitido para 127.0.0.1, localhost e [::1])
identity-bad-token = o token está vazio ou malformado: cole só o token bearer, em uma linha
identity-bad-profile = perfil de servidor inválido: { $reason }
identity-profile-name = o nome { $name } deve ter de 1 a 64 letras, dígitos, ‘-’, ‘_’ ou ‘.’
identity-profile-country = --country { $country } não é um código ISO 3166-1 de duas letras como BR
identity-profile-signin-lerian = só perfis Lerian entram com usuário e senha (--auth-url e --login)
identity-profile-login = --login { $login } não é um nome de usuário (de 1 a 256 caracteres, em uma linha)
identity-profile-login-needs-auth-url = --login precisa de --auth-url <AUTH_URL>
identity-profile-auth-url-needs-login = --auth-url precisa de --login <USERNAME>
identity-profile-user = --user { $user } não é um ID de usuário (um UUID)
identity-profile-lerian-needs-user = um perfil Lerian precisa de --user <USER_ID>, ou de --auth-url e --login para entrar
identity-profile-tenant = --tenant { $tenant } não é um ID de tenant (um UUID)
identity-profile-tenant-needed = um perfil da API de tenant precisa de --tenant <TENANT_ID>
identity-profile-email = --email { $email } não é um endereço de e-mail
identity-profile-email-needed = um perfil Flashback precisa de --email <EMAIL>
identity-profile-tenant-header = o ID de tenant não pode ser enviado como cabeçalho
identity-profile-no-user = o perfil { $name } não tem ID de usuário
identity-profile-no-email = o perfil { $name } não tem e-mail
identity-profile-no-tenant = o perfil { $name } não tem ID de tenant
identity-wrong-type = { $given } não é um tipo de MFA da API { $family }: use { $family ->
    [lerian] app, email ou sms
    [flashback] GOOGLE_AUTH, MAGIC_LINK ou PASSKEY
   *[tenant] totp
}
identity-connect = não foi possível alcançar { $url }: { $detail }; verifique a URL e a sua rede e tente de novo
identity-timeout = { $url } não respondeu em { $secs } s; o servidor pode estar fora do ar ou sobrecarregado, tente de novo mais tarde
identity-too-large = { $url } enviou uma resposta maior que 1 MiB, o que nenhuma API de identidade precisa: recusando lê-la (a URL está certa?)
identity-redirect = { $url } redirecionou para { $to }, outro host: recusando enviar o token para lá; verifique a URL do perfil
identity-not-json-failing = { $url } respondeu HTTP { $status } com { $type } em vez de JSON: o serviço de identidade ou um proxy na frente dele está falhando, tente de novo mais tarde
identity-not-json = { $url } respondeu HTTP { $status } com { $type } em vez de JSON: essa URL é a da API de identidade?
identity-malformed = { $url } enviou uma resposta que este app não entende: { $detail }
identity-answer-no-token = a resposta não traz nem accessToken nem mfaToken
identity-answer-bad-token = o campo { $field } não é um token utilizável
identity-answer-expires = o campo "expiresIn" está ausente ou não é um número de segundos
identity-answer-no-success = não há "success" na resposta
identity-answer-no-data = não há objeto "data" na resposta
identity-answer-not-json = o corpo não é JSON válido ({ $error })
identity-answer-not-text = o campo { $field } está ausente ou não é texto
identity-answer-not-bool = o campo { $field } está ausente ou não é true/false
identity-answer-false = respondeu 200 com { $field }: false
identity-answer-not-code = { $field } contém algo que não é um código
identity-answer-not-list = { $field } não é uma lista
identity-answer-secret = o segredo não é base32 válido ({ $error })
identity-answer-uri = a URL otpauth é inválida ({ $error })
identity-answer-secret-differs = o segredo e o segredo da URL otpauth são diferentes
identity-answer-no-recovery-codes = não há recoveryCodes: a etapa de ativação precisa de um, então o cadastro não pode continuar
identity-no-enable-step = esta API não tem uma etapa de ativação separada
identity-no-status-call = a API de TOTP por tenant não tem chamada de status: o cadastro termina com uma verificação bem-sucedida
identity-cannot-encode = não foi possível codificar a requisição: { $detail }

# Signing in
signin-other = { $text }
signin-not-a-signin-profile = o servidor { $name } não usa entrada com usuário e senha (ele guarda um token colado): para entrar, substitua-o com `mfa-companion server add { $name } --api lerian --url IDENTITY_URL --auth-url AUTH_URL --login USERNAME --replace`
signin-signed-out = você saiu de { $name } ({ $why }): execute `mfa-companion login --server { $name }`
signin-credentials-refused = { $name }: o servidor recusou o usuário ou a senha; verifique o `--login` do perfil e digite a senha de novo ({ $server })
signin-challenge-expired = { $name }: o desafio de entrada expirou antes de ser respondido; execute `mfa-companion login --server { $name }` de novo ({ $server })
signin-passcode-refused = { $name }: o servidor recusou o código; verifique o relógio deste computador (`mfa-companion doctor`) ou o código que você digitou e entre de novo ({ $server })
signin-recovery-refused = { $name }: o servidor recusou o código de recuperação, que continua marcado como usado; { $left ->
    [one] resta { $left } não usado
   *[other] restam { $left } não usados
}: execute `mfa-companion login --server { $name } --recovery` de novo para usar o próximo ({ $server })
signin-no-app-account = { $name } pede um código do autenticador, mas nenhuma conta deste app foi cadastrada no servidor { $name }: cadastre primeiro (`mfa-companion enroll --server { $name }`) ou responda com --recovery ou --method email|sms
signin-no-recovery-codes = nenhum código de recuperação do servidor { $name } está guardado neste app: responda com o código do seu autenticador ou com --method email|sms
signin-recovery-exhausted = todos os códigos de recuperação guardados para o servidor { $name } foram usados: entre com o código do seu autenticador e obtenha novos códigos do servidor (`mfa-companion recovery add`)
signin-no-passcode = nenhum código informado: use --passcode ou digite o código que o servidor enviou
signin-lock = não foi possível bloquear { $path }: { $error }

# Enrollment
enroll-other = { $text }
enroll-pending-exists = já há um cadastro pendente em { $server } ({ $step })
enroll-step-started = configuração não concluída
enroll-step-setup-stored = configuração guardada, verificação a seguir
enroll-step-verified = verificado, ativação a seguir
enroll-step-enabled = ativado, status a seguir
enroll-busy = o cadastro { $id } está sendo executado por outro processo do mfa-companion: espere ele terminar
enroll-nothing-stored = { $error }. Nada foi guardado localmente
enroll-kept = { $error }. Tudo o que foi guardado até agora é mantido; execute `mfa-companion enroll --resume { $id }` para continuar ou `enroll --discard { $id }` para descartá-lo
enroll-damaged = o cadastro pendente não tem conta com que calcular um código: descarte-o e cadastre de novo
enroll-no-recovery-code = nenhum código de recuperação foi guardado para este cadastro, e a ativação precisa de um

# Automatic backups
backup-other = { $text }
backup-not-configured = os backups automáticos não estão configurados: execute `mfa-companion backup configure --dir DIR`
backup-bad-config = as configurações de backup { $path } estão danificadas ({ $detail }): execute `mfa-companion backup configure` de novo
backup-config-range = keep deve ser de 1 a 1000 e a pasta, um caminho absoluto
backup-key-missing = a chave de backup não está no chaveiro (item { $item }): execute `mfa-companion backup configure` de novo
backup-io = não foi possível { $action ->
    [read] ler
    [resolve] resolver
    [create-folder] criar a pasta de backup
    [derive-key] derivar uma chave para
    [write] gravar
    [remove] remover
    [lock] bloquear
    [encrypt] criptografar
   *[read-folder] ler a pasta de backup
} { $path }: { $error }
backup-unverified = o backup { $path } não passou na verificação ({ $detail }) e foi apagado: verifique o disco da pasta de backup
backup-verify-read = não foi possível lê-lo de volta: { $error }
backup-verify-count = { $read ->
    [one] { $read } entrada lida
   *[other] { $read } entradas lidas
}, { $written } gravadas
backup-verify-entry = entrada { $entry }: { $error }
backup-verify-differs = a entrada { $entry } difere do que foi gravado
backup-keep = mantenha entre 1 e 1000 backups (recebido: { $keep })

# The agent
agent-io = o agente do MFA Companion não consegue { $action ->
    [write] gravar em
    [read] ler de
    [create] criar
    [protect] proteger
   *[listen] escutar em
} { $path }: { $error }
agent-protocol = o agente do MFA Companion deu uma resposta inesperada: reinicie-o com `mfa-companion lock now` e `mfa-companion unlock`
agent-not-started = o agente do MFA Companion não iniciou ({ $detail }): execute `mfa-companion agent` para ver por quê
agent-not-running = ele não está em execução
agent-no-answer = ele não respondeu em { $secs } s
agent-start = não foi possível iniciar o agente: { $detail }
agent-no-home = sem pasta pessoal: defina HOME (ou XDG_CONFIG_HOME e XDG_DATA_HOME)
agent-cannot-write = não foi possível gravar { $path }: { $error }
agent-cannot-remove = não foi possível remover { $path }: { $error }
agent-cannot-locate = não foi possível saber onde este programa está: { $error }
agent-runtime = não foi possível iniciar o runtime de rede: { $error }
agent-token-failed = o pedido de token falhou inesperadamente
agent-window = não foi possível abrir a janela ({ $error }); execute `mfa-companion-desktop`
agent-desktop-shortcut = nesta sessão Wayland o desktop mantém o atalho da busca rápida (portal GlobalShortcuts): altere-o nas configurações de teclado do desktop; digitar um código (Ctrl+Alt+T) não está disponível no Wayland
agent-desktop-shortcut-bound = nesta sessão Wayland o desktop mantém o atalho da busca rápida ({ $trigger }) (portal GlobalShortcuts): altere-o nas configurações de teclado do desktop; digitar um código (Ctrl+Alt+T) não está disponível no Wayland
agent-bind-yourself = associe `mfa-companion show --search` a um atalho nas configurações de teclado do desktop
agent-no-shortcuts-wayland = o agente não mantém atalhos nesta sessão (Wayland sem um portal GlobalShortcuts, ou sem display X): { $hint }
agent-no-shortcuts-x = o agente não mantém atalhos nesta sessão (sem display X): { $hint }
agent-other-folder = o agente atende outra pasta de dados
agent-unreadable-answer = o agente deu uma resposta que esta versão não consegue ler: { $error }
agent-bus = o agente não consegue usar o barramento de sessão ({ $error }); ele roda dentro de uma sessão de desktop

# Settings and copying
settings-theme = não há tema { $name }: escolha system, light ou dark
settings-sort = não há ordem { $name }: escolha added, issuer, name, newest, recently_used, most_used ou custom
settings-no-config-folder = sem pasta de configuração: defina XDG_CONFIG_HOME ou HOME
settings-cannot-save = não foi possível salvar { $path }: { $error }
settings-clear-range = escolha entre { $min } e { $max } { $max ->
    [one] segundo
   *[other] segundos
}
settings-shortcut-twice = { $shortcut } não pode ao mesmo tempo trazer a janela e digitar um código: escolha dois atalhos
copy-clipboard = a área de transferência não está disponível ({ $error }); selecione o código e copie-o à mão


# --- end of identity ---

## Import, export, QR images, the screen, the keyboard, icons
## (import_export/, screen/, keyboard/, issuer_icons/)

# --- end of import ---
