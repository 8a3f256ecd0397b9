//! Progress on a terminal while a slow step runs: a key derivation from a password
//! (Argon2id, scrypt, PBKDF2 with an exporter's real-world costs) can take seconds, and
//! the KDF crates give no progress callbacks. [`run`] does the work on a worker thread;
//! when stderr is a terminal and the work takes longer than [`DELAY`], it shows what is
//! happening and the time elapsed on one line of stderr, rewritten in place every
//! [`TICK`], and erases it when the work ends. Off a terminal it prints nothing (logs and
//! scripts see only the result). The line never holds a secret: callers pass a
//! description such as "deriving the key for this aegis file".

use std::io::{self, IsTerminal, Write};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

/// How long the work runs silent before the line shows.
pub(super) const DELAY: Duration = Duration::from_millis(300);

/// How often the line is rewritten.
pub(super) const TICK: Duration = Duration::from_millis(250);

/// Runs `work`, showing `what` and the time elapsed on stderr while it takes longer than
/// [`DELAY`], only when stderr is a terminal.
pub(super) fn run<T: Send>(what: &str, work: impl FnOnce() -> T + Send) -> T {
    if !io::stderr().is_terminal() {
        return work();
    }
    show_while(what, work, &mut io::stderr(), DELAY, TICK)
}

/// Runs `work` on a worker thread; after `delay`, writes `\r{what}… {seconds} s` to
/// `out` every `tick` until it ends, then blanks that line. A panic in `work` goes on in
/// the caller. Write errors are ignored: progress is a courtesy.
pub(super) fn show_while<T: Send, W: Write>(
    what: &str,
    work: impl FnOnce() -> T + Send,
    out: &mut W,
    delay: Duration,
    tick: Duration,
) -> T {
    let start = Instant::now();
    thread::scope(|s| {
        // Never sent on: the worker drops the sender when the work ends (or panics),
        // which wakes the wait below at once.
        let (done, ended) = mpsc::channel::<()>();
        let worker = s.spawn(move || {
            let result = work();
            drop(done);
            result
        });
        let mut wait = delay;
        let mut width = 0;
        while let Err(RecvTimeoutError::Timeout) = ended.recv_timeout(wait) {
            let line = crate::i18n::Message::new("cli-progress-line")
                .arg("what", what.to_string())
                .arg(
                    "seconds",
                    super::locale::decimal(start.elapsed().as_secs_f64(), 1),
                )
                .text();
            // Spaces cover a longer line written before (the width only grows here).
            width = width.max(line.chars().count());
            let _ = write!(out, "\r{line:<width$}");
            let _ = out.flush();
            wait = tick;
        }
        if width > 0 {
            let _ = write!(out, "\r{:width$}\r", "");
            let _ = out.flush();
        }
        match worker.join() {
            Ok(result) => result,
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const MS: Duration = Duration::from_millis(1);

    #[test]
    fn quick_work_prints_nothing() {
        let mut out = Vec::new();
        let v = show_while("deriving", || 7, &mut out, 200 * MS, 10 * MS);
        assert_eq!(v, 7);
        assert!(out.is_empty());
    }

    #[test]
    fn slow_work_shows_what_and_the_time_in_place_then_erases_the_line() {
        let mut out = Vec::new();
        let v = show_while(
            "deriving the key for this aegis file",
            || {
                thread::sleep(120 * MS);
                "done"
            },
            &mut out,
            20 * MS,
            20 * MS,
        );
        assert_eq!(v, "done");
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.starts_with("\rderiving the key for this aegis file… 0."),
            "{text:?}"
        );
        // Rewritten in place several times, never on a new line.
        assert!(text.matches('\r').count() >= 4, "{text:?}");
        assert!(!text.contains('\n'), "{text:?}");
        // Ends blanked: a carriage return, spaces, a carriage return.
        let last = text.rsplit_terminator('\r').next().unwrap();
        assert!(
            last.chars().all(|c| c == ' ') && !last.is_empty(),
            "{text:?}"
        );
        assert!(text.ends_with('\r'));
    }

    #[test]
    fn a_panic_in_the_work_reaches_the_caller() {
        let caught = std::panic::catch_unwind(|| {
            show_while("x", || -> u8 { panic!("boom") }, &mut Vec::new(), MS, MS)
        });
        assert!(caught.is_err());
    }
}
