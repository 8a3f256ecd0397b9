//! Enrollments interrupted (killed after setup or verify, a 500, a dropped connection) resume.

use super::*;

#[test]
fn killed_right_after_setup_resumes_to_enabled() {
    let env = Env::new(stalled(&[2, 3]));
    env.lerian();
    env.kill_at_call(&["enroll", "--server", "work"], 2);
    let list = env.ok(&["list"]);
    assert!(list.contains("setup stored, verify next"), "{list}");
    assert_eq!(
        env.accounts().len(),
        1,
        "the account was stored before verify"
    );
    assert_eq!(
        env.recovery_counts("work"),
        serde_json::json!({"unused": 10, "used": 0})
    );
    // While one process drives it (stalled at verify), another cannot.
    let mut first = env.cmd(&["enroll", "--resume"]).spawn().unwrap();
    let start = Instant::now();
    while env.calls() < 3 {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the resume never called verify"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    env.fails(&["enroll", "--resume"], "enroll.busy");
    first.kill().unwrap();
    first.wait().unwrap();
    let out = env.ok(&["enroll", "--resume"]);
    assert!(out.contains("status: MFA enabled"), "{out}");
    assert_eq!(
        env.recovery_counts("work"),
        serde_json::json!({"unused": 9, "used": 1})
    );
    assert!(!env.ok(&["list"]).contains("pending"));
}

#[test]
fn killed_right_after_verify_resumes_with_the_recorded_code() {
    let env = Env::new(stalled(&[3]));
    env.lerian();
    env.kill_at_call(&["enroll", "--server", "work"], 3);
    let list = env.ok(&["list"]);
    assert!(list.contains("verified, enable next"), "{list}");
    // The code was recorded as used before it was sent.
    assert_eq!(
        env.recovery_counts("work"),
        serde_json::json!({"unused": 9, "used": 1})
    );
    let out = env.ok(&["enroll", "--resume"]);
    assert!(out.contains("recovery code 1 of 10"), "{out}");
    assert!(out.contains("status: MFA enabled"), "{out}");
    assert_eq!(
        env.recovery_counts("work"),
        serde_json::json!({"unused": 9, "used": 1})
    );
}

#[test]
fn a_500_or_a_dropped_connection_leaves_a_resumable_enrollment() {
    let mut c = Config::default();
    c.faults.fail_nth = vec![2];
    c.faults.drop_nth = vec![3];
    let env = Env::new(c);
    env.lerian();
    let err = env.fails(&["enroll", "--server", "work"], "identity.server_failed");
    assert!(err.contains("IDE-0006"), "{err}");
    let err = env.fails(&["enroll", "--resume"], "identity.connect");
    assert!(err.contains("enroll --resume"), "{err}");
    let out = env.ok(&["enroll", "--resume"]);
    assert!(out.contains("status: MFA enabled"), "{out}");
}
