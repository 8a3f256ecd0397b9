// The WebDriver harness shared by the window's tests (`tests/webdriver/`, `tests/webdriver_*.rs`)
// (textually included, so that each test file uses what it needs): tauri-driver and the
// app under Xvfb, one test at a time, fresh data and config folders, the CLI beside it.
#[allow(unused_imports)]
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
    launch_env(data, config, &[]).await
}

/// [`launch`] with more environment for the app (a language: `LC_ALL`).
async fn launch_env(
    data: &std::path::Path,
    config: &std::path::Path,
    env: &[(&str, &str)],
) -> App {
    let mut failures = Vec::new();
    for attempt in 1..=3 {
        wait_for_earlier_app_to_exit().await;
        match try_launch(data, config, env).await {
            Ok(app) => return app,
            Err(e) => {
                eprintln!("launch attempt {attempt} failed: {e}");
                failures.push(e);
            }
        }
    }
    panic!("a WebDriver session on the app, three tries: {failures:#?}");
}

async fn try_launch(
    data: &std::path::Path,
    config: &std::path::Path,
    env: &[(&str, &str)],
) -> Result<App, String> {
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
            .envs(env.iter().copied())
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

/// The Unix time now, in seconds (to ask the CLI for the code of this moment).
#[allow(dead_code)] // not every test file asks
fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

// What the tests do on the page: the App's clicks, typing and reading.
include!("webdriver_page.rs");
