# Error messages: what happened and what to do. Shown by the window, the CLI
# ("error: MESSAGE [code]") and notifications; the codes never change, the words may.
# Variables are names, counts, paths and technical details; never a secret.

## Secrets, OTP parameters, otpauth links, accounts, storage, vault, keychain
## (otp/, otpauth.rs, account.rs, storage/)

secret-empty = the secret is empty
secret-invalid-character = the secret is not valid base32: character { $position } is not A-Z or 2-7
secret-too-long = the secret is too long ({ $bytes } bytes; at most { $max })

# --- end of storage ---

## Servers, enrollment, sign-in, backups, the agent, the app lock
## (identity/, enroll/, signin/, backups/, agent/)

# --- end of identity ---

## Import, export, QR images, the screen, the keyboard, icons
## (import_export/, screen/, keyboard/, issuer_icons/)

import-too-large = the file is { $size } bytes; import files over 64 MiB are not read
import-unknown-format = the format of this file could not be recognised: pass --format (one of { $formats })
import-needs-password = this { $format } file is encrypted: give its password (prompt, or --password-stdin)
import-wrong-password = wrong password for this { $format } file: nothing was imported; try again
import-malformed = this is not a valid { $format } file ({ $detail }): check it is the right file, or pass the right --format
import-damaged = this { $format } file is damaged ({ $detail }): export it again from the app it came from
import-unsupported = this { $format } file cannot be imported: { $detail }
import-empty = this { $format } file holds no accounts
import-not-stored = { $text }; nothing was imported
import-reason-duplicate = already stored

export-other = { $text }
export-nothing = there are no accounts to export
export-needs-password = the { $format } export is encrypted: give a password (prompt, or --password-stdin)
export-write = cannot write { $path }: { $detail }
export-encode = the export could not be written: { $detail }

qr-file-too-large = the image file is { $size } bytes; files over 32 MiB are not read: use a screenshot of the QR code
qr-image-too-large = the image is too large to decode safely ({ $detail }): crop it to the QR code (at most 8192 x 8192 pixels)
qr-not-an-image = this file is not a readable PNG or JPEG image ({ $detail })
qr-none = no QR code was found in the image: use a sharper, straight picture with the whole code visible
qr-unreadable = a QR code was found but could not be read ({ $detail }): try a sharper picture

screen-no-display = cannot reach the screen ({ $detail }): scanning needs an X11 or a Wayland session; or save the QR code as an image and import it (`import FILE`, or Import in the window)
screen-capture = the screen could not be captured ({ $detail })
screen-cancelled = the screenshot was refused or cancelled: allow MFA Companion to take a screenshot when the desktop asks (or in its privacy settings); or copy a screenshot of the QR code and paste it (Ctrl+V in the window, `add --from-clipboard`)
screen-no-portal = cannot capture the screen in this Wayland session: the desktop offers no screenshot portal (org.freedesktop.portal.Screenshot: install xdg-desktop-portal and the desktop's backend) ({ $detail }); copy a screenshot of the QR code and paste it instead (Ctrl+V in the window, `add --from-clipboard`), or save it as an image and import it (`import FILE`)
screen-no-clipboard-image = the clipboard holds no image: copy a screenshot of the QR code first
# $where is screen-on-screen or screen-on-clipboard.
screen-no-qr-code = no QR code found on { $where }: zoom the page in so the code is larger, or use an image file
screen-unreadable = a QR code was seen on { $where } but could not be read: zoom the page in, or use an image file
# $what: what each code holds (screen-other-…, in a screen-other-list).
screen-not-an-account = the QR code(s) on { $where } hold no account: { $what }
screen-on-screen = screen
screen-on-clipboard = the clipboard image
# What a code that holds no account holds ($what of screen-not-an-account, and of the
# window's scan-skipped-other).
screen-other-web = a web address ({ $host })
screen-other-link = a { $scheme }: link
screen-other-text = { $count ->
    [one] text ({ $count } character)
   *[other] text ({ $count } characters)
}
screen-other-damaged-export = a damaged Google Authenticator export ({ $error })
# A list of them: the first, then the rest.
screen-other-list = { $first }; { $rest }

keyboard-bad-shortcut = the shortcut { $shortcut } cannot be used: { $why }
keyboard-shortcut-no-key = it names no key
keyboard-shortcut-not-modifier = { $name } is not a modifier (Ctrl, Alt, Shift, Super)
keyboard-shortcut-twice = { $name } is named twice
keyboard-shortcut-needs-modifier = it needs Ctrl, Alt or Super
keyboard-shortcut-unknown-key = { $key } is not a key this app grabs (a letter, a digit, F1 to F24, Space, Return, Tab, Insert, Home, End, Pause)
keyboard-wayland = no code typed: on Wayland an app cannot type into other windows; open the quick search instead (Ctrl+Alt+M where the desktop offers it, or `mfa-companion show --search` bound to a shortcut in the desktop's keyboard settings), press Enter to copy the code and paste it with Ctrl+V
keyboard-no-display = cannot reach the X display ({ $detail }): typing and shortcuts need an X11 session
# $what names the X11 request (technical, as it is).
keyboard-x11 = the X server refused { $what } ({ $detail })
keyboard-taken = { $shortcut } is taken by another program: choose another shortcut in Settings
keyboard-no-title = no code typed: the focused window's title cannot be read; click into the field to fill, then try again
keyboard-own-window = no code typed: the focused window is MFA Companion's own; click into the field to fill first
keyboard-keys-held = no code typed: the Ctrl, Alt, Shift or Super key stayed pressed; release them and try again
# $what is one of keyboard-key-digit, -letter, -character, -shift, -shortcut.
keyboard-no-key = no code typed: the keyboard layout has no key for { $what }; copy the code instead
keyboard-key-digit = a digit
keyboard-key-letter = a letter
keyboard-key-character = a character of the code
keyboard-key-shift = Shift
keyboard-key-shortcut = the shortcut's key

icon-unreadable = cannot read the image { $path }: { $reason }
icon-too-large = the image is too large ({ $size } bytes; the limit is { $limit } bytes): use a smaller logo
icon-not-an-image = the file is not a PNG, JPEG or SVG image
icon-undecodable = the image cannot be read: { $detail }
icon-unsafe-svg = the SVG image is refused: { $reason }; save the logo as a plain SVG or a PNG

window-entry-unusable = { $label }: { $reason }; nothing was added
window-already-stored = already stored: { $labels }
window-no-names = give an issuer or an account name so you can tell this account apart
window-unknown-algorithm = unknown algorithm { $algorithm }: use SHA1, SHA256 or SHA512
window-unknown-kind = unknown kind { $kind }: use totp, hotp or steam
window-qr-not-otpauth = the QR code does not hold an otpauth:// account URI
window-qr-render = the QR code could not be drawn: { $detail }
window-no-account = no account with id { $id }: it may have been removed already
window-no-account-moved = no account with id { $id }: it may have been removed
window-away-range = choose between 0 and { $max } seconds
window-empty-password = an empty password protects nothing
window-no-pending-enrollment = no pending enrollment { $id }
window-choose-server = choose a server
window-type-passcode = type the passcode the server sent you
window-no-language = no language { $language }: choose one of { $languages }
window-no-recovery-codes = type or paste the codes, one per line
window-nothing-picked = pick at least one account to add (or scan again)
window-challenge-expired = the sign-in to { $server } is no longer waiting for a passcode: sign in again
window-import-no-file = choose the file to import
window-import-cannot-read = cannot read { $path }: { $detail }
window-import-stale = this preview is no longer current: choose the file again
window-export-format = choose an export format
window-export-no-file = choose where to save the export
window-state = internal state is unavailable after an earlier failure; restart the app
window-hotp-copy = a counter-based code is copied from its row after "next code"
window-backup-failed = the last automatic backup failed: { $detail }

# --- end of import ---
