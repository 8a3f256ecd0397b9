//! Errors at the UI and CLI boundary: every error becomes `{code, message}`, with a
//! stable machine-readable `code` (documented in the README) and a human message that
//! says what to do. The codes never change meaning; new ones may be added.

use serde::Serialize;

use crate::i18n::Localized;

use crate::identity::IdentityError;
use crate::import_export::export::ExportError;
use crate::import_export::qr::QrError;
use crate::import_export::{ApplyError, ImportError};
use crate::otp::{ParamsError, SecretError};
use crate::otpauth::UriError;
use crate::storage::{FileError, KeychainError, StorageError, VaultError};

/// An error as the desktop UI and `--json` consumers receive it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErrorReport {
    /// Stable code such as `keychain.locked` or `uri.secret`.
    pub code: &'static str,
    /// What happened and what to do, for people. Never holds a secret.
    pub message: String,
}

impl std::fmt::Display for ErrorReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} [{}]", self.message, self.code)
    }
}

impl std::error::Error for ErrorReport {}

impl ErrorReport {
    /// A report whose message is a catalogue message, in the language in use.
    pub fn localized(code: &'static str, message: crate::i18n::Message) -> Self {
        Self {
            code,
            message: message.text(),
        }
    }
}

/// Errors that carry a stable code.
pub trait Coded: std::fmt::Display {
    /// The stable code.
    fn code(&self) -> &'static str;

    /// The message in the language in use. Errors whose words are in the catalogue
    /// (`errors.ftl`, through [`Localized`]) return `self.message().text()`; `Display`
    /// stays English for logs.
    fn text(&self) -> String {
        self.to_string()
    }

    /// The code with the message.
    fn report(&self) -> ErrorReport {
        ErrorReport {
            code: self.code(),
            message: self.text(),
        }
    }
}

impl Coded for SecretError {
    fn code(&self) -> &'static str {
        "secret.invalid"
    }
    fn text(&self) -> String {
        self.message().text()
    }
}

impl Coded for ParamsError {
    fn code(&self) -> &'static str {
        match self {
            ParamsError::Digits { .. } => "params.digits",
            ParamsError::Period { .. } => "params.period",
            _ => "params.invalid",
        }
    }
    fn text(&self) -> String {
        self.message().text()
    }
}

impl Coded for UriError {
    fn code(&self) -> &'static str {
        match self.part() {
            "uri" => "uri.malformed",
            "scheme" => "uri.scheme",
            "type" => "uri.type",
            "secret" => "uri.secret",
            "algorithm" => "uri.algorithm",
            "digits" => "uri.digits",
            "period" => "uri.period",
            "counter" => "uri.counter",
            "issuer" => "uri.issuer",
            "account" => "uri.account",
            _ => "uri.parameters",
        }
    }
    fn text(&self) -> String {
        self.message().text()
    }
}

impl Coded for KeychainError {
    fn code(&self) -> &'static str {
        match self {
            KeychainError::Unavailable { .. } => "keychain.unavailable",
            KeychainError::Locked => "keychain.locked",
            KeychainError::NotFound { .. } => "keychain.not_found",
            KeychainError::Ambiguous { .. } => "keychain.ambiguous",
            KeychainError::Corrupt { .. } => "keychain.corrupt",
            _ => "keychain.failed",
        }
    }
    fn text(&self) -> String {
        self.message().text()
    }
}

impl Coded for FileError {
    fn code(&self) -> &'static str {
        match self {
            FileError::Io { .. } => "storage.io",
            FileError::Damaged { .. } => "storage.damaged",
            FileError::NewerVersion { .. } => "storage.newer_version",
        }
    }
    fn text(&self) -> String {
        self.message().text()
    }
}

impl Coded for StorageError {
    fn code(&self) -> &'static str {
        match self {
            StorageError::File(e) => e.code(),
            StorageError::Vault(e) => e.code(),
            StorageError::Keychain(e) => e.code(),
            StorageError::NoDataDir => "storage.no_data_dir",
            StorageError::NotFound { .. } => "account.not_found",
            StorageError::Ambiguous { .. } => "account.ambiguous",
            StorageError::SecretMissing { .. } => "account.secret_missing",
            StorageError::SecretDamaged { .. } => "account.secret_damaged",
            StorageError::RollbackFailed { .. } => "storage.rollback_failed",
            StorageError::IdTaken => "storage.id_taken",
            StorageError::CounterExhausted { .. } => "account.counter_exhausted",
            StorageError::Name(e) => e.code(),
            StorageError::Tag { .. } => "account.tag_invalid",
            StorageError::IconUnknown { .. } => "account.icon_unknown",
            StorageError::IconImage(_) => "account.icon_image_refused",
            StorageError::Note { .. } => "account.note_invalid",
            StorageError::ServerExists { .. } => "server.exists",
            StorageError::ServerNotFound { .. } => "server.not_found",
            StorageError::TokenMissing { .. } => "server.token_missing",
        }
    }
    fn text(&self) -> String {
        self.message().text()
    }
}

impl Coded for IdentityError {
    fn code(&self) -> &'static str {
        IdentityError::code(self)
    }
    fn text(&self) -> String {
        self.message().text()
    }
}

impl Coded for VaultError {
    fn code(&self) -> &'static str {
        match self {
            VaultError::Damaged { .. } => "vault.damaged",
            VaultError::NewerVersion { .. } => "vault.newer_version",
            VaultError::KeyMissing => "vault.key_missing",
            VaultError::Keychain(e) => e.code(),
            VaultError::Io { .. } => "vault.io",
            VaultError::VerifyFailed { .. } => "vault.verify_failed",
            VaultError::AppLocked => "app.locked",
            VaultError::LockOff => "lock.off",
            VaultError::WrongPassword => "lock.wrong_password",
            VaultError::Agent(e) => e.code(),
            VaultError::NoCodes { .. } => "recovery.none",
            VaultError::UnknownCode { .. } => "recovery.unknown_code",
            VaultError::AllUsed { .. } => "recovery.all_used",
        }
    }
    fn text(&self) -> String {
        self.message().text()
    }
}

impl Coded for crate::backups::BackupError {
    fn code(&self) -> &'static str {
        use crate::backups::BackupError as B;
        match self {
            B::NotConfigured => "backup.not_configured",
            B::BadConfig { .. } => "backup.bad_config",
            B::KeyMissing => "backup.key_missing",
            B::Keychain(e) => e.code(),
            B::Storage(e) => e.code(),
            B::Io { .. } => "backup.io",
            B::Unverified { .. } => "backup.unverified",
            B::Keep(_) => "backup.keep",
        }
    }
    fn text(&self) -> String {
        self.message().text()
    }
}

impl Coded for crate::agent::AgentError {
    fn code(&self) -> &'static str {
        use crate::agent::AgentError as A;
        match self {
            A::Io { .. } => "agent.io",
            A::Protocol => "agent.protocol",
            A::NotStarted { .. } => "agent.not_started",
        }
    }
    fn text(&self) -> String {
        self.message().text()
    }
}

impl Coded for ImportError {
    fn code(&self) -> &'static str {
        match self {
            ImportError::TooLarge { .. } => "import.too_large",
            ImportError::UnknownFormat => "import.unknown_format",
            ImportError::NeedsPassword { .. } => "import.needs_password",
            ImportError::WrongPassword { .. } => "import.wrong_password",
            ImportError::Malformed { .. } => "import.malformed",
            ImportError::Damaged { .. } => "import.damaged",
            ImportError::Unsupported { .. } => "import.unsupported",
            ImportError::Empty { .. } => "import.empty",
            ImportError::Qr(e) => e.code(),
        }
    }
    fn text(&self) -> String {
        self.message().text()
    }
}

impl Coded for QrError {
    fn code(&self) -> &'static str {
        match self {
            QrError::FileTooLarge { .. } | QrError::ImageTooLarge { .. } => "qr.too_large",
            QrError::NotAnImage { .. } => "qr.not_an_image",
            QrError::NoQrCode => "qr.none",
            _ => "qr.unreadable",
        }
    }
    fn text(&self) -> String {
        self.message().text()
    }
}

impl Coded for ApplyError {
    fn code(&self) -> &'static str {
        match self {
            ApplyError::Storage(e) => e.code(),
        }
    }
    fn text(&self) -> String {
        self.message().text()
    }
}

impl Coded for ExportError {
    fn code(&self) -> &'static str {
        match self {
            ExportError::Storage(e) => e.code(),
            ExportError::Vault(e) => e.code(),
            ExportError::Nothing => "export.nothing",
            ExportError::NeedsPassword { .. } => "export.needs_password",
            ExportError::Write { .. } => "export.io",
            ExportError::Encode { .. } => "export.failed",
        }
    }
    fn text(&self) -> String {
        self.message().text()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_carry_the_code_and_the_human_message() {
        let r = KeychainError::Locked.report();
        assert_eq!(r.code, "keychain.locked");
        assert!(r.message.contains("unlock"));
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["code"], "keychain.locked");
        let u = crate::otpauth::parse("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=12")
            .unwrap_err()
            .report();
        assert_eq!(u.code, "uri.digits");
    }
}
