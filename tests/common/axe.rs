// axe-core inside the real window (included by the window tests after
// `common/webdriver.rs`): the npm package `tests/a11y/` installs, loaded into the page
// once, run for WCAG 2.x A/AA rules (contrast included); one line per violating element.

fn axe_source() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/a11y/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}: run `npm install --prefix tests/a11y` (the README's test command does)",
            path.display()
        )
    })
}

/// axe-core's WCAG 2.x A/AA violations on the page as it is now, one line per element.
async fn violations(app: &App) -> Vec<String> {
    let loaded = app
        .client
        .execute("return typeof window.axe", vec![])
        .await
        .unwrap();
    if loaded != json!("object") {
        let src = axe_source();
        app.client
            .execute(&format!("{src}\n;window.axe = axe; return true;"), vec![])
            .await
            .unwrap();
    }
    let result = app
        .client
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
               const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
               axe.run(document, { runOnly: { type: "tag", values: tags } })
                 .then(r => done(r.violations.flatMap(v => v.nodes.map(n =>
                   `${v.id}: ${n.target.join(" ")} (${(n.failureSummary || "").replace(/\s+/g, " ").slice(0, 240)})`))))
                 .catch(e => done(["axe failed: " + e]));"#,
            vec![],
        )
        .await
        .unwrap();
    result
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap_or_default().to_string())
        .collect()
}

async fn audit(app: &App, screen: &str, found: &mut Vec<String>) {
    // Transitions (dialogs fade in) end before the colours are measured.
    tokio::time::sleep(Duration::from_millis(250)).await;
    for v in violations(app).await {
        found.push(format!("{screen}: {v}"));
    }
}

