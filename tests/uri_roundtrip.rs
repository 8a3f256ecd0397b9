//! Guards `otpauth::format` and `otpauth::parse` as inverses: parse(format(x)) == x for
//! generated accounts of every kind, including awkward issuer and account names.

use mfa_companion::otp::{Algorithm, OtpParams, Secret};
use mfa_companion::otpauth::{format, parse, UriAccount};
use proptest::prelude::*;

fn name() -> impl Strategy<Value = String> {
    // Printable text including ':', '%', '&', '=', '?', '+', '#', '/', spaces inside and
    // non-ASCII; trimmed, as the parser trims.
    "[a-zA-Z0-9 :%&=?+#/@.éü漢-]{0,40}".prop_map(|s| s.trim().to_string())
}

fn params() -> impl Strategy<Value = OtpParams> {
    let alg = prop_oneof![
        Just(Algorithm::Sha1),
        Just(Algorithm::Sha256),
        Just(Algorithm::Sha512)
    ];
    prop_oneof![
        (alg.clone(), 6u32..=8, 1u64..=3600)
            .prop_map(|(a, d, p)| OtpParams::totp(a, d, p).unwrap()),
        (alg, 6u32..=8, any::<u64>()).prop_map(|(a, d, c)| OtpParams::hotp(a, d, c).unwrap()),
        (1u64..=3600).prop_map(|p| OtpParams::steam(p).unwrap()),
    ]
}

proptest! {
    #[test]
    fn parse_of_format_is_identity(
        issuer in name(),
        account in name(),
        params in params(),
        key in proptest::collection::vec(any::<u8>(), 1..64),
    ) {
        let x = UriAccount { issuer, account, params, secret: Secret::from_bytes(key).unwrap() };
        let uri = format(&x.issuer, &x.account, &x.params, &x.secret);
        let back = parse(&uri).map_err(|e| TestCaseError::fail(format!("{e}")))?;
        prop_assert_eq!(back, x);
    }
}
