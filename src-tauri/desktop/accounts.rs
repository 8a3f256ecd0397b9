//! Adding and showing accounts from the window: by otpauth URI, by a form, by a QR image
//! file; an account's own QR code on request; removing. Tauri-free.

use serde::Deserialize;

use super::view::{CodeRow, Codebook};
use crate::account::Source;
use crate::error::{Coded, ErrorReport};
use crate::i18n::{Localized as _, Message};
use crate::import_export::{self, google, qr, Candidate, Format, Parsed};
use crate::otp::{Algorithm, OtpParams, Secret};
use crate::otpauth::{self, UriAccount};

/// The manual-entry form, as typed. No `Debug`: it holds the secret.
#[derive(Deserialize)]
pub struct ManualForm {
    /// issuer
    pub issuer: String,
    /// account name
    pub account: String,
    /// base32 secret
    pub secret: String,
    /// `totp`, `hotp` or `steam`
    pub kind: String,
    /// `SHA1`, `SHA256`, `SHA512`
    pub algorithm: String,
    /// digits
    pub digits: u32,
    /// period in seconds (totp)
    pub period: u64,
    /// starting counter (hotp)
    pub counter: u64,
}

impl Codebook {
    fn store_new(&self, entry: &UriAccount, source: Source) -> Result<CodeRow, ErrorReport> {
        let account = self
            .store_ref()?
            .add(entry, source)
            .map_err(|e| e.report())?;
        self.row_now(&account)
    }

    /// Adds the account of an otpauth URI, or the accounts of a Google Authenticator
    /// export link (`otpauth-migration://`).
    pub fn add_uri(&self, uri: &str) -> Result<Vec<CodeRow>, ErrorReport> {
        let uri = uri.trim();
        if is_migration(uri) {
            let found = google::read_uri(uri).map_err(|e| e.report())?;
            return self.add_found(
                found,
                Source::Import {
                    format: Format::GoogleMigration.name().into(),
                },
            );
        }
        let entry = otpauth::parse(uri).map_err(|e| e.report())?;
        Ok(vec![self.store_new(&entry, Source::Uri)?])
    }

    /// Stores found entries in one transaction, leaving out those already stored. Nothing
    /// is added if any entry cannot be used.
    pub(super) fn add_found(
        &self,
        found: Vec<Candidate>,
        source: Source,
    ) -> Result<Vec<CodeRow>, ErrorReport> {
        if let Some((label, reason)) = found
            .iter()
            .find_map(|c| c.item.as_ref().err().map(|r| (&c.label, r)))
        {
            return Err(ErrorReport::localized(
                "import.entry",
                Message::new("window-entry-unusable")
                    .arg("label", label.clone())
                    .nested("reason", reason.message()),
            ));
        }
        let store = self.store_ref()?;
        let existing = import_export::existing_secrets(store).map_err(|e| e.report())?;
        let parsed = Parsed {
            format: Format::QrImage,
            encrypted: false,
            entries: found,
        };
        let plan = import_export::plan(parsed, &existing);
        let news = plan.usable();
        if news.is_empty() {
            return Err(ErrorReport::localized(
                "import.duplicates",
                Message::new("window-already-stored").arg("labels", plan.duplicates.join(", ")),
            ));
        }
        let added = store.add_many(&news, source).map_err(|e| e.report())?;
        added.iter().map(|a| self.row_now(a)).collect()
    }

    /// Adds an account typed in a form. Errors carry the code of the field at fault
    /// (`uri.issuer`, `uri.account`, `secret.invalid`, `params.digits`, `params.period`).
    pub fn add_manual(&self, form: ManualForm) -> Result<CodeRow, ErrorReport> {
        let ManualForm {
            issuer,
            account,
            secret,
            kind,
            algorithm,
            digits,
            period,
            counter,
        } = form;
        let secret = zeroize::Zeroizing::new(secret);
        let issuer = otpauth::validate_name("issuer", &issuer).map_err(|e| e.report())?;
        let account = otpauth::validate_name("account name", &account).map_err(|e| e.report())?;
        if issuer.is_empty() && account.is_empty() {
            return Err(ErrorReport::localized(
                "uri.account",
                Message::new("window-no-names"),
            ));
        }
        let secret = Secret::from_base32(&secret).map_err(|e| e.report())?;
        let algorithm = Algorithm::parse(&algorithm).ok_or_else(|| {
            ErrorReport::localized(
                "params.invalid",
                Message::new("window-unknown-algorithm").arg("algorithm", format!("{algorithm:?}")),
            )
        })?;
        let params = match kind.as_str() {
            "totp" => OtpParams::totp(algorithm, digits, period),
            "hotp" => OtpParams::hotp(algorithm, digits, counter),
            "steam" => OtpParams::steam(period),
            other => {
                return Err(ErrorReport::localized(
                    "params.invalid",
                    Message::new("window-unknown-kind").arg("kind", format!("{other:?}")),
                ))
            }
        }
        .map_err(|e| e.report())?;
        self.store_new(
            &UriAccount {
                issuer,
                account,
                params,
                secret,
            },
            Source::Manual,
        )
    }

    /// Adds every account found in a QR image file (PNG or JPEG): otpauth codes, and
    /// Google Authenticator export codes. Nothing is added unless every code in it can be.
    pub fn add_qr_image(&self, bytes: &[u8]) -> Result<Vec<CodeRow>, ErrorReport> {
        let texts = qr::decode(bytes).map_err(|e| e.report())?;
        let mut found = Vec::new();
        let mut migration = false;
        for t in &texts {
            if is_migration(t) {
                migration = true;
                found.extend(google::read_uri(t).map_err(|e| e.report())?);
            } else if t
                .get(..8)
                .is_some_and(|p| p.eq_ignore_ascii_case("otpauth:"))
            {
                let entry = otpauth::parse(t).map_err(|e| e.report())?;
                found.push(Candidate::new(String::new(), Ok(entry)));
            } else {
                return Err(ErrorReport::localized(
                    "qr.not_otpauth",
                    Message::new("window-qr-not-otpauth"),
                ));
            }
        }
        let source = if migration {
            Source::Import {
                format: Format::GoogleMigration.name().into(),
            }
        } else {
            Source::Uri
        };
        self.add_found(found, source)
    }

    /// An account's otpauth URI as a QR code (SVG), to move it to a phone. Shows the
    /// secret: the UI asks for confirmation first.
    pub fn account_qr_svg(&self, id: &str) -> Result<String, ErrorReport> {
        let store = self.store_ref()?;
        let account = store.find(id).map_err(|e| e.report())?;
        let secret = store.secret(&account).map_err(|e| e.report())?;
        let uri = otpauth::format(&account.issuer, &account.account, &account.params, &secret);
        qr::render_svg(&uri).map_err(|e| {
            ErrorReport::localized(
                "qr.render",
                Message::new("window-qr-render").arg("detail", e.to_string()),
            )
        })
    }

    /// The stored account `id` (`account.not_found` when there is none).
    pub fn account(&self, id: &str) -> Result<crate::account::Account, ErrorReport> {
        self.store_ref()?
            .list()
            .map_err(|e| e.report())?
            .into_iter()
            .find(|a| a.id == id)
            .ok_or_else(|| {
                ErrorReport::localized(
                    "account.not_found",
                    Message::new("window-no-account").arg("id", id.to_string()),
                )
            })
    }

    /// Removes an account and its secret.
    pub fn remove_account(&self, id: &str) -> Result<(), ErrorReport> {
        self.forget(id);
        self.store_ref()?
            .remove(id)
            .map(|_| ())
            .map_err(|e| e.report())
    }
}

fn is_migration(text: &str) -> bool {
    text.get(..18)
        .is_some_and(|p| p.eq_ignore_ascii_case("otpauth-migration:"))
}
