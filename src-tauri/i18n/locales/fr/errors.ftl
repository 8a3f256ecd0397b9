# Error messages: what happened and what to do. Shown by the window, the CLI
# ("error: MESSAGE [code]") and notifications; the codes never change, the words may.
# Variables are names, counts, paths and technical details; never a secret.

## Secrets, OTP parameters, otpauth links, accounts, storage, vault, keychain
## (otp/, otpauth.rs, account.rs, storage/)

secret-empty = le secret est vide
secret-invalid-character = le secret n’est pas un base32 valide : le caractère { $position } n’est pas A-Z ni 2-7
secret-too-long = le secret est trop long ({ $bytes } octets ; au plus { $max })

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
identity-other = { $text }
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
signin-other = { $text }
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
enroll-other = { $text }
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
backup-other = { $text }
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
backup-keep = garder entre 1 et 1000 sauvegardes (reçu : { $keep })

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
agent-not-running = il n’est pas lancé
agent-no-answer = il n’a pas répondu en { $secs } s
agent-start = l’agent n’a pas pu être lancé : { $detail }
agent-no-home = pas de dossier personnel : définir HOME (ou XDG_CONFIG_HOME et XDG_DATA_HOME)
agent-cannot-write = impossible d’écrire { $path } : { $error }
agent-cannot-remove = impossible de supprimer { $path } : { $error }
agent-cannot-locate = impossible de savoir où se trouve ce programme : { $error }
agent-runtime = impossible de démarrer l’environnement d’exécution réseau : { $error }
agent-token-failed = la demande de jeton a échoué de façon inattendue
agent-window = la fenêtre n’a pas pu être ouverte ({ $error }) ; lancer `mfa-companion-desktop`
agent-desktop-shortcut = dans cette session Wayland, le bureau tient le raccourci de recherche rapide (portail GlobalShortcuts) : le modifier dans les paramètres clavier du bureau ; saisir un code (Ctrl+Alt+T) n’est pas disponible sous Wayland
agent-desktop-shortcut-bound = dans cette session Wayland, le bureau tient le raccourci de recherche rapide ({ $trigger }) (portail GlobalShortcuts) : le modifier dans les paramètres clavier du bureau ; saisir un code (Ctrl+Alt+T) n’est pas disponible sous Wayland
agent-bind-yourself = associer `mfa-companion show --search` à un raccourci dans les paramètres clavier du bureau
agent-no-shortcuts-wayland = l’agent ne tient aucun raccourci dans cette session (Wayland sans portail GlobalShortcuts, ou pas d’affichage X) : { $hint }
agent-no-shortcuts-x = l’agent ne tient aucun raccourci dans cette session (pas d’affichage X) : { $hint }
agent-other-folder = l’agent sert un autre dossier de données
agent-unreadable-answer = l’agent a donné une réponse que cette version ne sait pas lire : { $error }
agent-bus = l’agent ne peut pas utiliser le bus de session ({ $error }) ; il fonctionne dans une session de bureau

# Settings and copying
settings-theme = pas de thème { $name } : choisir system, light ou dark
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

# --- end of import ---
