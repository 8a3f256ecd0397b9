//! End to end in the real window: tauri-driver + WebKitWebDriver drive the release-shaped
//! app under Xvfb (see `.ci/session.sh`). An account added beforehand through the CLI must
//! show the same code in the window as `mfa-companion code` prints, and a keychain item
//! with no account must be reported at start-up. Saves a screenshot to `test-artifacts/`.

use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

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

struct Driver(Child);
impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
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

#[tokio::test(flavor = "multi_thread")]
async fn the_window_shows_the_same_code_as_the_cli() {
    let data = tempfile::tempdir().unwrap();
    let added = cli(
        data.path(),
        &["add", "otpauth://totp/WebDriver:check?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=WebDriver"],
    );
    let id = added_id(&added);
    // An account added under another data folder is, seen from this one, a keychain item
    // that belongs to no account.
    let elsewhere = tempfile::tempdir().unwrap();
    let orphan_id = added_id(&cli(
        elsewhere.path(),
        &["add", "otpauth://totp/Elsewhere:x?secret=JBSWY3DPEHPK3PXP"],
    ));

    let (port, native) = (free_port(), free_port());
    let driver = Driver(
        Command::new(tauri_driver())
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native.to_string(),
            ])
            .env("XDG_DATA_HOME", data.path())
            .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("tauri-driver is installed by ./test.sh (cargo install tauri-driver)"),
    );
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "tauri-driver did not start"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    let mut caps = serde_json::Map::new();
    caps.insert("tauri:options".into(), json!({ "application": DESKTOP }));
    caps.insert("browserName".into(), json!("wry"));
    let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("a WebDriver session on the app");

    let result = async {
        client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css("body[data-ready='true']"))
            .await
            .expect("the page loads and fetches codes");
        let status = client
            .find(Locator::Id("status"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            status.contains("1 keychain item(s) belong to no account"),
            "{status:?}"
        );
        // Compare away from a period boundary, so both read the same period.
        let mut tries = 0;
        loop {
            let (code, left) = shown(&client, &id).await;
            if left < 3 {
                tokio::time::sleep(Duration::from_secs(left + 1)).await;
                continue;
            }
            let from_cli = cli(data.path(), &["code", &id]).trim().to_string();
            if code == from_cli {
                break;
            }
            tries += 1;
            assert!(tries < 3, "window shows {code:?}, CLI prints {from_cli:?}");
        }
        let png = client.screenshot().await.unwrap();
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("test-artifacts");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("webdriver-main-window.png"), &png).unwrap();
        assert!(png.starts_with(b"\x89PNG"));
    }
    .await;
    let _ = client.close().await;
    drop(driver);
    cli(data.path(), &["remove", &id, "--yes"]);
    cli(elsewhere.path(), &["remove", &orphan_id, "--yes"]);
    result
}
