# The command line's --help and man pages: `help-<command path>` is a command's
# description, `help-<command path>--<argument>` an argument's (cli/help.rs).

## clap's own words: the headings of --help and the built-in --help, --version and help

help-heading-usage = Uso
help-heading-commands = Comandos
help-heading-arguments = Argumentos
help-heading-options = Opciones
help-builtin-help = Mostrar la ayuda
help-builtin-version = Mostrar la versión
help-builtin-help-command = Mostrar este mensaje o la ayuda de los subcomandos indicados
help-builtin-help-command--subcommand = Mostrar la ayuda de los subcomandos
help-builtin-default = predeterminado
help-builtin-possible-values = valores posibles

## clap's most common usage errors (the rest stay clap's English)

help-error-unknown-argument = argumento inesperado '{ $arg }'
help-error-unknown-subcommand = subcomando desconocido '{ $name }'
help-error-missing-arguments = no se indicaron los siguientes argumentos obligatorios:
help-error-value-required = '{ $arg }' necesita un valor, pero no se indicó ninguno
help-error-invalid-value = valor no válido '{ $value }' para '{ $arg }'
help-error-similar-subcommand = existe un subcomando parecido: { $name }
help-error-similar-subcommands = existen subcomandos parecidos: { $names }
help-error-similar-argument = existe un argumento parecido: { $name }
help-error-similar-arguments = existen argumentos parecidos: { $names }
help-error-similar-value = existe un valor parecido: { $name }
help-error-similar-values = existen valores parecidos: { $names }
help-error-pass-as-value = para pasar '{ $arg }' como valor, use '{ $escaped }'
help-error-tip = consejo
help-error-more = Para más información, pruebe '{ $help }'.

## The commands and their arguments

help-mfa-companion = Códigos de autenticación guardados en el llavero del sistema; sin comando, abre la ventana del escritorio

help-add = Añadir cuentas desde URI otpauth:// (argumento, o `-` para una por línea en la entrada estándar), o a mano con --issuer/--account y el secreto en la entrada estándar
help-add--uri = Una URI otpauth://, o `-` para leer URI de la entrada estándar, una por línea. Omítala para introducir una cuenta a mano (el secreto se lee entonces de la entrada estándar)
help-add--issuer = Emisor (entrada manual)
help-add--name = Nombre de la cuenta (entrada manual)
help-add--kind = totp (predeterminado), hotp o steam (entrada manual)
help-add--algorithm = Algoritmo HMAC (entrada manual)
help-add--digits = Longitud del código, 6-8 (entrada manual)
help-add--period = Segundos por código, 1-3600 (entrada manual, totp y steam)
help-add--counter = Contador inicial (entrada manual, hotp)
help-add--from-screen = Buscar los códigos QR en la pantalla (en todos los monitores), listar las cuentas que contienen y preguntar antes de añadirlas
help-add--from-clipboard = Como --from-screen, desde una imagen en el portapapeles (una captura de pantalla que haya hecho)
help-add--yes = Con --from-screen o --from-clipboard: añadir todas las cuentas encontradas sin preguntar

help-list = Listar las cuentas (sin secretos ni códigos)
help-list--json = Mostrar un array JSON (con `tags`, `pinned` y, cuando la bóveda se puede abrir, `note` de cada cuenta)
help-list--tag = Solo las cuentas con esta etiqueta (sin distinguir mayúsculas)

help-code = Mostrar el código actual de una cuenta. Para HOTP, primero avanza el contador
help-code--account = Id, emisor:cuenta, o un fragmento único (sin distinguir mayúsculas) de cualquiera de los dos
help-code--at = Hora Unix para la que calcular el código (solo cuentas basadas en tiempo)
help-code--json = Mostrar {"{"}"code", "remaining", "period"{"}"}

help-remove = Eliminar una cuenta y su secreto
help-remove--account = Id, emisor:cuenta, o un fragmento único (sin distinguir mayúsculas) de cualquiera de los dos
help-remove--yes = No pedir confirmación

help-rename = Cambiar el emisor y/o el nombre de una cuenta
help-rename--account = Id, emisor:cuenta, o un fragmento único (sin distinguir mayúsculas) de cualquiera de los dos
help-rename--issuer = Nuevo emisor
help-rename--name = Nuevo nombre de la cuenta

help-server = Perfiles de servidor para la inscripción (los tokens van al llavero del sistema)

help-server-add = Añadir un perfil de servidor; su token bearer se lee de la entrada estándar (o se pide) y se guarda en el llavero del sistema. Con --auth-url y --login (Lerian) no se pide ningún token: `mfa-companion login` inicia sesión en su lugar
help-server-add--name = Un nombre para el perfil (letras, dígitos, '-', '_', '.')
help-server-add--api = La familia de API que habla el servidor
help-server-add--url = URL base (https://; http:// solo para 127.0.0.1, localhost, [::1])
help-server-add--user = El ID de usuario (Lerian)
help-server-add--tenant = El ID del tenant (API de tenant)
help-server-add--email = El correo de la cuenta (Flashback)
help-server-add--country = El país del teléfono para los códigos por SMS (Lerian), p. ej. BR
help-server-add--auth-url = La URL base del plugin Lerian Auth, para iniciar sesión en lugar de pegar un token
help-server-add--login = El nombre de usuario con el que iniciar sesión (la contraseña se pide en `login` y nunca se guarda)
help-server-add--replace = Reemplazar un perfil del mismo nombre (y su token)

help-server-list = Listar los perfiles de servidor (nunca los tokens)
help-server-list--json = Mostrar un array JSON

help-server-remove = Eliminar un perfil de servidor y su token
help-server-remove--name = El nombre del perfil

help-status = Mostrar el estado de MFA de un servidor para el usuario del perfil
help-status--server = El perfil de servidor
help-status--json = Mostrar JSON
help-status--timeout = Segundos de espera al servidor

help-login = Iniciar sesión en el plugin Lerian Auth de un perfil: la contraseña se pide (o se lee de la primera línea de la entrada estándar) y nunca se guarda; un desafío de MFA se responde con el código de esta app para la cuenta inscrita con el perfil, o con --recovery, o con --method
help-login--server = El perfil de servidor (añadido con --auth-url y --login)
help-login--recovery = Responder al desafío de MFA con el siguiente código de recuperación sin usar guardado para este servidor (marcado como usado antes de enviarlo)
help-login--method = Responder con un código que el servidor envía por correo o SMS en lugar del código de esta app
help-login--passcode = El código recibido por correo o SMS (si no se da, se pide)
help-login--remember-device = Pedir al servidor que recuerde este dispositivo (`rememberDevice`)
help-login--timeout = Segundos de espera para cada llamada al servidor

help-token = Mostrar un token de acceso válido de un perfil con sesión iniciada (renovado antes si caduca en 60 s o menos), para scripts: `curl -H "Authorization: Bearer $(mfa-companion token --server work)"`
help-token--server = El perfil de servidor
help-token--timeout = Segundos de espera al servidor (cuando toca renovar)

help-logout = Cerrar sesión: terminar la sesión en el servidor y olvidar sus tokens
help-logout--server = El perfil de servidor
help-logout--timeout = Segundos de espera al servidor

help-backup = Copias de seguridad automáticas, verificadas y cifradas tras cada cambio

help-backup-configure = Escribir una copia de seguridad verificada en DIR tras cada cambio, conservando las N más recientes. La contraseña se lee de un aviso oculto, o de una línea de la entrada estándar; nunca se guarda
help-backup-configure--dir = La carpeta de las copias (una carpeta que Syncthing o Nextcloud sincroniza guarda copias en sus otros equipos)
help-backup-configure--keep = Cuántas copias conservar

help-backup-now = Escribir una copia ahora (nada si la más reciente ya contiene las cuentas actuales)
help-backup-now--auto = Funcionar en silencio, como la copia automática tras un cambio

help-backup-list = Las copias de la carpeta: hora, cuentas, verificada
help-backup-list--json = Mostrar JSON

help-backup-restore = Añadir las cuentas de una copia que aún no están guardadas (no se reemplaza nada). La contraseña de la copia se lee de un aviso oculto, o de una línea de la entrada estándar
help-backup-restore--file = El archivo de la copia
help-backup-restore--dry-run = Mostrar lo que se añadiría; no guardar nada
help-backup-restore--yes = No preguntar antes de añadir

help-backup-disable = Detener las copias automáticas (los archivos ya escritos se quedan)

help-lock = El bloqueo de la app, opcional: la clave de la bóveda protegida con una contraseña en lugar de estar en el llavero

help-lock-enable = Activar el bloqueo: la clave de la bóveda se cifra con una contraseña (de un aviso oculto, o de una línea de la entrada estándar) y se quita del llavero
help-lock-enable--idle-minutes = Minutos sin uso tras los que se olvida la clave desbloqueada

help-lock-disable = Desactivar el bloqueo: la clave vuelve al llavero (hace falta la contraseña)

help-lock-change = Cambiar la contraseña (la antigua y luego la nueva; una línea cada una en la entrada estándar)

help-lock-status = Si el bloqueo está activado, y si está abierto

help-lock-now = Bloquear ahora: el agente olvida todas las claves

help-unlock = Abrir el bloqueo de la app (contraseña de un aviso oculto, o de una línea de la entrada estándar)

help-agent = El agente residente: bandeja, copia rápida, búsqueda del escritorio; `--autostart on|off` lo inicia al iniciar sesión
help-agent--autostart = Iniciar el agente al iniciar sesión (una entrada de autostart XDG), o dejar de hacerlo, y salir
help-agent--quit = Detener el agente en ejecución y salir
help-agent--keys-only = Solo guardar las claves del bloqueo de la app (lo que `unlock` inicia cuando no hay ningún agente)

help-type = Escribir el código actual de una cuenta en la ventana con el foco (como el atajo Ctrl+Alt+T del agente); sin ACCOUNT, la cuenta cuyo emisor nombra el título de la ventana ("Sign in to GitHub" → GitHub); si no, se abre la búsqueda rápida. X11, y escritorios Wayland que lo permiten (sway y otros compositores wlroots, KDE Plasma)
help-type--account = Id, emisor:cuenta, o un fragmento único (sin distinguir mayúsculas) de cualquiera de los dos; sin él, la cuenta cuyo emisor nombra el título de la ventana con el foco
help-type--delay = Esperar antes este número de segundos (tiempo para hacer clic en el campo que rellenar)

help-show = Mostrar la ventana (una ya abierta pasa al frente); --search pone el foco en su campo de búsqueda, para un atajo definido en la configuración de teclado del escritorio
help-show--search = Poner el foco en el campo de búsqueda (Intro copia el primer resultado)

help-pin = Fijar una cuenta arriba en la ventana y en el menú de la bandeja
help-pin--account = Id, emisor:cuenta, o un fragmento único (sin distinguir mayúsculas) de cualquiera de los dos

help-unpin = Desfijar una cuenta
help-unpin--account = Id, emisor:cuenta, o un fragmento único (sin distinguir mayúsculas) de cualquiera de los dos

help-note = Poner, mostrar o borrar la nota de una cuenta (guardada cifrada en la bóveda)
help-note--account = Id, emisor:cuenta, o un fragmento único (sin distinguir mayúsculas) de cualquiera de los dos
help-note--text = La nueva nota (hasta 1000 caracteres); sin ella, se muestra la nota
help-note--clear = Quitar la nota

help-tag = Añadir y quitar etiquetas de una cuenta (`+work -home`; un nombre solo añade); sin cambios, muestra sus etiquetas
help-tag--account = Id, emisor:cuenta, o un fragmento único (sin distinguir mayúsculas) de cualquiera de los dos
help-tag--changes = `+TAG` o `TAG` añade una etiqueta, `-TAG` quita una

help-icon = Mostrar o elegir el icono de una cuenta: NAME es un icono del conjunto incluido (por slug o título, vea `icons`) o "letter"; --auto vuelve al que corresponde a su emisor
help-icon--account = Id, emisor:cuenta, o un fragmento único (sin distinguir mayúsculas) de cualquiera de los dos
help-icon--name = Un icono del conjunto incluido, o "letter"
help-icon--file = Una imagen propia: un PNG o JPEG (ajustado a 64 píxeles) o un SVG sin scripts ni referencias externas, de 1 MB como máximo
help-icon--auto = Olvidar la elección: mostrar el icono que corresponde al emisor

help-icons = Listar los iconos de emisores incluidos (simple-icons, CC0) cuyo nombre contiene QUERY
help-icons--query = Parte de un slug, título o alias

help-enroll = Inscribir este dispositivo en un servidor: setup, store, verify, enable, status
help-enroll--server = El perfil de servidor en el que inscribirse
help-enroll--mfa-type = El tipo de MFA: app|email|sms (Lerian), GOOGLE_AUTH|MAGIC_LINK|PASSKEY (Flashback), totp (API de tenant). Predeterminado: el tipo de app de autenticación de la familia
help-enroll--passcode = El código recibido por correo o SMS (si no se da, se pide)
help-enroll--resume = Continuar una inscripción pendiente (su id, o la única que haya)
help-enroll--discard = Descartar una inscripción pendiente (su id, o la única que haya)
help-enroll--timeout = Segundos de espera para cada llamada al servidor

help-recovery = Códigos de recuperación en la bóveda cifrada y sin conexión

help-recovery-list = Cuántos códigos quedan sin usar y cuántos se usaron (nunca los códigos)
help-recovery-list--account = La cuenta
help-recovery-list--json = Mostrar {"{"}"unused": N, "used": M{"}"}

help-recovery-show = Revelar los códigos y su estado
help-recovery-show--account = La cuenta

help-recovery-use = Marcar un código como usado (sin conexión): el indicado, o el siguiente sin usar (que se muestra)
help-recovery-use--account = La cuenta
help-recovery-use--code = El código que usó; omítalo para tomar el siguiente sin usar

help-recovery-add = Añadir códigos de una cuenta inscrita en otro lugar: escritos o pasados por la entrada estándar, uno por línea (o separados por espacios)
help-recovery-add--account = La cuenta

help-recovery-export = Mostrar los códigos como texto, para guardarlos en papel o en una caja fuerte
help-recovery-export--account = La cuenta

help-import = Importar cuentas de la exportación de otra app, una imagen QR, una lista otpauth o una copia de seguridad. El formato se reconoce por el contenido; los duplicados se omiten
help-import--file = El archivo que importar (`-` para la entrada estándar)
help-import--format = Su formato, cuando no se puede reconocer por el contenido. El archivo que buscar: keepass, una base de datos `.kdbx` de KeePass o KeePassXC (pide su contraseña); proton-authenticator, la exportación de Proton Authenticator (Settings > Export, un `.json` sin contraseña); authenticator-pro, una copia de Authenticator Pro (Stratum) (`.authpro`, con o sin contraseña, o Export > Unencrypted); andotp, una copia de andOTP (`otp_accounts_*.json`, o el cifrado `otp_accounts_*.json.aes`: pase --format andotp para copias de andOTP anteriores a la 0.6.3, cuyos archivos cifrados no tienen cabecera); bitwarden, una exportación `.json` de Bitwarden, sin cifrar o "JSON (Encrypted)" con "Password protected" (una "Account restricted" no se puede leer); steam, un `.maFile` de Steam Desktop Authenticator de su carpeta `maFiles` (con el cifrado quitado en SDA); bitwarden-csv, la exportación de la bóveda de Bitwarden en `.csv`; lastpass, el `.json` de LastPass Authenticator (Settings > Transfer accounts > Export accounts to file). Gestores de contraseñas: 1password, el `.1pux` de 1Password (File > Export > 1PUX; elementos con contraseña de un solo uso); proton-pass, la exportación `.zip` de Proton Pass (Settings > Export, sin cifrado: una cifrada con PGP no se puede leer), o su `data.json`; raivo, el `raivo-otp-export-*.zip` de Raivo OTP (pide la contraseña con la que se hizo la exportación). ente, la exportación de Ente Auth, texto plano o "Ente Encrypted export" (`.txt`, con JSON dentro, pide su contraseña); totp-authenticator, una copia de TOTP Authenticator (`.bin`, texto base64; una hecha sin contraseña se abre con la predeterminada de la app); freeotp-backup, la copia de FreeOTP 2 (Backup en su menú: el archivo que guarda, p. ej. `externalBackup.xml`, un archivo serializado de Java pese al nombre; pide la contraseña definida en FreeOTP). authenticator-plus, la copia `authplus.db` de Authenticator Plus (More > Backup; pide la contraseña maestra de la app): el archivo solo necesita --format authenticator-plus, un zip que lo contenga se reconoce; o su Export, un zip con `Accounts.txt` (se reconoce; pide la contraseña con la que se hizo la exportación). Archivos internos de otras apps, copiados de un teléfono Android con root con la app cerrada (en /data/data/PACKAGE/): google-authenticator-db, `com.google.android.apps.authenticator2/databases/databases` de Google Authenticator; microsoft-authenticator, `com.azure.authenticator/databases/PhoneFactor`; authenticator-pro-db, `me.jmh.authenticatorpro/files/proauth.db3` o `com.stratumauth.app/databases/authenticator.db3` de Stratum (no cuando la app lo cifra); authy, `com.authy.authy/shared_prefs/com.authy.storage.tokens.authenticator.xml` (pide la contraseña de las copias de Authy cuando los tokens se guardan cifrados); battle-net, el `com.blizzard.messenger/shared_prefs/com.blizzard.messenger.authenticator_preferences.xml` de la app Battle.net o el antiguo `com.blizzard.bma/shared_prefs/com.blizzard.bma.AUTH_STORE.xml`; freeotp-xml, el `shared_prefs/tokens.xml` de FreeOTP o FreeOTP+; duo, `com.duosecurity.duomobile/files/duokit/accounts.json`; totp-authenticator-xml, `com.authenticator.authservice2/shared_prefs/TOTP_Authenticator_Preferences.xml`
help-import--dry-run = Mostrar lo que se importaría; no guardar nada
help-import--password-stdin = Leer la contraseña del archivo de la primera línea de la entrada estándar
help-import--json = Mostrar el informe en JSON

help-export = Exportar todas las cuentas con su secreto: a otra app, códigos QR o una copia de seguridad
help-export--format = otpauth (texto plano), migration-qr (imágenes QR de Google Authenticator, sin cifrar), aegis (una bóveda de Aegis, sin cifrar), aegis-encrypted (una bóveda de Aegis), 2fas (una copia de 2FAS, sin cifrar), 2fas-encrypted (una copia de 2FAS), bitwarden (una exportación JSON de Bitwarden, sin cifrar), paper (una página HTML para imprimir: códigos QR, secretos y códigos de recuperación, sin cifrar), backup (la copia de seguridad cifrada de esta app, con los códigos de recuperación), keepass (una base de datos KeePass KDBX 4: KeePassXC muestra los códigos)
help-export--out = El archivo que escribir (para migration-qr con más de 10 cuentas: FILE-1.png, FILE-2.png, ...). Solo otpauth puede ir a la salida estándar (sin --out)
help-export--password-stdin = Leer la contraseña de la primera línea de la entrada estándar (formatos cifrados)
help-export--yes = No pedir confirmación

help-doctor = Comprobar el llavero (un viaje de ida y vuelta real), la carpeta de datos y el reloj
help-doctor--repair = Volver a crear cuentas a partir de elementos del llavero cuyos metadatos se perdieron

help-completions = Mostrar un script de autocompletado para el shell (bash, zsh, fish, elvish o powershell)
help-completions--shell = El shell para el que completar

help-package-files = Escribir las páginas de manual, el autocompletado y los archivos de integración con el escritorio que instala un paquete (para package.sh)
help-package-files--out = La copia de preparación del prefijo de instalación (p. ej. `pkgroot/usr`); los archivos van bajo su `share/`
help-package-files--bin-dir = Dónde instala el paquete los ejecutables (para las líneas `Exec=`)
