# Error messages: what happened and what to do. Shown by the window, the CLI
# ("error: MESSAGE [code]") and notifications; the codes never change, the words may.
# Variables are names, counts, paths and technical details; never a secret.

## Secrets, OTP parameters, otpauth links, accounts, storage, vault, keychain
## (otp/, otpauth.rs, account.rs, storage/)

secret-empty = das Geheimnis ist leer
secret-invalid-character = das Geheimnis ist kein gültiges Base32: Zeichen { $position } ist nicht A-Z oder 2-7
secret-too-long = das Geheimnis ist zu lang ({ $bytes } Bytes; höchstens { $max })

# --- end of storage ---

## Servers, enrollment, sign-in, backups, the agent, the app lock
## (identity/, enroll/, signin/, backups/, agent/)

# --- end of identity ---

## Import, export, QR images, the screen, the keyboard, icons
## (import_export/, screen/, keyboard/, issuer_icons/)

import-too-large = die Datei hat { $size } Bytes; Importdateien über 64 MiB werden nicht gelesen
import-unknown-format = das Format dieser Datei wurde nicht erkannt: --format angeben (eines von { $formats })
import-needs-password = diese { $format }-Datei ist verschlüsselt: ihr Passwort angeben (bei der Abfrage oder mit --password-stdin)
import-wrong-password = falsches Passwort für diese { $format }-Datei: nichts wurde importiert; erneut versuchen
import-malformed = dies ist keine gültige { $format }-Datei ({ $detail }): prüfen, ob es die richtige Datei ist, oder das richtige --format angeben
import-damaged = diese { $format }-Datei ist beschädigt ({ $detail }): sie erneut aus der App exportieren, aus der sie stammt
import-unsupported = diese { $format }-Datei kann nicht importiert werden: { $detail }
import-empty = diese { $format }-Datei enthält keine Konten
import-not-stored = { $text }; nichts wurde importiert
import-reason-duplicate = bereits gespeichert

export-other = { $text }
export-nothing = es gibt keine Konten zum Exportieren
export-needs-password = der { $format }-Export ist verschlüsselt: ein Passwort angeben (bei der Abfrage oder mit --password-stdin)
export-write = { $path } kann nicht geschrieben werden: { $detail }
export-encode = der Export konnte nicht geschrieben werden: { $detail }

qr-file-too-large = die Bilddatei hat { $size } Bytes; Dateien über 32 MiB werden nicht gelesen: ein Bildschirmfoto des QR-Codes verwenden
qr-image-too-large = das Bild ist zu groß, um es sicher zu dekodieren ({ $detail }): es auf den QR-Code zuschneiden (höchstens 8192 x 8192 Pixel)
qr-not-an-image = diese Datei ist kein lesbares PNG- oder JPEG-Bild ({ $detail })
qr-none = im Bild wurde kein QR-Code gefunden: ein schärferes, gerades Bild verwenden, auf dem der ganze Code zu sehen ist
qr-unreadable = ein QR-Code wurde gefunden, konnte aber nicht gelesen werden ({ $detail }): ein schärferes Bild versuchen

screen-no-display = der Bildschirm ist nicht erreichbar ({ $detail }): Scannen braucht eine X11- oder Wayland-Sitzung; oder den QR-Code als Bild speichern und importieren (`import FILE` oder „Import“ im Fenster)
screen-capture = der Bildschirm konnte nicht aufgenommen werden ({ $detail })
screen-cancelled = das Bildschirmfoto wurde abgelehnt oder abgebrochen: MFA Companion ein Bildschirmfoto erlauben, wenn die Arbeitsumgebung fragt (oder in ihren Datenschutzeinstellungen); oder ein Bildschirmfoto des QR-Codes kopieren und einfügen (Ctrl+V im Fenster, `add --from-clipboard`)
screen-no-portal = in dieser Wayland-Sitzung kann der Bildschirm nicht aufgenommen werden: die Arbeitsumgebung bietet kein Bildschirmfoto-Portal (org.freedesktop.portal.Screenshot: xdg-desktop-portal und das Backend der Arbeitsumgebung installieren) ({ $detail }); stattdessen ein Bildschirmfoto des QR-Codes kopieren und einfügen (Ctrl+V im Fenster, `add --from-clipboard`) oder es als Bild speichern und importieren (`import FILE`)
screen-no-clipboard-image = die Zwischenablage enthält kein Bild: zuerst ein Bildschirmfoto des QR-Codes kopieren
# $where is screen-on-screen or screen-on-clipboard.
screen-no-qr-code = kein QR-Code { $where } gefunden: die Seite vergrößern, damit der Code größer ist, oder eine Bilddatei verwenden
screen-unreadable = ein QR-Code wurde { $where } gesehen, konnte aber nicht gelesen werden: die Seite vergrößern oder eine Bilddatei verwenden
# $what: what each code holds (screen-other-…, in a screen-other-list).
screen-not-an-account = die QR-Codes { $where } enthalten kein Konto (Codes mit { $what })
screen-on-screen = auf dem Bildschirm
screen-on-clipboard = im Bild der Zwischenablage
# What a code that holds no account holds ($what of screen-not-an-account, and of the
# window's scan-skipped-other).
screen-other-web = einer Webadresse ({ $host })
screen-other-link = einem { $scheme }:-Link
screen-other-text = { $count ->
    [one] Text ({ $count } Zeichen)
   *[other] Text ({ $count } Zeichen)
}
screen-other-damaged-export = einem beschädigten Google-Authenticator-Export ({ $error })
# A list of them: the first, then the rest.
screen-other-list = { $first }; { $rest }

keyboard-bad-shortcut = das Tastenkürzel { $shortcut } kann nicht verwendet werden: { $why }
keyboard-shortcut-no-key = es nennt keine Taste
keyboard-shortcut-not-modifier = { $name } ist keine Zusatztaste (Ctrl, Alt, Shift, Super)
keyboard-shortcut-twice = { $name } kommt zweimal vor
keyboard-shortcut-needs-modifier = es braucht Ctrl, Alt oder Super
keyboard-shortcut-unknown-key = { $key } ist keine Taste, die diese App belegt (ein Buchstabe, eine Ziffer, F1 bis F24, Space, Return, Tab, Insert, Home, End, Pause)
keyboard-wayland = kein Code getippt: unter Wayland kann eine App nicht in andere Fenster tippen; stattdessen die Schnellsuche öffnen (Ctrl+Alt+M, wo die Arbeitsumgebung es anbietet, oder `mfa-companion show --search` in den Tastatureinstellungen der Arbeitsumgebung einem Kürzel zuweisen), mit Enter den Code kopieren und ihn mit Ctrl+V einfügen
keyboard-no-display = das X-Display ist nicht erreichbar ({ $detail }): Tippen und Tastenkürzel brauchen eine X11-Sitzung
# $what names the X11 request (technical, as it is).
keyboard-x11 = der X-Server hat { $what } abgelehnt ({ $detail })
keyboard-taken = { $shortcut } wird von einem anderen Programm belegt: in den Einstellungen ein anderes Tastenkürzel wählen
keyboard-no-title = kein Code getippt: der Titel des fokussierten Fensters ist nicht lesbar; in das auszufüllende Feld klicken und erneut versuchen
keyboard-own-window = kein Code getippt: das fokussierte Fenster gehört MFA Companion selbst; zuerst in das auszufüllende Feld klicken
keyboard-keys-held = kein Code getippt: Ctrl, Alt, Shift oder Super blieb gedrückt; die Tasten loslassen und erneut versuchen
# $what is one of keyboard-key-digit, -letter, -character, -shift, -shortcut.
keyboard-no-key = kein Code getippt: die Tastaturbelegung hat keine Taste für { $what }; stattdessen den Code kopieren
keyboard-key-digit = eine Ziffer
keyboard-key-letter = einen Buchstaben
keyboard-key-character = ein Zeichen des Codes
keyboard-key-shift = Shift
keyboard-key-shortcut = die Taste des Kürzels

icon-unreadable = das Bild { $path } kann nicht gelesen werden: { $reason }
icon-too-large = das Bild ist zu groß ({ $size } Bytes; die Grenze ist { $limit } Bytes): ein kleineres Logo verwenden
icon-not-an-image = die Datei ist kein PNG-, JPEG- oder SVG-Bild
icon-undecodable = das Bild kann nicht gelesen werden: { $detail }
icon-unsafe-svg = das SVG-Bild wird abgelehnt: { $reason }; das Logo als einfaches SVG oder als PNG speichern

window-entry-unusable = { $label }: { $reason }; nichts wurde hinzugefügt
window-already-stored = bereits gespeichert: { $labels }
window-no-names = einen Anbieter oder einen Kontonamen angeben, damit dieses Konto unterscheidbar ist
window-unknown-algorithm = unbekannter Algorithmus { $algorithm }: SHA1, SHA256 oder SHA512 verwenden
window-unknown-kind = unbekannte Art { $kind }: totp, hotp oder steam verwenden
window-qr-not-otpauth = der QR-Code enthält keine otpauth://-Konto-URI
window-qr-render = der QR-Code konnte nicht gezeichnet werden: { $detail }
window-no-account = kein Konto mit der ID { $id }: es wurde vielleicht schon entfernt
window-no-account-moved = kein Konto mit der ID { $id }: es wurde vielleicht entfernt
window-away-range = einen Wert zwischen 0 und { $max } Sekunden wählen
window-empty-password = ein leeres Passwort schützt nichts
window-no-pending-enrollment = keine ausstehende Registrierung { $id }
window-choose-server = einen Server wählen
window-type-passcode = den Code eingeben, den der Server Ihnen geschickt hat
window-no-language = keine Sprache { $language }: eine von { $languages } wählen
window-no-recovery-codes = die Codes eingeben oder einfügen, einen pro Zeile
window-nothing-picked = mindestens ein Konto zum Hinzufügen auswählen (oder erneut scannen)
window-challenge-expired = die Anmeldung bei { $server } wartet nicht mehr auf einen Code: erneut anmelden
window-import-no-file = die zu importierende Datei wählen
window-import-cannot-read = { $path } kann nicht gelesen werden: { $detail }
window-import-stale = diese Vorschau ist nicht mehr aktuell: die Datei erneut wählen
window-export-format = ein Exportformat wählen
window-export-no-file = wählen, wo der Export gespeichert wird
window-state = der interne Zustand ist nach einem früheren Fehler nicht verfügbar; die App neu starten
window-hotp-copy = ein zählerbasierter Code wird nach „Nächster Code“ aus seiner Zeile kopiert
window-backup-failed = die letzte automatische Sicherung ist fehlgeschlagen: { $detail }

# --- end of import ---
