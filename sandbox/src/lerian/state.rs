//! One Lerian user's MFA state (methods, secrets, recovery codes) and the small read and
//! spend accessors the Auth plugin's login needs.

use std::collections::BTreeMap;

use super::TYPES;

/// One user's MFA state.
#[derive(Default)]
pub struct UserMfa {
    pub(super) methods: BTreeMap<String, Method>,
    pub(super) preferred: Option<String>,
}

pub(super) struct Method {
    pub(super) secret: String,
    /// Recovery codes issued by setup and not yet spent.
    pub(super) recovery: Vec<String>,
    /// How many of this method's recovery codes were spent (enable, login).
    pub(super) spent: usize,
    pub(super) verified: bool,
    pub(super) enabled: bool,
}

impl UserMfa {
    /// The enabled methods, in the order `app`, `email`, `sms`.
    pub fn enabled_methods(&self) -> Vec<String> {
        TYPES
            .iter()
            .filter(|t| self.methods.get(**t).is_some_and(|m| m.enabled))
            .map(|t| (*t).to_owned())
            .collect()
    }

    /// The secret of method `t` if that method is enabled.
    pub fn enabled_secret(&self, t: &str) -> Option<&str> {
        self.methods
            .get(t)
            .filter(|m| m.enabled)
            .map(|m| m.secret.as_str())
    }

    /// Spends `code` if it is an unspent recovery code of any of the user's methods;
    /// whether it was.
    pub fn spend_recovery(&mut self, code: &str) -> bool {
        for m in self.methods.values_mut() {
            if let Some(pos) = m.recovery.iter().position(|c| c == code) {
                m.recovery.remove(pos);
                m.spent += 1;
                return true;
            }
        }
        false
    }

    /// How many recovery codes are still unspent, and how many were spent.
    pub fn recovery_counts(&self) -> (usize, usize) {
        self.methods
            .values()
            .fold((0, 0), |(u, s), m| (u + m.recovery.len(), s + m.spent))
    }
}
