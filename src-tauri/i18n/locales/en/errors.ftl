# Error messages: what happened and what to do. Shown by the window, the CLI
# ("error: MESSAGE [code]") and notifications; the codes never change, the words may.
# Variables are names, counts, paths and technical details; never a secret.

# Text that is not ours, shown as it is (an OS error, a parser's technical detail).
as-is = { $text }

## Secrets, OTP parameters, otpauth links, accounts, storage, vault, keychain
## (otp/, otpauth.rs, account.rs, storage/)

secret-empty = the secret is empty
secret-invalid-character = the secret is not valid base32: character { $position } is not A-Z or 2-7
secret-too-long = the secret is too long ({ $bytes } bytes; at most { $max })

# OTP parameters ($digits, $period: what was asked for)
params-digits =
    { $digits ->
        [one] { $digits } digit
       *[other] { $digits } digits
    } is not supported: use 6, 7 or 8
params-period = a period of { $period } s is not supported: use 1 to 3600 seconds (30 is usual)
params-steam = Steam Guard codes are always SHA1 with 5 characters

# otpauth:// links. $found: the value given, in quotes; $part: a URI parameter's name
uri-too-long = the URI is { $len } bytes long; at most { $max } are accepted
uri-scheme = not an otpauth URI: it must start with otpauth://
uri-type = unknown OTP type { $found }: expected totp, hotp or steam
# $kind: label, name (a parameter's name) or value (the value of parameter $part)
uri-encoding =
    the { $kind ->
        [label] label
        [name] parameter name
       *[value] { $part }
    } is not valid percent-encoded UTF-8
uri-duplicate = the parameter { $name } appears more than once
uri-missing-secret = the secret parameter is missing
# $reason: what is wrong with the secret (a secret-… message)
uri-secret = invalid secret: { $reason }
uri-algorithm = unsupported algorithm { $found }: use SHA1, SHA256 or SHA512
uri-digits = invalid digits { $found }: use 6, 7 or 8
uri-period = invalid period { $found }: use 1 to 3600 seconds
uri-missing-counter = the counter parameter is missing (required for hotp)
uri-counter = invalid counter { $found }: it must be a whole number
# $part: issuer or account (the account name)
uri-name-too-long =
    the { $part ->
        [issuer] issuer
       *[account] account name
    } is longer than { $max } characters
uri-name-control =
    the { $part ->
        [issuer] issuer
       *[account] account name
    } contains control characters

# Accounts. $label: issuer:account; $id: the account's id; $query: what was asked for, in quotes
account-record-id = invalid account id { $id }
# $field: period or counter (a field of the file)
account-record-missing = account { $id }: { $field } is missing
# $reason: a params-… message
account-record-params = account { $id }: { $reason }
account-not-found = no account matches { $query }: see `mfa-companion list`
# $matches: "id (issuer:account)" of each, separated by commas
account-ambiguous =
    { $query } matches { $count ->
        [one] { $count } account
       *[other] { $count } accounts
    }: { $matches }; use an id or issuer:account
account-secret-missing = the secret of { $label } (id { $id }) is missing from the vault: remove the account and add it again, or run `mfa-companion doctor --repair`
# $reason: what is wrong with the secret (a secret-… message; never the secret)
account-secret-damaged = the secret of { $label } (id { $id }) is damaged ({ $reason }): remove the account and add it again
account-counter-exhausted = the counter of { $label } cannot advance any further
account-note-too-long = the note is longer than { $max } characters
account-note-control = the note contains control characters
# $tag: the tag as given, in quotes
account-tag-empty = the tag { $tag } is empty
account-tag-too-long = the tag { $tag } is longer than { $max } characters
account-tag-control = the tag { $tag } contains control characters
account-tag-sign = the tag { $tag } starts with + or - (those add and remove a tag)
account-tag-too-many = that would be one tag too many (an account carries at most { $max })
# $name: the icon's name as given, in quotes
account-icon-unknown = no icon named { $name } in the bundled set: `mfa-companion icons` lists them, or use "letter"

# Storage. $path: a file or folder; $error: what the operating system said
storage-no-data-dir = no data folder: set XDG_DATA_HOME or HOME
# $cause: why the change failed; $undo: why undoing it failed (both messages)
storage-rollback-failed = { $cause }; the secret stored for it could not be removed again ({ $undo }): run `mfa-companion doctor` to reconcile
storage-id-taken = no free account id was found; try again
storage-server-exists = a server profile named { $name } exists: pick another name, or pass --replace
storage-server-not-found = no server profile named { $name }: see `mfa-companion server list`
storage-token-missing = the token of server profile { $name } is missing from the keychain: store it again with `mfa-companion server add { $name } ... --replace`
# $action: a storage-action-… message
storage-io = could not { $action } { $path }: { $error }
# $detail: what the parser said; $backup: the backup file
storage-damaged = the accounts file { $path } is damaged ({ $detail }); it was left untouched: restore it from { $backup } or a backup
# $found: the file's version; $version: the newest this release reads
storage-newer-version = the accounts file { $path } is version { $found }, newer than this release understands ({ $version }): upgrade mfa-companion
# A message of another part of the app, as it is
# What was being done to a file or folder, followed by its path (storage-io, vault-io)
storage-action-read = read
storage-action-read-back = read back
storage-action-write = write
storage-action-create = create
storage-action-open = open
storage-action-lock = lock
storage-action-remove = remove
storage-action-sync = sync
storage-action-encode = encode
storage-action-replace = replace
storage-action-keep-copy = keep a copy of
storage-action-keep-previous = keep the previous version of
storage-action-create-data-folder = create the data folder
storage-action-write-test-file = write a test file in
storage-action-open-lock-file = open the lock file
storage-action-remove-old-file = remove the old file
storage-action-create-file-in = create a file in
storage-action-write-file-in = write a file in
# `mfa-companion doctor`'s clock check. $time: Unix time in seconds
storage-clock-wrong = the system clock reads { $time } (Unix time), which cannot be right: set the date and time, codes depend on it
storage-clock-synchronized = synchronized by systemd-timesyncd
storage-clock-plausible = plausible; network time sync status unknown (codes need the clock within a few seconds)

# The vault. $detail: what failed (technical)
vault-damaged = the vault { $path } is damaged ({ $detail }): it was left as it is; run `mfa-companion doctor --repair` to restore the previous version or a backup
# $found: the vault's format version
vault-newer-version = the vault { $path } was written by a newer MFA Companion (format { $found }): update the app
# $item: the keychain item's name
vault-key-missing = the vault's key is missing from the keychain (item { $item }): the vault cannot be decrypted; restore the keychain, or restore a backup into a fresh data folder. The vault file was left as it is
# $action: a storage-action-… message
vault-io = cannot { $action } { $path }: { $error }
vault-verify-failed = the new vault did not verify after writing ({ $detail }); the previous vault was kept unchanged: check the disk and try again

# The app lock
lock-app-locked = locked: run `mfa-companion unlock`
lock-off = the app lock is off: `mfa-companion lock enable` turns it on
lock-wrong-password = wrong password: nothing was changed

# Recovery codes. $account: the account (issuer:account)
recovery-no-codes = no recovery codes are stored for { $account }: add some with `mfa-companion recovery add { $account }`
recovery-unknown-code = that code is not one of the recovery codes stored for { $account }
recovery-all-used = every recovery code of { $account } is used: get new ones from the server and add them

# The OS keychain. $detail: what the keychain reported; $key: an item's key
keychain-unavailable = the OS keychain is not available ({ $detail }): start gnome-keyring or KWallet in your desktop session (on a headless machine: run `gnome-keyring-daemon --unlock` inside `dbus-run-session`), then try again
keychain-locked = the OS keychain is locked or refused access: unlock it (for example in Passwords and Keys / Seahorse, or with `gnome-keyring-daemon --unlock`) and try again
keychain-not-found = no keychain item for { $key }
keychain-ambiguous =
    { $count ->
        [one] { $count } keychain item has
       *[other] { $count } keychain items share
    } the key { $key }: remove the extra ones in Passwords and Keys / Seahorse
keychain-corrupt = the keychain item { $key } is not readable by this app (its contents are not valid): remove it or restore it from a backup
keychain-failed = the OS keychain reported an error: { $detail }

# --- end of storage ---

## Servers, enrollment, sign-in, backups, the agent, the app lock
## (identity/, enroll/, signin/, backups/, agent/)

# Servers' answers: what to do, then the server's own words as they are
server-answered = { $advice }: the server answered { $status }{ $details }: { $message }
server-no-message = (no message)
server-already-enabled = MFA is already enabled for this user
server-passcode-rejected = the server rejected the passcode: check the clock (`mfa-companion doctor`) or the code you typed, then try again
server-verification-failed = the server rejected the passcode: check the clock (`mfa-companion doctor`), then try again
server-not-verified = the server has not verified a passcode for this setup yet
server-setup-missing = the server has no MFA setup in progress for this user: discard this enrollment and start again
server-recovery-rejected = the server did not accept the recovery code
server-unknown-user = the server does not know this user id: check the profile's --user
server-bad-user-id = the server says the user id is malformed: check the profile's --user
server-bad-type = the server does not offer this MFA type
server-signed-out = the server refused the refresh token (the session ended): sign in again with `mfa-companion login`
server-request-rejected = the server did not accept the request's shape (this app and the server may speak different API versions)
server-tenant-mismatch = the profile's tenant id and the token belong to different tenants: check --tenant or the token
server-unauthorized = the server did not accept the token: store a fresh one (Servers, Edit in the window; `mfa-companion server add` with the same name and --replace)
server-forbidden = the server refused this for this user
server-not-found = the server has no such resource: check the profile's URL
server-failed = the server failed: try again later
server-error = the server refused the request

# Identity clients
identity-bad-url = the server URL { $url } is not usable: { $reason }
identity-url-credentials = credentials do not belong in the URL; the token is asked for separately
identity-url-query = the base URL cannot have a query or fragment
identity-url-scheme = unsupported scheme { $scheme }: use https://
identity-url-no-host = no host
identity-insecure-url = refusing plain http:// to { $url }: tokens and secrets would cross the network unencrypted; use https:// (http is allowed only for 127.0.0.1, localhost and [::1])
identity-bad-token = the token is empty or malformed: paste the bearer token alone, on one line
identity-bad-profile = invalid server profile: { $reason }
identity-profile-name = the name { $name } must be 1-64 letters, digits, '-', '_' or '.'
identity-profile-country = --country { $country } is not a two-letter ISO 3166-1 code such as BR
identity-profile-signin-lerian = only Lerian profiles sign in (--auth-url and --login)
identity-profile-login = --login { $login } is not a username (1-256 characters, one line)
identity-profile-login-needs-auth-url = --login needs --auth-url <AUTH_URL>
identity-profile-auth-url-needs-login = --auth-url needs --login <USERNAME>
identity-profile-user = --user { $user } is not a user id (a UUID)
identity-profile-lerian-needs-user = a Lerian profile needs --user <USER_ID>, or --auth-url and --login to sign in
identity-profile-tenant = --tenant { $tenant } is not a tenant id (a UUID)
identity-profile-tenant-needed = a tenant API profile needs --tenant <TENANT_ID>
identity-profile-email = --email { $email } is not an email address
identity-profile-email-needed = a Flashback profile needs --email <EMAIL>
identity-profile-tenant-header = the tenant id cannot be sent as a header
identity-profile-no-user = profile { $name } has no user id
identity-profile-no-email = profile { $name } has no email
identity-profile-no-tenant = profile { $name } has no tenant id
identity-wrong-type = { $given } is not an MFA type of the { $family } API: use { $family ->
    [lerian] app, email or sms
    [flashback] GOOGLE_AUTH, MAGIC_LINK or PASSKEY
   *[tenant] totp
}
identity-connect = cannot reach { $url }: { $detail }; check the URL and your network, then try again
identity-timeout = { $url } did not answer within { $secs } s; the server may be down or overloaded, try again later
identity-too-large = { $url } sent a response larger than 1 MiB, which no identity API needs: refusing to read it (is the URL right?)
identity-redirect = { $url } redirected to { $to }, another host: refusing to send the token there; check the profile's URL
identity-not-json-failing = { $url } answered HTTP { $status } with { $type } instead of JSON: the identity service or a proxy in front of it is failing, try again later
identity-not-json = { $url } answered HTTP { $status } with { $type } instead of JSON: is the URL that of the identity API?
identity-malformed = { $url } sent an answer this app does not understand: { $detail }
identity-answer-no-token = the answer holds neither an accessToken nor an mfaToken
identity-answer-bad-token = the field { $field } is not a usable token
identity-answer-expires = the field "expiresIn" is missing or not a number of seconds
identity-answer-no-success = no "success" in the answer
identity-answer-no-data = no "data" object in the answer
identity-answer-not-json = the body is not valid JSON ({ $error })
identity-answer-not-text = the field { $field } is missing or not text
identity-answer-not-bool = the field { $field } is missing or not true/false
identity-answer-false = it answered 200 with { $field }: false
identity-answer-not-code = { $field } holds something that is not a code
identity-answer-not-list = { $field } is not a list
identity-answer-secret = the secret is not valid base32 ({ $error })
identity-answer-uri = its otpauth URL is invalid ({ $error })
identity-answer-secret-differs = the secret and the otpauth URL's secret differ
identity-answer-no-recovery-codes = no recoveryCodes: the enable step needs one, so enrollment cannot go on
identity-no-enable-step = this API has no separate enable step
identity-no-status-call = the tenant-scoped TOTP API has no status call: its enrollment ends with a successful verify
identity-cannot-encode = cannot encode the request: { $detail }

# Signing in
signin-not-a-signin-profile = server { $name } does not sign in (it holds a pasted token): to sign in, replace it with `mfa-companion server add { $name } --api lerian --url IDENTITY_URL --auth-url AUTH_URL --login USERNAME --replace`
signin-signed-out = signed out of { $name } ({ $why }): run `mfa-companion login --server { $name }`
signin-credentials-refused = { $name }: the server refused the username or password; check `--login` of the profile and type the password again ({ $server })
signin-challenge-expired = { $name }: the sign-in challenge expired before it was answered; run `mfa-companion login --server { $name }` again ({ $server })
signin-passcode-refused = { $name }: the server refused the passcode; check this computer's clock (`mfa-companion doctor`) or the code you typed, then sign in again ({ $server })
signin-recovery-refused = { $name }: the server refused the recovery code, which stays marked used; { $left ->
    [one] { $left } unused remains
   *[other] { $left } unused remain
}: run `mfa-companion login --server { $name } --recovery` again to spend the next ({ $server })
signin-no-app-account = { $name } asks for an authenticator code, but no account in this app was enrolled with server { $name }: enroll first (`mfa-companion enroll --server { $name }`), or answer with --recovery or --method email|sms
signin-no-recovery-codes = no recovery codes from server { $name } are stored in this app: answer with your authenticator code, or --method email|sms
signin-recovery-exhausted = every recovery code stored for server { $name } is used: sign in with your authenticator code and get new codes from the server (`mfa-companion recovery add`)
signin-no-passcode = no passcode given: pass --passcode, or type the code the server sent
signin-lock = cannot lock { $path }: { $error }

# Enrollment
enroll-pending-exists = an enrollment with { $server } is already pending ({ $step })
enroll-step-started = setup not finished
enroll-step-setup-stored = setup stored, verify next
enroll-step-verified = verified, enable next
enroll-step-enabled = enabled, status next
enroll-busy = enrollment { $id } is being run by another mfa-companion process: wait for it to finish
enroll-nothing-stored = { $error }. Nothing was stored locally
enroll-kept = { $error }. Everything stored so far is kept; run `mfa-companion enroll --resume { $id }` to continue or `enroll --discard { $id }` to drop it
enroll-damaged = the pending enrollment has no account to compute a passcode with: discard it and enroll again
enroll-no-recovery-code = no recovery code was stored for this enrollment, and enable needs one

# Automatic backups
backup-not-configured = automatic backups are not set up: run `mfa-companion backup configure --dir DIR`
backup-bad-config = the backup settings { $path } are damaged ({ $detail }): run `mfa-companion backup configure` again
backup-config-range = keep must be 1-1000 and the folder an absolute path
backup-key-missing = the backup key is missing from the keychain (item { $item }): run `mfa-companion backup configure` again
backup-io = cannot { $action ->
    [read] read
    [resolve] resolve
    [create-folder] create the backup folder
    [derive-key] derive a key for
    [write] write
    [remove] remove
    [lock] lock
    [encrypt] encrypt
   *[read-folder] read the backup folder
} { $path }: { $error }
backup-unverified = the backup { $path } did not verify ({ $detail }) and was deleted: check the backup folder's disk
backup-verify-read = cannot read it back: { $error }
backup-verify-count = { $read ->
    [one] { $read } entry read back
   *[other] { $read } entries read back
}, { $written } written
backup-verify-entry = entry { $entry }: { $error }
backup-verify-differs = entry { $entry } differs from what was written
backup-keep-invalid = keep between 1 and 1000 backups (got { $keep })

# The agent
agent-io = the MFA Companion agent cannot { $action ->
    [write] write to
    [read] read from
    [create] create
    [protect] protect
   *[listen] listen on
} { $path }: { $error }
agent-protocol = the MFA Companion agent gave an unexpected answer: restart it with `mfa-companion lock now` and `mfa-companion unlock`
agent-not-started = the MFA Companion agent did not start ({ $detail }): run `mfa-companion agent` to see why
agent-reason-not-running = it is not running
agent-no-answer = it did not answer within { $secs } s
agent-start = the agent could not be started: { $detail }
agent-no-home = no home folder: set HOME (or XDG_CONFIG_HOME and XDG_DATA_HOME)
agent-cannot-write = cannot write { $path }: { $error }
agent-cannot-remove = cannot remove { $path }: { $error }
agent-cannot-locate = cannot tell where this program is: { $error }
agent-runtime = cannot start the network runtime: { $error }
agent-token-failed = the token request failed unexpectedly
agent-window = the window could not be opened ({ $error }); run `mfa-companion-desktop`
agent-desktop-shortcut = in this Wayland session the desktop holds the quick-search shortcut (GlobalShortcuts portal): change it in the desktop's keyboard settings; to type a code, bind `mfa-companion type` there too (sway and other wlroots desktops, KDE Plasma; GNOME lets no app type)
agent-desktop-shortcut-bound = in this Wayland session the desktop holds the quick-search shortcut ({ $trigger }) (GlobalShortcuts portal): change it in the desktop's keyboard settings; to type a code, bind `mfa-companion type` there too (sway and other wlroots desktops, KDE Plasma; GNOME lets no app type)
agent-bind-yourself = bind `mfa-companion show --search` to a shortcut in the desktop's keyboard settings
agent-no-shortcuts-wayland = the agent holds no shortcuts in this session (Wayland without a GlobalShortcuts portal, or no X display): { $hint }
agent-no-shortcuts-x = the agent holds no shortcuts in this session (no X display): { $hint }
agent-other-folder = the agent serves another data folder
agent-unreadable-answer = the agent gave an answer this version cannot read: { $error }
agent-bus = the agent cannot use the session bus ({ $error }); it runs inside a desktop session

# Settings and copying
settings-theme-unknown = no theme { $name }: choose system, light or dark
settings-sort = no sort order { $name }: choose added, issuer, name, newest, recently_used, most_used or custom
settings-no-config-folder = no config folder: set XDG_CONFIG_HOME or HOME
settings-cannot-save = cannot save { $path }: { $error }
settings-clear-range = choose between { $min } and { $max } { $max ->
    [one] second
   *[other] seconds
}
settings-shortcut-twice = { $shortcut } cannot both show the window and type a code: choose two shortcuts
copy-clipboard = the clipboard is not available ({ $error }); select the code and copy it by hand


# --- end of identity ---

## Import, export, QR images, the screen, the keyboard, icons
## (import_export/, screen/, keyboard/, issuer_icons/)

import-too-large = the file is { $size } bytes; import files over 64 MiB are not read
import-unknown-format = the format of this file could not be recognised: pass --format (one of { $formats })
import-needs-password = this { $format } file is encrypted: give its password (prompt, or --password-stdin)
import-wrong-password = wrong password for this { $format } file: nothing was imported; try again
import-malformed = this is not a valid { $format } file ({ $detail }): check it is the right file, or pass the right --format
import-damaged = this { $format } file is damaged ({ $detail }): export it again from the app it came from
import-unsupported = this { $format } file cannot be imported: { $detail }
import-empty = this { $format } file holds no accounts
import-not-stored = { $text }; nothing was imported
import-reason-duplicate = already stored
import-reason-same-account = already stored (same secret and issuer)
# Why one entry of a file (or a scanned code) cannot be used.
# $text: a reader's technical detail, as it is.
import-entry-algorithm = the { $algorithm } algorithm is not supported (only SHA1, SHA256 and SHA512)
import-entry-kind = { $kind } codes are not supported (only TOTP, HOTP and Steam)
import-entry-missing-fields = the entry is missing fields
import-entry-missing-columns = the row has missing columns
import-entry-no-type = the type is missing
import-entry-no-account-type = the account type is missing
import-entry-negative-counter = the HOTP counter is negative
import-entry-not-otpauth = not an otpauth:// link
import-entry-item-malformed = the item is malformed
import-entry-item-no-totp = no TOTP in this item
import-entry-no-totp-row = no TOTP in this entry (a password or note, left out)
import-entry-no-totp-password = no TOTP in this entry (a password entry, left out)
import-entry-keystore = the secret is sealed by the phone's keystore (newer app versions): move the account by QR code instead
import-entry-keystore-freeotp = the secret is sealed by the phone's keystore (FreeOTP 2): move it by QR code instead
import-entry-push-only = the account has no code generator (push only)
import-entry-approve-only = the account has no code secret (it only approves sign-ins)
import-entry-generator-no-secret = the code generator has no secret
import-entry-no-secret = the entry has no secret
import-entry-not-decrypted = the secret could not be decrypted with this password (another backups password, or damaged)
import-entry-battle-net-not-hex = the Battle.net secret is not hex
import-entry-unmasked-not-hex = the unmasked secret is not hex
import-entry-microsoft-not-base64 = the Microsoft account's secret is not valid base64
import-entry-steam-not-base64 = the shared secret is not valid base64
import-entry-secret-not-hex = the secret is not valid hex
import-entry-secret-not-base64 = the secret is not valid base64
import-entry-no-key-field = the secret (key) is missing
import-entry-secret-base = secrets in base { $base } are not supported (16, 32 or 64)
import-entry-no-secret-base = the secret's encoding (base) is missing
import-entry-google-digits = the digit count is not one Google Authenticator defines
import-entry-token-not-json = the token is not a JSON object
import-entry-no-key = its key is missing from the backup
import-entry-no-token = its token's fields are missing from the backup
import-entry-key-damaged = its key does not open with the master key (damaged)
# $type: the number the file gives the entry's type.
import-entry-type-google = type { $type } is neither TOTP (0) nor HOTP (1)
import-entry-type-authenticator-plus = type { $type } is not TOTP (0), HOTP (1) or Battle.net (2)
import-entry-type-microsoft = account type { $type } has no codes this app can make (only types 0 and 1)
import-entry-proton-steam-link = the Steam entry's link does not start with steam://
# $type: Proton Authenticator's name of the entry's type, as it is.
import-entry-proton-type = { $type } entries are not supported (only Totp and Steam)

export-nothing = there are no accounts to export
export-needs-password = the { $format } export is encrypted: give a password (prompt, or --password-stdin)
export-write = cannot write { $path }: { $detail }
export-encode = the export could not be written: { $detail }

qr-file-too-large = the image file is { $size } bytes; files over 32 MiB are not read: use a screenshot of the QR code
qr-image-too-large = the image is too large to decode safely ({ $detail }): crop it to the QR code (at most 8192 x 8192 pixels)
qr-not-an-image = this file is not a readable PNG or JPEG image ({ $detail })
qr-none = no QR code was found in the image: use a sharper, straight picture with the whole code visible
qr-unreadable = a QR code was found but could not be read ({ $detail }): try a sharper picture

screen-no-display = cannot reach the screen ({ $detail }): scanning needs an X11 or a Wayland session; or save the QR code as an image and import it (`import FILE`, or Import in the window)
screen-capture = the screen could not be captured ({ $detail })
screen-cancelled = the screenshot was refused or cancelled: allow MFA Companion to take a screenshot when the desktop asks (or in its privacy settings); or copy a screenshot of the QR code and paste it (Ctrl+V in the window, `add --from-clipboard`)
screen-no-portal = cannot capture the screen in this Wayland session: the desktop offers no screenshot portal (org.freedesktop.portal.Screenshot: install xdg-desktop-portal and the desktop's backend) ({ $detail }); copy a screenshot of the QR code and paste it instead (Ctrl+V in the window, `add --from-clipboard`), or save it as an image and import it (`import FILE`)
screen-no-clipboard-image = the clipboard holds no image: copy a screenshot of the QR code first
# $where is screen-on-screen or screen-on-clipboard.
screen-no-qr-code = no QR code found on { $where }: zoom the page in so the code is larger, or use an image file
screen-unreadable = a QR code was seen on { $where } but could not be read: zoom the page in, or use an image file
# $what: what each code holds (screen-other-…, in a screen-other-list).
screen-not-an-account = the QR code(s) on { $where } hold no account: { $what }
screen-on-screen = screen
screen-on-clipboard = the clipboard image
# What a code that holds no account holds ($what of screen-not-an-account, and of the
# window's scan-skipped-other).
screen-other-web = a web address ({ $host })
screen-other-link = a { $scheme }: link
screen-other-text = { $count ->
    [one] text ({ $count } character)
   *[other] text ({ $count } characters)
}
screen-other-damaged-export = a damaged Google Authenticator export ({ $error })
# A list of them: the first, then the rest.
screen-other-list = { $first }; { $rest }

keyboard-bad-shortcut = the shortcut { $shortcut } cannot be used: { $why }
keyboard-shortcut-no-key = it names no key
keyboard-shortcut-not-modifier = { $name } is not a modifier (Ctrl, Alt, Shift, Super)
keyboard-shortcut-twice = { $name } is named twice
keyboard-shortcut-needs-modifier = it needs Ctrl, Alt or Super
keyboard-shortcut-unknown-key = { $key } is not a key this app grabs (a letter, a digit, F1 to F24, Space, Return, Tab, Insert, Home, End, Pause)
keyboard-wayland = no code typed: this desktop (GNOME) offers apps no way to type into other windows (wlroots desktops such as sway and Hyprland, and KDE Plasma, do); open the quick search instead (Ctrl+Alt+M where the desktop offers it, or `mfa-companion show --search` bound to a shortcut in the desktop's keyboard settings), press Enter to copy the code and paste it with Ctrl+V
keyboard-kwin-not-allowed = no code typed: KDE Plasma lets a program type into other windows only when an installed desktop entry names it (`X-KDE-Wayland-Interfaces=org_kde_kwin_fake_input`); the package installs io.github.MfaCompanion.Typing.desktop, and a program run from elsewhere writes it to your applications folder the first time: try again, or reinstall the package
keyboard-no-display = cannot reach the X display ({ $detail }): typing and shortcuts need an X11 session
# $what names the X11 request (technical, as it is).
keyboard-x11 = the X server refused { $what } ({ $detail })
# $what names the Wayland request (technical, in English, as it is).
keyboard-wayland-failed = the Wayland compositor refused { $what } ({ $detail })
keyboard-taken = { $shortcut } is taken by another program: choose another shortcut in Settings
keyboard-no-title = no code typed: the focused window's title cannot be read; click into the field to fill, then try again
keyboard-own-window = no code typed: the focused window is MFA Companion's own; click into the field to fill first
keyboard-keys-held = no code typed: the Ctrl, Alt, Shift or Super key stayed pressed; release them and try again
# $what is one of keyboard-key-digit, -letter, -character, -shift, -shortcut.
keyboard-no-key = no code typed: the keyboard layout has no key for { $what }; copy the code instead
keyboard-key-digit = a digit
keyboard-key-letter = a letter
keyboard-key-character = a character of the code
keyboard-key-shift = Shift
keyboard-key-shortcut = the shortcut's key

icon-unreadable = cannot read the image { $path }: { $reason }
icon-too-large = the image is too large ({ $size } bytes; the limit is { $limit } bytes): use a smaller logo
icon-not-an-image = the file is not a PNG, JPEG or SVG image
icon-undecodable = the image cannot be read: { $detail }
icon-unsafe-svg = the SVG image is refused: { $reason }; save the logo as a plain SVG or a PNG

window-entry-unusable = { $label }: { $reason }; nothing was added
window-already-stored = already stored: { $labels }
window-no-names = give an issuer or an account name so you can tell this account apart
window-unknown-algorithm = unknown algorithm { $algorithm }: use SHA1, SHA256 or SHA512
window-unknown-kind = unknown kind { $kind }: use totp, hotp or steam
window-qr-not-otpauth = the QR code does not hold an otpauth:// account URI
window-qr-render = the QR code could not be drawn: { $detail }
window-no-account = no account with id { $id }: it may have been removed already
window-no-account-moved = no account with id { $id }: it may have been removed
window-away-range = choose between 0 and { $max } seconds
window-empty-password = an empty password protects nothing
window-no-pending-enrollment = no pending enrollment { $id }
window-choose-server = choose a server
window-type-passcode = type the passcode the server sent you
window-no-language = no language { $language }: choose one of { $languages }
window-no-recovery-codes = type or paste the codes, one per line
window-nothing-picked = pick at least one account to add (or scan again)
window-challenge-expired = the sign-in to { $server } is no longer waiting for a passcode: sign in again
window-import-no-file = choose the file to import
window-import-cannot-read = cannot read { $path }: { $detail }
window-import-stale = this preview is no longer current: choose the file again
window-export-format = choose an export format
window-export-no-file = choose where to save the export
window-state = internal state is unavailable after an earlier failure; restart the app
window-hotp-copy = a counter-based code is copied from its row after "next code"
window-backup-failed = the last automatic backup failed: { $detail }

# --- end of import ---
