# Error messages: what happened and what to do. Shown by the window, the CLI
# ("error: MESSAGE [code]") and notifications; the codes never change, the words may.
# Variables are names, counts, paths and technical details; never a secret.

## Secrets, OTP parameters, otpauth links, accounts, storage, vault, keychain
## (otp/, otpauth.rs, account.rs, storage/)

secret-empty = o segredo está vazio
secret-invalid-character = o segredo não é base32 válido: o caractere { $position } não é A-Z nem 2-7
secret-too-long = o segredo é longo demais ({ $bytes } bytes; no máximo { $max })

# OTP parameters ($digits, $period: what was asked for)
params-digits =
    { $digits ->
        [one] { $digits } dígito não é suportado
       *[other] { $digits } dígitos não são suportados
    }: use 6, 7 ou 8
params-period = um período de { $period } s não é suportado: use de 1 a 3600 segundos (30 é o usual)
params-steam = códigos do Steam Guard são sempre SHA1 com 5 caracteres

# otpauth:// links. $found: the value given, in quotes; $part: a URI parameter's name
uri-too-long = o URI tem { $len } bytes; são aceitos no máximo { $max }
uri-scheme = não é um URI otpauth: ele deve começar com otpauth://
uri-type = tipo de OTP desconhecido { $found }: esperado totp, hotp ou steam
# $kind: label, name (a parameter's name) or value (the value of parameter $part)
uri-encoding =
    { $kind ->
        [label] o rótulo
        [name] o nome de um parâmetro
       *[value] o parâmetro { $part }
    } não é UTF-8 válido com codificação percentual
uri-duplicate = o parâmetro { $name } aparece mais de uma vez
uri-missing-secret = falta o parâmetro secret
# $reason: what is wrong with the secret (a secret-… message)
uri-secret = segredo inválido: { $reason }
uri-algorithm = algoritmo não suportado { $found }: use SHA1, SHA256 ou SHA512
uri-digits = dígitos inválidos { $found }: use 6, 7 ou 8
uri-period = período inválido { $found }: use de 1 a 3600 segundos
uri-missing-counter = falta o parâmetro counter (obrigatório para hotp)
uri-counter = contador inválido { $found }: deve ser um número inteiro
# $part: issuer or account (the account name)
uri-name-too-long =
    { $part ->
        [issuer] o emissor
       *[account] o nome da conta
    } tem mais de { $max } caracteres
uri-name-control =
    { $part ->
        [issuer] o emissor
       *[account] o nome da conta
    } contém caracteres de controle

# Accounts. $label: issuer:account; $id: the account's id; $query: what was asked for, in quotes
account-record-id = id de conta inválido { $id }
# $field: period or counter (a field of the file)
account-record-missing = conta { $id }: falta { $field }
# $reason: a params-… message
account-record-params = conta { $id }: { $reason }
account-not-found = nenhuma conta corresponde a { $query }: veja `mfa-companion list`
# $matches: "id (issuer:account)" of each, separated by commas
account-ambiguous =
    { $query } corresponde a { $count ->
        [one] { $count } conta
       *[other] { $count } contas
    }: { $matches }; use um id ou emissor:conta
account-secret-missing = o segredo de { $label } (id { $id }) não está no cofre: remova a conta e adicione-a de novo, ou execute `mfa-companion doctor --repair`
# $reason: what is wrong with the secret (a secret-… message; never the secret)
account-secret-damaged = o segredo de { $label } (id { $id }) está danificado ({ $reason }): remova a conta e adicione-a de novo
account-counter-exhausted = o contador de { $label } não pode mais avançar
account-note-too-long = a nota tem mais de { $max } caracteres
account-note-control = a nota contém caracteres de controle
# $tag: the tag as given, in quotes
account-tag-empty = a etiqueta { $tag } está vazia
account-tag-too-long = a etiqueta { $tag } tem mais de { $max } caracteres
account-tag-control = a etiqueta { $tag } contém caracteres de controle
account-tag-sign = a etiqueta { $tag } começa com + ou - (eles adicionam e removem uma etiqueta)
account-tag-too-many = seria uma etiqueta a mais do que o permitido (uma conta tem no máximo { $max })
# $name: the icon's name as given, in quotes
account-icon-unknown = nenhum ícone chamado { $name } no conjunto incluído: `mfa-companion icons` lista os ícones, ou use "letter"

# Storage. $path: a file or folder; $error: what the operating system said
storage-no-data-dir = nenhuma pasta de dados: defina XDG_DATA_HOME ou HOME
# $cause: why the change failed; $undo: why undoing it failed (both messages)
storage-rollback-failed = { $cause }; o segredo guardado para ela não pôde ser removido de novo ({ $undo }): execute `mfa-companion doctor` para reconciliar
storage-id-taken = nenhum id de conta livre foi encontrado; tente de novo
storage-server-exists = já existe um perfil de servidor chamado { $name }: escolha outro nome, ou passe --replace
storage-server-not-found = nenhum perfil de servidor chamado { $name }: veja `mfa-companion server list`
storage-token-missing = o token do perfil de servidor { $name } não está no chaveiro: guarde-o de novo com `mfa-companion server add { $name } ... --replace`
# $action: a storage-action-… message
storage-io = não foi possível { $action } { $path }: { $error }
# $detail: what the parser said; $backup: the backup file
storage-damaged = o arquivo de contas { $path } está danificado ({ $detail }); ele foi deixado intacto: restaure-o a partir de { $backup } ou de um backup
# $found: the file's version; $version: the newest this release reads
storage-newer-version = o arquivo de contas { $path } é da versão { $found }, mais nova do que esta versão entende ({ $version }): atualize o mfa-companion
# A message of another part of the app, as it is
storage-other = { $text }
# What was being done to a file or folder, followed by its path (storage-io, vault-io)
storage-action-read = ler
storage-action-read-back = reler
storage-action-write = gravar
storage-action-create = criar
storage-action-open = abrir
storage-action-lock = bloquear
storage-action-remove = remover
storage-action-sync = sincronizar
storage-action-encode = codificar
storage-action-replace = substituir
storage-action-keep-copy = guardar uma cópia de
storage-action-keep-previous = guardar a versão anterior de
storage-action-create-data-folder = criar a pasta de dados
storage-action-write-test-file = gravar um arquivo de teste em
storage-action-open-lock-file = abrir o arquivo de bloqueio
storage-action-remove-old-file = remover o arquivo antigo
storage-action-create-file-in = criar um arquivo em
storage-action-write-file-in = gravar um arquivo em
# `mfa-companion doctor`'s clock check. $time: Unix time in seconds
storage-clock-wrong = o relógio do sistema marca { $time } (hora Unix), o que não pode estar certo: acerte a data e a hora, os códigos dependem delas
storage-clock-synchronized = sincronizado pelo systemd-timesyncd
storage-clock-plausible = plausível; estado da sincronização de hora pela rede desconhecido (os códigos precisam do relógio certo com poucos segundos de diferença)

# The vault. $detail: what failed (technical)
vault-damaged = o cofre { $path } está danificado ({ $detail }): ele foi deixado como está; execute `mfa-companion doctor --repair` para restaurar a versão anterior ou um backup
# $found: the vault's format version
vault-newer-version = o cofre { $path } foi gravado por um MFA Companion mais novo (formato { $found }): atualize o app
# $item: the keychain item's name
vault-key-missing = a chave do cofre não está no chaveiro (item { $item }): o cofre não pode ser descriptografado; restaure o chaveiro, ou restaure um backup em uma pasta de dados nova. O arquivo do cofre foi deixado como está
# $action: a storage-action-… message
vault-io = não foi possível { $action } { $path }: { $error }
vault-verify-failed = o novo cofre não foi verificado após a gravação ({ $detail }); o cofre anterior foi mantido sem alterações: verifique o disco e tente de novo

# The app lock
lock-app-locked = bloqueado: execute `mfa-companion unlock`
lock-off = o bloqueio do app está desativado: `mfa-companion lock enable` o ativa
lock-wrong-password = senha errada: nada foi alterado

# Recovery codes. $account: the account (issuer:account)
recovery-no-codes = nenhum código de recuperação está guardado para { $account }: adicione alguns com `mfa-companion recovery add { $account }`
recovery-unknown-code = esse código não é um dos códigos de recuperação guardados para { $account }
recovery-all-used = todos os códigos de recuperação de { $account } foram usados: obtenha novos no servidor e adicione-os

# The OS keychain. $detail: what the keychain reported; $key: an item's key
keychain-unavailable = o chaveiro do sistema não está disponível ({ $detail }): inicie o gnome-keyring ou o KWallet na sua sessão do desktop (em uma máquina sem tela: execute `gnome-keyring-daemon --unlock` dentro de `dbus-run-session`) e tente de novo
keychain-locked = o chaveiro do sistema está bloqueado ou recusou o acesso: desbloqueie-o (por exemplo em Senhas e chaves / Seahorse, ou com `gnome-keyring-daemon --unlock`) e tente de novo
keychain-not-found = nenhum item do chaveiro para { $key }
keychain-ambiguous =
    { $count ->
        [one] { $count } item do chaveiro tem
       *[other] { $count } itens do chaveiro têm
    } a chave { $key }: remova os que sobram em Senhas e chaves / Seahorse
keychain-corrupt = o item do chaveiro { $key } não pode ser lido por este app (o conteúdo não é válido): remova-o ou restaure-o a partir de um backup
keychain-failed = o chaveiro do sistema relatou um erro: { $detail }

# --- end of storage ---

## Servers, enrollment, sign-in, backups, the agent, the app lock
## (identity/, enroll/, signin/, backups/, agent/)

# --- end of identity ---

## Import, export, QR images, the screen, the keyboard, icons
## (import_export/, screen/, keyboard/, issuer_icons/)

# --- end of import ---
