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

# --- end of import ---
