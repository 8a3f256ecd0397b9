//! The bench's inputs, made in memory: `n` distinct TOTP accounts written in each plain
//! format the app reads. Formats the app exports are written by its own exporters; the
//! others are built here as their apps write them (the shapes of the fixtures under
//! `tests/fixtures/import/`). Secrets are made from the index: they only need to differ.

use mfa_companion::import_export::{aegis, bitwarden, google, twofas};
use mfa_companion::otp::{Algorithm, OtpParams, Secret};
use mfa_companion::otpauth::{self, UriAccount};
use serde_json::{json, Value};

/// `n` distinct accounts: issuer `IssuerNNNNNN`, name `userN@example.com`, 20-byte keys.
pub fn accounts(n: usize) -> Vec<UriAccount> {
    (0..n)
        .map(|i| {
            let key = format!("bench-secret-{i:07}").into_bytes();
            UriAccount {
                issuer: format!("Issuer{i:06}"),
                account: format!("user{i}@example.com"),
                params: OtpParams::totp(Algorithm::Sha1, 6, 30).expect("valid parameters"),
                secret: Secret::from_bytes(key).expect("a 20-byte key"),
            }
        })
        .collect()
}

fn b32(a: &UriAccount) -> String {
    a.secret.to_base32().to_string()
}

fn uri(a: &UriAccount) -> String {
    otpauth::format(&a.issuer, &a.account, &a.params, &a.secret).to_string()
}

/// An otpauth list as `export --format otpauth` writes it.
pub fn otpauth_list(accounts: &[UriAccount]) -> Vec<u8> {
    let mut text = String::from("# MFA Companion export: otpauth URIs, one per line.\n");
    for a in accounts {
        text.push_str(&uri(a));
        text.push('\n');
    }
    text.into_bytes()
}

/// Google Authenticator migration URIs (10 accounts each), one per line.
pub fn google_migration(accounts: &[UriAccount]) -> Vec<u8> {
    let refs: Vec<&UriAccount> = accounts.iter().collect();
    let lines: Vec<String> = google::encode_batches(&refs, 1)
        .iter()
        .map(|l| l.to_string())
        .collect();
    lines.join("\n").into_bytes()
}

/// A plain Aegis vault, by the app's Aegis exporter.
pub fn aegis_plain(accounts: &[UriAccount]) -> Vec<u8> {
    let entries: Vec<aegis::Entry> = accounts
        .iter()
        .map(|account| aegis::Entry {
            account,
            tags: &[],
            note: "",
            icon: None,
        })
        .collect();
    aegis::write_plain(&entries).expect("aegis export").to_vec()
}

/// A plain 2FAS backup, by the app's 2FAS exporter.
pub fn twofas_plain(accounts: &[UriAccount]) -> Vec<u8> {
    let entries: Vec<twofas::Entry> = accounts
        .iter()
        .map(|account| twofas::Entry {
            account,
            group: Some("Work"),
        })
        .collect();
    twofas::write(&entries, None, 1_700_000_000)
        .expect("2fas export")
        .to_vec()
}

/// A Bitwarden JSON export, by the app's Bitwarden exporter.
pub fn bitwarden_json(accounts: &[UriAccount]) -> Vec<u8> {
    let entries: Vec<bitwarden::Entry> = accounts
        .iter()
        .map(|account| bitwarden::Entry {
            account,
            folder: Some("Work"),
            note: "",
        })
        .collect();
    bitwarden::write(&entries)
        .expect("bitwarden export")
        .to_vec()
}

/// A Bitwarden CSV export: the header Bitwarden writes, `login_totp` as an otpauth URI.
pub fn bitwarden_csv(accounts: &[UriAccount]) -> Vec<u8> {
    let mut text = String::from(
        "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n",
    );
    for a in accounts {
        text.push_str(&format!(
            "Work,,login,{},,,0,https://example.com,{},hunter2,\"{}\"\n",
            a.issuer,
            a.account,
            uri(a)
        ));
    }
    text.into_bytes()
}

/// An andOTP plain backup.
pub fn andotp(accounts: &[UriAccount]) -> Vec<u8> {
    let entries: Vec<Value> = accounts
        .iter()
        .map(|a| {
            json!({"secret": b32(a), "issuer": a.issuer, "label": a.account, "digits": 6,
                   "type": "TOTP", "algorithm": "SHA1", "thumbnail": "Default",
                   "last_used": 0, "used_frequency": 0, "period": 30, "tags": []})
        })
        .collect();
    serde_json::to_vec(&entries).expect("json")
}

/// A FreeOTP+ export: secrets as Java signed bytes.
pub fn freeotp_plus(accounts: &[UriAccount]) -> Vec<u8> {
    let tokens: Vec<Value> = accounts
        .iter()
        .map(|a| {
            let secret: Vec<i8> = a
                .secret
                .expose()
                .iter()
                .map(|b| i8::from_ne_bytes([*b]))
                .collect();
            json!({"algo": "SHA1", "counter": 0, "digits": 6, "issuerExt": a.issuer,
                   "issuerInt": a.issuer, "label": a.account, "period": 30,
                   "secret": secret, "type": "TOTP"})
        })
        .collect();
    let order: Vec<String> = accounts
        .iter()
        .map(|a| format!("{}:{}", a.issuer, a.account))
        .collect();
    serde_json::to_vec(&json!({"tokenOrder": order, "tokens": tokens})).expect("json")
}

/// Ente Auth's plain-text export: otpauth lines with its `codeDisplay` parameter.
pub fn ente(accounts: &[UriAccount]) -> Vec<u8> {
    let mut text = String::new();
    for a in accounts {
        text.push_str(&uri(a));
        text.push_str("&codeDisplay=%7B%22pinned%22%3Afalse%2C%22trashed%22%3Afalse%2C%22tags%22%3A%5B%22Work%22%5D%7D\n");
    }
    text.into_bytes()
}

/// Proton Authenticator's export (without a password).
pub fn proton(accounts: &[UriAccount]) -> Vec<u8> {
    let entries: Vec<Value> = accounts
        .iter()
        .enumerate()
        .map(|(i, a)| {
            json!({"id": format!("id-{i}"), "note": null,
                   "content": {"uri": uri(a), "entry_type": "Totp", "name": a.account}})
        })
        .collect();
    serde_json::to_vec(&json!({"version": 1, "entries": entries})).expect("json")
}

/// An Authenticator Pro unencrypted backup, every account in one of two categories.
pub fn authenticator_pro(accounts: &[UriAccount]) -> Vec<u8> {
    let auths: Vec<Value> = accounts
        .iter()
        .map(|a| {
            json!({"Type": 2, "Icon": null, "Issuer": a.issuer, "Username": a.account,
                   "Secret": b32(a), "Pin": null, "Algorithm": 0, "Digits": 6,
                   "Period": 30, "Counter": 0, "CopyCount": 0, "Ranking": 0})
        })
        .collect();
    let bindings: Vec<Value> = accounts
        .iter()
        .enumerate()
        .map(|(i, a)| {
            json!({"CategoryId": if i % 2 == 0 { "c1" } else { "c2" },
                   "AuthenticatorSecret": b32(a), "Ranking": 0})
        })
        .collect();
    serde_json::to_vec(&json!({
        "Authenticators": auths,
        "Categories": [{"Id": "c1", "Name": "Work", "Ranking": 0},
                       {"Id": "c2", "Name": "Home", "Ranking": 1}],
        "AuthenticatorCategories": bindings,
        "CustomIcons": []
    }))
    .expect("json")
}

/// A LastPass Authenticator export, every account in one folder.
pub fn lastpass(accounts: &[UriAccount]) -> Vec<u8> {
    let list: Vec<Value> = accounts
        .iter()
        .enumerate()
        .map(|(i, a)| {
            json!({"accountID": format!("a{i}"), "issuerName": a.issuer,
                   "originalIssuerName": a.issuer, "userName": a.account,
                   "originalUserName": a.account, "pushNotification": false,
                   "secret": b32(a), "timeStep": 30, "digits": 6, "creationTimestamp": 0,
                   "isFavorite": false, "algorithm": "SHA1",
                   "folderData": {"folderId": 1, "position": i}})
        })
        .collect();
    serde_json::to_vec(&json!({
        "deviceId": "d", "deviceSecret": "", "localDeviceId": "l", "deviceName": "bench",
        "version": 3, "accounts": list,
        "folders": [{"id": 1, "name": "Work", "isOpened": true}]
    }))
    .expect("json")
}
