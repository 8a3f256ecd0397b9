//! The codes: TOTP at a fixed time (RFC 6238), HOTP's counter, Steam.

use super::*;

#[test]
fn add_by_argument_then_code_at_a_fixed_time_matches_rfc6238() {
    let env = Env::new();
    let uri = format!("otpauth://totp/RFC:sha1?secret={RFC_SECRET}&digits=8&issuer=RFC");
    let added = env.ok(&["add", &uri]);
    assert!(added.contains("added RFC:sha1"), "{added}");
    assert_eq!(env.ok(&["code", "RFC:sha1", "--at", "59"]), "94287082\n");
    assert_eq!(env.ok(&["code", "rfc", "--at", "1111111109"]), "07081804\n");
    let json: Value =
        serde_json::from_str(&env.ok(&["code", "sha1", "--at", "1234567890", "--json"])).unwrap();
    assert_eq!(json["code"], "89005924");
    // 1234567890 is a multiple of 30: a full period remains.
    assert_eq!(json["remaining"], 30);
    assert_eq!(json["period"], 30);
}

#[test]
fn hotp_codes_advance_the_saved_counter_and_reject_at() {
    let env = Env::new();
    env.ok(&[
        "add",
        &format!("otpauth://hotp/H:h?secret={RFC_SECRET}&counter=0"),
    ]);
    // RFC 4226 Appendix D, counters 0, 1, 2.
    for expected in ["755224", "287082", "359152"] {
        assert_eq!(env.ok(&["code", "H:h"]), format!("{expected}\n"));
    }
    assert_eq!(env.list()[0]["counter"], 3);
    let out = env.run(&["code", "H:h", "--at", "59"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("[cli.usage]"));
    assert_eq!(env.list()[0]["counter"], 3, "--at must not burn a counter");
}

#[test]
fn steam_codes_match_the_reference_vector() {
    let env = Env::new();
    env.ok(&[
        "add",
        "otpauth://totp/Steam:me?secret=63BEDWCQZKTQWPESARIERL5DTTQFCJTK&encoder=steam",
    ]);
    assert_eq!(env.ok(&["code", "steam", "--at", "1511200518"]), "FR8RV\n");
}
