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
identity-other = { $text }
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
signin-other = { $text }
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
enroll-other = { $text }
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
backup-other = { $text }
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
backup-keep = zwischen 1 und 1000 Sicherungen behalten (erhalten: { $keep })

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
agent-not-running = er läuft nicht
agent-no-answer = er hat nicht innerhalb von { $secs } s geantwortet
agent-start = der Agent konnte nicht gestartet werden: { $detail }
agent-no-home = kein persönlicher Ordner: HOME setzen (oder XDG_CONFIG_HOME und XDG_DATA_HOME)
agent-cannot-write = { $path } kann nicht geschrieben werden: { $error }
agent-cannot-remove = { $path } kann nicht entfernt werden: { $error }
agent-cannot-locate = es lässt sich nicht feststellen, wo dieses Programm liegt: { $error }
agent-runtime = die Netzwerk-Laufzeit kann nicht gestartet werden: { $error }
agent-token-failed = die Token-Anfrage ist unerwartet fehlgeschlagen
agent-window = das Fenster konnte nicht geöffnet werden ({ $error }); `mfa-companion-desktop` ausführen
agent-desktop-shortcut = in dieser Wayland-Sitzung hält die Arbeitsumgebung das Tastenkürzel der Schnellsuche (GlobalShortcuts-Portal): es in den Tastatureinstellungen der Arbeitsumgebung ändern; einen Code eintippen (Strg+Alt+T) ist unter Wayland nicht verfügbar
agent-desktop-shortcut-bound = in dieser Wayland-Sitzung hält die Arbeitsumgebung das Tastenkürzel der Schnellsuche ({ $trigger }) (GlobalShortcuts-Portal): es in den Tastatureinstellungen der Arbeitsumgebung ändern; einen Code eintippen (Strg+Alt+T) ist unter Wayland nicht verfügbar
agent-bind-yourself = `mfa-companion show --search` in den Tastatureinstellungen der Arbeitsumgebung einem Tastenkürzel zuweisen
agent-no-shortcuts-wayland = der Agent hält in dieser Sitzung keine Tastenkürzel (Wayland ohne GlobalShortcuts-Portal oder kein X-Display): { $hint }
agent-no-shortcuts-x = der Agent hält in dieser Sitzung keine Tastenkürzel (kein X-Display): { $hint }
agent-other-folder = der Agent bedient einen anderen Datenordner
agent-unreadable-answer = der Agent gab eine Antwort, die diese Version nicht lesen kann: { $error }
agent-bus = der Agent kann den Sitzungsbus nicht nutzen ({ $error }); er läuft innerhalb einer Desktop-Sitzung

# Settings and copying
settings-theme = kein Design { $name }: system, light oder dark wählen
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

# --- end of import ---
