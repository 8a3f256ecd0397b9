//! Telling the formats apart from the content alone (never the file name): binary
//! magic (our backup, KeePass' KDBX, Authenticator Pro's encrypted backups, SQLite
//! databases told apart by their tables, zip archives by their members (1Password's
//! `.1pux`, Proton Pass, Raivo OTP, a zip holding Authenticator Plus's `authplus.db` or its export's
//! `Accounts.txt`; the bare `authplus.db` is SQLCipher, noise to us, and needs `--format`), PNG/JPEG,
//! Java serialization: FreeOTP 2's backup),
//! then binary that is an andOTP encrypted backup's header (a plausible PBKDF2 iteration
//! count; andOTP's old headerless backups cannot be told from noise and need `--format`),
//! then the JSON formats' top-level keys (borrowed, unparsed: detection copies no
//! secret; a list whose entries have `otpGenerator` is Duo's; `kdfParams` and
//! `encryptedData` are Ente's encrypted export), then Android preferences
//! XML by its entries' names (Authy, Battle.net, FreeOTP, TOTP Authenticator), then a Bitwarden CSV header
//! row, then text that is base64 of whole AES blocks (TOTP Authenticator's backup), then
//! the URI schemes of text lists.

use serde_json::value::RawValue;

use super::{
    andotp_encrypted, authenticator_plus, authenticator_pro, authy, backup, battle_net,
    freeotp_backup, freeotp_xml, keepass, onepassword, prefs_xml, proton_pass, raivo, sqlite_file,
    totp_authenticator, totp_authenticator_backup, zip_file, Format, ImportError,
};

/// Names the format of `bytes` from its content.
pub fn detect(bytes: &[u8]) -> Result<Format, ImportError> {
    if bytes.starts_with(backup::MAGIC) {
        return Ok(Format::Backup);
    }
    if bytes.starts_with(&keepass::header::MAGIC) {
        return Ok(Format::KeePass);
    }
    if authenticator_pro::is_encrypted(bytes) {
        return Ok(Format::AuthenticatorPro);
    }
    if sqlite_file::is_sqlite(bytes) {
        return sqlite_file::detect(bytes).ok_or(ImportError::UnknownFormat);
    }
    if zip_file::is_zip(bytes) {
        return detect_zip(bytes).ok_or(ImportError::UnknownFormat);
    }
    if bytes.starts_with(b"\x89PNG") || bytes.starts_with(b"\xFF\xD8\xFF") {
        return Ok(Format::QrImage);
    }
    if freeotp_backup::is_backup(bytes) {
        return Ok(Format::FreeOtpBackup);
    }
    if andotp_encrypted::looks_encrypted(bytes) {
        return Ok(Format::AndOtp);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::UnknownFormat)?;
    let text = text.trim_start_matches('\u{feff}').trim();
    if text.starts_with('{') || text.starts_with('[') {
        return detect_json(text).ok_or(ImportError::UnknownFormat);
    }
    if text.starts_with('<') {
        return detect_prefs(text).ok_or(ImportError::UnknownFormat);
    }
    let starts = |line: &str, scheme: &str| {
        line.get(..scheme.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(scheme))
    };
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let first = lines.first().ok_or(ImportError::UnknownFormat)?;
    // A CSV header naming Bitwarden's columns.
    let columns: Vec<&str> = first
        .split(',')
        .map(|c| c.trim().trim_matches('"'))
        .collect();
    if columns.contains(&"login_totp") && columns.contains(&"name") {
        return Ok(Format::BitwardenCsv);
    }
    if totp_authenticator_backup::looks_like_backup(text) {
        return Ok(Format::TotpAuthenticator);
    }
    if lines.iter().all(|l| starts(l, "otpauth-migration://")) {
        Ok(Format::GoogleMigration)
    } else if starts(first, "otpauth://") || starts(first, "otpauth-migration://") {
        if text.contains("codeDisplay=") {
            Ok(Format::Ente)
        } else {
            Ok(Format::OtpauthList)
        }
    } else {
        Err(ImportError::UnknownFormat)
    }
}

/// The top-level keys that tell the JSON formats apart. Values are borrowed, unparsed
/// slices of the input: detection copies no secret.
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct JsonKeys<'a> {
    #[serde(borrow)]
    header: Option<&'a RawValue>,
    #[serde(borrow)]
    db: Option<&'a RawValue>,
    #[serde(borrow)]
    schema_version: Option<&'a RawValue>,
    #[serde(borrow)]
    services: Option<&'a RawValue>,
    #[serde(borrow)]
    services_encrypted: Option<&'a RawValue>,
    #[serde(borrow)]
    items: Option<&'a RawValue>,
    #[serde(borrow)]
    encrypted: Option<&'a RawValue>,
    #[serde(borrow)]
    password_protected: Option<&'a RawValue>,
    #[serde(borrow)]
    tokens: Option<&'a RawValue>,
    #[serde(borrow)]
    version: Option<&'a RawValue>,
    #[serde(borrow)]
    entries: Option<&'a RawValue>,
    #[serde(borrow)]
    salt: Option<&'a RawValue>,
    #[serde(borrow)]
    content: Option<&'a RawValue>,
    #[serde(borrow, rename = "Authenticators")]
    authenticator_pro: Option<&'a RawValue>,
    #[serde(borrow, rename = "shared_secret")]
    steam_shared_secret: Option<&'a RawValue>,
    #[serde(borrow)]
    accounts: Option<&'a RawValue>,
    #[serde(borrow)]
    vaults: Option<&'a RawValue>,
    #[serde(borrow)]
    kdf_params: Option<&'a RawValue>,
    #[serde(borrow)]
    encrypted_data: Option<&'a RawValue>,
}

/// Zip archives, by their members' names (nothing is unpacked).
fn detect_zip(bytes: &[u8]) -> Option<Format> {
    let names = zip_file::member_names(bytes)?;
    let has = |name: &str| names.iter().any(|n| n == name);
    if has(onepassword::MEMBER) {
        Some(Format::OnePassword)
    } else if has(proton_pass::MEMBER) || has(proton_pass::PGP_MEMBER) {
        Some(Format::ProtonPass)
    } else if has(raivo::MEMBER) {
        Some(Format::Raivo)
    } else if names
        .iter()
        .any(|n| authenticator_plus::is_member(n) || authenticator_plus::is_export_member(n))
    {
        Some(Format::AuthenticatorPlus)
    } else {
        None
    }
}

/// The keys andOTP entries (and Duo's accounts) have.
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct ListKeys<'a> {
    #[serde(borrow)]
    secret: Option<&'a RawValue>,
    #[serde(borrow, rename = "type")]
    kind: Option<&'a RawValue>,
    #[serde(borrow)]
    otp_generator: Option<&'a RawValue>,
}

/// Android preferences files, by the names of their entries (values are not copied).
fn detect_prefs(text: &str) -> Option<Format> {
    let names = prefs_xml::names(text)?;
    let has = |name: &str| names.iter().any(|n| n == name);
    if has(authy::KEY) {
        Some(Format::Authy)
    } else if has(battle_net::DEVICE_SECRET) || has(battle_net::OLD_HASH) {
        Some(Format::BattleNet)
    } else if has(freeotp_xml::ORDER) {
        Some(Format::FreeOtpXml)
    } else if has(totp_authenticator::KEY) {
        Some(Format::TotpAuthenticatorXml)
    } else {
        None
    }
}

fn detect_json(text: &str) -> Option<Format> {
    if text.starts_with('[') {
        let entries: Vec<&RawValue> = serde_json::from_str(text).ok()?;
        let first: ListKeys = serde_json::from_str(entries.first()?.get()).ok()?;
        if first.otp_generator.is_some() {
            return Some(Format::Duo);
        }
        return (first.secret.is_some() && first.kind.is_some()).then_some(Format::AndOtp);
    }
    let k: JsonKeys = serde_json::from_str(text).ok()?;
    if k.header.is_some() && k.db.is_some() {
        Some(Format::Aegis)
    } else if k.schema_version.is_some() && (k.services.is_some() || k.services_encrypted.is_some())
    {
        Some(Format::TwoFas)
    } else if k.vaults.is_some() && k.encrypted.is_some() {
        Some(Format::ProtonPass)
    } else if k.encrypted.is_some() && (k.items.is_some() || k.password_protected.is_some()) {
        Some(Format::Bitwarden)
    } else if k.tokens.is_some() {
        Some(Format::FreeOtpPlus)
    } else if k.accounts.is_some() {
        Some(Format::LastPass)
    } else if k.steam_shared_secret.is_some() {
        Some(Format::Steam)
    } else if k.authenticator_pro.is_some() {
        Some(Format::AuthenticatorPro)
    } else if k.kdf_params.is_some() && k.encrypted_data.is_some() {
        Some(Format::Ente)
    } else if k.version.is_some()
        && (k.entries.is_some() || (k.salt.is_some() && k.content.is_some()))
    {
        // Proton Authenticator, plain or password-protected (refused by the reader).
        Some(Format::Proton)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detection_reads_the_content_not_the_name() {
        assert_eq!(
            detect(b"# mine\n\notpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP\n").unwrap(),
            Format::OtpauthList
        );
        assert_eq!(
            detect(b"otpauth-migration://offline?data=CgA%3D").unwrap(),
            Format::GoogleMigration
        );
        assert_eq!(
            detect(br#"{"version":1,"header":{"slots":null,"params":null},"db":{}}"#).unwrap(),
            Format::Aegis
        );
        assert_eq!(
            detect(br#"{"schemaVersion":4,"services":[]}"#).unwrap(),
            Format::TwoFas
        );
        assert_eq!(
            detect(br#"{"encrypted":false,"items":[]}"#).unwrap(),
            Format::Bitwarden
        );
        assert_eq!(
            detect(br#"{"encrypted":true,"passwordProtected":true,"salt":"s","kdfType":0,"data":"2.a|b|c"}"#)
                .unwrap(),
            Format::Bitwarden
        );
        assert_eq!(
            detect(b"AuthenticatorPro\x00\x01").unwrap(),
            Format::AuthenticatorPro
        );
        // An andOTP encrypted backup: 150,000 iterations, then salt, nonce and sealed data
        // that are not text.
        let mut andotp = 150_000u32.to_be_bytes().to_vec();
        andotp.extend_from_slice(&[0xC3; 60]);
        assert_eq!(detect(&andotp).unwrap(), Format::AndOtp);
        andotp[..4].copy_from_slice(&u32::MAX.to_be_bytes());
        assert!(detect(&andotp).is_err());
        // Java serialization's magic: FreeOTP 2's backup (not an andOTP iteration count).
        assert_eq!(
            detect(b"\xac\xed\x00\x05\x73\x72\x00\x11java.util.HashMap").unwrap(),
            Format::FreeOtpBackup
        );
        assert_eq!(detect(br#"{"tokens":[]}"#).unwrap(), Format::FreeOtpPlus);
        assert_eq!(
            detect(br#"{"version":1,"entries":[]}"#).unwrap(),
            Format::Proton
        );
        assert_eq!(
            detect(br#"{"version":1,"salt":"QUFB","content":"QkJC"}"#).unwrap(),
            Format::Proton
        );
        assert_eq!(
            detect(br#"{"Authenticators":[],"Categories":[],"AuthenticatorCategories":[]}"#)
                .unwrap(),
            Format::AuthenticatorPro
        );
        assert_eq!(
            detect(b"AUTHENTICATORPRO\x00\x01").unwrap(),
            Format::AuthenticatorPro
        );
        assert_eq!(
            detect(br#"{"shared_secret":"AAAA","account_name":"a","Session":null}"#).unwrap(),
            Format::Steam
        );
        assert_eq!(
            detect(br#"{"deviceId":"d","version":3,"accounts":[],"folders":[]}"#).unwrap(),
            Format::LastPass
        );
        assert_eq!(
            detect(br#"[{"secret":"A","type":"TOTP"}]"#).unwrap(),
            Format::AndOtp
        );
        assert_eq!(
            detect(b"\x03\xd9\xa2\x9a\x67\xfb\x4b\xb5\x01\x00\x04\x00").unwrap(),
            Format::KeePass
        );
        // KeePass 1 (.kdb) has another second signature: not recognised as KDBX.
        assert!(detect(b"\x03\xd9\xa2\x9a\x65\xfb\x4b\xb5").is_err());
        assert_eq!(
            detect(b"\xef\xbb\xbffolder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n").unwrap(),
            Format::BitwardenCsv
        );
        assert!(matches!(
            detect(b"name,login_uri,password\n"),
            Err(ImportError::UnknownFormat)
        ));
        assert!(matches!(detect(b"hello"), Err(ImportError::UnknownFormat)));
        assert_eq!(
            detect(br#"[{"name":"a","otpGenerator":{"otpSecret":"A"}}]"#).unwrap(),
            Format::Duo
        );
        assert_eq!(
            detect(b"<?xml version='1.0'?><map><string name=\"tokenOrder\">[]</string></map>")
                .unwrap(),
            Format::FreeOtpXml
        );
        assert_eq!(
            detect(b"<map><string name=\"com.blizzard.bma.AUTH_STORE.HASH\">00</string></map>")
                .unwrap(),
            Format::BattleNet
        );
        assert_eq!(
            detect(b"<map><string name=\"com.authy.storage.tokens.authenticator.key\">[]</string></map>")
                .unwrap(),
            Format::Authy
        );
        assert_eq!(
            detect(b"<map><string name=\"STATIC_TOTP_CODES_LIST\">[]</string></map>").unwrap(),
            Format::TotpAuthenticatorXml
        );
        assert_eq!(
            detect(br#"{"version":1,"kdfParams":{"memLimit":8192,"opsLimit":1,"salt":"s"},"encryptedData":"d","encryptionNonce":"n"}"#)
                .unwrap(),
            Format::Ente
        );
        // Base64 text of whole AES blocks: TOTP Authenticator's backup.
        assert_eq!(
            detect(b"9Qc5lEu0GwPk2D+sBheXY59k/T863TC0jIWcoqMVB3YRzpvkePTi4149OI5pC7jV\n").unwrap(),
            Format::TotpAuthenticator
        );
        assert!(matches!(
            detect(b"<map><int name=\"x\" value=\"1\"/></map>"),
            Err(ImportError::UnknownFormat)
        ));
        assert_eq!(
            detect(br#"{"version":"1.21.0","userId":"u","encrypted":false,"vaults":{}}"#).unwrap(),
            Format::ProtonPass
        );
        assert!(matches!(
            detect(b"{\"a\":"),
            Err(ImportError::UnknownFormat)
        ));
    }
}

#[cfg(test)]
mod zip_tests {
    use super::*;
    use crate::import_export::zip_file::tests::zip_of;

    #[test]
    fn zips_are_told_apart_by_their_members() {
        let z = |name| zip_of(&[("files/a.png", b"x".as_slice()), (name, b"{}".as_slice())]);
        assert_eq!(detect(&z("export.data")).unwrap(), Format::OnePassword);
        assert_eq!(
            detect(&z("Proton Pass/data.json")).unwrap(),
            Format::ProtonPass
        );
        assert_eq!(
            detect(&z("Proton Pass/data.pgp")).unwrap(),
            Format::ProtonPass
        );
        assert_eq!(detect(&z("raivo-otp-export.json")).unwrap(), Format::Raivo);
        assert_eq!(
            detect(&z("authplus.db")).unwrap(),
            Format::AuthenticatorPlus
        );
        assert_eq!(
            detect(&z("backup/authplus.db")).unwrap(),
            Format::AuthenticatorPlus
        );
        assert_eq!(
            detect(&z("Accounts.txt")).unwrap(),
            Format::AuthenticatorPlus
        );
        assert!(matches!(
            detect(&z("other.json")),
            Err(ImportError::UnknownFormat)
        ));
        let whole = z("export.data");
        assert!(detect(&whole[..whole.len() / 2]).is_err());
    }
}
