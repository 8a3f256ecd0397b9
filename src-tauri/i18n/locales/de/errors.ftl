# Error messages: what happened and what to do. Shown by the window, the CLI
# ("error: MESSAGE [code]") and notifications; the codes never change, the words may.
# Variables are names, counts, paths and technical details; never a secret.

# Text that is not ours, shown as it is (an OS error, a parser's technical detail).
as-is = { $text }

## Secrets, OTP parameters, otpauth links, accounts, storage, vault, keychain
## (otp/, otpauth.rs, account.rs, storage/)

secret-empty = das Geheimnis ist leer
secret-invalid-character = das Geheimnis ist kein gültiges Base32: Zeichen { $position } ist nicht A-Z oder 2-7
secret-too-long = das Geheimnis ist zu lang ({ $bytes } Bytes; höchstens { $max })

# OTP parameters ($digits, $period: what was asked for)
params-digits =
    { $digits ->
        [one] { $digits } Stelle wird
       *[other] { $digits } Stellen werden
    } nicht unterstützt: 6, 7 oder 8 verwenden
params-period = ein Zeitraum von { $period } s wird nicht unterstützt: 1 bis 3600 Sekunden verwenden (üblich sind 30)
params-steam = Steam-Guard-Codes sind immer SHA1 mit 5 Zeichen

# otpauth:// links. $found: the value given, in quotes; $part: a URI parameter's name
uri-too-long = der URI ist { $len } Bytes lang; höchstens { $max } werden angenommen
uri-scheme = kein otpauth-URI: er muss mit otpauth:// beginnen
uri-type = unbekannter OTP-Typ { $found }: erwartet wird totp, hotp oder steam
# $kind: label, name (a parameter's name) or value (the value of parameter $part)
uri-encoding =
    { $kind ->
        [label] die Bezeichnung ist
        [name] der Name eines Parameters ist
       *[value] der Parameter { $part } ist
    } kein gültiges prozentkodiertes UTF-8
uri-duplicate = der Parameter { $name } kommt mehr als einmal vor
uri-missing-secret = der Parameter secret fehlt
# $reason: what is wrong with the secret (a secret-… message)
uri-secret = ungültiges Geheimnis: { $reason }
uri-algorithm = nicht unterstützter Algorithmus { $found }: SHA1, SHA256 oder SHA512 verwenden
uri-digits = ungültige Stellenzahl { $found }: 6, 7 oder 8 verwenden
uri-period = ungültiger Zeitraum { $found }: 1 bis 3600 Sekunden verwenden
uri-missing-counter = der Parameter counter fehlt (für hotp erforderlich)
uri-counter = ungültiger Zähler { $found }: er muss eine ganze Zahl sein
# $part: issuer or account (the account name)
uri-name-too-long =
    { $part ->
        [issuer] der Anbieter ist
       *[account] der Kontoname ist
    } länger als { $max } Zeichen
uri-name-control =
    { $part ->
        [issuer] der Anbieter enthält
       *[account] der Kontoname enthält
    } Steuerzeichen

# Accounts. $label: issuer:account; $id: the account's id; $query: what was asked for, in quotes
account-record-id = ungültige Konto-ID { $id }
# $field: period or counter (a field of the file)
account-record-missing = Konto { $id }: { $field } fehlt
# $reason: a params-… message
account-record-params = Konto { $id }: { $reason }
account-not-found = kein Konto passt zu { $query }: siehe `mfa-companion list`
# $matches: "id (issuer:account)" of each, separated by commas
account-ambiguous =
    { $query } passt zu { $count ->
        [one] { $count } Konto
       *[other] { $count } Konten
    }: { $matches }; eine ID oder Anbieter:Konto verwenden
account-secret-missing = das Geheimnis von { $label } (ID { $id }) fehlt im Tresor: das Konto entfernen und neu hinzufügen oder `mfa-companion doctor --repair` ausführen
# $reason: what is wrong with the secret (a secret-… message; never the secret)
account-secret-damaged = das Geheimnis von { $label } (ID { $id }) ist beschädigt ({ $reason }): das Konto entfernen und neu hinzufügen
account-counter-exhausted = der Zähler von { $label } kann nicht weiter vorrücken
account-note-too-long = die Notiz ist länger als { $max } Zeichen
account-note-control = die Notiz enthält Steuerzeichen
# $tag: the tag as given, in quotes
account-tag-empty = das Schlagwort { $tag } ist leer
account-tag-too-long = das Schlagwort { $tag } ist länger als { $max } Zeichen
account-tag-control = das Schlagwort { $tag } enthält Steuerzeichen
account-tag-sign = das Schlagwort { $tag } beginnt mit + oder - (diese fügen ein Schlagwort hinzu und entfernen es)
account-tag-too-many = das wäre ein Schlagwort zu viel (ein Konto trägt höchstens { $max })
# $name: the icon's name as given, in quotes
account-icon-unknown = kein Symbol namens { $name } im mitgelieferten Satz: `mfa-companion icons` listet sie auf, oder "letter" verwenden

# Storage. $path: a file or folder; $error: what the operating system said
storage-no-data-dir = kein Datenordner: XDG_DATA_HOME oder HOME setzen
# $cause: why the change failed; $undo: why undoing it failed (both messages)
storage-rollback-failed = { $cause }; das dafür gespeicherte Geheimnis konnte nicht wieder entfernt werden ({ $undo }): `mfa-companion doctor` ausführen, um abzugleichen
storage-id-taken = keine freie Konto-ID gefunden; erneut versuchen
storage-server-exists = ein Serverprofil namens { $name } existiert bereits: einen anderen Namen wählen oder --replace angeben
storage-server-not-found = kein Serverprofil namens { $name }: siehe `mfa-companion server list`
storage-token-missing = das Token des Serverprofils { $name } fehlt im Schlüsselbund: es mit `mfa-companion server add { $name } ... --replace` erneut speichern
# $action: a storage-action-… message
storage-io = Fehler beim { $action } { $path }: { $error }
# $detail: what the parser said; $backup: the backup file
storage-damaged = die Kontendatei { $path } ist beschädigt ({ $detail }); sie wurde nicht angerührt: sie aus { $backup } oder einer Sicherung wiederherstellen
# $found: the file's version; $version: the newest this release reads
storage-newer-version = die Kontendatei { $path } hat Version { $found }, neuer als diese Version versteht ({ $version }): mfa-companion aktualisieren
# A message of another part of the app, as it is
# What was being done to a file or folder, followed by its path (storage-io, vault-io)
storage-action-read = Lesen von
storage-action-read-back = Zurücklesen von
storage-action-write = Schreiben von
storage-action-create = Anlegen von
storage-action-open = Öffnen von
storage-action-lock = Sperren von
storage-action-remove = Entfernen von
storage-action-sync = Synchronisieren von
storage-action-encode = Kodieren von
storage-action-replace = Ersetzen von
storage-action-keep-copy = Aufbewahren einer Kopie von
storage-action-keep-previous = Aufbewahren der vorigen Version von
storage-action-create-data-folder = Anlegen des Datenordners
storage-action-write-test-file = Schreiben einer Testdatei in
storage-action-open-lock-file = Öffnen der Sperrdatei
storage-action-remove-old-file = Entfernen der alten Datei
storage-action-create-file-in = Anlegen einer Datei in
storage-action-write-file-in = Schreiben einer Datei in
# `mfa-companion doctor`'s clock check. $time: Unix time in seconds
storage-clock-wrong = die Systemuhr zeigt { $time } (Unix-Zeit), das kann nicht stimmen: Datum und Uhrzeit einstellen, die Codes hängen davon ab
storage-clock-synchronized = von systemd-timesyncd synchronisiert
storage-clock-plausible = plausibel; Status der Zeitsynchronisierung über das Netz unbekannt (die Codes brauchen die Uhr auf wenige Sekunden genau)

# The vault. $detail: what failed (technical)
vault-damaged = der Tresor { $path } ist beschädigt ({ $detail }): er wurde belassen, wie er ist; `mfa-companion doctor --repair` ausführen, um die vorige Version oder eine Sicherung wiederherzustellen
# $found: the vault's format version
vault-newer-version = der Tresor { $path } wurde von einem neueren MFA Companion geschrieben (Format { $found }): die App aktualisieren
# $item: the keychain item's name
vault-key-missing = der Schlüssel des Tresors fehlt im Schlüsselbund (Eintrag { $item }): der Tresor kann nicht entschlüsselt werden; den Schlüsselbund wiederherstellen oder eine Sicherung in einen neuen Datenordner wiederherstellen. Die Tresordatei wurde belassen, wie sie ist
# $action: a storage-action-… message
vault-io = Fehler beim { $action } { $path }: { $error }
vault-verify-failed = der neue Tresor ließ sich nach dem Schreiben nicht prüfen ({ $detail }); der vorige Tresor blieb unverändert: den Datenträger prüfen und erneut versuchen

# The app lock
lock-app-locked = gesperrt: `mfa-companion unlock` ausführen
lock-off = die App-Sperre ist aus: `mfa-companion lock enable` schaltet sie ein
lock-wrong-password = falsches Passwort: nichts wurde geändert

# Recovery codes. $account: the account (issuer:account)
recovery-no-codes = für { $account } sind keine Wiederherstellungscodes gespeichert: welche mit `mfa-companion recovery add { $account }` hinzufügen
recovery-unknown-code = dieser Code ist keiner der für { $account } gespeicherten Wiederherstellungscodes
recovery-all-used = alle Wiederherstellungscodes von { $account } sind benutzt: neue vom Server holen und hinzufügen

# The OS keychain. $detail: what the keychain reported; $key: an item's key
keychain-unavailable = der Schlüsselbund des Systems ist nicht verfügbar ({ $detail }): gnome-keyring oder KWallet in der Desktop-Sitzung starten (auf einem Rechner ohne Bildschirm: `gnome-keyring-daemon --unlock` innerhalb von `dbus-run-session` ausführen), dann erneut versuchen
keychain-locked = der Schlüsselbund des Systems ist gesperrt oder hat den Zugriff verweigert: ihn entsperren (zum Beispiel in Passwörter und Verschlüsselung / Seahorse oder mit `gnome-keyring-daemon --unlock`) und erneut versuchen
keychain-not-found = kein Schlüsselbundeintrag für { $key }
keychain-ambiguous =
    { $count ->
        [one] { $count } Schlüsselbundeintrag hat
       *[other] { $count } Schlüsselbundeinträge teilen sich
    } den Schlüssel { $key }: die überzähligen in Passwörter und Verschlüsselung / Seahorse entfernen
keychain-corrupt = der Schlüsselbundeintrag { $key } ist für diese App nicht lesbar (sein Inhalt ist ungültig): ihn entfernen oder aus einer Sicherung wiederherstellen
keychain-failed = der Schlüsselbund des Systems meldete einen Fehler: { $detail }

# --- end of storage ---

## Servers, enrollment, sign-in, backups, the agent, the app lock
## (identity/, enroll/, signin/, backups/, agent/)

# Servers' answers: what to do, then the server's own words as they are
server-answered = { $advice }: Der Server antwortete { $status }{ $details }: { $message }
server-no-message = (keine Nachricht)
server-already-enabled = MFA ist für diesen Benutzer bereits aktiviert
server-passcode-rejected = der Server hat den Code abgelehnt: die Uhr (`mfa-companion doctor`) oder den eingegebenen Code prüfen, dann erneut versuchen
server-verification-failed = der Server hat den Code abgelehnt: die Uhr prüfen (`mfa-companion doctor`), dann erneut versuchen
server-not-verified = der Server hat für diese Einrichtung noch keinen Code bestätigt
server-setup-missing = der Server hat für diesen Benutzer keine laufende MFA-Einrichtung: diese Registrierung verwerfen und neu beginnen
server-recovery-rejected = der Server hat den Wiederherstellungscode nicht angenommen
server-unknown-user = der Server kennt diese Benutzer-ID nicht: --user des Profils prüfen
server-bad-user-id = laut Server ist die Benutzer-ID fehlerhaft: --user des Profils prüfen
server-bad-type = der Server bietet diesen MFA-Typ nicht an
server-signed-out = der Server hat das Aktualisierungstoken abgelehnt (die Sitzung ist beendet): mit `mfa-companion login` erneut anmelden
server-request-rejected = der Server hat die Form der Anfrage nicht angenommen (diese App und der Server sprechen womöglich verschiedene API-Versionen)
server-tenant-mismatch = die Tenant-ID des Profils und das Token gehören zu verschiedenen Tenants: --tenant oder das Token prüfen
server-unauthorized = der Server hat das Token nicht angenommen: ein neues speichern (Server, Bearbeiten im Fenster; `mfa-companion server add` mit demselben Namen und --replace)
server-forbidden = der Server hat dies für diesen Benutzer abgelehnt
server-not-found = der Server hat keine solche Ressource: die URL des Profils prüfen
server-failed = der Server ist fehlgeschlagen: später erneut versuchen
server-error = der Server hat die Anfrage abgelehnt

# Identity clients
identity-bad-url = die Server-URL { $url } ist nicht verwendbar: { $reason }
identity-url-credentials = Zugangsdaten gehören nicht in die URL; nach dem Token wird gesondert gefragt
identity-url-query = die Basis-URL darf keine Query und kein Fragment haben
identity-url-scheme = Schema { $scheme } wird nicht unterstützt: https:// verwenden
identity-url-no-host = kein Host
identity-insecure-url = unverschlüsseltes http:// zu { $url } wird abgelehnt: Tokens und Geheimnisse würden das Netz unverschlüsselt durchqueren; https:// verwenden (http ist nur für 127.0.0.1, localhost und [::1] erlaubt)
identity-bad-token = das Token ist leer oder fehlerhaft: nur das Bearer-Token einfügen, in einer Zeile
identity-bad-profile = ungültiges Serverprofil: { $reason }
identity-profile-name = der Name { $name } muss aus 1–64 Buchstaben, Ziffern, ‚-‘, ‚_‘ oder ‚.‘ bestehen
identity-profile-country = --country { $country } ist kein zweibuchstabiger ISO-3166-1-Code wie BR
identity-profile-signin-lerian = nur Lerian-Profile melden sich an (--auth-url und --login)
identity-profile-login = --login { $login } ist kein Benutzername (1–256 Zeichen, eine Zeile)
identity-profile-login-needs-auth-url = --login braucht --auth-url <AUTH_URL>
identity-profile-auth-url-needs-login = --auth-url braucht --login <USERNAME>
identity-profile-user = --user { $user } ist keine Benutzer-ID (eine UUID)
identity-profile-lerian-needs-user = ein Lerian-Profil braucht --user <USER_ID> oder --auth-url und --login zum Anmelden
identity-profile-tenant = --tenant { $tenant } ist keine Tenant-ID (eine UUID)
identity-profile-tenant-needed = ein Profil der Tenant-API braucht --tenant <TENANT_ID>
identity-profile-email = --email { $email } ist keine E-Mail-Adresse
identity-profile-email-needed = ein Flashback-Profil braucht --email <EMAIL>
identity-profile-tenant-header = die Tenant-ID kann nicht als Header gesendet werden
identity-profile-no-user = das Profil { $name } hat keine Benutzer-ID
identity-profile-no-email = das Profil { $name } hat keine E-Mail-Adresse
identity-profile-no-tenant = das Profil { $name } hat keine Tenant-ID
identity-wrong-type = { $given } ist kein MFA-Typ der API { $family }: { $family ->
    [lerian] app, email oder sms
    [flashback] GOOGLE_AUTH, MAGIC_LINK oder PASSKEY
   *[tenant] totp
} verwenden
identity-connect = { $url } ist nicht erreichbar: { $detail }; URL und Netzwerk prüfen, dann erneut versuchen
identity-timeout = { $url } hat nicht innerhalb von { $secs } s geantwortet; der Server ist womöglich ausgefallen oder überlastet, später erneut versuchen
identity-too-large = { $url } hat eine Antwort über 1 MiB geschickt, die keine Identitäts-API braucht: sie wird nicht gelesen (stimmt die URL?)
identity-redirect = { $url } hat zu { $to } umgeleitet, einem anderen Host: Das Token wird nicht dorthin gesendet; die URL des Profils prüfen
identity-not-json-failing = { $url } antwortete HTTP { $status } mit { $type } statt JSON: Der Identitätsdienst oder ein vorgeschalteter Proxy fällt aus, später erneut versuchen
identity-not-json = { $url } antwortete HTTP { $status } mit { $type } statt JSON: Ist das die URL der Identitäts-API?
identity-malformed = { $url } hat eine Antwort geschickt, die diese App nicht versteht: { $detail }
identity-answer-no-token = die Antwort enthält weder ein accessToken noch ein mfaToken
identity-answer-bad-token = das Feld { $field } ist kein verwendbares Token
identity-answer-expires = das Feld "expiresIn" fehlt oder ist keine Sekundenzahl
identity-answer-no-success = kein "success" in der Antwort
identity-answer-no-data = kein "data"-Objekt in der Antwort
identity-answer-not-json = der Inhalt ist kein gültiges JSON ({ $error })
identity-answer-not-text = das Feld { $field } fehlt oder ist kein Text
identity-answer-not-bool = das Feld { $field } fehlt oder ist nicht true/false
identity-answer-false = Antwort 200 mit { $field }: false
identity-answer-not-code = { $field } enthält etwas, das kein Code ist
identity-answer-not-list = { $field } ist keine Liste
identity-answer-secret = das Geheimnis ist kein gültiges Base32 ({ $error })
identity-answer-uri = seine otpauth-URL ist ungültig ({ $error })
identity-answer-secret-differs = das Geheimnis und das Geheimnis der otpauth-URL unterscheiden sich
identity-answer-no-recovery-codes = keine recoveryCodes: der Aktivierungsschritt braucht einen, daher kann die Registrierung nicht weitergehen
identity-no-enable-step = diese API hat keinen eigenen Aktivierungsschritt
identity-no-status-call = die Tenant-TOTP-API hat keinen Statusaufruf: ihre Registrierung endet mit einer erfolgreichen Bestätigung
identity-cannot-encode = die Anfrage lässt sich nicht kodieren: { $detail }

# Signing in
signin-not-a-signin-profile = Server { $name } meldet sich nicht an (er hält ein eingefügtes Token): zum Anmelden durch `mfa-companion server add { $name } --api lerian --url IDENTITY_URL --auth-url AUTH_URL --login USERNAME --replace` ersetzen
signin-signed-out = von { $name } abgemeldet ({ $why }): `mfa-companion login --server { $name }` ausführen
signin-credentials-refused = { $name }: Der Server hat Benutzername oder Passwort abgelehnt; `--login` des Profils prüfen und das Passwort erneut eingeben ({ $server })
signin-challenge-expired = { $name }: Die Anmeldeabfrage ist abgelaufen, bevor sie beantwortet wurde; `mfa-companion login --server { $name }` erneut ausführen ({ $server })
signin-passcode-refused = { $name }: Der Server hat den Code abgelehnt; die Uhr dieses Rechners (`mfa-companion doctor`) oder den eingegebenen Code prüfen, dann erneut anmelden ({ $server })
signin-recovery-refused = { $name }: Der Server hat den Wiederherstellungscode abgelehnt, der als benutzt markiert bleibt; { $left ->
    [one] { $left } unbenutzter bleibt
   *[other] { $left } unbenutzte bleiben
}: `mfa-companion login --server { $name } --recovery` erneut ausführen, um den nächsten zu verwenden ({ $server })
signin-no-app-account = { $name } fragt nach einem Authenticator-Code, aber kein Konto in dieser App wurde bei Server { $name } registriert: erst registrieren (`mfa-companion enroll --server { $name }`) oder mit --recovery oder --method email|sms antworten
signin-no-recovery-codes = in dieser App sind keine Wiederherstellungscodes von Server { $name } gespeichert: mit dem Code des Authenticators antworten oder --method email|sms verwenden
signin-recovery-exhausted = alle für Server { $name } gespeicherten Wiederherstellungscodes sind benutzt: mit dem Authenticator-Code anmelden und neue Codes vom Server holen (`mfa-companion recovery add`)
signin-no-passcode = kein Code angegeben: --passcode übergeben oder den Code eingeben, den der Server geschickt hat
signin-lock = { $path } kann nicht gesperrt werden: { $error }

# Enrollment
enroll-pending-exists = eine Registrierung bei { $server } ist bereits offen ({ $step })
enroll-step-started = Einrichtung nicht abgeschlossen
enroll-step-setup-stored = Einrichtung gespeichert, als Nächstes Bestätigung
enroll-step-verified = bestätigt, als Nächstes Aktivierung
enroll-step-enabled = aktiviert, als Nächstes Status
enroll-busy = die Registrierung { $id } wird von einem anderen mfa-companion-Prozess ausgeführt: warten, bis er fertig ist
enroll-nothing-stored = { $error }. Lokal wurde nichts gespeichert
enroll-kept = { $error }. Alles bisher Gespeicherte bleibt erhalten; `mfa-companion enroll --resume { $id }` ausführen, um fortzufahren, oder `enroll --discard { $id }`, um sie zu verwerfen
enroll-damaged = die offene Registrierung hat kein Konto, mit dem sich ein Code berechnen ließe: sie verwerfen und neu registrieren
enroll-no-recovery-code = für diese Registrierung wurde kein Wiederherstellungscode gespeichert, und die Aktivierung braucht einen

# Automatic backups
backup-not-configured = automatische Sicherungen sind nicht eingerichtet: `mfa-companion backup configure --dir DIR` ausführen
backup-bad-config = die Sicherungseinstellungen { $path } sind beschädigt ({ $detail }): `mfa-companion backup configure` erneut ausführen
backup-config-range = keep muss 1–1000 sein und der Ordner ein absoluter Pfad
backup-key-missing = der Sicherungsschlüssel fehlt im Schlüsselbund (Eintrag { $item }): `mfa-companion backup configure` erneut ausführen
backup-io = { $action ->
    [read] { $path } kann nicht gelesen werden
    [resolve] { $path } kann nicht aufgelöst werden
    [create-folder] der Sicherungsordner { $path } kann nicht angelegt werden
    [derive-key] für { $path } kann kein Schlüssel abgeleitet werden
    [write] { $path } kann nicht geschrieben werden
    [remove] { $path } kann nicht entfernt werden
    [lock] { $path } kann nicht gesperrt werden
    [encrypt] die Sicherung für { $path } kann nicht verschlüsselt werden
   *[read-folder] der Sicherungsordner { $path } kann nicht gelesen werden
}: { $error }
backup-unverified = die Sicherung { $path } hat die Prüfung nicht bestanden ({ $detail }) und wurde gelöscht: den Datenträger des Sicherungsordners prüfen
backup-verify-read = sie lässt sich nicht zurücklesen: { $error }
backup-verify-count = { $read ->
    [one] { $read } Eintrag zurückgelesen
   *[other] { $read } Einträge zurückgelesen
}, { $written } geschrieben
backup-verify-entry = Eintrag { $entry }: { $error }
backup-verify-differs = Eintrag { $entry } weicht vom Geschriebenen ab
backup-keep-invalid = zwischen 1 und 1000 Sicherungen behalten (erhalten: { $keep })

# The agent
agent-io = der MFA-Companion-Agent kann { $action ->
    [write] nicht in { $path } schreiben
    [read] nicht aus { $path } lesen
    [create] { $path } nicht anlegen
    [protect] { $path } nicht schützen
   *[listen] nicht an { $path } lauschen
}: { $error }
agent-protocol = der MFA-Companion-Agent gab eine unerwartete Antwort: ihn mit `mfa-companion lock now` und `mfa-companion unlock` neu starten
agent-not-started = der MFA-Companion-Agent ist nicht gestartet ({ $detail }): `mfa-companion agent` ausführen, um den Grund zu sehen
agent-reason-not-running = er läuft nicht
agent-no-answer = er hat nicht innerhalb von { $secs } s geantwortet
agent-start = der Agent konnte nicht gestartet werden: { $detail }
agent-no-home = kein persönlicher Ordner: HOME setzen (oder XDG_CONFIG_HOME und XDG_DATA_HOME)
agent-cannot-write = { $path } kann nicht geschrieben werden: { $error }
agent-cannot-remove = { $path } kann nicht entfernt werden: { $error }
agent-cannot-locate = es lässt sich nicht feststellen, wo dieses Programm liegt: { $error }
agent-runtime = die Netzwerk-Laufzeit kann nicht gestartet werden: { $error }
agent-token-failed = die Token-Anfrage ist unerwartet fehlgeschlagen
agent-window = das Fenster konnte nicht geöffnet werden ({ $error }); `mfa-companion-desktop` ausführen
agent-desktop-shortcut = in dieser Wayland-Sitzung hält die Arbeitsumgebung das Tastenkürzel der Schnellsuche (GlobalShortcuts-Portal): es in den Tastatureinstellungen der Arbeitsumgebung ändern; zum Eintippen eines Codes auch `mfa-companion type` zuweisen (sway und andere wlroots-Arbeitsumgebungen, KDE Plasma; GNOME lässt keine App tippen)
agent-desktop-shortcut-bound = in dieser Wayland-Sitzung hält die Arbeitsumgebung das Tastenkürzel der Schnellsuche ({ $trigger }) (GlobalShortcuts-Portal): es in den Tastatureinstellungen der Arbeitsumgebung ändern; zum Eintippen eines Codes auch `mfa-companion type` zuweisen (sway und andere wlroots-Arbeitsumgebungen, KDE Plasma; GNOME lässt keine App tippen)
agent-bind-yourself = `mfa-companion show --search` in den Tastatureinstellungen der Arbeitsumgebung einem Tastenkürzel zuweisen
agent-no-shortcuts-wayland = der Agent hält in dieser Sitzung keine Tastenkürzel (Wayland ohne GlobalShortcuts-Portal oder kein X-Display): { $hint }
agent-no-shortcuts-x = der Agent hält in dieser Sitzung keine Tastenkürzel (kein X-Display): { $hint }
agent-other-folder = der Agent bedient einen anderen Datenordner
agent-unreadable-answer = der Agent gab eine Antwort, die diese Version nicht lesen kann: { $error }
agent-bus = der Agent kann den Sitzungsbus nicht nutzen ({ $error }); er läuft innerhalb einer Desktop-Sitzung

# Settings and copying
settings-theme-unknown = kein Design { $name }: system, light oder dark wählen
settings-sort = keine Sortierung { $name }: added, issuer, name, newest, recently_used, most_used oder custom wählen
settings-no-config-folder = kein Konfigurationsordner: XDG_CONFIG_HOME oder HOME setzen
settings-cannot-save = { $path } kann nicht gespeichert werden: { $error }
settings-clear-range = zwischen { $min } und { $max } { $max ->
    [one] Sekunde
   *[other] Sekunden
} wählen
settings-shortcut-twice = { $shortcut } kann nicht zugleich das Fenster zeigen und einen Code eintippen: zwei Tastenkürzel wählen
copy-clipboard = die Zwischenablage ist nicht verfügbar ({ $error }); den Code markieren und von Hand kopieren


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
import-reason-same-account = bereits gespeichert (gleiches Geheimnis und gleicher Aussteller)
# Why one entry of a file (or a scanned code) cannot be used.
# $text: a reader's technical detail, as it is.
import-entry-algorithm = der Algorithmus { $algorithm } wird nicht unterstützt (nur SHA1, SHA256 und SHA512)
import-entry-kind = { $kind }-Codes werden nicht unterstützt (nur TOTP, HOTP und Steam)
import-entry-missing-fields = dem Eintrag fehlen Felder
import-entry-missing-columns = der Zeile fehlen Spalten
import-entry-no-type = der Typ fehlt
import-entry-no-account-type = der Kontotyp fehlt
import-entry-negative-counter = der HOTP-Zähler ist negativ
import-entry-not-otpauth = kein otpauth://-Link
import-entry-item-malformed = das Element ist fehlerhaft
import-entry-item-no-totp = kein TOTP in diesem Element
import-entry-no-totp-row = kein TOTP in diesem Eintrag (ein Passwort oder eine Notiz, ausgelassen)
import-entry-no-totp-password = kein TOTP in diesem Eintrag (ein Passworteintrag, ausgelassen)
import-entry-keystore = das Geheimnis ist im Schlüsselspeicher des Telefons versiegelt (neuere App-Versionen): das Konto stattdessen per QR-Code übertragen
import-entry-keystore-freeotp = das Geheimnis ist im Schlüsselspeicher des Telefons versiegelt (FreeOTP 2): es stattdessen per QR-Code übertragen
import-entry-push-only = das Konto hat keinen Codegenerator (nur Push)
import-entry-approve-only = das Konto hat kein Code-Geheimnis (es bestätigt nur Anmeldungen)
import-entry-generator-no-secret = der Codegenerator hat kein Geheimnis
import-entry-no-secret = der Eintrag hat kein Geheimnis
import-entry-not-decrypted = das Geheimnis konnte mit diesem Passwort nicht entschlüsselt werden (ein anderes Sicherungspasswort, oder beschädigt)
import-entry-battle-net-not-hex = das Battle.net-Geheimnis ist nicht hexadezimal
import-entry-unmasked-not-hex = das demaskierte Geheimnis ist nicht hexadezimal
import-entry-microsoft-not-base64 = das Geheimnis des Microsoft-Kontos ist kein gültiges Base64
import-entry-steam-not-base64 = das Shared Secret ist kein gültiges Base64
import-entry-secret-not-hex = das Geheimnis ist kein gültiges Hexadezimal
import-entry-secret-not-base64 = das Geheimnis ist kein gültiges Base64
import-entry-no-key-field = das Geheimnis (key) fehlt
import-entry-secret-base = Geheimnisse zur Basis { $base } werden nicht unterstützt (16, 32 oder 64)
import-entry-no-secret-base = die Kodierung des Geheimnisses (base) fehlt
import-entry-google-digits = die Stellenzahl ist keine, die Google Authenticator kennt
import-entry-token-not-json = das Token ist kein JSON-Objekt
import-entry-no-key = sein Schlüssel fehlt in der Sicherung
import-entry-no-token = die Felder seines Tokens fehlen in der Sicherung
import-entry-key-damaged = sein Schlüssel lässt sich mit dem Hauptschlüssel nicht öffnen (beschädigt)
# $type: the number the file gives the entry's type.
import-entry-type-google = Typ { $type } ist weder TOTP (0) noch HOTP (1)
import-entry-type-authenticator-plus = Typ { $type } ist nicht TOTP (0), HOTP (1) oder Battle.net (2)
import-entry-type-microsoft = Kontotyp { $type } hat keine Codes, die diese App erzeugen kann (nur Typ 0 und 1)
import-entry-proton-steam-link = der Link des Steam-Eintrags beginnt nicht mit steam://
# $type: Proton Authenticator's name of the entry's type, as it is.
import-entry-proton-type = { $type }-Einträge werden nicht unterstützt (nur Totp und Steam)

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
keyboard-wayland = kein Code getippt: diese Arbeitsumgebung (GNOME) lässt Apps nicht in andere Fenster tippen (wlroots-Arbeitsumgebungen wie sway und Hyprland sowie KDE Plasma schon); stattdessen die Schnellsuche öffnen (Ctrl+Alt+M, wo die Arbeitsumgebung es anbietet, oder `mfa-companion show --search` in den Tastatureinstellungen der Arbeitsumgebung einem Kürzel zuweisen), mit Enter den Code kopieren und ihn mit Ctrl+V einfügen
keyboard-kwin-not-allowed = kein Code getippt: KDE Plasma lässt ein Programm nur dann in andere Fenster tippen, wenn ein installierter Desktop-Eintrag es nennt (`X-KDE-Wayland-Interfaces=org_kde_kwin_fake_input`); das Paket installiert io.github.MfaCompanion.Typing.desktop, ein anderswo gestartetes Programm schreibt ihn beim ersten Mal in Ihren Anwendungsordner: erneut versuchen oder das Paket neu installieren
keyboard-no-display = das X-Display ist nicht erreichbar ({ $detail }): Tippen und Tastenkürzel brauchen eine X11-Sitzung
# $what names the X11 request (technical, as it is).
keyboard-x11 = der X-Server hat { $what } abgelehnt ({ $detail })
# $what names the Wayland request (technical, in English, as it is).
keyboard-wayland-failed = der Wayland-Compositor hat { $what } abgelehnt ({ $detail })
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
