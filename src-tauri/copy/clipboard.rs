//! The system clipboard (through `arboard`), cleared after a delay, but
//! only if it still holds the code that was copied (the user may have copied something
//! else since).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use zeroize::Zeroizing;

use crate::error::ErrorReport;
use crate::i18n::Message;

/// The clipboard, opened on first use and kept for the app's lifetime (on X11 the app
/// must stay the selection's owner for pastes to work).
pub struct Clipboard {
    inner: Mutex<Option<arboard::Clipboard>>,
    generation: AtomicU64,
    clear_after_secs: AtomicU64,
}

fn failed(e: impl std::fmt::Display) -> ErrorReport {
    ErrorReport::localized(
        "clipboard.failed",
        Message::new("copy-clipboard").arg("error", e.to_string()),
    )
}

impl Clipboard {
    /// A clipboard whose copies are cleared after `clear_after`.
    pub fn new(clear_after: Duration) -> Arc<Self> {
        Arc::new(Clipboard {
            inner: Mutex::new(None),
            generation: AtomicU64::new(0),
            clear_after_secs: AtomicU64::new(clear_after.as_secs()),
        })
    }

    /// Seconds after which a copy is cleared.
    pub fn clear_after_secs(&self) -> u64 {
        self.clear_after_secs.load(Ordering::Relaxed)
    }

    /// Changes the delay for copies made from now on.
    pub fn set_clear_after_secs(&self, secs: u64) {
        self.clear_after_secs.store(secs, Ordering::Relaxed);
    }

    fn with<T>(
        &self,
        f: impl FnOnce(&mut arboard::Clipboard) -> Result<T, arboard::Error>,
    ) -> Result<T, ErrorReport> {
        let mut guard = self
            .inner
            .lock()
            .map_err(|_| failed("internal state lost"))?;
        if guard.is_none() {
            *guard = Some(arboard::Clipboard::new().map_err(failed)?);
        }
        let cb = guard.as_mut().ok_or_else(|| failed("not opened"))?;
        f(cb).map_err(failed)
    }

    /// Puts `text` on the clipboard and schedules its removal.
    pub fn copy(self: &Arc<Self>, text: Zeroizing<String>) -> Result<(), ErrorReport> {
        self.with(|cb| cb.set_text(text.as_str()))?;
        let generation = self.generation.fetch_add(1, Ordering::SeqCst) + 1;
        let me = Arc::clone(self);
        let delay = Duration::from_secs(self.clear_after_secs());
        std::thread::spawn(move || {
            std::thread::sleep(delay);
            // A later copy owns the clipboard now; it schedules its own clearing.
            if me.generation.load(Ordering::SeqCst) != generation {
                return;
            }
            let still_ours = me
                .with(|cb| cb.get_text())
                .map(|t| Zeroizing::new(t).as_str() == text.as_str())
                .unwrap_or(false);
            if still_ours {
                let _ = me.with(|cb| cb.clear());
            }
        });
        Ok(())
    }
}
