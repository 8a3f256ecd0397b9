//! End to end in the real window: tauri-driver + WebKitWebDriver drive the app under Xvfb
//! (see `.ci/session.sh`), with the identity sandbox running in this process. Guards:
//! the same code as the CLI; another data folder's accounts not shown; add by
//! link (with the inline error for a bad one) and by QR image file; search, copy and the
//! clipboard's automatic clearing; HOTP "next code"; the enrollment wizard to "enabled"
//! for each API family, with recovery codes revealed and marked used; a server error's
//! message; resume after the app is killed mid-enrollment; the lock screen. Each test saves a screenshot
//! to `test-artifacts/`.

use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

const BIN: &str = env!("CARGO_BIN_EXE_mfa-companion");
const DESKTOP: &str = env!("CARGO_BIN_EXE_mfa-companion-desktop");

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn tauri_driver() -> PathBuf {
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_default();
    let in_cargo = home.join(".cargo/bin/tauri-driver");
    if in_cargo.exists() {
        in_cargo
    } else {
        PathBuf::from("tauri-driver")
    }
}

/// tauri-driver, ended with SIGTERM: that is the signal on which it also ends the
/// WebKitWebDriver it started (a SIGKILL would leave that one running).
struct Driver(Child);
impl Drop for Driver {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.0.id().to_string()])
            .status();
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(5) {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Whether a process runs the app binary under test.
fn app_running() -> bool {
    Command::new("pgrep")
        .args(["-f", DESKTOP])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The pids of the running app's WebKit web processes.
fn web_processes() -> Vec<String> {
    let pids = |args: &[&str]| -> Vec<String> {
        let out = Command::new("pgrep").args(args).output().unwrap();
        String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .map(str::to_owned)
            .collect()
    };
    let comm = |pid: &str| std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
    pids(&["-f", DESKTOP])
        .iter()
        .filter(|p| comm(p).starts_with("mfa-companion"))
        .flat_map(|p| pids(&["-P", p]))
        .filter(|c| comm(c).starts_with("WebKitWebProces"))
        .collect()
}

/// Waits for the window of an earlier test to be gone, killing it after 5 s. The app is
/// single-instance: a launch while an earlier window still closes would only hand its
/// arguments to that window and exit, and the WebDriver session would have no browser.
async fn wait_for_earlier_app_to_exit() {
    let start = Instant::now();
    while app_running() {
        if start.elapsed() > Duration::from_secs(5) {
            let _ = Command::new("pkill").args(["-9", "-f", DESKTOP]).status();
        }
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "an earlier app window does not exit"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until something listens on `port` of the loopback.
async fn wait_for_port(port: u16, what: &str) -> Result<(), String> {
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if start.elapsed() > Duration::from_secs(20) {
            return Err(format!("{what} did not listen on port {port} within 20 s"));
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Ok(())
}

fn cli(data: &std::path::Path, args: &[&str]) -> String {
    let out = Command::new(BIN)
        .args(args)
        .env("XDG_DATA_HOME", data)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The id in `added ISSUER:NAME (id ID)`.
fn added_id(output: &str) -> String {
    output
        .split("(id ")
        .nth(1)
        .unwrap()
        .trim_end_matches([')', '\n'])
        .to_string()
}

async fn shown(client: &Client, id: &str) -> (String, u64) {
    let row = client
        .find(Locator::Css(&format!("li[data-id='{id}']")))
        .await
        .expect("the account's row is shown");
    let code = row.find(Locator::Css(".code")).await.unwrap();
    let code = code.attr("data-code").await.unwrap().unwrap_or_default();
    let left = row.find(Locator::Css(".remaining")).await.unwrap();
    let left = left
        .attr("data-remaining")
        .await
        .unwrap()
        .unwrap_or_default();
    (code, left.parse().unwrap_or(0))
}

/// The tests share the session keychain, the X display and the clipboard: one at a time.
static SERIAL: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The app under tauri-driver, with its own data and config folders.
struct App {
    client: Client,
    _driver: Driver,
}

/// Starts the app on `data` (XDG_DATA_HOME) and `config` (XDG_CONFIG_HOME). A launch
/// that fails before there is a window (tauri-driver or WebKitWebDriver not up, the
/// session refused) is tried again, up to three times, each failure printed.
async fn launch(data: &std::path::Path, config: &std::path::Path) -> App {
    let mut failures = Vec::new();
    for attempt in 1..=3 {
        wait_for_earlier_app_to_exit().await;
        match try_launch(data, config).await {
            Ok(app) => return app,
            Err(e) => {
                eprintln!("launch attempt {attempt} failed: {e}");
                failures.push(e);
            }
        }
    }
    panic!("a WebDriver session on the app, three tries: {failures:#?}");
}

async fn try_launch(data: &std::path::Path, config: &std::path::Path) -> Result<App, String> {
    let (port, native) = (free_port(), free_port());
    let driver = Driver(
        Command::new(tauri_driver())
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native.to_string(),
            ])
            .env("XDG_DATA_HOME", data)
            .env("XDG_CONFIG_HOME", config)
            .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
            // tauri-driver prints its proxy errors on stdout: keep them with the test's.
            .stdout(Stdio::inherit())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("tauri-driver is installed by ./test.sh (cargo install tauri-driver)"),
    );
    // tauri-driver answers a request it cannot forward by closing the connection, so
    // both it and the WebKitWebDriver it starts must listen before the session request.
    wait_for_port(port, "tauri-driver").await?;
    wait_for_port(native, "WebKitWebDriver").await?;
    let mut caps = serde_json::Map::new();
    caps.insert("tauri:options".into(), json!({ "application": DESKTOP }));
    caps.insert("browserName".into(), json!("wry"));
    let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .map_err(|e| format!("new session: {e:?}"))?;
    // Once the window is there, a page that never gets ready is the app's fault: no retry.
    client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css("body[data-ready='true']"))
        .await
        .expect("the page loads and fetches codes");
    // The window starts hidden; the page shows it once it has listed its codes, well
    // before the app's own fallback (5 s) would.
    let start = Instant::now();
    loop {
        let state = client
            .execute("return document.visibilityState", vec![])
            .await
            .map_err(|e| format!("visibilityState: {e:?}"))?;
        if state == json!("visible") {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(2),
            "the window is still hidden {:?} after the page got ready",
            start.elapsed()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Ok(App {
        client,
        _driver: driver,
    })
}

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

    async fn rows(&self) -> usize {
        self.client
            .find_all(Locator::Css("li.account"))
            .await
            .unwrap()
            .len()
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

fn walk(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// A test's data and config folders. What the test stored in the shared keychain under
/// its data folder is removed when it ends, passed or failed, so that one failure does
/// not spill into the tests after it.
struct Folders {
    data: tempfile::TempDir,
    config: tempfile::TempDir,
}

impl Folders {
    fn new() -> Self {
        Folders {
            data: tempfile::tempdir().unwrap(),
            config: tempfile::tempdir().unwrap(),
        }
    }
}

impl Drop for Folders {
    fn drop(&mut self) {
        cleanup(self.data.path());
    }
}

/// Removes every account and server of a data folder from the shared keychain. Never
/// panics (it also runs while a failed test unwinds).
fn cleanup(data: &std::path::Path) {
    let json = |args: &[&str]| -> Vec<serde_json::Value> {
        Command::new(BIN)
            .args(args)
            .env("XDG_DATA_HOME", data)
            .output()
            .ok()
            .and_then(|o| serde_json::from_slice(&o.stdout).ok())
            .unwrap_or_default()
    };
    let run = |args: &[&str]| {
        let _ = Command::new(BIN)
            .args(args)
            .env("XDG_DATA_HOME", data)
            .output();
    };
    for a in json(&["list", "--json"]) {
        run(&["remove", a["id"].as_str().unwrap_or(""), "--yes"]);
    }
    for s in json(&["server", "list", "--json"]) {
        run(&["server", "remove", s["name"].as_str().unwrap_or("")]);
    }
}

fn add_server(data: &std::path::Path, args: &[&str]) {
    use std::io::Write;
    let mut child = Command::new(BIN)
        .args(["server", "add"])
        .args(args)
        .env("XDG_DATA_HOME", data)
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"demo-token\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_window_shows_the_same_code_as_the_cli() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let added = cli(
        data.path(),
        &["add", "otpauth://totp/WebDriver:check?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=WebDriver"],
    );
    let id = added_id(&added);
    // An account added under another data folder (its own vault, the same keychain) is
    // not shown here, and leaves nothing to warn about.
    let other = Folders::new();
    let elsewhere = &other.data;
    let orphan_id = added_id(&cli(
        elsewhere.path(),
        &["add", "otpauth://totp/Elsewhere:x?secret=JBSWY3DPEHPK3PXP"],
    ));
    let app = launch(data.path(), config.path()).await;
    let status = app.text("#status").await;
    assert!(!status.contains("keychain item"), "{status:?}");
    let rows = app
        .client
        .find_all(Locator::Css(&format!("li[data-id='{orphan_id}']")))
        .await
        .unwrap();
    assert!(rows.is_empty(), "another folder's account is listed");
    shows_the_clis_code(&app, data.path(), &id).await;
    app.screenshot("main-window").await;
    // The page runs with the window's engine defaults: no JavaScript JIT (so no JIT
    // worker threads) and the system allocator.
    let webs = web_processes();
    assert_eq!(webs.len(), 1, "web processes: {webs:?}");
    let environ = std::fs::read(format!("/proc/{}/environ", webs[0])).unwrap();
    let environ: Vec<&[u8]> = environ.split(|b| *b == 0).collect();
    for var in [
        &b"JSC_useJIT=0"[..],
        b"Malloc=1",
        b"WEBKIT_DISABLE_COMPOSITING_MODE=1",
    ] {
        assert!(
            environ.contains(&var),
            "{} not set",
            String::from_utf8_lossy(var)
        );
    }
    let threads: Vec<String> = std::fs::read_dir(format!("/proc/{}/task", webs[0]))
        .unwrap()
        .filter_map(|t| std::fs::read_to_string(t.ok()?.path().join("comm")).ok())
        .collect();
    assert!(threads.iter().all(|t| !t.contains("JIT")), "{threads:?}");
    // A second launch hands over to the first window and exits.
    let mut second = Command::new(DESKTOP)
        .env("XDG_DATA_HOME", data.path())
        .env("XDG_CONFIG_HOME", config.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let status = loop {
        if let Some(s) = second.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > Duration::from_secs(15) {
            let _ = second.kill();
            panic!("a second instance kept running");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(status.success(), "{status}");
    assert_eq!(app.rows().await, 1, "the first window is still there");
    // Resizing saves the window's size and position for the next run.
    app.client.set_window_size(480, 700).await.unwrap();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    app.client.set_window_size(470, 690).await.unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    app.close().await;
    // The window's size and position were saved for the next run.
    let saved = walk(config.path())
        .into_iter()
        .any(|p| p.to_string_lossy().contains("window-state"));
    assert!(saved, "no window state under {}", config.path().display());
    // The next run opens at that size (and is shown, see `try_launch`).
    let app = launch(data.path(), config.path()).await;
    let (_, _, width, height) = app.client.get_window_rect().await.unwrap();
    assert_eq!((width, height), (470, 690), "the saved size is restored");
    app.close().await;
    cli(data.path(), &["remove", &id, "--yes"]);
    cli(elsewhere.path(), &["remove", &orphan_id, "--yes"]);
}

/// Checks that the window shows the code the CLI prints for `id`, comparing away from a
/// period boundary so that both read the same period.
async fn shows_the_clis_code(app: &App, data: &std::path::Path, id: &str) {
    let mut tries = 0;
    loop {
        let (code, left) = shown(&app.client, id).await;
        if left < 3 {
            tokio::time::sleep(Duration::from_secs(left + 1)).await;
            continue;
        }
        let from_cli = cli(data, &["code", id]).trim().to_string();
        if code == from_cli {
            return;
        }
        tries += 1;
        assert!(tries < 3, "window shows {code:?}, CLI prints {from_cli:?}");
    }
}

/// What one row's countdown shows: (seconds left, ring step, seconds text hidden,
/// seconds text, ring class, code).
async fn countdown(app: &App, id: &str) -> (u64, u64, bool, String, String, String) {
    let v = app
        .client
        .execute(
            "const li = document.querySelector(`li[data-id='${arguments[0]}']`);
             const s = li.querySelector('.remaining'), ring = li.querySelector('.ring');
             return [Number(s.dataset.remaining), Number(ring.dataset.step), s.hidden,
                     s.textContent, ring.querySelector('.arc').getAttribute('class'),
                     li.querySelector('.code').dataset.code];",
            vec![json!(id)],
        )
        .await
        .unwrap();
    (
        v[0].as_u64().unwrap(),
        v[1].as_u64().unwrap(),
        v[2].as_bool().unwrap(),
        v[3].as_str().unwrap().to_owned(),
        v[4].as_str().unwrap().to_owned(),
        v[5].as_str().unwrap().to_owned(),
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn the_countdown_ring_steps_every_two_seconds_then_counts_the_last_five_and_the_code_turns_over(
) {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let id = added_id(&cli(
        data.path(),
        &[
            "add",
            "otpauth://totp/Countdown:ring?secret=JBSWY3DPEHPK3PXP&issuer=Countdown",
        ],
    ));
    let app = launch(data.path(), config.path()).await;
    app.el(&format!("li[data-id='{id}'] .ring")).await;
    // Watch one whole period: the early phase, the last five seconds, and the turn-over.
    let (mut early, mut late, mut turned) = (false, false, false);
    let (_, _, _, _, _, first_code) = countdown(&app, &id).await;
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(33) && !(early && late && turned) {
        let (left, step, hidden, text, class, code) = countdown(&app, &id).await;
        if left > 5 {
            early = true;
            assert_eq!(
                step % 2,
                0,
                "the ring moves in 2-second steps (left {left}, step {step})"
            );
            assert!(step == left || step == left + 1, "left {left}, step {step}");
            assert!(hidden, "the seconds are hidden with {left} s left");
            assert_eq!(class, "arc");
        } else {
            late = true;
            assert_eq!(step, left, "the ring moves each second in the last five");
            assert!(!hidden, "the seconds are shown with {left} s left");
            assert_eq!(text, format!("{left} s"));
            assert_eq!(class, "arc low");
        }
        if late && code != first_code && left > 5 {
            // The new period's code, updated in place, is the CLI's.
            let from_cli = cli(data.path(), &["code", &id]).trim().to_string();
            assert_eq!(code, from_cli);
            turned = true;
        }
        tokio::time::sleep(Duration::from_millis(400)).await;
    }
    assert!(
        early && late && turned,
        "early {early}, last five {late}, turned over {turned}"
    );
    app.close().await;
    cli(data.path(), &["remove", &id, "--yes"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn adding_by_link_and_by_qr_image_shows_the_right_codes_and_a_bad_link_is_explained() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let app = launch(data.path(), config.path()).await;
    assert!(
        app.el("#empty")
            .await
            .attr("hidden")
            .await
            .unwrap()
            .is_none(),
        "the empty state shows"
    );
    app.click("#empty-add").await;
    app.type_into(
        "#add-uri",
        "otpauth://totp/Bad:x?secret=JBSWY3DPEHPK3PXP&digits=12",
    )
    .await;
    app.click("#add-uri-submit").await;
    let err = app.wait_text("#add-uri-error", "digits").await;
    assert_eq!(
        app.el("#add-uri-error")
            .await
            .attr("data-code")
            .await
            .unwrap()
            .as_deref(),
        Some("uri.digits"),
        "{err}"
    );
    app.type_into(
        "#add-uri",
        "otpauth://totp/Linked:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Linked",
    )
    .await;
    app.click("#add-uri-submit").await;
    app.wait_text("#accounts", "Linked").await;

    // A QR image file, decoded in Rust.
    app.add_qr_file(
        data.path(),
        "qr.png",
        "otpauth://totp/Scanned:bob?secret=JBSWY3DPEHPK3PXP&issuer=Scanned",
    )
    .await;
    app.wait_text("#accounts", "Scanned").await;
    assert_eq!(app.rows().await, 2);

    // A Google Authenticator export QR code adds its accounts; its link, pasted again,
    // finds them stored already.
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import");
    let migration = std::fs::read_to_string(fixtures.join("google-migration.txt")).unwrap();
    let first = migration.lines().next().unwrap();
    app.add_qr_file(data.path(), "migration.png", first).await;
    app.wait_text("#accounts", "ACME Co").await;
    assert_eq!(app.rows().await, 3);
    app.click("#open-add").await;
    app.click("#tab-uri").await;
    app.type_into("#add-uri", first).await;
    app.click("#add-uri-submit").await;
    app.wait_text("#add-uri-error", "already stored").await;
    app.client
        .execute("document.getElementById('add-dialog').close()", vec![])
        .await
        .unwrap();

    // Each row's code is the core's code at that moment.
    let list: serde_json::Value =
        serde_json::from_str(&cli(data.path(), &["list", "--json"])).unwrap();
    for a in list.as_array().unwrap() {
        let id = a["id"].as_str().unwrap();
        let (code, left) = shown(&app.client, id).await;
        if left >= 3 {
            assert_eq!(
                code,
                cli(data.path(), &["code", id]).trim(),
                "{}",
                a["issuer"]
            );
        }
    }
    app.screenshot("added").await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn search_copies_the_first_match_and_the_clipboard_is_cleared() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    cli(
        data.path(),
        &[
            "add",
            "otpauth://totp/Alpha:a?secret=JBSWY3DPEHPK3PXP&issuer=Alpha",
        ],
    );
    let beta = added_id(&cli(
        data.path(),
        &[
            "add",
            "otpauth://totp/Beta:b?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Beta",
        ],
    ));
    cli(data.path(), &["add", "otpauth://hotp/Counter:c?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&counter=0&issuer=Counter"]);
    let app = launch(data.path(), config.path()).await;
    assert_eq!(app.rows().await, 3);
    // The clipboard delay is set in the Settings dialog (out of range first) and saved.
    app.click("#open-settings").await;
    app.type_into("#settings-clear", "0").await;
    app.click("#settings-save").await;
    app.wait_text("#settings-error", "between 1 and 3600").await;
    app.type_into("#settings-clear", "3").await;
    app.click("#settings-save").await;
    app.wait_text("#toast", "cleared after 3 s").await;
    let saved = std::fs::read_to_string(config.path().join("mfa-companion/settings.json")).unwrap();
    assert!(saved.contains("\"clipboard_clear_secs\": 3"), "{saved}");
    // "/" focuses the search field.
    app.el("body").await.send_keys("/").await.unwrap();
    let search = app.el("#search").await;
    search.send_keys("bet").await.unwrap();
    assert_eq!(app.rows().await, 1);
    // Wait for a fresh period so the copied code is still current when we read it.
    let (_, left) = shown(&app.client, &beta).await;
    if left < 4 {
        tokio::time::sleep(Duration::from_secs(left + 1)).await;
    }
    search.send_keys(&Key::Enter.to_string()).await.unwrap();
    app.wait_text("#toast", "cleared in 3 s").await;
    let expected = cli(data.path(), &["code", &beta]).trim().to_string();
    let mut clipboard = arboard::Clipboard::new().unwrap();
    assert_eq!(clipboard.get_text().unwrap_or_default(), expected);
    tokio::time::sleep(Duration::from_secs(5)).await;
    assert_ne!(
        clipboard.get_text().unwrap_or_default(),
        expected,
        "the code was cleared"
    );
    // Esc clears the search.
    search.send_keys(&Key::Escape.to_string()).await.unwrap();
    assert_eq!(app.rows().await, 3);
    // HOTP: "next code" shows counter 0's code (RFC 4226) and saves the counter first.
    let hotp = app.el("li.account button.next").await;
    hotp.click().await.unwrap();
    app.wait_text("#accounts", "755 224").await;
    let list = cli(data.path(), &["list", "--json"]);
    assert!(list.contains("\"counter\": 1"), "{list}");
    app.screenshot("search-copy-hotp").await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_enrollment_wizard_reaches_enabled_for_each_api_family() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let (url, _sandbox) =
        identity_sandbox::start_in_background(identity_sandbox::Config::default()).unwrap();
    add_server(
        data.path(),
        &[
            "fb",
            "--api",
            "flashback",
            "--url",
            &url,
            "--email",
            "user@example.com",
        ],
    );
    add_server(
        data.path(),
        &[
            "ten",
            "--api",
            "tenant",
            "--url",
            &url,
            "--tenant",
            "2489e9ad-2ee2-8e00-8ec9-32d5f69181c0",
        ],
    );
    add_server(
        data.path(),
        &[
            "ghost",
            "--api",
            "lerian",
            "--url",
            &url,
            "--user",
            "00000000-0000-4000-8000-000000000000",
        ],
    );
    let app = launch(data.path(), config.path()).await;

    // A Lerian profile made in the servers view (the token typed into a password field).
    app.click("#open-servers").await;
    app.type_into("#s-name", "work").await;
    app.type_into("#s-url", &url).await;
    app.type_into("#s-who", "019c96a0-0c21-71f9-a487-66a1258278a1")
        .await;
    app.type_into("#s-token", "demo-token").await;
    app.click("#server-submit").await;
    app.wait_text("#servers-list", "work").await;
    app.wait_text(
        "li.server[data-name='work'] .server-status",
        "MFA not enabled",
    )
    .await;
    app.client
        .execute("document.getElementById('servers-dialog').close()", vec![])
        .await
        .unwrap();

    for (server, want) in [
        ("work", "MFA enabled (app)"),
        ("fb", "MFA enabled (GOOGLE_AUTH)"),
        ("ten", "Done."),
    ] {
        app.click("#open-enroll").await;
        app.el("#enroll-server")
            .await
            .select_by_value(server)
            .await
            .unwrap();
        app.click("#enroll-start").await;
        app.wait_text("#enroll-status", want).await;
        let steps = app.text("#enroll-steps").await;
        assert!(
            steps.contains("Verify: the server accepted the passcode"),
            "{server}: {steps}"
        );
        if server == "work" {
            assert!(
                steps.contains("Enable: MFA enabled with recovery code 1 of 10"),
                "{steps}"
            );
            app.screenshot("enroll-lerian").await;
            // Recovery codes: counts, reveal, mark one used.
            app.click("#enroll-show-codes").await;
            app.wait_text("#recovery-counts", "9 unused, 1 used").await;
            app.click("#recovery-reveal").await;
            app.wait_text("#recovery-list", "sent to server work by the enable step")
                .await;
            app.click("#recovery-list li.unused button.mark-used").await;
            app.wait_text("#recovery-counts", "8 unused, 2 used").await;
            app.screenshot("recovery").await;
            app.client
                .execute("document.getElementById('recovery-dialog').close()", vec![])
                .await
                .unwrap();
        }
        app.client
            .execute("document.getElementById('enroll-dialog').close()", vec![])
            .await
            .unwrap();
    }
    assert_eq!(app.rows().await, 3, "one account per TOTP enrollment");
    app.wait_text("#accounts", "8 recovery").await;
    app.screenshot("main-after-enroll").await;

    // A server error shows the server's own words.
    app.click("#open-enroll").await;
    app.el("#enroll-server")
        .await
        .select_by_value("ghost")
        .await
        .unwrap();
    app.click("#enroll-start").await;
    let err = app.wait_text("#enroll-error", "IDE-1003").await;
    assert!(err.contains("User ID Not Found"), "{err}");
    app.screenshot("enroll-error").await;
    app.client
        .execute("document.getElementById('enroll-dialog').close()", vec![])
        .await
        .unwrap();

    // Editing that profile: the corrected user id with the stored token kept reads that
    // user's status; a token typed in replaces the stored one.
    let ghost = "li.server[data-name='ghost']";
    app.click("#open-servers").await;
    app.wait_text(&format!("{ghost} .server-status"), "IDE-1003")
        .await;
    app.click(&format!("{ghost} button[aria-label='Edit server ghost']"))
        .await;
    app.wait_text("#server-form-title", "Edit server ghost")
        .await;
    let locked = app
        .client
        .execute(
            "return [document.getElementById('s-name').readOnly, document.getElementById('s-api').disabled, document.getElementById('s-token').value]",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        locked,
        json!([true, true, ""]),
        "name and API stay, no token shown"
    );
    app.type_into("#s-who", "019c96a0-0c21-71f9-a487-66a1258278a1")
        .await;
    app.click("#server-submit").await;
    app.wait_text(&format!("{ghost} .server-status"), "MFA enabled (app)")
        .await;
    app.wait_text("#server-form-title", "Add a server").await;
    let servers: serde_json::Value =
        serde_json::from_str(&cli(data.path(), &["server", "list", "--json"])).unwrap();
    let edited = servers
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "ghost")
        .unwrap();
    assert_eq!(edited["user"], "019c96a0-0c21-71f9-a487-66a1258278a1");
    app.click(&format!("{ghost} button[aria-label='Edit server ghost']"))
        .await;
    app.type_into("#s-token", "not-the-demo-token").await;
    app.click("#server-submit").await;
    app.wait_text(
        &format!("{ghost} .server-status"),
        "did not accept the token",
    )
    .await;
    app.screenshot("server-edited").await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_enrollment_interrupted_by_killing_the_app_resumes_in_the_window() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let mut c = identity_sandbox::Config::default();
    c.faults.stall_nth = vec![2];
    let (url, sandbox) = identity_sandbox::start_in_background(c).unwrap();
    add_server(
        data.path(),
        &[
            "work",
            "--api",
            "lerian",
            "--url",
            &url,
            "--user",
            "019c96a0-0c21-71f9-a487-66a1258278a1",
        ],
    );
    let app = launch(data.path(), config.path()).await;
    app.click("#open-enroll").await;
    app.click("#enroll-start").await;
    let start = Instant::now();
    while sandbox.calls.load(std::sync::atomic::Ordering::SeqCst) < 2 {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "verify never came"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Kill the app mid-enrollment (ending the session kills it).
    drop(app);
    let _ = Command::new("pkill").args(["-9", "-f", DESKTOP]).status();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let app = launch(data.path(), config.path()).await;
    let pending = app.wait_text("#pending", "unfinished").await;
    assert!(pending.contains("setup stored, verify next"), "{pending}");
    app.screenshot("pending").await;
    app.click("#pending .pending-item button.primary").await;
    app.wait_text("#enroll-status", "MFA enabled (app)").await;
    app.client
        .execute("document.getElementById('enroll-dialog').close()", vec![])
        .await
        .unwrap();
    let start = Instant::now();
    while app
        .el("#pending")
        .await
        .attr("hidden")
        .await
        .unwrap()
        .is_none()
    {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the pending item stays"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_form_explains_each_bad_field_and_the_window_works_by_keyboard_and_at_200_percent() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let app = launch(data.path(), config.path()).await;
    app.click("#open-add").await;
    app.click("#tab-manual").await;
    // Only the fields the chosen type uses are shown.
    for (kind, want) in [
        ("hotp", [true, true, false, true]),
        ("steam", [false, false, true, false]),
        ("totp", [true, true, true, false]),
    ] {
        app.el("#m-kind").await.select_by_value(kind).await.unwrap();
        let shown = app
            .client
            .execute(
                "return ['m-algorithm', 'm-digits', 'm-period', 'm-counter']
                   .map((id) => document.getElementById(id).getClientRects().length > 0);",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(
            shown,
            json!(want),
            "{kind}: algorithm, digits, period, counter"
        );
    }
    app.type_into("#m-issuer", "Form").await;
    app.type_into("#m-account", "me").await;
    app.type_into("#m-secret", "not base32!").await;
    app.click("#manual-submit").await;
    app.wait_text(".field-error[data-for='secret.invalid']", "base32")
        .await;
    let invalid = app
        .el("#m-secret")
        .await
        .attr("aria-invalid")
        .await
        .unwrap();
    assert_eq!(invalid.as_deref(), Some("true"));
    app.type_into("#m-secret", "JBSWY3DPEHPK3PXP").await;
    app.type_into("#m-digits", "9").await;
    app.click("#manual-submit").await;
    app.wait_text(".field-error[data-for='params.digits']", "digits")
        .await;
    app.screenshot("form-errors").await;
    app.type_into("#m-digits", "8").await;
    app.click("#manual-submit").await;
    app.wait_text("#accounts", "Form").await;
    let list = cli(data.path(), &["list", "--json"]);
    assert!(list.contains("\"digits\": 8"), "{list}");

    // Keyboard only: the code is a button; Enter on it copies.
    app.client
        .execute(
            "document.querySelector('li.account button.code').focus()",
            vec![],
        )
        .await
        .unwrap();
    app.client
        .active_element()
        .await
        .unwrap()
        .send_keys(&Key::Enter.to_string())
        .await
        .unwrap();
    app.wait_text("#toast", "Copied Form me").await;

    // At 200% zoom nothing needs horizontal scrolling.
    let fits = app
        .client
        .execute(
            "document.documentElement.style.zoom = '2';
             return document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1;",
            vec![],
        )
        .await
        .unwrap();
    app.screenshot("zoom-200").await;
    assert_eq!(fits, json!(true), "the layout overflows at 200%");
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn importing_shows_a_preview_to_tick_asks_for_the_password_and_export_writes_a_backup() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import");
    let app = launch(data.path(), config.path()).await;

    // From the empty state: an encrypted Aegis file asks for its password.
    app.click("#empty-import").await;
    let aegis = fixtures.join("aegis-encrypted.json");
    app.type_into("#import-path", aegis.to_str().unwrap()).await;
    app.click("#import-read").await;
    app.wait_text("#import-error", "encrypted").await;
    app.type_into("#import-password", "wrong horse").await;
    app.click("#import-read").await;
    app.wait_text("#import-error", "wrong password").await;
    app.type_into("#import-password", "correct horse").await;
    app.click("#import-read").await;
    let summary = app
        .wait_text("#import-summary", "5 new, 0 already stored, 1 that cannot")
        .await;
    assert!(summary.contains("encrypted aegis"), "{summary}");
    assert!(app.text("#import-rows").await.contains("YANDEX"));
    // Untick Bank:bob, import the other four.
    app.client
        .execute(
            "document.querySelector(\"input[aria-label='Import Bank:bob']\").click()",
            vec![],
        )
        .await
        .unwrap();
    app.click("#import-commit").await;
    app.wait_text("#toast", "Imported 4 accounts").await;
    app.wait_text("#accounts", "Forge").await;
    assert_eq!(app.rows().await, 4);
    app.screenshot("imported").await;
    let listed = cli(data.path(), &["list", "--json"]);
    assert!(
        !listed.contains("\"Bank\""),
        "the unticked entry was not imported"
    );

    // The same file again: everything ticked before is a duplicate now.
    app.click("#open-import").await;
    app.type_into("#import-path", aegis.to_str().unwrap()).await;
    app.click("#import-read").await;
    app.wait_text("#import-error", "encrypted").await;
    app.type_into("#import-password", "correct horse").await;
    app.click("#import-read").await;
    app.wait_text("#import-summary", "1 new, 4 already stored")
        .await;
    app.click("#import-back").await;
    app.client
        .execute("document.getElementById('import-dialog').close()", vec![])
        .await
        .unwrap();

    // Export an encrypted backup; the passwords must match.
    let out = data.path().join("window.backup");
    app.click("#open-export").await;
    app.type_into("#export-password", "pw one").await;
    app.type_into("#export-password2", "pw two").await;
    app.type_into("#export-path", out.to_str().unwrap()).await;
    app.click("#export-submit").await;
    app.wait_text("#export-error", "differ").await;
    app.type_into("#export-password2", "pw one").await;
    app.click("#export-submit").await;
    app.wait_text("#export-result", "Exported 4 accounts").await;
    app.close().await;

    // The backup opens with that password and holds the four accounts.
    let bytes = std::fs::read(&out).unwrap();
    let parsed = mfa_companion::import_export::read(
        &bytes,
        mfa_companion::import_export::Format::Backup,
        Some("pw one"),
    )
    .unwrap();
    assert_eq!(parsed.entries.len(), 4);
}

/// Runs the CLI with `input` on stdin; the output, whatever the exit status.
fn cli_stdin(data: &std::path::Path, args: &[&str], input: &str) -> std::process::Output {
    let mut child = Command::new(BIN)
        .args(args)
        .env("XDG_DATA_HOME", data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(child.stdin.as_mut().unwrap(), input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// Turns the app lock off again when the test ends, even when it fails: enabling it took
/// the vault key, which every test's folder shares, out of the session keychain.
struct LockOff<'a>(&'a std::path::Path, &'a str);

impl Drop for LockOff<'_> {
    fn drop(&mut self) {
        let _ = cli_stdin(self.0, &["lock", "disable"], &format!("{}\n", self.1));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_lock_screen_hides_every_code_and_the_password_opens_it() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    let id = added_id(&cli(
        data.path(),
        &[
            "add",
            "otpauth://totp/Locked:me?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Locked",
        ],
    ));
    let out = cli_stdin(
        data.path(),
        &["lock", "enable", "--idle-minutes", "5"],
        "pw-window\n",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let _off = LockOff(data.path(), "pw-window");
    cli(data.path(), &["lock", "now"]);

    let app = launch(data.path(), config.path()).await;
    app.wait_text("#lock-title", "locked").await;
    assert_eq!(app.rows().await, 0, "rows shown while locked");
    let page = app.client.source().await.unwrap();
    assert!(
        !page.contains("Locked"),
        "an account name is in the locked page"
    );

    // A wrong password is said, and nothing opens.
    app.type_into("#lock-password", "wrong").await;
    app.click("#lock-screen button").await;
    app.wait_text("#lock-error", "wrong password").await;
    assert_eq!(app.rows().await, 0);

    // The right one shows the codes, the same as the CLI's.
    app.type_into("#lock-password", "pw-window").await;
    app.click("#lock-screen button").await;
    app.el(&format!("li[data-id='{id}']")).await;
    shows_the_clis_code(&app, data.path(), &id).await;
    app.screenshot("unlocked").await;

    // `lock now` elsewhere closes the window's view within its 5-second check.
    cli(data.path(), &["lock", "now"]);
    let start = Instant::now();
    while app.rows().await > 0 {
        assert!(
            start.elapsed() < Duration::from_secs(8),
            "codes still shown after lock now"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    app.wait_text("#lock-title", "locked").await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn settings_turn_on_verified_backups_that_follow_each_change() {
    let _one = SERIAL.lock().await;
    let folders = Folders::new();
    let (data, config) = (&folders.data, &folders.config);
    cli(
        data.path(),
        &[
            "add",
            "otpauth://totp/Backed:up?secret=JBSWY3DPEHPK3PXP&issuer=Backed",
        ],
    );
    let target = tempfile::tempdir().unwrap();
    let dir = target.path().join("synced");
    let app = launch(data.path(), config.path()).await;
    app.click("#open-settings").await;
    app.wait_text("#backup-state", "Off.").await;
    app.type_into("#backup-dir", dir.to_str().unwrap()).await;
    app.type_into("#backup-keep", "3").await;
    app.type_into("#backup-password", "backup pw").await;
    app.type_into("#backup-password2", "other").await;
    app.click("#backup-save").await;
    app.wait_text("#backup-error", "differ").await;
    app.type_into("#backup-password2", "backup pw").await;
    app.click("#backup-save").await;
    app.wait_text("#backup-state", "Last verified backup").await;
    assert!(app.text("#backup-state").await.contains("(1 account(s))"));
    app.screenshot("backups-on").await;
    let files = || {
        std::fs::read_dir(&dir)
            .map(|r| r.filter_map(Result::ok).count())
            .unwrap_or(0)
    };
    assert_eq!(files(), 1);
    // A change made elsewhere brings a new backup, without the window.
    cli(
        data.path(),
        &[
            "add",
            "otpauth://totp/Second:one?secret=JBSWY3DPEHPK3PXQ&issuer=Second",
        ],
    );
    let start = Instant::now();
    while files() < 2 {
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "no backup after the change"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.click("#backup-off").await;
    app.wait_text("#backup-state", "Off.").await;
    assert_eq!(files(), 2, "turning backups off keeps the files");
    app.close().await;
}
