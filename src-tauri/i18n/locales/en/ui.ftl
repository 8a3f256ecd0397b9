# MFA Companion: the desktop window's words (ui/index.html and ui/*.js).
# Every language file has the same ids and, in each message, the same variables.
# Untranslated: "MFA Companion", format and app names (Aegis, 2FAS, KeePass…),
# "otpauth", TOTP/HOTP/Steam, key names (Ctrl, Alt, Enter).

## Shared words

dialog-close = Close
choose-file = Choose…
save = Save
save-changes = Save changes
cancel = Cancel
continue = Continue
format-label = Format
passwords-differ = The two passwords differ.

## Header

header-settings = Settings
header-search-placeholder = Search  ( / )
header-search-label = Search accounts
header-actions = Actions
header-add = + Add
header-add-label = Add an account
header-enroll = Enroll
header-enroll-label = Enroll with an identity server
header-servers = Servers
header-servers-label = Identity servers
header-import = Import
header-import-label = Import accounts from a file
header-import-title = Import accounts from another app or a backup
header-export = Export
header-export-label = Export accounts to a file
header-export-title = Export accounts to another app or a backup

## Lock screen

lock-title = MFA Companion is locked
lock-password = Password
lock-unlock = Unlock

## Accounts list

pending-label = Pending enrollments
tag-filter-label = Show only the accounts with a tag
tag-filter-all = All
sort-label = Sort
sort-added = as added
sort-issuer = by issuer
sort-name = by account name
sort-newest = newest first
sort-recently-used = recently copied first
sort-most-used = most copied first
sort-custom = my order (drag, or Alt+↑ Alt+↓)
accounts-label = Accounts and their current codes
no-match = No account matches your search and the chosen tag.
# $names: the accounts added, "Issuer:account" joined by ", "
add-done = Added { $names }
# $seconds: how long the clipboard keeps the code
copy-done = Copied { $label }; the clipboard is cleared in { $seconds } s
copy-press-next = Press “Next code” first
pin-done = Pinned { $label }
unpin-done = Unpinned { $label }

## Empty list

empty-title = No accounts yet
empty-ways = Three ways in:
empty-add = Add an account
empty-add-hint = otpauth link, QR image or by hand
empty-import = Import accounts
empty-import-hint = Aegis, 2FAS, Google, Bitwarden, andOTP, FreeOTP+, Ente, KeePass, Proton, Authenticator Pro, Steam, LastPass, a backup
empty-enroll = Enroll this device
empty-enroll-hint = with your organization's server

## Account card

# What names an account that has neither issuer nor account name.
card-account-fallback = account
card-no-name = (no name)
card-pinned = pinned
card-seconds-left =
    { $seconds ->
        [one] { $seconds } second left
       *[other] { $seconds } seconds left
    }
# The seconds left of the code's period, under the code in the last 5 s.
card-seconds = { $seconds } s
# $code: the code of the next period, grouped ("123 456")
card-next-code = next { $code }
card-no-code = No code shown for { $label }
card-show-copy = Show and copy the code for { $label }
card-copy-code = Copy code { $code } for { $label }
# Said on request (T on a code): $label the account, $seconds what its code has left.
card-time-left =
    { $seconds ->
        [one] { $label }: the code changes in { $seconds } second
       *[other] { $label }: the code changes in { $seconds } seconds
    }
card-time-left-counter = { $label }: a counter-based code, it changes only when you ask for the next one
card-next-hotp = Next code
card-next-hotp-label = Next code for { $label }
# A small warning button: $count unused recovery codes left (2 or fewer).
card-recovery-low = { $count } recovery
card-recovery-low-label = Recovery codes for { $label }: only { $count } unused
card-actions-label = Actions for { $label }

## Account menu (⋮)

card-menu-label = Account actions
menu-pin = Pin to the top
menu-unpin = Unpin
menu-move-up = Move up (Alt+↑)
menu-move-down = Move down (Alt+↓)
menu-tags = Tags, note and icon…
menu-qr = Show QR code…
menu-recovery = Recovery codes…
menu-recovery-count = Recovery codes ({ $count } unused)…
menu-remove = Remove…

## Import dialog

import-title = Import accounts
import-path = File (an export of Aegis, 2FAS, Google Authenticator, Bitwarden, andOTP, FreeOTP+, a FreeOTP 2 backup, Ente Auth, an otpauth list, a QR image, a backup, or an app's internal file from a rooted phone)
import-path-placeholder = ~/Downloads/backup.json
import-format-detect = Recognise it
import-format-google = Google Authenticator (otpauth-migration)
import-format-bitwarden = Bitwarden JSON (plain or password-protected)
import-format-andotp = andOTP (plain or encrypted .json.aes)
import-format-freeotp-backup = FreeOTP 2 backup (externalBackup.xml, encrypted)
import-format-ente = Ente Auth (plain text or encrypted)
import-format-otpauth = otpauth links, one per line
import-format-qr-image = QR image
import-format-keepass = KeePass / KeePassXC database (.kdbx)
import-format-proton-authenticator = Proton Authenticator (JSON export)
import-format-authenticator-pro = Authenticator Pro / Stratum (.authpro, plain or encrypted)
import-format-lastpass = LastPass Authenticator (JSON export)
import-format-google-authenticator-db = Google Authenticator internal database (databases, rooted phone)
import-format-microsoft-authenticator = Microsoft Authenticator internal database (PhoneFactor, rooted phone)
import-format-authenticator-pro-db = Authenticator Pro internal database (proauth.db3, rooted phone)
import-format-authy = Authy internal tokens (…tokens.authenticator.xml, rooted phone; may ask the backups password)
import-format-battle-net = Battle.net Authenticator internal preferences (rooted phone)
import-format-freeotp-xml = FreeOTP / FreeOTP+ internal tokens.xml (rooted phone)
import-format-totp-authenticator = TOTP Authenticator backup (.bin, encrypted)
import-format-totp-authenticator-xml = TOTP Authenticator internal preferences (rooted phone)
import-format-duo = Duo Mobile internal accounts.json (rooted phone)
import-format-1password = 1Password export (.1pux)
import-format-proton-pass = Proton Pass export (.zip or data.json, without encryption)
import-format-raivo = Raivo OTP export (password-protected .zip)
import-format-authenticator-plus = Authenticator Plus backup (authplus.db, master password) or Export (zip with Accounts.txt)
import-format-backup = MFA Companion backup
import-password = Password of the file
import-read = Read the file
import-preview-label = What the file holds
import-commit = Import selected
import-back = Choose another file
# $label: an account found in the file
import-row-label = Import { $label }
import-row-recovery =
    { $count ->
        [one] { $count } recovery code
       *[other] { $count } recovery codes
    }
# $format: the format's name (Aegis, 2FAS…); then how many accounts are new,
# already stored, and unusable.
import-summary = A { $format } file: { $new } new, { $duplicate } already stored, { $unusable } that cannot be imported.
import-summary-encrypted = An encrypted { $format } file: { $new } new, { $duplicate } already stored, { $unusable } that cannot be imported.
import-done =
    { $count ->
        [one] Imported { $count } account
       *[other] Imported { $count } accounts
    }

## Export dialog

export-title = Export accounts
export-format-backup = MFA Companion backup (encrypted, with recovery codes)
export-format-aegis-encrypted = Aegis vault (encrypted)
export-format-2fas-encrypted = 2FAS backup (encrypted)
export-format-keepass = KeePass database, KDBX 4 (encrypted; KeePassXC shows the codes)
export-format-paper = Paper backup (an HTML page with QR codes and recovery codes: open it in a browser and print it; not encrypted)
export-format-aegis = Aegis vault (not encrypted)
export-format-2fas = 2FAS backup (not encrypted)
export-format-bitwarden = Bitwarden JSON (not encrypted)
export-format-migration-qr = Google Authenticator QR codes (PNG, not encrypted)
export-format-otpauth = otpauth links, one per line (not encrypted)
export-plain-warning = This file will hold your secrets in plain text: anyone who reads it can make your codes. Move it to the other app, then delete it.
export-password = Password
export-password2 = The same password again
export-path = Save to
export-path-placeholder = ~/mfa-companion.backup
export-submit = Export
export-need-password = Choose a password: the file is encrypted with it.
# $files: the files written, joined by ", "
export-done =
    { $count ->
        [one] Exported { $count } account to { $files }.
       *[other] Exported { $count } accounts to { $files }.
    }
# $skipped: the accounts left out and why, joined by "; "
export-done-skipped =
    { $count ->
        [one] Exported { $count } account to { $files }. Left out: { $skipped }.
       *[other] Exported { $count } accounts to { $files }. Left out: { $skipped }.
    }

## Settings dialog

settings-title = Settings
settings-clear = Clear a copied code from the clipboard after (seconds, 1–3600; only if it still holds that code)
settings-hide-codes = Hide codes until clicked (privacy mode: a click shows one code for its period and copies it)
settings-away = Hide every code while the window has been in the background for (seconds, 0 = never)
settings-theme = Appearance
theme-system = As the desktop prefers
theme-light = Light
theme-dark = Dark
settings-language = Language
language-system = As the desktop's (LANG)
settings-language-hint = Changing the language restarts the window.
settings-whole-seconds = Type a whole number of seconds.
settings-clear-saved = Copied codes are cleared after { $seconds } s
privacy-hidden = Codes are hidden until clicked
privacy-shown = Codes are shown
privacy-away-hidden = Codes are hidden after { $seconds } s in the background
privacy-away-shown = Codes stay shown in the background

## Settings: tray and desktop search

agent-title = Tray and desktop search
agent-autostart = Start the agent at login (the tray, quick copy, GNOME Shell and KRunner search; a few MB)
agent-tray-codes = Show codes in the tray menu
agent-search-codes = Show codes in the desktop search results
agent-running = The agent is running.
agent-not-running = The agent is not running.

## Settings: keyboard shortcuts

shortcuts-title = Keyboard shortcuts
# $command: the command to bind (shown as code), "mfa-companion show --search"
shortcuts-hint = Held by the agent on X11, in every application. On Wayland, bind { $command } in your desktop's keyboard settings. Empty: no shortcut.
shortcut-show = Bring up the window with the search focused
shortcut-type = Type the code of the account the focused window's title names
quick-search-hides = In the quick search, Enter copies the first match and hides the window
shortcuts-save = Save shortcuts
shortcuts-saved = Saved.
shortcuts-held = The agent holds them.
shortcuts-not-held = They work while the agent runs.

## Settings: automatic backups

backup-title = Automatic backups
backup-dir = Folder (a folder that Syncthing or Nextcloud syncs keeps copies on your other machines)
backup-keep = Keep the newest
backup-password = Password (not stored: without it the backups cannot be restored)
backup-password2 = Password again
backup-turn-on = Turn on
backup-now = Back up now
backup-off = Turn off
# $dir: the folder; $keep: how many backups are kept
backup-state-on = On: after every change, into { $dir }, the newest { $keep } kept.
backup-state-off = Off.
# $when: a date and time; $count: the accounts in that backup
backup-last-ok =
    { $count ->
        [one] Last verified backup { $when } ({ $count } account).
       *[other] Last verified backup { $when } ({ $count } accounts).
    }
# $error: why it failed (already translated)
backup-last-failed = The last backup failed ({ $when }): { $error }
backup-choose-folder = Choose a folder.
backup-turned-on = Automatic backups are on
backup-turned-off = Automatic backups are off; the files stay

## Add dialog

add-title = Add an account
add-tabs-label = How to add
add-tab-uri = Link
add-tab-qr = QR image
add-tab-scan = Screen
add-tab-manual = By hand
add-uri = Paste an otpauth:// link (or a Google Authenticator export link)
add-uri-placeholder = otpauth://totp/Issuer:you@example.com?secret=…
add-submit = Add
add-qr-drop = Choose or drop a PNG or JPEG with a QR code (an account's, or a Google Authenticator export)
add-qr-too-big = This file is over 32 MiB: use a screenshot of the QR code.
manual-issuer = Issuer
manual-account = Account
manual-secret = Secret (base32)
manual-kind = Type
manual-kind-totp = Time-based (TOTP)
manual-kind-hotp = Counter-based (HOTP)
manual-algorithm = Algorithm
manual-digits = Digits
manual-period = Period (s)
manual-counter = Counter

## Add dialog: screen tab

scan-hint = Show the QR code on screen (in the browser, at any size), then scan. Or take a screenshot and paste it here with Ctrl+V.
scan-screen = Scan screen
scan-paste = Paste image
scan-results-label = Accounts found
scan-add = Add selected
scan-screen-busy = Scanning the screen…
scan-paste-busy = Reading the pasted image…
# A Google Authenticator export shown as several QR codes: $n of $of scanned.
scan-batch-more = Google Authenticator export: code { $n } of { $of } scanned; show the next one and scan again.
scan-batch-done = Google Authenticator export: code { $n } of { $of } scanned.
# $what: what the QR code held (a web link…)
scan-skipped-other = Skipped a QR code holding { $what }: not an account.
scan-found =
    { $count ->
        [one] Found { $count } account to add.
       *[other] Found { $count } accounts to add.
    }
scan-nothing = Nothing new to add.
# A QR code that cannot be added: its account and why.
scan-skipped-item = { $label }: { $reason }

## Tags dialog

tags-title = Tags
# $label: the account
tags-title-for = Tags and note of { $label }
tags-input = Tags, separated by commas
tags-input-placeholder = work, home
tags-help = Up to 20 tags of up to 40 characters; case does not matter. The buttons above the list show only the accounts with one tag.
note-input = Note (kept encrypted; the search finds it)
note-input-placeholder = printed recovery codes are in the safe
icon-select = Icon
icon-auto = Automatic (the issuer's logo, or its letter)
icon-letter = Letter
icon-image = Your image
icon-file = Or an image of your own (PNG, JPEG or SVG, at most 1 MB)
icon-file-placeholder = ~/Pictures/logo.png
# The file chooser's filter name.
icon-file-filter = Images
icon-help = Logos come with the app (Simple Icons, CC0); none is fetched from the internet. An image is made 64 pixels wide; an SVG with scripts or links outside itself is refused.
# $tags: the tags, joined by ", "
tags-chips-label = Tags: { $tags }
tags-saved = Saved
tags-saved-with = Saved; tags: { $tags }

## Remove dialog

remove-title = Remove account
remove-text = Remove { $label }? Its secret, tags, note and recovery codes go with it. You can undo this for a few seconds.
remove-cancel = Keep it
remove-confirm = Remove
remove-done = Removed { $label }
remove-undo = Undo
remove-undone = { $label } is back
remove-undo-too-late = { $label } was removed already; restore it from a backup

## QR code dialog

qr-title = Show QR code
qr-title-for = QR code for { $label }
qr-warning = This QR code contains the account's secret. Anyone who sees or photographs it can make your codes. Show it only to move the account to your phone.
qr-confirm = Show the QR code
qr-image-alt = QR code of the account

## Enroll dialog

enroll-title = Enroll this device
enroll-server = Server
enroll-server-label = Server profile
enroll-no-server = No server yet: add one under Servers.
enroll-type = Method
enroll-type-label = MFA method
enroll-method-app = Authenticator app (this computer)
enroll-method-email = Email passcode
enroll-method-sms = SMS passcode
enroll-method-magic-link = Magic link
enroll-method-passkey = Passkey (in the browser)
enroll-start = Start
enroll-passcode = Passcode the server sent you
enroll-show-codes = Show recovery codes
enroll-show-qr = QR for a phone
enroll-retry = Try again
# $seconds: how far this computer's clock is from the server's
enroll-drift-behind = This computer's clock is { $seconds } s behind the server's: the passcode used the server's time. Fix the clock so codes work elsewhere.
enroll-drift-ahead = This computer's clock is { $seconds } s ahead of the server's: the passcode used the server's time. Fix the clock so codes work elsewhere.
# $methods: the MFA methods the server lists, joined by ", "
enroll-status-enabled-methods = Server status: MFA enabled ({ $methods })
enroll-status-enabled = Server status: MFA enabled
enroll-status-disabled-methods = Server status: MFA not enabled ({ $methods })
enroll-status-disabled = Server status: MFA not enabled
enroll-done = Done.
# $method: the MFA method's code; $step: what is left to do (from the app)
pending-unfinished = Enrollment with { $server } ({ $method }) is unfinished: { $step }.
pending-resume = Resume
pending-resume-label = Resume enrollment with { $server }
pending-discard = Discard
pending-discard-label = Discard enrollment with { $server }
pending-discarded = Discarded
# $names: the accounts removed with it, as a list ("A and B")
pending-discarded-removed = Discarded; removed { $names }

## Servers dialog

servers-title = Identity servers
servers-list-label = Server profiles
servers-checking = checking…
servers-sign-in-for-status = Sign in to read the server's MFA status
servers-mfa-enabled = MFA enabled ({ $methods })
servers-mfa-disabled = MFA not enabled
servers-edit = Edit
servers-edit-label = Edit server { $name }
servers-remove = Remove
servers-remove-label = Remove server { $name }
servers-remove-confirm = Remove the server profile { $name } and its token?
server-form-title = Add a server
server-name = Name
server-api = API
server-api-tenant = Tenant TOTP API
server-url = Base URL
server-who-lerian = User id (or sign in)
server-who-user-id = User id
server-who-email = Email
server-who-tenant = Tenant id
server-auth-url = Sign-in URL
server-auth-url-placeholder = https://auth.example.com: sign in instead of a token
server-login = Username
server-token = Bearer token
server-token-placeholder = Not needed for a profile that signs in
server-token-keep-placeholder = Leave empty to keep the stored token
server-save = Save server
server-cancel = Cancel editing
server-changed = Server changed
server-changed-new-token = Server changed; its new token is in the keychain
server-changed-token-kept = Server changed; its token is kept
server-saved-sign-in = Server saved; sign in from its row
server-saved-token = Server saved; its token is in the keychain

## Servers dialog: signing in

# $who: the signed-in user; $until: the time the current token ends
session-signed-in = Signed in as { $who } · token renewed as needed (current until { $until })
session-signed-out = Signed out · username { $login }
session-sign-in = Sign in
session-sign-out = Sign out
session-sign-in-label = Sign in to server { $name }
session-sign-out-label = Sign out of server { $name }
signin-title = Sign in
signin-title-for = Sign in to { $name }
signin-username = Username:
signin-password = Password
signin-method = Second factor
signin-method-app = Answer with this app's code
signin-method-recovery = Spend a stored recovery code
signin-method-email = Send me a passcode by email
signin-method-sms = Send me a passcode by SMS
signin-remember = Remember this device
signin-passcode = Passcode the server sent
signin-submit = Sign in
# $via: how the server sent the passcode (email, SMS)
signin-passcode-sent = The server sent a passcode by { $via }: type it below.
signin-answered-app = Answered the second factor with your code for { $account }.
signin-answered-app-retried = Answered the second factor with your code for { $account } (the next code, at a step boundary).
signin-answered-recovery = Spent a recovery code of { $account }: { $left } of { $total } left.
signin-recovery-low = Few recovery codes are left: get new ones from the server.
signin-answered-passcode = Answered with the passcode sent by { $via }.
signin-done = Signed in to { $server } as { $who }.

## Recovery codes dialog

recovery-title = Recovery codes
recovery-title-for = Recovery codes · { $label }
recovery-none = No recovery codes are stored for this account yet.
recovery-counts = { $unused } unused, { $used } used
recovery-counts-server = { $unused } unused, { $used } used · from server { $server }
recovery-low = — running low: get new codes from your server.
recovery-code-used = used
# $note: what the code was used for
recovery-code-used-note = used ({ $note })
recovery-code-unused = unused
recovery-copy = Copy
# $n: the code's number in the list
recovery-copy-label = Copy recovery code { $n }
recovery-mark-used = Mark used
recovery-mark-used-label = Mark recovery code { $n } used
recovery-copied = Copied; cleared in { $seconds } s
recovery-reveal = Reveal codes
recovery-export = Export as text
recovery-add-text = Add codes you got elsewhere (one per line)
recovery-add = Add codes
recovery-added =
    { $count ->
        [one] Added { $count } code
       *[other] Added { $count } codes
    }
