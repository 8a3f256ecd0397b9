# Error messages: what happened and what to do. Shown by the window, the CLI
# ("error: MESSAGE [code]") and notifications; the codes never change, the words may.
# Variables are names, counts, paths and technical details; never a secret.

## Secrets, OTP parameters, otpauth links, accounts, storage, vault, keychain
## (otp/, otpauth.rs, account.rs, storage/)

secret-empty = o segredo está vazio
secret-invalid-character = o segredo não é base32 válido: o caractere { $position } não é A-Z nem 2-7
secret-too-long = o segredo é longo demais ({ $bytes } bytes; no máximo { $max })

# --- end of storage ---

## Servers, enrollment, sign-in, backups, the agent, the app lock
## (identity/, enroll/, signin/, backups/, agent/)

# --- end of identity ---

## Import, export, QR images, the screen, the keyboard, icons
## (import_export/, screen/, keyboard/, issuer_icons/)

# --- end of import ---
