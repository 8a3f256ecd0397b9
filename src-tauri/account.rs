//! The account model: what the app knows of one account besides its secret (which only
//! the keychain holds), and its JSON record, read in two stages (raw, then validated).

use serde::{Deserialize, Serialize};

use crate::otp::{Algorithm, Kind, OtpParams, ParamsError};

/// Where an account came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Source {
    /// An otpauth:// URI (pasted, piped or scanned).
    Uri,
    /// Typed in field by field.
    Manual,
    /// Created by enrolling against a server profile.
    Enrollment {
        /// the profile's name
        server: String,
    },
    /// Imported from another app's backup.
    Import {
        /// the format's name
        format: String,
    },
    /// Re-created from a keychain item whose metadata was missing.
    Recovered,
}

/// One account: identity, display names and OTP parameters. No secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    /// Stable short id (8 hex characters), also the keychain item's key.
    pub id: String,
    /// Who issued it; may be empty.
    pub issuer: String,
    /// The account name; may be empty.
    pub account: String,
    /// Kind, algorithm, digits, period or counter.
    pub params: OtpParams,
    /// Unix seconds when it was added.
    pub created: u64,
    /// Where it came from.
    pub source: Source,
}

impl Account {
    /// `issuer:account`, the form people type and the CLI matches.
    pub fn label(&self) -> String {
        match (self.issuer.is_empty(), self.account.is_empty()) {
            (true, _) => self.account.clone(),
            (false, true) => self.issuer.clone(),
            (false, false) => format!("{}:{}", self.issuer, self.account),
        }
    }

    /// The JSON record (stable field names, used by the accounts file and `list --json`).
    pub fn to_record(&self) -> AccountRecord {
        AccountRecord {
            id: self.id.clone(),
            issuer: self.issuer.clone(),
            account: self.account.clone(),
            kind: self.params.kind(),
            algorithm: self.params.algorithm(),
            digits: u32::from(self.params.digits()),
            period: self.params.period().map(u64::from),
            counter: self.params.counter(),
            created: self.created,
            source: self.source.clone(),
        }
    }
}

/// The raw JSON form of an account, as stored and as printed by `list --json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccountRecord {
    /// see [`Account::id`]
    pub id: String,
    /// see [`Account::issuer`]
    pub issuer: String,
    /// see [`Account::account`]
    pub account: String,
    /// `totp`, `hotp` or `steam`
    pub kind: Kind,
    /// `SHA1`, `SHA256` or `SHA512`
    pub algorithm: Algorithm,
    /// code length
    pub digits: u32,
    /// seconds per code (totp, steam)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<u64>,
    /// next counter (hotp)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counter: Option<u64>,
    /// Unix seconds when added
    pub created: u64,
    /// where it came from
    pub source: Source,
}

/// Why a stored record is not a valid account.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecordError {
    /// The id is not 1-64 characters of `[0-9a-z-]`.
    #[error("{}", self.english())]
    Id(String),
    /// A time-based record without a period, or HOTP without a counter.
    #[error("{}", self.english())]
    Missing {
        /// the record's id
        id: String,
        /// `period` or `counter`
        field: &'static str,
    },
    /// Out-of-range parameters.
    #[error("{}", self.english())]
    Params {
        /// the record's id
        id: String,
        /// what is wrong
        source: ParamsError,
    },
}

use crate::i18n::Localized as _;

impl crate::i18n::Localized for RecordError {
    fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            RecordError::Id(id) => Message::new("account-record-id").arg("id", format!("{id:?}")),
            RecordError::Missing { id, field } => Message::new("account-record-missing")
                .arg("id", id.clone())
                .arg("field", *field),
            RecordError::Params { id, source } => Message::new("account-record-params")
                .arg("id", id.clone())
                .nested("reason", source.message()),
        }
    }
}

/// True for ids the app creates and the keychain can key on.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase() || b == b'-')
}

impl AccountRecord {
    /// Stage two: checks the record and builds the account.
    pub fn validate(self) -> Result<Account, RecordError> {
        if !valid_id(&self.id) {
            return Err(RecordError::Id(self.id));
        }
        let id = self.id.clone();
        let missing = |field| RecordError::Missing {
            id: id.clone(),
            field,
        };
        let params = match self.kind {
            Kind::Totp => OtpParams::totp(
                self.algorithm,
                self.digits,
                self.period.ok_or_else(|| missing("period"))?,
            ),
            Kind::Steam => OtpParams::steam(self.period.ok_or_else(|| missing("period"))?),
            Kind::Hotp => OtpParams::hotp(
                self.algorithm,
                self.digits,
                self.counter.ok_or_else(|| missing("counter"))?,
            ),
        }
        .map_err(|source| RecordError::Params {
            id: id.clone(),
            source,
        })?;
        Ok(Account {
            id: self.id,
            issuer: self.issuer,
            account: self.account,
            params,
            created: self.created,
            source: self.source,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Account {
        Account {
            id: "0a1b2c3d".into(),
            issuer: "ACME".into(),
            account: "ann".into(),
            params: OtpParams::hotp(Algorithm::Sha256, 8, 5).unwrap(),
            created: 1_700_000_000,
            source: Source::Manual,
        }
    }

    #[test]
    fn record_round_trips_and_uses_the_documented_field_names() {
        let a = sample();
        let json = serde_json::to_value(a.to_record()).unwrap();
        assert_eq!(json["kind"], "hotp");
        assert_eq!(json["algorithm"], "SHA256");
        assert_eq!(json["counter"], 5);
        assert!(json.get("period").is_none());
        let back: AccountRecord = serde_json::from_value(json).unwrap();
        assert_eq!(back.validate().unwrap(), a);
    }

    #[test]
    fn invalid_records_are_rejected_with_the_reason() {
        let mut r = sample().to_record();
        r.counter = None;
        assert!(matches!(
            r.clone().validate(),
            Err(RecordError::Missing {
                field: "counter",
                ..
            })
        ));
        r.counter = Some(1);
        r.digits = 12;
        assert!(matches!(
            r.clone().validate(),
            Err(RecordError::Params { .. })
        ));
        r.digits = 6;
        r.id = "../etc".into();
        assert!(matches!(r.validate(), Err(RecordError::Id(_))));
    }

    #[test]
    fn label_omits_empty_parts() {
        let mut a = sample();
        assert_eq!(a.label(), "ACME:ann");
        a.issuer.clear();
        assert_eq!(a.label(), "ann");
    }
}
