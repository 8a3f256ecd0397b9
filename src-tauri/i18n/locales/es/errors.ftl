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
