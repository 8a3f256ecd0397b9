//! The resident agent's test harness: a data folder with its own config and state
//! folders, the agent started in it (and stopped when dropped), and small helpers.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::desktop::{bus, call};
use super::Env;

pub const SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

/// The test's own folders beside its data folder: config (settings, autostart), state
/// (recent copies) and the agent's log.
pub struct Desk {
    pub env: Env,
    pub root: tempfile::TempDir,
}

impl Desk {
    pub fn new() -> Self {
        let env = Env::new();
        let root = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(root.path().join("config/mfa-companion")).unwrap();
        let desk = Desk { env, root };
        desk.settings(r#"{"clipboard_clear_secs": 3}"#);
        desk
    }

    pub fn config(&self) -> PathBuf {
        self.root.path().join("config")
    }

    pub fn log(&self) -> PathBuf {
        self.root.path().join("agent.log")
    }

    pub fn settings(&self, json: &str) {
        std::fs::write(self.config().join("mfa-companion/settings.json"), json).unwrap();
    }

    pub fn add(&self, uri: &str) -> String {
        self.env.ok(&["add", uri]);
        let list = self.env.list();
        list.last().unwrap()["id"].as_str().unwrap().to_string()
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = self.env.cmd(args);
        c.env("XDG_CONFIG_HOME", self.config())
            .env("XDG_STATE_HOME", self.root.path().join("state"));
        c
    }

    /// Starts the agent and waits until it answers on the bus.
    pub fn agent(&self) -> Agent {
        self.agent_with(&[])
    }

    /// [`Desk::agent`] with more environment (a language: `LC_ALL`).
    pub fn agent_with(&self, env: &[(&str, &str)]) -> Agent {
        let child = self
            .cmd(&["agent"])
            .envs(env.iter().copied())
            .env("MFA_COMPANION_LOG", "trace")
            .env("MFA_COMPANION_LOG_FILE", self.log())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let agent = Agent { child };
        wait_for("the agent on the bus", || ping().is_some());
        agent
    }

    /// `code --at` (the CLI's own path, not the agent's) at each of `times`.
    pub fn codes_at(&self, account: &str, times: &[u64]) -> Vec<String> {
        times
            .iter()
            .map(|t| {
                self.env
                    .ok(&["code", account, "--at", &t.to_string()])
                    .trim()
                    .to_string()
            })
            .collect()
    }
}

pub struct Agent {
    pub child: Child,
}

impl Drop for Agent {
    fn drop(&mut self) {
        let _ = call::<_, ()>(
            bus(),
            "/io/github/MfaCompanion",
            "io.github.MfaCompanion.Agent",
            "Quit",
            &(),
        );
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(5) {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn ping() -> Option<String> {
    call::<_, String>(
        bus(),
        "/io/github/MfaCompanion",
        "io.github.MfaCompanion.Agent",
        "Ping",
        &(),
    )
    .ok()
}

pub fn wait_for(what: &str, mut ok: impl FnMut() -> bool) {
    let start = Instant::now();
    while !ok() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

pub fn clipboard() -> Option<String> {
    arboard::Clipboard::new().ok()?.get_text().ok()
}

pub fn assert_no_code_or_secret(what: &str, text: &str, codes: &[String]) {
    for c in codes {
        assert!(!text.contains(c.as_str()), "{what} holds a code: {text}");
    }
    assert!(!text.contains(SECRET), "{what} holds a secret: {text}");
}
