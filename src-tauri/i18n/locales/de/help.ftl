# The command line's --help and man pages: `help-<command path>` is a command's
# description, `help-<command path>--<argument>` an argument's (cli/help.rs).

## clap's own words: the headings of --help and the built-in --help, --version and help

help-heading-usage = Aufruf
help-heading-commands = Befehle
help-heading-arguments = Argumente
help-heading-options = Optionen
help-builtin-help = Hilfe anzeigen
help-builtin-version = Version anzeigen
help-builtin-help-command = Diese Meldung oder die Hilfe der angegebenen Unterbefehle anzeigen
help-builtin-help-command--subcommand = Hilfe der Unterbefehle anzeigen
help-builtin-default = Standard
help-builtin-possible-values = mögliche Werte

## clap's most common usage errors (the rest stay clap's English)

help-error-unknown-argument = unerwartetes Argument '{ $arg }'
help-error-unknown-subcommand = unbekannter Unterbefehl '{ $name }'
help-error-missing-arguments = die folgenden nötigen Argumente fehlen:
help-error-value-required = '{ $arg }' braucht einen Wert, aber keiner wurde angegeben
help-error-invalid-value = ungültiger Wert '{ $value }' für '{ $arg }'
help-error-similar-subcommand = ein ähnlicher Unterbefehl existiert: { $name }
help-error-similar-subcommands = ähnliche Unterbefehle existieren: { $names }
help-error-similar-argument = ein ähnliches Argument existiert: { $name }
help-error-similar-arguments = ähnliche Argumente existieren: { $names }
help-error-similar-value = ein ähnlicher Wert existiert: { $name }
help-error-similar-values = ähnliche Werte existieren: { $names }
help-error-pass-as-value = um '{ $arg }' als Wert zu übergeben, '{ $escaped }' verwenden
help-error-tip = Tipp
help-error-more = Mehr Informationen mit '{ $help }'.

## The commands and their arguments

help-mfa-companion = Authentifizierungscodes aus dem Schlüsselbund des Systems; ohne Befehl öffnet sich das Desktop-Fenster

help-add = Konten aus otpauth://-URIs hinzufügen (als Argument, oder `-` für eine pro Zeile auf der Standardeingabe), oder von Hand mit --issuer/--account und dem Geheimnis auf der Standardeingabe
help-add--uri = Eine otpauth://-URI, oder `-`, um URIs von der Standardeingabe zu lesen, eine pro Zeile. Weglassen, um ein Konto von Hand einzugeben (das Geheimnis wird dann von der Standardeingabe gelesen)
help-add--issuer = Anbieter (manuelle Eingabe)
help-add--name = Kontoname (manuelle Eingabe)
help-add--kind = totp (Standard), hotp oder steam (manuelle Eingabe)
help-add--algorithm = HMAC-Algorithmus (manuelle Eingabe)
help-add--digits = Codelänge, 6-8 (manuelle Eingabe)
help-add--period = Sekunden pro Code, 1-3600 (manuelle Eingabe, totp und steam)
help-add--counter = Startwert des Zählers (manuelle Eingabe, hotp)
help-add--from-screen = Die QR-Codes auf dem Bildschirm suchen (auf allen Monitoren), die enthaltenen Konten auflisten und vor dem Hinzufügen fragen
help-add--from-clipboard = Wie --from-screen, aus einem Bild in der Zwischenablage (einem Bildschirmfoto, das Sie gemacht haben)
help-add--yes = Mit --from-screen oder --from-clipboard: jedes gefundene Konto ohne Nachfrage hinzufügen

help-list = Konten auflisten (keine Geheimnisse, keine Codes)
help-list--json = Ein JSON-Array ausgeben (mit `tags`, `pinned` und, wenn sich der Tresor öffnen lässt, `note` jedes Kontos)
help-list--tag = Nur die Konten mit diesem Schlagwort (Groß- und Kleinschreibung egal)

help-code = Den aktuellen Code eines Kontos ausgeben. Bei HOTP wird zuerst der Zähler erhöht
help-code--account = Id, Anbieter:Konto oder ein eindeutiger Teil davon (ohne Beachtung der Groß- und Kleinschreibung)
help-code--at = Unix-Zeit, für die der Code berechnet wird (nur zeitbasierte Konten)
help-code--json = {"{"}"code", "remaining", "period"{"}"} ausgeben

help-remove = Ein Konto und sein Geheimnis entfernen
help-remove--account = Id, Anbieter:Konto oder ein eindeutiger Teil davon (ohne Beachtung der Groß- und Kleinschreibung)
help-remove--yes = Nicht um Bestätigung bitten

help-rename = Anbieter und/oder Namen eines Kontos ändern
help-rename--account = Id, Anbieter:Konto oder ein eindeutiger Teil davon (ohne Beachtung der Groß- und Kleinschreibung)
help-rename--issuer = Neuer Anbieter
help-rename--name = Neuer Kontoname

help-server = Serverprofile für die Registrierung (Tokens kommen in den Schlüsselbund des Systems)

help-server-add = Ein Serverprofil hinzufügen; sein Bearer-Token wird von der Standardeingabe gelesen (oder abgefragt) und im Schlüsselbund des Systems gespeichert. Mit --auth-url und --login (Lerian) wird kein Token abgefragt: stattdessen meldet `mfa-companion login` an
help-server-add--name = Ein Name für das Profil (Buchstaben, Ziffern, '-', '_', '.')
help-server-add--api = Die API-Familie, die der Server spricht
help-server-add--url = Basis-URL (https://; http:// nur für 127.0.0.1, localhost, [::1])
help-server-add--user = Die Benutzer-ID (Lerian)
help-server-add--tenant = Die Tenant-ID (Tenant-API)
help-server-add--email = Die E-Mail-Adresse des Kontos (Flashback)
help-server-add--country = Das Land des Telefons für SMS-Codes (Lerian), z. B. BR
help-server-add--auth-url = Die Basis-URL des Lerian-Auth-Plugins, um sich anzumelden, statt ein Token einzufügen
help-server-add--login = Der Benutzername für die Anmeldung (das Passwort wird bei `login` abgefragt, nie gespeichert)
help-server-add--replace = Ein Profil gleichen Namens (und sein Token) ersetzen

help-server-list = Serverprofile auflisten (nie die Tokens)
help-server-list--json = Ein JSON-Array ausgeben

help-server-remove = Ein Serverprofil und sein Token entfernen
help-server-remove--name = Der Name des Profils

help-status = Den MFA-Status eines Servers für den Benutzer des Profils ausgeben
help-status--server = Das Serverprofil
help-status--json = JSON ausgeben
help-status--timeout = Sekunden, die auf den Server gewartet wird

help-login = Beim Lerian-Auth-Plugin eines Profils anmelden: das Passwort wird abgefragt (oder aus der ersten Zeile der Standardeingabe gelesen) und nie gespeichert; eine MFA-Abfrage wird mit dem Code dieser App für das mit dem Profil registrierte Konto beantwortet, oder mit --recovery, oder mit --method
help-login--server = Das Serverprofil (hinzugefügt mit --auth-url und --login)
help-login--recovery = Die MFA-Abfrage mit dem nächsten unbenutzten Wiederherstellungscode beantworten, der für diesen Server gespeichert ist (vor dem Senden als benutzt markiert)
help-login--method = Mit einem Code antworten, den der Server per E-Mail oder SMS schickt, statt mit dem Code dieser App
help-login--passcode = Der per E-Mail oder SMS erhaltene Code (sonst wird er abgefragt)
help-login--remember-device = Den Server bitten, sich dieses Gerät zu merken (`rememberDevice`)
help-login--timeout = Sekunden, die auf jeden Serveraufruf gewartet wird

help-token = Ein gültiges Zugriffstoken eines angemeldeten Profils ausgeben (vorher erneuert, wenn es innerhalb von 60 s abläuft), für Skripte: `curl -H "Authorization: Bearer $(mfa-companion token --server work)"`
help-token--server = Das Serverprofil
help-token--timeout = Sekunden, die auf den Server gewartet wird (wenn eine Erneuerung fällig ist)

help-logout = Abmelden: die Sitzung auf dem Server beenden und ihre Tokens vergessen
help-logout--server = Das Serverprofil
help-logout--timeout = Sekunden, die auf den Server gewartet wird

help-backup = Automatische, geprüfte, verschlüsselte Sicherungen nach jeder Änderung

help-backup-configure = Nach jeder Änderung eine geprüfte Sicherung in DIR schreiben und die neuesten N behalten. Das Passwort wird aus einer verdeckten Eingabe oder einer Zeile der Standardeingabe gelesen; es wird nie gespeichert
help-backup-configure--dir = Der Sicherungsordner (ein Ordner, den Syncthing oder Nextcloud synchronisiert, hält Kopien auf Ihren anderen Rechnern)
help-backup-configure--keep = Wie viele Sicherungen behalten werden

help-backup-now = Jetzt eine Sicherung schreiben (nichts, wenn die neueste schon die aktuellen Konten enthält)
help-backup-now--auto = Still laufen, wie die automatische Sicherung nach einer Änderung

help-backup-list = Die Sicherungen im Ordner: Zeit, Konten, geprüft
help-backup-list--json = JSON ausgeben

help-backup-restore = Die Konten einer Sicherung hinzufügen, die noch nicht gespeichert sind (nichts wird ersetzt). Das Passwort der Sicherung wird aus einer verdeckten Eingabe oder einer Zeile der Standardeingabe gelesen
help-backup-restore--file = Die Sicherungsdatei
help-backup-restore--dry-run = Zeigen, was hinzugefügt würde; nichts speichern
help-backup-restore--yes = Vor dem Hinzufügen nicht fragen

help-backup-disable = Die automatischen Sicherungen beenden (die schon geschriebenen Dateien bleiben)

help-lock = Die optionale App-Sperre: der Schlüssel des Tresors unter einem Passwort statt im Schlüsselbund

help-lock-enable = Die Sperre einschalten: der Schlüssel des Tresors wird mit einem Passwort verschlüsselt (aus einer verdeckten Eingabe oder einer Zeile der Standardeingabe) und aus dem Schlüsselbund entfernt
help-lock-enable--idle-minutes = Minuten ohne Benutzung, nach denen der entsperrte Schlüssel vergessen wird

help-lock-disable = Die Sperre ausschalten: der Schlüssel kommt zurück in den Schlüsselbund (Passwort nötig)

help-lock-change = Das Passwort ändern (altes, dann neues; je eine Zeile auf der Standardeingabe)

help-lock-status = Ob die Sperre eingeschaltet und ob sie offen ist

help-lock-now = Jetzt sperren: der Agent vergisst jeden Schlüssel

help-unlock = Die App-Sperre öffnen (Passwort aus einer verdeckten Eingabe oder einer Zeile der Standardeingabe)

help-agent = Der residente Agent: Systemleiste, Schnellkopie, Desktop-Suche; `--autostart on|off` startet ihn bei der Anmeldung
help-agent--autostart = Den Agenten bei der Anmeldung starten (ein XDG-Autostart-Eintrag) oder damit aufhören; danach endet der Befehl
help-agent--quit = Den laufenden Agenten beenden; danach endet der Befehl
help-agent--keys-only = Nur die Schlüssel der App-Sperre halten (was `unlock` startet, wenn kein Agent läuft)

help-type = Den aktuellen Code eines Kontos in das Fenster mit dem Fokus tippen (wie das Tastenkürzel Strg+Alt+T des Agenten); ohne ACCOUNT das Konto, dessen Anbieter der Fenstertitel nennt ("Sign in to GitHub" → GitHub), sonst öffnet sich die Schnellsuche. X11 und Wayland-Arbeitsumgebungen, die es erlauben (sway und andere wlroots-Compositoren, KDE Plasma)
help-type--account = Id, Anbieter:Konto oder ein eindeutiger Teil davon (ohne Beachtung der Groß- und Kleinschreibung); ohne sie das Konto, dessen Anbieter der Titel des Fensters mit dem Fokus nennt
help-type--delay = Vorher so viele Sekunden warten (Zeit, um in das auszufüllende Feld zu klicken)

help-show = Das Fenster hervorholen (ein laufendes kommt nach vorn); --search setzt den Fokus in sein Suchfeld, für ein Tastenkürzel in den Tastatureinstellungen des Desktops
help-show--search = Den Fokus in das Suchfeld setzen (Eingabe kopiert den ersten Treffer)

help-pin = Ein Konto oben im Fenster und im Menü der Systemleiste anheften
help-pin--account = Id, Anbieter:Konto oder ein eindeutiger Teil davon (ohne Beachtung der Groß- und Kleinschreibung)

help-unpin = Ein Konto loslösen
help-unpin--account = Id, Anbieter:Konto oder ein eindeutiger Teil davon (ohne Beachtung der Groß- und Kleinschreibung)

help-note = Die Notiz eines Kontos setzen, anzeigen oder löschen (verschlüsselt im Tresor gespeichert)
help-note--account = Id, Anbieter:Konto oder ein eindeutiger Teil davon (ohne Beachtung der Groß- und Kleinschreibung)
help-note--text = Die neue Notiz (bis zu 1000 Zeichen); ohne sie wird die Notiz ausgegeben
help-note--clear = Die Notiz entfernen

help-tag = Schlagwörter eines Kontos hinzufügen und entfernen (`+work -home`; ein bloßer Name fügt hinzu); ohne Änderung werden seine Schlagwörter ausgegeben
help-tag--account = Id, Anbieter:Konto oder ein eindeutiger Teil davon (ohne Beachtung der Groß- und Kleinschreibung)
help-tag--changes = `+TAG` oder `TAG` fügt ein Schlagwort hinzu, `-TAG` entfernt eines

help-icon = Das Symbol eines Kontos ausgeben oder wählen: NAME ist ein Symbol des mitgelieferten Satzes (nach Slug oder Titel, siehe `icons`) oder "letter"; --auto kehrt zu dem zurück, das zum Anbieter passt
help-icon--account = Id, Anbieter:Konto oder ein eindeutiger Teil davon (ohne Beachtung der Groß- und Kleinschreibung)
help-icon--name = Ein Symbol des mitgelieferten Satzes, oder "letter"
help-icon--file = Ein eigenes Bild: ein PNG oder JPEG (in 64 Pixel eingepasst) oder ein SVG ohne Skripte oder Verweise nach außen, höchstens 1 MB
help-icon--auto = Die Wahl vergessen: das Symbol zeigen, das zum Anbieter passt

help-icons = Die mitgelieferten Anbietersymbole (simple-icons, CC0) auflisten, deren Name QUERY enthält
help-icons--query = Teil eines Slugs, Titels oder Alias

help-enroll = Dieses Gerät bei einem Server registrieren: setup, store, verify, enable, status
help-enroll--server = Das Serverprofil, bei dem registriert wird
help-enroll--mfa-type = Der MFA-Typ: app|email|sms (Lerian), GOOGLE_AUTH|MAGIC_LINK|PASSKEY (Flashback), totp (Tenant-API). Standard: der Authenticator-App-Typ der Familie
help-enroll--passcode = Der per E-Mail oder SMS erhaltene Code (sonst wird er abgefragt)
help-enroll--resume = Eine ausstehende Registrierung fortsetzen (ihre Id, oder die einzige)
help-enroll--discard = Eine ausstehende Registrierung verwerfen (ihre Id, oder die einzige)
help-enroll--timeout = Sekunden, die auf jeden Serveraufruf gewartet wird

help-recovery = Wiederherstellungscodes im verschlüsselten Offline-Tresor

help-recovery-list = Wie viele Codes unbenutzt und benutzt sind (nie die Codes)
help-recovery-list--account = Das Konto
help-recovery-list--json = {"{"}"unused": N, "used": M{"}"} ausgeben

help-recovery-show = Die Codes und ihren Zustand anzeigen
help-recovery-show--account = Das Konto

help-recovery-use = Einen Code als benutzt markieren (offline): den angegebenen oder den nächsten unbenutzten (wird ausgegeben)
help-recovery-use--account = Das Konto
help-recovery-use--code = Der Code, den Sie benutzt haben; weglassen, um den nächsten unbenutzten zu nehmen

help-recovery-add = Codes für ein anderswo registriertes Konto hinzufügen: eingetippt oder über die Standardeingabe, einer pro Zeile (oder durch Leerzeichen getrennt)
help-recovery-add--account = Das Konto

help-recovery-export = Die Codes als Text ausgeben, um sie auf Papier oder in einem Safe aufzubewahren
help-recovery-export--account = Das Konto

help-import = Konten aus dem Export einer anderen App, einem QR-Bild, einer otpauth-Liste oder einer Sicherung importieren. Das Format wird am Inhalt erkannt; Duplikate werden übersprungen
help-import--file = Die zu importierende Datei (`-` für die Standardeingabe)
help-import--format = Ihr Format, wenn es sich nicht am Inhalt erkennen lässt. Die Datei, nach der Sie suchen: keepass, eine `.kdbx`-Datenbank von KeePass oder KeePassXC (fragt nach ihrem Passwort); proton-authenticator, der Export von Proton Authenticator (Settings > Export, eine `.json` ohne Passwort); authenticator-pro, eine Sicherung von Authenticator Pro (Stratum) (`.authpro`, mit oder ohne Passwort, oder Export > Unencrypted); andotp, eine Sicherung von andOTP (`otp_accounts_*.json`, oder verschlüsselt `otp_accounts_*.json.aes`: für Sicherungen von andOTP vor 0.6.3, deren verschlüsselte Dateien keinen Header haben, --format andotp angeben); bitwarden, ein `.json`-Export von Bitwarden, unverschlüsselt oder "JSON (Encrypted)" mit "Password protected" (ein "Account restricted" lässt sich nicht lesen); steam, eine `.maFile` von Steam Desktop Authenticator aus seinem Ordner `maFiles` (Verschlüsselung in SDA entfernt); bitwarden-csv, der Tresor-Export von Bitwarden als `.csv`; lastpass, die `.json` von LastPass Authenticator (Settings > Transfer accounts > Export accounts to file). Passwortmanager: 1password, die `.1pux` von 1Password (File > Export > 1PUX; Einträge mit Einmalpasswort); proton-pass, der `.zip`-Export von Proton Pass (Settings > Export, ohne Verschlüsselung: ein mit PGP verschlüsselter lässt sich nicht lesen), oder seine `data.json`; raivo, die `raivo-otp-export-*.zip` von Raivo OTP (fragt nach dem Passwort, mit dem der Export erstellt wurde). ente, der Export von Ente Auth, Klartext oder "Ente Encrypted export" (`.txt`, mit JSON darin, fragt nach seinem Passwort); totp-authenticator, eine Sicherung von TOTP Authenticator (`.bin`, Base64-Text; eine ohne Passwort erstellte öffnet sich mit dem Standardpasswort der App); freeotp-backup, die Sicherung von FreeOTP 2 (Backup in seinem Menü: die Datei, die es speichert, z. B. `externalBackup.xml`, trotz des Namens eine Java-serialisierte Datei; fragt nach dem in FreeOTP gesetzten Passwort). authenticator-plus, die Sicherung `authplus.db` von Authenticator Plus (More > Backup; fragt nach dem Master-Passwort der App): die bloße Datei braucht --format authenticator-plus, ein Zip, das sie enthält, wird erkannt; oder sein Export, ein Zip mit `Accounts.txt` (wird erkannt; fragt nach dem Passwort, mit dem der Export erstellt wurde). Interne Dateien anderer Apps, bei geschlossener App von einem gerooteten Android-Telefon kopiert (unter /data/data/PACKAGE/): google-authenticator-db, `com.google.android.apps.authenticator2/databases/databases` von Google Authenticator; microsoft-authenticator, `com.azure.authenticator/databases/PhoneFactor`; authenticator-pro-db, `me.jmh.authenticatorpro/files/proauth.db3` oder `com.stratumauth.app/databases/authenticator.db3` von Stratum (nicht, wenn die App sie verschlüsselt); authy, `com.authy.authy/shared_prefs/com.authy.storage.tokens.authenticator.xml` (fragt nach dem Passwort der Authy-Sicherungen, wenn die Tokens verschlüsselt gespeichert sind); battle-net, die `com.blizzard.messenger/shared_prefs/com.blizzard.messenger.authenticator_preferences.xml` der Battle.net-App oder die alte `com.blizzard.bma/shared_prefs/com.blizzard.bma.AUTH_STORE.xml`; freeotp-xml, die `shared_prefs/tokens.xml` von FreeOTP oder FreeOTP+; duo, `com.duosecurity.duomobile/files/duokit/accounts.json`; totp-authenticator-xml, `com.authenticator.authservice2/shared_prefs/TOTP_Authenticator_Preferences.xml`
help-import--dry-run = Zeigen, was importiert würde; nichts speichern
help-import--password-stdin = Das Passwort der Datei aus der ersten Zeile der Standardeingabe lesen
help-import--json = Den Bericht als JSON ausgeben

help-export = Jedes Konto mit seinem Geheimnis exportieren: zu einer anderen App, als QR-Codes oder als Sicherung
help-export--format = otpauth (Klartext), migration-qr (QR-Bilder von Google Authenticator, unverschlüsselt), aegis (ein Aegis-Tresor, unverschlüsselt), aegis-encrypted (ein Aegis-Tresor), 2fas (eine 2FAS-Sicherung, unverschlüsselt), 2fas-encrypted (eine 2FAS-Sicherung), bitwarden (ein JSON-Export für Bitwarden, unverschlüsselt), paper (eine HTML-Seite zum Drucken: QR-Codes, Geheimnisse und Wiederherstellungscodes, unverschlüsselt), backup (die verschlüsselte Sicherung dieser App, mit Wiederherstellungscodes), keepass (eine KeePass-KDBX-4-Datenbank: KeePassXC zeigt die Codes)
help-export--out = Die zu schreibende Datei (für migration-qr mit mehr als 10 Konten: FILE-1.png, FILE-2.png, ...). Nur otpauth darf auf die Standardausgabe (ohne --out)
help-export--password-stdin = Das Passwort aus der ersten Zeile der Standardeingabe lesen (verschlüsselte Formate)
help-export--yes = Nicht um Bestätigung bitten

help-doctor = Den Schlüsselbund (ein echter Hin- und Rückweg), den Datenordner und die Uhr prüfen
help-doctor--repair = Konten aus Schlüsselbund-Einträgen wiederherstellen, deren Metadaten verloren gingen

help-completions = Ein Skript zur Shell-Vervollständigung ausgeben (bash, zsh, fish, elvish oder powershell)
help-completions--shell = Die Shell, für die vervollständigt wird

help-package-files = Die Handbuchseiten, Vervollständigungen und Dateien zur Desktop-Integration schreiben, die ein Paket installiert (für package.sh)
help-package-files--out = Die Bereitstellungskopie des Installationspräfixes (z. B. `pkgroot/usr`); die Dateien kommen unter dessen `share/`
help-package-files--bin-dir = Wohin das Paket die Programme installiert (für die `Exec=`-Zeilen)
