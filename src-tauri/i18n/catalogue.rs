//! The window's catalogue as data: each `ui.ftl` message turned into a small tree that
//! `ui/i18n.js` evaluates (text, variables, and selections on a variable by plural
//! category or exact number), so the page formats with the same catalogue the Rust side
//! reads, parsed once by `fluent-syntax`. Anything else Fluent allows (terms,
//! attributes, functions) is not used by the catalogues and becomes its source text.

use std::collections::BTreeMap;

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use serde::Serialize;
use serde_json::{json, Value};

/// What the window loads at start.
#[derive(Debug, Clone, Serialize)]
pub struct UiCatalogue {
    /// The BCP 47 tag (for `lang=` and `Intl`).
    pub lang: &'static str,
    /// Message id → its tree: a list of parts, each a string, `{"var": NAME}` or
    /// `{"select": NAME, "variants": {KEY: parts}, "default": KEY}`.
    pub messages: BTreeMap<String, Value>,
}

fn inline(e: &InlineExpression<&str>) -> Value {
    match e {
        InlineExpression::VariableReference { id } => json!({ "var": id.name }),
        InlineExpression::StringLiteral { value } => json!(value),
        InlineExpression::NumberLiteral { value } => json!(value),
        other => json!(format!("{other:?}")),
    }
}

fn pattern(p: &Pattern<&str>) -> Value {
    let mut parts: Vec<Value> = Vec::new();
    for element in &p.elements {
        match element {
            PatternElement::TextElement { value } => parts.push(json!(value)),
            PatternElement::Placeable { expression } => parts.push(match expression {
                Expression::Inline(e) => inline(e),
                Expression::Select { selector, variants } => {
                    let name = match selector {
                        InlineExpression::VariableReference { id } => id.name,
                        _ => "",
                    };
                    let mut keyed = serde_json::Map::new();
                    let mut default = String::new();
                    for v in variants {
                        let key = match &v.key {
                            VariantKey::Identifier { name } => (*name).to_string(),
                            VariantKey::NumberLiteral { value } => (*value).to_string(),
                        };
                        if v.default {
                            default.clone_from(&key);
                        }
                        keyed.insert(key, pattern(&v.value));
                    }
                    json!({ "select": name, "variants": keyed, "default": default })
                }
            }),
        }
    }
    Value::Array(parts)
}

/// The messages of a `ui.ftl` source, as trees.
pub fn messages(source: &str) -> BTreeMap<String, Value> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => m
                .value
                .as_ref()
                .map(|p| (m.id.name.to_string(), pattern(p))),
            _ => None,
        })
        .collect()
}

/// The window's catalogue in the language in use, English filling any gap.
pub fn ui() -> UiCatalogue {
    let lang = super::lang();
    let source = |lang: &str| {
        super::sources(lang)
            .iter()
            .find(|(part, _)| *part == "ui")
            .map(|(_, s)| *s)
            .unwrap_or("")
    };
    let mut all = messages(source("en"));
    if lang != "en" {
        all.extend(messages(source(lang)));
    }
    UiCatalogue {
        lang,
        messages: all,
    }
}
