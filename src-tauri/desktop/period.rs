//! The window's once-a-period update: when a period ends, the page asks for the codes of
//! the cards in view only, naming the revision of the listing it shows. Nothing but the
//! codes is read or sent while the files behind the listing (the data folder's, the
//! settings, the copy history that "most copied first" sorts by) are unchanged; when one
//! changed (the CLI added an account, the agent pinned one), the answer says so and the
//! page asks for the whole listing again. A card that comes into view with codes of an
//! earlier period asks for its own the same way.

use std::hash::{Hash, Hasher};
use std::path::PathBuf;

use serde::Serialize;
use tauri::State;

use super::view::Codebook;
use crate::error::{Coded, ErrorReport};
use crate::storage::AccountStore;

/// One card's codes: the current one, the next period's, and the seconds left.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PeriodCode {
    /// account id
    pub id: String,
    /// current code
    pub code: Option<String>,
    /// the next period's code
    pub next: Option<String>,
    /// seconds left in this period
    pub remaining: Option<u32>,
}

/// The answer: the codes asked for, or none when the listing is out of date.
#[derive(Debug, Clone, Serialize)]
pub struct PeriodCodes {
    /// `None`: something behind the listing changed; the page lists everything again
    pub codes: Option<Vec<PeriodCode>>,
}

/// A fingerprint of the files a listing is made from: each one's name, size, change time
/// and inode (a vault write swaps in a new file). Reading it costs a directory listing
/// and a few `stat`s, not a vault read.
pub fn revision(store: &AccountStore) -> String {
    let mut files: Vec<PathBuf> = std::fs::read_dir(store.dir())
        .map(|dir| dir.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files.extend(crate::settings::Settings::path());
    files.extend(crate::copy::state_files());
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for path in files {
        path.hash(&mut hasher);
        if let Ok(meta) = std::fs::metadata(&path) {
            (meta.is_dir(), meta.len()).hash(&mut hasher);
            meta.modified().ok().hash(&mut hasher);
            #[cfg(unix)]
            {
                use std::os::unix::fs::MetadataExt;
                (meta.ino(), meta.ctime(), meta.ctime_nsec()).hash(&mut hasher);
            }
        }
    }
    format!("{:016x}", hasher.finish())
}

impl Codebook {
    /// The codes of the accounts `ids` at `unix_time`, or `None` when the listing the
    /// page shows (`revision`) is out of date or a row needs what only a full listing
    /// carries (an error to show). Unknown ids are left out.
    pub fn period_codes(
        &self,
        revision: &str,
        ids: &[String],
        unix_time: u64,
    ) -> Result<Option<Vec<PeriodCode>>, ErrorReport> {
        self.unless_locked()?;
        let store = self.store_ref()?;
        if super::period::revision(store) != revision {
            return Ok(None);
        }
        let accounts = store.list().map_err(|e| e.report())?;
        let mut codes = Vec::with_capacity(ids.len());
        for account in accounts.iter().filter(|a| ids.contains(&a.id)) {
            let row = self.row_at(account, unix_time);
            if row.error.is_some() {
                return Ok(None);
            }
            codes.push(PeriodCode {
                id: row.id,
                code: row.code,
                next: row.next,
                remaining: row.remaining,
            });
        }
        Ok(Some(codes))
    }
}

/// The codes of the cards in view, while the page's listing is current.
#[tauri::command]
pub fn period_codes(
    book: State<'_, Codebook>,
    revision: String,
    ids: Vec<String>,
) -> Result<PeriodCodes, ErrorReport> {
    let codes = book.period_codes(&revision, &ids, crate::otp::unix_now())?;
    Ok(PeriodCodes { codes })
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::account::Source;
    use crate::storage::keychain::memory::MemoryStore;

    #[test]
    fn only_the_asked_codes_come_while_nothing_changed_and_none_after_a_change() {
        let dir = tempfile::tempdir().unwrap();
        let mem = Arc::new(MemoryStore::default());
        let open = || AccountStore::open(dir.path(), Box::new(mem.clone())).unwrap();
        let store = open();
        let add = |uri: &str| {
            store
                .add(&crate::otpauth::parse(uri).unwrap(), Source::Uri)
                .unwrap()
                .id
        };
        let a = add("otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP&issuer=A");
        let b = add("otpauth://totp/B:b?secret=JBSWY3DPEHPK3PXQ&issuer=B&period=60");
        let book = Codebook::new(Ok(open()));
        let listed = book.list(1_000_000).unwrap();
        let at = 1_000_045; // 25 s into a 60-second period
        let codes = book
            .period_codes(&listed.revision, std::slice::from_ref(&b), at)
            .unwrap()
            .expect("nothing changed");
        let full = book.rows(at, Default::default(), &[]).unwrap();
        let want = full.iter().find(|r| r.id == b).unwrap();
        assert!(want.code.is_some() && want.next.is_some());
        assert_eq!(
            codes,
            vec![PeriodCode {
                id: b.clone(),
                code: want.code.clone(),
                next: want.next.clone(),
                remaining: Some(35),
            }],
            "only the account asked for, with its codes at that time"
        );
        assert_eq!(revision(&store), listed.revision, "asking changed nothing");

        store.rename(&a, Some("A2"), None).unwrap();
        assert_eq!(
            book.period_codes(&listed.revision, &[b], at).unwrap(),
            None,
            "a change behind the listing asks for a new one"
        );
    }
}
