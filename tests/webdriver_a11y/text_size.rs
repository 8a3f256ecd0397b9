//! Text at twice the desktop's size is not cut.

use super::*;

/// Elements whose text is cut at the page's current size: clipped boxes (overflow hidden
/// or clip, no ellipsis) holding more than they show, and a page wider than the window.
async fn clipped(app: &App) -> Vec<String> {
    let v = app
        .client
        .execute(
            r#"const out = [];
               if (document.scrollingElement.scrollWidth > window.innerWidth + 1)
                 out.push(`the page scrolls sideways: ${document.scrollingElement.scrollWidth} > ${window.innerWidth}`);
               for (const el of document.querySelectorAll("body *")) {
                 if (!el.offsetParent && getComputedStyle(el).position !== "fixed") continue;
                 const s = getComputedStyle(el);
                 const hides = ["hidden", "clip"].includes(s.overflowX) || ["hidden", "clip"].includes(s.overflowY);
                 if (!hides || s.textOverflow === "ellipsis" || !el.textContent.trim()) continue;
                 if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
                   out.push(`${el.tagName.toLowerCase()}#${el.id}.${el.className}: ${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight}`);
               }
               return out;"#,
            vec![],
        )
        .await
        .unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap_or_default().to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn text_at_twice_the_desktops_size_is_not_cut() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let id = added_id(&cli(
        data.path(),
        &[
            "add",
            "otpauth://totp/Example%20Company:someone.with.a.long.name@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example%20Company",
        ],
    ));
    cli(data.path(), &["tag", &id, "+work", "+personal"]);
    let app = launch(data.path(), config.path()).await;
    app.wait_rows(1).await;
    // The desktop's text scaling reaches WebKit as a larger default font; 200% of it.
    app.client
        .execute("document.documentElement.style.fontSize = '200%'", vec![])
        .await
        .unwrap();
    let mut found = Vec::new();
    for (button, screen) in [
        ("", "list"),
        ("#open-add", "add"),
        ("#open-settings", "settings"),
        ("#open-import", "import"),
        ("#open-export", "export"),
    ] {
        if !button.is_empty() {
            app.click(button).await;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
        for c in clipped(&app).await {
            found.push(format!("{screen}: {c}"));
        }
        close_dialogs(&app).await;
    }
    app.screenshot("text-200").await;
    assert!(found.is_empty(), "cut at 200%:\n{}", found.join("\n"));
    app.close().await;
}
