# The command line's --help and man pages: `help-<command path>` is a command's
# description, `help-<command path>--<argument>` an argument's (cli/help.rs).

## clap's own words: the headings of --help and the built-in --help, --version and help

help-heading-usage = Utilisation
help-heading-commands = Commandes
help-heading-arguments = Arguments
help-heading-options = Options
help-builtin-help = Afficher l’aide
help-builtin-version = Afficher la version
help-builtin-help-command = Afficher ce message ou l’aide des sous-commandes données
help-builtin-help-command--subcommand = Afficher l’aide des sous-commandes
help-builtin-default = par défaut
help-builtin-possible-values = valeurs possibles

## clap's most common usage errors (the rest stay clap's English)

help-error-unknown-argument = argument inattendu '{ $arg }'
help-error-unknown-subcommand = sous-commande inconnue '{ $name }'
help-error-missing-arguments = les arguments obligatoires suivants n’ont pas été donnés :
help-error-value-required = '{ $arg }' demande une valeur, mais aucune n’a été donnée
help-error-invalid-value = valeur invalide '{ $value }' pour '{ $arg }'
help-error-similar-subcommand = une sous-commande proche existe : { $name }
help-error-similar-subcommands = des sous-commandes proches existent : { $names }
help-error-similar-argument = un argument proche existe : { $name }
help-error-similar-arguments = des arguments proches existent : { $names }
help-error-similar-value = une valeur proche existe : { $name }
help-error-similar-values = des valeurs proches existent : { $names }
help-error-pass-as-value = pour passer '{ $arg }' comme valeur, utilisez '{ $escaped }'
help-error-tip = astuce
help-error-more = Pour plus d’informations, essayez '{ $help }'.

## The commands and their arguments

help-mfa-companion = Codes d’authentification gardés dans le trousseau du système ; sans commande, ouvre la fenêtre du bureau

help-add = Ajouter des comptes depuis des URI otpauth:// (en argument, ou `-` pour une par ligne sur l’entrée standard), ou à la main avec --issuer/--account et le secret sur l’entrée standard
help-add--uri = Une URI otpauth://, ou `-` pour lire des URI sur l’entrée standard, une par ligne. L’omettre pour saisir un compte à la main (le secret est alors lu sur l’entrée standard)
help-add--issuer = Émetteur (saisie manuelle)
help-add--name = Nom du compte (saisie manuelle)
help-add--kind = totp (par défaut), hotp ou steam (saisie manuelle)
help-add--algorithm = Algorithme HMAC (saisie manuelle)
help-add--digits = Longueur du code, 6-8 (saisie manuelle)
help-add--period = Secondes par code, 1-3600 (saisie manuelle, totp et steam)
help-add--counter = Compteur de départ (saisie manuelle, hotp)
help-add--from-screen = Chercher les codes QR à l’écran (sur tous les moniteurs), lister les comptes qu’ils contiennent et demander avant de les ajouter
help-add--from-clipboard = Comme --from-screen, depuis une image du presse-papiers (une capture d’écran que vous avez prise)
help-add--yes = Avec --from-screen ou --from-clipboard : ajouter chaque compte trouvé sans demander

help-list = Lister les comptes (ni secrets, ni codes)
help-list--json = Afficher un tableau JSON (avec les `tags`, `pinned` et, quand le coffre peut être ouvert, `note` de chaque compte)
help-list--tag = Seulement les comptes portant cette étiquette (sans tenir compte de la casse)

help-code = Afficher le code actuel d’un compte. Pour HOTP, avance d’abord le compteur
help-code--account = Id, émetteur:compte, ou un fragment unique (sans tenir compte de la casse) de l’un ou l’autre
help-code--at = Heure Unix pour laquelle calculer le code (comptes basés sur le temps seulement)
help-code--json = Afficher {"{"}"code", "remaining", "period"{"}"}

help-remove = Supprimer un compte et son secret
help-remove--account = Id, émetteur:compte, ou un fragment unique (sans tenir compte de la casse) de l’un ou l’autre
help-remove--yes = Ne pas demander de confirmation

help-rename = Changer l’émetteur et/ou le nom d’un compte
help-rename--account = Id, émetteur:compte, ou un fragment unique (sans tenir compte de la casse) de l’un ou l’autre
help-rename--issuer = Nouvel émetteur
help-rename--name = Nouveau nom du compte

help-server = Profils de serveur pour l’inscription (les jetons vont dans le trousseau du système)

help-server-add = Ajouter un profil de serveur ; son jeton bearer est lu sur l’entrée standard (ou demandé) et gardé dans le trousseau du système. Avec --auth-url et --login (Lerian), aucun jeton n’est demandé : `mfa-companion login` se connecte à la place
help-server-add--name = Un nom pour le profil (lettres, chiffres, '-', '_', '.')
help-server-add--api = La famille d’API que parle le serveur
help-server-add--url = URL de base (https:// ; http:// seulement pour 127.0.0.1, localhost, [::1])
help-server-add--user = L’identifiant de l’utilisateur (Lerian)
help-server-add--tenant = L’identifiant du tenant (API tenant)
help-server-add--email = L’adresse e-mail du compte (Flashback)
help-server-add--country = Le pays du téléphone pour les codes par SMS (Lerian), p. ex. BR
help-server-add--auth-url = L’URL de base du plugin Lerian Auth, pour se connecter au lieu de coller un jeton
help-server-add--login = Le nom d’utilisateur pour se connecter (le mot de passe est demandé par `login`, jamais gardé)
help-server-add--replace = Remplacer un profil du même nom (et son jeton)

help-server-list = Lister les profils de serveur (jamais les jetons)
help-server-list--json = Afficher un tableau JSON

help-server-remove = Supprimer un profil de serveur et son jeton
help-server-remove--name = Le nom du profil

help-status = Afficher l’état MFA d’un serveur pour l’utilisateur du profil
help-status--server = Le profil de serveur
help-status--json = Afficher du JSON
help-status--timeout = Secondes d’attente du serveur

help-login = Se connecter au plugin Lerian Auth d’un profil : le mot de passe est demandé (ou lu sur la première ligne de l’entrée standard) et jamais gardé ; un défi MFA reçoit pour réponse le code de cette app pour le compte inscrit avec le profil, ou --recovery, ou --method
help-login--server = Le profil de serveur (ajouté avec --auth-url et --login)
help-login--recovery = Répondre au défi MFA avec le prochain code de secours inutilisé gardé pour ce serveur (marqué utilisé avant d’être envoyé)
help-login--method = Répondre avec un code que le serveur envoie par e-mail ou SMS au lieu du code de cette app
help-login--passcode = Le code reçu par e-mail ou SMS (sinon il est demandé)
help-login--remember-device = Demander au serveur de se souvenir de cet appareil (`rememberDevice`)
help-login--timeout = Secondes d’attente pour chaque appel au serveur

help-token = Afficher un jeton d’accès valide d’un profil connecté (renouvelé d’abord s’il expire dans les 60 s), pour les scripts : `curl -H "Authorization: Bearer $(mfa-companion token --server work)"`
help-token--server = Le profil de serveur
help-token--timeout = Secondes d’attente du serveur (quand un renouvellement est dû)

help-logout = Se déconnecter : terminer la session sur le serveur et oublier ses jetons
help-logout--server = Le profil de serveur
help-logout--timeout = Secondes d’attente du serveur

help-backup = Sauvegardes automatiques, vérifiées et chiffrées après chaque modification

help-backup-configure = Écrire une sauvegarde vérifiée dans DIR après chaque modification, en gardant les N plus récentes. Le mot de passe est lu depuis une saisie masquée, ou une ligne de l’entrée standard ; il n’est jamais gardé
help-backup-configure--dir = Le dossier des sauvegardes (un dossier que Syncthing ou Nextcloud synchronise en garde des copies sur vos autres machines)
help-backup-configure--keep = Combien de sauvegardes garder

help-backup-now = Écrire une sauvegarde maintenant (rien quand la plus récente contient déjà les comptes actuels)
help-backup-now--auto = Fonctionner en silence, comme la sauvegarde automatique après une modification

help-backup-list = Les sauvegardes du dossier : heure, comptes, vérifiée
help-backup-list--json = Afficher du JSON

help-backup-restore = Ajouter les comptes d’une sauvegarde qui ne sont pas encore enregistrés (rien n’est remplacé). Le mot de passe de la sauvegarde est lu depuis une saisie masquée, ou une ligne de l’entrée standard
help-backup-restore--file = Le fichier de sauvegarde
help-backup-restore--dry-run = Montrer ce qui serait ajouté ; ne rien enregistrer
help-backup-restore--yes = Ne pas demander avant d’ajouter

help-backup-disable = Arrêter les sauvegardes automatiques (les fichiers déjà écrits restent)

help-lock = Le verrouillage de l’app, facultatif : la clé du coffre protégée par un mot de passe au lieu d’être dans le trousseau

help-lock-enable = Activer le verrouillage : la clé du coffre est chiffrée avec un mot de passe (depuis une saisie masquée, ou une ligne de l’entrée standard) et retirée du trousseau
help-lock-enable--idle-minutes = Minutes d’inactivité après lesquelles la clé déverrouillée est oubliée

help-lock-disable = Désactiver le verrouillage : la clé retourne dans le trousseau (mot de passe nécessaire)

help-lock-change = Changer le mot de passe (l’ancien, puis le nouveau ; une ligne chacun sur l’entrée standard)

help-lock-status = Si le verrouillage est activé, et s’il est ouvert

help-lock-now = Verrouiller maintenant : l’agent oublie toutes les clés

help-unlock = Ouvrir le verrouillage de l’app (mot de passe depuis une saisie masquée, ou une ligne de l’entrée standard)

help-agent = L’agent résident : zone de notification, copie rapide, recherche du bureau ; `--autostart on|off` le lance à l’ouverture de session
help-agent--autostart = Lancer l’agent à l’ouverture de session (une entrée d’autostart XDG), ou ne plus le faire, puis quitter
help-agent--quit = Arrêter l’agent en cours d’exécution, puis quitter
help-agent--keys-only = Seulement garder les clés du verrouillage de l’app (ce que `unlock` lance quand aucun agent ne tourne)

help-type = Taper le code actuel d’un compte dans la fenêtre active (comme le raccourci Ctrl+Alt+T de l’agent) ; sans ACCOUNT, le compte dont le titre de la fenêtre nomme l’émetteur ("Sign in to GitHub" → GitHub), sinon la recherche rapide s’ouvre. X11, et les bureaux Wayland qui le permettent (sway et autres compositeurs wlroots, KDE Plasma)
help-type--account = Id, émetteur:compte, ou un fragment unique (sans tenir compte de la casse) de l’un ou l’autre ; sans lui, le compte dont le titre de la fenêtre active nomme l’émetteur
help-type--delay = Attendre d’abord ce nombre de secondes (le temps de cliquer dans le champ à remplir)

help-show = Faire apparaître la fenêtre (une fenêtre ouverte passe au premier plan) ; --search place le curseur dans son champ de recherche, pour un raccourci défini dans les réglages clavier du bureau
help-show--search = Placer le curseur dans le champ de recherche (Entrée copie le premier résultat)

help-pin = Épingler un compte en haut de la fenêtre et du menu de la zone de notification
help-pin--account = Id, émetteur:compte, ou un fragment unique (sans tenir compte de la casse) de l’un ou l’autre

help-unpin = Désépingler un compte
help-unpin--account = Id, émetteur:compte, ou un fragment unique (sans tenir compte de la casse) de l’un ou l’autre

help-note = Définir, afficher ou effacer la note d’un compte (conservée chiffrée dans le coffre)
help-note--account = Id, émetteur:compte, ou un fragment unique (sans tenir compte de la casse) de l’un ou l’autre
help-note--text = La nouvelle note (jusqu’à 1000 caractères) ; sans elle, la note est affichée
help-note--clear = Supprimer la note

help-tag = Ajouter et retirer des étiquettes d’un compte (`+work -home` ; un nom seul ajoute) ; sans modification, affiche ses étiquettes
help-tag--account = Id, émetteur:compte, ou un fragment unique (sans tenir compte de la casse) de l’un ou l’autre
help-tag--changes = `+TAG` ou `TAG` ajoute une étiquette, `-TAG` en retire une

help-icon = Afficher ou choisir l’icône d’un compte : NAME est une icône du jeu fourni (par slug ou titre, voir `icons`) ou "letter" ; --auto revient à celle qui correspond à son émetteur
help-icon--account = Id, émetteur:compte, ou un fragment unique (sans tenir compte de la casse) de l’un ou l’autre
help-icon--name = Une icône du jeu fourni, ou "letter"
help-icon--file = Une image à vous : un PNG ou JPEG (ajusté à 64 pixels) ou un SVG sans scripts ni références externes, de 1 Mo au plus
help-icon--auto = Oublier le choix : afficher l’icône qui correspond à l’émetteur

help-icons = Lister les icônes d’émetteurs fournies (simple-icons, CC0) dont le nom contient QUERY
help-icons--query = Une partie d’un slug, d’un titre ou d’un alias

help-enroll = Inscrire cet appareil auprès d’un serveur : setup, store, verify, enable, status
help-enroll--server = Le profil de serveur auprès duquel s’inscrire
help-enroll--mfa-type = Le type de MFA : app|email|sms (Lerian), GOOGLE_AUTH|MAGIC_LINK|PASSKEY (Flashback), totp (API tenant). Par défaut : le type « application d’authentification » de la famille
help-enroll--passcode = Le code reçu par e-mail ou SMS (sinon il est demandé)
help-enroll--resume = Reprendre une inscription en attente (son id, ou la seule)
help-enroll--discard = Abandonner une inscription en attente (son id, ou la seule)
help-enroll--timeout = Secondes d’attente pour chaque appel au serveur

help-recovery = Codes de secours dans le coffre chiffré, hors ligne

help-recovery-list = Combien de codes sont inutilisés et utilisés (jamais les codes)
help-recovery-list--account = Le compte
help-recovery-list--json = Afficher {"{"}"unused": N, "used": M{"}"}

help-recovery-show = Révéler les codes et leur état
help-recovery-show--account = Le compte

help-recovery-use = Marquer un code comme utilisé (hors ligne) : celui donné, ou le prochain inutilisé (affiché)
help-recovery-use--account = Le compte
help-recovery-use--code = Le code que vous avez utilisé ; l’omettre pour prendre le prochain inutilisé

help-recovery-add = Ajouter des codes pour un compte inscrit ailleurs : tapés ou envoyés sur l’entrée standard, un par ligne (ou séparés par des espaces)
help-recovery-add--account = Le compte

help-recovery-export = Afficher les codes en texte, à garder sur papier ou dans un coffre-fort
help-recovery-export--account = Le compte

help-import = Importer des comptes depuis l’export d’une autre app, une image QR, une liste otpauth ou une sauvegarde. Le format est reconnu d’après le contenu ; les doublons sont ignorés
help-import--file = Le fichier à importer (`-` pour l’entrée standard)
help-import--format = Son format, quand il ne peut pas être reconnu d’après le contenu. Le fichier à chercher : keepass, une base `.kdbx` de KeePass ou KeePassXC (son mot de passe est demandé) ; proton-authenticator, l’export de Proton Authenticator (Settings > Export, un `.json` sans mot de passe) ; authenticator-pro, une sauvegarde d’Authenticator Pro (Stratum) (`.authpro`, avec ou sans mot de passe, ou Export > Unencrypted) ; andotp, une sauvegarde d’andOTP (`otp_accounts_*.json`, ou chiffrée `otp_accounts_*.json.aes` : passer --format andotp pour les sauvegardes d’andOTP antérieures à 0.6.3, dont les fichiers chiffrés n’ont pas d’en-tête) ; bitwarden, un export `.json` de Bitwarden, en clair ou "JSON (Encrypted)" avec "Password protected" (un "Account restricted" ne peut pas être lu) ; steam, un `.maFile` de Steam Desktop Authenticator, de son dossier `maFiles` (chiffrement retiré dans SDA) ; bitwarden-csv, l’export du coffre de Bitwarden en `.csv` ; lastpass, le `.json` de LastPass Authenticator (Settings > Transfer accounts > Export accounts to file). Gestionnaires de mots de passe : 1password, le `.1pux` de 1Password (File > Export > 1PUX ; les éléments avec un mot de passe à usage unique) ; proton-pass, l’export `.zip` de Proton Pass (Settings > Export, sans chiffrement : un export chiffré avec PGP ne peut pas être lu), ou son `data.json` ; raivo, le `raivo-otp-export-*.zip` de Raivo OTP (le mot de passe de l’export est demandé). ente, l’export d’Ente Auth, en texte clair ou "Ente Encrypted export" (`.txt`, du JSON à l’intérieur, son mot de passe est demandé) ; totp-authenticator, une sauvegarde de TOTP Authenticator (`.bin`, texte en base64 ; une sauvegarde faite sans mot de passe s’ouvre avec celui par défaut de l’app) ; freeotp-backup, la sauvegarde de FreeOTP 2 (Backup dans son menu : le fichier qu’il enregistre, p. ex. `externalBackup.xml`, un fichier sérialisé Java malgré son nom ; le mot de passe défini dans FreeOTP est demandé). authenticator-plus, la sauvegarde `authplus.db` d’Authenticator Plus (More > Backup ; le mot de passe maître de l’app est demandé) : le fichier seul demande --format authenticator-plus, un zip qui le contient est reconnu ; ou son Export, un zip contenant `Accounts.txt` (reconnu ; le mot de passe de l’export est demandé). Fichiers internes d’autres apps, copiés depuis un téléphone Android rooté, l’app fermée (sous /data/data/PACKAGE/) : google-authenticator-db, `com.google.android.apps.authenticator2/databases/databases` de Google Authenticator ; microsoft-authenticator, `com.azure.authenticator/databases/PhoneFactor` ; authenticator-pro-db, `me.jmh.authenticatorpro/files/proauth.db3` ou `com.stratumauth.app/databases/authenticator.db3` de Stratum (pas quand l’app le chiffre) ; authy, `com.authy.authy/shared_prefs/com.authy.storage.tokens.authenticator.xml` (le mot de passe des sauvegardes Authy est demandé quand les jetons sont gardés chiffrés) ; battle-net, le `com.blizzard.messenger/shared_prefs/com.blizzard.messenger.authenticator_preferences.xml` de l’app Battle.net ou l’ancien `com.blizzard.bma/shared_prefs/com.blizzard.bma.AUTH_STORE.xml` ; freeotp-xml, le `shared_prefs/tokens.xml` de FreeOTP ou FreeOTP+ ; duo, `com.duosecurity.duomobile/files/duokit/accounts.json` ; totp-authenticator-xml, `com.authenticator.authservice2/shared_prefs/TOTP_Authenticator_Preferences.xml`
help-import--dry-run = Montrer ce qui serait importé ; ne rien enregistrer
help-import--password-stdin = Lire le mot de passe du fichier sur la première ligne de l’entrée standard
help-import--json = Afficher le rapport en JSON

help-export = Exporter tous les comptes avec leur secret : vers une autre app, en codes QR ou en sauvegarde
help-export--format = otpauth (texte clair), migration-qr (images QR de Google Authenticator, en clair), aegis (un coffre Aegis, en clair), aegis-encrypted (un coffre Aegis), 2fas (une sauvegarde 2FAS, en clair), 2fas-encrypted (une sauvegarde 2FAS), bitwarden (un export JSON de Bitwarden, en clair), paper (une page HTML à imprimer : codes QR, secrets et codes de secours, en clair), backup (la sauvegarde chiffrée de cette app, avec les codes de secours), keepass (une base KeePass KDBX 4 : KeePassXC affiche les codes)
help-export--out = Le fichier à écrire (pour migration-qr avec plus de 10 comptes : FILE-1.png, FILE-2.png, ...). Seul otpauth peut aller sur la sortie standard (sans --out)
help-export--password-stdin = Lire le mot de passe sur la première ligne de l’entrée standard (formats chiffrés)
help-export--yes = Ne pas demander de confirmation

help-doctor = Vérifier le trousseau (un vrai aller-retour), le dossier de données et l’horloge
help-doctor--repair = Recréer les comptes depuis les éléments du trousseau dont les métadonnées ont été perdues

help-completions = Afficher un script de complétion pour le shell (bash, zsh, fish, elvish ou powershell)
help-completions--shell = Le shell pour lequel compléter

help-package-files = Écrire les pages de manuel, les complétions et les fichiers d’intégration au bureau qu’un paquet installe (pour package.sh)
help-package-files--out = La copie de préparation du préfixe d’installation (p. ex. `pkgroot/usr`) ; les fichiers vont sous son `share/`
help-package-files--bin-dir = Où le paquet installe les exécutables (pour les lignes `Exec=`)
