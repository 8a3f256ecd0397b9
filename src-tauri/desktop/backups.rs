//! Automatic backups in the window's Settings: what is set up and how the last run went,
//! turning them on (or changing folder, count or password), a backup now, turning them
//! off. The work is in [`crate::backups`]; Tauri-free.

use std::path::PathBuf;

use serde::Serialize;
use zeroize::Zeroizing;

use super::view::Codebook;
use crate::backups::{Backups, Status};
use crate::error::{Coded, ErrorReport};

/// What the Settings dialog shows. No secret: the password is never kept.
#[derive(Debug, Clone, Serialize)]
pub struct BackupView {
    /// The folder, when backups are on.
    pub dir: Option<PathBuf>,
    /// How many are kept.
    pub keep: usize,
    /// The last run, if any.
    pub last: Option<Status>,
}

impl Codebook {
    fn backups(&self) -> Result<Backups, ErrorReport> {
        Ok(Backups::open(self.store_ref()?.dir()))
    }

    /// The backup settings and the last run.
    pub fn backup_view(&self) -> Result<BackupView, ErrorReport> {
        let backups = self.backups()?;
        let config = backups.config().map_err(|e| e.report())?;
        Ok(BackupView {
            keep: config
                .as_ref()
                .map_or(crate::backups::DEFAULT_KEEP, |c| c.keep),
            dir: config.map(|c| c.dir),
            last: backups.status(),
        })
    }

    /// Turns backups on (or changes them) and writes the first backup at once.
    pub fn backup_configure(
        &self,
        dir: &str,
        keep: usize,
        password: &Zeroizing<String>,
    ) -> Result<BackupView, ErrorReport> {
        if password.is_empty() {
            return Err(ErrorReport::localized(
                "cli.password",
                crate::i18n::Message::new("window-empty-password"),
            ));
        }
        let store = self.store_ref()?;
        let keys = store.keychain().map_err(|e| e.report())?;
        let backups = self.backups()?;
        backups
            .configure(keys, std::path::Path::new(dir.trim()), keep, password)
            .map_err(|e| e.report())?;
        // A failed first run is recorded and shown; the settings stay.
        let _ = backups.run(store);
        self.backup_view()
    }

    /// Writes a backup now (nothing new when the newest holds the current accounts).
    pub fn backup_now(&self) -> Result<BackupView, ErrorReport> {
        let _ = self.backups()?.run(self.store_ref()?);
        self.backup_view()
    }

    /// Turns backups off (the files already written stay).
    pub fn backup_disable(&self) -> Result<BackupView, ErrorReport> {
        let keys = self.store_ref()?.keychain().map_err(|e| e.report())?;
        self.backups()?.disable(keys).map_err(|e| e.report())?;
        self.backup_view()
    }
}
