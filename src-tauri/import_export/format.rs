//! The registry of import formats: the [`Format`] enum, the order `--format` lists them
//! in ([`Format::ALL`]) and the names it takes ([`Format::name`], [`Format::from_name`]).
//! Each format's reader lives in its own file beside this one; the CLI's help text for
//! the formats lives with the CLI (`cli/transfer.rs`).

/// The formats that can be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Format {
    /// `otpauth://` URIs, one per line (blank lines and `#` comments allowed); lines may
    /// also be Google Authenticator `otpauth-migration://` URIs.
    OtpauthList,
    /// A Google Authenticator export: `otpauth-migration://offline?data=...`.
    GoogleMigration,
    /// An Aegis vault export (JSON), plain or encrypted.
    Aegis,
    /// A 2FAS backup (`.2fas`), plain or encrypted.
    TwoFas,
    /// A Bitwarden JSON export, plain or password-protected ("JSON (Encrypted)").
    Bitwarden,
    /// An andOTP backup: plain JSON, or encrypted (`.json.aes`, current or old).
    AndOtp,
    /// A FreeOTP+ JSON export.
    FreeOtpPlus,
    /// Ente Auth's export: plain text, or encrypted (JSON: Argon2id and libsodium's
    /// secretstream).
    Ente,
    /// Our own encrypted backup (see `docs/backup-format.md`).
    Backup,
    /// A PNG or JPEG image holding otpauth or migration QR codes.
    QrImage,
    /// A KeePass database (`.kdbx`, KDBX 3.1 or 4.x), always encrypted: entries with a
    /// TOTP (KeePassXC's `otp` attribute or `TOTP Seed`); groups become tags.
    KeePass,
    /// Proton Authenticator's JSON export (without a password): otpauth and `steam://`
    /// links, with names and notes.
    Proton,
    /// Authenticator Pro's (Stratum's) backup, plain JSON or encrypted (`.authpro`, current
    /// or legacy); categories become tags.
    AuthenticatorPro,
    /// A Steam Desktop Authenticator `.maFile`: one Steam account from its `shared_secret`.
    Steam,
    /// Bitwarden's CSV export: rows with `login_totp`; rows without are counted as unusable.
    BitwardenCsv,
    /// LastPass Authenticator's JSON export; folders become tags.
    LastPass,
    /// Google Authenticator's internal SQLite database (`databases`, from a rooted
    /// phone): table `accounts`.
    GoogleAuthenticatorDb,
    /// Microsoft Authenticator's internal SQLite database (`PhoneFactor`): table
    /// `accounts`, TOTP and Microsoft-account codes.
    MicrosoftAuthenticator,
    /// Authenticator Pro's (Stratum's) internal SQLite database (`proauth.db3`,
    /// `authenticator.db3`): table `authenticator`, categories as tags.
    AuthenticatorProDb,
    /// Authy's internal preferences (`com.authy.storage.tokens.authenticator.xml`).
    Authy,
    /// Battle.net Authenticator's internal preferences (masked serial and secret).
    BattleNet,
    /// FreeOTP's and FreeOTP+'s internal preferences (`tokens.xml`).
    FreeOtpXml,
    /// Duo Mobile's internal accounts file (`duokit/accounts.json`).
    Duo,
    /// TOTP Authenticator's internal preferences (`TOTP_Authenticator_Preferences.xml`).
    TotpAuthenticatorXml,
    /// 1Password's `.1pux` export (a zip holding `export.data`): items with a one-time
    /// password; tags kept.
    OnePassword,
    /// Proton Pass's export (a zip holding `Proton Pass/data.json`, or that JSON): items
    /// with a TOTP URI; vaults become tags. The PGP-encrypted export is refused.
    ProtonPass,
    /// Raivo OTP's export: a password-protected zip holding `raivo-otp-export.json`.
    Raivo,
    /// TOTP Authenticator's encrypted backup (`.bin`: base64 of AES-256-CBC).
    TotpAuthenticator,
    /// FreeOTP 2's encrypted backup (a Java-serialized map: a password-wrapped master key,
    /// each token's key wrapped by it).
    FreeOtpBackup,
    /// Authenticator Plus's backup: `authplus.db` (SQLCipher 3 under the master
    /// password), bare or in a zip; categories become tags. Also its Export: a
    /// password-protected zip holding `Accounts.txt` (otpauth links).
    AuthenticatorPlus,
}

impl Format {
    /// Every format, in the order `--format` lists them.
    pub const ALL: [Format; 30] = [
        Format::OtpauthList,
        Format::GoogleMigration,
        Format::Aegis,
        Format::TwoFas,
        Format::Bitwarden,
        Format::AndOtp,
        Format::FreeOtpPlus,
        Format::Ente,
        Format::Backup,
        Format::QrImage,
        Format::KeePass,
        Format::Proton,
        Format::AuthenticatorPro,
        Format::Steam,
        Format::BitwardenCsv,
        Format::LastPass,
        Format::GoogleAuthenticatorDb,
        Format::MicrosoftAuthenticator,
        Format::AuthenticatorProDb,
        Format::Authy,
        Format::BattleNet,
        Format::FreeOtpXml,
        Format::Duo,
        Format::TotpAuthenticatorXml,
        Format::OnePassword,
        Format::ProtonPass,
        Format::Raivo,
        Format::TotpAuthenticator,
        Format::FreeOtpBackup,
        Format::AuthenticatorPlus,
    ];

    /// The name `--format` takes and reports use.
    pub fn name(self) -> &'static str {
        match self {
            Format::OtpauthList => "otpauth",
            Format::GoogleMigration => "google",
            Format::Aegis => "aegis",
            Format::TwoFas => "2fas",
            Format::Bitwarden => "bitwarden",
            Format::AndOtp => "andotp",
            Format::FreeOtpPlus => "freeotp-plus",
            Format::Ente => "ente",
            Format::Backup => "backup",
            Format::QrImage => "qr-image",
            Format::KeePass => "keepass",
            Format::Proton => "proton-authenticator",
            Format::AuthenticatorPro => "authenticator-pro",
            Format::Steam => "steam",
            Format::BitwardenCsv => "bitwarden-csv",
            Format::LastPass => "lastpass",
            Format::GoogleAuthenticatorDb => "google-authenticator-db",
            Format::MicrosoftAuthenticator => "microsoft-authenticator",
            Format::AuthenticatorProDb => "authenticator-pro-db",
            Format::Authy => "authy",
            Format::BattleNet => "battle-net",
            Format::FreeOtpXml => "freeotp-xml",
            Format::Duo => "duo",
            Format::TotpAuthenticatorXml => "totp-authenticator-xml",
            Format::OnePassword => "1password",
            Format::ProtonPass => "proton-pass",
            Format::Raivo => "raivo",
            Format::TotpAuthenticator => "totp-authenticator",
            Format::FreeOtpBackup => "freeotp-backup",
            Format::AuthenticatorPlus => "authenticator-plus",
        }
    }

    /// The format of a `--format` name.
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(name.trim()))
    }

    /// The names of all formats, for messages.
    pub fn names() -> String {
        Format::ALL.map(Format::name).join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_names_round_trip() {
        for f in Format::ALL {
            assert_eq!(Format::from_name(f.name()), Some(f));
        }
        assert_eq!(Format::from_name("AEGIS"), Some(Format::Aegis));
        assert_eq!(Format::from_name("KeePass"), Some(Format::KeePass));
        assert_eq!(Format::from_name("kdbx"), None);
    }
}
