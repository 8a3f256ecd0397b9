//! Tests of otpauth links (`otpauth.rs`), kept apart to keep that file short.

use super::*;

#[test]
fn the_seed_example_uses_the_key_uri_defaults() {
    let a = parse("otpauth://totp/Lerian:johndoe?secret=JBSWY3DPEHPK3PXP&issuer=Lerian").unwrap();
    assert_eq!(
        (a.issuer.as_str(), a.account.as_str()),
        ("Lerian", "johndoe")
    );
    assert_eq!(a.params, OtpParams::default_totp());
    assert_eq!(a.secret, Secret::from_base32("JBSWY3DPEHPK3PXP").unwrap());
}

#[test]
fn encoded_colon_spaces_and_plus_in_labels_and_issuers() {
    let a = parse(
        "otpauth://totp/ACME%20Co%3Ajohn.doe%40email.com?secret=jbswy3dpehpk3pxp&issuer=ACME+Co",
    )
    .unwrap();
    assert_eq!(a.issuer, "ACME Co");
    assert_eq!(a.account, "john.doe@email.com");
    let b = parse("otpauth://totp/ACME%20Co:%20%20john?secret=JBSWY3DPEHPK3PXP").unwrap();
    assert_eq!((b.issuer.as_str(), b.account.as_str()), ("ACME Co", "john"));
}

#[test]
fn issuer_parameter_wins_over_a_differing_label_prefix() {
    let a = parse("otpauth://totp/Old:alice?secret=JBSWY3DPEHPK3PXP&issuer=New").unwrap();
    assert_eq!((a.issuer.as_str(), a.account.as_str()), ("New", "alice"));
    let b = parse("otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP&issuer=Only").unwrap();
    assert_eq!((b.issuer.as_str(), b.account.as_str()), ("Only", "alice"));
    let c = parse("otpauth://totp/a%3Ab:carol?secret=JBSWY3DPEHPK3PXP&issuer=a%3Ab").unwrap();
    assert_eq!((c.issuer.as_str(), c.account.as_str()), ("a:b", "carol"));
}

#[test]
fn steam_arrives_by_type_or_by_encoder() {
    for uri in [
        "otpauth://steam/Steam:gamer?secret=63BEDWCQZKTQWPESARIERL5DTTQFCJTK",
        "otpauth://totp/Steam:gamer?secret=63BEDWCQZKTQWPESARIERL5DTTQFCJTK&issuer=Steam&encoder=steam",
    ] {
        let a = parse(uri).unwrap();
        assert_eq!(a.params.kind(), Kind::Steam, "{uri}");
        assert_eq!(a.params.digits(), 5);
        assert_eq!((a.issuer.as_str(), a.account.as_str()), ("Steam", "gamer"));
    }
    assert_eq!(
        parse("otpauth://steam/S:g?secret=JBSWY3DPEHPK3PXP&algorithm=SHA256").unwrap_err(),
        UriError::Params(ParamsError::Steam)
    );
}

#[test]
fn hotp_requires_a_counter() {
    assert_eq!(
        parse("otpauth://hotp/X:y?secret=JBSWY3DPEHPK3PXP").unwrap_err(),
        UriError::MissingCounter
    );
    let a =
        parse("otpauth://hotp/X:y?secret=JBSWY3DPEHPK3PXP&counter=42&digits=8&algorithm=sha512")
            .unwrap();
    assert_eq!(a.params.counter(), Some(42));
    assert_eq!(a.params.digits(), 8);
    assert_eq!(a.params.algorithm(), Algorithm::Sha512);
    assert!(matches!(
        parse("otpauth://hotp/X:y?secret=JBSWY3DPEHPK3PXP&counter=-1"),
        Err(UriError::Counter { .. })
    ));
}

#[test]
fn every_malformed_part_names_itself() {
    let cases: &[(&str, &str)] = &[
        ("https://example.com/?secret=AAAA", "scheme"),
        ("otpauth://motp/X:y?secret=JBSWY3DPEHPK3PXP", "type"),
        ("otpauth://totp/X:y?issuer=X", "secret"),
        ("otpauth://totp/X:y?secret=JBSW1111", "secret"),
        ("otpauth://totp/X:y?secret=", "secret"),
        (
            "otpauth://totp/X:y?secret=JBSWY3DPEHPK3PXP&algorithm=MD5",
            "algorithm",
        ),
        (
            "otpauth://totp/X:y?secret=JBSWY3DPEHPK3PXP&digits=9",
            "digits",
        ),
        (
            "otpauth://totp/X:y?secret=JBSWY3DPEHPK3PXP&digits=six",
            "digits",
        ),
        (
            "otpauth://totp/X:y?secret=JBSWY3DPEHPK3PXP&period=0",
            "period",
        ),
        (
            "otpauth://totp/X:y?secret=JBSWY3DPEHPK3PXP&period=3601",
            "period",
        ),
        (
            "otpauth://totp/X:y?secret=JBSWY3DPEHPK3PXP&period=99999999999999999999",
            "period",
        ),
        ("otpauth://hotp/X:y?secret=JBSWY3DPEHPK3PXP", "counter"),
        ("otpauth://totp/X%FF:y?secret=JBSWY3DPEHPK3PXP", "uri"),
        (
            "otpauth://totp/X:y?secret=JBSWY3DPEHPK3PXP&secret=AAAA",
            "uri",
        ),
        ("otpauth://totp/X%07Y:y?secret=JBSWY3DPEHPK3PXP", "issuer"),
    ];
    for (uri, part) in cases {
        let err = parse(uri).unwrap_err();
        assert_eq!(err.part(), *part, "{uri}: {err}");
    }
    let long = format!(
        "otpauth://totp/X:y?secret=JBSWY3DPEHPK3PXP&x={}",
        "a".repeat(4096)
    );
    assert!(matches!(parse(&long), Err(UriError::TooLong { .. })));
}

#[test]
fn errors_never_echo_the_secret() {
    let err = parse("otpauth://totp/X:y?secret=JBSWY3DP!HPK3PXP").unwrap_err();
    assert!(!err.to_string().contains("JBSWY3DP"), "{err}");
    let raw = RawUri::parse("otpauth://totp/X:y?secret=JBSWY3DPEHPK3PXP").unwrap();
    assert!(!format!("{raw:?}").contains("JBSWY3DP"));
}

#[test]
fn format_writes_every_non_default_parameter_and_parses_back() {
    let a = parse("otpauth://hotp/A%20B:c%3Ad?secret=JBSWY3DPEHPK3PXP&issuer=A%20B&counter=7&digits=7&algorithm=SHA256").unwrap();
    let uri = format(&a.issuer, &a.account, &a.params, &a.secret);
    assert!(
        uri.starts_with("otpauth://hotp/A%20B:c%3Ad?secret=JBSWY3DPEHPK3PXP&issuer=A%20B"),
        "{}",
        *uri
    );
    assert!(
        uri.contains("counter=7") && uri.contains("algorithm=SHA256") && uri.contains("digits=7")
    );
    assert_eq!(parse(&uri).unwrap(), a);
    let noissuer = format("", "x:y", &OtpParams::default_totp(), &a.secret);
    let back = parse(&noissuer).unwrap();
    assert_eq!((back.issuer.as_str(), back.account.as_str()), ("", "x:y"));
}
