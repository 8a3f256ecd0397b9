# La zone de notification, la recherche du bureau et les notifications (l’agent résident).

## Zone de notification
tray-tooltip = Cliquez sur un compte pour copier son code
tray-empty = Épinglez des comptes dans la fenêtre pour les voir ici
tray-copy-token = Copier le jeton d’accès : { $server }
tray-scan = Scanner un code QR à l’écran…
tray-search = Rechercher…
tray-open = Ouvrir MFA Companion
tray-quit = Quitter l’agent

## Notifications
notify-code-copied = Code de { $name } copié
notify-token-copied = Jeton d’accès de { $server } copié
notify-cleared-in = { $seconds ->
    [one] Effacé du presse-papiers dans { $seconds } seconde
   *[other] Effacé du presse-papiers dans { $seconds } secondes
}
notify-no-code-copied = MFA Companion : aucun code copié
notify-no-token-copied = MFA Companion : aucun jeton copié
notify-window-failed = MFA Companion : impossible d’ouvrir la fenêtre
notify-no-code-typed = MFA Companion : aucun code saisi

## The app-grid entry (packaging/mfa-companion.desktop) and the software centres'
## summary (packaging/io.github.MfaCompanion.metainfo.xml); a test keeps them equal.
app-generic-name = Authentificateur
app-comment = Codes à usage unique depuis votre trousseau, inscription des appareils et codes de récupération
app-action-add = Ajouter un compte
app-action-search = Rechercher des codes
app-summary = Inscrivez vos appareils et gardez vos codes à usage unique en sécurité
