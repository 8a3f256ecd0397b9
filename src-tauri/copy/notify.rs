//! Desktop notifications through `org.freedesktop.Notifications` on the session bus.
//! They name the account, never its code. Best effort: without a notification server
//! nothing is shown and nothing fails.

use std::collections::HashMap;

use zbus::zvariant::Value;

/// How long a notification stays, in milliseconds.
const SHOW_MS: i32 = 5000;

/// The text of the notification for a copied code: the account's name and the delay,
/// never the code.
pub fn copied_text(label: &str, clear_secs: u64) -> (String, String) {
    (
        crate::i18n::tr("notify-code-copied", &[("name", label.into())]),
        crate::i18n::tr("notify-cleared-in", &[("seconds", clear_secs.into())]),
    )
}

/// Shows a notification from another thread (the caller does not wait for the server).
pub fn show_soon(summary: String, body: String) {
    std::thread::spawn(move || {
        if let Err(e) = show(&summary, &body) {
            log::debug!("no desktop notification: {e}");
        }
    });
}

/// Shows a notification and waits for the server's answer.
pub fn show(summary: &str, body: &str) -> zbus::Result<u32> {
    let conn = zbus::blocking::Connection::session()?;
    let hints: HashMap<&str, Value<'_>> = HashMap::new();
    let reply = conn.call_method(
        Some("org.freedesktop.Notifications"),
        "/org/freedesktop/Notifications",
        Some("org.freedesktop.Notifications"),
        "Notify",
        &(
            "MFA Companion",
            0u32,
            "io.github.MfaCompanion",
            summary,
            body,
            Vec::<&str>::new(),
            hints,
            SHOW_MS,
        ),
    )?;
    reply.body().deserialize::<u32>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copied_notification_names_the_account_and_the_delay() {
        let (summary, body) = copied_text("GitHub", 30);
        assert_eq!(summary, "Code for GitHub copied");
        assert!(body.contains("30 s"), "{body}");
    }
}
