// The enrollment wizard and the servers view. The token is typed into a password field
// and goes straight to Rust (and the keychain); it is never shown again.
import { call, el, openDialog, toast } from "./api.js";
import { refresh } from "./codes.js";
import { openRecovery } from "./recovery.js";
import { openQr } from "./qr.js";
import { sessionControls, setupSignIn } from "./signin.js";

const dialog = document.getElementById("enroll-dialog");
const servers = document.getElementById("servers-dialog");
const TYPES = {
  lerian: [["app", "Authenticator app (this computer)"], ["email", "Email passcode"], ["sms", "SMS passcode"]],
  flashback: [["GOOGLE_AUTH", "Authenticator app (this computer)"], ["MAGIC_LINK", "Magic link"], ["PASSKEY", "Passkey (in the browser)"]],
  tenant: [["totp", "Authenticator app (this computer)"]],
};
const WHO = { lerian: "User id", flashback: "Email", tenant: "Tenant id" };

// Only Lerian profiles sign in (Auth plugin URL and username).
function showSignInFields(api) {
  document.getElementById("s-who-label").textContent = api === "lerian" ? "User id (or sign in)" : WHO[api];
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
  document.getElementById("enroll-type").replaceChildren(...types.map(([v, t]) => {
    const o = el("option", null, t);
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

function show(o) {
  document.getElementById("enroll-result").hidden = false;
  document.getElementById("enroll-steps").replaceChildren(...o.steps.map((s) => el("li", null, s)));
  const drift = document.getElementById("enroll-drift");
  drift.hidden = o.drift == null;
  if (o.drift != null) drift.textContent = `This computer's clock is ${Math.abs(o.drift)} s ${o.drift > 0 ? "behind" : "ahead of"} the server's: the passcode used the server's time. Fix the clock so codes work elsewhere.`;
  const note = document.getElementById("enroll-note");
  note.hidden = !o.note;
  note.textContent = o.note || "";
  document.getElementById("enroll-passcode-box").hidden = !o.needs_passcode;
  const box = document.getElementById("enroll-error");
  box.hidden = !o.error || o.needs_passcode;
  if (o.error) { box.textContent = o.error.message; box.dataset.code = o.error.code; }
  const st = document.getElementById("enroll-status");
  st.textContent = o.status ? `Server status: MFA ${o.status.enabled ? "enabled" : "not enabled"}${o.status.methods.length ? ` (${o.status.methods.join(", ")})` : ""}` : (o.finished ? "Done." : "");
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
    d.append(el("span", null, `Enrollment with ${p.server} (${p.mfa_type}) is unfinished: ${p.step}.`));
    const resume = el("button", "primary", "Resume");
    resume.setAttribute("aria-label", `Resume enrollment with ${p.server}`);
    resume.addEventListener("click", () => { current = { pending: p.id }; openEnroll(p.id); });
    const discard = el("button", null, "Discard");
    discard.setAttribute("aria-label", `Discard enrollment with ${p.server}`);
    discard.addEventListener("click", async () => {
      try {
        const removed = await call("enroll_discard", { id: p.id });
        toast(removed.length ? `Discarded; removed ${removed.join(" and ")}` : "Discarded");
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
    const st = el("span", "server-status", "checking…");
    li.append(st);
    if (p.login) li.append(...sessionControls(p, loadServerList));
    if (p.login && !p.session) {
      st.textContent = "Sign in to read the server's MFA status";
    } else {
      call("server_status", { name: p.name })
        .then((s) => { st.textContent = s.enabled ? `MFA enabled (${s.methods.join(", ")})` : "MFA not enabled"; })
        .catch((e) => { st.textContent = e.message; st.classList.add("warn"); });
    }
    const edit = el("button", null, "Edit");
    edit.setAttribute("aria-label", `Edit server ${p.name}`);
    edit.addEventListener("click", () => startEdit(p));
    li.append(edit);
    const rm = el("button", null, "Remove");
    rm.setAttribute("aria-label", `Remove server ${p.name}`);
    rm.addEventListener("click", async () => {
      if (!confirm(`Remove the server profile ${p.name} and its token?`)) return;
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
  f.token.placeholder = "Leave empty to keep the stored token";
  document.getElementById("server-form-title").textContent = `Edit server ${p.name}`;
  document.getElementById("server-submit").textContent = "Save changes";
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
  document.getElementById("server-form-title").textContent = "Add a server";
  document.getElementById("server-submit").textContent = "Save server";
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
      toast(signsIn ? "Server changed" : form.token.trim() ? "Server changed; its new token is in the keychain" : "Server changed; its token is kept");
    } else {
      await call("add_server", { form });
      toast(signsIn ? "Server saved; sign in from its row" : "Server saved; its token is in the keychain");
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
