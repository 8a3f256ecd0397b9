# MFA Companion: die Wörter des Fensters (ui/index.html und ui/*.js), auf Deutsch.
# Dieselben IDs und in jeder Nachricht dieselben Variablen wie en/ui.ftl.

## Shared words

dialog-close = Schließen
choose-file = Auswählen …
save = Speichern
save-changes = Änderungen speichern
cancel = Abbrechen
continue = Weiter
format-label = Format
passwords-differ = Die beiden Passwörter stimmen nicht überein.

## Header

header-settings = Einstellungen
header-search-placeholder = Suchen  ( / )
header-search-label = Konten durchsuchen
header-actions = Aktionen
header-add = + Hinzufügen
header-add-label = Konto hinzufügen
header-enroll = Registrieren
header-enroll-label = Bei einem Identitätsserver registrieren
header-servers = Server
header-servers-label = Identitätsserver
header-import = Import
header-import-label = Konten aus einer Datei importieren
header-import-title = Konten aus einer anderen App oder einer Sicherung importieren
header-export = Export
header-export-label = Konten in eine Datei exportieren
header-export-title = Konten in eine andere App oder eine Sicherung exportieren

## Lock screen

lock-title = MFA Companion ist gesperrt
lock-password = Passwort
lock-unlock = Entsperren

## Accounts list

pending-label = Offene Registrierungen
tag-filter-label = Nur die Konten mit einem Schlagwort anzeigen
tag-filter-all = Alle
sort-label = Sortieren
sort-added = wie hinzugefügt
sort-issuer = nach Anbieter
sort-name = nach Kontoname
sort-newest = neueste zuerst
sort-recently-used = zuletzt kopierte zuerst
sort-most-used = meistkopierte zuerst
sort-custom = eigene Reihenfolge (ziehen, oder Alt+↑ Alt+↓)
accounts-label = Konten und ihre aktuellen Codes
no-match = Kein Konto passt zur Suche und zum gewählten Schlagwort.
add-done = Hinzugefügt: { $names }
copy-done = { $label } kopiert; die Zwischenablage wird in { $seconds } s geleert
copy-press-next = Zuerst „Nächster Code“ drücken
pin-done = { $label } oben angeheftet
unpin-done = { $label } losgelöst

## Empty list

empty-title = Noch keine Konten
empty-ways = Drei Wege hinein:
empty-add = Konto hinzufügen
empty-add-hint = otpauth-Link, QR-Bild oder von Hand
empty-import = Konten importieren
empty-import-hint = Aegis, 2FAS, Google, Bitwarden, andOTP, FreeOTP+, Ente, KeePass, Proton, Authenticator Pro, Steam, LastPass, eine Sicherung
empty-enroll = Dieses Gerät registrieren
empty-enroll-hint = beim Server Ihrer Organisation

## Account card

card-account-fallback = Konto
card-no-name = (ohne Namen)
card-pinned = angeheftet
card-seconds-left =
    { $seconds ->
        [one] Noch { $seconds } Sekunde
       *[other] Noch { $seconds } Sekunden
    }
card-seconds = { $seconds } s
card-next-code = nächster { $code }
card-no-code = Kein Code angezeigt für { $label }
card-show-copy = Code für { $label } anzeigen und kopieren
card-copy-code = Code { $code } für { $label } kopieren
card-time-left =
    { $seconds ->
        [one] { $label }: der Code ändert sich in { $seconds } Sekunde
       *[other] { $label }: der Code ändert sich in { $seconds } Sekunden
    }
card-time-left-counter = { $label }: ein zählerbasierter Code, er ändert sich nur, wenn Sie den nächsten anfordern
card-next-hotp = Nächster Code
card-next-hotp-label = Nächster Code für { $label }
card-recovery-low = { $count } Wiederh.
card-recovery-low-label = Wiederherstellungscodes für { $label }: nur { $count } unbenutzt
card-actions-label = Aktionen für { $label }

## Account menu (⋮)

card-menu-label = Kontoaktionen
menu-pin = Oben anheften
menu-unpin = Loslösen
menu-move-up = Nach oben (Alt+↑)
menu-move-down = Nach unten (Alt+↓)
menu-tags = Schlagwörter, Notiz und Symbol …
menu-qr = QR-Code anzeigen …
menu-recovery = Wiederherstellungscodes …
menu-recovery-count = Wiederherstellungscodes ({ $count } unbenutzt) …
menu-remove = Entfernen …

## Import dialog

import-title = Konten importieren
import-path = Datei (ein Export von Aegis, 2FAS, Google Authenticator, Bitwarden, andOTP, FreeOTP+, eine FreeOTP-2-Sicherung, Ente Auth, eine otpauth-Liste, ein QR-Bild, eine Sicherung oder die interne Datei einer App von einem gerooteten Telefon)
import-path-placeholder = ~/Downloads/backup.json
import-format-detect = Automatisch erkennen
import-format-google = Google Authenticator (otpauth-migration)
import-format-bitwarden = Bitwarden JSON (unverschlüsselt oder passwortgeschützt)
import-format-andotp = andOTP (unverschlüsselt oder verschlüsselt .json.aes)
import-format-freeotp-backup = FreeOTP-2-Sicherung (externalBackup.xml, verschlüsselt)
import-format-ente = Ente Auth (Klartext oder verschlüsselt)
import-format-otpauth = otpauth-Links, einer pro Zeile
import-format-qr-image = QR-Bild
import-format-keepass = KeePass-/KeePassXC-Datenbank (.kdbx)
import-format-proton-authenticator = Proton Authenticator (JSON-Export)
import-format-authenticator-pro = Authenticator Pro / Stratum (.authpro, unverschlüsselt oder verschlüsselt)
import-format-lastpass = LastPass Authenticator (JSON-Export)
import-format-google-authenticator-db = Interne Datenbank von Google Authenticator (databases, gerootetes Telefon)
import-format-microsoft-authenticator = Interne Datenbank von Microsoft Authenticator (PhoneFactor, gerootetes Telefon)
import-format-authenticator-pro-db = Interne Datenbank von Authenticator Pro (proauth.db3, gerootetes Telefon)
import-format-authy = Interne Tokens von Authy (…tokens.authenticator.xml, gerootetes Telefon; fragt evtl. nach dem Sicherungspasswort)
import-format-battle-net = Interne Einstellungen von Battle.net Authenticator (gerootetes Telefon)
import-format-freeotp-xml = Interne tokens.xml von FreeOTP / FreeOTP+ (gerootetes Telefon)
import-format-totp-authenticator = TOTP-Authenticator-Sicherung (.bin, verschlüsselt)
import-format-totp-authenticator-xml = Interne Einstellungen von TOTP Authenticator (gerootetes Telefon)
import-format-duo = Interne accounts.json von Duo Mobile (gerootetes Telefon)
import-format-1password = 1Password-Export (.1pux)
import-format-proton-pass = Proton-Pass-Export (.zip oder data.json, ohne Verschlüsselung)
import-format-raivo = Raivo-OTP-Export (passwortgeschützte .zip)
import-format-authenticator-plus = Authenticator-Plus-Sicherung (authplus.db, Master-Passwort) oder Export (zip mit Accounts.txt)
import-format-backup = MFA-Companion-Sicherung
import-password = Passwort der Datei
import-read = Datei lesen
import-preview-label = Was die Datei enthält
import-commit = Auswahl importieren
import-back = Andere Datei wählen
import-row-label = { $label } importieren
import-row-recovery =
    { $count ->
        [one] { $count } Wiederherstellungscode
       *[other] { $count } Wiederherstellungscodes
    }
import-summary = Eine { $format }-Datei: { $new } neu, { $duplicate } bereits gespeichert, { $unusable } nicht importierbar.
import-summary-encrypted = Eine verschlüsselte { $format }-Datei: { $new } neu, { $duplicate } bereits gespeichert, { $unusable } nicht importierbar.
import-done =
    { $count ->
        [one] { $count } Konto importiert
       *[other] { $count } Konten importiert
    }

## Export dialog

export-title = Konten exportieren
export-format-backup = MFA-Companion-Sicherung (verschlüsselt, mit Wiederherstellungscodes)
export-format-aegis-encrypted = Aegis-Tresor (verschlüsselt)
export-format-2fas-encrypted = 2FAS-Sicherung (verschlüsselt)
export-format-keepass = KeePass-Datenbank, KDBX 4 (verschlüsselt; KeePassXC zeigt die Codes)
export-format-paper = Papiersicherung (eine HTML-Seite mit QR-Codes und Wiederherstellungscodes: im Browser öffnen und drucken; unverschlüsselt)
export-format-aegis = Aegis-Tresor (unverschlüsselt)
export-format-2fas = 2FAS-Sicherung (unverschlüsselt)
export-format-bitwarden = Bitwarden JSON (unverschlüsselt)
export-format-migration-qr = Google-Authenticator-QR-Codes (PNG, unverschlüsselt)
export-format-otpauth = otpauth-Links, einer pro Zeile (unverschlüsselt)
export-plain-warning = Diese Datei enthält Ihre Geheimnisse im Klartext: Wer sie liest, kann Ihre Codes erzeugen. In die andere App übernehmen und danach löschen.
export-password = Passwort
export-password2 = Dasselbe Passwort noch einmal
export-path = Speichern unter
export-path-placeholder = ~/mfa-companion.backup
export-submit = Exportieren
export-need-password = Ein Passwort wählen: Die Datei wird damit verschlüsselt.
export-done =
    { $count ->
        [one] { $count } Konto nach { $files } exportiert.
       *[other] { $count } Konten nach { $files } exportiert.
    }
export-done-skipped =
    { $count ->
        [one] { $count } Konto nach { $files } exportiert. Ausgelassen: { $skipped }.
       *[other] { $count } Konten nach { $files } exportiert. Ausgelassen: { $skipped }.
    }

## Settings dialog

settings-title = Einstellungen
settings-clear = Einen kopierten Code aus der Zwischenablage löschen nach (Sekunden, 1–3600; nur wenn sie ihn noch enthält)
settings-hide-codes = Codes bis zum Klick verbergen (Privatmodus: Ein Klick zeigt einen Code für seine Periode und kopiert ihn)
settings-away = Alle Codes verbergen, wenn das Fenster so lange im Hintergrund war (Sekunden, 0 = nie)
settings-theme = Erscheinungsbild
theme-system = Wie die Arbeitsumgebung es vorgibt
theme-light = Hell
theme-dark = Dunkel
settings-language = Sprache
language-system = Wie der Desktop (LANG)
settings-language-hint = Beim Wechsel der Sprache startet das Fenster neu.
settings-whole-seconds = Eine ganze Zahl von Sekunden eingeben.
settings-clear-saved = Kopierte Codes werden nach { $seconds } s gelöscht
privacy-hidden = Codes sind bis zum Klick verborgen
privacy-shown = Codes werden angezeigt
privacy-away-hidden = Codes werden nach { $seconds } s im Hintergrund verborgen
privacy-away-shown = Codes bleiben im Hintergrund sichtbar

## Settings: tray and desktop search

agent-title = Systemleiste und Desktop-Suche
agent-autostart = Den Agenten bei der Anmeldung starten (Systemleiste, Schnellkopie, Suche in GNOME Shell und KRunner; wenige MB)
agent-tray-codes = Codes im Systemleistenmenü anzeigen
agent-search-codes = Codes in den Ergebnissen der Desktop-Suche anzeigen
agent-running = Der Agent läuft.
agent-not-running = Der Agent läuft nicht.

## Settings: keyboard shortcuts

shortcuts-title = Tastenkürzel
shortcuts-hint = Unter X11 vom Agenten gehalten, in jeder Anwendung. Unter Wayland { $command } in den Tastatureinstellungen der Arbeitsumgebung zuweisen. Leer: kein Kürzel.
shortcut-show = Das Fenster mit fokussierter Suche hervorholen
shortcut-type = Den Code des Kontos tippen, das der Titel des fokussierten Fensters nennt
quick-search-hides = In der Schnellsuche kopiert Enter den ersten Treffer und verbirgt das Fenster
shortcuts-save = Kürzel speichern
shortcuts-saved = Gespeichert.
shortcuts-held = Der Agent hält sie.
shortcuts-not-held = Sie funktionieren, solange der Agent läuft.

## Settings: automatic backups

backup-title = Automatische Sicherungen
backup-dir = Ordner (ein Ordner, den Syncthing oder Nextcloud synchronisiert, hält Kopien auf Ihren anderen Rechnern)
backup-keep = Die neuesten behalten
backup-password = Passwort (wird nicht gespeichert: Ohne es lassen sich die Sicherungen nicht wiederherstellen)
backup-password2 = Passwort wiederholen
backup-turn-on = Einschalten
backup-now = Jetzt sichern
backup-off = Ausschalten
backup-state-on = Ein: nach jeder Änderung, nach { $dir }; die neuesten { $keep } werden behalten.
backup-state-off = Aus.
backup-last-ok =
    { $count ->
        [one] Letzte geprüfte Sicherung: { $when } ({ $count } Konto).
       *[other] Letzte geprüfte Sicherung: { $when } ({ $count } Konten).
    }
backup-last-failed = Die letzte Sicherung ist fehlgeschlagen ({ $when }): { $error }
backup-choose-folder = Einen Ordner wählen.
backup-turned-on = Automatische Sicherungen sind eingeschaltet
backup-turned-off = Automatische Sicherungen sind ausgeschaltet; die Dateien bleiben

## Add dialog

add-title = Konto hinzufügen
add-tabs-label = Wie hinzufügen
add-tab-uri = Link
add-tab-qr = QR-Bild
add-tab-scan = Bildschirm
add-tab-manual = Von Hand
add-uri = Einen otpauth://-Link einfügen (oder einen Exportlink von Google Authenticator)
add-uri-placeholder = otpauth://totp/Anbieter:sie@beispiel.de?secret=…
add-submit = Hinzufügen
add-qr-drop = Ein PNG oder JPEG mit einem QR-Code wählen oder hier ablegen (eines Kontos oder eines Google-Authenticator-Exports)
add-qr-too-big = Diese Datei ist größer als 32 MiB: ein Bildschirmfoto des QR-Codes verwenden.
manual-issuer = Anbieter
manual-account = Konto
manual-secret = Geheimnis (Base32)
manual-kind = Typ
manual-kind-totp = Zeitbasiert (TOTP)
manual-kind-hotp = Zählerbasiert (HOTP)
manual-algorithm = Algorithmus
manual-digits = Stellen
manual-period = Periode (s)
manual-counter = Zähler

## Add dialog: screen tab

scan-hint = Den QR-Code auf dem Bildschirm zeigen (im Browser, in beliebiger Größe) und dann scannen. Oder ein Bildschirmfoto machen und hier mit Ctrl+V einfügen.
scan-screen = Bildschirm scannen
scan-paste = Bild einfügen
scan-results-label = Gefundene Konten
scan-add = Auswahl hinzufügen
scan-screen-busy = Bildschirm wird gescannt …
scan-paste-busy = Eingefügtes Bild wird gelesen …
scan-batch-more = Google-Authenticator-Export: Code { $n } von { $of } gescannt; den nächsten zeigen und erneut scannen.
scan-batch-done = Google-Authenticator-Export: Code { $n } von { $of } gescannt.
scan-skipped-other = Ein QR-Code mit { $what } wurde übersprungen: kein Konto.
scan-found =
    { $count ->
        [one] { $count } Konto zum Hinzufügen gefunden.
       *[other] { $count } Konten zum Hinzufügen gefunden.
    }
scan-nothing = Nichts Neues hinzuzufügen.
scan-skipped-item = { $label }: { $reason }

## Tags dialog

tags-title = Schlagwörter
tags-title-for = Schlagwörter und Notiz von { $label }
tags-input = Schlagwörter, durch Kommas getrennt
tags-input-placeholder = Arbeit, Zuhause
tags-help = Bis zu 20 Schlagwörter mit bis zu 40 Zeichen; Groß- und Kleinschreibung spielt keine Rolle. Die Knöpfe über der Liste zeigen nur die Konten mit einem Schlagwort.
note-input = Notiz (verschlüsselt gespeichert; die Suche findet sie)
note-input-placeholder = die gedruckten Wiederherstellungscodes liegen im Safe
icon-select = Symbol
icon-auto = Automatisch (das Logo des Anbieters oder sein Buchstabe)
icon-letter = Buchstabe
icon-image = Eigenes Bild
icon-file = Oder ein eigenes Bild (PNG, JPEG oder SVG, höchstens 1 MB)
icon-file-placeholder = ~/Bilder/logo.png
icon-file-filter = Bilder
icon-help = Die Logos kommen mit der App (Simple Icons, CC0); keines wird aus dem Internet geladen. Ein Bild wird auf 64 Pixel Breite gebracht; ein SVG mit Skripten oder Verweisen nach außen wird abgelehnt.
tags-chips-label = Schlagwörter: { $tags }
tags-saved = Gespeichert
tags-saved-with = Gespeichert; Schlagwörter: { $tags }

## Remove dialog

remove-title = Konto entfernen
remove-text = { $label } entfernen? Geheimnis, Schlagwörter, Notiz und Wiederherstellungscodes gehen mit. Das lässt sich einige Sekunden lang rückgängig machen.
remove-cancel = Behalten
remove-confirm = Entfernen
remove-done = { $label } entfernt
remove-undo = Rückgängig
remove-undone = { $label } ist zurück
remove-undo-too-late = { $label } wurde bereits entfernt; aus einer Sicherung wiederherstellen

## QR code dialog

qr-title = QR-Code anzeigen
qr-title-for = QR-Code für { $label }
qr-warning = Dieser QR-Code enthält das Geheimnis des Kontos. Wer ihn sieht oder fotografiert, kann Ihre Codes erzeugen. Nur zeigen, um das Konto auf Ihr Telefon zu übertragen.
qr-confirm = QR-Code anzeigen
qr-image-alt = QR-Code des Kontos

## Enroll dialog

enroll-title = Dieses Gerät registrieren
enroll-server = Server
enroll-server-label = Serverprofil
enroll-no-server = Noch kein Server: unter „Server“ einen hinzufügen.
enroll-type = Methode
enroll-type-label = MFA-Methode
enroll-method-app = Authenticator-App (dieser Rechner)
enroll-method-email = Code per E-Mail
enroll-method-sms = Code per SMS
enroll-method-magic-link = Magischer Link
enroll-method-passkey = Passkey (im Browser)
enroll-start = Starten
enroll-passcode = Code, den der Server geschickt hat
enroll-show-codes = Wiederherstellungscodes anzeigen
enroll-show-qr = QR für ein Telefon
enroll-retry = Erneut versuchen
enroll-drift-behind = Die Uhr dieses Rechners geht { $seconds } s hinter der des Servers: Der Code verwendete die Serverzeit. Die Uhr stellen, damit Codes auch anderswo funktionieren.
enroll-drift-ahead = Die Uhr dieses Rechners geht { $seconds } s vor der des Servers: Der Code verwendete die Serverzeit. Die Uhr stellen, damit Codes auch anderswo funktionieren.
enroll-status-enabled-methods = Serverstatus: MFA aktiviert ({ $methods })
enroll-status-enabled = Serverstatus: MFA aktiviert
enroll-status-disabled-methods = Serverstatus: MFA nicht aktiviert ({ $methods })
enroll-status-disabled = Serverstatus: MFA nicht aktiviert
enroll-done = Fertig.
pending-unfinished = Registrierung bei { $server } ({ $method }) ist unvollständig: { $step }.
pending-resume = Fortsetzen
pending-resume-label = Registrierung bei { $server } fortsetzen
pending-discard = Verwerfen
pending-discard-label = Registrierung bei { $server } verwerfen
pending-discarded = Verworfen
pending-discarded-removed = Verworfen; entfernt: { $names }

## Servers dialog

servers-title = Identitätsserver
servers-list-label = Serverprofile
servers-checking = wird geprüft …
servers-sign-in-for-status = Anmelden, um den MFA-Status des Servers zu lesen
servers-mfa-enabled = MFA aktiviert ({ $methods })
servers-mfa-disabled = MFA nicht aktiviert
servers-edit = Bearbeiten
servers-edit-label = Server { $name } bearbeiten
servers-remove = Entfernen
servers-remove-label = Server { $name } entfernen
servers-remove-confirm = Das Serverprofil { $name } und sein Token entfernen?
server-form-title = Server hinzufügen
server-name = Name
server-api = API
server-api-tenant = Tenant-TOTP-API
server-url = Basis-URL
server-who-lerian = Benutzer-ID (oder anmelden)
server-who-user-id = Benutzer-ID
server-who-email = E-Mail
server-who-tenant = Tenant-ID
server-auth-url = Anmelde-URL
server-auth-url-placeholder = https://auth.example.com: anmelden statt eines Tokens
server-login = Benutzername
server-token = Bearer-Token
server-token-placeholder = Nicht nötig für ein Profil, das sich anmeldet
server-token-keep-placeholder = Leer lassen, um das gespeicherte Token zu behalten
server-save = Server speichern
server-cancel = Bearbeiten abbrechen
server-changed = Server geändert
server-changed-new-token = Server geändert; sein neues Token liegt im Schlüsselbund
server-changed-token-kept = Server geändert; sein Token bleibt
server-saved-sign-in = Server gespeichert; in seiner Zeile anmelden
server-saved-token = Server gespeichert; sein Token liegt im Schlüsselbund

## Servers dialog: signing in

session-signed-in = Angemeldet als { $who } · Token wird bei Bedarf erneuert (gültig bis { $until })
session-signed-out = Abgemeldet · Benutzername { $login }
session-sign-in = Anmelden
session-sign-out = Abmelden
session-sign-in-label = Bei Server { $name } anmelden
session-sign-out-label = Von Server { $name } abmelden
signin-title = Anmelden
signin-title-for = Bei { $name } anmelden
signin-username = Benutzername:
signin-password = Passwort
signin-method = Zweiter Faktor
signin-method-app = Mit dem Code dieser App antworten
signin-method-recovery = Einen gespeicherten Wiederherstellungscode verwenden
signin-method-email = Mir einen Code per E-Mail schicken
signin-method-sms = Mir einen Code per SMS schicken
signin-remember = Dieses Gerät merken
signin-passcode = Code, den der Server geschickt hat
signin-submit = Anmelden
signin-passcode-sent = Der Server hat einen Code per { $via } geschickt: unten eingeben.
signin-answered-app = Zweiten Faktor mit Ihrem Code für { $account } beantwortet.
signin-answered-app-retried = Zweiten Faktor mit Ihrem Code für { $account } beantwortet (der nächste Code, an einer Periodengrenze).
signin-answered-recovery = Einen Wiederherstellungscode von { $account } verwendet: { $left } von { $total } übrig.
signin-recovery-low = Nur noch wenige Wiederherstellungscodes: neue vom Server holen.
signin-answered-passcode = Mit dem per { $via } geschickten Code beantwortet.
signin-done = Bei { $server } angemeldet als { $who }.

## Recovery codes dialog

recovery-title = Wiederherstellungscodes
recovery-title-for = Wiederherstellungscodes · { $label }
recovery-none = Für dieses Konto sind noch keine Wiederherstellungscodes gespeichert.
recovery-counts = { $unused } unbenutzt, { $used } benutzt
recovery-counts-server = { $unused } unbenutzt, { $used } benutzt · vom Server { $server }
recovery-low = — werden knapp: neue Codes vom Server holen.
recovery-code-used = benutzt
recovery-code-used-note = benutzt ({ $note })
recovery-code-unused = unbenutzt
recovery-copy = Kopieren
recovery-copy-label = Wiederherstellungscode { $n } kopieren
recovery-mark-used = Als benutzt markieren
recovery-mark-used-label = Wiederherstellungscode { $n } als benutzt markieren
recovery-copied = Kopiert; wird in { $seconds } s gelöscht
recovery-reveal = Codes zeigen
recovery-export = Als Text exportieren
recovery-add-text = Anderswo erhaltene Codes hinzufügen (einer pro Zeile)
recovery-add = Codes hinzufügen
recovery-added =
    { $count ->
        [one] { $count } Code hinzugefügt
       *[other] { $count } Codes hinzugefügt
    }
