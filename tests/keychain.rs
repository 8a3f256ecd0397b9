//! Guards the real Secret Service round trip (gnome-keyring in a private D-Bus session,
//! see `.ci/session.sh`): set, get, replace, delete, missing entry, listing our keys,
//! and the typed error when no keychain is reachable.

use mfa_companion::storage::keychain::{open_system, round_trip, KeychainError, SecretStore};

fn store() -> Box<dyn SecretStore> {
    open_system().unwrap_or_else(|e| {
        panic!("no Secret Service: run the tests through ./test.sh (private gnome-keyring session): {e}")
    })
}

fn unique(prefix: &str) -> String {
    let mut b = [0u8; 6];
    getrandom::fill(&mut b).unwrap();
    format!(
        "{prefix}:{}",
        b.iter().map(|x| format!("{x:02x}")).collect::<String>()
    )
}

#[test]
fn set_get_replace_delete_and_missing_entry() {
    let keys = store();
    let key = unique("test");
    keys.put(&key, "MFA Companion test", "first").unwrap();
    assert_eq!(keys.get(&key).unwrap().as_str(), "first");
    keys.put(&key, "MFA Companion test", "second").unwrap();
    assert_eq!(keys.get(&key).unwrap().as_str(), "second");
    assert!(keys.keys().unwrap().contains(&key));
    keys.delete(&key).unwrap();
    assert_eq!(
        keys.get(&key).unwrap_err(),
        KeychainError::NotFound { key: key.clone() }
    );
    assert_eq!(
        keys.delete(&key).unwrap_err(),
        KeychainError::NotFound { key: key.clone() }
    );
    assert!(!keys.keys().unwrap().contains(&key));
}

#[test]
fn the_doctor_round_trip_passes_on_a_working_keychain() {
    round_trip(store().as_ref()).unwrap();
}

#[test]
fn unicode_and_long_values_survive() {
    let keys = store();
    let key = unique("test");
    let value = format!("otpauth://totp/Ünïcødé:名前?secret={}", "A".repeat(2000));
    keys.put(&key, "MFA Companion test ✓", &value).unwrap();
    assert_eq!(keys.get(&key).unwrap().as_str(), value);
    keys.delete(&key).unwrap();
}
