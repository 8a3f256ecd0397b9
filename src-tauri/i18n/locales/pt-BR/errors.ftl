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
