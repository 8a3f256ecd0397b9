//! The desktop's search: GNOME Shell's `org.gnome.Shell.SearchProvider2` at
//! `/io/github/MfaCompanion/SearchProvider` and KDE's `org.kde.krunner1` at
//! `/io/github/MfaCompanion/KRunner`. Typed terms list the matching accounts (ids are
//! account ids); activating one copies its current code (same clipboard rules and
//! notification as the tray). A result's description is the account name, plus the
//! current code only when the user turned "show codes in the desktop search" on; never
//! a secret.

use std::collections::HashMap;
use std::sync::Arc;

use zbus::zvariant::OwnedValue;

use super::core::{display_name, off_runtime, Core};
use crate::account::Account;
use crate::copy::matching::{matching, relevance};
use crate::settings::Settings;

/// GNOME Shell's search provider object path.
pub const SEARCH_PATH: &str = "/io/github/MfaCompanion/SearchProvider";
/// KRunner's object path.
pub const KRUNNER_PATH: &str = "/io/github/MfaCompanion/KRunner";

/// At most this many results go back to the shell.
const MAX_RESULTS: usize = 20;

fn found(core: &Core, terms: &[String]) -> Vec<Account> {
    let all = core.accounts().unwrap_or_default();
    let tags = core.tags();
    matching(&all, &tags, terms)
        .into_iter()
        .take(MAX_RESULTS)
        .cloned()
        .collect()
}

/// The line under a result: the account name, and its code when the user wants codes
/// (`codes` holds them; see [`Core::shown_codes`]).
fn description(account: &Account, codes: &HashMap<String, String>) -> String {
    let mut text = if account.issuer.is_empty() {
        String::new()
    } else {
        account.account.clone()
    };
    if let Some(code) = codes.get(&account.id) {
        if !text.is_empty() {
            text.push_str(" · ");
        }
        text.push_str(code);
    }
    text
}

/// The codes to show beside `accounts`: none unless the user turned that on.
fn codes_for(core: &Core, accounts: &[&Account]) -> HashMap<String, String> {
    if Settings::load().search_show_codes {
        core.shown_codes(accounts.iter().map(|a| a.id.as_str()))
    } else {
        HashMap::new()
    }
}

fn value(text: String) -> OwnedValue {
    OwnedValue::from(zbus::zvariant::Str::from(text))
}

/// `org.gnome.Shell.SearchProvider2`.
pub struct GnomeSearch {
    /// the agent's state
    pub core: Arc<Core>,
}

#[zbus::interface(name = "org.gnome.Shell.SearchProvider2")]
impl GnomeSearch {
    fn get_initial_result_set(&self, terms: Vec<String>) -> Vec<String> {
        found(&self.core, &terms)
            .into_iter()
            .map(|a| a.id)
            .collect()
    }

    fn get_subsearch_result_set(
        &self,
        previous_results: Vec<String>,
        terms: Vec<String>,
    ) -> Vec<String> {
        found(&self.core, &terms)
            .into_iter()
            .map(|a| a.id)
            .filter(|id| previous_results.contains(id))
            .collect()
    }

    async fn get_result_metas(&self, identifiers: Vec<String>) -> Vec<HashMap<String, OwnedValue>> {
        let core = self.core.clone();
        off_runtime(move || metas(&core, &identifiers))
            .await
            .unwrap_or_default()
    }

    async fn activate_result(&self, identifier: String, _terms: Vec<String>, _timestamp: u32) {
        let core = self.core.clone();
        off_runtime(move || {
            if let Err(e) = core.copy(&identifier) {
                log::info!("search: nothing copied: {e}");
            }
        })
        .await;
    }

    async fn launch_search(&self, _terms: Vec<String>, _timestamp: u32) {
        let core = self.core.clone();
        off_runtime(move || {
            if let Err(e) = core.open_window(true) {
                log::info!("search: {e}");
            }
        })
        .await;
    }
}

fn metas(core: &Core, identifiers: &[String]) -> Vec<HashMap<String, OwnedValue>> {
    let all = core.accounts().unwrap_or_default();
    let asked: Vec<&Account> = identifiers
        .iter()
        .filter_map(|id| all.iter().find(|a| &a.id == id))
        .collect();
    let codes = codes_for(core, &asked);
    asked
        .into_iter()
        .map(|a| {
            HashMap::from([
                ("id".to_string(), value(a.id.clone())),
                ("name".to_string(), value(display_name(a))),
                ("description".to_string(), value(description(a, &codes))),
                ("gicon".to_string(), value(super::bus::NAME.to_string())),
            ])
        })
        .collect()
}

/// One KRunner match: id, text, icon, type, relevance, properties.
type KMatch = (
    String,
    String,
    String,
    i32,
    f64,
    HashMap<String, OwnedValue>,
);

/// KRunner's "possible match" type.
const POSSIBLE_MATCH: i32 = 30;
/// KRunner's "exact match" type.
const EXACT_MATCH: i32 = 100;

/// `org.kde.krunner1`.
pub struct KRunner {
    /// the agent's state
    pub core: Arc<Core>,
}

#[zbus::interface(name = "org.kde.krunner1")]
impl KRunner {
    fn actions(&self) -> Vec<(String, String, String)> {
        Vec::new()
    }

    #[zbus(name = "Match")]
    async fn find(&self, query: String) -> Vec<KMatch> {
        let core = self.core.clone();
        off_runtime(move || krunner_matches(&core, &query))
            .await
            .unwrap_or_default()
    }

    async fn run(&self, match_id: String, _action_id: String) {
        let core = self.core.clone();
        off_runtime(move || {
            if let Err(e) = core.copy(&match_id) {
                log::info!("krunner: nothing copied: {e}");
            }
        })
        .await;
    }

    fn teardown(&self) {}
}

fn krunner_matches(core: &Core, query: &str) -> Vec<KMatch> {
    let terms: Vec<String> = query.split_whitespace().map(String::from).collect();
    let found = found(core, &terms);
    let codes = codes_for(core, &found.iter().collect::<Vec<_>>());
    found
        .iter()
        .map(|a| {
            let score = relevance(a, &terms);
            let kind = if score >= 1.0 {
                EXACT_MATCH
            } else {
                POSSIBLE_MATCH
            };
            let props = HashMap::from([("subtext".to_string(), value(description(a, &codes)))]);
            (
                a.id.clone(),
                display_name(a),
                super::bus::NAME.to_string(),
                kind,
                score,
                props,
            )
        })
        .collect()
}
