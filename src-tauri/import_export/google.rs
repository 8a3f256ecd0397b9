//! Google Authenticator's export: `otpauth-migration://offline?data=<base64 protobuf>`,
//! one URI per QR code, several batches for many accounts. The protobuf schema is in
//! `../shared/api/CONTRACTS.md`:
//!
//! ```text
//! MigrationPayload { otp_parameters = 1 (repeated), version = 2, batch_size = 3,
//!                    batch_index = 4, batch_id = 5 }
//! OtpParameters    { secret = 1 (bytes), name = 2, issuer = 3,
//!                    algorithm = 4 (1 SHA1, 2 SHA256, 3 SHA512, 4 MD5),
//!                    digits = 5 (1 six, 2 eight), type = 6 (1 HOTP, 2 TOTP),
//!                    counter = 7 }
//! ```
//!
//! The format has no period: every TOTP entry is 30 s. Writing ([`encode_batches`])
//! therefore leaves out what Google Authenticator could not compute (other periods,
//! 7 digits, Steam), with the reason.

use data_encoding::{Encoding, Specification};
use prost::Message;
use zeroize::{Zeroize, Zeroizing};

use super::{malformed, Candidate, Fields, Format, ImportError, SecretField};
use crate::otp::{Algorithm, Kind};
use crate::otpauth::UriAccount;

/// Accounts per QR code when writing (what Google Authenticator itself uses).
pub const BATCH: usize = 10;

/// The payload of one migration URI.
#[derive(Clone, PartialEq, Message)]
pub struct MigrationPayload {
    /// The accounts.
    #[prost(message, repeated, tag = "1")]
    pub otp_parameters: Vec<OtpParameters>,
    /// Format version (1).
    #[prost(int32, tag = "2")]
    pub version: i32,
    /// How many batches there are.
    #[prost(int32, tag = "3")]
    pub batch_size: i32,
    /// This batch's index, from 0.
    #[prost(int32, tag = "4")]
    pub batch_index: i32,
    /// A random id shared by the batches of one export.
    #[prost(int32, tag = "5")]
    pub batch_id: i32,
}

/// One account. Its `Debug` (which prost requires) leaves out the secret; the secret
/// is zeroized on drop.
#[derive(Clone, PartialEq, Message)]
#[prost(skip_debug)]
pub struct OtpParameters {
    /// The raw key.
    #[prost(bytes = "vec", tag = "1")]
    pub secret: Vec<u8>,
    /// The account name (often `issuer:name`).
    #[prost(string, tag = "2")]
    pub name: String,
    /// The issuer.
    #[prost(string, tag = "3")]
    pub issuer: String,
    /// 0/1 SHA1, 2 SHA256, 3 SHA512, 4 MD5.
    #[prost(int32, tag = "4")]
    pub algorithm: i32,
    /// 0/1 six, 2 eight.
    #[prost(int32, tag = "5")]
    pub digits: i32,
    /// 1 HOTP, 0/2 TOTP.
    #[prost(int32, tag = "6")]
    pub r#type: i32,
    /// HOTP counter.
    #[prost(int64, tag = "7")]
    pub counter: i64,
}

impl std::fmt::Debug for OtpParameters {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OtpParameters")
            .field("name", &self.name)
            .field("issuer", &self.issuer)
            .field("secret", &"<redacted>")
            .finish_non_exhaustive()
    }
}

impl Drop for OtpParameters {
    fn drop(&mut self) {
        self.secret.zeroize();
    }
}

const FORMAT: Format = Format::GoogleMigration;

/// Base64 as found in these URIs: standard or URL-safe alphabet, padding optional.
fn lenient_base64() -> Encoding {
    let mut spec = Specification::new();
    spec.symbols
        .push_str("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
    spec.check_trailing_bits = false;
    // A constant specification: encoding() only fails for malformed specifications.
    spec.encoding().expect("the base64 specification is valid")
}

/// Reads a pasted export: one or more migration URIs, one per line.
pub fn read(text: &str) -> Result<Vec<Candidate>, ImportError> {
    let mut out = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        out.extend(read_uri(line)?);
    }
    Ok(out)
}

/// Reads one `otpauth-migration://offline?data=...` URI.
pub fn read_uri(uri: &str) -> Result<Vec<Candidate>, ImportError> {
    let payload = payload_of(uri)?;
    Ok(payload
        .otp_parameters
        .iter()
        .enumerate()
        .map(|(i, p)| candidate(i, p))
        .collect())
}

/// Which batch of an export a migration URI is: (its number from 1, of how many). `None`
/// when it is unreadable or does not say.
pub fn batch_of(uri: &str) -> Option<(i32, i32)> {
    let p = payload_of(uri).ok()?;
    (p.batch_size > 0).then_some((p.batch_index + 1, p.batch_size))
}

/// The payload of a migration URI.
fn payload_of(uri: &str) -> Result<MigrationPayload, ImportError> {
    let url = url::Url::parse(uri).map_err(|_| malformed(FORMAT, "not a URI"))?;
    if !url.scheme().eq_ignore_ascii_case("otpauth-migration") {
        return Err(malformed(FORMAT, "not an otpauth-migration:// URI"));
    }
    let data = url
        .query_pairs()
        .find(|(k, _)| k == "data")
        .map(|(_, v)| Zeroizing::new(v.into_owned()))
        .ok_or_else(|| malformed(FORMAT, "no data parameter"))?;
    let cleaned: Zeroizing<String> = Zeroizing::new(
        data.chars()
            .filter(|c| !c.is_whitespace() && *c != '=')
            .map(|c| match c {
                '-' => '+',
                '_' => '/',
                c => c,
            })
            .collect(),
    );
    let bytes = Zeroizing::new(
        lenient_base64()
            .decode(cleaned.as_bytes())
            .map_err(|_| malformed(FORMAT, "the data parameter is not base64"))?,
    );
    MigrationPayload::decode(bytes.as_slice())
        .map_err(|_| malformed(FORMAT, "the data parameter is not a migration payload"))
}

fn candidate(index: usize, p: &OtpParameters) -> Candidate {
    // Google puts "issuer:name" in name when the issuer is set.
    let name = match p.name.split_once(':') {
        Some((prefix, rest)) if p.issuer.is_empty() || prefix.trim() == p.issuer.trim() => rest,
        _ => p.name.as_str(),
    };
    let issuer = if p.issuer.is_empty() {
        p.name.split_once(':').map_or("", |(i, _)| i)
    } else {
        p.issuer.as_str()
    };
    let algorithm = match p.algorithm {
        0 | 1 => Some("SHA1"),
        2 => Some("SHA256"),
        3 => Some("SHA512"),
        4 => Some("MD5"),
        _ => Some("unknown"),
    };
    let digits = match p.digits {
        0 | 1 => Ok(6),
        2 => Ok(8),
        _ => Err(()),
    };
    let kind = match p.r#type {
        1 => "hotp",
        0 | 2 => "totp",
        _ => "unknown",
    };
    let label = format!("entry {}", index + 1);
    let item = match digits {
        Err(()) => Err(crate::i18n::Message::new("import-entry-google-digits").into()),
        Ok(digits) => Fields {
            kind,
            issuer,
            name,
            secret: SecretField::Bytes(p.secret.clone()),
            algorithm,
            digits: Some(digits),
            period: Some(30),
            counter: u64::try_from(p.counter).ok(),
        }
        .build(),
    };
    Candidate::new(label, item)
}

/// Why an account cannot go into a Google Authenticator export, if it cannot.
pub fn unsupported(a: &UriAccount) -> Option<&'static str> {
    match a.params.kind() {
        Kind::Steam => Some("Google Authenticator has no Steam codes"),
        _ if !matches!(a.params.digits(), 6 | 8) => {
            Some("Google Authenticator takes only 6 or 8 digits")
        }
        Kind::Totp if a.params.period() != Some(30) => {
            Some("Google Authenticator takes only 30-second codes")
        }
        _ => None,
    }
}

/// Encodes accounts (all supported, see [`unsupported`]) as migration URIs of at most
/// [`BATCH`] accounts each. The URIs hold secrets.
pub fn encode_batches(accounts: &[&UriAccount], batch_id: i32) -> Vec<Zeroizing<String>> {
    let chunks: Vec<&[&UriAccount]> = accounts.chunks(BATCH).collect();
    let size = i32::try_from(chunks.len()).unwrap_or(i32::MAX);
    chunks
        .iter()
        .enumerate()
        .map(|(i, chunk)| {
            let payload = MigrationPayload {
                otp_parameters: chunk.iter().map(|a| parameters(a)).collect(),
                version: 1,
                batch_size: size,
                batch_index: i32::try_from(i).unwrap_or(i32::MAX),
                batch_id,
            };
            let bytes = Zeroizing::new(payload.encode_to_vec());
            let b64 = Zeroizing::new(data_encoding::BASE64.encode(&bytes));
            let mut uri = Zeroizing::new(String::from("otpauth-migration://offline?data="));
            uri.push_str(
                &percent_encoding::utf8_percent_encode(&b64, percent_encoding::NON_ALPHANUMERIC)
                    .to_string(),
            );
            uri
        })
        .collect()
}

fn parameters(a: &UriAccount) -> OtpParameters {
    OtpParameters {
        secret: a.secret.expose().to_vec(),
        name: if a.issuer.is_empty() {
            a.account.clone()
        } else {
            format!("{}:{}", a.issuer, a.account)
        },
        issuer: a.issuer.clone(),
        algorithm: match a.params.algorithm() {
            Algorithm::Sha1 => 1,
            Algorithm::Sha256 => 2,
            Algorithm::Sha512 => 3,
        },
        digits: if a.params.digits() == 8 { 2 } else { 1 },
        r#type: if a.params.kind() == Kind::Hotp { 1 } else { 2 },
        counter: a
            .params
            .counter()
            .and_then(|c| i64::try_from(c).ok())
            .unwrap_or(0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::otpauth;

    #[test]
    fn written_batches_read_back_to_the_same_accounts() {
        let accounts: Vec<UriAccount> = (0..23)
            .map(|i| {
                otpauth::parse(&format!(
                    "otpauth://totp/Iss{i}:user{i}?secret=JBSWY3DPEHPK3PX{}&algorithm=SHA256&digits=8",
                    ["A", "B", "C", "D"][i % 4]
                ))
                .unwrap()
            })
            .collect();
        let refs: Vec<&UriAccount> = accounts.iter().collect();
        let uris = encode_batches(&refs, 7);
        assert_eq!(uris.len(), 3);
        let back: Vec<UriAccount> = uris
            .iter()
            .flat_map(|u| read_uri(u).unwrap())
            .map(|c| c.item.unwrap())
            .collect();
        assert_eq!(back, accounts);
    }

    #[test]
    fn garbage_data_is_malformed_not_a_panic() {
        for uri in [
            "otpauth-migration://offline",
            "otpauth-migration://offline?data=%%%",
            "otpauth-migration://offline?data=AAAA",
            "http://offline?data=CgA",
        ] {
            match read_uri(uri) {
                Err(ImportError::Malformed { .. }) => {}
                Ok(c) => assert!(c.iter().all(|c| c.item.is_err()), "{uri}"),
                Err(e) => panic!("{uri}: {e}"),
            }
        }
    }
}
