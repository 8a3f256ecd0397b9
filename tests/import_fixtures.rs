//! Every importer against the project's own fixtures (`tests/fixtures/import/`, made by
//! `make_fixtures.py` without the app's code): the format is recognised from the content,
//! each entry comes out with the right code at a fixed time, unusable entries are
//! reported, a wrong password says so, and damaged or wrong files give clear errors.

use std::path::PathBuf;

use mfa_companion::import_export::{self, Format, ImportError};
use mfa_companion::otp::code_at;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import")
}

fn expected() -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(dir().join("expected.json")).unwrap()).unwrap()
}

const FILES: [(&str, Format, bool); 46] = [
    ("otpauth-list.txt", Format::OtpauthList, false),
    ("ente-plain.txt", Format::Ente, false),
    ("google-migration.txt", Format::GoogleMigration, false),
    ("aegis-plain.json", Format::Aegis, false),
    ("aegis-encrypted.json", Format::Aegis, true),
    ("2fas-plain.2fas", Format::TwoFas, false),
    ("2fas-encrypted.2fas", Format::TwoFas, true),
    ("bitwarden.json", Format::Bitwarden, false),
    ("andotp.json", Format::AndOtp, false),
    ("freeotp-plus.json", Format::FreeOtpPlus, false),
    ("keepass-kdbx4.kdbx", Format::KeePass, true),
    ("keepass-kdbx3.kdbx", Format::KeePass, true),
    ("proton-authenticator.json", Format::Proton, false),
    ("authenticator-pro.json", Format::AuthenticatorPro, false),
    ("steam-current.maFile", Format::Steam, false),
    ("steam-legacy.maFile", Format::Steam, false),
    ("bitwarden.csv", Format::BitwardenCsv, false),
    ("lastpass.json", Format::LastPass, false),
    ("andotp-encrypted.json.aes", Format::AndOtp, true),
    ("andotp-encrypted-old.json.aes", Format::AndOtp, true),
    ("bitwarden-encrypted-pbkdf2.json", Format::Bitwarden, true),
    ("bitwarden-encrypted-argon2.json", Format::Bitwarden, true),
    (
        "authenticator-pro-encrypted.authpro",
        Format::AuthenticatorPro,
        true,
    ),
    (
        "authenticator-pro-legacy.authpro",
        Format::AuthenticatorPro,
        true,
    ),
    (
        "google-authenticator.db",
        Format::GoogleAuthenticatorDb,
        false,
    ),
    (
        "microsoft-authenticator.db",
        Format::MicrosoftAuthenticator,
        false,
    ),
    ("authenticator-pro.db3", Format::AuthenticatorProDb, false),
    ("authy-tokens.xml", Format::Authy, false),
    ("authy-tokens-encrypted.xml", Format::Authy, true),
    ("battle-net.xml", Format::BattleNet, false),
    ("battle-net-old.xml", Format::BattleNet, false),
    ("freeotp-tokens.xml", Format::FreeOtpXml, false),
    ("duo-accounts.json", Format::Duo, false),
    (
        "totp-authenticator.xml",
        Format::TotpAuthenticatorXml,
        false,
    ),
    ("1password.1pux", Format::OnePassword, false),
    ("proton-pass.zip", Format::ProtonPass, false),
    ("proton-pass.json", Format::ProtonPass, false),
    ("raivo-otp-export.zip", Format::Raivo, true),
    ("raivo-otp-export-zipcrypto.zip", Format::Raivo, true),
    ("ente-encrypted.txt", Format::Ente, true),
    ("totp-authenticator.bin", Format::TotpAuthenticator, true),
    ("freeotp2-backup.xml", Format::FreeOtpBackup, true),
    ("freeotp2-backup-old.xml", Format::FreeOtpBackup, true),
    ("authplus.db", Format::AuthenticatorPlus, true),
    ("authenticator-plus.zip", Format::AuthenticatorPlus, true),
    (
        "authenticator-plus-export.zip",
        Format::AuthenticatorPlus,
        true,
    ),
];

/// Files whose format cannot be told from the content: andOTP's old encrypted backups
/// have no header (`--format andotp`), Authenticator Plus's bare `authplus.db` is
/// SQLCipher (`--format authenticator-plus`).
const NOT_DETECTED: [&str; 2] = ["andotp-encrypted-old.json.aes", "authplus.db"];

#[test]
fn every_fixture_gives_the_right_accounts_and_codes_at_a_fixed_time() {
    let exp = expected();
    let time = exp["time"].as_u64().unwrap();
    let password = exp["password"].as_str().unwrap();
    for (file, format, encrypted) in FILES {
        let bytes = std::fs::read(dir().join(file)).unwrap();
        if NOT_DETECTED.contains(&file) {
            assert!(import_export::detect(&bytes).is_err(), "{file}");
        } else {
            assert_eq!(import_export::detect(&bytes).unwrap(), format, "{file}");
        }
        let parsed = import_export::read(&bytes, format, Some(password))
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(parsed.encrypted, encrypted, "{file}");
        let want = &exp["files"][file];
        let got: Vec<(String, String)> = parsed
            .entries
            .iter()
            .filter_map(|c| c.item.as_ref().ok().map(|a| (c.label.clone(), a)))
            .map(|(label, a)| (label, code_at(&a.params, &a.secret, time).code))
            .collect();
        let want_entries: Vec<(String, String)> = want["entries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["label"].as_str().unwrap().to_string(),
                    e["code"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        assert_eq!(got, want_entries, "{file}");
        let unusable: Vec<String> = parsed
            .entries
            .iter()
            .filter_map(|c| c.item.as_ref().err().map(ToString::to_string))
            .collect();
        assert_eq!(
            unusable.len() as u64,
            want["unusable"].as_u64().unwrap(),
            "{file}: {unusable:?}"
        );
        for reason in unusable {
            assert!(!reason.is_empty(), "{file}: an empty reason");
        }
    }
}

#[test]
fn encrypted_fixtures_need_the_password_and_refuse_a_wrong_one() {
    for (file, format, encrypted) in FILES {
        if !encrypted {
            continue;
        }
        let bytes = std::fs::read(dir().join(file)).unwrap();
        assert!(
            matches!(
                import_export::read(&bytes, format, None),
                Err(ImportError::NeedsPassword { .. })
            ),
            "{file}"
        );
        let err = import_export::read(&bytes, format, Some("wrong horse"))
            .err()
            .unwrap_or_else(|| panic!("{file}: a wrong password was accepted"));
        assert!(
            matches!(err, ImportError::WrongPassword { .. }),
            "{file}: {err}"
        );
        assert!(err.to_string().contains("wrong password"), "{err}");
    }
}

#[test]
fn truncated_files_give_clear_errors_and_never_panic() {
    for (file, format, _) in FILES {
        let bytes = std::fs::read(dir().join(file)).unwrap();
        for cut in [1, bytes.len() / 3, bytes.len() / 2, bytes.len() - 3] {
            let part = &bytes[..cut];
            match import_export::read(part, format, Some("correct horse")) {
                // A list (or a CSV) cut between lines is still a (shorter) list.
                Ok(parsed) => assert!(
                    matches!(
                        format,
                        Format::OtpauthList
                            | Format::Ente
                            | Format::GoogleMigration
                            | Format::BitwardenCsv
                    ),
                    "{file} cut at {cut} parsed ({} entries)",
                    parsed.entries.len()
                ),
                Err(e) => {
                    let msg = e.to_string();
                    assert!(!msg.contains("JBSW") && !msg.contains("GEZD"), "{msg}");
                    assert!(msg.len() > 20, "{file}: unhelpful error {msg:?}");
                }
            }
        }
    }
}

#[test]
fn a_file_read_as_the_wrong_format_is_refused_with_the_format_named() {
    let aegis = std::fs::read(dir().join("aegis-plain.json")).unwrap();
    for format in [
        Format::TwoFas,
        Format::Bitwarden,
        Format::AndOtp,
        Format::FreeOtpPlus,
        Format::Proton,
        Format::AuthenticatorPro,
        Format::Steam,
        Format::BitwardenCsv,
        Format::LastPass,
        Format::GoogleAuthenticatorDb,
        Format::MicrosoftAuthenticator,
        Format::AuthenticatorProDb,
        Format::Authy,
        Format::BattleNet,
        Format::FreeOtpXml,
        Format::Duo,
        Format::TotpAuthenticatorXml,
        Format::OnePassword,
        Format::ProtonPass,
        Format::Raivo,
        Format::TotpAuthenticator,
        Format::FreeOtpBackup,
        Format::AuthenticatorPlus,
    ] {
        let err = import_export::read(&aegis, format, None).err().unwrap();
        assert!(
            matches!(err, ImportError::Malformed { .. }),
            "{format:?}: {err}"
        );
        assert!(err.to_string().contains(format.name()), "{err}");
    }
    let list = std::fs::read(dir().join("otpauth-list.txt")).unwrap();
    assert!(matches!(
        import_export::read(&list, Format::Aegis, None),
        Err(ImportError::Malformed { .. })
    ));
    assert!(matches!(
        import_export::detect(b"\x00\x01binary"),
        Err(ImportError::UnknownFormat)
    ));
}

#[test]
fn a_bitwarden_export_encrypted_with_the_account_key_is_refused_with_what_to_do() {
    let err = import_export::read(
        br#"{"encrypted":true,"encKeyValidation_DO_NOT_EDIT":"2.a|b|c","folders":[],"items":[]}"#,
        Format::Bitwarden,
        None,
    )
    .err()
    .unwrap();
    assert!(matches!(err, ImportError::Unsupported { .. }), "{err}");
    assert!(
        err.to_string().contains("export again with a password"),
        "{err}"
    );
}

#[test]
fn the_new_encrypted_fixtures_name_their_format_on_a_wrong_password() {
    for (file, name) in [
        ("andotp-encrypted.json.aes", "andotp"),
        ("andotp-encrypted-old.json.aes", "andotp"),
        ("bitwarden-encrypted-pbkdf2.json", "bitwarden"),
        ("bitwarden-encrypted-argon2.json", "bitwarden"),
        ("authenticator-pro-encrypted.authpro", "authenticator-pro"),
        ("authenticator-pro-legacy.authpro", "authenticator-pro"),
        ("authy-tokens-encrypted.xml", "authy"),
        ("raivo-otp-export.zip", "raivo"),
        ("raivo-otp-export-zipcrypto.zip", "raivo"),
        ("ente-encrypted.txt", "ente"),
        ("totp-authenticator.bin", "totp-authenticator"),
        ("freeotp2-backup.xml", "freeotp-backup"),
        ("freeotp2-backup-old.xml", "freeotp-backup"),
        ("authplus.db", "authenticator-plus"),
        ("authenticator-plus.zip", "authenticator-plus"),
        ("authenticator-plus-export.zip", "authenticator-plus"),
    ] {
        let bytes = std::fs::read(dir().join(file)).unwrap();
        let format = Format::from_name(name).unwrap();
        let err = import_export::read(&bytes, format, Some("Correct horse"))
            .err()
            .unwrap_or_else(|| panic!("{file}: a wrong password was accepted"));
        assert_eq!(
            err.to_string(),
            format!("wrong password for this {name} file: nothing was imported; try again"),
            "{file}"
        );
    }
}

#[test]
fn internal_databases_read_as_each_other_name_the_missing_table() {
    let google = std::fs::read(dir().join("google-authenticator.db")).unwrap();
    let err = import_export::read(&google, Format::AuthenticatorProDb, None)
        .err()
        .unwrap();
    assert!(matches!(err, ImportError::Malformed { .. }), "{err}");
    assert!(err.to_string().contains("authenticator-pro-db"), "{err}");
    assert!(err.to_string().contains("no authenticator table"), "{err}");
    // Google's and Microsoft's tables share a name: the columns tell them apart, and a
    // row read by the wrong reader is unusable rather than a wrong account.
    let microsoft = std::fs::read(dir().join("microsoft-authenticator.db")).unwrap();
    let parsed = import_export::read(&microsoft, Format::GoogleAuthenticatorDb, None).unwrap();
    assert!(parsed.entries.iter().all(|c| c.item.is_err()));
}

#[test]
fn internal_fixtures_keep_categories_and_the_order_shown() {
    let pro = std::fs::read(dir().join("authenticator-pro.db3")).unwrap();
    let parsed = import_export::read(&pro, Format::AuthenticatorProDb, None).unwrap();
    let bank = parsed
        .entries
        .iter()
        .find(|c| c.label == "Bank:bob")
        .unwrap();
    assert_eq!(bank.tags, ["Work"]);
    // tokens.xml lists the tokens in reverse; tokenOrder puts them back.
    let freeotp = std::fs::read(dir().join("freeotp-tokens.xml")).unwrap();
    let parsed = import_export::read(&freeotp, Format::FreeOtpXml, None).unwrap();
    assert_eq!(parsed.entries[0].label, "ACME Co:ann@example.com");
    assert_eq!(parsed.entries.last().unwrap().label, "Sealed:kim");
}

#[test]
fn password_manager_fixtures_keep_tags_and_count_items_without_totp() {
    let op = std::fs::read(dir().join("1password.1pux")).unwrap();
    let parsed = import_export::read(&op, Format::OnePassword, None).unwrap();
    let bank = parsed
        .entries
        .iter()
        .find(|c| c.label == "Bank:bob")
        .unwrap();
    assert_eq!(bank.tags, ["Money"]);
    let reasons: Vec<String> = parsed
        .entries
        .iter()
        .filter_map(|c| c.item.as_ref().err().map(ToString::to_string))
        .collect();
    assert!(
        reasons.iter().all(|r| *r == "no TOTP in this item"),
        "{reasons:?}"
    );
    let pp = std::fs::read(dir().join("proton-pass.zip")).unwrap();
    let parsed = import_export::read(&pp, Format::ProtonPass, None).unwrap();
    let cloud = parsed
        .entries
        .iter()
        .find(|c| c.label == "Cloud:carol")
        .unwrap();
    assert_eq!(cloud.tags, ["Work"]);
}

#[test]
fn a_zip_from_one_manager_read_as_another_names_the_missing_member() {
    let raivo = std::fs::read(dir().join("raivo-otp-export.zip")).unwrap();
    for (format, member) in [
        (Format::OnePassword, "export.data"),
        (Format::ProtonPass, "Proton Pass/data.json"),
    ] {
        let err = import_export::read(&raivo, format, None).err().unwrap();
        assert!(matches!(err, ImportError::Malformed { .. }), "{err}");
        assert!(err.to_string().contains(member), "{err}");
    }
    let op = std::fs::read(dir().join("1password.1pux")).unwrap();
    let err = import_export::read(&op, Format::Raivo, Some("correct horse"))
        .err()
        .unwrap();
    assert!(err.to_string().contains("raivo-otp-export.json"), "{err}");
}

#[test]
fn the_authenticator_plus_backup_keeps_its_category_and_a_zip_without_it_is_refused() {
    let db = std::fs::read(dir().join("authplus.db")).unwrap();
    let parsed =
        import_export::read(&db, Format::AuthenticatorPlus, Some("correct horse")).unwrap();
    let tags: Vec<(&str, &[String])> = parsed
        .entries
        .iter()
        .map(|c| (c.label.as_str(), c.tags.as_slice()))
        .collect();
    assert_eq!(
        tags[0],
        ("ACME Co:ann@example.com", ["Work".to_string()].as_slice())
    );
    assert!(tags[1..].iter().all(|(_, t)| t.is_empty()), "{tags:?}");
    let raivo = std::fs::read(dir().join("raivo-otp-export.zip")).unwrap();
    let err = import_export::read(&raivo, Format::AuthenticatorPlus, Some("correct horse"))
        .err()
        .unwrap();
    assert!(matches!(err, ImportError::Malformed { .. }), "{err}");
    assert!(err.to_string().contains("authplus.db"), "{err}");
}
