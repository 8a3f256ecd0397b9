# Error messages: what happened and what to do. Shown by the window, the CLI
# ("error: MESSAGE [code]") and notifications; the codes never change, the words may.
# Variables are names, counts, paths and technical details; never a secret.

# Text that is not ours, shown as it is (an OS error, a parser's technical detail).
as-is = { $text }

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

# Servers' answers: what to do, then the server's own words as they are
server-answered = { $advice }: el servidor respondió { $status }{ $details }: { $message }
server-no-message = (sin mensaje)
server-already-enabled = el MFA ya está activado para este usuario
server-passcode-rejected = el servidor rechazó el código: compruebe el reloj (`mfa-companion doctor`) o el código que escribió y vuelva a intentarlo
server-verification-failed = el servidor rechazó el código: compruebe el reloj (`mfa-companion doctor`) y vuelva a intentarlo
server-not-verified = el servidor aún no ha verificado un código para esta configuración
server-setup-missing = el servidor no tiene ninguna configuración de MFA en curso para este usuario: descarte esta inscripción y empiece de nuevo
server-recovery-rejected = el servidor no aceptó el código de recuperación
server-unknown-user = el servidor no conoce este ID de usuario: compruebe el --user del perfil
server-bad-user-id = el servidor dice que el ID de usuario está mal formado: compruebe el --user del perfil
server-bad-type = el servidor no ofrece este tipo de MFA
server-signed-out = el servidor rechazó el token de actualización (la sesión terminó): vuelva a iniciar sesión con `mfa-companion login`
server-request-rejected = el servidor no aceptó la forma de la solicitud (esta aplicación y el servidor pueden hablar versiones distintas de la API)
server-tenant-mismatch = el ID de tenant del perfil y el token pertenecen a tenants distintos: compruebe --tenant o el token
server-unauthorized = el servidor no aceptó el token: guarde uno nuevo (Servidores, Editar en la ventana; `mfa-companion server add` con el mismo nombre y --replace)
server-forbidden = el servidor rechazó esto para este usuario
server-not-found = el servidor no tiene ese recurso: compruebe la URL del perfil
server-failed = el servidor falló: vuelva a intentarlo más tarde
server-error = el servidor rechazó la solicitud

# Identity clients
identity-bad-url = la URL de servidor { $url } no se puede usar: { $reason }
identity-url-credentials = las credenciales no van en la URL; el token se pide por separado
identity-url-query = la URL base no puede tener consulta ni fragmento
identity-url-scheme = esquema { $scheme } no admitido: use https://
identity-url-no-host = sin host
identity-insecure-url = se rechaza http:// sin cifrar hacia { $url }: los tokens y secretos cruzarían la red sin cifrar; use https:// (http solo se permite para 127.0.0.1, localhost y [::1])
identity-bad-token = el token está vacío o mal formado: pegue solo el token bearer, en una línea
identity-bad-profile = perfil de servidor no válido: { $reason }
identity-profile-name = el nombre { $name } debe tener de 1 a 64 letras, dígitos, ‘-’, ‘_’ o ‘.’
identity-profile-country = --country { $country } no es un código ISO 3166-1 de dos letras como BR
identity-profile-signin-lerian = solo los perfiles Lerian inician sesión (--auth-url y --login)
identity-profile-login = --login { $login } no es un nombre de usuario (de 1 a 256 caracteres, en una línea)
identity-profile-login-needs-auth-url = --login necesita --auth-url <AUTH_URL>
identity-profile-auth-url-needs-login = --auth-url necesita --login <USERNAME>
identity-profile-user = --user { $user } no es un ID de usuario (un UUID)
identity-profile-lerian-needs-user = un perfil Lerian necesita --user <USER_ID>, o --auth-url y --login para iniciar sesión
identity-profile-tenant = --tenant { $tenant } no es un ID de tenant (un UUID)
identity-profile-tenant-needed = un perfil de la API de tenant necesita --tenant <TENANT_ID>
identity-profile-email = --email { $email } no es una dirección de correo
identity-profile-email-needed = un perfil Flashback necesita --email <EMAIL>
identity-profile-tenant-header = el ID de tenant no se puede enviar como cabecera
identity-profile-no-user = el perfil { $name } no tiene ID de usuario
identity-profile-no-email = el perfil { $name } no tiene correo
identity-profile-no-tenant = el perfil { $name } no tiene ID de tenant
identity-wrong-type = { $given } no es un tipo de MFA de la API { $family }: use { $family ->
    [lerian] app, email o sms
    [flashback] GOOGLE_AUTH, MAGIC_LINK o PASSKEY
   *[tenant] totp
}
identity-connect = no se puede conectar con { $url }: { $detail }; compruebe la URL y su red y vuelva a intentarlo
identity-timeout = { $url } no respondió en { $secs } s; puede que el servidor esté caído o sobrecargado, vuelva a intentarlo más tarde
identity-too-large = { $url } envió una respuesta de más de 1 MiB, que ninguna API de identidad necesita: se rechaza leerla (¿es correcta la URL?)
identity-redirect = { $url } redirigió a { $to }, otro host: se rechaza enviar el token allí; compruebe la URL del perfil
identity-not-json-failing = { $url } respondió HTTP { $status } con { $type } en lugar de JSON: el servicio de identidad o un proxy delante de él está fallando, vuelva a intentarlo más tarde
identity-not-json = { $url } respondió HTTP { $status } con { $type } en lugar de JSON: ¿es esa la URL de la API de identidad?
identity-malformed = { $url } envió una respuesta que esta aplicación no entiende: { $detail }
identity-answer-no-token = la respuesta no trae ni accessToken ni mfaToken
identity-answer-bad-token = el campo { $field } no es un token utilizable
identity-answer-expires = el campo "expiresIn" falta o no es un número de segundos
identity-answer-no-success = no hay "success" en la respuesta
identity-answer-no-data = no hay objeto "data" en la respuesta
identity-answer-not-json = el cuerpo no es JSON válido ({ $error })
identity-answer-not-text = el campo { $field } falta o no es texto
identity-answer-not-bool = el campo { $field } falta o no es true/false
identity-answer-false = respondió 200 con { $field }: false
identity-answer-not-code = { $field } contiene algo que no es un código
identity-answer-not-list = { $field } no es una lista
identity-answer-secret = el secreto no es base32 válido ({ $error })
identity-answer-uri = su URL otpauth no es válida ({ $error })
identity-answer-secret-differs = el secreto y el secreto de la URL otpauth no coinciden
identity-answer-no-recovery-codes = no hay recoveryCodes: el paso de activación necesita uno, así que la inscripción no puede continuar
identity-no-enable-step = esta API no tiene un paso de activación aparte
identity-no-status-call = la API de TOTP por tenant no tiene llamada de estado: su inscripción termina con una verificación correcta
identity-cannot-encode = no se puede codificar la solicitud: { $detail }

# Signing in
signin-not-a-signin-profile = el servidor { $name } no inicia sesión (guarda un token pegado): para iniciar sesión, reemplácelo con `mfa-companion server add { $name } --api lerian --url IDENTITY_URL --auth-url AUTH_URL --login USERNAME --replace`
signin-signed-out = sesión cerrada en { $name } ({ $why }): ejecute `mfa-companion login --server { $name }`
signin-credentials-refused = { $name }: el servidor rechazó el usuario o la contraseña; compruebe el `--login` del perfil y vuelva a escribir la contraseña ({ $server })
signin-challenge-expired = { $name }: el desafío de inicio de sesión caducó antes de responderse; vuelva a ejecutar `mfa-companion login --server { $name }` ({ $server })
signin-passcode-refused = { $name }: el servidor rechazó el código; compruebe el reloj de este equipo (`mfa-companion doctor`) o el código que escribió y vuelva a iniciar sesión ({ $server })
signin-recovery-refused = { $name }: el servidor rechazó el código de recuperación, que sigue marcado como usado; { $left ->
    [one] queda { $left } sin usar
   *[other] quedan { $left } sin usar
}: vuelva a ejecutar `mfa-companion login --server { $name } --recovery` para gastar el siguiente ({ $server })
signin-no-app-account = { $name } pide un código del autenticador, pero ninguna cuenta de esta aplicación se inscribió en el servidor { $name }: inscríbase primero (`mfa-companion enroll --server { $name }`) o responda con --recovery o --method email|sms
signin-no-recovery-codes = esta aplicación no guarda códigos de recuperación del servidor { $name }: responda con el código de su autenticador o con --method email|sms
signin-recovery-exhausted = todos los códigos de recuperación guardados para el servidor { $name } están usados: inicie sesión con el código de su autenticador y obtenga códigos nuevos del servidor (`mfa-companion recovery add`)
signin-no-passcode = no se dio ningún código: use --passcode o escriba el código que envió el servidor
signin-lock = no se puede bloquear { $path }: { $error }

# Enrollment
enroll-pending-exists = ya hay una inscripción pendiente en { $server } ({ $step })
enroll-step-started = configuración sin terminar
enroll-step-setup-stored = configuración guardada, falta verificar
enroll-step-verified = verificada, falta activar
enroll-step-enabled = activada, falta el estado
enroll-busy = la inscripción { $id } la está ejecutando otro proceso de mfa-companion: espere a que termine
enroll-nothing-stored = { $error }. No se guardó nada localmente
enroll-kept = { $error }. Todo lo guardado hasta ahora se conserva; ejecute `mfa-companion enroll --resume { $id }` para continuar o `enroll --discard { $id }` para descartarla
enroll-damaged = la inscripción pendiente no tiene cuenta con la que calcular un código: descártela y vuelva a inscribirse
enroll-no-recovery-code = no se guardó ningún código de recuperación para esta inscripción, y la activación necesita uno

# Automatic backups
backup-not-configured = las copias de seguridad automáticas no están configuradas: ejecute `mfa-companion backup configure --dir DIR`
backup-bad-config = la configuración de copias { $path } está dañada ({ $detail }): vuelva a ejecutar `mfa-companion backup configure`
backup-config-range = keep debe estar entre 1 y 1000 y la carpeta debe ser una ruta absoluta
backup-key-missing = falta la clave de las copias en el llavero (elemento { $item }): vuelva a ejecutar `mfa-companion backup configure`
backup-io = no se puede { $action ->
    [read] leer
    [resolve] resolver
    [create-folder] crear la carpeta de copias
    [derive-key] derivar una clave para
    [write] escribir
    [remove] eliminar
    [lock] bloquear
    [encrypt] cifrar
   *[read-folder] leer la carpeta de copias
} { $path }: { $error }
backup-unverified = la copia { $path } no superó la verificación ({ $detail }) y se eliminó: compruebe el disco de la carpeta de copias
backup-verify-read = no se puede volver a leer: { $error }
backup-verify-count = { $read ->
    [one] { $read } entrada leída
   *[other] { $read } entradas leídas
}, { $written } escritas
backup-verify-entry = entrada { $entry }: { $error }
backup-verify-differs = la entrada { $entry } difiere de lo que se escribió
backup-keep-invalid = conserve entre 1 y 1000 copias (se recibió { $keep })

# The agent
agent-io = el agente de MFA Companion no puede { $action ->
    [write] escribir en
    [read] leer de
    [create] crear
    [protect] proteger
   *[listen] escuchar en
} { $path }: { $error }
agent-protocol = el agente de MFA Companion dio una respuesta inesperada: reinícielo con `mfa-companion lock now` y `mfa-companion unlock`
agent-not-started = el agente de MFA Companion no se inició ({ $detail }): ejecute `mfa-companion agent` para ver por qué
agent-reason-not-running = no está en ejecución
agent-no-answer = no respondió en { $secs } s
agent-start = no se pudo iniciar el agente: { $detail }
agent-no-home = no hay carpeta personal: defina HOME (o XDG_CONFIG_HOME y XDG_DATA_HOME)
agent-cannot-write = no se puede escribir { $path }: { $error }
agent-cannot-remove = no se puede eliminar { $path }: { $error }
agent-cannot-locate = no se sabe dónde está este programa: { $error }
agent-runtime = no se puede iniciar el entorno de red: { $error }
agent-token-failed = la solicitud del token falló de forma inesperada
agent-window = no se pudo abrir la ventana ({ $error }); ejecute `mfa-companion-desktop`
agent-desktop-shortcut = en esta sesión de Wayland el escritorio gestiona el atajo de búsqueda rápida (portal GlobalShortcuts): cámbielo en la configuración de teclado del escritorio; para escribir un código, asigne también `mfa-companion type` (sway y otros escritorios wlroots, KDE Plasma; GNOME no deja escribir a las apps)
agent-desktop-shortcut-bound = en esta sesión de Wayland el escritorio gestiona el atajo de búsqueda rápida ({ $trigger }) (portal GlobalShortcuts): cámbielo en la configuración de teclado del escritorio; para escribir un código, asigne también `mfa-companion type` (sway y otros escritorios wlroots, KDE Plasma; GNOME no deja escribir a las apps)
agent-bind-yourself = asigne `mfa-companion show --search` a un atajo en la configuración de teclado del escritorio
agent-no-shortcuts-wayland = el agente no gestiona atajos en esta sesión (Wayland sin portal GlobalShortcuts, o sin pantalla X): { $hint }
agent-no-shortcuts-x = el agente no gestiona atajos en esta sesión (sin pantalla X): { $hint }
agent-other-folder = el agente sirve otra carpeta de datos
agent-unreadable-answer = el agente dio una respuesta que esta versión no puede leer: { $error }
agent-bus = el agente no puede usar el bus de sesión ({ $error }); se ejecuta dentro de una sesión de escritorio

# Settings and copying
settings-theme-unknown = no existe el tema { $name }: elija system, light o dark
settings-sort = no existe el orden { $name }: elija added, issuer, name, newest, recently_used, most_used o custom
settings-no-config-folder = no hay carpeta de configuración: defina XDG_CONFIG_HOME o HOME
settings-cannot-save = no se puede guardar { $path }: { $error }
settings-clear-range = elija entre { $min } y { $max } { $max ->
    [one] segundo
   *[other] segundos
}
settings-shortcut-twice = { $shortcut } no puede a la vez mostrar la ventana y escribir un código: elija dos atajos
copy-clipboard = el portapapeles no está disponible ({ $error }); seleccione el código y cópielo a mano


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
import-reason-same-account = ya guardada (mismo secreto y emisor)
# Why one entry of a file (or a scanned code) cannot be used.
# $text: a reader's technical detail, as it is.
import-entry-algorithm = el algoritmo { $algorithm } no es compatible (solo SHA1, SHA256 y SHA512)
import-entry-kind = los códigos { $kind } no son compatibles (solo TOTP, HOTP y Steam)
import-entry-missing-fields = a la entrada le faltan campos
import-entry-missing-columns = a la fila le faltan columnas
import-entry-no-type = falta el tipo
import-entry-no-account-type = falta el tipo de cuenta
import-entry-negative-counter = el contador HOTP es negativo
import-entry-not-otpauth = no es un enlace otpauth://
import-entry-item-malformed = el elemento está mal formado
import-entry-item-no-totp = no hay TOTP en este elemento
import-entry-no-totp-row = no hay TOTP en esta entrada (una contraseña o nota, omitida)
import-entry-no-totp-password = no hay TOTP en esta entrada (una entrada de contraseña, omitida)
import-entry-keystore = el secreto está sellado por el almacén de claves del teléfono (versiones recientes de la app): mueva la cuenta mediante código QR
import-entry-keystore-freeotp = el secreto está sellado por el almacén de claves del teléfono (FreeOTP 2): muévalo mediante código QR
import-entry-push-only = la cuenta no tiene generador de códigos (solo notificaciones push)
import-entry-approve-only = la cuenta no tiene secreto de códigos (solo aprueba inicios de sesión)
import-entry-generator-no-secret = el generador de códigos no tiene secreto
import-entry-no-secret = la entrada no tiene secreto
import-entry-not-decrypted = el secreto no se pudo descifrar con esta contraseña (otra contraseña de las copias, o dañado)
import-entry-battle-net-not-hex = el secreto de Battle.net no es hexadecimal
import-entry-unmasked-not-hex = el secreto desenmascarado no es hexadecimal
import-entry-microsoft-not-base64 = el secreto de la cuenta Microsoft no es base64 válido
import-entry-steam-not-base64 = el secreto compartido no es base64 válido
import-entry-secret-not-hex = el secreto no es hexadecimal válido
import-entry-secret-not-base64 = el secreto no es base64 válido
import-entry-no-key-field = falta el secreto (key)
import-entry-secret-base = los secretos en base { $base } no son compatibles (16, 32 o 64)
import-entry-no-secret-base = falta la codificación del secreto (base)
import-entry-google-digits = el número de dígitos no es uno de los que define Google Authenticator
import-entry-token-not-json = el token no es un objeto JSON
import-entry-no-key = falta su clave en la copia
import-entry-no-token = faltan los campos de su token en la copia
import-entry-key-damaged = su clave no se abre con la clave maestra (dañada)
# $type: the number the file gives the entry's type.
import-entry-type-google = el tipo { $type } no es TOTP (0) ni HOTP (1)
import-entry-type-authenticator-plus = el tipo { $type } no es TOTP (0), HOTP (1) ni Battle.net (2)
import-entry-type-microsoft = el tipo de cuenta { $type } no tiene códigos que esta app sepa generar (solo los tipos 0 y 1)
import-entry-proton-steam-link = el enlace de la entrada Steam no empieza por steam://
# $type: Proton Authenticator's name of the entry's type, as it is.
import-entry-proton-type = las entradas { $type } no son compatibles (solo Totp y Steam)

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
keyboard-wayland = no se escribió ningún código: este escritorio (GNOME) no permite a las aplicaciones escribir en otras ventanas (los escritorios wlroots como sway e Hyprland, y KDE Plasma, sí); abra en su lugar la búsqueda rápida (Ctrl+Alt+M donde el escritorio lo ofrezca, o `mfa-companion show --search` asignado a un atajo en la configuración de teclado del escritorio), pulse Enter para copiar el código y péguelo con Ctrl+V
keyboard-kwin-not-allowed = no se escribió ningún código: KDE Plasma solo deja escribir en otras ventanas a un programa que nombra una entrada de escritorio instalada (`X-KDE-Wayland-Interfaces=org_kde_kwin_fake_input`); el paquete instala io.github.MfaCompanion.Typing.desktop, y un programa ejecutado desde otro lugar la escribe en su carpeta de aplicaciones la primera vez: inténtelo de nuevo o reinstale el paquete
keyboard-no-display = no se puede acceder a la pantalla X ({ $detail }): escribir y los atajos requieren una sesión X11
# $what names the X11 request (technical, as it is).
keyboard-x11 = el servidor X rechazó { $what } ({ $detail })
# $what names the Wayland request (technical, in English, as it is).
keyboard-wayland-failed = el compositor Wayland rechazó { $what } ({ $detail })
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
