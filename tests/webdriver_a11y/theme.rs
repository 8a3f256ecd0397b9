//! The desktop's colour-scheme preference (Settings portal) chooses the theme.

use super::*;

/// This test's stand-in for the desktop's settings portal: `color-scheme` as GNOME and
/// KDE publish it (1: prefer dark).
struct Portal(u32);

#[zbus::interface(name = "org.freedesktop.portal.Settings")]
impl Portal {
    fn read_one(
        &self,
        namespace: String,
        key: String,
    ) -> zbus::fdo::Result<zbus::zvariant::OwnedValue> {
        if namespace == "org.freedesktop.appearance" && key == "color-scheme" {
            Ok(zbus::zvariant::OwnedValue::from(self.0))
        } else {
            Err(zbus::fdo::Error::Failed(format!("no {namespace} {key}")))
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_desktop_preference_from_the_settings_portal_chooses_the_theme_unless_overridden() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let portal = zbus::connection::Builder::session()
        .unwrap()
        .name("org.freedesktop.portal.Desktop")
        .unwrap()
        .serve_at("/org/freedesktop/portal/desktop", Portal(1))
        .unwrap()
        .build()
        .await
        .unwrap();
    let app = launch(data.path(), config.path()).await;
    let theme = || async {
        app.client
            .execute(
                "return document.documentElement.dataset.theme || ''",
                vec![],
            )
            .await
            .unwrap()
    };
    let start = Instant::now();
    while theme().await != json!("dark") {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the desktop prefers dark: {}",
            theme().await
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // The user's choice wins over the desktop's.
    choose_theme(&app, "light").await;
    let saved = std::fs::read_to_string(config.path().join("mfa-companion/settings.json")).unwrap();
    assert!(saved.contains("\"theme\": \"light\""), "{saved}");
    // Back to the desktop's: dark again.
    app.click("#open-settings").await;
    app.click("#settings-theme option[value='system']").await;
    let start = Instant::now();
    while theme().await != json!("dark") {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "back to the desktop's dark"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    app.close().await;
    drop(portal);
}
