# The command line's messages: what it prints and asks (cli/). Error codes, --json
# output and the words scripts type back (y/N answers aside) never change.

# Terms as the window uses them: account, code, recovery code, vault, keychain, backup,
# app lock, server, tag, note, pin. Command and option names stay as they are.

## mod.rs: the error line, stdout/stdin, the yes/no question

# The line a failure ends with; [{ $code }] stays as it is (scripts read it).
cli-mod-error = error: { $message } [{ $code }]
cli-mod-stdout = cannot write to stdout: { $error }
cli-mod-stdin = cannot read stdin: { $error }
# After a yes/no question: the letter for yes, then N(o), the default.
cli-mod-confirm-hint = [y/N]
# The words that answer yes, besides y and yes (separated by spaces).
cli-mod-confirm-yes = y yes

## accounts.rs

cli-accounts-uri-or-manual = give either an otpauth URI or --issuer/--account, not both
cli-accounts-nothing-to-add = nothing to add: give an otpauth URI, `-` to read URIs from stdin, or --issuer/--account with the secret on stdin
cli-accounts-added = added { $label } (id { $id })
cli-accounts-weak-secret = warning: the secret of { $label } is only { $bits } bits; 128 or more is recommended
cli-accounts-bad-line = line { $line }: { $message }; nothing was added
cli-accounts-no-uri-on-stdin = no otpauth URI on stdin; nothing was added
cli-accounts-secret-prompt = Secret (base32):{" "}
cli-accounts-secret-unreadable = cannot read the secret: { $error }
cli-accounts-secret-stdin-unreadable = cannot read the secret from stdin: { $error }
cli-accounts-no-tagged = no account has the tag { $tag }: see `mfa-companion tag`
cli-accounts-none-yet = no accounts yet: add one with `mfa-companion add <otpauth URI>`
cli-accounts-list-counter = counter { $counter }
cli-accounts-note = note: { $line }
cli-accounts-at-hotp = --at does not apply to HOTP accounts (their codes follow a counter, not the clock)
cli-accounts-remove-needs-yes = removing { $label } deletes its secret for good: pass --yes to confirm
cli-accounts-remove-question = Remove { $label } (id { $id }) and delete its secret for good?
cli-accounts-nothing-removed = nothing was removed
cli-accounts-removed = removed { $label } (id { $id })
cli-accounts-recovery-codes-stay = { $count ->
    [one] note: its { $count } recovery code ({ $unused } unused) stays in the vault: `mfa-companion recovery show { $id }`
   *[other] note: its { $count } recovery codes ({ $unused } unused) stay in the vault: `mfa-companion recovery show { $id }`
}
cli-accounts-rename-what = give --issuer and/or --account
cli-accounts-renamed = renamed { $old } to { $new }
cli-accounts-pinned = pinned { $label } (id { $id })
cli-accounts-unpinned = unpinned { $label } (id { $id })
cli-accounts-no-tags = { $label } (id { $id }) has no tags
cli-accounts-tags = { $label } (id { $id }): { $tags }
cli-accounts-no-note = { $label } (id { $id }) has no note
cli-accounts-note-saved = note saved for { $label } (id { $id })
cli-accounts-note-removed = note removed from { $label } (id { $id })

## backup.rs (the password prompts and "differ" are lock.rs's too)

cli-backup-again = Again:{" "}
cli-backup-passwords-differ = the two passwords differ: nothing was changed
cli-backup-password-new = Password for the backups:{" "}
cli-backup-password-empty = an empty password protects nothing
cli-backup-configured = backups go to { $dir } after every change (the newest { $keep } kept); the password is not stored: without it they cannot be restored
cli-backup-none-yet = no backups yet: `mfa-companion backup now` writes one
cli-backup-list-accounts = { $count } account(s)
cli-backup-list-accounts-unknown = ? accounts
cli-backup-list-verified = verified
cli-backup-list-unreadable = NOT readable with the current password
cli-backup-disabled = automatic backups are off; the backups already written stay where they are
cli-backup-written = wrote and verified { $path } ({ $count } account(s))
cli-backup-written-pruned = wrote and verified { $path } ({ $count } account(s)); deleted { $pruned } older backup(s)
cli-backup-current = the newest backup already holds the current accounts: { $path }
cli-backup-password = Password of the backup:{" "}
cli-backup-deriving = deriving the key for this backup
cli-backup-plan-add = add      { $label }
cli-backup-plan-exists = exists   { $label } (kept as it is)
cli-backup-plan-skip = skip     { $label }: { $reason }
cli-backup-plan-count = { $count } account(s) to add; nothing was changed
cli-backup-restore-needs-yes = { $count } account(s) would be added: pass --yes to confirm
cli-backup-restore-question = Add { $count } account(s)?
cli-backup-nothing-restored = nothing was restored
cli-backup-restored = restored { $count } account(s)

## lock.rs

cli-lock-password = Password:{" "}
cli-lock-current-password = Current password:{" "}
cli-lock-new-password = New password:{" "}
cli-lock-unlocked = unlocked; the key is forgotten after { $minutes } minute(s) unused, or with `mfa-companion lock now`
cli-lock-on-already = the app lock is on already: `lock change` changes its password
cli-lock-idle-range = --idle-minutes must be 1 to 1440
cli-lock-no-backup-warning = warning: without the password the accounts are lost, and no automatic backups are set up (`mfa-companion backup configure --dir DIR`, or `mfa-companion export --format backup`)
cli-lock-no-backup-question = Turn the lock on without a backup?
cli-lock-stays-off = the lock stays off
cli-lock-enabled = the app lock is on (Argon2id, 64 MiB, { $passes } pass(es)); the keychain no longer holds the key. Unlocked now, for { $minutes } minute(s) unused; `mfa-companion lock now` locks
cli-lock-disabled = the app lock is off; the vault's key is in the keychain again
cli-lock-changed = the password was changed
cli-lock-status-off = off: the vault's key is in the keychain
cli-lock-status-on-unlocked = on (unlocked; forgotten after { $minutes } minute(s) unused)
cli-lock-status-on-locked = on (locked; forgotten after { $minutes } minute(s) unused)
cli-lock-status-stray-key = ; WARNING: the keychain still holds the key: run `mfa-companion lock disable` and enable it again
cli-lock-locked = locked

## recovery.rs

cli-recovery-counts = { $label }: { $unused } unused, { $used } used recovery codes
cli-recovery-counts-low = { $label }: { $unused } unused, { $used } used recovery codes (running low: get new codes from the server)
cli-recovery-show = recovery codes of { $label }:
cli-recovery-show-server = recovery codes of { $label } (server { $server }):
cli-recovery-unused = unused
# $date: the date and time it was marked used, in the language's format.
cli-recovery-used-at = used at { $date }
cli-recovery-used-at-note = used at { $date } ({ $note })
# Kept in the vault as the note of a code marked used with `recovery use`.
cli-recovery-by-hand = marked used by hand
cli-recovery-use-next = use recovery code { $number }: { $code } (now marked used)
cli-recovery-marked = marked the code used for { $label }
cli-recovery-none-given = no codes were given on stdin: type or pipe them in, one per line
cli-recovery-added = { $count ->
    [one] added { $count } recovery code for { $label } ({ $stored } already stored)
   *[other] added { $count } recovery codes for { $label } ({ $stored } already stored)
}

## doctor.rs: "ok" and "FAIL" start each line in every language (scripts may look
## for them); the check's name and detail are translated.

cli-doctor-ok = ok    { $name }: { $detail }
cli-doctor-fail = FAIL  { $name }: { $detail }
cli-doctor-data-folder = data folder
cli-doctor-data-folder-ok = { $count ->
    [one] { $dir } ({ $count } account)
   *[other] { $dir } ({ $count } accounts)
}
cli-doctor-keychain = keychain
cli-doctor-keychain-ok = Secret Service round trip (set, get, delete, missing entry) passed
cli-doctor-clock = clock
# $now: Unix seconds; $date: the same time, local, in the language's format.
cli-doctor-clock-ok = { $now } (Unix time; { $date }); { $sync }
cli-doctor-enrollments = enrollments
cli-doctor-enrollments-none = none pending
cli-doctor-enrollments-pending = { $count } pending: `mfa-companion list` shows them, `enroll --resume` finishes them
cli-doctor-problems = { $count } check(s) failed
cli-doctor-vault = vault
cli-doctor-vault-ok = opened with its key; { $count } account(s), each with its secret; recovery codes for { $with_codes }; written { $writes } time(s)
cli-doctor-vault-broken = no usable secret for: { $labels }; remove and add them again
cli-doctor-vault-locked = locked: { $count } account(s) listed; `mfa-companion unlock` to check their secrets
cli-doctor-vault-note = note  vault: { $note }
cli-doctor-keychain-items = keychain items
cli-doctor-keychain-items-ok = the vault key and { $count } server token(s) or session(s); no secret of an account
cli-doctor-repaired-items = repaired: deleted { $count } item(s) of the old one-item-per-secret layout
cli-doctor-keychain-items-stray = { $count } item(s) of the old one-item-per-secret layout belong to no account: `mfa-companion doctor --repair` deletes them
cli-doctor-previous = previous version
cli-doctor-previous-kept = kept as { $path }
cli-doctor-previous-none = none yet (kept from the second write on)
cli-doctor-app-lock = app lock
cli-doctor-backups = backups
cli-doctor-lock-off = off (`mfa-companion lock enable` puts the key under a password)
cli-doctor-lock-stray-key = on, but the keychain still holds the vault key: run `mfa-companion lock disable`, then `lock enable` again
cli-doctor-lock-on-locked = on, locked; Argon2id 64 MiB x { $passes } passes; the key is forgotten after { $minutes } idle minute(s)
cli-doctor-lock-on-unlocked = on, unlocked; Argon2id 64 MiB x { $passes } passes; the key is forgotten after { $minutes } idle minute(s)
cli-doctor-backups-off = off (`mfa-companion backup configure --dir DIR` writes one after every change)
cli-doctor-backups-none = into { $dir }; none written yet
cli-doctor-backups-ok = into { $dir }, the newest { $keep } kept; last verified backup { $file } ({ $count } account(s))
cli-doctor-backups-failed = the last backup failed: { $error }; your accounts are safe in the vault, but run `mfa-companion backup now` once the folder works
cli-doctor-repair = repair
cli-doctor-no-previous = no previous version to restore; { $then }
cli-doctor-previous-unusable = the previous version is not usable either ({ $error }); { $then }
cli-doctor-previous-holds = the previous version (write { $write }) holds { $count } account(s): restoring it drops { $gone } account(s) listed now{ $gone_ids } and brings back { $back }{ $back_ids }
cli-doctor-restore-question = Restore the previous version? (the damaged file is kept as accounts.vault.damaged)
cli-doctor-restored = repaired: the vault was restored from its previous version
cli-doctor-newest-backup = the newest verified backup holds { $count } account(s): move the damaged vault aside, then `mfa-companion backup restore { $path }`
cli-doctor-restore-a-backup = restore a backup (`mfa-companion backup restore FILE` or `mfa-companion import FILE`)

## transfer.rs: import and export ($format is a format's name: aegis, 2fas, backup…)

cli-transfer-password-stdin-unreadable = cannot read the password from stdin: { $error }
cli-transfer-password-stdin-empty = the password on stdin is empty
cli-transfer-cannot-ask = cannot ask for the password ({ $error }): use --password-stdin
cli-transfer-unreadable = cannot read { $path }: { $error }
cli-transfer-file-password = Password of the { $format } file:{" "}
cli-transfer-deriving = deriving the key for this { $format } file
cli-transfer-reading = reading this { $format } file
cli-transfer-password-stdin-path = --password-stdin needs the file as a path, not `-`
cli-transfer-read = { $count ->
    [one] read { $count } entry ({ $format })
   *[other] read { $count } entries ({ $format })
}
cli-transfer-read-encrypted = { $count ->
    [one] read { $count } entry ({ $format }, encrypted)
   *[other] read { $count } entries ({ $format }, encrypted)
}
cli-transfer-would-import = would import { $label }
cli-transfer-imported = imported { $label } (id { $id })
cli-transfer-recovery-restored = { $count ->
    [one] restored { $count } recovery code
   *[other] restored { $count } recovery codes
}
cli-transfer-skipped = skipped { $label }: already stored (same secret and issuer)
cli-transfer-unusable = could not import { $label }: { $reason }
cli-transfer-summary = imported { $count }, skipped { $duplicates } duplicates, { $unusable } could not be imported
cli-transfer-summary-dry-run = would import { $count }, skipped { $duplicates } duplicates, { $unusable } could not be imported (dry run: nothing was stored)
cli-transfer-unknown-format = unknown export format
cli-transfer-out-needed = --out FILE is needed for the { $format } format
# Where an export goes without --out.
cli-transfer-stdout = standard output
cli-transfer-export-needs-yes = an export holds every secret: pass --yes to confirm
cli-transfer-export-question = { $count ->
    [one] Export { $count } account with its secret to { $target } ({ $format })?
   *[other] Export { $count } accounts with their secrets to { $target } ({ $format })?
}
cli-transfer-nothing-exported = nothing was exported
cli-transfer-plain-warning = warning: a { $format } export holds your secrets in plain text: anyone who reads it can make your codes. Move it to the other app, then delete it.
cli-transfer-export-password = Password for the export:{" "}
cli-transfer-export-password-again = The same password again:{" "}
cli-transfer-passwords-differ = the passwords differ; nothing was exported
cli-transfer-password-empty = the password is empty; nothing was exported
cli-transfer-writing = writing the { $format } export
cli-transfer-left-out = warning: { $label } was left out: { $reason }
cli-transfer-exported = { $count ->
    [one] exported { $count } account ({ $format }) to { $files }
   *[other] exported { $count } accounts ({ $format }) to { $files }
}

## scan.rs: add --from-screen and --from-clipboard

cli-scan-asking = note: asking the desktop for a screenshot (it may ask you to allow it)
cli-scan-batch = Google Authenticator export: batch { $n } of { $of } scanned
cli-scan-batch-more = Google Authenticator export: batch { $n } of { $of } scanned; show the next code and scan again for the rest
cli-scan-not-an-account = skipped a QR code holding { $what }: not an account
cli-scan-already-stored = already stored: { $label }
cli-scan-cannot-add = cannot add { $label }: { $reason }
cli-scan-nothing-new = nothing new to add
cli-scan-found = found { $count } account(s):
cli-scan-needs-yes = nothing was added: confirm on a terminal, or pass -y to add them all
cli-scan-nothing-added = nothing was added

## icons.rs

cli-icons-chosen = chosen
cli-icons-matched = matched by its issuer
cli-icons-none-matches = no icon matches its issuer
# $kind: SVG or PNG; $bytes: its size, written in the language's digits.
cli-icons-image = an image of yours ({ $kind }, { $bytes } bytes)
cli-icons-letter = the letter { $letter }
cli-icons-shows = { $label } (id { $id }) shows { $what }: { $how }
cli-icons-no-match = no icon in the bundled set matches { $query }; accounts without one show their letter

## keyboard.rs: type and show

cli-keyboard-delay = --delay is at most 60 seconds
cli-keyboard-typed = typed the code of { $label }
cli-keyboard-searching = { $why }: opening the quick search
cli-keyboard-window = the window could not be opened ({ $error })

## agent.rs

cli-agent-asked-to-stop = the agent was asked to stop
cli-agent-none-runs = no agent runs
cli-agent-autostart-on = the agent starts at login ({ $path }); start it now with `mfa-companion agent &`
cli-agent-autostart-off = the agent no longer starts at login ({ $path } removed)

## docs.rs: package-files

cli-docs-cannot-write = cannot write { $path }: { $error }

## servers.rs: server add|list|remove and status

cli-servers-runtime = cannot start the network runtime: { $error }
cli-servers-token-prompt = Bearer token for { $name }:{" "}
cli-servers-token-unreadable = cannot read the token: { $error }
cli-servers-saved-sign-in = saved server { $name } ({ $api }, { $url }); sign in with `mfa-companion login --server { $name }`
cli-servers-saved-token = saved server { $name } ({ $api }, { $url }); its token is in the OS keychain
cli-servers-none-yet = no server profiles yet: add one with `mfa-companion server add NAME --api lerian|flashback|tenant --url URL ...`
cli-servers-list-login = { $who }  login { $login }: { $session }
cli-servers-removed = removed server { $name }
cli-servers-token-left = warning: its token could not be deleted from the keychain ({ $error })
cli-servers-refused-refreshed = the server refused a freshly refreshed token ({ $error })
cli-servers-mfa-enabled = MFA enabled
cli-servers-mfa-not-enabled = MFA not enabled
cli-servers-preferred = preferred { $method }
cli-servers-methods = methods { $methods }
cli-servers-required = required by the organization

## signin.rs: login, token, logout

# $time: a time of day in UTC, in the language's format.
cli-signin-until-minutes = { $time } UTC, in { $count } min
cli-signin-until-seconds = { $time } UTC, in { $count } s
cli-signin-answered-code = answered the MFA challenge with your code for { $account }
cli-signin-answered-code-retried = answered the MFA challenge with your code for { $account } (the first was refused at a step boundary; the next one was accepted)
cli-signin-answered-recovery = answered the MFA challenge with a recovery code of { $account }: it is now marked used; { $left } of { $total } remain
cli-signin-recovery-low = warning: only { $count } unused recovery code(s) left for { $account }: get new ones from the server and add them (`mfa-companion recovery add`)
cli-signin-answered-passcode = answered the MFA challenge with the passcode sent by { $via }
cli-signin-signed-in = signed in to { $server } as { $who } until { $until }; the session is in the OS keychain
cli-signin-password-prompt = Password for { $who } at { $server }:{" "}
cli-signin-no-password = no password given: type it, or pipe it as the first line of stdin
cli-signin-clock-behind = warning: this computer's clock is { $seconds } s behind the server's: the code is computed with the server's time
cli-signin-clock-ahead = warning: this computer's clock is { $seconds } s ahead of the server's: the code is computed with the server's time
# $via: email or sms.
cli-signin-passcode-prompt = Passcode the server sent by { $via }:{" "}
cli-signin-not-signed-in = not signed in to { $server }: nothing to do
cli-signin-signed-out = signed out of { $server }: the server ended the session and its tokens are forgotten
cli-signin-signed-out-here = signed out of { $server }: its tokens are forgotten here
cli-signin-server-not-told = warning: the server could not be told, so the session may stay valid there until it expires ({ $error })
cli-signin-session-signed-in = signed in as { $who }
cli-signin-session-signed-out = signed out
cli-signin-session-unreadable = session unreadable ({ $error })

## enroll.rs: enroll, and the pending enrollments `list` prints

cli-enroll-passcode-prompt-sms = Passcode the server sent by SMS:{" "}
cli-enroll-passcode-prompt-email = Passcode the server sent by email:{" "}
cli-enroll-passcode-unreadable = cannot read the passcode: { $error }
cli-enroll-no-passcode-sms = no passcode given: pass --passcode, or type the code from the SMS
cli-enroll-no-passcode-email = no passcode given: pass --passcode, or type the code from the email
cli-enroll-setup-account = account { $account } (id { $id }) stored in the keychain
cli-enroll-setup-codes = { $count ->
    [one] { $count } recovery code saved in the vault
   *[other] { $count } recovery codes saved in the vault
}
# $done: what the setup step stored, the parts separated by "; ".
cli-enroll-setup = setup: { $done }
cli-enroll-clock-behind = warning: this computer's clock is { $seconds } s behind the server's: the passcode is computed with the server's time; fix the clock so codes work elsewhere
cli-enroll-clock-ahead = warning: this computer's clock is { $seconds } s ahead of the server's: the passcode is computed with the server's time; fix the clock so codes work elsewhere
cli-enroll-verified = verify: the server accepted the passcode
cli-enroll-enabled-code = enable: MFA enabled (recovery code { $number } of { $total } was sent and is marked used)
cli-enroll-enabled = enable: MFA enabled
# $step: setup, store, verify or enable (the step's name as the command line shows it).
cli-enroll-already-done = { $step }: already done by the interrupted attempt
cli-enroll-status = status: { $status }
cli-enroll-no-pending = no pending enrollment matches: see `mfa-companion list`
cli-enroll-ambiguous = { $count } enrollments are pending: name one: { $list }
cli-enroll-discarded = discarded enrollment { $id } with { $server }
cli-enroll-discarded-removed = { $discarded }; removed { $removed }
# Between the two things a discarded enrollment removed.
cli-enroll-and = and
cli-enroll-give-server = give --server NAME
cli-enroll-resuming = resuming enrollment { $id } with { $server } ({ $step })
cli-enroll-enrolling = enrolling with { $server } ({ $api }, { $type })
cli-enroll-refused-refreshed = the server refused a freshly refreshed token
cli-enroll-pending = pending enrollment { $id } with { $server } ({ $type }): { $step }; `mfa-companion enroll --resume { $id }`
cli-enroll-pending-failed = { $pending } (last attempt failed: { $code })
cli-enroll-pending-unreadable = warning: pending enrollments cannot be read: { $error } [{ $code }]

## progress.rs: the line a slow key derivation shows on a terminal

# $what: what runs (e.g. cli-transfer-deriving); $seconds: the time so far, one decimal.
cli-progress-line = { $what }… { $seconds } s

## main.rs: no subcommand and no window to open
cli-desktop-missing = the desktop window ({ $file }) is not installed beside this binary: build it with `cargo build` (feature `desktop`), or use the CLI: `mfa-companion --help`
cli-desktop-start = could not start { $path }: { $error }
