# Error messages: what happened and what to do. Shown by the window, the CLI
# ("error: MESSAGE [code]") and notifications; the codes never change, the words may.
# Variables are names, counts, paths and technical details; never a secret.

# Text that is not ours, shown as it is (an OS error, a parser's technical detail).
as-is = { $text }

## Secrets, OTP parameters, otpauth links, accounts, storage, vault, keychain
## (otp/, otpauth.rs, account.rs, storage/)

secret-empty = le secret est vide
secret-invalid-character = le secret n’est pas un base32 valide : le caractère { $position } n’est pas A-Z ni 2-7
secret-too-long = le secret est trop long ({ $bytes } octets ; au plus { $max })

# OTP parameters ($digits, $period: what was asked for)
params-digits =
    { $digits ->
        [one] { $digits } chiffre n’est pas pris
       *[other] { $digits } chiffres ne sont pas pris
    } en charge : utilisez 6, 7 ou 8
params-period = une période de { $period } s n’est pas prise en charge : utilisez de 1 à 3600 secondes (30 est l’usage)
params-steam = les codes Steam Guard sont toujours en SHA1 avec 5 caractères

# otpauth:// links. $found: the value given, in quotes; $part: a URI parameter's name
uri-too-long = l’URI fait { $len } octets ; au plus { $max } sont acceptés
uri-scheme = ce n’est pas une URI otpauth : elle doit commencer par otpauth://
uri-type = type d’OTP inconnu { $found } : totp, hotp ou steam attendu
# $kind: label, name (a parameter's name) or value (the value of parameter $part)
uri-encoding =
    { $kind ->
        [label] le libellé
        [name] le nom d’un paramètre
       *[value] le paramètre { $part }
    } n’est pas de l’UTF-8 valide encodé en pourcentage
uri-duplicate = le paramètre { $name } apparaît plus d’une fois
uri-missing-secret = le paramètre secret manque
# $reason: what is wrong with the secret (a secret-… message)
uri-secret = secret non valide : { $reason }
uri-algorithm = algorithme non pris en charge { $found } : utilisez SHA1, SHA256 ou SHA512
uri-digits = nombre de chiffres non valide { $found } : utilisez 6, 7 ou 8
uri-period = période non valide { $found } : utilisez de 1 à 3600 secondes
uri-missing-counter = le paramètre counter manque (obligatoire pour hotp)
uri-counter = compteur non valide { $found } : il doit être un nombre entier
# $part: issuer or account (the account name)
uri-name-too-long =
    { $part ->
        [issuer] l’émetteur
       *[account] le nom du compte
    } dépasse { $max } caractères
uri-name-control =
    { $part ->
        [issuer] l’émetteur
       *[account] le nom du compte
    } contient des caractères de contrôle

# Accounts. $label: issuer:account; $id: the account's id; $query: what was asked for, in quotes
account-record-id = identifiant de compte non valide { $id }
# $field: period or counter (a field of the file)
account-record-missing = compte { $id } : { $field } manque
# $reason: a params-… message
account-record-params = compte { $id } : { $reason }
account-not-found = aucun compte ne correspond à { $query } : voir `mfa-companion list`
# $matches: "id (issuer:account)" of each, separated by commas
account-ambiguous =
    { $query } correspond à { $count ->
        [one] { $count } compte
       *[other] { $count } comptes
    } : { $matches } ; utilisez un identifiant ou émetteur:compte
account-secret-missing = le secret de { $label } (identifiant { $id }) manque dans le coffre : supprimez le compte et ajoutez-le à nouveau, ou exécutez `mfa-companion doctor --repair`
# $reason: what is wrong with the secret (a secret-… message; never the secret)
account-secret-damaged = le secret de { $label } (identifiant { $id }) est endommagé ({ $reason }) : supprimez le compte et ajoutez-le à nouveau
account-counter-exhausted = le compteur de { $label } ne peut plus avancer
account-note-too-long = la note dépasse { $max } caractères
account-note-control = la note contient des caractères de contrôle
# $tag: the tag as given, in quotes
account-tag-empty = l’étiquette { $tag } est vide
account-tag-too-long = l’étiquette { $tag } dépasse { $max } caractères
account-tag-control = l’étiquette { $tag } contient des caractères de contrôle
account-tag-sign = l’étiquette { $tag } commence par + ou - (ils ajoutent et retirent une étiquette)
account-tag-too-many = ce serait une étiquette de trop (un compte en porte au plus { $max })
# $name: the icon's name as given, in quotes
account-icon-unknown = aucune icône nommée { $name } dans le jeu fourni : `mfa-companion icons` les liste, ou utilisez "letter"

# Storage. $path: a file or folder; $error: what the operating system said
storage-no-data-dir = aucun dossier de données : définissez XDG_DATA_HOME ou HOME
# $cause: why the change failed; $undo: why undoing it failed (both messages)
storage-rollback-failed = { $cause } ; le secret enregistré pour lui n’a pas pu être supprimé à nouveau ({ $undo }) : exécutez `mfa-companion doctor` pour rétablir la cohérence
storage-id-taken = aucun identifiant de compte libre n’a été trouvé ; réessayez
storage-server-exists = un profil de serveur nommé { $name } existe déjà : choisissez un autre nom, ou passez --replace
storage-server-not-found = aucun profil de serveur nommé { $name } : voir `mfa-companion server list`
storage-token-missing = le jeton du profil de serveur { $name } manque dans le trousseau : enregistrez-le à nouveau avec `mfa-companion server add { $name } ... --replace`
# $action: a storage-action-… message
storage-io = échec { $action } { $path } : { $error }
# $detail: what the parser said; $backup: the backup file
storage-damaged = le fichier des comptes { $path } est endommagé ({ $detail }) ; il n’a pas été modifié : restaurez-le depuis { $backup } ou une sauvegarde
# $found: the file's version; $version: the newest this release reads
storage-newer-version = le fichier des comptes { $path } est en version { $found }, plus récente que ce que cette version comprend ({ $version }) : mettez à jour mfa-companion
# A message of another part of the app, as it is
# What was being done to a file or folder, followed by its path (storage-io, vault-io)
storage-action-read = de la lecture de
storage-action-read-back = de la relecture de
storage-action-write = de l’écriture de
storage-action-create = de la création de
storage-action-open = de l’ouverture de
storage-action-lock = du verrouillage de
storage-action-remove = de la suppression de
storage-action-sync = de la synchronisation de
storage-action-encode = de l’encodage de
storage-action-replace = du remplacement de
storage-action-keep-copy = de la conservation d’une copie de
storage-action-keep-previous = de la conservation de la version précédente de
storage-action-create-data-folder = de la création du dossier de données
storage-action-write-test-file = de l’écriture d’un fichier de test dans
storage-action-open-lock-file = de l’ouverture du fichier de verrou
storage-action-remove-old-file = de la suppression de l’ancien fichier
storage-action-create-file-in = de la création d’un fichier dans
storage-action-write-file-in = de l’écriture d’un fichier dans
# `mfa-companion doctor`'s clock check. $time: Unix time in seconds
storage-clock-wrong = l’horloge du système indique { $time } (temps Unix), ce qui ne peut pas être juste : réglez la date et l’heure, les codes en dépendent
storage-clock-synchronized = synchronisée par systemd-timesyncd
storage-clock-plausible = plausible ; état de la synchronisation de l’heure par le réseau inconnu (les codes demandent une horloge juste à quelques secondes près)

# The vault. $detail: what failed (technical)
vault-damaged = le coffre { $path } est endommagé ({ $detail }) : il a été laissé tel quel ; exécutez `mfa-companion doctor --repair` pour restaurer la version précédente ou une sauvegarde
# $found: the vault's format version
vault-newer-version = le coffre { $path } a été écrit par un MFA Companion plus récent (format { $found }) : mettez l’application à jour
# $item: the keychain item's name
vault-key-missing = la clé du coffre manque dans le trousseau (élément { $item }) : le coffre ne peut pas être déchiffré ; restaurez le trousseau, ou restaurez une sauvegarde dans un nouveau dossier de données. Le fichier du coffre a été laissé tel quel
# $action: a storage-action-… message
vault-io = échec { $action } { $path } : { $error }
vault-verify-failed = le nouveau coffre n’a pas pu être vérifié après l’écriture ({ $detail }) ; le coffre précédent a été gardé tel quel : vérifiez le disque et réessayez

# The app lock
lock-app-locked = verrouillé : exécutez `mfa-companion unlock`
lock-off = le verrouillage de l’application est désactivé : `mfa-companion lock enable` l’active
lock-wrong-password = mot de passe incorrect : rien n’a été modifié

# Recovery codes. $account: the account (issuer:account)
recovery-no-codes = aucun code de secours n’est enregistré pour { $account } : ajoutez-en avec `mfa-companion recovery add { $account }`
recovery-unknown-code = ce code n’est pas l’un des codes de secours enregistrés pour { $account }
recovery-all-used = tous les codes de secours de { $account } sont utilisés : obtenez-en de nouveaux auprès du serveur et ajoutez-les

# The OS keychain. $detail: what the keychain reported; $key: an item's key
keychain-unavailable = le trousseau du système n’est pas disponible ({ $detail }) : démarrez gnome-keyring ou KWallet dans votre session de bureau (sur une machine sans écran : exécutez `gnome-keyring-daemon --unlock` dans `dbus-run-session`), puis réessayez
keychain-locked = le trousseau du système est verrouillé ou a refusé l’accès : déverrouillez-le (par exemple dans Mots de passe et clés / Seahorse, ou avec `gnome-keyring-daemon --unlock`) et réessayez
keychain-not-found = aucun élément du trousseau pour { $key }
keychain-ambiguous =
    { $count ->
        [one] { $count } élément du trousseau a
       *[other] { $count } éléments du trousseau partagent
    } la clé { $key } : supprimez ceux en trop dans Mots de passe et clés / Seahorse
keychain-corrupt = l’élément du trousseau { $key } n’est pas lisible par cette application (son contenu n’est pas valide) : supprimez-le ou restaurez-le depuis une sauvegarde
keychain-failed = le trousseau du système a signalé une erreur : { $detail }

# --- end of storage ---

## Servers, enrollment, sign-in, backups, the agent, the app lock
## (identity/, enroll/, signin/, backups/, agent/)

# Servers' answers: what to do, then the server's own words as they are
server-answered = { $advice } : le serveur a répondu { $status }{ $details } : { $message }
server-no-message = (aucun message)
server-already-enabled = la MFA est déjà activée pour cet utilisateur
server-passcode-rejected = le serveur a refusé le code : vérifier l’horloge (`mfa-companion doctor`) ou le code saisi, puis réessayer
server-verification-failed = le serveur a refusé le code : vérifier l’horloge (`mfa-companion doctor`), puis réessayer
server-not-verified = le serveur n’a encore vérifié aucun code pour cette configuration
server-setup-missing = le serveur n’a aucune configuration MFA en cours pour cet utilisateur : abandonner cette inscription et recommencer
server-recovery-rejected = le serveur n’a pas accepté le code de secours
server-unknown-user = le serveur ne connaît pas cet identifiant d’utilisateur : vérifier le --user du profil
server-bad-user-id = selon le serveur, l’identifiant d’utilisateur est mal formé : vérifier le --user du profil
server-bad-type = le serveur ne propose pas ce type de MFA
server-signed-out = le serveur a refusé le jeton de rafraîchissement (la session a pris fin) : se reconnecter avec `mfa-companion login`
server-request-rejected = le serveur n’a pas accepté la forme de la requête (cette application et le serveur parlent peut-être des versions différentes de l’API)
server-tenant-mismatch = l’identifiant de tenant du profil et le jeton appartiennent à des tenants différents : vérifier --tenant ou le jeton
server-unauthorized = le serveur n’a pas accepté le jeton : en enregistrer un nouveau (Serveurs, Modifier dans la fenêtre ; `mfa-companion server add` avec le même nom et --replace)
server-forbidden = le serveur a refusé ceci pour cet utilisateur
server-not-found = le serveur n’a pas cette ressource : vérifier l’URL du profil
server-failed = le serveur a échoué : réessayer plus tard
server-error = le serveur a refusé la requête

# Identity clients
identity-bad-url = l’URL de serveur { $url } n’est pas utilisable : { $reason }
identity-url-credentials = les identifiants n’ont pas leur place dans l’URL ; le jeton est demandé à part
identity-url-query = l’URL de base ne peut pas avoir de requête ni de fragment
identity-url-scheme = schéma { $scheme } non pris en charge : utiliser https://
identity-url-no-host = pas d’hôte
identity-insecure-url = refus du http:// en clair vers { $url } : les jetons et les secrets traverseraient le réseau sans chiffrement ; utiliser https:// (http n’est permis que pour 127.0.0.1, localhost et [::1])
identity-bad-token = le jeton est vide ou mal formé : coller le jeton bearer seul, sur une ligne
identity-bad-profile = profil de serveur non valide : { $reason }
identity-profile-name = le nom { $name } doit compter de 1 à 64 lettres, chiffres, « - », « _ » ou « . »
identity-profile-country = --country { $country } n’est pas un code ISO 3166-1 à deux lettres comme BR
identity-profile-signin-lerian = seuls les profils Lerian se connectent (--auth-url et --login)
identity-profile-login = --login { $login } n’est pas un nom d’utilisateur (1 à 256 caractères, sur une ligne)
identity-profile-login-needs-auth-url = --login demande --auth-url <AUTH_URL>
identity-profile-auth-url-needs-login = --auth-url demande --login <USERNAME>
identity-profile-user = --user { $user } n’est pas un identifiant d’utilisateur (un UUID)
identity-profile-lerian-needs-user = un profil Lerian demande --user <USER_ID>, ou --auth-url et --login pour se connecter
identity-profile-tenant = --tenant { $tenant } n’est pas un identifiant de tenant (un UUID)
identity-profile-tenant-needed = un profil de l’API par tenant demande --tenant <TENANT_ID>
identity-profile-email = --email { $email } n’est pas une adresse électronique
identity-profile-email-needed = un profil Flashback demande --email <EMAIL>
identity-profile-tenant-header = l’identifiant de tenant ne peut pas être envoyé comme en-tête
identity-profile-no-user = le profil { $name } n’a pas d’identifiant d’utilisateur
identity-profile-no-email = le profil { $name } n’a pas d’adresse électronique
identity-profile-no-tenant = le profil { $name } n’a pas d’identifiant de tenant
identity-wrong-type = { $given } n’est pas un type de MFA de l’API { $family } : utiliser { $family ->
    [lerian] app, email ou sms
    [flashback] GOOGLE_AUTH, MAGIC_LINK ou PASSKEY
   *[tenant] totp
}
identity-connect = impossible de joindre { $url } : { $detail } ; vérifier l’URL et le réseau, puis réessayer
identity-timeout = { $url } n’a pas répondu en { $secs } s ; le serveur est peut-être arrêté ou surchargé, réessayer plus tard
identity-too-large = { $url } a envoyé une réponse de plus de 1 Mio, ce dont aucune API d’identité n’a besoin : refus de la lire (l’URL est-elle la bonne ?)
identity-redirect = { $url } a redirigé vers { $to }, un autre hôte : refus d’y envoyer le jeton ; vérifier l’URL du profil
identity-not-json-failing = { $url } a répondu HTTP { $status } avec { $type } au lieu de JSON : le service d’identité ou un proxy placé devant lui est en panne, réessayer plus tard
identity-not-json = { $url } a répondu HTTP { $status } avec { $type } au lieu de JSON : est-ce bien l’URL de l’API d’identité ?
identity-malformed = { $url } a envoyé une réponse que cette application ne comprend pas : { $detail }
identity-answer-no-token = la réponse ne contient ni accessToken ni mfaToken
identity-answer-bad-token = le champ { $field } n’est pas un jeton utilisable
identity-answer-expires = le champ « expiresIn » est absent ou n’est pas un nombre de secondes
identity-answer-no-success = pas de « success » dans la réponse
identity-answer-no-data = pas d’objet « data » dans la réponse
identity-answer-not-json = le corps n’est pas du JSON valide ({ $error })
identity-answer-not-text = le champ { $field } est absent ou n’est pas du texte
identity-answer-not-bool = le champ { $field } est absent ou ne vaut pas true/false
identity-answer-false = réponse 200 avec { $field } : false
identity-answer-not-code = { $field } contient autre chose qu’un code
identity-answer-not-list = { $field } n’est pas une liste
identity-answer-secret = le secret n’est pas un base32 valide ({ $error })
identity-answer-uri = son URL otpauth n’est pas valide ({ $error })
identity-answer-secret-differs = le secret et le secret de l’URL otpauth diffèrent
identity-answer-no-recovery-codes = pas de recoveryCodes : l’étape d’activation en demande un, l’inscription ne peut donc pas continuer
identity-no-enable-step = cette API n’a pas d’étape d’activation séparée
identity-no-status-call = l’API TOTP par tenant n’a pas d’appel d’état : son inscription se termine par une vérification réussie
identity-cannot-encode = impossible d’encoder la requête : { $detail }

# Signing in
signin-not-a-signin-profile = le serveur { $name } ne se connecte pas (il garde un jeton collé) : pour se connecter, le remplacer avec `mfa-companion server add { $name } --api lerian --url IDENTITY_URL --auth-url AUTH_URL --login USERNAME --replace`
signin-signed-out = déconnecté de { $name } ({ $why }) : lancer `mfa-companion login --server { $name }`
signin-credentials-refused = { $name } : le serveur a refusé le nom d’utilisateur ou le mot de passe ; vérifier le `--login` du profil et saisir à nouveau le mot de passe ({ $server })
signin-challenge-expired = { $name } : le défi de connexion a expiré avant d’avoir reçu une réponse ; relancer `mfa-companion login --server { $name }` ({ $server })
signin-passcode-refused = { $name } : le serveur a refusé le code ; vérifier l’horloge de cet ordinateur (`mfa-companion doctor`) ou le code saisi, puis se reconnecter ({ $server })
signin-recovery-refused = { $name } : le serveur a refusé le code de secours, qui reste marqué comme utilisé ; { $left ->
    [one] il en reste { $left } inutilisé
   *[other] il en reste { $left } inutilisés
} : relancer `mfa-companion login --server { $name } --recovery` pour utiliser le suivant ({ $server })
signin-no-app-account = { $name } demande un code d’authentification, mais aucun compte de cette application n’a été inscrit auprès du serveur { $name } : s’inscrire d’abord (`mfa-companion enroll --server { $name }`), ou répondre avec --recovery ou --method email|sms
signin-no-recovery-codes = aucun code de secours du serveur { $name } n’est enregistré dans cette application : répondre avec le code de l’application d’authentification, ou --method email|sms
signin-recovery-exhausted = tous les codes de secours enregistrés pour le serveur { $name } sont utilisés : se connecter avec le code de l’application d’authentification et obtenir de nouveaux codes du serveur (`mfa-companion recovery add`)
signin-no-passcode = aucun code fourni : passer --passcode, ou saisir le code envoyé par le serveur
signin-lock = impossible de verrouiller { $path } : { $error }

# Enrollment
enroll-pending-exists = une inscription auprès de { $server } est déjà en attente ({ $step })
enroll-step-started = configuration non terminée
enroll-step-setup-stored = configuration enregistrée, vérification ensuite
enroll-step-verified = vérifiée, activation ensuite
enroll-step-enabled = activée, état ensuite
enroll-busy = l’inscription { $id } est menée par un autre processus mfa-companion : attendre qu’il se termine
enroll-nothing-stored = { $error }. Rien n’a été enregistré localement
enroll-kept = { $error }. Tout ce qui a été enregistré jusqu’ici est gardé ; lancer `mfa-companion enroll --resume { $id }` pour continuer ou `enroll --discard { $id }` pour l’abandonner
enroll-damaged = l’inscription en attente n’a aucun compte avec lequel calculer un code : l’abandonner et s’inscrire à nouveau
enroll-no-recovery-code = aucun code de secours n’a été enregistré pour cette inscription, et l’activation en demande un

# Automatic backups
backup-not-configured = les sauvegardes automatiques ne sont pas configurées : lancer `mfa-companion backup configure --dir DIR`
backup-bad-config = les paramètres de sauvegarde { $path } sont endommagés ({ $detail }) : relancer `mfa-companion backup configure`
backup-config-range = keep doit valoir de 1 à 1000 et le dossier être un chemin absolu
backup-key-missing = la clé de sauvegarde manque dans le trousseau (élément { $item }) : relancer `mfa-companion backup configure`
backup-io = impossible { $action ->
    [read] de lire
    [resolve] de résoudre
    [create-folder] de créer le dossier de sauvegarde
    [derive-key] de dériver une clé pour
    [write] d’écrire
    [remove] de supprimer
    [lock] de verrouiller
    [encrypt] de chiffrer
   *[read-folder] de lire le dossier de sauvegarde
} { $path } : { $error }
backup-unverified = la sauvegarde { $path } n’a pas passé la vérification ({ $detail }) et a été supprimée : vérifier le disque du dossier de sauvegarde
backup-verify-read = impossible de la relire : { $error }
backup-verify-count = { $read ->
    [one] { $read } entrée relue
   *[other] { $read } entrées relues
}, { $written } écrites
backup-verify-entry = entrée { $entry } : { $error }
backup-verify-differs = l’entrée { $entry } diffère de ce qui a été écrit
backup-keep-invalid = garder entre 1 et 1000 sauvegardes (reçu : { $keep })

# The agent
agent-io = l’agent MFA Companion ne peut pas { $action ->
    [write] écrire dans
    [read] lire depuis
    [create] créer
    [protect] protéger
   *[listen] écouter sur
} { $path } : { $error }
agent-protocol = l’agent MFA Companion a donné une réponse inattendue : le redémarrer avec `mfa-companion lock now` et `mfa-companion unlock`
agent-not-started = l’agent MFA Companion n’a pas démarré ({ $detail }) : lancer `mfa-companion agent` pour voir pourquoi
agent-reason-not-running = il n’est pas lancé
agent-no-answer = il n’a pas répondu en { $secs } s
agent-start = l’agent n’a pas pu être lancé : { $detail }
agent-no-home = pas de dossier personnel : définir HOME (ou XDG_CONFIG_HOME et XDG_DATA_HOME)
agent-cannot-write = impossible d’écrire { $path } : { $error }
agent-cannot-remove = impossible de supprimer { $path } : { $error }
agent-cannot-locate = impossible de savoir où se trouve ce programme : { $error }
agent-runtime = impossible de démarrer l’environnement d’exécution réseau : { $error }
agent-token-failed = la demande de jeton a échoué de façon inattendue
agent-window = la fenêtre n’a pas pu être ouverte ({ $error }) ; lancer `mfa-companion-desktop`
agent-desktop-shortcut = dans cette session Wayland, le bureau tient le raccourci de recherche rapide (portail GlobalShortcuts) : le modifier dans les paramètres clavier du bureau ; pour saisir un code, y associer aussi `mfa-companion type` (sway et autres bureaux wlroots, KDE Plasma ; GNOME ne laisse aucune app saisir)
agent-desktop-shortcut-bound = dans cette session Wayland, le bureau tient le raccourci de recherche rapide ({ $trigger }) (portail GlobalShortcuts) : le modifier dans les paramètres clavier du bureau ; pour saisir un code, y associer aussi `mfa-companion type` (sway et autres bureaux wlroots, KDE Plasma ; GNOME ne laisse aucune app saisir)
agent-bind-yourself = associer `mfa-companion show --search` à un raccourci dans les paramètres clavier du bureau
agent-no-shortcuts-wayland = l’agent ne tient aucun raccourci dans cette session (Wayland sans portail GlobalShortcuts, ou pas d’affichage X) : { $hint }
agent-no-shortcuts-x = l’agent ne tient aucun raccourci dans cette session (pas d’affichage X) : { $hint }
agent-other-folder = l’agent sert un autre dossier de données
agent-unreadable-answer = l’agent a donné une réponse que cette version ne sait pas lire : { $error }
agent-bus = l’agent ne peut pas utiliser le bus de session ({ $error }) ; il fonctionne dans une session de bureau

# Settings and copying
settings-theme-unknown = pas de thème { $name } : choisir system, light ou dark
settings-sort = pas d’ordre { $name } : choisir added, issuer, name, newest, recently_used, most_used ou custom
settings-no-config-folder = pas de dossier de configuration : définir XDG_CONFIG_HOME ou HOME
settings-cannot-save = impossible d’enregistrer { $path } : { $error }
settings-clear-range = choisir entre { $min } et { $max } { $max ->
    [one] seconde
   *[other] secondes
}
settings-shortcut-twice = { $shortcut } ne peut pas à la fois afficher la fenêtre et saisir un code : choisir deux raccourcis
copy-clipboard = le presse-papiers n’est pas disponible ({ $error }) ; sélectionner le code et le copier à la main


# --- end of identity ---

## Import, export, QR images, the screen, the keyboard, icons
## (import_export/, screen/, keyboard/, issuer_icons/)

import-too-large = le fichier fait { $size } octets ; les fichiers d’import de plus de 64 Mio ne sont pas lus
import-unknown-format = le format de ce fichier n’a pas été reconnu : indiquer --format (l’un de { $formats })
import-needs-password = ce fichier { $format } est chiffré : donner son mot de passe (à la demande, ou --password-stdin)
import-wrong-password = mot de passe incorrect pour ce fichier { $format } : rien n’a été importé ; réessayer
import-malformed = ce n’est pas un fichier { $format } valide ({ $detail }) : vérifier que c’est le bon fichier, ou indiquer le bon --format
import-damaged = ce fichier { $format } est endommagé ({ $detail }) : l’exporter à nouveau depuis l’application d’origine
import-unsupported = ce fichier { $format } ne peut pas être importé : { $detail }
import-empty = ce fichier { $format } ne contient aucun compte
import-not-stored = { $text } ; rien n’a été importé
import-reason-duplicate = déjà enregistré
import-reason-same-account = déjà enregistré (même secret et même émetteur)
# Why one entry of a file (or a scanned code) cannot be used.
# $text: a reader's technical detail, as it is.
import-entry-algorithm = l’algorithme { $algorithm } n’est pas pris en charge (seulement SHA1, SHA256 et SHA512)
import-entry-kind = les codes { $kind } ne sont pas pris en charge (seulement TOTP, HOTP et Steam)
import-entry-missing-fields = il manque des champs à l’entrée
import-entry-missing-columns = il manque des colonnes à la ligne
import-entry-no-type = le type manque
import-entry-no-account-type = le type de compte manque
import-entry-negative-counter = le compteur HOTP est négatif
import-entry-not-otpauth = ce n’est pas un lien otpauth://
import-entry-item-malformed = l’élément est mal formé
import-entry-item-no-totp = aucun TOTP dans cet élément
import-entry-no-totp-row = aucun TOTP dans cette entrée (un mot de passe ou une note, laissé de côté)
import-entry-no-totp-password = aucun TOTP dans cette entrée (une entrée de mot de passe, laissée de côté)
import-entry-keystore = le secret est scellé par le magasin de clés du téléphone (versions récentes de l’application) : transférer plutôt le compte par code QR
import-entry-keystore-freeotp = le secret est scellé par le magasin de clés du téléphone (FreeOTP 2) : le transférer plutôt par code QR
import-entry-push-only = le compte n’a pas de générateur de codes (notifications push seulement)
import-entry-approve-only = le compte n’a pas de secret de codes (il ne fait qu’approuver les connexions)
import-entry-generator-no-secret = le générateur de codes n’a pas de secret
import-entry-no-secret = l’entrée n’a pas de secret
import-entry-not-decrypted = le secret n’a pas pu être déchiffré avec ce mot de passe (un autre mot de passe des sauvegardes, ou endommagé)
import-entry-battle-net-not-hex = le secret Battle.net n’est pas en hexadécimal
import-entry-unmasked-not-hex = le secret démasqué n’est pas en hexadécimal
import-entry-microsoft-not-base64 = le secret du compte Microsoft n’est pas en base64 valide
import-entry-steam-not-base64 = le secret partagé n’est pas en base64 valide
import-entry-secret-not-hex = le secret n’est pas en hexadécimal valide
import-entry-secret-not-base64 = le secret n’est pas en base64 valide
import-entry-no-key-field = le secret (key) manque
import-entry-secret-base = les secrets en base { $base } ne sont pas pris en charge (16, 32 ou 64)
import-entry-no-secret-base = l’encodage du secret (base) manque
import-entry-google-digits = le nombre de chiffres n’est pas l’un de ceux que définit Google Authenticator
import-entry-token-not-json = le jeton n’est pas un objet JSON
import-entry-no-key = sa clé manque dans la sauvegarde
import-entry-no-token = les champs de son jeton manquent dans la sauvegarde
import-entry-key-damaged = sa clé ne s’ouvre pas avec la clé maîtresse (endommagée)
# $type: the number the file gives the entry's type.
import-entry-type-google = le type { $type } n’est ni TOTP (0) ni HOTP (1)
import-entry-type-authenticator-plus = le type { $type } n’est pas TOTP (0), HOTP (1) ou Battle.net (2)
import-entry-type-microsoft = le type de compte { $type } n’a pas de codes que cette application sait produire (seulement les types 0 et 1)
import-entry-proton-steam-link = le lien de l’entrée Steam ne commence pas par steam://
# $type: Proton Authenticator's name of the entry's type, as it is.
import-entry-proton-type = les entrées { $type } ne sont pas prises en charge (seulement Totp et Steam)

export-nothing = il n’y a aucun compte à exporter
export-needs-password = l’export { $format } est chiffré : donner un mot de passe (à la demande, ou --password-stdin)
export-write = impossible d’écrire { $path } : { $detail }
export-encode = l’export n’a pas pu être écrit : { $detail }

qr-file-too-large = le fichier image fait { $size } octets ; les fichiers de plus de 32 Mio ne sont pas lus : utiliser une capture d’écran du code QR
qr-image-too-large = l’image est trop grande pour être décodée sans risque ({ $detail }) : la recadrer sur le code QR (8192 x 8192 pixels au plus)
qr-not-an-image = ce fichier n’est pas une image PNG ou JPEG lisible ({ $detail })
qr-none = aucun code QR n’a été trouvé dans l’image : utiliser une photo plus nette, bien droite, où le code est visible en entier
qr-unreadable = un code QR a été trouvé mais n’a pas pu être lu ({ $detail }) : essayer une photo plus nette

screen-no-display = impossible d’accéder à l’écran ({ $detail }) : le scan nécessite une session X11 ou Wayland ; ou enregistrer le code QR en image et l’importer (`import FILE`, ou Importer dans la fenêtre)
screen-capture = l’écran n’a pas pu être capturé ({ $detail })
screen-cancelled = la capture d’écran a été refusée ou annulée : autoriser MFA Companion à faire une capture d’écran quand le bureau le demande (ou dans ses paramètres de confidentialité) ; ou copier une capture d’écran du code QR et la coller (Ctrl+V dans la fenêtre, `add --from-clipboard`)
screen-no-portal = impossible de capturer l’écran dans cette session Wayland : le bureau n’offre aucun portail de capture d’écran (org.freedesktop.portal.Screenshot : installer xdg-desktop-portal et le backend du bureau) ({ $detail }) ; copier plutôt une capture d’écran du code QR et la coller (Ctrl+V dans la fenêtre, `add --from-clipboard`), ou l’enregistrer en image et l’importer (`import FILE`)
screen-no-clipboard-image = le presse-papiers ne contient aucune image : copier d’abord une capture d’écran du code QR
# $where is screen-on-screen or screen-on-clipboard.
screen-no-qr-code = aucun code QR trouvé { $where } : zoomer sur la page pour agrandir le code, ou utiliser un fichier image
screen-unreadable = un code QR a été vu { $where } mais n’a pas pu être lu : zoomer sur la page, ou utiliser un fichier image
# $what: what each code holds (screen-other-…, in a screen-other-list).
screen-not-an-account = les codes QR { $where } ne contiennent aucun compte : { $what }
screen-on-screen = à l’écran
screen-on-clipboard = dans l’image du presse-papiers
# What a code that holds no account holds ($what of screen-not-an-account, and of the
# window's scan-skipped-other).
screen-other-web = une adresse web ({ $host })
screen-other-link = un lien { $scheme }:
screen-other-text = { $count ->
    [one] du texte ({ $count } caractère)
   *[other] du texte ({ $count } caractères)
}
screen-other-damaged-export = un export Google Authenticator endommagé ({ $error })
# A list of them: the first, then the rest.
screen-other-list = { $first } ; { $rest }

keyboard-bad-shortcut = le raccourci { $shortcut } ne peut pas être utilisé : { $why }
keyboard-shortcut-no-key = il ne nomme aucune touche
keyboard-shortcut-not-modifier = { $name } n’est pas un modificateur (Ctrl, Alt, Shift, Super)
keyboard-shortcut-twice = { $name } est nommé deux fois
keyboard-shortcut-needs-modifier = il faut Ctrl, Alt ou Super
keyboard-shortcut-unknown-key = { $key } n’est pas une touche que cette application capte (une lettre, un chiffre, F1 à F24, Space, Return, Tab, Insert, Home, End, Pause)
keyboard-wayland = aucun code saisi : ce bureau (GNOME) ne permet pas aux applications de saisir dans d’autres fenêtres (les bureaux wlroots comme sway et Hyprland, et KDE Plasma, le permettent) ; ouvrir plutôt la recherche rapide (Ctrl+Alt+M là où le bureau le permet, ou `mfa-companion show --search` associé à un raccourci dans les paramètres clavier du bureau), appuyer sur Entrée pour copier le code et le coller avec Ctrl+V
keyboard-kwin-not-allowed = aucun code saisi : KDE Plasma ne laisse un programme saisir dans d’autres fenêtres que si une entrée de bureau installée le nomme (`X-KDE-Wayland-Interfaces=org_kde_kwin_fake_input`) ; le paquet installe io.github.MfaCompanion.Typing.desktop, et un programme lancé d’ailleurs l’écrit dans votre dossier d’applications la première fois : réessayer, ou réinstaller le paquet
keyboard-no-display = impossible d’accéder à l’affichage X ({ $detail }) : la saisie et les raccourcis nécessitent une session X11
# $what names the X11 request (technical, as it is).
keyboard-x11 = le serveur X a refusé { $what } ({ $detail })
# $what names the Wayland request (technical, in English, as it is).
keyboard-wayland-failed = le compositeur Wayland a refusé { $what } ({ $detail })
keyboard-taken = { $shortcut } est déjà pris par un autre programme : choisir un autre raccourci dans les Paramètres
keyboard-no-title = aucun code saisi : le titre de la fenêtre active ne peut pas être lu ; cliquer dans le champ à remplir, puis réessayer
keyboard-own-window = aucun code saisi : la fenêtre active est celle de MFA Companion ; cliquer d’abord dans le champ à remplir
keyboard-keys-held = aucun code saisi : la touche Ctrl, Alt, Shift ou Super est restée enfoncée ; la relâcher et réessayer
# $what is one of keyboard-key-digit, -letter, -character, -shift, -shortcut.
keyboard-no-key = aucun code saisi : la disposition du clavier n’a pas de touche pour { $what } ; copier plutôt le code
keyboard-key-digit = un chiffre
keyboard-key-letter = une lettre
keyboard-key-character = un caractère du code
keyboard-key-shift = Shift
keyboard-key-shortcut = la touche du raccourci

icon-unreadable = impossible de lire l’image { $path } : { $reason }
icon-too-large = l’image est trop grande ({ $size } octets ; la limite est de { $limit } octets) : utiliser un logo plus petit
icon-not-an-image = le fichier n’est pas une image PNG, JPEG ou SVG
icon-undecodable = l’image ne peut pas être lue : { $detail }
icon-unsafe-svg = l’image SVG est refusée : { $reason } ; enregistrer le logo en SVG simple ou en PNG

window-entry-unusable = { $label } : { $reason } ; rien n’a été ajouté
window-already-stored = déjà enregistrés : { $labels }
window-no-names = indiquer un émetteur ou un nom de compte pour pouvoir distinguer ce compte
window-unknown-algorithm = algorithme inconnu { $algorithm } : utiliser SHA1, SHA256 ou SHA512
window-unknown-kind = type inconnu { $kind } : utiliser totp, hotp ou steam
window-qr-not-otpauth = le code QR ne contient pas d’URI de compte otpauth://
window-qr-render = le code QR n’a pas pu être dessiné : { $detail }
window-no-account = aucun compte avec l’identifiant { $id } : il a peut-être déjà été supprimé
window-no-account-moved = aucun compte avec l’identifiant { $id } : il a peut-être été supprimé
window-away-range = choisir entre 0 et { $max } secondes
window-empty-password = un mot de passe vide ne protège rien
window-no-pending-enrollment = aucune inscription en attente { $id }
window-choose-server = choisir un serveur
window-type-passcode = saisir le code que le serveur vous a envoyé
window-no-language = aucune langue { $language } : choisir l’une de { $languages }
window-no-recovery-codes = saisir ou coller les codes, un par ligne
window-nothing-picked = choisir au moins un compte à ajouter (ou scanner à nouveau)
window-challenge-expired = la connexion à { $server } n’attend plus de code : se reconnecter
window-import-no-file = choisir le fichier à importer
window-import-cannot-read = impossible de lire { $path } : { $detail }
window-import-stale = cet aperçu n’est plus à jour : choisir à nouveau le fichier
window-export-format = choisir un format d’export
window-export-no-file = choisir où enregistrer l’export
window-state = l’état interne est indisponible après une erreur précédente ; redémarrer l’application
window-hotp-copy = un code basé sur un compteur se copie depuis sa ligne après « Code suivant »
window-backup-failed = la dernière sauvegarde automatique a échoué : { $detail }

# --- end of import ---
