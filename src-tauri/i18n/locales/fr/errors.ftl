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

export-other = { $text }
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
keyboard-wayland = aucun code saisi : sous Wayland, une application ne peut pas saisir dans d’autres fenêtres ; ouvrir plutôt la recherche rapide (Ctrl+Alt+M là où le bureau le permet, ou `mfa-companion show --search` associé à un raccourci dans les paramètres clavier du bureau), appuyer sur Entrée pour copier le code et le coller avec Ctrl+V
keyboard-no-display = impossible d’accéder à l’affichage X ({ $detail }) : la saisie et les raccourcis nécessitent une session X11
# $what names the X11 request (technical, as it is).
keyboard-x11 = le serveur X a refusé { $what } ({ $detail })
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
