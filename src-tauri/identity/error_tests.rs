//! Tests of the identity errors (`error.rs`), kept apart to keep that file short.

use super::*;
use serde_json::json;

fn server(status: u16, body: Value) -> IdentityError {
    IdentityError::Server(ServerError::from_body(status, &body))
}

#[test]
fn every_documented_server_error_maps_to_a_stable_code_and_keeps_the_servers_words() {
    let lerian = |code: &str, status: u16| {
        server(
            status,
            json!({"code": code, "title": "T", "message": "server words"}),
        )
    };
    for (code, status, ours) in [
        ("IDE-0001", 400, "identity.request_rejected"),
        ("IDE-0003", 400, "identity.bad_user_id"),
        ("IDE-0004", 400, "identity.request_rejected"),
        ("IDE-0006", 500, "identity.server_failed"),
        ("IDE-0007", 400, "identity.request_rejected"),
        ("IDE-0040", 400, "identity.already_enabled"),
        ("IDE-0041", 400, "identity.passcode_rejected"),
        ("IDE-0042", 400, "identity.not_verified"),
        ("IDE-0043", 400, "identity.setup_missing"),
        ("IDE-0044", 400, "identity.bad_type"),
        ("IDE-0045", 500, "identity.server_failed"),
        ("IDE-0046", 400, "identity.recovery_rejected"),
        ("IDE-1003", 404, "identity.unknown_user"),
        ("IDE-9999", 400, "identity.server_error"),
    ] {
        let e = lerian(code, status);
        assert_eq!(e.code(), ours, "{code}");
        let text = e.to_string();
        assert!(
            text.contains(code) && text.contains("server words"),
            "{text}"
        );
    }
    let e = lerian("IDE-0040", 400).to_string();
    assert!(
        e.starts_with("MFA is already enabled for this user: "),
        "{e}"
    );
    let t = server(
        403,
        json!({"code": "tenant_mismatch", "message": "m", "notices": ["n"]}),
    );
    assert_eq!(t.code(), "identity.tenant_mismatch");
    assert_eq!(
        server(
            409,
            json!({"code": "x", "message": "TOTP already enrolled"})
        )
        .code(),
        "identity.already_enabled"
    );
    assert_eq!(
        server(401, json!({"code": "unauthenticated", "message": "m"})).code(),
        "identity.unauthorized"
    );
    let f = server(
        400,
        json!({"success": false, "error": "Invalid MFA type specified"}),
    );
    assert!(f.to_string().ends_with("Invalid MFA type specified"));
    let f = server(
        400,
        json!({"success": false, "error": "MFA setup verification failed"}),
    );
    assert_eq!(f.code(), "identity.passcode_rejected");
}

#[test]
fn english_words_come_from_the_catalogue_unchanged() {
    let e = server(
        400,
        json!({"code": "IDE-0040", "title": "T", "message": "server words"}),
    );
    assert_eq!(
        e.to_string(),
        "MFA is already enabled for this user: the server answered 400 IDE-0040 T: server words"
    );
    let e = server(503, json!({"message": "{ $x } down"}));
    assert_eq!(
        e.to_string(),
        "the server failed: try again later: the server answered 503: { $x } down"
    );
    let e = server(500, json!({}));
    assert_eq!(
        e.to_string(),
        "the server failed: try again later: the server answered 500: (no message)"
    );
    let e = IdentityError::WrongType {
        family: Family::Flashback,
        given: "app".into(),
    };
    assert_eq!(
        e.to_string(),
        "\"app\" is not an MFA type of the flashback API: use GOOGLE_AUTH, MAGIC_LINK or PASSKEY"
    );
    let e = IdentityError::NotJson {
        url: "https://x/".into(),
        status: 502,
        content_type: "text/html".into(),
    };
    assert!(e.to_string().ends_with("with text/html instead of JSON: the identity service or a proxy in front of it is failing, try again later"), "{e}");
    let e = crate::identity::Profile {
        name: "a b".into(),
        api: Family::Lerian,
        url: "https://x/".into(),
        user: None,
        tenant: None,
        email: None,
        country: None,
        auth_url: None,
        login: None,
    }
    .validated()
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "invalid server profile: the name \"a b\" must be 1-64 letters, digits, '-', '_' or '.'"
    );
    let e = crate::identity::http::check_base_url("ftp://x").unwrap_err();
    assert_eq!(
        e.to_string(),
        "the server URL \"ftp://x\" is not usable: unsupported scheme ftp: use https://"
    );
}

#[test]
fn server_text_is_cleaned_and_bounded() {
    let long = "x".repeat(5000);
    let e = ServerError::from_body(400, &json!({"message": format!("a\u{1b}[31mb\n{long}")}));
    assert!(!e.message.contains('\u{1b}') && !e.message.contains('\n'));
    assert!(e.message.chars().count() <= 401);
}
