//! A deadline and the thread that acts on it: when the set instant passes, the thread
//! clears it and calls its function. While none is set, the thread sleeps on a condition
//! variable with no timeout, so an idle agent has no wake-ups. Used for the key
//! socket's key expiry and for forgetting the resident agent's cached data key.

use std::sync::{Arc, Condvar, Mutex};
use std::time::Instant;

/// A deadline; its thread lives as long as the process.
pub struct Deadline(Arc<(Mutex<Option<Instant>>, Condvar)>);

impl Deadline {
    /// Starts the thread that calls `on_due` each time a set deadline passes.
    pub fn spawn(on_due: impl Fn() + Send + 'static) -> Self {
        let shared = Arc::new((Mutex::new(None::<Instant>), Condvar::new()));
        let theirs = shared.clone();
        std::thread::spawn(move || {
            let (lock, cv) = &*theirs;
            let Ok(mut next) = lock.lock() else { return };
            loop {
                next = match *next {
                    None => match cv.wait(next) {
                        Ok(g) => g,
                        Err(_) => return,
                    },
                    Some(at) if at <= Instant::now() => {
                        *next = None;
                        drop(next);
                        on_due();
                        match lock.lock() {
                            Ok(g) => g,
                            Err(_) => return,
                        }
                    }
                    Some(at) => {
                        match cv.wait_timeout(next, at.saturating_duration_since(Instant::now())) {
                            Ok((g, _)) => g,
                            Err(_) => return,
                        }
                    }
                };
            }
        });
        Deadline(shared)
    }

    /// Sets (or, with `None`, clears) the deadline.
    pub fn set(&self, at: Option<Instant>) {
        if let Ok(mut next) = self.0 .0.lock() {
            *next = at;
            self.0 .1.notify_all();
        }
    }
}
