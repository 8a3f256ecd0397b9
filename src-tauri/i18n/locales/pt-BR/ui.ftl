# MFA Companion: as palavras da janela (ui/index.html e ui/*.js), em português do Brasil.
# Os mesmos ids e, em cada mensagem, as mesmas variáveis de en/ui.ftl.

## Shared words

dialog-close = Fechar
choose-file = Escolher…
save = Salvar
save-changes = Salvar alterações
cancel = Cancelar
continue = Continuar
format-label = Formato
passwords-differ = As duas senhas são diferentes.

## Header

header-settings = Configurações
header-search-placeholder = Buscar  ( / )
header-search-label = Buscar contas
header-actions = Ações
header-add = + Adicionar
header-add-label = Adicionar uma conta
header-enroll = Cadastrar
header-enroll-label = Cadastrar em um servidor de identidade
header-servers = Servidores
header-servers-label = Servidores de identidade
header-import = Importar
header-import-label = Importar contas de um arquivo
header-import-title = Importar contas de outro app ou de um backup
header-export = Exportar
header-export-label = Exportar contas para um arquivo
header-export-title = Exportar contas para outro app ou para um backup

## Lock screen

lock-title = MFA Companion está bloqueado
lock-password = Senha
lock-unlock = Desbloquear

## Accounts list

pending-label = Cadastros pendentes
tag-filter-label = Mostrar só as contas com uma etiqueta
tag-filter-all = Todas
sort-label = Ordenar
sort-added = por ordem de inclusão
sort-issuer = por emissor
sort-name = por nome da conta
sort-newest = mais recentes primeiro
sort-recently-used = copiadas recentemente primeiro
sort-most-used = mais copiadas primeiro
sort-custom = minha ordem (arrastar, ou Alt+↑ Alt+↓)
accounts-label = Contas e seus códigos atuais
no-match = Nenhuma conta corresponde à busca e à etiqueta escolhida.
add-done = Adicionado: { $names }
copy-done = { $label } copiado; a área de transferência será limpa em { $seconds } s
copy-press-next = Clique em “Próximo código” primeiro
pin-done = { $label } fixado no topo
unpin-done = { $label } desafixado

## Empty list

empty-title = Nenhuma conta ainda
empty-ways = Três maneiras de começar:
empty-add = Adicionar uma conta
empty-add-hint = link otpauth, imagem QR ou manualmente
empty-import = Importar contas
empty-import-hint = Aegis, 2FAS, Google, Bitwarden, andOTP, FreeOTP+, Ente, KeePass, Proton, Authenticator Pro, Steam, LastPass, um backup
empty-enroll = Cadastrar este dispositivo
empty-enroll-hint = no servidor da sua organização

## Account card

card-account-fallback = conta
card-no-name = (sem nome)
card-pinned = fixada
card-seconds-left =
    { $seconds ->
        [one] { $seconds } segundo restante
       *[other] { $seconds } segundos restantes
    }
card-seconds = { $seconds } s
card-next-code = próximo { $code }
card-no-code = Nenhum código exibido para { $label }
card-show-copy = Mostrar e copiar o código de { $label }
card-copy-code = Copiar o código { $code } de { $label }
card-time-left =
    { $seconds ->
        [one] { $label }: o código muda em { $seconds } segundo
       *[other] { $label }: o código muda em { $seconds } segundos
    }
card-time-left-counter = { $label }: código por contador, só muda quando você pede o próximo
card-next-hotp = Próximo código
card-next-hotp-label = Próximo código de { $label }
card-recovery-low = { $count } de recuperação
card-recovery-low-label =
    { $count ->
        [one] Códigos de recuperação de { $label }: só { $count } não usado
       *[other] Códigos de recuperação de { $label }: só { $count } não usados
    }
card-actions-label = Ações de { $label }

## Account menu (⋮)

card-menu-label = Ações da conta
menu-pin = Fixar no topo
menu-unpin = Desafixar
menu-move-up = Mover para cima (Alt+↑)
menu-move-down = Mover para baixo (Alt+↓)
menu-tags = Etiquetas, nota e ícone…
menu-qr = Mostrar código QR…
menu-recovery = Códigos de recuperação…
menu-recovery-count =
    { $count ->
        [one] Códigos de recuperação ({ $count } não usado)…
       *[other] Códigos de recuperação ({ $count } não usados)…
    }
menu-remove = Remover…

## Import dialog

import-title = Importar contas
import-path = Arquivo (uma exportação do Aegis, 2FAS, Google Authenticator, Bitwarden, andOTP, FreeOTP+, um backup do FreeOTP 2, Ente Auth, uma lista otpauth, uma imagem QR, um backup, ou o arquivo interno de um app em um celular com root)
import-path-placeholder = ~/Downloads/backup.json
import-format-detect = Reconhecer automaticamente
import-format-google = Google Authenticator (otpauth-migration)
import-format-bitwarden = Bitwarden JSON (simples ou protegido por senha)
import-format-andotp = andOTP (simples ou criptografado .json.aes)
import-format-freeotp-backup = Backup do FreeOTP 2 (externalBackup.xml, criptografado)
import-format-ente = Ente Auth (texto simples ou criptografado)
import-format-otpauth = Links otpauth, um por linha
import-format-qr-image = Imagem QR
import-format-keepass = Banco de dados KeePass / KeePassXC (.kdbx)
import-format-proton-authenticator = Proton Authenticator (exportação JSON)
import-format-authenticator-pro = Authenticator Pro / Stratum (.authpro, simples ou criptografado)
import-format-lastpass = LastPass Authenticator (exportação JSON)
import-format-google-authenticator-db = Banco de dados interno do Google Authenticator (databases, celular com root)
import-format-microsoft-authenticator = Banco de dados interno do Microsoft Authenticator (PhoneFactor, celular com root)
import-format-authenticator-pro-db = Banco de dados interno do Authenticator Pro (proauth.db3, celular com root)
import-format-authy = Tokens internos do Authy (…tokens.authenticator.xml, celular com root; pode pedir a senha dos backups)
import-format-battle-net = Preferências internas do Battle.net Authenticator (celular com root)
import-format-freeotp-xml = tokens.xml interno do FreeOTP / FreeOTP+ (celular com root)
import-format-totp-authenticator = Backup do TOTP Authenticator (.bin, criptografado)
import-format-totp-authenticator-xml = Preferências internas do TOTP Authenticator (celular com root)
import-format-duo = accounts.json interno do Duo Mobile (celular com root)
import-format-1password = Exportação do 1Password (.1pux)
import-format-proton-pass = Exportação do Proton Pass (.zip ou data.json, sem criptografia)
import-format-raivo = Exportação do Raivo OTP (.zip protegido por senha)
import-format-authenticator-plus = Backup do Authenticator Plus (authplus.db, senha mestra) ou Export (zip com Accounts.txt)
import-format-backup = Backup do MFA Companion
import-password = Senha do arquivo
import-read = Ler o arquivo
import-preview-label = O que o arquivo contém
import-commit = Importar selecionadas
import-back = Escolher outro arquivo
import-row-label = Importar { $label }
import-row-recovery =
    { $count ->
        [one] { $count } código de recuperação
       *[other] { $count } códigos de recuperação
    }
import-summary = Arquivo { $format }: novas: { $new }, já guardadas: { $duplicate }, impossíveis de importar: { $unusable }.
import-summary-encrypted = Arquivo { $format } criptografado: novas: { $new }, já guardadas: { $duplicate }, impossíveis de importar: { $unusable }.
import-done =
    { $count ->
        [one] { $count } conta importada
       *[other] { $count } contas importadas
    }

## Export dialog

export-title = Exportar contas
export-format-backup = Backup do MFA Companion (criptografado, com códigos de recuperação)
export-format-aegis-encrypted = Cofre do Aegis (criptografado)
export-format-2fas-encrypted = Backup do 2FAS (criptografado)
export-format-keepass = Banco de dados KeePass, KDBX 4 (criptografado; o KeePassXC mostra os códigos)
export-format-paper = Backup em papel (uma página HTML com códigos QR e códigos de recuperação: abra no navegador e imprima; sem criptografia)
export-format-aegis = Cofre do Aegis (sem criptografia)
export-format-2fas = Backup do 2FAS (sem criptografia)
export-format-bitwarden = Bitwarden JSON (sem criptografia)
export-format-migration-qr = Códigos QR do Google Authenticator (PNG, sem criptografia)
export-format-otpauth = Links otpauth, um por linha (sem criptografia)
export-plain-warning = Este arquivo terá seus segredos em texto simples: qualquer pessoa que o ler poderá gerar seus códigos. Leve-o para o outro app e depois apague-o.
export-password = Senha
export-password2 = A mesma senha de novo
export-path = Salvar em
export-path-placeholder = ~/mfa-companion.backup
export-submit = Exportar
export-need-password = Escolha uma senha: o arquivo será criptografado com ela.
export-done =
    { $count ->
        [one] { $count } conta exportada para { $files }.
       *[other] { $count } contas exportadas para { $files }.
    }
export-done-skipped =
    { $count ->
        [one] { $count } conta exportada para { $files }. Deixadas de fora: { $skipped }.
       *[other] { $count } contas exportadas para { $files }. Deixadas de fora: { $skipped }.
    }

## Settings dialog

settings-title = Configurações
settings-clear = Limpar um código copiado da área de transferência após (segundos, 1–3600; só se ela ainda tiver esse código)
settings-hide-codes = Ocultar os códigos até clicar (modo privado: um clique mostra um código durante o seu período e o copia)
settings-away = Ocultar todos os códigos quando a janela estiver em segundo plano há (segundos, 0 = nunca)
settings-theme = Aparência
theme-system = Como o desktop preferir
theme-light = Claro
theme-dark = Escuro
settings-language = Idioma
language-system = O da área de trabalho (LANG)
settings-language-hint = Mudar o idioma reinicia a janela.
settings-whole-seconds = Digite um número inteiro de segundos.
settings-clear-saved = Os códigos copiados são limpos após { $seconds } s
privacy-hidden = Os códigos ficam ocultos até clicar
privacy-shown = Os códigos são exibidos
privacy-away-hidden = Os códigos são ocultados após { $seconds } s em segundo plano
privacy-away-shown = Os códigos continuam visíveis em segundo plano

## Settings: tray and desktop search

agent-title = Bandeja e busca do desktop
agent-autostart = Iniciar o agente ao entrar na sessão (a bandeja, a cópia rápida, a busca do GNOME Shell e do KRunner; alguns MB)
agent-tray-codes = Mostrar os códigos no menu da bandeja
agent-search-codes = Mostrar os códigos nos resultados da busca do desktop
agent-running = O agente está em execução.
agent-not-running = O agente não está em execução.

## Settings: keyboard shortcuts

shortcuts-title = Atalhos de teclado
shortcuts-hint = Mantidos pelo agente no X11, em todos os aplicativos. No Wayland, associe { $command } nas configurações de teclado do seu desktop. Vazio: sem atalho.
shortcut-show = Trazer a janela com a busca em foco
shortcut-type = Digitar o código da conta que o título da janela em foco menciona
quick-search-hides = Na busca rápida, Enter copia o primeiro resultado e oculta a janela
shortcuts-save = Salvar atalhos
shortcuts-saved = Salvo.
shortcuts-held = O agente os mantém.
shortcuts-not-held = Funcionam enquanto o agente estiver em execução.

## Settings: automatic backups

backup-title = Backups automáticos
backup-dir = Pasta (uma pasta sincronizada pelo Syncthing ou Nextcloud guarda cópias nas suas outras máquinas)
backup-keep = Manter os mais recentes
backup-password = Senha (não é guardada: sem ela os backups não podem ser restaurados)
backup-password2 = Senha de novo
backup-turn-on = Ativar
backup-now = Fazer backup agora
backup-off = Desativar
backup-state-on = Ativado: após cada alteração, em { $dir }; os { $keep } mais recentes são mantidos.
backup-state-off = Desativado.
backup-last-ok =
    { $count ->
        [one] Último backup verificado: { $when } ({ $count } conta).
       *[other] Último backup verificado: { $when } ({ $count } contas).
    }
backup-last-failed = O último backup falhou ({ $when }): { $error }
backup-choose-folder = Escolha uma pasta.
backup-turned-on = Backups automáticos ativados
backup-turned-off = Backups automáticos desativados; os arquivos continuam lá

## Add dialog

add-title = Adicionar uma conta
add-tabs-label = Como adicionar
add-tab-uri = Link
add-tab-qr = Imagem QR
add-tab-scan = Tela
add-tab-manual = Manual
add-uri = Cole um link otpauth:// (ou um link de exportação do Google Authenticator)
add-uri-placeholder = otpauth://totp/Emissor:voce@exemplo.com?secret=…
add-submit = Adicionar
add-qr-drop = Escolha ou solte um PNG ou JPEG com um código QR (de uma conta, ou uma exportação do Google Authenticator)
add-qr-too-big = Este arquivo tem mais de 32 MiB: use uma captura de tela do código QR.
manual-issuer = Emissor
manual-account = Conta
manual-secret = Segredo (base32)
manual-kind = Tipo
manual-kind-totp = Baseado em tempo (TOTP)
manual-kind-hotp = Baseado em contador (HOTP)
manual-algorithm = Algoritmo
manual-digits = Dígitos
manual-period = Período (s)
manual-counter = Contador

## Add dialog: screen tab

scan-hint = Mostre o código QR na tela (no navegador, em qualquer tamanho) e depois escaneie. Ou faça uma captura de tela e cole aqui com Ctrl+V.
scan-screen = Escanear a tela
scan-paste = Colar imagem
scan-results-label = Contas encontradas
scan-add = Adicionar selecionadas
scan-screen-busy = Escaneando a tela…
scan-paste-busy = Lendo a imagem colada…
scan-batch-more = Exportação do Google Authenticator: código { $n } de { $of } escaneado; mostre o próximo e escaneie de novo.
scan-batch-done = Exportação do Google Authenticator: código { $n } de { $of } escaneado.
scan-skipped-other = Código QR ignorado, com { $what }: não é uma conta.
scan-found =
    { $count ->
        [one] { $count } conta encontrada para adicionar.
       *[other] { $count } contas encontradas para adicionar.
    }
scan-nothing = Nada de novo para adicionar.
scan-skipped-item = { $label }: { $reason }

## Tags dialog

tags-title = Etiquetas
tags-title-for = Etiquetas e nota de { $label }
tags-input = Etiquetas, separadas por vírgulas
tags-input-placeholder = trabalho, casa
tags-help = Até 20 etiquetas de até 40 caracteres; maiúsculas e minúsculas não importam. Os botões acima da lista mostram só as contas com uma etiqueta.
note-input = Nota (guardada criptografada; a busca a encontra)
note-input-placeholder = os códigos de recuperação impressos estão no cofre
icon-select = Ícone
icon-auto = Automático (o logo do emissor, ou a sua letra)
icon-letter = Letra
icon-image = Sua imagem
icon-file = Ou uma imagem sua (PNG, JPEG ou SVG, até 1 MB)
icon-file-placeholder = ~/Imagens/logo.png
icon-file-filter = Imagens
icon-help = Os logos vêm com o app (Simple Icons, CC0); nenhum é baixado da internet. Uma imagem é reduzida para 64 pixels de largura; um SVG com scripts ou links externos é recusado.
tags-chips-label = Etiquetas: { $tags }
tags-saved = Salvo
tags-saved-with = Salvo; etiquetas: { $tags }

## Remove dialog

remove-title = Remover conta
remove-text = Remover { $label }? O segredo, as etiquetas, a nota e os códigos de recuperação vão junto. Você pode desfazer isso por alguns segundos.
remove-cancel = Manter
remove-confirm = Remover
remove-done = { $label } removido
remove-undo = Desfazer
remove-undone = { $label } está de volta
remove-undo-too-late = { $label } já foi removido; restaure-o de um backup

## QR code dialog

qr-title = Mostrar código QR
qr-title-for = Código QR de { $label }
qr-warning = Este código QR contém o segredo da conta. Quem o vir ou fotografar poderá gerar seus códigos. Mostre-o só para passar a conta para o seu celular.
qr-confirm = Mostrar o código QR
qr-image-alt = Código QR da conta

## Enroll dialog

enroll-title = Cadastrar este dispositivo
enroll-server = Servidor
enroll-server-label = Perfil do servidor
enroll-no-server = Nenhum servidor ainda: adicione um em Servidores.
enroll-type = Método
enroll-type-label = Método de MFA
enroll-method-app = App autenticador (este computador)
enroll-method-email = Código por e-mail
enroll-method-sms = Código por SMS
enroll-method-magic-link = Link mágico
enroll-method-passkey = Chave de acesso (no navegador)
enroll-start = Iniciar
enroll-passcode = Código que o servidor enviou para você
enroll-show-codes = Mostrar códigos de recuperação
enroll-show-qr = QR para um celular
enroll-retry = Tentar de novo
enroll-drift-behind = O relógio deste computador está { $seconds } s atrasado em relação ao do servidor: o código usou a hora do servidor. Acerte o relógio para que os códigos funcionem em outros lugares.
enroll-drift-ahead = O relógio deste computador está { $seconds } s adiantado em relação ao do servidor: o código usou a hora do servidor. Acerte o relógio para que os códigos funcionem em outros lugares.
enroll-status-enabled-methods = Status do servidor: MFA ativado ({ $methods })
enroll-status-enabled = Status do servidor: MFA ativado
enroll-status-disabled-methods = Status do servidor: MFA não ativado ({ $methods })
enroll-status-disabled = Status do servidor: MFA não ativado
enroll-done = Concluído.
pending-unfinished = O cadastro em { $server } ({ $method }) não foi concluído: { $step }.
pending-resume = Retomar
pending-resume-label = Retomar o cadastro em { $server }
pending-discard = Descartar
pending-discard-label = Descartar o cadastro em { $server }
pending-discarded = Descartado
pending-discarded-removed = Descartado; removido: { $names }

## Servers dialog

servers-title = Servidores de identidade
servers-list-label = Perfis de servidor
servers-checking = verificando…
servers-sign-in-for-status = Entre para ler o status de MFA do servidor
servers-mfa-enabled = MFA ativado ({ $methods })
servers-mfa-disabled = MFA não ativado
servers-edit = Editar
servers-edit-label = Editar o servidor { $name }
servers-remove = Remover
servers-remove-label = Remover o servidor { $name }
servers-remove-confirm = Remover o perfil de servidor { $name } e o seu token?
server-form-title = Adicionar um servidor
server-name = Nome
server-api = API
server-api-tenant = API TOTP de tenant
server-url = URL base
server-who-lerian = ID do usuário (ou entrar)
server-who-user-id = ID do usuário
server-who-email = E-mail
server-who-tenant = ID do tenant
server-auth-url = URL de login
server-auth-url-placeholder = https://auth.example.com: entrar em vez de usar um token
server-login = Nome de usuário
server-token = Token bearer
server-token-placeholder = Desnecessário para um perfil que faz login
server-token-keep-placeholder = Deixe vazio para manter o token guardado
server-save = Salvar servidor
server-cancel = Cancelar edição
server-changed = Servidor alterado
server-changed-new-token = Servidor alterado; o novo token está no chaveiro
server-changed-token-kept = Servidor alterado; o token foi mantido
server-saved-sign-in = Servidor salvo; entre pela linha dele
server-saved-token = Servidor salvo; o token está no chaveiro

## Servers dialog: signing in

session-signed-in = Conectado como { $who } · token renovado quando necessário (válido até { $until })
session-signed-out = Desconectado · usuário { $login }
session-sign-in = Entrar
session-sign-out = Sair
session-sign-in-label = Entrar no servidor { $name }
session-sign-out-label = Sair do servidor { $name }
signin-title = Entrar
signin-title-for = Entrar em { $name }
signin-username = Usuário:
signin-password = Senha
signin-method = Segundo fator
signin-method-app = Responder com o código deste app
signin-method-recovery = Usar um código de recuperação guardado
signin-method-email = Enviar um código por e-mail
signin-method-sms = Enviar um código por SMS
signin-remember = Lembrar este dispositivo
signin-passcode = Código que o servidor enviou
signin-submit = Entrar
signin-passcode-sent = O servidor enviou um código por { $via }: digite-o abaixo.
signin-answered-app = O segundo fator foi respondido com o seu código de { $account }.
signin-answered-app-retried = O segundo fator foi respondido com o seu código de { $account } (o código seguinte, na virada do período).
signin-answered-recovery = Um código de recuperação de { $account } foi usado: restam { $left } de { $total }.
signin-recovery-low = Restam poucos códigos de recuperação: obtenha novos no servidor.
signin-answered-passcode = Respondido com o código enviado por { $via }.
signin-done = Conectado a { $server } como { $who }.

## Recovery codes dialog

recovery-title = Códigos de recuperação
recovery-title-for = Códigos de recuperação · { $label }
recovery-none = Ainda não há códigos de recuperação guardados para esta conta.
recovery-counts = não usados: { $unused }, usados: { $used }
recovery-counts-server = não usados: { $unused }, usados: { $used } · do servidor { $server }
recovery-low = — estão acabando: obtenha novos códigos no seu servidor.
recovery-code-used = usado
recovery-code-used-note = usado ({ $note })
recovery-code-unused = não usado
recovery-copy = Copiar
recovery-copy-label = Copiar o código de recuperação { $n }
recovery-mark-used = Marcar como usado
recovery-mark-used-label = Marcar o código de recuperação { $n } como usado
recovery-copied = Copiado; será limpo em { $seconds } s
recovery-reveal = Revelar códigos
recovery-export = Exportar como texto
recovery-add-text = Adicionar códigos obtidos em outro lugar (um por linha)
recovery-add = Adicionar códigos
recovery-added =
    { $count ->
        [one] { $count } código adicionado
       *[other] { $count } códigos adicionados
    }
