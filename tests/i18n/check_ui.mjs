// Checks the window's Fluent catalogues (src-tauri/i18n/locales/*/ui.ftl) against each
// other and against the window (ui/index.html, ui/*.js):
// - every language has exactly the ids of en/ui.ftl, and each message the same $variables;
// - every message is well formed for the window's runtime (text, { $var }, and selects
//   on a variable with a * default; no terms, attributes, functions or nested selects);
// - every id the window uses (t("…"), data-i18n, data-i18n-attr) is in en/ui.ftl, and
//   every id of en/ui.ftl is used (by t("…"), the HTML, or a quoted id in a JS table).
// Run: node tests/i18n/check_ui.mjs   (no dependencies; exits 1 on any problem)
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const localesDir = join(root, "src-tauri", "i18n", "locales");
const uiDir = join(root, "ui");
const LANGS = ["en", "pt-BR", "es", "de", "fr"];
const problems = [];
const problem = (msg) => problems.push(msg);

// A line-based reader: `id = value` at column 0, continuation lines indented, `#`
// comments and blank lines between messages.
function parse(file) {
  const text = readFileSync(file, "utf8");
  const messages = new Map();
  let current = null;
  text.split("\n").forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    if (line.trim() === "") { return; }
    if (line.startsWith("#")) { current = null; return; }
    if (/^\s/.test(line)) {
      if (!current) problem(`${where}: an indented line outside a message`);
      else current.lines.push(line.trim());
      return;
    }
    const m = /^([a-z][a-z0-9]*(?:-[a-z0-9]+)*) =(?: (.*))?$/.exec(line);
    if (!m) { problem(`${where}: not "kebab-case-id = value": ${line}`); current = null; return; }
    if (messages.has(m[1])) problem(`${where}: ${m[1]} defined twice`);
    current = { id: m[1], where, lines: m[2] ? [m[2]] : [] };
    messages.set(m[1], current);
  });
  for (const msg of messages.values()) {
    msg.value = msg.lines.join("\n");
    checkSyntax(msg);
    msg.vars = [...new Set([...msg.value.matchAll(/\{\s*\$([a-zA-Z][\w-]*)/g)].map((x) => x[1]))].sort();
  }
  return messages;
}

// What the runtime supports: plain text, { $var }, and
// { $var -> [key] variant … *[key] variant } with keys one/two/few/many/other/zero or a
// number, whose variants hold text and { $var } only.
const KEYS = /^(zero|one|two|few|many|other|\d+)$/;
function checkSyntax(msg) {
  const v = msg.value;
  if (!v) { problem(`${msg.where}: ${msg.id} has no value`); return; }
  if (/\{\s*-/.test(v)) problem(`${msg.where}: ${msg.id} uses a term`);
  if (/\{\s*[A-Z]+\(/.test(v)) problem(`${msg.where}: ${msg.id} uses a function`);
  if (msg.lines.some((l) => l.startsWith("."))) problem(`${msg.where}: ${msg.id} has an attribute`);
  // Walk the braces.
  let depth = 0, selects = 0;
  for (let i = 0; i < v.length; i++) {
    if (v[i] === "{") {
      depth++;
      const close = v.indexOf("}", i);
      const inner = v.slice(i + 1, close === -1 ? v.length : close);
      const sel = /^\s*\$[a-zA-Z][\w-]*\s*->/.test(v.slice(i + 1));
      if (sel) {
        selects++;
        if (depth > 1) problem(`${msg.where}: ${msg.id} has a nested select`);
      } else if (!/^\s*\$[a-zA-Z][\w-]*\s*$/.test(inner)) {
        problem(`${msg.where}: ${msg.id}: a placeable that is not { $var }: {${inner}}`);
      }
    } else if (v[i] === "}") {
      depth--;
      if (depth < 0) { problem(`${msg.where}: ${msg.id}: an unmatched }`); depth = 0; }
    }
  }
  if (depth !== 0) problem(`${msg.where}: ${msg.id}: an unclosed {`);
  if (selects) {
    if (selects > 1) problem(`${msg.where}: ${msg.id} has ${selects} selects (one per message)`);
    const keys = msg.lines.map((l) => /^(\*?)\[([^\]]*)\]/.exec(l)).filter(Boolean);
    const defaults = keys.filter((k) => k[1] === "*").length;
    if (defaults !== 1) problem(`${msg.where}: ${msg.id}: a select needs exactly one *[default]`);
    for (const k of keys) if (!KEYS.test(k[2])) problem(`${msg.where}: ${msg.id}: select key [${k[2]}]`);
  }
}

const catalogues = {};
for (const lang of LANGS) catalogues[lang] = parse(join(localesDir, lang, "ui.ftl"));
const extra = readdirSync(localesDir).filter((d) => !LANGS.includes(d));
if (extra.length) problem(`locales not checked here: ${extra.join(", ")}`);

// Same ids, same variables.
const en = catalogues.en;
for (const lang of LANGS.slice(1)) {
  const cat = catalogues[lang];
  for (const id of en.keys()) if (!cat.has(id)) problem(`${lang}: missing ${id}`);
  for (const [id, msg] of cat) {
    if (!en.has(id)) { problem(`${msg.where}: ${id} is not in en`); continue; }
    const a = en.get(id).vars.join(","), b = msg.vars.join(",");
    if (a !== b) problem(`${msg.where}: ${id} has variables [${b}], en has [${a}]`);
  }
}

// The ids the window uses.
const used = new Map(); // id -> where
const strong = new Set(); // ids that must exist (t() calls and the HTML)
const html = readFileSync(join(uiDir, "index.html"), "utf8");
for (const m of html.matchAll(/data-i18n="([^"]*)"/g)) { used.set(m[1], "ui/index.html"); strong.add(m[1]); }
for (const m of html.matchAll(/data-i18n-attr="([^"]*)"/g)) {
  for (const pair of m[1].split(";")) {
    const [attr, id] = pair.split(":");
    if (!attr || !id) { problem(`ui/index.html: bad data-i18n-attr "${m[1]}"`); continue; }
    used.set(id, "ui/index.html"); strong.add(id);
  }
}
const quoted = new Set();
const calls = [];
// The keys of the argument object of a t("id", { … }) call whose id ends at `at`: [] when
// there is none, null when they cannot be told (a spread or a variable).
function argKeys(src, at) {
  let i = at;
  while (/\s/.test(src[i])) i++;
  if (src[i] === ")") return [];
  if (src[i] !== ",") return null;
  i++;
  while (/\s/.test(src[i])) i++;
  if (src[i] !== "{") return null;
  let depth = 0, start = i + 1, parts = [];
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === "{" || c === "(" || c === "[") depth++;
    else if (c === "}" || c === ")" || c === "]") { depth--; if (depth === 0) { parts.push(src.slice(start, i)); break; } }
    else if (c === "," && depth === 1) { parts.push(src.slice(start, i)); start = i + 1; }
    else if (c === '"' || c === "`") { const q = c; i++; while (src[i] !== q) { if (src[i] === "\\") i++; i++; } }
  }
  const keys = [];
  for (const part of parts.map((x) => x.trim()).filter(Boolean)) {
    if (part.startsWith("...")) return null;
    const k = /^([A-Za-z_$][\w$]*)\s*(:|$)/.exec(part);
    if (!k) return null;
    keys.push(k[1]);
  }
  return keys.sort();
}
for (const file of readdirSync(uiDir).filter((f) => f.endsWith(".js")).sort()) {
  const src = readFileSync(join(uiDir, file), "utf8");
  for (const m of src.matchAll(/\bt\(\s*"([^"]+)"/g)) { used.set(m[1], `ui/${file}`); strong.add(m[1]); }
  for (const m of src.matchAll(/\bt\(\s*"([^"]+)"/g)) calls.push({ id: m[1], file, keys: argKeys(src, m.index + m[0].length) });
  for (const m of src.matchAll(/"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)"/g)) quoted.add(m[1]);
}
for (const id of strong) if (!en.has(id)) problem(`${used.get(id)}: uses ${id}, not in en/ui.ftl`);
for (const c of calls) {
  const msg = en.get(c.id);
  if (!msg || c.keys === null) continue;
  if (c.keys.join(",") !== msg.vars.join(",")) {
    problem(`ui/${c.file}: t("${c.id}") is given {${c.keys.join(", ")}}, the message uses [${msg.vars.join(", ")}]`);
  }
}
for (const id of en.keys()) {
  if (!strong.has(id) && !quoted.has(id)) problem(`en/ui.ftl: ${id} is not used by the window`);
}

if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`ui.ftl: ${en.size} ids, ${LANGS.length} languages, all consistent and used`);
