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

export-other = { $text }
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
keyboard-wayland = nenhum código digitado: no Wayland um app não pode digitar em outras janelas; abra a busca rápida (Ctrl+Alt+M onde o desktop oferecer, ou `mfa-companion show --search` associado a um atalho nas configurações de teclado do desktop), pressione Enter para copiar o código e cole-o com Ctrl+V
keyboard-no-display = não foi possível acessar o display X ({ $detail }): digitar e usar atalhos exige uma sessão X11
# $what names the X11 request (technical, as it is).
keyboard-x11 = o servidor X recusou { $what } ({ $detail })
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
