// The page helpers of the WebDriver harness (`webdriver.rs`, which includes this file):
// finding, clicking, typing into and reading the window's elements, waiting for rows and
// texts, adding a QR image file, screenshots.

impl App {
    async fn el(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"))
    }

    /// Clicks `css` after scrolling it to the middle of its scroll box (a button at the
    /// edge of a scrolled dialog is otherwise reported as not clickable).
    async fn click(&self, css: &str) {
        let e = self.el(css).await;
        self.scroll_to(css).await;
        if let Err(e) = e.click().await {
            self.screenshot("failure").await;
            panic!("click {css}: {e:?}");
        }
    }

    #[allow(dead_code)]
    /// Opens the card menu of account `id` (its ⋮ button) and picks `action` (pin, tags,
    /// qr, recovery, remove).
    async fn card_action(&self, id: &str, action: &str) {
        self.click(&format!("li[data-id='{id}'] button.more")).await;
        self.click(&format!("#card-menu button[data-action='{action}']"))
            .await;
    }

    async fn text(&self, css: &str) -> String {
        self.el(css).await;
        self.inner_text(css).await.unwrap_or_default()
    }

    async fn type_into(&self, css: &str, text: &str) {
        let e = self.el(css).await;
        self.scroll_to(css).await;
        if let Err(err) = e.clear().await {
            self.screenshot("failure").await;
            panic!("clear {css}: {err}");
        }
        e.send_keys(text).await.unwrap();
    }

    async fn scroll_to(&self, css: &str) {
        self.client
            .execute(
                "document.querySelector(arguments[0]).scrollIntoView({block: 'center'})",
                vec![json!(css)],
            )
            .await
            .unwrap();
    }

    /// The rendered text of `css` (innerText: what a person sees, including text cut by
    /// an ellipsis), or None if it is not in the page.
    async fn inner_text(&self, css: &str) -> Option<String> {
        let v = self
            .client
            .execute(
                "const e = document.querySelector(arguments[0]); return e ? e.innerText : null;",
                vec![json!(css)],
            )
            .await
            .ok()?;
        v.as_str().map(str::to_owned)
    }

    /// Waits until `css`'s text contains `want`.
    async fn wait_text(&self, css: &str, want: &str) -> String {
        let start = Instant::now();
        loop {
            let t = self.inner_text(css).await.unwrap_or_default();
            if t.contains(want) {
                return t;
            }
            if start.elapsed() >= Duration::from_secs(40) {
                self.screenshot("failure").await;
                panic!("{css}: waited for {want:?}, shows {t:?}");
            }
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
    }

    /// Adds through the add dialog's QR tab: renders `uri` as a QR PNG in `dir` and opens
    /// that file.
    async fn add_qr_file(&self, dir: &std::path::Path, name: &str, uri: &str) {
        let png = mfa_companion::import_export::qr::render_png(uri, 6).unwrap();
        let file = dir.join(name);
        std::fs::write(&file, png).unwrap();
        self.click("#open-add").await;
        self.click("#tab-qr").await;
        self.el("#add-qr-file")
            .await
            .send_keys(file.to_str().unwrap())
            .await
            .unwrap();
    }

    /// Waits (15 s at most) until the list shows `n` cards.
    #[allow(dead_code)]
    async fn wait_rows(&self, n: usize) {
        let start = Instant::now();
        while self.rows().await != n {
            if start.elapsed() >= Duration::from_secs(15) {
                self.screenshot("failure").await;
                panic!("the list shows {} cards, not {n}", self.rows().await);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn rows(&self) -> usize {
        self.client
            .find_all(Locator::Css("li.account:not([hidden])"))
            .await
            .unwrap()
            .len()
    }

    /// Closes every open dialog (as its ✕ would).
    #[allow(dead_code)]
    async fn close_dialogs(&self) {
        self.client
            .execute(
                "document.querySelectorAll('dialog[open]').forEach(d => d.close())",
                vec![],
            )
            .await
            .unwrap();
    }

    async fn screenshot(&self, name: &str) {
        let png = self.client.screenshot().await.unwrap();
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("test-artifacts");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("webdriver-{name}.png")), &png).unwrap();
        assert!(png.starts_with(b"\x89PNG"));
    }

    async fn close(self) {
        let _ = self.client.close().await;
    }
}

/// The text of every element `css` selects, in page order.
#[allow(dead_code)]
async fn texts_of(app: &App, css: &str) -> Vec<String> {
    let v = app
        .client
        .execute(
            "return [...document.querySelectorAll(arguments[0])].map(e => e.textContent);",
            vec![json!(css)],
        )
        .await
        .unwrap();
    serde_json::from_value(v).unwrap()
}

/// The issuers of the cards, top to bottom.
#[allow(dead_code)]
async fn issuers(app: &App) -> Vec<String> {
    texts_of(app, "#accounts li:not([hidden]) .issuer").await
}

/// Waits (15 s at most) until the cards' issuers are `want`, top to bottom.
#[allow(dead_code)]
async fn wait_issuers(app: &App, want: &[&str]) {
    let start = Instant::now();
    while issuers(app).await != want {
        if start.elapsed() >= Duration::from_secs(15) {
            app.screenshot("failure").await;
            panic!("the cards are {:?}, not {want:?}", issuers(app).await);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
