// The window's words in the user's language. Rust hands over the catalogue once
// (`ui_messages`: the language and each message of src-tauri/i18n/locales/<lang>/ui.ftl
// as a small tree), and this evaluates it: text, variables (numbers formatted for the
// locale) and selections by plural category (Intl.PluralRules) or exact number.
// translateDom() fills the elements marked data-i18n (their text) and data-i18n-attr
// ("aria-label:id;title:id").
import { call } from "./api.js";

let language = "en";
let messages = {};
let plurals = new Intl.PluralRules("en");
let numbers = new Intl.NumberFormat("en");

// The language in use (a BCP 47 tag, for Intl formatting).
export function lang() {
  return language;
}

function value(v) {
  return typeof v === "number" ? numbers.format(v) : v == null ? "" : String(v);
}

function render(parts, args) {
  let out = "";
  for (const p of parts) {
    if (typeof p === "string") out += p;
    else if (typeof p === "number") out += numbers.format(p);
    else if ("var" in p) out += value(args[p.var]);
    else if ("select" in p) {
      const v = args[p.select];
      let key = p.default;
      if (v != null && String(v) in p.variants) key = String(v);
      else if (typeof v === "number" && plurals.select(v) in p.variants) key = plurals.select(v);
      else if (typeof v === "string" && v in p.variants) key = v;
      out += render(p.variants[key] || [], args);
    }
  }
  return out;
}

// Message `id` with `args`; the id itself when the catalogue lacks it.
export function t(id, args = {}) {
  const m = messages[id];
  return m ? render(m, args) : id;
}

// Fills data-i18n (text) and data-i18n-attr (attributes) under `root`.
export function translateDom(root = document) {
  for (const el of root.querySelectorAll("[data-i18n]")) {
    const text = t(el.dataset.i18n);
    if (el.textContent !== text) el.textContent = text;
  }
  for (const el of root.querySelectorAll("[data-i18n-attr]")) {
    for (const pair of el.dataset.i18nAttr.split(";")) {
      const [attr, id] = pair.split(":").map((s) => s.trim());
      if (attr && id) el.setAttribute(attr, t(id));
    }
  }
}

// Loads the catalogue and translates the page. Run once, below, before any module that
// imports this one runs (a top-level await: their setup code already calls t()).
async function loadMessages() {
  try {
    const c = await call("ui_messages");
    language = c.lang;
    messages = c.messages;
    plurals = new Intl.PluralRules(language);
    numbers = new Intl.NumberFormat(language);
    document.documentElement.lang = language;
  } catch {
    // No catalogue: the page's own English stays.
  }
  translateDom();
}

await loadMessages();
