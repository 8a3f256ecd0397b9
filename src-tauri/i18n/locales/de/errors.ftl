# Error messages: what happened and what to do. Shown by the window, the CLI
# ("error: MESSAGE [code]") and notifications; the codes never change, the words may.
# Variables are names, counts, paths and technical details; never a secret.

## Secrets, OTP parameters, otpauth links, accounts, storage, vault, keychain
## (otp/, otpauth.rs, account.rs, storage/)

secret-empty = das Geheimnis ist leer
secret-invalid-character = das Geheimnis ist kein gültiges Base32: Zeichen { $position } ist nicht A-Z oder 2-7
secret-too-long = das Geheimnis ist zu lang ({ $bytes } Bytes; höchstens { $max })

# --- end of storage ---

## Servers, enrollment, sign-in, backups, the agent, the app lock
## (identity/, enroll/, signin/, backups/, agent/)

# --- end of identity ---

## Import, export, QR images, the screen, the keyboard, icons
## (import_export/, screen/, keyboard/, issuer_icons/)

# --- end of import ---
