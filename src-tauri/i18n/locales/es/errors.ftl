# Error messages: what happened and what to do. Shown by the window, the CLI
# ("error: MESSAGE [code]") and notifications; the codes never change, the words may.
# Variables are names, counts, paths and technical details; never a secret.

## Secrets, OTP parameters, otpauth links, accounts, storage, vault, keychain
## (otp/, otpauth.rs, account.rs, storage/)

secret-empty = el secreto está vacío
secret-invalid-character = el secreto no es base32 válido: el carácter { $position } no es A-Z ni 2-7
secret-too-long = el secreto es demasiado largo ({ $bytes } bytes; como máximo { $max })

# --- end of storage ---

## Servers, enrollment, sign-in, backups, the agent, the app lock
## (identity/, enroll/, signin/, backups/, agent/)

# --- end of identity ---

## Import, export, QR images, the screen, the keyboard, icons
## (import_export/, screen/, keyboard/, issuer_icons/)

# --- end of import ---
