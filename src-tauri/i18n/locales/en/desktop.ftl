# The tray, the desktop search and notifications (the resident agent).

## Tray
tray-tooltip = Click an account to copy its code
tray-empty = Pin accounts in the window to list them here
tray-copy-token = Copy access token: { $server }
tray-scan = Scan screen for a QR code…
tray-search = Search…
tray-open = Open MFA Companion
tray-quit = Quit agent

## Notifications (they name the account, never the code)
notify-code-copied = Code for { $name } copied
notify-token-copied = Access token of { $server } copied
notify-cleared-in = { $seconds ->
    [one] Cleared from the clipboard in { $seconds } second
   *[other] Cleared from the clipboard in { $seconds } seconds
}
notify-no-code-copied = MFA Companion: no code copied
notify-no-token-copied = MFA Companion: no token copied
notify-window-failed = MFA Companion: the window could not be opened
notify-no-code-typed = MFA Companion: no code typed

## The app-grid entry (packaging/mfa-companion.desktop) and the software centres'
## summary (packaging/io.github.MfaCompanion.metainfo.xml); a test keeps them equal.
app-generic-name = Authenticator
app-comment = One-time codes from your keychain, device enrollment and recovery codes
app-action-add = Add Account
app-action-search = Search Codes
app-summary = Enroll your devices and keep one-time codes safe
