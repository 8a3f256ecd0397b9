# The command line's --help and man pages: `help-<command path>` is a command's
# description, `help-<command path>--<argument>` an argument's (cli/help.rs).

## clap's own words: the headings of --help and the built-in --help, --version and help

help-heading-usage = Usage
help-heading-commands = Commands
help-heading-arguments = Arguments
help-heading-options = Options
help-builtin-help = Print help
help-builtin-version = Print version
help-builtin-help-command = Print this message or the help of the given subcommand(s)
help-builtin-help-command--subcommand = Print help for the subcommand(s)
help-builtin-default = default
help-builtin-possible-values = possible values

## clap's most common usage errors (the rest stay clap's English)

help-error-unknown-argument = unexpected argument '{ $arg }' found
help-error-unknown-subcommand = unrecognized subcommand '{ $name }'
help-error-missing-arguments = the following required arguments were not provided:
help-error-value-required = a value is required for '{ $arg }' but none was supplied
help-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
help-error-similar-subcommand = a similar subcommand exists: { $name }
help-error-similar-subcommands = some similar subcommands exist: { $names }
help-error-similar-argument = a similar argument exists: { $name }
help-error-similar-arguments = some similar arguments exist: { $names }
help-error-similar-value = a similar value exists: { $name }
help-error-similar-values = some similar values exist: { $names }
help-error-pass-as-value = to pass '{ $arg }' as a value, use '{ $escaped }'
help-error-tip = tip
help-error-more = For more information, try '{ $help }'.

## The commands and their arguments

help-mfa-companion = Authenticator codes from the OS keychain; with no command, opens the desktop window

help-add = Add accounts from otpauth:// URIs (argument, or `-` for one per line on stdin), or by hand with --issuer/--account and the secret on stdin
help-add--uri = An otpauth:// URI, or `-` to read URIs from stdin, one per line. Omit it to enter an account by hand (the secret is then read from stdin)
help-add--issuer = Issuer (manual entry)
help-add--name = Account name (manual entry)
help-add--kind = totp (default), hotp or steam (manual entry)
help-add--algorithm = HMAC algorithm (manual entry)
help-add--digits = Code length, 6-8 (manual entry)
help-add--period = Seconds per code, 1-3600 (manual entry, totp and steam)
help-add--counter = Starting counter (manual entry, hotp)
help-add--from-screen = Find the QR codes on the screen (every monitor), list the accounts they hold and ask before adding them
help-add--from-clipboard = Like --from-screen, from an image on the clipboard (a screenshot you took)
help-add--yes = With --from-screen or --from-clipboard: add every account found without asking

help-list = List accounts (no secrets, no codes)
help-list--json = Print a JSON array (with each account's `tags`, `pinned` and, when the vault can be opened, `note`)
help-list--tag = Only the accounts with this tag (case does not matter)

help-code = Print the current code of an account. For HOTP, advances the counter first
help-code--account = Id, issuer:account, or a unique case-insensitive substring of either
help-code--at = Unix time to compute the code for (time-based accounts only)
help-code--json = Print {"{"}"code", "remaining", "period"{"}"}

help-remove = Remove an account and its secret
help-remove--account = Id, issuer:account, or a unique case-insensitive substring of either
help-remove--yes = Do not ask for confirmation

help-rename = Change an account's issuer and/or name
help-rename--account = Id, issuer:account, or a unique case-insensitive substring of either
help-rename--issuer = New issuer
help-rename--name = New account name

help-server = Server profiles for enrollment (tokens go to the OS keychain)

help-server-add = Add a server profile; its bearer token is read from stdin (or prompted for) and stored in the OS keychain. With --auth-url and --login (Lerian) no token is asked for: `mfa-companion login` signs in instead
help-server-add--name = A name for the profile (letters, digits, '-', '_', '.')
help-server-add--api = The API family the server speaks
help-server-add--url = Base URL (https://; http:// only for 127.0.0.1, localhost, [::1])
help-server-add--user = The user id (Lerian)
help-server-add--tenant = The tenant id (tenant API)
help-server-add--email = The account email (Flashback)
help-server-add--country = The phone's country for SMS codes (Lerian), e.g. BR
help-server-add--auth-url = The Lerian Auth plugin's base URL, to sign in instead of pasting a token
help-server-add--login = The username to sign in with (the password is asked at `login`, never stored)
help-server-add--replace = Replace a profile of the same name (and its token)

help-server-list = List server profiles (never tokens)
help-server-list--json = Print a JSON array

help-server-remove = Remove a server profile and its token
help-server-remove--name = The profile's name

help-status = Print a server's MFA status for the profile's user
help-status--server = The server profile
help-status--json = Print JSON
help-status--timeout = Seconds to wait for the server

help-login = Sign in to a profile's Lerian Auth plugin: the password is asked for (or read from stdin's first line) and never stored; an MFA challenge is answered with this app's code for the account enrolled with the profile, or --recovery, or --method
help-login--server = The server profile (added with --auth-url and --login)
help-login--recovery = Answer the MFA challenge with the next unused recovery code stored for this server (marked used before it is sent)
help-login--method = Answer with a passcode the server sends by email or SMS instead of this app's code
help-login--passcode = The passcode received by email or SMS (otherwise it is asked for)
help-login--remember-device = Ask the server to remember this device (`rememberDevice`)
help-login--timeout = Seconds to wait for each server call

help-token = Print a valid access token of a signed-in profile (refreshed first when it expires within 60 s), for scripts: `curl -H "Authorization: Bearer $(mfa-companion token --server work)"`
help-token--server = The server profile
help-token--timeout = Seconds to wait for the server (when a refresh is due)

help-logout = Sign out: end the session on the server and forget its tokens
help-logout--server = The server profile
help-logout--timeout = Seconds to wait for the server

help-backup = Automatic, verified, encrypted backups after every change

help-backup-configure = Write a verified backup into DIR after every change, keeping the newest N. The password is read from a hidden prompt, or one line of stdin; it is never stored
help-backup-configure--dir = The backup folder (a folder that Syncthing or Nextcloud syncs keeps copies on your other machines)
help-backup-configure--keep = How many backups to keep

help-backup-now = Write a backup now (nothing when the newest already holds the current accounts)
help-backup-now--auto = Run quietly, as the automatic backup after a change does

help-backup-list = The backups in the folder: time, accounts, verified
help-backup-list--json = Print JSON

help-backup-restore = Add the accounts of a backup that are not stored yet (nothing is replaced). The backup's password is read from a hidden prompt, or one line of stdin
help-backup-restore--file = The backup file
help-backup-restore--dry-run = Show what would be added; store nothing
help-backup-restore--yes = Do not ask before adding

help-backup-disable = Stop the automatic backups (the files already written stay)

help-lock = The opt-in app lock: the vault's key under a password instead of in the keychain

help-lock-enable = Turn the lock on: the vault's key is wrapped under a password (from a hidden prompt, or one line of stdin) and removed from the keychain
help-lock-enable--idle-minutes = Minutes of disuse after which the unlocked key is forgotten

help-lock-disable = Turn the lock off: the key goes back into the keychain (password needed)

help-lock-change = Change the password (old, then new; one line each on stdin)

help-lock-status = Whether the lock is on, and open

help-lock-now = Lock now: the agent forgets every key

help-unlock = Open the app lock (password from a hidden prompt, or one line of stdin)

help-agent = The resident agent: tray, quick copy, desktop search; `--autostart on|off` starts it at login
help-agent--autostart = Start the agent at login (an XDG autostart entry), or stop doing so, and exit
help-agent--quit = Stop the running agent and exit
help-agent--keys-only = Only hold the app lock's keys (what `unlock` starts when no agent runs)

help-type = Type an account's current code into the focused window (as the agent's Ctrl+Alt+T shortcut does); without ACCOUNT, the one whose issuer the window's title names ("Sign in to GitHub" → GitHub), else the quick search opens. X11, and Wayland desktops that allow it (sway and other wlroots compositors, KDE Plasma)
help-type--account = Id, issuer:account, or a unique case-insensitive substring of either; without it, the account whose issuer the focused window's title names
help-type--delay = Wait this many seconds first (time to click into the field to fill)

help-show = Bring up the window (a running one is raised); --search focuses its search field, for a shortcut bound in the desktop's keyboard settings
help-show--search = Focus the search field (Enter copies the first match)

help-pin = Pin an account to the top of the window and the tray menu
help-pin--account = Id, issuer:account, or a unique case-insensitive substring of either

help-unpin = Unpin an account
help-unpin--account = Id, issuer:account, or a unique case-insensitive substring of either

help-note = Set, show or clear an account's note (kept encrypted in the vault)
help-note--account = Id, issuer:account, or a unique case-insensitive substring of either
help-note--text = The new note (up to 1000 characters); without it, the note is printed
help-note--clear = Remove the note

help-tag = Add and remove an account's tags (`+work -home`; a bare name adds); with no change, print its tags
help-tag--account = Id, issuer:account, or a unique case-insensitive substring of either
help-tag--changes = `+TAG` or `TAG` adds a tag, `-TAG` removes one

help-icon = Print or choose the icon an account shows: NAME is an icon of the bundled set (by slug or title, see `icons`) or "letter"; --auto goes back to the one its issuer matches
help-icon--account = Id, issuer:account, or a unique case-insensitive substring of either
help-icon--name = An icon of the bundled set, or "letter"
help-icon--file = An image of your own: a PNG or JPEG (fitted into 64 pixels) or an SVG without scripts or outside references, at most 1 MB
help-icon--auto = Forget the choice: show the icon the issuer matches

help-icons = List the bundled issuer icons (simple-icons, CC0) whose name contains QUERY
help-icons--query = Part of a slug, title or alias

help-enroll = Enroll this device with a server: setup, store, verify, enable, status
help-enroll--server = The server profile to enroll with
help-enroll--mfa-type = The MFA type: app|email|sms (Lerian), GOOGLE_AUTH|MAGIC_LINK|PASSKEY (Flashback), totp (tenant API). Default: the family's authenticator-app type
help-enroll--passcode = The passcode received by email or SMS (otherwise it is asked for)
help-enroll--resume = Continue a pending enrollment (its id, or the only one)
help-enroll--discard = Drop a pending enrollment (its id, or the only one)
help-enroll--timeout = Seconds to wait for each server call

help-recovery = Recovery codes in the offline, encrypted vault

help-recovery-list = How many codes are unused and used (never the codes)
help-recovery-list--account = The account
help-recovery-list--json = Print {"{"}"unused": N, "used": M{"}"}

help-recovery-show = Reveal the codes and their state
help-recovery-show--account = The account

help-recovery-use = Mark a code used (offline): the one given, or the next unused one (printed)
help-recovery-use--account = The account
help-recovery-use--code = The code you used; omit to take the next unused one

help-recovery-add = Add codes for an account enrolled elsewhere: typed or piped in, one per line (or separated by spaces)
help-recovery-add--account = The account

help-recovery-export = Print the codes as text, to keep on paper or in a safe
help-recovery-export--account = The account

help-import = Import accounts from another app's export, a QR image, an otpauth list or a backup. The format is recognised from the content; duplicates are skipped
help-import--file = The file to import (`-` for stdin)
help-import--format = Its format, when it cannot be recognised from the content. The file to look for: keepass, a KeePass or KeePassXC `.kdbx` database (asked for its password); proton-authenticator, Proton Authenticator's export (Settings > Export, a `.json` without password); authenticator-pro, an Authenticator Pro (Stratum) backup (`.authpro`, with or without a password, or Export > Unencrypted); andotp, an andOTP backup (`otp_accounts_*.json`, or encrypted `otp_accounts_*.json.aes`: pass --format andotp for backups from andOTP before 0.6.3, whose encrypted files have no header); bitwarden, a Bitwarden `.json` export, plain or "JSON (Encrypted)" with "Password protected" (an "Account restricted" one cannot be read); steam, a Steam Desktop Authenticator `.maFile` from its `maFiles` folder (encryption removed in SDA); bitwarden-csv, Bitwarden's vault export in `.csv`; lastpass, LastPass Authenticator's `.json` (Settings > Transfer accounts > Export accounts to file). Password managers: 1password, 1Password's `.1pux` (File > Export > 1PUX; items with a one-time password); proton-pass, Proton Pass's `.zip` export (Settings > Export, without encryption: a PGP-encrypted one cannot be read), or its `data.json`; raivo, Raivo OTP's `raivo-otp-export-*.zip` (asked for the password the export was made with). ente, Ente Auth's export, plain text or "Ente Encrypted export" (`.txt`, JSON inside, asked for its password); totp-authenticator, a TOTP Authenticator backup (`.bin`, base64 text; one made without a password opens with the app's default); freeotp-backup, FreeOTP 2's backup (Backup in its menu: the file it saves, e.g. `externalBackup.xml`, a Java-serialized file despite the name; asked for the password set in FreeOTP). authenticator-plus, Authenticator Plus's backup `authplus.db` (More > Backup; asked for the app's master password): the bare file needs --format authenticator-plus, a zip holding it is recognised; or its Export, a zip holding `Accounts.txt` (recognised; asked for the password the export was made with). Other apps' internal files, copied from a rooted Android phone with the app closed (under /data/data/PACKAGE/): google-authenticator-db, Google Authenticator's `com.google.android.apps.authenticator2/databases/databases`; microsoft-authenticator, `com.azure.authenticator/databases/PhoneFactor`; authenticator-pro-db, `me.jmh.authenticatorpro/files/proauth.db3` or Stratum's `com.stratumauth.app/databases/authenticator.db3` (not when the app encrypts it); authy, `com.authy.authy/shared_prefs/com.authy.storage.tokens.authenticator.xml` (asks for the Authy backups password when tokens are stored encrypted); battle-net, the Battle.net app's `com.blizzard.messenger/shared_prefs/com.blizzard.messenger.authenticator_preferences.xml` or the old `com.blizzard.bma/shared_prefs/com.blizzard.bma.AUTH_STORE.xml`; freeotp-xml, FreeOTP's or FreeOTP+'s `shared_prefs/tokens.xml`; duo, `com.duosecurity.duomobile/files/duokit/accounts.json`; totp-authenticator-xml, `com.authenticator.authservice2/shared_prefs/TOTP_Authenticator_Preferences.xml`
help-import--dry-run = Show what would be imported; store nothing
help-import--password-stdin = Read the file's password from the first line of stdin
help-import--json = Print the report as JSON

help-export = Export every account with its secret: to another app, QR codes or a backup
help-export--format = otpauth (plain text), migration-qr (Google Authenticator QR images, plain), aegis (an Aegis vault, plain), aegis-encrypted (an Aegis vault), 2fas (a 2FAS backup, plain), 2fas-encrypted (a 2FAS backup), bitwarden (a Bitwarden JSON export, plain), paper (an HTML page to print: QR codes, secrets and recovery codes, plain), backup (this app's encrypted backup, with recovery codes), keepass (a KeePass KDBX 4 database: KeePassXC shows the codes)
help-export--out = The file to write (for migration-qr with more than 10 accounts: FILE-1.png, FILE-2.png, ...). Only otpauth may go to stdout (no --out)
help-export--password-stdin = Read the password from the first line of stdin (encrypted formats)
help-export--yes = Do not ask for confirmation

help-doctor = Check the keychain (a real round trip), the data folder and the clock
help-doctor--repair = Re-create accounts from keychain items whose metadata was lost

help-completions = Print a shell completion script (bash, zsh, fish, elvish or powershell)
help-completions--shell = The shell to complete for

help-package-files = Write the man pages, completions and desktop-integration files a package installs (for package.sh)
help-package-files--out = The staging copy of the install prefix (e.g. `pkgroot/usr`); files go under its `share/`
help-package-files--bin-dir = Where the package installs the executables (for the `Exec=` lines)
