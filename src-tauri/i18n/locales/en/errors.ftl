# Error messages: what happened and what to do. Shown by the window, the CLI
# ("error: MESSAGE [code]") and notifications; the codes never change, the words may.
# Variables are names, counts, paths and technical details; never a secret.

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
storage-other = { $text }
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

# --- end of identity ---

## Import, export, QR images, the screen, the keyboard, icons
## (import_export/, screen/, keyboard/, issuer_icons/)

# --- end of import ---
