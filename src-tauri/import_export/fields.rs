//! The neutral entry builder: a foreign format's entry as [`Fields`] (its secret as a
//! [`SecretField`]), validated by [`Fields::build`] like a Key URI into an account, or
//! the reason it cannot be used.

use super::Unusable;
use crate::i18n::Message;
use crate::otp::{Algorithm, OtpParams, Secret};
use crate::otpauth::{self, UriAccount};

/// The secret as a foreign format carries it.
pub(crate) enum SecretField<'a> {
    /// Base32 text (padding, spaces and case are tolerated).
    Base32(&'a str),
    /// Raw key bytes.
    Bytes(Vec<u8>),
}

/// One entry's fields in neutral form; [`Fields::build`] validates them like a Key URI.
pub(crate) struct Fields<'a> {
    /// `totp`, `hotp` or `steam`, any case; anything else is reported as unsupported.
    pub kind: &'a str,
    /// The issuer.
    pub issuer: &'a str,
    /// The account name.
    pub name: &'a str,
    /// The secret.
    pub secret: SecretField<'a>,
    /// `SHA1`, `SHA256`, `SHA512` (any case, dash allowed); default SHA1.
    pub algorithm: Option<&'a str>,
    /// Default 6 (5 for Steam, which ignores it).
    pub digits: Option<u64>,
    /// Default 30.
    pub period: Option<u64>,
    /// HOTP only; default 0.
    pub counter: Option<u64>,
}

impl Fields<'_> {
    /// Validates the fields into an account, or says why it cannot be used.
    pub(crate) fn build(self) -> Result<UriAccount, Unusable> {
        let secret = match self.secret {
            SecretField::Base32(text) => Secret::from_base32(text),
            SecretField::Bytes(bytes) => Secret::from_bytes(bytes),
        }?;
        let algorithm = match self.algorithm.map(str::trim).filter(|a| !a.is_empty()) {
            None => Algorithm::Sha1,
            Some(a) => Algorithm::parse(a).ok_or_else(|| {
                Unusable::from(
                    Message::new("import-entry-algorithm")
                        .arg("algorithm", a.chars().take(16).collect::<String>()),
                )
            })?,
        };
        let digits = u32::try_from(self.digits.unwrap_or(6)).unwrap_or(u32::MAX);
        let period = self.period.unwrap_or(30);
        let params = match self.kind.to_ascii_lowercase().as_str() {
            "totp" => OtpParams::totp(algorithm, digits, period),
            "hotp" => OtpParams::hotp(algorithm, digits, self.counter.unwrap_or(0)),
            "steam" => OtpParams::steam(period),
            other => {
                return Err(Message::new("import-entry-kind")
                    .arg(
                        "kind",
                        other.chars().take(16).collect::<String>().to_uppercase(),
                    )
                    .into())
            }
        }?;
        Ok(UriAccount {
            issuer: otpauth::validate_name("issuer", self.issuer)?,
            account: otpauth::validate_name("account name", self.name)?,
            params,
            secret,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_refuse_what_the_app_cannot_compute_with_the_reason() {
        let f = |kind, algorithm| Fields {
            kind,
            issuer: "I",
            name: "n",
            secret: SecretField::Base32("JBSWY3DPEHPK3PXP"),
            algorithm,
            digits: None,
            period: None,
            counter: None,
        };
        assert!(f("yandex", None)
            .build()
            .unwrap_err()
            .to_string()
            .contains("YANDEX"));
        assert!(f("totp", Some("MD5"))
            .build()
            .unwrap_err()
            .to_string()
            .contains("MD5"));
        assert!(f("TOTP", Some("sha-256")).build().is_ok());
    }
}
