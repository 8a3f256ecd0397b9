//! Tests of the store (`mod.rs`), kept apart to keep that file short.

use super::*;
use crate::otp::{ParamsError, SecretError};
use crate::otpauth::{NameProblem, UriError};

/// `Display` (logs, the English catalogue) says what these errors always said.
#[test]
fn english_words_come_from_the_catalogue_unchanged() {
    let io = |action| VaultError::Io {
        action,
        path: "/d/vault".into(),
        source: std::io::Error::other("boom"),
    };
    let cases: Vec<(String, &str)> = vec![
        (
            ParamsError::Digits { digits: 5 }.to_string(),
            "5 digits is not supported: use 6, 7 or 8",
        ),
        (
            UriError::TooLong { len: 5000 }.to_string(),
            "the URI is 5000 bytes long; at most 4096 are accepted",
        ),
        (
            UriError::Secret(SecretError::Empty).to_string(),
            "invalid secret: the secret is empty",
        ),
        (
            UriError::Encoding {
                part: "label".into(),
            }
            .to_string(),
            "the label is not valid percent-encoded UTF-8",
        ),
        (
            UriError::Encoding {
                part: "parameter name".into(),
            }
            .to_string(),
            "the parameter name is not valid percent-encoded UTF-8",
        ),
        (
            UriError::Encoding {
                part: "issuer".into(),
            }
            .to_string(),
            "the issuer is not valid percent-encoded UTF-8",
        ),
        (
            UriError::Name {
                part: "issuer",
                problem: NameProblem::TooLong,
            }
            .to_string(),
            "the issuer is longer than 256 characters",
        ),
        (
            UriError::Name {
                part: "account name",
                problem: NameProblem::Control,
            }
            .to_string(),
            "the account name contains control characters",
        ),
        (
            UriError::Duplicate {
                name: "secret".into(),
            }
            .to_string(),
            "the parameter \"secret\" appears more than once",
        ),
        (
            StorageError::Ambiguous {
                query: "ac".into(),
                matches: vec!["0a (ACME:ann)".into(), "0b (ACME:bob)".into()],
            }
            .to_string(),
            "\"ac\" matches 2 accounts: 0a (ACME:ann), 0b (ACME:bob); use an id or issuer:account",
        ),
        (
            StorageError::RollbackFailed {
                cause: Box::new(StorageError::IdTaken),
                undo: KeychainError::Locked,
            }
            .to_string(),
            "no free account id was found; try again; the secret stored for it could not be removed again (the OS keychain is locked or refused access: unlock it (for example in Passwords and Keys / Seahorse, or with `gnome-keyring-daemon --unlock`) and try again): run `mfa-companion doctor` to reconcile",
        ),
        (
            StorageError::Tag {
                tag: "-x".into(),
                problem: TagProblem::Sign,
            }
            .to_string(),
            "the tag \"-x\" starts with + or - (those add and remove a tag)",
        ),
        (
            StorageError::Note {
                problem: NoteProblem::TooLong,
            }
            .to_string(),
            "the note is longer than 1000 characters",
        ),
        (
            FileError::Damaged {
                path: "/d/accounts.json".into(),
                detail: "eof".into(),
            }
            .to_string(),
            "the accounts file /d/accounts.json is damaged (eof); it was left untouched: restore it from /d/accounts.json.bak or a backup",
        ),
        (
            FileError::NewerVersion {
                path: "/d/accounts.json".into(),
                found: 7,
            }
            .to_string(),
            "the accounts file /d/accounts.json is version 7, newer than this release understands (1): upgrade mfa-companion",
        ),
        (
            io("keep a copy of").to_string(),
            "cannot keep a copy of /d/vault: boom",
        ),
        (io("read").to_string(), "cannot read /d/vault: boom"),
        (
            io("an action nobody listed").to_string(),
            "cannot an action nobody listed /d/vault: boom",
        ),
        (
            VaultError::KeyMissing.to_string(),
            "the vault's key is missing from the keychain (item vault:key): the vault cannot be decrypted; restore the keychain, or restore a backup into a fresh data folder. The vault file was left as it is",
        ),
        (
            VaultError::NewerVersion {
                path: "/d/vault".into(),
                found: 3,
            }
            .to_string(),
            "the vault /d/vault was written by a newer MFA Companion (format 3): update the app",
        ),
        (
            KeychainError::Ambiguous {
                key: "vault:key".into(),
                count: 2,
            }
            .to_string(),
            "2 keychain items share the key vault:key: remove the extra ones in Passwords and Keys / Seahorse",
        ),
        (
            StorageError::IconUnknown { name: "x".into() }.to_string(),
            "no icon named \"x\" in the bundled set: `mfa-companion icons` lists them, or use \"letter\"",
        ),
    ];
    for (got, want) in cases {
        assert_eq!(got, want);
    }
}
