# Error messages: what happened and what to do. Shown by the window, the CLI
# ("error: MESSAGE [code]") and notifications; the codes never change, the words may.
# Variables are names, counts, paths and technical details; never a secret.

## Secrets, OTP parameters, otpauth links, accounts, storage, vault, keychain
## (otp/, otpauth.rs, account.rs, storage/)

secret-empty = the secret is empty
secret-invalid-character = the secret is not valid base32: character { $position } is not A-Z or 2-7
secret-too-long = the secret is too long ({ $bytes } bytes; at most { $max })

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
identity-other = { $text }
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
signin-other = { $text }
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
enroll-other = { $text }
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
backup-other = { $text }
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
backup-keep = keep between 1 and 1000 backups (got { $keep })

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
agent-not-running = it is not running
agent-no-answer = it did not answer within { $secs } s
agent-start = the agent could not be started: { $detail }
agent-no-home = no home folder: set HOME (or XDG_CONFIG_HOME and XDG_DATA_HOME)
agent-cannot-write = cannot write { $path }: { $error }
agent-cannot-remove = cannot remove { $path }: { $error }
agent-cannot-locate = cannot tell where this program is: { $error }
agent-runtime = cannot start the network runtime: { $error }
agent-token-failed = the token request failed unexpectedly
agent-window = the window could not be opened ({ $error }); run `mfa-companion-desktop`
agent-desktop-shortcut = in this Wayland session the desktop holds the quick-search shortcut (GlobalShortcuts portal): change it in the desktop's keyboard settings; typing a code (Ctrl+Alt+T) is not available on Wayland
agent-desktop-shortcut-bound = in this Wayland session the desktop holds the quick-search shortcut ({ $trigger }) (GlobalShortcuts portal): change it in the desktop's keyboard settings; typing a code (Ctrl+Alt+T) is not available on Wayland
agent-bind-yourself = bind `mfa-companion show --search` to a shortcut in the desktop's keyboard settings
agent-no-shortcuts-wayland = the agent holds no shortcuts in this session (Wayland without a GlobalShortcuts portal, or no X display): { $hint }
agent-no-shortcuts-x = the agent holds no shortcuts in this session (no X display): { $hint }
agent-other-folder = the agent serves another data folder
agent-unreadable-answer = the agent gave an answer this version cannot read: { $error }
agent-bus = the agent cannot use the session bus ({ $error }); it runs inside a desktop session

# Settings and copying
settings-theme = no theme { $name }: choose system, light or dark
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

# --- end of import ---
