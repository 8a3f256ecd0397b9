//! Guards the one-time move into the vault against the real keychain and the real
//! binary: a profile written the way the two-store releases wrote it (metadata file, one
//! keychain item per secret, a version-1 recovery vault) is carried over whole on the
//! first command, its codes and recovery codes work, and nothing of the old layout is
//! left in the keychain or the folder.

use std::path::Path;

use mfa_companion::account::{Account, Source};
use mfa_companion::otp::OtpParams;
use mfa_companion::storage::keychain::{open_system, SecretStore};
use mfa_companion::storage::recovery::Contents;
use mfa_companion::storage::vault::{format, key};
use mfa_companion::storage::{AccountsFile, FileError};
use zeroize::Zeroizing;

mod common;
use common::{stderr, Env};

/// RFC 6238 SHA1 seed "12345678901234567890" in base32.
const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

fn old_item(id: &str) -> String {
    format!("account:{id}")
}

/// Writes an old-layout profile into `dir` (the `mfa-companion` data folder); returns
/// the account ids.
fn old_profile(dir: &Path, keys: &dyn SecretStore, ids: &[String]) {
    let accounts: Vec<Account> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| Account {
            id: id.clone(),
            issuer: format!("Old{i}"),
            account: "me".into(),
            params: OtpParams::totp(mfa_companion::otp::Algorithm::Sha1, 8, 30).unwrap(),
            created: 1,
            source: Source::Uri,
        })
        .collect();
    AccountsFile::open(dir)
        .unwrap()
        .update(|v| {
            v.extend(accounts.iter().cloned());
            Ok::<_, FileError>(())
        })
        .unwrap();
    for a in &accounts {
        let uri = format!(
            "otpauth://totp/{}:me?secret={RFC_SECRET}&digits=8&issuer={}",
            a.issuer, a.issuer
        );
        keys.put(&old_item(&a.id), "MFA Companion: old item", &uri)
            .unwrap();
    }
    let k = match key::get(keys).unwrap() {
        Some(k) => k,
        None => key::create(keys).unwrap(),
    };
    let mut c = Contents::default();
    c.add(
        &ids[0],
        "Old0:me",
        None,
        &[
            Zeroizing::new("rc-aaaa-1111".into()),
            Zeroizing::new("rc-bbbb-2222".into()),
        ],
    );
    std::fs::write(dir.join("recovery.vault"), format::seal_v1(&k, &c).unwrap()).unwrap();
}

fn random_id() -> String {
    let mut b = [0u8; 4];
    getrandom::fill(&mut b).unwrap();
    b.iter().map(|x| format!("{x:02x}")).collect()
}

#[test]
fn a_profile_of_the_old_layout_is_carried_over_whole_and_nothing_old_is_left() {
    let env = Env::new();
    let keys = open_system().expect("run through ./test.sh (private keychain session)");
    let dir = env.data().join("mfa-companion");
    let ids: Vec<String> = (0..3).map(|_| random_id()).collect();
    old_profile(&dir, keys.as_ref(), &ids);
    // An item of the old layout that belongs to no account (a crash of the old design).
    let orphan = old_item(&random_id());
    keys.put(
        &orphan,
        "orphan",
        &format!("otpauth://totp/O:o?secret={RFC_SECRET}"),
    )
    .unwrap();

    // The first command migrates; everything is there.
    let listed = env.list();
    assert_eq!(listed.len(), 3, "{listed:?}");
    for (i, id) in ids.iter().enumerate() {
        assert_eq!(listed[i]["id"], id.as_str());
        assert_eq!(env.ok(&["code", id, "--at", "59"]), "94287082\n");
    }
    let shown = env.ok(&["recovery", "show", &ids[0]]);
    assert!(
        shown.contains("rc-aaaa-1111") && shown.contains("rc-bbbb-2222"),
        "{shown}"
    );

    // Nothing of the old layout is left: no item per secret, no old file.
    let items = keys.keys().unwrap();
    for id in &ids {
        assert!(!items.contains(&old_item(id)), "{id} still in the keychain");
    }
    assert!(!items.contains(&orphan), "the orphan was not deleted");
    for name in ["accounts.json", "accounts.json.bak", "recovery.vault"] {
        assert!(!dir.join(name).exists(), "{name} left");
    }
    assert!(dir.join("accounts.vault").exists());
    let doctor = env.run(&["doctor"]);
    assert!(
        doctor.status.success(),
        "{}",
        String::from_utf8_lossy(&doctor.stdout)
    );
}

#[test]
fn a_locked_keychain_delays_the_migration_and_the_old_list_still_shows() {
    let env = Env::new();
    let keys = open_system().unwrap();
    let dir = env.data().join("mfa-companion");
    let ids = vec![random_id()];
    old_profile(&dir, keys.as_ref(), &ids);
    // No keychain reachable: `list` shows the old names; nothing is moved or deleted.
    let out = env
        .cmd(&["list", "--json"])
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains(&ids[0]));
    assert!(dir.join("accounts.json").exists());
    assert!(!dir.join("accounts.vault").exists());
    assert!(keys.keys().unwrap().contains(&old_item(&ids[0])));
    // With the keychain back, the next command migrates.
    assert_eq!(env.ok(&["code", &ids[0], "--at", "59"]), "94287082\n");
    assert!(!dir.join("accounts.json").exists());
    assert!(!keys.keys().unwrap().contains(&old_item(&ids[0])));
}
