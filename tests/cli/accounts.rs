//! Adding, listing, finding, renaming and removing accounts, and bad input.

use super::*;

#[test]
fn list_json_has_the_documented_fields_and_no_secret() {
    let env = Env::new();
    let input = format!(
        "# a comment\n\notpauth://totp/A:a?secret={RFC_SECRET}&algorithm=SHA256&period=60\n\
         otpauth://hotp/B:b?secret={RFC_SECRET}&counter=3&digits=7\n\
         otpauth://steam/Steam:c?secret=63BEDWCQZKTQWPESARIERL5DTTQFCJTK\n"
    );
    let out = env.run_stdin(&["add", "-"], &input);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = env.ok(&["list", "--json"]);
    assert!(!text.contains(RFC_SECRET) && !text.contains("63BEDW"));
    let list = env.list();
    assert_eq!(list.len(), 3);
    let (a, b, c) = (&list[0], &list[1], &list[2]);
    for f in ["id", "issuer", "account", "kind", "algorithm", "digits"] {
        assert!(a.get(f).is_some(), "missing {f}");
    }
    assert_eq!(
        (
            a["kind"].as_str(),
            a["algorithm"].as_str(),
            a["period"].as_u64()
        ),
        (Some("totp"), Some("SHA256"), Some(60))
    );
    assert_eq!(
        (
            b["kind"].as_str(),
            b["counter"].as_u64(),
            b["digits"].as_u64()
        ),
        (Some("hotp"), Some(3), Some(7))
    );
    assert!(b.get("period").is_none());
    assert_eq!(
        (
            c["kind"].as_str(),
            c["digits"].as_u64(),
            c["period"].as_u64()
        ),
        (Some("steam"), Some(5), Some(30))
    );
    // Nothing on disk holds a secret.
    for entry in std::fs::read_dir(env.data().join("mfa-companion")).unwrap() {
        let body = std::fs::read_to_string(entry.unwrap().path()).unwrap_or_default();
        assert!(!body.contains(RFC_SECRET), "secret written to disk");
    }
}

#[test]
fn a_bad_line_on_stdin_adds_nothing_and_names_the_line() {
    let env = Env::new();
    let input = format!("otpauth://totp/A:a?secret={RFC_SECRET}\notpauth://totp/B:b?secret={RFC_SECRET}&digits=11\n");
    let out = env.run_stdin(&["add", "-"], &input);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.starts_with("error: line 2:") && err.contains("[uri.digits]"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1);
    assert!(env.list().is_empty());
}

#[test]
fn manual_entry_reads_the_secret_from_stdin() {
    let env = Env::new();
    let out = env.run_stdin(
        &["add", "--issuer", "Manual", "--account", "me", "--algorithm", "SHA512", "--digits", "8"],
        "1234 5678 9012 3456 7890 1234 5678 9012 3456 7890 1234 5678 9012 3456 7890 1234 5678 9012 3456 7890 1234 5678 9012 3456 7890 1234\n",
    );
    // That is not base32 (digits 0, 1, 8, 9): a typed error, nothing stored.
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("[secret.invalid]"),
        "{}",
        stderr(&out)
    );
    assert!(env.list().is_empty());
    // RFC 6238 SHA512 seed in base32.
    let seed = data_encoding::BASE32_NOPAD
        .encode(b"1234567890123456789012345678901234567890123456789012345678901234");
    let out = env.run_stdin(
        &[
            "add",
            "--issuer",
            "Manual",
            "--account",
            "me",
            "--algorithm",
            "SHA512",
            "--digits",
            "8",
        ],
        &format!("{}\n", seed.to_lowercase()),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        env.ok(&["code", "manual", "--at", "2000000000"]),
        "38618901\n"
    );
}

#[test]
fn weak_secrets_are_accepted_with_a_warning() {
    let env = Env::new();
    let out = env.run(&[
        "add",
        "otpauth://totp/Lerian:johndoe?secret=JBSWY3DPEHPK3PXP&issuer=Lerian",
    ]);
    assert!(out.status.success());
    assert!(stderr(&out).contains("only 80 bits"), "{}", stderr(&out));
}

#[test]
fn ambiguous_and_unknown_queries_fail_with_the_matches_listed() {
    let env = Env::new();
    env.ok(&[
        "add",
        &format!("otpauth://totp/GitHub:ann?secret={RFC_SECRET}"),
    ]);
    env.ok(&[
        "add",
        &format!("otpauth://totp/GitLab:ann?secret={RFC_SECRET}"),
    ]);
    let out = env.run(&["code", "git"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("GitHub:ann")
            && err.contains("GitLab:ann")
            && err.contains("[account.ambiguous]"),
        "{err}"
    );
    let out = env.run(&["code", "bitbucket"]);
    assert!(stderr(&out).contains("[account.not_found]"));
}

#[test]
fn rename_and_remove_by_query() {
    let env = Env::new();
    env.ok(&[
        "add",
        &format!("otpauth://totp/Old:ann?secret={RFC_SECRET}"),
    ]);
    env.ok(&["rename", "old", "--issuer", "New", "--account", "anna"]);
    assert_eq!(env.list()[0]["issuer"], "New");
    assert_eq!(env.list()[0]["account"], "anna");
    let out = env.run(&["remove", "New:anna"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "remove without --yes on a pipe must refuse"
    );
    assert!(stderr(&out).contains("--yes"));
    assert_eq!(env.list().len(), 1);
    env.ok(&["remove", "New:anna", "--yes"]);
    assert!(env.list().is_empty());
}

#[test]
fn bad_uris_are_typed_errors_and_never_echo_the_secret() {
    let env = Env::new();
    for (uri, code) in [
        ("http://x/?secret=AAAA", "uri.scheme"),
        ("otpauth://totp/X:y?secret=JBSW1Y3DPEHPK3PX", "uri.secret"),
        (
            "otpauth://totp/X:y?secret=JBSWY3DPEHPK3PXP&period=0",
            "uri.period",
        ),
        ("otpauth://hotp/X:y?secret=JBSWY3DPEHPK3PXP", "uri.counter"),
    ] {
        let out = env.run(&["add", uri]);
        assert_eq!(out.status.code(), Some(1));
        let err = stderr(&out);
        assert!(err.contains(&format!("[{code}]")), "{uri}: {err}");
        assert!(!err.contains("JBSW"), "secret echoed: {err}");
    }
    assert!(env.list().is_empty());
}
