//! Writing an Aegis vault (see the format in [`super`]): content version 3, with our
//! tags as Aegis groups and each bundled logo as the entry's SVG icon; encrypted under one
//! scrypt password slot with Aegis' own costs, or plain (`db` the content object).

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use data_encoding::{BASE64, HEXLOWER};
use serde_json::json;
use sha2::Digest as _;
use zeroize::Zeroizing;

use crate::otp::Kind;
use crate::otpauth::UriAccount;

/// Parameters written (Aegis' own: N = 2^15, r = 8, p = 1).
const WRITE_LOG_N: u8 = 15;

/// The content written: secrets stay in zeroizing strings until serialized.
#[derive(serde::Serialize)]
struct OutDb<'a> {
    version: u32,
    entries: Vec<OutEntry<'a>>,
    groups: Vec<OutGroup<'a>>,
}

/// A group (content version 3): our tags, by their first spelling.
#[derive(serde::Serialize)]
struct OutGroup<'a> {
    uuid: String,
    name: &'a str,
}

#[derive(serde::Serialize)]
struct OutEntry<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    uuid: String,
    name: &'a str,
    issuer: &'a str,
    note: &'a str,
    favorite: bool,
    /// Base64 of the icon's SVG.
    icon: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    icon_mime: Option<&'a str>,
    /// SHA-256 of the icon's bytes, in hex.
    #[serde(skip_serializing_if = "Option::is_none")]
    icon_hash: Option<String>,
    info: OutInfo,
    /// The uuids of its groups.
    groups: Vec<String>,
}

#[derive(serde::Serialize)]
struct OutInfo {
    secret: Zeroizing<String>,
    algo: &'static str,
    digits: u8,
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    counter: Option<u64>,
}

fn random<const N: usize>() -> Result<[u8; N], std::io::Error> {
    let mut b = [0u8; N];
    getrandom::fill(&mut b).map_err(crate::import_export::io_other)?;
    Ok(b)
}

/// AES-256-GCM output as Aegis stores it: ciphertext, nonce, tag.
type Sealed = (Vec<u8>, [u8; 12], Vec<u8>);

/// AES-256-GCM under a fresh random nonce.
fn seal(key: &[u8; 32], plain: &[u8]) -> Result<Sealed, std::io::Error> {
    let nonce = random::<12>()?;
    let cipher = Aes256Gcm::new(key.into());
    let mut sealed = cipher
        .encrypt(Nonce::from_slice(&nonce), plain)
        .map_err(|_| std::io::Error::other("encryption failed"))?;
    let tag = sealed.split_off(sealed.len() - 16);
    Ok((sealed, nonce, tag))
}

fn params_json(nonce: &[u8], tag: &[u8]) -> serde_json::Value {
    json!({"nonce": HEXLOWER.encode(nonce), "tag": HEXLOWER.encode(tag)})
}

/// One account to write, with its tags and note.
pub struct Entry<'a> {
    /// The account with its secret.
    pub account: &'a UriAccount,
    /// Its tags (written as Aegis groups).
    pub tags: &'a [String],
    /// Its note ("" for none).
    pub note: &'a str,
    /// The icon it shows, when that is a logo of the bundled set or an image of the
    /// user's (not for a letter avatar).
    pub icon: Option<IconFile>,
}

/// An icon as Aegis carries it: its media type and its bytes.
pub struct IconFile {
    /// "image/svg+xml", "image/png"
    pub mime: String,
    /// the image
    pub bytes: Vec<u8>,
}

/// The content object (version 3) of a vault holding `accounts`: our tags as Aegis
/// groups, notes and icons. Shared by the plain and the encrypted vault.
fn out_db<'a>(accounts: &'a [Entry]) -> OutDb<'a> {
    // One group per tag, names compared ignoring case (as the app does).
    let mut groups: Vec<OutGroup> = Vec::new();
    for e in accounts {
        for t in e.tags {
            if !groups
                .iter()
                .any(|g| g.name.to_lowercase() == t.to_lowercase())
            {
                groups.push(OutGroup {
                    uuid: uuid::Uuid::new_v4().to_string(),
                    name: t,
                });
            }
        }
    }
    let group_of = |tag: &String| {
        groups
            .iter()
            .find(|g| g.name.to_lowercase() == tag.to_lowercase())
            .map(|g| g.uuid.clone())
    };
    let entries: Vec<OutEntry> = accounts
        .iter()
        .map(|e| {
            let (a, tags) = (e.account, e.tags);
            let hotp = a.params.kind() == Kind::Hotp;
            OutEntry {
                kind: a.params.kind().as_str(),
                uuid: uuid::Uuid::new_v4().to_string(),
                name: &a.account,
                issuer: &a.issuer,
                note: e.note,
                favorite: false,
                icon: e.icon.as_ref().map(|i| BASE64.encode(&i.bytes)),
                icon_mime: e.icon.as_ref().map(|i| i.mime.as_str()),
                icon_hash: e
                    .icon
                    .as_ref()
                    .map(|i| HEXLOWER.encode(&sha2::Sha256::digest(&i.bytes))),
                info: OutInfo {
                    secret: a.secret.to_base32(),
                    algo: a.params.algorithm().as_str(),
                    digits: a.params.digits(),
                    period: (!hotp).then(|| a.params.period().unwrap_or(30)),
                    counter: hotp.then(|| a.params.counter().unwrap_or(0)),
                },
                groups: tags.iter().filter_map(group_of).collect(),
            }
        })
        .collect();
    OutDb {
        version: 3,
        entries,
        groups,
    }
}

/// A plain vault: `db` is the content object itself.
#[derive(serde::Serialize)]
struct PlainVault<'a> {
    version: u32,
    header: PlainHeader,
    db: OutDb<'a>,
}

/// `{"slots": null, "params": null}`: no encryption.
#[derive(serde::Serialize)]
struct PlainHeader {
    slots: Option<()>,
    params: Option<()>,
}

/// A plain (not encrypted) Aegis vault holding `accounts` with their tags (as Aegis
/// groups, content version 3), notes and icons, as Aegis exports it when encryption is
/// off. THE RESULT HOLDS EVERY SECRET IN THE CLEAR.
pub fn write_plain(accounts: &[Entry]) -> Result<Zeroizing<Vec<u8>>, std::io::Error> {
    let vault = PlainVault {
        version: 1,
        header: PlainHeader {
            slots: None,
            params: None,
        },
        db: out_db(accounts),
    };
    // One allocation large enough for most vaults: fewer stray copies of the secrets.
    let mut out = Zeroizing::new(Vec::with_capacity(64 * 1024));
    serde_json::to_writer_pretty(&mut *out, &vault).map_err(crate::import_export::io_other)?;
    out.push(b'\n');
    Ok(out)
}

/// An encrypted Aegis vault holding `accounts` with their tags (as Aegis groups, content
/// version 3) and notes, with one password slot. The result holds no plaintext secret.
pub fn write_encrypted(accounts: &[Entry], password: &str) -> Result<Vec<u8>, std::io::Error> {
    let db = Zeroizing::new(
        serde_json::to_vec(&out_db(accounts)).map_err(crate::import_export::io_other)?,
    );
    let master = Zeroizing::new(random::<32>()?);
    let (ciphertext, db_nonce, db_tag) = seal(&master, &db)?;
    let salt = random::<32>()?;
    let params =
        scrypt::Params::new(WRITE_LOG_N, 8, 1, 32).map_err(crate::import_export::io_other)?;
    let mut derived = Zeroizing::new([0u8; 32]);
    scrypt::scrypt(password.as_bytes(), &salt, &params, derived.as_mut())
        .map_err(crate::import_export::io_other)?;
    let (wrapped, key_nonce, key_tag) = seal(&derived, master.as_ref())?;
    let vault = json!({
        "version": 1,
        "header": {
            "slots": [{
                "type": 1,
                "uuid": uuid::Uuid::new_v4().to_string(),
                "key": HEXLOWER.encode(&wrapped),
                "key_params": params_json(&key_nonce, &key_tag),
                "n": 1u64 << WRITE_LOG_N,
                "r": 8,
                "p": 1,
                "salt": HEXLOWER.encode(&salt),
                "repaired": true,
                "is_backup": false,
            }],
            "params": params_json(&db_nonce, &db_tag),
        },
        "db": BASE64.encode(&ciphertext),
    });
    let mut out = serde_json::to_vec_pretty(&vault).map_err(crate::import_export::io_other)?;
    out.push(b'\n');
    Ok(out)
}
