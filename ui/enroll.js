// The enrollment wizard and the servers view. The token is typed into a password field
// and goes straight to Rust (and the keychain); it is never shown again.
import { call, el, openDialog, toast } from "./api.js";
import { refresh } from "./codes.js";
import { openRecovery } from "./recovery.js";
import { openQr } from "./qr.js";
import { sessionControls, setupSignIn } from "./signin.js";
import { lang, t } from "./i18n.js";

const dialog = document.getElementById("enroll-dialog");
const servers = document.getElementById("servers-dialog");
// The methods' names are message ids (ui.ftl), looked up when the list is filled.
const TYPES = {
  lerian: [["app", "enroll-method-app"], ["email", "enroll-method-email"], ["sms", "enroll-method-sms"]],
  flashback: [["GOOGLE_AUTH", "enroll-method-app"], ["MAGIC_LINK", "enroll-method-magic-link"], ["PASSKEY", "enroll-method-passkey"]],
  tenant: [["totp", "enroll-method-app"]],
};
const WHO = { lerian: "server-who-user-id", flashback: "server-who-email", tenant: "server-who-tenant" };

// Only Lerian profiles sign in (Auth plugin URL and username).
function showSignInFields(api) {
  document.getElementById("s-who-label").textContent = api === "lerian" ? t("server-who-lerian") : WHO[api] ? t(WHO[api]) : "";
  for (const e of document.querySelectorAll("#server-form .signs-in")) e.hidden = api !== "lerian";
}
let profiles = [];
let current = null; // {pending, account}
let editing = null; // the name of the profile the server form edits, or null to add one

async function loadServers() {
  profiles = await call("list_servers");
  const select = document.getElementById("enroll-server");
  select.replaceChildren(...profiles.map((p) => {
    const o = el("option", null, `${p.name} (${p.api})`);
    o.value = p.name;
    return o;
  }));
  document.getElementById("enroll-no-server").hidden = profiles.length !== 0;
  document.getElementById("enroll-start").disabled = profiles.length === 0;
  fillTypes();
}

function fillTypes() {
  const p = profiles.find((x) => x.name === document.getElementById("enroll-server").value);
  const types = p ? TYPES[p.api] : [];
  document.getElementById("enroll-type").replaceChildren(...types.map(([v, id]) => {
    const o = el("option", null, t(id));
    o.value = v;
    return o;
  }));
}

export async function openEnroll(resumeId) {
  document.getElementById("enroll-choose").hidden = Boolean(resumeId);
  document.getElementById("enroll-result").hidden = true;
  openDialog(dialog);
  try { await loadServers(); } catch (e) { showError(e); }
  if (resumeId) await run({ resume: resumeId });
}

function showError(e) {
  const box = document.getElementById("enroll-error");
  box.textContent = e.message;
  box.dataset.code = e.code;
  box.hidden = false;
  document.getElementById("enroll-result").hidden = false;
}

// "Server status: MFA enabled (methods)" and its variants.
function statusLine(s) {
  const methods = s.methods.join(", ");
  if (s.enabled) return s.methods.length ? t("enroll-status-enabled-methods", { methods }) : t("enroll-status-enabled");
  return s.methods.length ? t("enroll-status-disabled-methods", { methods }) : t("enroll-status-disabled");
}

function show(o) {
  document.getElementById("enroll-result").hidden = false;
  document.getElementById("enroll-steps").replaceChildren(...o.steps.map((s) => el("li", null, s)));
  const drift = document.getElementById("enroll-drift");
  drift.hidden = o.drift == null;
  if (o.drift != null) drift.textContent = t(o.drift > 0 ? "enroll-drift-behind" : "enroll-drift-ahead", { seconds: Math.abs(o.drift) });
  const note = document.getElementById("enroll-note");
  note.hidden = !o.note;
  note.textContent = o.note || "";
  document.getElementById("enroll-passcode-box").hidden = !o.needs_passcode;
  const box = document.getElementById("enroll-error");
  box.hidden = !o.error || o.needs_passcode;
  if (o.error) { box.textContent = o.error.message; box.dataset.code = o.error.code; }
  const st = document.getElementById("enroll-status");
  st.textContent = o.status ? statusLine(o.status) : (o.finished ? t("enroll-done") : "");
  st.dataset.enabled = o.status ? String(o.status.enabled) : "";
  if (o.account) current = { ...current, account: o.account };
  current = { ...current, pending: o.pending };
  document.getElementById("enroll-show-codes").hidden = !(o.codes > 0 && current.account);
  document.getElementById("enroll-show-qr").hidden = !current.account;
  document.getElementById("enroll-retry").hidden = !(o.pending && !o.needs_passcode);
  if (o.needs_passcode) document.getElementById("enroll-passcode").focus();
}

async function run({ resume, passcode } = {}) {
  document.getElementById("enroll-error").hidden = true;
  document.getElementById("enroll-start").disabled = true;
  try {
    const o = resume
      ? await call("enroll_resume", { id: resume, passcode: passcode || null })
      : await call("enroll_start", {
          server: document.getElementById("enroll-server").value,
          mfaType: document.getElementById("enroll-type").value,
          passcode: null,
        });
    document.getElementById("enroll-choose").hidden = true;
    show(o);
  } catch (e) {
    showError(e);
  } finally {
    document.getElementById("enroll-start").disabled = profiles.length === 0;
    await refresh();
    await loadPending();
  }
}

export async function loadPending() {
  const section = document.getElementById("pending");
  let list = [];
  try { list = await call("list_pending"); } catch (e) { list = []; }
  section.hidden = list.length === 0;
  section.replaceChildren(...list.map((p) => {
    const d = el("div", "pending-item");
    d.dataset.id = p.id;
    d.append(el("span", null, t("pending-unfinished", { server: p.server, method: p.mfa_type, step: p.step })));
    const resume = el("button", "primary", t("pending-resume"));
    resume.setAttribute("aria-label", t("pending-resume-label", { server: p.server }));
    resume.addEventListener("click", () => { current = { pending: p.id }; openEnroll(p.id); });
    const discard = el("button", null, t("pending-discard"));
    discard.setAttribute("aria-label", t("pending-discard-label", { server: p.server }));
    discard.addEventListener("click", async () => {
      try {
        const removed = await call("enroll_discard", { id: p.id });
        toast(removed.length ? t("pending-discarded-removed", { names: new Intl.ListFormat(lang(), { type: "conjunction" }).format(removed) }) : t("pending-discarded"));
      } catch (e) { toast(e.message); }
      await refresh();
      await loadPending();
    });
    d.append(resume, discard);
    return d;
  }));
}

async function loadServerList() {
  const ul = document.getElementById("servers-list");
  try { profiles = await call("list_servers"); } catch (e) { profiles = []; }
  ul.replaceChildren(...profiles.map((p) => {
    const li = el("li", "server");
    li.dataset.name = p.name;
    li.append(el("strong", null, p.name), el("span", "muted", ` ${p.api} · ${p.url} · ${p.who}`));
    const st = el("span", "server-status", t("servers-checking"));
    li.append(st);
    if (p.login) li.append(...sessionControls(p, loadServerList));
    if (p.login && !p.session) {
      st.textContent = t("servers-sign-in-for-status");
    } else {
      call("server_status", { name: p.name })
        .then((s) => { st.textContent = s.enabled ? t("servers-mfa-enabled", { methods: s.methods.join(", ") }) : t("servers-mfa-disabled"); })
        .catch((e) => { st.textContent = e.message; st.classList.add("warn"); });
    }
    const edit = el("button", null, t("servers-edit"));
    edit.setAttribute("aria-label", t("servers-edit-label", { name: p.name }));
    edit.addEventListener("click", () => startEdit(p));
    li.append(edit);
    const rm = el("button", null, t("servers-remove"));
    rm.setAttribute("aria-label", t("servers-remove-label", { name: p.name }));
    rm.addEventListener("click", async () => {
      if (!confirm(t("servers-remove-confirm", { name: p.name }))) return;
      try { await call("remove_server", { name: p.name }); } catch (e) { toast(e.message); }
      if (editing === p.name) stopEdit();
      loadServerList();
    });
    li.append(rm);
    return li;
  }));
}

export function openServers() {
  if (editing) stopEdit();
  // The rows of an earlier opening go at once: none can be clicked while the list reloads.
  document.getElementById("servers-list").replaceChildren();
  openDialog(servers);
  loadServerList();
}

// The server form edits profile `p`: its name and API stay, an empty token keeps the
// stored one.
function startEdit(p) {
  const f = document.getElementById("server-form");
  editing = p.name;
  f.name.value = p.name;
  f.name.readOnly = true;
  f.api.value = p.api;
  f.api.disabled = true;
  showSignInFields(p.api);
  f.url.value = p.url;
  f.who.value = p.who;
  f.authUrl.value = p.auth_url || "";
  f.login.value = p.login || "";
  f.token.value = "";
  f.token.placeholder = t("server-token-keep-placeholder");
  document.getElementById("server-form-title").textContent = t("servers-edit-label", { name: p.name });
  document.getElementById("server-submit").textContent = t("save-changes");
  document.getElementById("server-cancel").hidden = false;
  document.getElementById("server-error").textContent = "";
  f.url.focus();
}

function stopEdit() {
  const f = document.getElementById("server-form");
  editing = null;
  f.reset();
  f.name.readOnly = false;
  f.api.disabled = false;
  f.token.placeholder = "";
  showSignInFields(f.api.value);
  document.getElementById("server-form-title").textContent = t("server-form-title");
  document.getElementById("server-submit").textContent = t("server-save");
  document.getElementById("server-cancel").hidden = true;
  document.getElementById("server-error").textContent = "";
}

async function saveServer(ev) {
  ev.preventDefault();
  const f = document.getElementById("server-form");
  const error = document.getElementById("server-error");
  error.textContent = "";
  const lerian = f.api.value === "lerian";
  const signsIn = lerian && (f.authUrl.value.trim() !== "" || f.login.value.trim() !== "");
  const form = {
    name: f.name.value, api: f.api.value, url: f.url.value, who: f.who.value, token: f.token.value,
    auth_url: lerian ? f.authUrl.value : "", login: lerian ? f.login.value : "",
  };
  try {
    if (editing) {
      await call("edit_server", { form });
      toast(signsIn ? t("server-changed") : form.token.trim() ? t("server-changed-new-token") : t("server-changed-token-kept"));
    } else {
      await call("add_server", { form });
      toast(signsIn ? t("server-saved-sign-in") : t("server-saved-token"));
    }
    stopEdit();
    loadServerList();
  } catch (e) {
    error.textContent = e.message;
    error.dataset.code = e.code;
  }
}

export function setupEnroll() {
  document.getElementById("enroll-server").addEventListener("change", fillTypes);
  document.getElementById("enroll-start").addEventListener("click", () => { current = {}; run(); });
  document.getElementById("enroll-continue").addEventListener("click", () => {
    const code = document.getElementById("enroll-passcode");
    run({ resume: current.pending, passcode: code.value.trim() });
    code.value = "";
  });
  document.getElementById("enroll-retry").addEventListener("click", () => run({ resume: current.pending }));
  document.getElementById("enroll-show-codes").addEventListener("click", () => openRecovery(current.account[1], current.account[0]));
  document.getElementById("enroll-show-qr").addEventListener("click", () => openQr(current.account[1], current.account[0]));
  document.getElementById("server-form").addEventListener("submit", saveServer);
  document.getElementById("server-cancel").addEventListener("click", stopEdit);
  document.getElementById("s-api").addEventListener("change", (e) => showSignInFields(e.target.value));
  showSignInFields(document.getElementById("s-api").value);
  setupSignIn();
}
