//! The key socket's server side. Keys stay in this thread; a timer thread only knows
//! when the next one expires and wakes the server then. Started alone by `unlock`
//! (`mfa-companion agent --keys-only`), it exits when it has held keys and holds none
//! any more (locked, or idle too long), or when it was given none within a minute of
//! starting. Inside the resident agent it runs for the agent's lifetime.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::time::{Duration, Instant};

use zeroize::Zeroizing;

use super::deadline::Deadline;
use super::{client, runtime_dir, socket_path, AgentError};

/// One key held: zeroized, then unlocked from RAM, when dropped (field order).
struct Held {
    key: Box<Zeroizing<[u8; 32]>>,
    _in_ram: Option<region::LockGuard>,
    idle: Duration,
    last: Instant,
}

impl Held {
    fn new(key: Zeroizing<[u8; 32]>, idle: Duration) -> Self {
        let key = Box::new(key);
        // Best effort: without the right (RLIMIT_MEMLOCK), the key may be swapped.
        let in_ram = region::lock(key.as_ptr(), key.len()).ok();
        Held {
            key,
            _in_ram: in_ram,
            idle,
            last: Instant::now(),
        }
    }

    fn expires(&self) -> Instant {
        self.last + self.idle
    }
}

/// Called when every key is forgotten (`LOCK`, from `lock now` or a trigger).
pub type OnLock = Box<dyn Fn() + Send>;

/// Runs the key server until it holds no key any more (see the module doc); with
/// `resident`, until the process ends (call it on a thread of its own), taking the
/// socket over from an agent started alone.
pub fn serve(resident: Option<OnLock>) -> Result<(), AgentError> {
    let dir = runtime_dir();
    let io = |action, path: std::path::PathBuf| {
        move |source| AgentError::Io {
            action,
            path,
            source,
        }
    };
    std::fs::create_dir_all(&dir).map_err(io("create", dir.clone()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700))
            .map_err(io("protect", dir.clone()))?;
    }
    if client::running() {
        if resident.is_none() {
            println!("an MFA Companion agent runs already");
            return Ok(());
        }
        // An agent started alone by `unlock` gives way (its keys are forgotten: the app
        // locks, the safe way round).
        client::quit_and_wait();
    }
    let path = socket_path();
    let _ = std::fs::remove_file(&path);
    let listener = UnixListener::bind(&path).map_err(io("listen", path.clone()))?;
    // Wakes the server (by connecting to it) when the next key expires.
    let deadline = Deadline::spawn(|| {
        if let Ok(mut s) = UnixStream::connect(socket_path()) {
            let _ = s.write_all(b"EXPIRE\n");
        }
    });
    super::triggers::spawn();
    log::info!("agent listening on {}", path.display());
    let mut keys: HashMap<String, Held> = HashMap::new();
    let mut held_any = false;
    let alone = resident.is_none();
    // Started alone but never given a key (the unlock that started it failed): gone in
    // a minute.
    let give_up = Instant::now() + Duration::from_secs(60);
    if alone {
        deadline.set(Some(give_up));
    }
    for conn in listener.incoming() {
        let Ok(conn) = conn else { continue };
        let (quit, locked) = handle(conn, &mut keys, &mut held_any);
        if let (true, Some(on_lock)) = (locked || quit, &resident) {
            // The resident agent does not stop for `QUIT` (only over D-Bus); it forgets.
            keys.clear();
            on_lock();
        }
        let now = Instant::now();
        keys.retain(|_, h| h.expires() > now);
        deadline.set(if alone && !held_any {
            Some(give_up)
        } else {
            keys.values().map(Held::expires).min()
        });
        if alone && (quit || (held_any && keys.is_empty()) || (!held_any && now >= give_up)) {
            break;
        }
    }
    let _ = std::fs::remove_file(&path);
    log::info!("agent stopped");
    Ok(())
}

/// Answers one request; returns (the agent should stop, every key was forgotten).
fn handle(conn: UnixStream, keys: &mut HashMap<String, Held>, held_any: &mut bool) -> (bool, bool) {
    let _ = conn.set_read_timeout(Some(Duration::from_secs(2)));
    let mut line = Zeroizing::new(String::with_capacity(512));
    let mut reader = BufReader::new(&conn);
    if reader.read_line(&mut line).is_err() {
        return (false, false);
    }
    let locking = line.trim_end() == "LOCK";
    let words: Vec<&str> = line.split_whitespace().collect();
    let (answer, quit): (Zeroizing<String>, bool) = match words.as_slice() {
        ["PING"] => (Zeroizing::new("PONG".into()), false),
        ["EXPIRE"] => (Zeroizing::new("OK".into()), false),
        ["LOCK"] => {
            keys.clear();
            (Zeroizing::new("OK".into()), false)
        }
        ["QUIT"] => (Zeroizing::new("OK".into()), true),
        ["GET", dir] => match keys.get_mut(*dir) {
            Some(h) if h.expires() > Instant::now() => {
                h.last = Instant::now();
                // Room for the whole line: no reallocation leaves a copy behind.
                let mut line = Zeroizing::new(String::with_capacity(64));
                line.push_str("KEY ");
                data_encoding::BASE64.encode_append(h.key.as_ref().as_ref(), &mut line);
                (line, false)
            }
            _ => (Zeroizing::new("LOCKED".into()), false),
        },
        ["PUT", dir, idle, b64] => {
            let key = data_encoding::BASE64
                .decode(b64.as_bytes())
                .ok()
                .map(Zeroizing::new)
                .filter(|k| k.len() == 32);
            match (key, idle.parse::<u64>()) {
                (Some(raw), Ok(idle)) => {
                    let mut key = Zeroizing::new([0u8; 32]);
                    key.copy_from_slice(&raw);
                    keys.insert(
                        (*dir).to_string(),
                        Held::new(key, Duration::from_secs(idle.max(1))),
                    );
                    *held_any = true;
                    (Zeroizing::new("OK".into()), false)
                }
                _ => (Zeroizing::new("ERR".into()), false),
            }
        }
        _ => (Zeroizing::new("ERR".into()), false),
    };
    let mut conn = conn;
    let mut answer = answer;
    answer.push('\n');
    let _ = conn.write_all(answer.as_bytes());
    (quit, locking)
}
