# Error messages: what happened and what to do. Shown by the window, the CLI
# ("error: MESSAGE [code]") and notifications; the codes never change, the words may.
# Variables are names, counts, paths and technical details; never a secret.

## Secrets, OTP parameters, otpauth links, accounts, storage, vault, keychain
## (otp/, otpauth.rs, account.rs, storage/)

secret-empty = el secreto está vacío
secret-invalid-character = el secreto no es base32 válido: el carácter { $position } no es A-Z ni 2-7
secret-too-long = el secreto es demasiado largo ({ $bytes } bytes; como máximo { $max })

# OTP parameters ($digits, $period: what was asked for)
params-digits =
    { $digits ->
        [one] { $digits } dígito no es compatible
       *[other] { $digits } dígitos no son compatibles
    }: use 6, 7 u 8
params-period = un periodo de { $period } s no es compatible: use de 1 a 3600 segundos (lo habitual es 30)
params-steam = los códigos de Steam Guard son siempre SHA1 de 5 caracteres

# otpauth:// links. $found: the value given, in quotes; $part: a URI parameter's name
uri-too-long = el URI tiene { $len } bytes; se aceptan como máximo { $max }
uri-scheme = no es un URI otpauth: debe empezar por otpauth://
uri-type = tipo de OTP desconocido { $found }: se esperaba totp, hotp o steam
# $kind: label, name (a parameter's name) or value (the value of parameter $part)
uri-encoding =
    { $kind ->
        [label] la etiqueta
        [name] el nombre de un parámetro
       *[value] el parámetro { $part }
    } no es UTF-8 válido con codificación por porcentaje
uri-duplicate = el parámetro { $name } aparece más de una vez
uri-missing-secret = falta el parámetro secret
# $reason: what is wrong with the secret (a secret-… message)
uri-secret = secreto no válido: { $reason }
uri-algorithm = algoritmo no compatible { $found }: use SHA1, SHA256 o SHA512
uri-digits = dígitos no válidos { $found }: use 6, 7 u 8
uri-period = periodo no válido { $found }: use de 1 a 3600 segundos
uri-missing-counter = falta el parámetro counter (obligatorio para hotp)
uri-counter = contador no válido { $found }: debe ser un número entero
# $part: issuer or account (the account name)
uri-name-too-long =
    { $part ->
        [issuer] el emisor
       *[account] el nombre de la cuenta
    } tiene más de { $max } caracteres
uri-name-control =
    { $part ->
        [issuer] el emisor
       *[account] el nombre de la cuenta
    } contiene caracteres de control

# Accounts. $label: issuer:account; $id: the account's id; $query: what was asked for, in quotes
account-record-id = id de cuenta no válido { $id }
# $field: period or counter (a field of the file)
account-record-missing = cuenta { $id }: falta { $field }
# $reason: a params-… message
account-record-params = cuenta { $id }: { $reason }
account-not-found = ninguna cuenta coincide con { $query }: consulte `mfa-companion list`
# $matches: "id (issuer:account)" of each, separated by commas
account-ambiguous =
    { $query } coincide con { $count ->
        [one] { $count } cuenta
       *[other] { $count } cuentas
    }: { $matches }; use un id o emisor:cuenta
account-secret-missing = el secreto de { $label } (id { $id }) no está en la bóveda: elimine la cuenta y añádala de nuevo, o ejecute `mfa-companion doctor --repair`
# $reason: what is wrong with the secret (a secret-… message; never the secret)
account-secret-damaged = el secreto de { $label } (id { $id }) está dañado ({ $reason }): elimine la cuenta y añádala de nuevo
account-counter-exhausted = el contador de { $label } no puede avanzar más
account-note-too-long = la nota tiene más de { $max } caracteres
account-note-control = la nota contiene caracteres de control
# $tag: the tag as given, in quotes
account-tag-empty = la etiqueta { $tag } está vacía
account-tag-too-long = la etiqueta { $tag } tiene más de { $max } caracteres
account-tag-control = la etiqueta { $tag } contiene caracteres de control
account-tag-sign = la etiqueta { $tag } empieza por + o - (estos añaden y quitan una etiqueta)
account-tag-too-many = serían demasiadas etiquetas (una cuenta lleva como máximo { $max })
# $name: the icon's name as given, in quotes
account-icon-unknown = no hay ningún icono llamado { $name } en el conjunto incluido: `mfa-companion icons` los enumera, o use "letter"

# Storage. $path: a file or folder; $error: what the operating system said
storage-no-data-dir = no hay carpeta de datos: defina XDG_DATA_HOME o HOME
# $cause: why the change failed; $undo: why undoing it failed (both messages)
storage-rollback-failed = { $cause }; el secreto guardado para ella no se pudo volver a eliminar ({ $undo }): ejecute `mfa-companion doctor` para conciliar
storage-id-taken = no se encontró ningún id de cuenta libre; inténtelo de nuevo
storage-server-exists = ya existe un perfil de servidor llamado { $name }: elija otro nombre, o pase --replace
storage-server-not-found = no hay ningún perfil de servidor llamado { $name }: consulte `mfa-companion server list`
storage-token-missing = el token del perfil de servidor { $name } no está en el llavero: guárdelo de nuevo con `mfa-companion server add { $name } ... --replace`
# $action: a storage-action-… message
storage-io = no se pudo { $action } { $path }: { $error }
# $detail: what the parser said; $backup: the backup file
storage-damaged = el archivo de cuentas { $path } está dañado ({ $detail }); se dejó intacto: restáurelo desde { $backup } o desde una copia de seguridad
# $found: the file's version; $version: the newest this release reads
storage-newer-version = el archivo de cuentas { $path } es de la versión { $found }, más nueva de lo que entiende esta versión ({ $version }): actualice mfa-companion
# A message of another part of the app, as it is
storage-other = { $text }
# What was being done to a file or folder, followed by its path (storage-io, vault-io)
storage-action-read = leer
storage-action-read-back = releer
storage-action-write = escribir
storage-action-create = crear
storage-action-open = abrir
storage-action-lock = bloquear
storage-action-remove = eliminar
storage-action-sync = sincronizar
storage-action-encode = codificar
storage-action-replace = reemplazar
storage-action-keep-copy = guardar una copia de
storage-action-keep-previous = guardar la versión anterior de
storage-action-create-data-folder = crear la carpeta de datos
storage-action-write-test-file = escribir un archivo de prueba en
storage-action-open-lock-file = abrir el archivo de bloqueo
storage-action-remove-old-file = eliminar el archivo antiguo
storage-action-create-file-in = crear un archivo en
storage-action-write-file-in = escribir un archivo en
# `mfa-companion doctor`'s clock check. $time: Unix time in seconds
storage-clock-wrong = el reloj del sistema marca { $time } (hora Unix), lo cual no puede ser correcto: ajuste la fecha y la hora, los códigos dependen de ellas
storage-clock-synchronized = sincronizado por systemd-timesyncd
storage-clock-plausible = plausible; estado de la sincronización horaria por red desconocido (los códigos necesitan el reloj con pocos segundos de diferencia)

# The vault. $detail: what failed (technical)
vault-damaged = la bóveda { $path } está dañada ({ $detail }): se dejó como estaba; ejecute `mfa-companion doctor --repair` para restaurar la versión anterior o una copia de seguridad
# $found: the vault's format version
vault-newer-version = la bóveda { $path } la escribió un MFA Companion más nuevo (formato { $found }): actualice la aplicación
# $item: the keychain item's name
vault-key-missing = la clave de la bóveda no está en el llavero (elemento { $item }): la bóveda no se puede descifrar; restaure el llavero, o restaure una copia de seguridad en una carpeta de datos nueva. El archivo de la bóveda se dejó como estaba
# $action: a storage-action-… message
vault-io = no se puede { $action } { $path }: { $error }
vault-verify-failed = la nueva bóveda no se verificó tras escribirla ({ $detail }); se conservó la bóveda anterior sin cambios: revise el disco e inténtelo de nuevo

# The app lock
lock-app-locked = bloqueado: ejecute `mfa-companion unlock`
lock-off = el bloqueo de la aplicación está desactivado: `mfa-companion lock enable` lo activa
lock-wrong-password = contraseña incorrecta: no se cambió nada

# Recovery codes. $account: the account (issuer:account)
recovery-no-codes = no hay códigos de recuperación guardados para { $account }: añada algunos con `mfa-companion recovery add { $account }`
recovery-unknown-code = ese código no es uno de los códigos de recuperación guardados para { $account }
recovery-all-used = todos los códigos de recuperación de { $account } están usados: obtenga otros nuevos del servidor y añádalos

# The OS keychain. $detail: what the keychain reported; $key: an item's key
keychain-unavailable = el llavero del sistema no está disponible ({ $detail }): inicie gnome-keyring o KWallet en su sesión de escritorio (en una máquina sin pantalla: ejecute `gnome-keyring-daemon --unlock` dentro de `dbus-run-session`) e inténtelo de nuevo
keychain-locked = el llavero del sistema está bloqueado o denegó el acceso: desbloquéelo (por ejemplo en Contraseñas y claves / Seahorse, o con `gnome-keyring-daemon --unlock`) e inténtelo de nuevo
keychain-not-found = no hay ningún elemento del llavero para { $key }
keychain-ambiguous =
    { $count ->
        [one] { $count } elemento del llavero tiene
       *[other] { $count } elementos del llavero comparten
    } la clave { $key }: elimine los sobrantes en Contraseñas y claves / Seahorse
keychain-corrupt = el elemento del llavero { $key } no lo puede leer esta aplicación (su contenido no es válido): elimínelo o restáurelo desde una copia de seguridad
keychain-failed = el llavero del sistema informó de un error: { $detail }

# --- end of storage ---

## Servers, enrollment, sign-in, backups, the agent, the app lock
## (identity/, enroll/, signin/, backups/, agent/)

# --- end of identity ---

## Import, export, QR images, the screen, the keyboard, icons
## (import_export/, screen/, keyboard/, issuer_icons/)

import-too-large = el archivo tiene { $size } bytes; no se leen archivos de importación de más de 64 MiB
import-unknown-format = no se ha podido reconocer el formato de este archivo: indique --format (uno de: { $formats })
import-needs-password = este archivo { $format } está cifrado: indique su contraseña (cuando se le pida, o --password-stdin)
import-wrong-password = contraseña incorrecta para este archivo { $format }: no se importó nada; inténtelo de nuevo
import-malformed = este no es un archivo { $format } válido ({ $detail }): compruebe que es el archivo correcto o indique el --format correcto
import-damaged = este archivo { $format } está dañado ({ $detail }): vuelva a exportarlo desde la aplicación de la que procede
import-unsupported = este archivo { $format } no se puede importar: { $detail }
import-empty = este archivo { $format } no contiene ninguna cuenta
import-not-stored = { $text }; no se importó nada
import-reason-duplicate = ya guardada

export-other = { $text }
export-nothing = no hay cuentas que exportar
export-needs-password = la exportación { $format } está cifrada: indique una contraseña (cuando se le pida, o --password-stdin)
export-write = no se puede escribir { $path }: { $detail }
export-encode = no se ha podido escribir la exportación: { $detail }

qr-file-too-large = el archivo de imagen tiene { $size } bytes; no se leen archivos de más de 32 MiB: use una captura de pantalla del código QR
qr-image-too-large = la imagen es demasiado grande para decodificarla con seguridad ({ $detail }): recórtela al código QR (como máximo 8192 x 8192 píxeles)
qr-not-an-image = este archivo no es una imagen PNG o JPEG legible ({ $detail })
qr-none = no se encontró ningún código QR en la imagen: use una foto más nítida y recta, con el código entero visible
qr-unreadable = se encontró un código QR, pero no se pudo leer ({ $detail }): pruebe con una foto más nítida

screen-no-display = no se puede acceder a la pantalla ({ $detail }): escanear requiere una sesión X11 o Wayland; o guarde el código QR como imagen e impórtela (`import FILE`, o Importar en la ventana)
screen-capture = no se pudo capturar la pantalla ({ $detail })
screen-cancelled = la captura de pantalla se rechazó o se canceló: permita que MFA Companion haga capturas de pantalla cuando el escritorio lo pregunte (o en su configuración de privacidad); o copie una captura de pantalla del código QR y péguela (Ctrl+V en la ventana, `add --from-clipboard`)
screen-no-portal = no se puede capturar la pantalla en esta sesión Wayland: el escritorio no ofrece ningún portal de capturas de pantalla (org.freedesktop.portal.Screenshot: instale xdg-desktop-portal y el backend de su escritorio) ({ $detail }); copie una captura de pantalla del código QR y péguela (Ctrl+V en la ventana, `add --from-clipboard`), o guárdela como imagen e impórtela (`import FILE`)
screen-no-clipboard-image = el portapapeles no contiene ninguna imagen: copie primero una captura de pantalla del código QR
# $where is screen-on-screen or screen-on-clipboard.
screen-no-qr-code = no se encontró ningún código QR { $where }: amplíe la página para que el código se vea más grande, o use un archivo de imagen
screen-unreadable = se vio un código QR { $where }, pero no se pudo leer: amplíe la página, o use un archivo de imagen
# $what: what each code holds (screen-other-…, in a screen-other-list).
screen-not-an-account = los códigos QR { $where } no contienen ninguna cuenta: { $what }
screen-on-screen = en la pantalla
screen-on-clipboard = en la imagen del portapapeles
# What a code that holds no account holds ($what of screen-not-an-account, and of the
# window's scan-skipped-other).
screen-other-web = una dirección web ({ $host })
screen-other-link = un enlace { $scheme }:
screen-other-text = { $count ->
    [one] texto ({ $count } carácter)
   *[other] texto ({ $count } caracteres)
}
screen-other-damaged-export = una exportación de Google Authenticator dañada ({ $error })
# A list of them: the first, then the rest.
screen-other-list = { $first }; { $rest }

keyboard-bad-shortcut = el atajo { $shortcut } no se puede usar: { $why }
keyboard-shortcut-no-key = no indica ninguna tecla
keyboard-shortcut-not-modifier = { $name } no es un modificador (Ctrl, Alt, Shift, Super)
keyboard-shortcut-twice = { $name } aparece dos veces
keyboard-shortcut-needs-modifier = necesita Ctrl, Alt o Super
keyboard-shortcut-unknown-key = { $key } no es una tecla que esta aplicación capture (una letra, un dígito, F1 a F24, Space, Return, Tab, Insert, Home, End, Pause)
keyboard-wayland = no se escribió ningún código: en Wayland una aplicación no puede escribir en otras ventanas; abra en su lugar la búsqueda rápida (Ctrl+Alt+M donde el escritorio lo ofrezca, o `mfa-companion show --search` asignado a un atajo en la configuración de teclado del escritorio), pulse Enter para copiar el código y péguelo con Ctrl+V
keyboard-no-display = no se puede acceder a la pantalla X ({ $detail }): escribir y los atajos requieren una sesión X11
# $what names the X11 request (technical, as it is).
keyboard-x11 = el servidor X rechazó { $what } ({ $detail })
keyboard-taken = otro programa ya usa { $shortcut }: elija otro atajo en Configuración
keyboard-no-title = no se escribió ningún código: no se puede leer el título de la ventana enfocada; haga clic en el campo que quiere rellenar e inténtelo de nuevo
keyboard-own-window = no se escribió ningún código: la ventana enfocada es la del propio MFA Companion; haga clic primero en el campo que quiere rellenar
keyboard-keys-held = no se escribió ningún código: las teclas Ctrl, Alt, Shift o Super siguieron pulsadas; suéltelas e inténtelo de nuevo
# $what is one of keyboard-key-digit, -letter, -character, -shift, -shortcut.
keyboard-no-key = no se escribió ningún código: la distribución del teclado no tiene tecla para { $what }; copie el código en su lugar
keyboard-key-digit = un dígito
keyboard-key-letter = una letra
keyboard-key-character = un carácter del código
keyboard-key-shift = Shift
keyboard-key-shortcut = la tecla del atajo

icon-unreadable = no se puede leer la imagen { $path }: { $reason }
icon-too-large = la imagen es demasiado grande ({ $size } bytes; el límite es { $limit } bytes): use un logotipo más pequeño
icon-not-an-image = el archivo no es una imagen PNG, JPEG o SVG
icon-undecodable = no se puede leer la imagen: { $detail }
icon-unsafe-svg = se rechaza la imagen SVG: { $reason }; guarde el logotipo como un SVG sencillo o como PNG

window-entry-unusable = { $label }: { $reason }; no se añadió nada
window-already-stored = ya guardadas: { $labels }
window-no-names = indique un emisor o un nombre de cuenta para poder distinguir esta cuenta
window-unknown-algorithm = algoritmo desconocido { $algorithm }: use SHA1, SHA256 o SHA512
window-unknown-kind = tipo desconocido { $kind }: use totp, hotp o steam
window-qr-not-otpauth = el código QR no contiene una URI de cuenta otpauth://
window-qr-render = no se pudo dibujar el código QR: { $detail }
window-no-account = no hay ninguna cuenta con el id { $id }: puede que ya se haya eliminado
window-no-account-moved = no hay ninguna cuenta con el id { $id }: puede que se haya eliminado
window-away-range = elija entre 0 y { $max } segundos
window-empty-password = una contraseña vacía no protege nada
window-no-pending-enrollment = no hay ninguna inscripción pendiente { $id }
window-choose-server = elija un servidor
window-type-passcode = escriba el código que le envió el servidor
window-no-language = no existe el idioma { $language }: elija uno de: { $languages }
window-no-recovery-codes = escriba o pegue los códigos, uno por línea
window-nothing-picked = elija al menos una cuenta para añadir (o vuelva a escanear)
window-challenge-expired = el inicio de sesión en { $server } ya no espera un código: vuelva a iniciar sesión
window-import-no-file = elija el archivo que quiere importar
window-import-cannot-read = no se puede leer { $path }: { $detail }
window-import-stale = esta vista previa ya no está al día: vuelva a elegir el archivo
window-export-format = elija un formato de exportación
window-export-no-file = elija dónde guardar la exportación
window-state = el estado interno no está disponible tras un fallo anterior; reinicie la aplicación
window-hotp-copy = un código basado en contador se copia desde su fila después de “Código siguiente”
window-backup-failed = la última copia de seguridad automática falló: { $detail }

# --- end of import ---
