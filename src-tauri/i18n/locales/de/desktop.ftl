# Das Tray-Symbol, die Desktop-Suche und Benachrichtigungen (der residente Agent).

## Tray
tray-tooltip = Konto anklicken, um seinen Code zu kopieren
tray-empty = Konten im Fenster anheften, um sie hier aufzulisten
tray-copy-token = Zugriffstoken kopieren: { $server }
tray-scan = QR-Code auf dem Bildschirm scannen …
tray-search = Suchen …
tray-open = MFA Companion öffnen
tray-quit = Agent beenden

## Benachrichtigungen
notify-code-copied = Code für { $name } kopiert
notify-token-copied = Zugriffstoken von { $server } kopiert
notify-cleared-in = { $seconds ->
    [one] Wird in { $seconds } Sekunde aus der Zwischenablage entfernt
   *[other] Wird in { $seconds } Sekunden aus der Zwischenablage entfernt
}
notify-no-code-copied = MFA Companion: kein Code kopiert
notify-no-token-copied = MFA Companion: kein Token kopiert
notify-window-failed = MFA Companion: Das Fenster konnte nicht geöffnet werden
notify-no-code-typed = MFA Companion: kein Code eingetippt

## The app-grid entry (packaging/mfa-companion.desktop) and the software centres'
## summary (packaging/io.github.MfaCompanion.metainfo.xml); a test keeps them equal.
app-generic-name = Authentifikator
app-comment = Einmalcodes aus Ihrem Schlüsselbund, Geräteregistrierung und Wiederherstellungscodes
app-action-add = Konto hinzufügen
app-action-search = Codes suchen
app-summary = Geräte registrieren und Einmalcodes sicher aufbewahren
