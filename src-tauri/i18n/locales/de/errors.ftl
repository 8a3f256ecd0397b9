# Error messages: what happened and what to do. Shown by the window, the CLI
# ("error: MESSAGE [code]") and notifications; the codes never change, the words may.
# Variables are names, counts, paths and technical details; never a secret.

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
storage-other = { $text }
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

# --- end of identity ---

## Import, export, QR images, the screen, the keyboard, icons
## (import_export/, screen/, keyboard/, issuer_icons/)

# --- end of import ---
