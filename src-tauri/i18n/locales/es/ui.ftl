# MFA Companion: las palabras de la ventana (ui/index.html y ui/*.js), en español.
# Los mismos ids y, en cada mensaje, las mismas variables que en/ui.ftl.

## Shared words

dialog-close = Cerrar
choose-file = Elegir…
save = Guardar
save-changes = Guardar cambios
cancel = Cancelar
continue = Continuar
format-label = Formato
passwords-differ = Las dos contraseñas no coinciden.

## Header

header-settings = Configuración
header-search-placeholder = Buscar  ( / )
header-search-label = Buscar cuentas
header-actions = Acciones
header-add = + Añadir
header-add-label = Añadir una cuenta
header-enroll = Inscribir
header-enroll-label = Inscribirse en un servidor de identidad
header-servers = Servidores
header-servers-label = Servidores de identidad
header-import = Importar
header-import-label = Importar cuentas desde un archivo
header-import-title = Importar cuentas desde otra aplicación o una copia de seguridad
header-export = Exportar
header-export-label = Exportar cuentas a un archivo
header-export-title = Exportar cuentas a otra aplicación o a una copia de seguridad

## Lock screen

lock-title = MFA Companion está bloqueado
lock-password = Contraseña
lock-unlock = Desbloquear

## Accounts list

pending-label = Inscripciones pendientes
tag-filter-label = Mostrar solo las cuentas con una etiqueta
tag-filter-all = Todas
sort-label = Ordenar
sort-added = por orden de alta
sort-issuer = por emisor
sort-name = por nombre de cuenta
sort-newest = más recientes primero
sort-recently-used = copiadas recientemente primero
sort-most-used = más copiadas primero
sort-custom = mi orden (arrastrar, o Alt+↑ Alt+↓)
accounts-label = Cuentas y sus códigos actuales
no-match = Ninguna cuenta coincide con la búsqueda y la etiqueta elegida.
add-done = Añadido: { $names }
copy-done = { $label } copiado; el portapapeles se vaciará en { $seconds } s
copy-press-next = Pulse primero “Código siguiente”
pin-done = { $label } fijado arriba
unpin-done = { $label } desfijado

## Empty list

empty-title = Aún no hay cuentas
empty-ways = Tres formas de empezar:
empty-add = Añadir una cuenta
empty-add-hint = enlace otpauth, imagen QR o a mano
empty-import = Importar cuentas
empty-import-hint = Aegis, 2FAS, Google, Bitwarden, andOTP, FreeOTP+, Ente, KeePass, Proton, Authenticator Pro, Steam, LastPass, una copia de seguridad
empty-enroll = Inscribir este dispositivo
empty-enroll-hint = en el servidor de su organización

## Account card

card-account-fallback = cuenta
card-no-name = (sin nombre)
card-pinned = fijada
card-seconds-left =
    { $seconds ->
        [one] Queda { $seconds } segundo
       *[other] Quedan { $seconds } segundos
    }
card-seconds = { $seconds } s
card-next-code = siguiente { $code }
card-no-code = No se muestra ningún código para { $label }
card-show-copy = Mostrar y copiar el código de { $label }
card-copy-code = Copiar el código { $code } de { $label }
card-time-left =
    { $seconds ->
        [one] { $label }: el código cambia en { $seconds } segundo
       *[other] { $label }: el código cambia en { $seconds } segundos
    }
card-time-left-counter = { $label }: código por contador, solo cambia cuando pide el siguiente
card-next-hotp = Código siguiente
card-next-hotp-label = Código siguiente de { $label }
card-recovery-low = { $count } de recuperación
card-recovery-low-label =
    { $count ->
        [one] Códigos de recuperación de { $label }: solo { $count } sin usar
       *[other] Códigos de recuperación de { $label }: solo { $count } sin usar
    }
card-actions-label = Acciones de { $label }

## Account menu (⋮)

card-menu-label = Acciones de la cuenta
menu-pin = Fijar arriba
menu-unpin = Desfijar
menu-move-up = Subir (Alt+↑)
menu-move-down = Bajar (Alt+↓)
menu-tags = Etiquetas, nota e icono…
menu-qr = Mostrar código QR…
menu-recovery = Códigos de recuperación…
menu-recovery-count = Códigos de recuperación ({ $count } sin usar)…
menu-remove = Eliminar…

## Import dialog

import-title = Importar cuentas
import-path = Archivo (una exportación de Aegis, 2FAS, Google Authenticator, Bitwarden, andOTP, FreeOTP+, una copia de FreeOTP 2, Ente Auth, una lista otpauth, una imagen QR, una copia de seguridad, o el archivo interno de una aplicación de un teléfono con root)
import-path-placeholder = ~/Descargas/copia.json
import-format-detect = Reconocerlo
import-format-google = Google Authenticator (otpauth-migration)
import-format-bitwarden = Bitwarden JSON (sin cifrar o protegido con contraseña)
import-format-andotp = andOTP (sin cifrar o cifrado .json.aes)
import-format-freeotp-backup = Copia de FreeOTP 2 (externalBackup.xml, cifrada)
import-format-ente = Ente Auth (texto sin cifrar o cifrado)
import-format-otpauth = Enlaces otpauth, uno por línea
import-format-qr-image = Imagen QR
import-format-keepass = Base de datos KeePass / KeePassXC (.kdbx)
import-format-proton-authenticator = Proton Authenticator (exportación JSON)
import-format-authenticator-pro = Authenticator Pro / Stratum (.authpro, sin cifrar o cifrado)
import-format-lastpass = LastPass Authenticator (exportación JSON)
import-format-google-authenticator-db = Base de datos interna de Google Authenticator (databases, teléfono con root)
import-format-microsoft-authenticator = Base de datos interna de Microsoft Authenticator (PhoneFactor, teléfono con root)
import-format-authenticator-pro-db = Base de datos interna de Authenticator Pro (proauth.db3, teléfono con root)
import-format-authy = Tokens internos de Authy (…tokens.authenticator.xml, teléfono con root; puede pedir la contraseña de las copias)
import-format-battle-net = Preferencias internas de Battle.net Authenticator (teléfono con root)
import-format-freeotp-xml = tokens.xml interno de FreeOTP / FreeOTP+ (teléfono con root)
import-format-totp-authenticator = Copia de TOTP Authenticator (.bin, cifrada)
import-format-totp-authenticator-xml = Preferencias internas de TOTP Authenticator (teléfono con root)
import-format-duo = accounts.json interno de Duo Mobile (teléfono con root)
import-format-1password = Exportación de 1Password (.1pux)
import-format-proton-pass = Exportación de Proton Pass (.zip o data.json, sin cifrado)
import-format-raivo = Exportación de Raivo OTP (.zip protegido con contraseña)
import-format-authenticator-plus = Copia de Authenticator Plus (authplus.db, contraseña maestra) o Export (zip con Accounts.txt)
import-format-backup = Copia de seguridad de MFA Companion
import-password = Contraseña del archivo
import-read = Leer el archivo
import-preview-label = Qué contiene el archivo
import-commit = Importar las seleccionadas
import-back = Elegir otro archivo
import-row-label = Importar { $label }
import-row-recovery =
    { $count ->
        [one] { $count } código de recuperación
       *[other] { $count } códigos de recuperación
    }
import-summary = Archivo { $format }: nuevas: { $new }, ya guardadas: { $duplicate }, imposibles de importar: { $unusable }.
import-summary-encrypted = Archivo { $format } cifrado: nuevas: { $new }, ya guardadas: { $duplicate }, imposibles de importar: { $unusable }.
import-done =
    { $count ->
        [one] { $count } cuenta importada
       *[other] { $count } cuentas importadas
    }

## Export dialog

export-title = Exportar cuentas
export-format-backup = Copia de seguridad de MFA Companion (cifrada, con códigos de recuperación)
export-format-aegis-encrypted = Bóveda de Aegis (cifrada)
export-format-2fas-encrypted = Copia de 2FAS (cifrada)
export-format-keepass = Base de datos KeePass, KDBX 4 (cifrada; KeePassXC muestra los códigos)
export-format-paper = Copia en papel (una página HTML con códigos QR y códigos de recuperación: ábrala en un navegador e imprímala; sin cifrar)
export-format-aegis = Bóveda de Aegis (sin cifrar)
export-format-2fas = Copia de 2FAS (sin cifrar)
export-format-bitwarden = Bitwarden JSON (sin cifrar)
export-format-migration-qr = Códigos QR de Google Authenticator (PNG, sin cifrar)
export-format-otpauth = Enlaces otpauth, uno por línea (sin cifrar)
export-plain-warning = Este archivo contendrá sus secretos en texto sin cifrar: quien lo lea podrá generar sus códigos. Páselo a la otra aplicación y luego bórrelo.
export-password = Contraseña
export-password2 = La misma contraseña otra vez
export-path = Guardar en
export-path-placeholder = ~/mfa-companion.backup
export-submit = Exportar
export-need-password = Elija una contraseña: el archivo se cifra con ella.
export-done =
    { $count ->
        [one] { $count } cuenta exportada a { $files }.
       *[other] { $count } cuentas exportadas a { $files }.
    }
export-done-skipped =
    { $count ->
        [one] { $count } cuenta exportada a { $files }. Omitidas: { $skipped }.
       *[other] { $count } cuentas exportadas a { $files }. Omitidas: { $skipped }.
    }

## Settings dialog

settings-title = Configuración
settings-clear = Borrar del portapapeles un código copiado tras (segundos, 1–3600; solo si aún contiene ese código)
settings-hide-codes = Ocultar los códigos hasta hacer clic (modo privado: un clic muestra un código durante su periodo y lo copia)
settings-away = Ocultar todos los códigos cuando la ventana lleve en segundo plano (segundos, 0 = nunca)
settings-theme = Apariencia
theme-system = Según prefiera el escritorio
theme-light = Claro
theme-dark = Oscuro
settings-language = Idioma
language-system = El del escritorio (LANG)
settings-language-hint = Al cambiar el idioma, la ventana se reinicia.
settings-whole-seconds = Escriba un número entero de segundos.
settings-clear-saved = Los códigos copiados se borran tras { $seconds } s
privacy-hidden = Los códigos se ocultan hasta hacer clic
privacy-shown = Los códigos se muestran
privacy-away-hidden = Los códigos se ocultan tras { $seconds } s en segundo plano
privacy-away-shown = Los códigos siguen visibles en segundo plano

## Settings: tray and desktop search

agent-title = Bandeja y búsqueda del escritorio
agent-autostart = Iniciar el agente al iniciar sesión (la bandeja, la copia rápida, la búsqueda de GNOME Shell y KRunner; unos pocos MB)
agent-tray-codes = Mostrar los códigos en el menú de la bandeja
agent-search-codes = Mostrar los códigos en los resultados de búsqueda del escritorio
agent-running = El agente está en ejecución.
agent-not-running = El agente no está en ejecución.

## Settings: keyboard shortcuts

shortcuts-title = Atajos de teclado
shortcuts-hint = El agente los gestiona en X11, en todas las aplicaciones. En Wayland, asigne { $command } en la configuración de teclado del escritorio. Vacío: sin atajo.
shortcut-show = Mostrar la ventana con la búsqueda enfocada
shortcut-type = Escribir el código de la cuenta que nombra el título de la ventana enfocada
quick-search-hides = En la búsqueda rápida, Enter copia el primer resultado y oculta la ventana
shortcuts-save = Guardar atajos
shortcuts-saved = Guardado.
shortcuts-held = El agente los gestiona.
shortcuts-not-held = Funcionan mientras el agente esté en ejecución.

## Settings: automatic backups

backup-title = Copias de seguridad automáticas
backup-dir = Carpeta (una carpeta sincronizada con Syncthing o Nextcloud guarda copias en sus otros equipos)
backup-keep = Conservar las más recientes
backup-password = Contraseña (no se guarda: sin ella las copias no se pueden restaurar)
backup-password2 = Contraseña otra vez
backup-turn-on = Activar
backup-now = Copiar ahora
backup-off = Desactivar
backup-state-on = Activadas: tras cada cambio, en { $dir }; se conservan las { $keep } más recientes.
backup-state-off = Desactivadas.
backup-last-ok =
    { $count ->
        [one] Última copia verificada: { $when } ({ $count } cuenta).
       *[other] Última copia verificada: { $when } ({ $count } cuentas).
    }
backup-last-failed = La última copia falló ({ $when }): { $error }
backup-choose-folder = Elija una carpeta.
backup-turned-on = Copias de seguridad automáticas activadas
backup-turned-off = Copias de seguridad automáticas desactivadas; los archivos se conservan

## Add dialog

add-title = Añadir una cuenta
add-tabs-label = Cómo añadir
add-tab-uri = Enlace
add-tab-qr = Imagen QR
add-tab-scan = Pantalla
add-tab-manual = A mano
add-uri = Pegue un enlace otpauth:// (o un enlace de exportación de Google Authenticator)
add-uri-placeholder = otpauth://totp/Emisor:usted@ejemplo.com?secret=…
add-submit = Añadir
add-qr-drop = Elija o suelte un PNG o JPEG con un código QR (de una cuenta, o una exportación de Google Authenticator)
add-qr-too-big = Este archivo supera los 32 MiB: use una captura de pantalla del código QR.
manual-issuer = Emisor
manual-account = Cuenta
manual-secret = Secreto (base32)
manual-kind = Tipo
manual-kind-totp = Basado en tiempo (TOTP)
manual-kind-hotp = Basado en contador (HOTP)
manual-algorithm = Algoritmo
manual-digits = Dígitos
manual-period = Periodo (s)
manual-counter = Contador

## Add dialog: screen tab

scan-hint = Muestre el código QR en pantalla (en el navegador, a cualquier tamaño) y luego escanee. O haga una captura de pantalla y péguela aquí con Ctrl+V.
scan-screen = Escanear pantalla
scan-paste = Pegar imagen
scan-results-label = Cuentas encontradas
scan-add = Añadir las seleccionadas
scan-screen-busy = Escaneando la pantalla…
scan-paste-busy = Leyendo la imagen pegada…
scan-batch-more = Exportación de Google Authenticator: código { $n } de { $of } escaneado; muestre el siguiente y vuelva a escanear.
scan-batch-done = Exportación de Google Authenticator: código { $n } de { $of } escaneado.
scan-skipped-other = Se omitió un código QR con { $what }: no es una cuenta.
scan-found =
    { $count ->
        [one] { $count } cuenta encontrada para añadir.
       *[other] { $count } cuentas encontradas para añadir.
    }
scan-nothing = Nada nuevo que añadir.
scan-skipped-item = { $label }: { $reason }

## Tags dialog

tags-title = Etiquetas
tags-title-for = Etiquetas y nota de { $label }
tags-input = Etiquetas, separadas por comas
tags-input-placeholder = trabajo, casa
tags-help = Hasta 20 etiquetas de hasta 40 caracteres; no distingue mayúsculas y minúsculas. Los botones sobre la lista muestran solo las cuentas con una etiqueta.
note-input = Nota (se guarda cifrada; la búsqueda la encuentra)
note-input-placeholder = los códigos de recuperación impresos están en la caja fuerte
icon-select = Icono
icon-auto = Automático (el logotipo del emisor, o su letra)
icon-letter = Letra
icon-image = Su imagen
icon-file = O una imagen propia (PNG, JPEG o SVG, 1 MB como máximo)
icon-file-placeholder = ~/Imágenes/logo.png
icon-file-filter = Imágenes
icon-help = Los logotipos vienen con la aplicación (Simple Icons, CC0); ninguno se descarga de internet. Una imagen se reduce a 64 píxeles de ancho; un SVG con scripts o enlaces externos se rechaza.
tags-chips-label = Etiquetas: { $tags }
tags-saved = Guardado
tags-saved-with = Guardado; etiquetas: { $tags }

## Remove dialog

remove-title = Eliminar cuenta
remove-text = ¿Eliminar { $label }? Su secreto, etiquetas, nota y códigos de recuperación se van con ella. Puede deshacerlo durante unos segundos.
remove-cancel = Conservarla
remove-confirm = Eliminar
remove-done = { $label } eliminado
remove-undo = Deshacer
remove-undone = { $label } ha vuelto
remove-undo-too-late = { $label } ya se eliminó; restáurelo desde una copia de seguridad

## QR code dialog

qr-title = Mostrar código QR
qr-title-for = Código QR de { $label }
qr-warning = Este código QR contiene el secreto de la cuenta. Quien lo vea o fotografíe podrá generar sus códigos. Muéstrelo solo para pasar la cuenta a su teléfono.
qr-confirm = Mostrar el código QR
qr-image-alt = Código QR de la cuenta

## Enroll dialog

enroll-title = Inscribir este dispositivo
enroll-server = Servidor
enroll-server-label = Perfil del servidor
enroll-no-server = Aún no hay servidores: añada uno en Servidores.
enroll-type = Método
enroll-type-label = Método de MFA
enroll-method-app = Aplicación autenticadora (este equipo)
enroll-method-email = Código por correo
enroll-method-sms = Código por SMS
enroll-method-magic-link = Enlace mágico
enroll-method-passkey = Llave de acceso (en el navegador)
enroll-start = Empezar
enroll-passcode = Código que le envió el servidor
enroll-show-codes = Mostrar códigos de recuperación
enroll-show-qr = QR para un teléfono
enroll-retry = Reintentar
enroll-drift-behind = El reloj de este equipo va { $seconds } s por detrás del servidor: el código usó la hora del servidor. Corrija el reloj para que los códigos funcionen en otros sitios.
enroll-drift-ahead = El reloj de este equipo va { $seconds } s por delante del servidor: el código usó la hora del servidor. Corrija el reloj para que los códigos funcionen en otros sitios.
enroll-status-enabled-methods = Estado del servidor: MFA activado ({ $methods })
enroll-status-enabled = Estado del servidor: MFA activado
enroll-status-disabled-methods = Estado del servidor: MFA no activado ({ $methods })
enroll-status-disabled = Estado del servidor: MFA no activado
enroll-done = Hecho.
pending-unfinished = La inscripción en { $server } ({ $method }) está sin terminar: { $step }.
pending-resume = Reanudar
pending-resume-label = Reanudar la inscripción en { $server }
pending-discard = Descartar
pending-discard-label = Descartar la inscripción en { $server }
pending-discarded = Descartada
pending-discarded-removed = Descartada; eliminado: { $names }

## Servers dialog

servers-title = Servidores de identidad
servers-list-label = Perfiles de servidor
servers-checking = comprobando…
servers-sign-in-for-status = Inicie sesión para leer el estado de MFA del servidor
servers-mfa-enabled = MFA activado ({ $methods })
servers-mfa-disabled = MFA no activado
servers-edit = Editar
servers-edit-label = Editar el servidor { $name }
servers-remove = Eliminar
servers-remove-label = Eliminar el servidor { $name }
servers-remove-confirm = ¿Eliminar el perfil de servidor { $name } y su token?
server-form-title = Añadir un servidor
server-name = Nombre
server-api = API
server-api-tenant = API TOTP de tenant
server-url = URL base
server-who-lerian = ID de usuario (o iniciar sesión)
server-who-user-id = ID de usuario
server-who-email = Correo electrónico
server-who-tenant = ID de tenant
server-auth-url = URL de inicio de sesión
server-auth-url-placeholder = https://auth.example.com: iniciar sesión en lugar de un token
server-login = Nombre de usuario
server-token = Token bearer
server-token-placeholder = No hace falta para un perfil que inicia sesión
server-token-keep-placeholder = Dejar vacío para conservar el token guardado
server-save = Guardar servidor
server-cancel = Cancelar la edición
server-changed = Servidor modificado
server-changed-new-token = Servidor modificado; su nuevo token está en el llavero
server-changed-token-kept = Servidor modificado; se conserva su token
server-saved-sign-in = Servidor guardado; inicie sesión desde su fila
server-saved-token = Servidor guardado; su token está en el llavero

## Servers dialog: signing in

session-signed-in = Sesión iniciada como { $who } · token renovado cuando hace falta (válido hasta las { $until })
session-signed-out = Sesión cerrada · usuario { $login }
session-sign-in = Iniciar sesión
session-sign-out = Cerrar sesión
session-sign-in-label = Iniciar sesión en el servidor { $name }
session-sign-out-label = Cerrar sesión en el servidor { $name }
signin-title = Iniciar sesión
signin-title-for = Iniciar sesión en { $name }
signin-username = Usuario:
signin-password = Contraseña
signin-method = Segundo factor
signin-method-app = Responder con el código de esta aplicación
signin-method-recovery = Gastar un código de recuperación guardado
signin-method-email = Enviarme un código por correo
signin-method-sms = Enviarme un código por SMS
signin-remember = Recordar este dispositivo
signin-passcode = Código que envió el servidor
signin-submit = Iniciar sesión
signin-passcode-sent = El servidor envió un código por { $via }: escríbalo abajo.
signin-answered-app = Segundo factor respondido con su código de { $account }.
signin-answered-app-retried = Segundo factor respondido con su código de { $account } (el código siguiente, en el cambio de periodo).
signin-answered-recovery = Se gastó un código de recuperación de { $account }: quedan { $left } de { $total }.
signin-recovery-low = Quedan pocos códigos de recuperación: obtenga otros nuevos del servidor.
signin-answered-passcode = Respondido con el código enviado por { $via }.
signin-done = Sesión iniciada en { $server } como { $who }.

## Recovery codes dialog

recovery-title = Códigos de recuperación
recovery-title-for = Códigos de recuperación · { $label }
recovery-none = Aún no hay códigos de recuperación guardados para esta cuenta.
recovery-counts = sin usar: { $unused }, usados: { $used }
recovery-counts-server = sin usar: { $unused }, usados: { $used } · del servidor { $server }
recovery-low = — quedan pocos: obtenga códigos nuevos de su servidor.
recovery-code-used = usado
recovery-code-used-note = usado ({ $note })
recovery-code-unused = sin usar
recovery-copy = Copiar
recovery-copy-label = Copiar el código de recuperación { $n }
recovery-mark-used = Marcar como usado
recovery-mark-used-label = Marcar como usado el código de recuperación { $n }
recovery-copied = Copiado; se borrará en { $seconds } s
recovery-reveal = Mostrar códigos
recovery-export = Exportar como texto
recovery-add-text = Añadir códigos obtenidos en otro sitio (uno por línea)
recovery-add = Añadir códigos
recovery-added =
    { $count ->
        [one] { $count } código añadido
       *[other] { $count } códigos añadidos
    }
