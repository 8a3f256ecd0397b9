# Error messages: what happened and what to do. Shown by the window, the CLI
# ("error: MESSAGE [code]") and notifications; the codes never change, the words may.
# Variables are names, counts, paths and technical details; never a secret.

# Text that is not ours, shown as it is (an OS error, a parser's technical detail).
as-is = { $text }

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
backup-keep-invalid = mantenha entre 1 e 1000 backups (recebido: { $keep })

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
agent-reason-not-running = ele não está em execução
agent-no-answer = ele não respondeu em { $secs } s
agent-start = não foi possível iniciar o agente: { $detail }
agent-no-home = sem pasta pessoal: defina HOME (ou XDG_CONFIG_HOME e XDG_DATA_HOME)
agent-cannot-write = não foi possível gravar { $path }: { $error }
agent-cannot-remove = não foi possível remover { $path }: { $error }
agent-cannot-locate = não foi possível saber onde este programa está: { $error }
agent-runtime = não foi possível iniciar o runtime de rede: { $error }
agent-token-failed = o pedido de token falhou inesperadamente
agent-window = não foi possível abrir a janela ({ $error }); execute `mfa-companion-desktop`
agent-desktop-shortcut = nesta sessão Wayland o desktop mantém o atalho da busca rápida (portal GlobalShortcuts): altere-o nas configurações de teclado do desktop; para digitar um código, associe também `mfa-companion type` (sway e outros desktops wlroots, KDE Plasma; o GNOME não deixa apps digitar)
agent-desktop-shortcut-bound = nesta sessão Wayland o desktop mantém o atalho da busca rápida ({ $trigger }) (portal GlobalShortcuts): altere-o nas configurações de teclado do desktop; para digitar um código, associe também `mfa-companion type` (sway e outros desktops wlroots, KDE Plasma; o GNOME não deixa apps digitar)
agent-bind-yourself = associe `mfa-companion show --search` a um atalho nas configurações de teclado do desktop
agent-no-shortcuts-wayland = o agente não mantém atalhos nesta sessão (Wayland sem um portal GlobalShortcuts, ou sem display X): { $hint }
agent-no-shortcuts-x = o agente não mantém atalhos nesta sessão (sem display X): { $hint }
agent-other-folder = o agente atende outra pasta de dados
agent-unreadable-answer = o agente deu uma resposta que esta versão não consegue ler: { $error }
agent-bus = o agente não consegue usar o barramento de sessão ({ $error }); ele roda dentro de uma sessão de desktop

# Settings and copying
settings-theme-unknown = não há tema { $name }: escolha system, light ou dark
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

import-too-large = o arquivo tem { $size } bytes; arquivos de importação com mais de 64 MiB não são lidos
import-unknown-format = não foi possível reconhecer o formato deste arquivo: use --format (um destes: { $formats })
import-needs-password = este arquivo { $format } é criptografado: informe a senha dele (quando pedida, ou --password-stdin)
import-wrong-password = senha errada para este arquivo { $format }: nada foi importado; tente de novo
import-malformed = este não é um arquivo { $format } válido ({ $detail }): verifique se é o arquivo certo ou use o --format certo
import-damaged = este arquivo { $format } está danificado ({ $detail }): exporte-o de novo no app de onde ele veio
import-unsupported = este arquivo { $format } não pode ser importado: { $detail }
import-empty = este arquivo { $format } não contém nenhuma conta
import-not-stored = { $text }; nada foi importado
import-reason-duplicate = já guardada
import-reason-same-account = já guardada (mesmo segredo e emissor)
# Why one entry of a file (or a scanned code) cannot be used.
# $text: a reader's technical detail, as it is.
import-entry-algorithm = o algoritmo { $algorithm } não é suportado (apenas SHA1, SHA256 e SHA512)
import-entry-kind = códigos { $kind } não são suportados (apenas TOTP, HOTP e Steam)
import-entry-missing-fields = faltam campos na entrada
import-entry-missing-columns = faltam colunas na linha
import-entry-no-type = falta o tipo
import-entry-no-account-type = falta o tipo da conta
import-entry-negative-counter = o contador HOTP é negativo
import-entry-not-otpauth = não é um link otpauth://
import-entry-item-malformed = o item está malformado
import-entry-item-no-totp = nenhum TOTP neste item
import-entry-no-totp-row = nenhum TOTP nesta entrada (uma senha ou nota, deixada de fora)
import-entry-no-totp-password = nenhum TOTP nesta entrada (uma entrada de senha, deixada de fora)
import-entry-keystore = o segredo está selado pelo keystore do celular (versões mais novas do app): transfira a conta por código QR
import-entry-keystore-freeotp = o segredo está selado pelo keystore do celular (FreeOTP 2): transfira-o por código QR
import-entry-push-only = a conta não tem gerador de códigos (só notificações push)
import-entry-approve-only = a conta não tem segredo de códigos (ela só aprova logins)
import-entry-generator-no-secret = o gerador de códigos não tem segredo
import-entry-no-secret = a entrada não tem segredo
import-entry-not-decrypted = o segredo não pôde ser descriptografado com esta senha (outra senha dos backups, ou danificado)
import-entry-battle-net-not-hex = o segredo do Battle.net não é hexadecimal
import-entry-unmasked-not-hex = o segredo desmascarado não é hexadecimal
import-entry-microsoft-not-base64 = o segredo da conta Microsoft não é base64 válido
import-entry-steam-not-base64 = o segredo compartilhado não é base64 válido
import-entry-secret-not-hex = o segredo não é hexadecimal válido
import-entry-secret-not-base64 = o segredo não é base64 válido
import-entry-no-key-field = falta o segredo (key)
import-entry-secret-base = segredos em base { $base } não são suportados (16, 32 ou 64)
import-entry-no-secret-base = falta a codificação do segredo (base)
import-entry-google-digits = o número de dígitos não é um dos que o Google Authenticator define
import-entry-token-not-json = o token não é um objeto JSON
import-entry-no-key = falta a chave dele no backup
import-entry-no-token = faltam os campos do token dele no backup
import-entry-key-damaged = a chave dele não abre com a chave mestra (danificada)
# $type: the number the file gives the entry's type.
import-entry-type-google = o tipo { $type } não é TOTP (0) nem HOTP (1)
import-entry-type-authenticator-plus = o tipo { $type } não é TOTP (0), HOTP (1) nem Battle.net (2)
import-entry-type-microsoft = o tipo de conta { $type } não tem códigos que este app saiba gerar (apenas os tipos 0 e 1)
import-entry-proton-steam-link = o link da entrada Steam não começa com steam://
# $type: Proton Authenticator's name of the entry's type, as it is.
import-entry-proton-type = entradas { $type } não são suportadas (apenas Totp e Steam)

export-nothing = não há contas para exportar
export-needs-password = a exportação { $format } é criptografada: informe uma senha (quando pedida, ou --password-stdin)
export-write = não foi possível gravar { $path }: { $detail }
export-encode = não foi possível gravar a exportação: { $detail }

qr-file-too-large = o arquivo de imagem tem { $size } bytes; arquivos com mais de 32 MiB não são lidos: use uma captura de tela do código QR
qr-image-too-large = a imagem é grande demais para ser decodificada com segurança ({ $detail }): recorte-a em volta do código QR (no máximo 8192 x 8192 pixels)
qr-not-an-image = este arquivo não é uma imagem PNG ou JPEG legível ({ $detail })
qr-none = nenhum código QR foi encontrado na imagem: use uma foto mais nítida e reta, com o código inteiro visível
qr-unreadable = um código QR foi encontrado, mas não pôde ser lido ({ $detail }): tente uma foto mais nítida

screen-no-display = não foi possível acessar a tela ({ $detail }): escanear exige uma sessão X11 ou Wayland; ou salve o código QR como imagem e importe-a (`import FILE`, ou Importar na janela)
screen-capture = não foi possível capturar a tela ({ $detail })
screen-cancelled = a captura de tela foi recusada ou cancelada: permita que o MFA Companion faça capturas de tela quando o desktop perguntar (ou nas configurações de privacidade dele); ou copie uma captura de tela do código QR e cole-a (Ctrl+V na janela, `add --from-clipboard`)
screen-no-portal = não é possível capturar a tela nesta sessão Wayland: o desktop não oferece um portal de captura de tela (org.freedesktop.portal.Screenshot: instale o xdg-desktop-portal e o backend do seu desktop) ({ $detail }); copie uma captura de tela do código QR e cole-a (Ctrl+V na janela, `add --from-clipboard`), ou salve-a como imagem e importe-a (`import FILE`)
screen-no-clipboard-image = a área de transferência não contém uma imagem: copie antes uma captura de tela do código QR
# $where is screen-on-screen or screen-on-clipboard.
screen-no-qr-code = nenhum código QR encontrado { $where }: aumente o zoom da página para que o código fique maior, ou use um arquivo de imagem
screen-unreadable = um código QR foi visto { $where }, mas não pôde ser lido: aumente o zoom da página, ou use um arquivo de imagem
# $what: what each code holds (screen-other-…, in a screen-other-list).
screen-not-an-account = os códigos QR { $where } não contêm nenhuma conta: { $what }
screen-on-screen = na tela
screen-on-clipboard = na imagem da área de transferência
# What a code that holds no account holds ($what of screen-not-an-account, and of the
# window's scan-skipped-other).
screen-other-web = um endereço web ({ $host })
screen-other-link = um link { $scheme }:
screen-other-text = { $count ->
    [one] texto ({ $count } caractere)
   *[other] texto ({ $count } caracteres)
}
screen-other-damaged-export = uma exportação do Google Authenticator danificada ({ $error })
# A list of them: the first, then the rest.
screen-other-list = { $first }; { $rest }

keyboard-bad-shortcut = o atalho { $shortcut } não pode ser usado: { $why }
keyboard-shortcut-no-key = ele não indica nenhuma tecla
keyboard-shortcut-not-modifier = { $name } não é um modificador (Ctrl, Alt, Shift, Super)
keyboard-shortcut-twice = { $name } aparece duas vezes
keyboard-shortcut-needs-modifier = ele precisa de Ctrl, Alt ou Super
keyboard-shortcut-unknown-key = { $key } não é uma tecla que este app captura (uma letra, um dígito, F1 a F24, Space, Return, Tab, Insert, Home, End, Pause)
keyboard-wayland = nenhum código digitado: este desktop (GNOME) não permite que apps digitem em outras janelas (desktops wlroots como sway e Hyprland, e o KDE Plasma, permitem); abra a busca rápida (Ctrl+Alt+M onde o desktop oferecer, ou `mfa-companion show --search` associado a um atalho nas configurações de teclado do desktop), pressione Enter para copiar o código e cole-o com Ctrl+V
keyboard-kwin-not-allowed = nenhum código digitado: o KDE Plasma só permite que um programa digite em outras janelas quando uma entrada de desktop instalada o nomeia (`X-KDE-Wayland-Interfaces=org_kde_kwin_fake_input`); o pacote instala io.github.MfaCompanion.Typing.desktop, e um programa executado de outro lugar a grava na sua pasta de aplicativos na primeira vez: tente de novo ou reinstale o pacote
keyboard-no-display = não foi possível acessar o display X ({ $detail }): digitar e usar atalhos exige uma sessão X11
# $what names the X11 request (technical, as it is).
keyboard-x11 = o servidor X recusou { $what } ({ $detail })
# $what names the Wayland request (technical, in English, as it is).
keyboard-wayland-failed = o compositor Wayland recusou { $what } ({ $detail })
keyboard-taken = { $shortcut } já é usado por outro programa: escolha outro atalho em Configurações
keyboard-no-title = nenhum código digitado: o título da janela em foco não pode ser lido; clique no campo a preencher e tente de novo
keyboard-own-window = nenhum código digitado: a janela em foco é a do próprio MFA Companion; clique antes no campo a preencher
keyboard-keys-held = nenhum código digitado: as teclas Ctrl, Alt, Shift ou Super continuaram pressionadas; solte-as e tente de novo
# $what is one of keyboard-key-digit, -letter, -character, -shift, -shortcut.
keyboard-no-key = nenhum código digitado: o layout do teclado não tem tecla para { $what }; copie o código em vez disso
keyboard-key-digit = um dígito
keyboard-key-letter = uma letra
keyboard-key-character = um caractere do código
keyboard-key-shift = Shift
keyboard-key-shortcut = a tecla do atalho

icon-unreadable = não foi possível ler a imagem { $path }: { $reason }
icon-too-large = a imagem é grande demais ({ $size } bytes; o limite é { $limit } bytes): use um logo menor
icon-not-an-image = o arquivo não é uma imagem PNG, JPEG ou SVG
icon-undecodable = a imagem não pode ser lida: { $detail }
icon-unsafe-svg = a imagem SVG foi recusada: { $reason }; salve o logo como um SVG simples ou como PNG

window-entry-unusable = { $label }: { $reason }; nada foi adicionado
window-already-stored = já guardadas: { $labels }
window-no-names = informe um emissor ou um nome de conta para poder distinguir esta conta
window-unknown-algorithm = algoritmo desconhecido { $algorithm }: use SHA1, SHA256 ou SHA512
window-unknown-kind = tipo desconhecido { $kind }: use totp, hotp ou steam
window-qr-not-otpauth = o código QR não contém uma URI de conta otpauth://
window-qr-render = não foi possível desenhar o código QR: { $detail }
window-no-account = nenhuma conta com o id { $id }: talvez ela já tenha sido removida
window-no-account-moved = nenhuma conta com o id { $id }: talvez ela tenha sido removida
window-away-range = escolha entre 0 e { $max } segundos
window-empty-password = uma senha vazia não protege nada
window-no-pending-enrollment = nenhum cadastro pendente { $id }
window-choose-server = escolha um servidor
window-type-passcode = digite o código que o servidor enviou para você
window-no-language = não há o idioma { $language }: escolha um destes: { $languages }
window-no-recovery-codes = digite ou cole os códigos, um por linha
window-nothing-picked = escolha pelo menos uma conta para adicionar (ou escaneie de novo)
window-challenge-expired = o login em { $server } não está mais esperando um código: entre de novo
window-import-no-file = escolha o arquivo a importar
window-import-cannot-read = não foi possível ler { $path }: { $detail }
window-import-stale = esta prévia não está mais atual: escolha o arquivo de novo
window-export-format = escolha um formato de exportação
window-export-no-file = escolha onde salvar a exportação
window-state = o estado interno está indisponível após uma falha anterior; reinicie o app
window-hotp-copy = um código baseado em contador é copiado da linha dele depois de “Próximo código”
window-backup-failed = o último backup automático falhou: { $detail }

# --- end of import ---
