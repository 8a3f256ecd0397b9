# The command line's --help and man pages: `help-<command path>` is a command's
# description, `help-<command path>--<argument>` an argument's (cli/help.rs).

## clap's own words: the headings of --help and the built-in --help, --version and help

help-heading-usage = Uso
help-heading-commands = Comandos
help-heading-arguments = Argumentos
help-heading-options = Opções
help-builtin-help = Mostrar a ajuda
help-builtin-version = Mostrar a versão
help-builtin-help-command = Mostrar esta mensagem ou a ajuda do(s) subcomando(s) dado(s)
help-builtin-help-command--subcommand = Mostrar a ajuda do(s) subcomando(s)
help-builtin-default = padrão
help-builtin-possible-values = valores possíveis

## clap's most common usage errors (the rest stay clap's English)

help-error-unknown-argument = argumento inesperado '{ $arg }'
help-error-unknown-subcommand = subcomando desconhecido '{ $name }'
help-error-missing-arguments = os seguintes argumentos obrigatórios não foram informados:
help-error-value-required = um valor é necessário para '{ $arg }', mas nenhum foi informado
help-error-invalid-value = valor inválido '{ $value }' para '{ $arg }'
help-error-similar-subcommand = existe um subcomando parecido: { $name }
help-error-similar-subcommands = existem subcomandos parecidos: { $names }
help-error-similar-argument = existe um argumento parecido: { $name }
help-error-similar-arguments = existem argumentos parecidos: { $names }
help-error-similar-value = existe um valor parecido: { $name }
help-error-similar-values = existem valores parecidos: { $names }
help-error-pass-as-value = para passar '{ $arg }' como valor, use '{ $escaped }'
help-error-tip = dica
help-error-more = Para mais informações, experimente '{ $help }'.

## The commands and their arguments

help-mfa-companion = Códigos de autenticação guardados no chaveiro do sistema; sem comando, abre a janela do desktop

help-add = Adicionar contas a partir de URIs otpauth:// (argumento, ou `-` para uma por linha na entrada padrão), ou à mão com --issuer/--account e o segredo na entrada padrão
help-add--uri = Uma URI otpauth://, ou `-` para ler URIs da entrada padrão, uma por linha. Omita para cadastrar uma conta à mão (o segredo é então lido da entrada padrão)
help-add--issuer = Emissor (entrada manual)
help-add--name = Nome da conta (entrada manual)
help-add--kind = totp (padrão), hotp ou steam (entrada manual)
help-add--algorithm = Algoritmo HMAC (entrada manual)
help-add--digits = Tamanho do código, 6-8 (entrada manual)
help-add--period = Segundos por código, 1-3600 (entrada manual, totp e steam)
help-add--counter = Contador inicial (entrada manual, hotp)
help-add--from-screen = Procurar os códigos QR na tela (em todos os monitores), listar as contas que eles contêm e perguntar antes de adicioná-las
help-add--from-clipboard = Como --from-screen, a partir de uma imagem na área de transferência (uma captura de tela que você fez)
help-add--yes = Com --from-screen ou --from-clipboard: adicionar todas as contas encontradas sem perguntar

help-list = Listar as contas (sem segredos, sem códigos)
help-list--json = Mostrar um array JSON (com `tags`, `pinned` e, quando o cofre pode ser aberto, `note` de cada conta)
help-list--tag = Só as contas com esta etiqueta (maiúsculas e minúsculas não importam)

help-code = Mostrar o código atual de uma conta. Para HOTP, avança o contador antes
help-code--account = Id, emissor:conta, ou um trecho único (sem diferenciar maiúsculas) de um dos dois
help-code--at = Hora Unix para a qual calcular o código (só contas baseadas em tempo)
help-code--json = Mostrar {"{"}"code", "remaining", "period"{"}"}

help-remove = Remover uma conta e o seu segredo
help-remove--account = Id, emissor:conta, ou um trecho único (sem diferenciar maiúsculas) de um dos dois
help-remove--yes = Não pedir confirmação

help-rename = Mudar o emissor e/ou o nome de uma conta
help-rename--account = Id, emissor:conta, ou um trecho único (sem diferenciar maiúsculas) de um dos dois
help-rename--issuer = Novo emissor
help-rename--name = Novo nome da conta

help-server = Perfis de servidor para o cadastro (os tokens vão para o chaveiro do sistema)

help-server-add = Adicionar um perfil de servidor; o token bearer é lido da entrada padrão (ou pedido) e guardado no chaveiro do sistema. Com --auth-url e --login (Lerian) nenhum token é pedido: `mfa-companion login` entra no lugar dele
help-server-add--name = Um nome para o perfil (letras, dígitos, '-', '_', '.')
help-server-add--api = A família de API que o servidor fala
help-server-add--url = URL base (https://; http:// só para 127.0.0.1, localhost, [::1])
help-server-add--user = O ID do usuário (Lerian)
help-server-add--tenant = O ID do tenant (API de tenant)
help-server-add--email = O e-mail da conta (Flashback)
help-server-add--country = O país do telefone para códigos por SMS (Lerian), ex.: BR
help-server-add--auth-url = A URL base do plugin Lerian Auth, para entrar em vez de colar um token
help-server-add--login = O nome de usuário para entrar (a senha é pedida no `login`, nunca guardada)
help-server-add--replace = Substituir um perfil de mesmo nome (e o seu token)

help-server-list = Listar os perfis de servidor (nunca os tokens)
help-server-list--json = Mostrar um array JSON

help-server-remove = Remover um perfil de servidor e o seu token
help-server-remove--name = O nome do perfil

help-status = Mostrar o status de MFA de um servidor para o usuário do perfil
help-status--server = O perfil de servidor
help-status--json = Mostrar JSON
help-status--timeout = Segundos de espera pelo servidor

help-login = Entrar no plugin Lerian Auth de um perfil: a senha é pedida (ou lida da primeira linha da entrada padrão) e nunca guardada; um desafio de MFA é respondido com o código deste app para a conta cadastrada com o perfil, ou com --recovery, ou com --method
help-login--server = O perfil de servidor (adicionado com --auth-url e --login)
help-login--recovery = Responder ao desafio de MFA com o próximo código de recuperação não usado guardado para este servidor (marcado como usado antes de ser enviado)
help-login--method = Responder com um código que o servidor envia por e-mail ou SMS em vez do código deste app
help-login--passcode = O código recebido por e-mail ou SMS (se omitido, é pedido)
help-login--remember-device = Pedir ao servidor que lembre deste dispositivo (`rememberDevice`)
help-login--timeout = Segundos de espera por cada chamada ao servidor

help-token = Mostrar um token de acesso válido de um perfil conectado (renovado antes quando expira em até 60 s), para scripts: `curl -H "Authorization: Bearer $(mfa-companion token --server work)"`
help-token--server = O perfil de servidor
help-token--timeout = Segundos de espera pelo servidor (quando é hora de renovar)

help-logout = Sair: encerrar a sessão no servidor e esquecer os seus tokens
help-logout--server = O perfil de servidor
help-logout--timeout = Segundos de espera pelo servidor

help-backup = Backups automáticos, verificados e criptografados após cada alteração

help-backup-configure = Gravar um backup verificado em DIR após cada alteração, mantendo os N mais recentes. A senha é lida de um prompt oculto, ou de uma linha da entrada padrão; ela nunca é guardada
help-backup-configure--dir = A pasta dos backups (uma pasta sincronizada pelo Syncthing ou Nextcloud guarda cópias nas suas outras máquinas)
help-backup-configure--keep = Quantos backups manter

help-backup-now = Gravar um backup agora (nada quando o mais recente já tem as contas atuais)
help-backup-now--auto = Rodar em silêncio, como faz o backup automático após uma alteração

help-backup-list = Os backups na pasta: hora, contas, verificado
help-backup-list--json = Mostrar JSON

help-backup-restore = Adicionar as contas de um backup que ainda não estão guardadas (nada é substituído). A senha do backup é lida de um prompt oculto, ou de uma linha da entrada padrão
help-backup-restore--file = O arquivo de backup
help-backup-restore--dry-run = Mostrar o que seria adicionado; não guardar nada
help-backup-restore--yes = Não perguntar antes de adicionar

help-backup-disable = Parar os backups automáticos (os arquivos já gravados ficam)

help-lock = O bloqueio do app, opcional: a chave do cofre protegida por uma senha em vez de ficar no chaveiro

help-lock-enable = Ativar o bloqueio: a chave do cofre é cifrada com uma senha (de um prompt oculto, ou de uma linha da entrada padrão) e removida do chaveiro
help-lock-enable--idle-minutes = Minutos sem uso após os quais a chave desbloqueada é esquecida

help-lock-disable = Desativar o bloqueio: a chave volta para o chaveiro (a senha é necessária)

help-lock-change = Trocar a senha (a antiga, depois a nova; uma linha cada na entrada padrão)

help-lock-status = Se o bloqueio está ativado, e se está aberto

help-lock-now = Bloquear agora: o agente esquece todas as chaves

help-unlock = Abrir o bloqueio do app (senha de um prompt oculto, ou de uma linha da entrada padrão)

help-agent = O agente residente: bandeja, cópia rápida, busca do desktop; `--autostart on|off` o inicia ao entrar na sessão
help-agent--autostart = Iniciar o agente ao entrar na sessão (uma entrada de autostart XDG), ou deixar de fazê-lo, e sair
help-agent--quit = Parar o agente em execução e sair
help-agent--keys-only = Só guardar as chaves do bloqueio do app (o que `unlock` inicia quando nenhum agente está rodando)

help-type = Digitar o código atual de uma conta na janela em foco (como faz o atalho Ctrl+Alt+T do agente); sem ACCOUNT, a conta cujo emissor o título da janela cita ("Sign in to GitHub" → GitHub), senão abre a busca rápida. X11, e desktops Wayland que o permitem (sway e outros compositores wlroots, KDE Plasma)
help-type--account = Id, emissor:conta, ou um trecho único (sem diferenciar maiúsculas) de um dos dois; se omitido, a conta cujo emissor o título da janela em foco cita
help-type--delay = Esperar antes este número de segundos (tempo para clicar no campo a preencher)

help-show = Trazer a janela (uma já aberta vem para a frente); --search põe o foco no campo de busca, para um atalho definido nas configurações de teclado do desktop
help-show--search = Pôr o foco no campo de busca (Enter copia o primeiro resultado)

help-pin = Fixar uma conta no topo da janela e do menu da bandeja
help-pin--account = Id, emissor:conta, ou um trecho único (sem diferenciar maiúsculas) de um dos dois

help-unpin = Desafixar uma conta
help-unpin--account = Id, emissor:conta, ou um trecho único (sem diferenciar maiúsculas) de um dos dois

help-note = Definir, mostrar ou apagar a nota de uma conta (guardada criptografada no cofre)
help-note--account = Id, emissor:conta, ou um trecho único (sem diferenciar maiúsculas) de um dos dois
help-note--text = A nova nota (até 1000 caracteres); se omitida, a nota é mostrada
help-note--clear = Remover a nota

help-tag = Adicionar e remover etiquetas de uma conta (`+work -home`; um nome sozinho adiciona); sem alteração, mostra as suas etiquetas
help-tag--account = Id, emissor:conta, ou um trecho único (sem diferenciar maiúsculas) de um dos dois
help-tag--changes = `+TAG` ou `TAG` adiciona uma etiqueta, `-TAG` remove uma

help-icon = Mostrar ou escolher o ícone de uma conta: NAME é um ícone do conjunto incluído (por slug ou título, veja `icons`) ou "letter"; --auto volta ao ícone que corresponde ao emissor
help-icon--account = Id, emissor:conta, ou um trecho único (sem diferenciar maiúsculas) de um dos dois
help-icon--name = Um ícone do conjunto incluído, ou "letter"
help-icon--file = Uma imagem sua: um PNG ou JPEG (ajustado a 64 pixels) ou um SVG sem scripts nem referências externas, de até 1 MB
help-icon--auto = Esquecer a escolha: mostrar o ícone que corresponde ao emissor

help-icons = Listar os ícones de emissores incluídos (simple-icons, CC0) cujo nome contém QUERY
help-icons--query = Parte de um slug, título ou apelido

help-enroll = Cadastrar este dispositivo em um servidor: setup, store, verify, enable, status
help-enroll--server = O perfil de servidor em que cadastrar
help-enroll--mfa-type = O tipo de MFA: app|email|sms (Lerian), GOOGLE_AUTH|MAGIC_LINK|PASSKEY (Flashback), totp (API de tenant). Padrão: o tipo de app autenticador da família
help-enroll--passcode = O código recebido por e-mail ou SMS (se omitido, é pedido)
help-enroll--resume = Continuar um cadastro pendente (o seu id, ou o único que houver)
help-enroll--discard = Descartar um cadastro pendente (o seu id, ou o único que houver)
help-enroll--timeout = Segundos de espera por cada chamada ao servidor

help-recovery = Códigos de recuperação no cofre offline e criptografado

help-recovery-list = Quantos códigos estão sem uso e usados (nunca os códigos)
help-recovery-list--account = A conta
help-recovery-list--json = Mostrar {"{"}"unused": N, "used": M{"}"}

help-recovery-show = Revelar os códigos e o estado de cada um
help-recovery-show--account = A conta

help-recovery-use = Marcar um código como usado (offline): o informado, ou o próximo sem uso (mostrado)
help-recovery-use--account = A conta
help-recovery-use--code = O código que você usou; omita para pegar o próximo sem uso

help-recovery-add = Adicionar códigos de uma conta cadastrada em outro lugar: digitados ou passados pela entrada padrão, um por linha (ou separados por espaços)
help-recovery-add--account = A conta

help-recovery-export = Mostrar os códigos como texto, para guardar no papel ou em um cofre
help-recovery-export--account = A conta

help-import = Importar contas da exportação de outro app, de uma imagem QR, de uma lista otpauth ou de um backup. O formato é reconhecido pelo conteúdo; duplicatas são ignoradas
help-import--file = O arquivo a importar (`-` para a entrada padrão)
help-import--format = O formato, quando não pode ser reconhecido pelo conteúdo. O arquivo a procurar: keepass, um banco de dados `.kdbx` do KeePass ou KeePassXC (pede a senha); proton-authenticator, a exportação do Proton Authenticator (Settings > Export, um `.json` sem senha); authenticator-pro, um backup do Authenticator Pro (Stratum) (`.authpro`, com ou sem senha, ou Export > Unencrypted); andotp, um backup do andOTP (`otp_accounts_*.json`, ou o criptografado `otp_accounts_*.json.aes`: passe --format andotp para backups do andOTP anteriores à 0.6.3, cujos arquivos criptografados não têm cabeçalho); bitwarden, uma exportação `.json` do Bitwarden, simples ou "JSON (Encrypted)" com "Password protected" (uma "Account restricted" não pode ser lida); steam, um `.maFile` do Steam Desktop Authenticator, da sua pasta `maFiles` (criptografia removida no SDA); bitwarden-csv, a exportação do cofre do Bitwarden em `.csv`; lastpass, o `.json` do LastPass Authenticator (Settings > Transfer accounts > Export accounts to file). Gerenciadores de senhas: 1password, o `.1pux` do 1Password (File > Export > 1PUX; itens com senha de uso único); proton-pass, a exportação `.zip` do Proton Pass (Settings > Export, sem criptografia: uma criptografada com PGP não pode ser lida), ou o seu `data.json`; raivo, o `raivo-otp-export-*.zip` do Raivo OTP (pede a senha com que a exportação foi feita). ente, a exportação do Ente Auth, texto simples ou "Ente Encrypted export" (`.txt`, com JSON dentro, pede a senha); totp-authenticator, um backup do TOTP Authenticator (`.bin`, texto base64; um feito sem senha abre com a senha padrão do app); freeotp-backup, o backup do FreeOTP 2 (Backup no menu dele: o arquivo que ele salva, ex.: `externalBackup.xml`, um arquivo serializado em Java apesar do nome; pede a senha definida no FreeOTP). authenticator-plus, o backup `authplus.db` do Authenticator Plus (More > Backup; pede a senha mestra do app): o arquivo sozinho precisa de --format authenticator-plus, um zip que o contém é reconhecido; ou a sua Export, um zip com `Accounts.txt` (reconhecido; pede a senha com que a exportação foi feita). Arquivos internos de outros apps, copiados de um celular Android com root com o app fechado (em /data/data/PACKAGE/): google-authenticator-db, `com.google.android.apps.authenticator2/databases/databases` do Google Authenticator; microsoft-authenticator, `com.azure.authenticator/databases/PhoneFactor`; authenticator-pro-db, `me.jmh.authenticatorpro/files/proauth.db3` ou `com.stratumauth.app/databases/authenticator.db3` do Stratum (não quando o app o criptografa); authy, `com.authy.authy/shared_prefs/com.authy.storage.tokens.authenticator.xml` (pede a senha de backups do Authy quando os tokens estão guardados criptografados); battle-net, o `com.blizzard.messenger/shared_prefs/com.blizzard.messenger.authenticator_preferences.xml` do app Battle.net ou o antigo `com.blizzard.bma/shared_prefs/com.blizzard.bma.AUTH_STORE.xml`; freeotp-xml, o `shared_prefs/tokens.xml` do FreeOTP ou do FreeOTP+; duo, `com.duosecurity.duomobile/files/duokit/accounts.json`; totp-authenticator-xml, `com.authenticator.authservice2/shared_prefs/TOTP_Authenticator_Preferences.xml`
help-import--dry-run = Mostrar o que seria importado; não guardar nada
help-import--password-stdin = Ler a senha do arquivo da primeira linha da entrada padrão
help-import--json = Mostrar o relatório em JSON

help-export = Exportar todas as contas com os seus segredos: para outro app, códigos QR ou um backup
help-export--format = otpauth (texto simples), migration-qr (imagens QR do Google Authenticator, sem criptografia), aegis (um cofre do Aegis, sem criptografia), aegis-encrypted (um cofre do Aegis), 2fas (um backup do 2FAS, sem criptografia), 2fas-encrypted (um backup do 2FAS), bitwarden (uma exportação JSON do Bitwarden, sem criptografia), paper (uma página HTML para imprimir: códigos QR, segredos e códigos de recuperação, sem criptografia), backup (o backup criptografado deste app, com os códigos de recuperação), keepass (um banco de dados KeePass KDBX 4: o KeePassXC mostra os códigos)
help-export--out = O arquivo a gravar (para migration-qr com mais de 10 contas: FILE-1.png, FILE-2.png, ...). Só otpauth pode ir para a saída padrão (sem --out)
help-export--password-stdin = Ler a senha da primeira linha da entrada padrão (formatos criptografados)
help-export--yes = Não pedir confirmação

help-doctor = Verificar o chaveiro (uma ida e volta real), a pasta de dados e o relógio
help-doctor--repair = Recriar contas a partir de itens do chaveiro cujos metadados se perderam

help-completions = Mostrar um script de completação para o shell (bash, zsh, fish, elvish ou powershell)
help-completions--shell = O shell para o qual completar

help-package-files = Gravar as páginas de manual, as completações e os arquivos de integração com o desktop que um pacote instala (para o package.sh)
help-package-files--out = A cópia de preparação do prefixo de instalação (ex.: `pkgroot/usr`); os arquivos vão para o `share/` dele
help-package-files--bin-dir = Onde o pacote instala os executáveis (para as linhas `Exec=`)
