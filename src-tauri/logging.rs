//! Diagnostic logging, off by default. `MFA_COMPANION_LOG=error|warn|info|debug|trace`
//! turns it on (to stderr), `MFA_COMPANION_LOG_FILE=PATH` also appends it to a file.
//! Nothing the app logs holds a secret, a token or a recovery code: the identity layer
//! logs method, URL and status only, and the Authorization header is marked sensitive.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::sync::Mutex;

struct Logger {
    level: log::LevelFilter,
    /// Lines carry the milliseconds since the logger was installed, to read start-up
    /// timelines from.
    start: std::time::Instant,
    file: Option<Mutex<File>>,
}

impl log::Log for Logger {
    fn enabled(&self, m: &log::Metadata) -> bool {
        m.level() <= self.level
    }

    fn log(&self, r: &log::Record) {
        if !self.enabled(r.metadata()) {
            return;
        }
        let ms = self.start.elapsed().as_secs_f64() * 1000.0;
        let line = format!("[{} +{ms:.1}ms {}] {}\n", r.level(), r.target(), r.args());
        let _ = std::io::stderr().write_all(line.as_bytes());
        if let Some(f) = &self.file {
            if let Ok(mut f) = f.lock() {
                let _ = f.write_all(line.as_bytes());
            }
        }
    }

    fn flush(&self) {
        if let Some(f) = &self.file {
            if let Ok(mut f) = f.lock() {
                let _ = f.flush();
            }
        }
    }
}

/// Installs the logger if `MFA_COMPANION_LOG` asks for one. Safe to call twice.
pub fn init_from_env() {
    let Ok(level) = std::env::var("MFA_COMPANION_LOG") else {
        return;
    };
    let level = match level.to_ascii_lowercase().as_str() {
        "error" => log::LevelFilter::Error,
        "warn" => log::LevelFilter::Warn,
        "info" => log::LevelFilter::Info,
        "debug" => log::LevelFilter::Debug,
        "trace" | "all" => log::LevelFilter::Trace,
        _ => log::LevelFilter::Off,
    };
    let file = std::env::var_os("MFA_COMPANION_LOG_FILE")
        .and_then(|p| OpenOptions::new().create(true).append(true).open(p).ok())
        .map(Mutex::new);
    if log::set_boxed_logger(Box::new(Logger {
        level,
        start: std::time::Instant::now(),
        file,
    }))
    .is_ok()
    {
        log::set_max_level(level);
    }
}
