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

# --- end of identity ---

## Import, export, QR images, the screen, the keyboard, icons
## (import_export/, screen/, keyboard/, issuer_icons/)

# --- end of import ---
