# Error messages: what happened and what to do. Shown by the window, the CLI
# ("error: MESSAGE [code]") and notifications; the codes never change, the words may.
# Variables are names, counts, paths and technical details; never a secret.

## Secrets, OTP parameters, otpauth links, accounts, storage, vault, keychain
## (otp/, otpauth.rs, account.rs, storage/)

secret-empty = el secreto está vacío
secret-invalid-character = el secreto no es base32 válido: el carácter { $position } no es A-Z ni 2-7
secret-too-long = el secreto es demasiado largo ({ $bytes } bytes; como máximo { $max })

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
identity-other = { $text }
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
signin-other = { $text }
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
enroll-other = { $text }
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
backup-other = { $text }
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
backup-keep = conserve entre 1 y 1000 copias (se recibió { $keep })

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
agent-not-running = no está en ejecución
agent-no-answer = no respondió en { $secs } s
agent-start = no se pudo iniciar el agente: { $detail }
agent-no-home = no hay carpeta personal: defina HOME (o XDG_CONFIG_HOME y XDG_DATA_HOME)
agent-cannot-write = no se puede escribir { $path }: { $error }
agent-cannot-remove = no se puede eliminar { $path }: { $error }
agent-cannot-locate = no se sabe dónde está este programa: { $error }
agent-runtime = no se puede iniciar el entorno de red: { $error }
agent-token-failed = la solicitud del token falló de forma inesperada
agent-window = no se pudo abrir la ventana ({ $error }); ejecute `mfa-companion-desktop`
agent-desktop-shortcut = en esta sesión de Wayland el escritorio gestiona el atajo de búsqueda rápida (portal GlobalShortcuts): cámbielo en la configuración de teclado del escritorio; escribir un código (Ctrl+Alt+T) no está disponible en Wayland
agent-desktop-shortcut-bound = en esta sesión de Wayland el escritorio gestiona el atajo de búsqueda rápida ({ $trigger }) (portal GlobalShortcuts): cámbielo en la configuración de teclado del escritorio; escribir un código (Ctrl+Alt+T) no está disponible en Wayland
agent-bind-yourself = asigne `mfa-companion show --search` a un atajo en la configuración de teclado del escritorio
agent-no-shortcuts-wayland = el agente no gestiona atajos en esta sesión (Wayland sin portal GlobalShortcuts, o sin pantalla X): { $hint }
agent-no-shortcuts-x = el agente no gestiona atajos en esta sesión (sin pantalla X): { $hint }
agent-other-folder = el agente sirve otra carpeta de datos
agent-unreadable-answer = el agente dio una respuesta que esta versión no puede leer: { $error }
agent-bus = el agente no puede usar el bus de sesión ({ $error }); se ejecuta dentro de una sesión de escritorio

# Settings and copying
settings-theme = no existe el tema { $name }: elija system, light o dark
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

# --- end of import ---
