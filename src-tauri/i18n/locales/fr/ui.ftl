# MFA Companion : les mots de la fenêtre (ui/index.html et ui/*.js), en français.
# Les mêmes identifiants et, dans chaque message, les mêmes variables que en/ui.ftl.

## Shared words

dialog-close = Fermer
choose-file = Choisir…
save = Enregistrer
save-changes = Enregistrer les modifications
cancel = Annuler
continue = Continuer
format-label = Format
passwords-differ = Les deux mots de passe diffèrent.

## Header

header-settings = Paramètres
header-search-placeholder = Rechercher  ( / )
header-search-label = Rechercher des comptes
header-actions = Actions
header-add = + Ajouter
header-add-label = Ajouter un compte
header-enroll = Inscrire
header-enroll-label = S’inscrire auprès d’un serveur d’identité
header-servers = Serveurs
header-servers-label = Serveurs d’identité
header-import = Importer
header-import-label = Importer des comptes depuis un fichier
header-import-title = Importer des comptes depuis une autre application ou une sauvegarde
header-export = Exporter
header-export-label = Exporter des comptes vers un fichier
header-export-title = Exporter des comptes vers une autre application ou une sauvegarde

## Lock screen

lock-title = MFA Companion est verrouillé
lock-password = Mot de passe
lock-unlock = Déverrouiller

## Accounts list

pending-label = Inscriptions en attente
tag-filter-label = N’afficher que les comptes portant une étiquette
tag-filter-all = Tous
sort-label = Trier
sort-added = dans l’ordre d’ajout
sort-issuer = par émetteur
sort-name = par nom de compte
sort-newest = les plus récents d’abord
sort-recently-used = copiés récemment d’abord
sort-most-used = les plus copiés d’abord
sort-custom = mon ordre (glisser, ou Alt+↑ Alt+↓)
accounts-label = Comptes et leurs codes actuels
no-match = Aucun compte ne correspond à la recherche et à l’étiquette choisie.
add-done = Ajouté : { $names }
copy-done = { $label } copié ; le presse-papiers sera vidé dans { $seconds } s
copy-press-next = Appuyer d’abord sur « Code suivant »
pin-done = { $label } épinglé en haut
unpin-done = { $label } désépinglé

## Empty list

empty-title = Aucun compte pour l’instant
empty-ways = Trois façons de commencer :
empty-add = Ajouter un compte
empty-add-hint = lien otpauth, image QR ou à la main
empty-import = Importer des comptes
empty-import-hint = Aegis, 2FAS, Google, Bitwarden, andOTP, FreeOTP+, Ente, KeePass, Proton, Authenticator Pro, Steam, LastPass, une sauvegarde
empty-enroll = Inscrire cet appareil
empty-enroll-hint = auprès du serveur de votre organisation

## Account card

card-account-fallback = compte
card-no-name = (sans nom)
card-pinned = épinglé
card-seconds-left =
    { $seconds ->
        [one] { $seconds } seconde restante
       *[other] { $seconds } secondes restantes
    }
card-seconds = { $seconds } s
card-next-code = suivant { $code }
card-no-code = Aucun code affiché pour { $label }
card-show-copy = Afficher et copier le code de { $label }
card-copy-code = Copier le code { $code } de { $label }
card-time-left =
    { $seconds ->
        [one] { $label } : le code change dans { $seconds } seconde
       *[other] { $label } : le code change dans { $seconds } secondes
    }
card-time-left-counter = { $label } : un code à compteur, il ne change que lorsque vous demandez le suivant
card-next-hotp = Code suivant
card-next-hotp-label = Code suivant de { $label }
card-recovery-low = { $count } de secours
card-recovery-low-label =
    { $count ->
        [one] Codes de secours de { $label } : plus que { $count } inutilisé
       *[other] Codes de secours de { $label } : plus que { $count } inutilisés
    }
card-actions-label = Actions pour { $label }

## Account menu (⋮)

card-menu-label = Actions du compte
menu-pin = Épingler en haut
menu-unpin = Désépingler
menu-move-up = Monter (Alt+↑)
menu-move-down = Descendre (Alt+↓)
menu-tags = Étiquettes, note et icône…
menu-qr = Afficher le code QR…
menu-recovery = Codes de secours…
menu-recovery-count =
    { $count ->
        [one] Codes de secours ({ $count } inutilisé)…
       *[other] Codes de secours ({ $count } inutilisés)…
    }
menu-remove = Supprimer…

## Import dialog

import-title = Importer des comptes
import-path = Fichier (un export d’Aegis, 2FAS, Google Authenticator, Bitwarden, andOTP, FreeOTP+, une sauvegarde FreeOTP 2, Ente Auth, une liste otpauth, une image QR, une sauvegarde, ou le fichier interne d’une application d’un téléphone rooté)
import-path-placeholder = ~/Téléchargements/sauvegarde.json
import-format-detect = Le reconnaître
import-format-google = Google Authenticator (otpauth-migration)
import-format-bitwarden = Bitwarden JSON (en clair ou protégé par mot de passe)
import-format-andotp = andOTP (en clair ou chiffré .json.aes)
import-format-freeotp-backup = Sauvegarde FreeOTP 2 (externalBackup.xml, chiffrée)
import-format-ente = Ente Auth (texte en clair ou chiffré)
import-format-otpauth = Liens otpauth, un par ligne
import-format-qr-image = Image QR
import-format-keepass = Base de données KeePass / KeePassXC (.kdbx)
import-format-proton-authenticator = Proton Authenticator (export JSON)
import-format-authenticator-pro = Authenticator Pro / Stratum (.authpro, en clair ou chiffré)
import-format-lastpass = LastPass Authenticator (export JSON)
import-format-google-authenticator-db = Base de données interne de Google Authenticator (databases, téléphone rooté)
import-format-microsoft-authenticator = Base de données interne de Microsoft Authenticator (PhoneFactor, téléphone rooté)
import-format-authenticator-pro-db = Base de données interne d’Authenticator Pro (proauth.db3, téléphone rooté)
import-format-authy = Jetons internes d’Authy (…tokens.authenticator.xml, téléphone rooté ; peut demander le mot de passe des sauvegardes)
import-format-battle-net = Préférences internes de Battle.net Authenticator (téléphone rooté)
import-format-freeotp-xml = tokens.xml interne de FreeOTP / FreeOTP+ (téléphone rooté)
import-format-totp-authenticator = Sauvegarde TOTP Authenticator (.bin, chiffrée)
import-format-totp-authenticator-xml = Préférences internes de TOTP Authenticator (téléphone rooté)
import-format-duo = accounts.json interne de Duo Mobile (téléphone rooté)
import-format-1password = Export 1Password (.1pux)
import-format-proton-pass = Export Proton Pass (.zip ou data.json, sans chiffrement)
import-format-raivo = Export Raivo OTP (.zip protégé par mot de passe)
import-format-authenticator-plus = Sauvegarde Authenticator Plus (authplus.db, mot de passe maître) ou Export (zip avec Accounts.txt)
import-format-backup = Sauvegarde MFA Companion
import-password = Mot de passe du fichier
import-read = Lire le fichier
import-preview-label = Ce que contient le fichier
import-commit = Importer la sélection
import-back = Choisir un autre fichier
import-row-label = Importer { $label }
import-row-recovery =
    { $count ->
        [one] { $count } code de secours
       *[other] { $count } codes de secours
    }
import-summary = Fichier { $format } : nouveaux : { $new }, déjà enregistrés : { $duplicate }, impossibles à importer : { $unusable }.
import-summary-encrypted = Fichier { $format } chiffré : nouveaux : { $new }, déjà enregistrés : { $duplicate }, impossibles à importer : { $unusable }.
import-done =
    { $count ->
        [one] { $count } compte importé
       *[other] { $count } comptes importés
    }

## Export dialog

export-title = Exporter des comptes
export-format-backup = Sauvegarde MFA Companion (chiffrée, avec les codes de secours)
export-format-aegis-encrypted = Coffre Aegis (chiffré)
export-format-2fas-encrypted = Sauvegarde 2FAS (chiffrée)
export-format-keepass = Base de données KeePass, KDBX 4 (chiffrée ; KeePassXC affiche les codes)
export-format-paper = Sauvegarde papier (une page HTML avec codes QR et codes de secours : l’ouvrir dans un navigateur et l’imprimer ; non chiffrée)
export-format-aegis = Coffre Aegis (non chiffré)
export-format-2fas = Sauvegarde 2FAS (non chiffrée)
export-format-bitwarden = Bitwarden JSON (non chiffré)
export-format-migration-qr = Codes QR Google Authenticator (PNG, non chiffrés)
export-format-otpauth = Liens otpauth, un par ligne (non chiffrés)
export-plain-warning = Ce fichier contiendra vos secrets en clair : quiconque le lit peut générer vos codes. Transférez-le dans l’autre application, puis supprimez-le.
export-password = Mot de passe
export-password2 = Le même mot de passe à nouveau
export-path = Enregistrer dans
export-path-placeholder = ~/mfa-companion.backup
export-submit = Exporter
export-need-password = Choisir un mot de passe : le fichier est chiffré avec.
export-done =
    { $count ->
        [one] { $count } compte exporté vers { $files }.
       *[other] { $count } comptes exportés vers { $files }.
    }
export-done-skipped =
    { $count ->
        [one] { $count } compte exporté vers { $files }. Laissés de côté : { $skipped }.
       *[other] { $count } comptes exportés vers { $files }. Laissés de côté : { $skipped }.
    }

## Settings dialog

settings-title = Paramètres
settings-clear = Effacer un code copié du presse-papiers après (secondes, 1–3600 ; seulement s’il contient encore ce code)
settings-hide-codes = Masquer les codes jusqu’au clic (mode confidentiel : un clic affiche un code pendant sa période et le copie)
settings-away = Masquer tous les codes quand la fenêtre est en arrière-plan depuis (secondes, 0 = jamais)
settings-theme = Apparence
theme-system = Comme le préfère le bureau
theme-light = Clair
theme-dark = Sombre
settings-language = Langue
language-system = Celle du bureau (LANG)
settings-language-hint = Changer de langue redémarre la fenêtre.
settings-whole-seconds = Saisir un nombre entier de secondes.
settings-clear-saved = Les codes copiés sont effacés après { $seconds } s
privacy-hidden = Les codes sont masqués jusqu’au clic
privacy-shown = Les codes sont affichés
privacy-away-hidden = Les codes sont masqués après { $seconds } s en arrière-plan
privacy-away-shown = Les codes restent affichés en arrière-plan

## Settings: tray and desktop search

agent-title = Zone de notification et recherche du bureau
agent-autostart = Lancer l’agent à l’ouverture de session (zone de notification, copie rapide, recherche de GNOME Shell et KRunner ; quelques Mo)
agent-tray-codes = Afficher les codes dans le menu de la zone de notification
agent-search-codes = Afficher les codes dans les résultats de recherche du bureau
agent-running = L’agent est lancé.
agent-not-running = L’agent n’est pas lancé.

## Settings: keyboard shortcuts

shortcuts-title = Raccourcis clavier
shortcuts-hint = Tenus par l’agent sous X11, dans toutes les applications. Sous Wayland, associer { $command } dans les paramètres clavier du bureau. Vide : aucun raccourci.
shortcut-show = Faire apparaître la fenêtre avec la recherche active
shortcut-type = Saisir le code du compte que nomme le titre de la fenêtre active
quick-search-hides = Dans la recherche rapide, Entrée copie le premier résultat et masque la fenêtre
shortcuts-save = Enregistrer les raccourcis
shortcuts-saved = Enregistré.
shortcuts-held = L’agent les tient.
shortcuts-not-held = Ils fonctionnent tant que l’agent est lancé.

## Settings: automatic backups

backup-title = Sauvegardes automatiques
backup-dir = Dossier (un dossier synchronisé par Syncthing ou Nextcloud garde des copies sur vos autres machines)
backup-keep = Garder les plus récentes
backup-password = Mot de passe (non conservé : sans lui, les sauvegardes ne peuvent pas être restaurées)
backup-password2 = Mot de passe à nouveau
backup-turn-on = Activer
backup-now = Sauvegarder maintenant
backup-off = Désactiver
backup-state-on = Activées : après chaque modification, dans { $dir } ; les { $keep } plus récentes sont gardées.
backup-state-off = Désactivées.
backup-last-ok =
    { $count ->
        [one] Dernière sauvegarde vérifiée : { $when } ({ $count } compte).
       *[other] Dernière sauvegarde vérifiée : { $when } ({ $count } comptes).
    }
backup-last-failed = La dernière sauvegarde a échoué ({ $when }) : { $error }
backup-choose-folder = Choisir un dossier.
backup-turned-on = Les sauvegardes automatiques sont activées
backup-turned-off = Les sauvegardes automatiques sont désactivées ; les fichiers restent

## Add dialog

add-title = Ajouter un compte
add-tabs-label = Comment ajouter
add-tab-uri = Lien
add-tab-qr = Image QR
add-tab-scan = Écran
add-tab-manual = À la main
add-uri = Coller un lien otpauth:// (ou un lien d’export de Google Authenticator)
add-uri-placeholder = otpauth://totp/Émetteur:vous@exemple.fr?secret=…
add-submit = Ajouter
add-qr-drop = Choisir ou déposer un PNG ou un JPEG contenant un code QR (celui d’un compte, ou un export de Google Authenticator)
add-qr-too-big = Ce fichier dépasse 32 Mio : utiliser une capture d’écran du code QR.
manual-issuer = Émetteur
manual-account = Compte
manual-secret = Secret (base32)
manual-kind = Type
manual-kind-totp = Basé sur le temps (TOTP)
manual-kind-hotp = Basé sur un compteur (HOTP)
manual-algorithm = Algorithme
manual-digits = Chiffres
manual-period = Période (s)
manual-counter = Compteur

## Add dialog: screen tab

scan-hint = Afficher le code QR à l’écran (dans le navigateur, à n’importe quelle taille), puis scanner. Ou faire une capture d’écran et la coller ici avec Ctrl+V.
scan-screen = Scanner l’écran
scan-paste = Coller une image
scan-results-label = Comptes trouvés
scan-add = Ajouter la sélection
scan-screen-busy = Scan de l’écran…
scan-paste-busy = Lecture de l’image collée…
scan-batch-more = Export Google Authenticator : code { $n } sur { $of } scanné ; afficher le suivant et scanner à nouveau.
scan-batch-done = Export Google Authenticator : code { $n } sur { $of } scanné.
scan-skipped-other = Code QR ignoré, contenant { $what } : ce n’est pas un compte.
scan-found =
    { $count ->
        [one] { $count } compte trouvé à ajouter.
       *[other] { $count } comptes trouvés à ajouter.
    }
scan-nothing = Rien de nouveau à ajouter.
scan-skipped-item = { $label } : { $reason }

## Tags dialog

tags-title = Étiquettes
tags-title-for = Étiquettes et note de { $label }
tags-input = Étiquettes, séparées par des virgules
tags-input-placeholder = travail, maison
tags-help = Jusqu’à 20 étiquettes de 40 caractères au plus ; la casse ne compte pas. Les boutons au-dessus de la liste n’affichent que les comptes portant une étiquette.
note-input = Note (conservée chiffrée ; la recherche la trouve)
note-input-placeholder = les codes de secours imprimés sont dans le coffre
icon-select = Icône
icon-auto = Automatique (le logo de l’émetteur, ou sa lettre)
icon-letter = Lettre
icon-image = Votre image
icon-file = Ou une image à vous (PNG, JPEG ou SVG, 1 Mo au plus)
icon-file-placeholder = ~/Images/logo.png
icon-file-filter = Images
icon-help = Les logos sont fournis avec l’application (Simple Icons, CC0) ; aucun n’est téléchargé depuis Internet. Une image est ramenée à 64 pixels de large ; un SVG avec des scripts ou des liens vers l’extérieur est refusé.
tags-chips-label = Étiquettes : { $tags }
tags-saved = Enregistré
tags-saved-with = Enregistré ; étiquettes : { $tags }

## Remove dialog

remove-title = Supprimer le compte
remove-text = Supprimer { $label } ? Son secret, ses étiquettes, sa note et ses codes de secours partent avec lui. Vous pouvez annuler pendant quelques secondes.
remove-cancel = Le garder
remove-confirm = Supprimer
remove-done = { $label } supprimé
remove-undo = Annuler
remove-undone = { $label } est de retour
remove-undo-too-late = { $label } a déjà été supprimé ; le restaurer depuis une sauvegarde

## QR code dialog

qr-title = Afficher le code QR
qr-title-for = Code QR de { $label }
qr-warning = Ce code QR contient le secret du compte. Quiconque le voit ou le photographie peut générer vos codes. Ne l’afficher que pour transférer le compte sur votre téléphone.
qr-confirm = Afficher le code QR
qr-image-alt = Code QR du compte

## Enroll dialog

enroll-title = Inscrire cet appareil
enroll-server = Serveur
enroll-server-label = Profil de serveur
enroll-no-server = Aucun serveur pour l’instant : en ajouter un dans Serveurs.
enroll-type = Méthode
enroll-type-label = Méthode MFA
enroll-method-app = Application d’authentification (cet ordinateur)
enroll-method-email = Code par courriel
enroll-method-sms = Code par SMS
enroll-method-magic-link = Lien magique
enroll-method-passkey = Clé d’accès (dans le navigateur)
enroll-start = Commencer
enroll-passcode = Code envoyé par le serveur
enroll-show-codes = Afficher les codes de secours
enroll-show-qr = QR pour un téléphone
enroll-retry = Réessayer
enroll-drift-behind = L’horloge de cet ordinateur retarde de { $seconds } s sur celle du serveur : le code a utilisé l’heure du serveur. Corriger l’horloge pour que les codes fonctionnent ailleurs.
enroll-drift-ahead = L’horloge de cet ordinateur avance de { $seconds } s sur celle du serveur : le code a utilisé l’heure du serveur. Corriger l’horloge pour que les codes fonctionnent ailleurs.
enroll-status-enabled-methods = État du serveur : MFA activée ({ $methods })
enroll-status-enabled = État du serveur : MFA activée
enroll-status-disabled-methods = État du serveur : MFA non activée ({ $methods })
enroll-status-disabled = État du serveur : MFA non activée
enroll-done = Terminé.
pending-unfinished = L’inscription auprès de { $server } ({ $method }) n’est pas terminée : { $step }.
pending-resume = Reprendre
pending-resume-label = Reprendre l’inscription auprès de { $server }
pending-discard = Abandonner
pending-discard-label = Abandonner l’inscription auprès de { $server }
pending-discarded = Abandonnée
pending-discarded-removed = Abandonnée ; supprimé : { $names }

## Servers dialog

servers-title = Serveurs d’identité
servers-list-label = Profils de serveur
servers-checking = vérification…
servers-sign-in-for-status = Se connecter pour lire l’état MFA du serveur
servers-mfa-enabled = MFA activée ({ $methods })
servers-mfa-disabled = MFA non activée
servers-edit = Modifier
servers-edit-label = Modifier le serveur { $name }
servers-remove = Supprimer
servers-remove-label = Supprimer le serveur { $name }
servers-remove-confirm = Supprimer le profil de serveur { $name } et son jeton ?
server-form-title = Ajouter un serveur
server-name = Nom
server-api = API
server-api-tenant = API TOTP de tenant
server-url = URL de base
server-who-lerian = Identifiant d’utilisateur (ou se connecter)
server-who-user-id = Identifiant d’utilisateur
server-who-email = Courriel
server-who-tenant = Identifiant de tenant
server-auth-url = URL de connexion
server-auth-url-placeholder = https://auth.example.com : se connecter au lieu d’un jeton
server-login = Nom d’utilisateur
server-token = Jeton bearer
server-token-placeholder = Inutile pour un profil qui se connecte
server-token-keep-placeholder = Laisser vide pour garder le jeton enregistré
server-save = Enregistrer le serveur
server-cancel = Annuler la modification
server-changed = Serveur modifié
server-changed-new-token = Serveur modifié ; son nouveau jeton est dans le trousseau
server-changed-token-kept = Serveur modifié ; son jeton est conservé
server-saved-sign-in = Serveur enregistré ; se connecter depuis sa ligne
server-saved-token = Serveur enregistré ; son jeton est dans le trousseau

## Servers dialog: signing in

session-signed-in = Connecté en tant que { $who } · jeton renouvelé au besoin (valable jusqu’à { $until })
session-signed-out = Déconnecté · nom d’utilisateur { $login }
session-sign-in = Se connecter
session-sign-out = Se déconnecter
session-sign-in-label = Se connecter au serveur { $name }
session-sign-out-label = Se déconnecter du serveur { $name }
signin-title = Connexion
signin-title-for = Se connecter à { $name }
signin-username = Nom d’utilisateur :
signin-password = Mot de passe
signin-method = Second facteur
signin-method-app = Répondre avec le code de cette application
signin-method-recovery = Utiliser un code de secours enregistré
signin-method-email = M’envoyer un code par courriel
signin-method-sms = M’envoyer un code par SMS
signin-remember = Se souvenir de cet appareil
signin-passcode = Code envoyé par le serveur
signin-submit = Se connecter
signin-passcode-sent = Le serveur a envoyé un code par { $via } : le saisir ci-dessous.
signin-answered-app = Second facteur validé avec votre code pour { $account }.
signin-answered-app-retried = Second facteur validé avec votre code pour { $account } (le code suivant, à un changement de période).
signin-answered-recovery = Un code de secours de { $account } a été utilisé : il en reste { $left } sur { $total }.
signin-recovery-low = Il reste peu de codes de secours : en obtenir de nouveaux auprès du serveur.
signin-answered-passcode = Validé avec le code envoyé par { $via }.
signin-done = Connecté à { $server } en tant que { $who }.

## Recovery codes dialog

recovery-title = Codes de secours
recovery-title-for = Codes de secours · { $label }
recovery-none = Aucun code de secours n’est encore enregistré pour ce compte.
recovery-counts = inutilisés : { $unused }, utilisés : { $used }
recovery-counts-server = inutilisés : { $unused }, utilisés : { $used } · du serveur { $server }
recovery-low = — bientôt épuisés : obtenir de nouveaux codes auprès de votre serveur.
recovery-code-used = utilisé
recovery-code-used-note = utilisé ({ $note })
recovery-code-unused = inutilisé
recovery-copy = Copier
recovery-copy-label = Copier le code de secours { $n }
recovery-mark-used = Marquer utilisé
recovery-mark-used-label = Marquer le code de secours { $n } comme utilisé
recovery-copied = Copié ; effacé dans { $seconds } s
recovery-reveal = Révéler les codes
recovery-export = Exporter en texte
recovery-add-text = Ajouter des codes obtenus ailleurs (un par ligne)
recovery-add = Ajouter des codes
recovery-added =
    { $count ->
        [one] { $count } code ajouté
       *[other] { $count } codes ajoutés
    }
