//! The happy path of each API family, a second enrollment refused, an enabled one kept.

use super::*;

#[test]
fn lerian_app_enrollment_stores_account_and_codes_then_enables() {
    let env = Env::new(Config::default());
    env.lerian();
    assert!(env
        .ok(&["status", "--server", "work"])
        .contains("MFA not enabled"));
    let out = env.ok(&["enroll", "--server", "work"]);
    assert!(
        out.contains("10 recovery codes saved in the vault"),
        "{out}"
    );
    assert!(
        out.contains("verify: the server accepted the passcode"),
        "{out}"
    );
    assert!(
        out.contains("recovery code 1 of 10 was sent and is marked used"),
        "{out}"
    );
    assert!(
        out.contains("status: MFA enabled; preferred app; methods app"),
        "{out}"
    );

    let accounts = env.accounts();
    assert_eq!(accounts.len(), 1);
    assert_eq!(accounts[0]["issuer"], "Lerian");
    assert_eq!(accounts[0]["source"]["type"], "enrollment");
    assert_eq!(accounts[0]["source"]["server"], "work");
    assert_eq!(
        env.recovery_counts("work"),
        serde_json::json!({"unused": 9, "used": 1})
    );
    let shown = env.ok(&["recovery", "show", "Lerian"]);
    assert!(
        shown.contains("sent to server work by the enable step"),
        "{shown}"
    );
    assert_eq!(shown.lines().filter(|l| l.contains("unused")).count(), 9);

    let status: Value =
        serde_json::from_str(&env.ok(&["status", "--server", "work", "--json"])).unwrap();
    assert_eq!(status["status"]["enabled"], true);
    assert_eq!(status["status"]["methods"], serde_json::json!(["app"]));
    assert!(!env.ok(&["list"]).contains("pending"));
    let doctor = env.ok(&["doctor"]);
    assert!(
        doctor.contains("each with its secret; recovery codes for 1;"),
        "{doctor}"
    );

    // A flipped byte in the vault is reported as damage, and the file is kept as it was.
    let path = env.dir.path().join("mfa-companion/accounts.vault");
    let mut bytes = std::fs::read(&path).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 0x40;
    std::fs::write(&path, &bytes).unwrap();
    let err = env.fails(&["recovery", "list", "work"], "vault.damaged");
    assert!(err.contains("doctor --repair"), "{err}");
    env.fails(&["recovery", "use", "work"], "vault.damaged");
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
    env.fails(&["doctor"], "doctor.problems");
}

#[test]
fn flashback_google_auth_enrollment_verifies_and_reads_status() {
    let env = Env::new(Config::default());
    env.add_server(
        "fb",
        "flashback",
        &["--email", "user@example.com"],
        "demo-token",
    );
    let out = env.ok(&["enroll", "--server", "fb"]);
    assert!(out.contains("8 recovery codes saved"), "{out}");
    assert!(
        out.contains("status: MFA enabled; preferred GOOGLE_AUTH"),
        "{out}"
    );
    assert_eq!(env.accounts().len(), 1);
    assert_eq!(
        env.recovery_counts("fb"),
        serde_json::json!({"unused": 8, "used": 0})
    );
}

#[test]
fn tenant_enrollment_verifies_and_a_second_one_gets_409_and_stores_nothing() {
    let env = Env::new(Config::default());
    // The header is compared without case.
    env.add_server(
        "ten",
        "tenant",
        &["--tenant", &DEMO_TENANT.to_uppercase()],
        "demo-token",
    );
    let out = env.ok(&["enroll", "--server", "ten"]);
    assert!(
        out.contains("verify: the server accepted the passcode"),
        "{out}"
    );
    assert_eq!(env.accounts().len(), 1);
    let err = env.fails(&["enroll", "--server", "ten"], "identity.already_enabled");
    assert!(
        err.contains("409") && err.contains("TOTP already enrolled"),
        "{err}"
    );
    assert!(err.contains("Nothing was stored locally"), "{err}");
    assert_eq!(env.accounts().len(), 1);
    assert!(!env.ok(&["list"]).contains("pending"));
}

#[test]
fn lerian_email_enrollment_takes_the_passcode_the_user_received() {
    let env = Env::new(Config::default());
    env.lerian();
    // No passcode on stdin: it stops after storing the setup.
    let err = env.fails(
        &["enroll", "--server", "work", "--type", "email"],
        "enroll.no_passcode",
    );
    assert!(err.contains("--resume"), "{err}");
    assert!(env.ok(&["list"]).contains("setup stored, verify next"));
    assert_eq!(
        env.recovery_counts("work").get("unused"),
        Some(&Value::from(10))
    );
    let code = env.sandbox.state().outbox[DEMO_LERIAN_USER].clone();
    let out = env.ok(&["enroll", "--resume", "--passcode", &code]);
    assert!(
        out.contains("status: MFA enabled; preferred email; methods email"),
        "{out}"
    );
    assert_eq!(
        env.recovery_counts("work"),
        serde_json::json!({"unused": 9, "used": 1})
    );
}

#[test]
fn already_enabled_ends_clearly_and_keeps_the_first_enrollment() {
    let env = Env::new(Config::default());
    env.lerian();
    env.ok(&["enroll", "--server", "work"]);
    let err = env.fails(&["enroll", "--server", "work"], "identity.already_enabled");
    assert!(err.contains("MFA is already enabled for this user: the server answered 400 IDE-0040 MFA Already Enabled"), "{err}");
    assert_eq!(env.accounts().len(), 1);
    assert_eq!(
        env.recovery_counts("work"),
        serde_json::json!({"unused": 9, "used": 1})
    );
}
