# Error messages: what happened and what to do. Shown by the window, the CLI
# ("error: MESSAGE [code]") and notifications; the codes never change, the words may.
# Variables are names, counts, paths and technical details; never a secret.

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
storage-other = { $text }
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

# --- end of identity ---

## Import, export, QR images, the screen, the keyboard, icons
## (import_export/, screen/, keyboard/, issuer_icons/)

# --- end of import ---
