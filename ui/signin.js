// Signing in to a server profile from the Servers dialog: the session line and the Sign
// in / Sign out button of a profile's row, and the sign-in panel (password, how to answer
// a second factor, and the passcode step when the server sends one by email or SMS).
// The password goes to Rust for one request and the field is cleared at once.
import { call, el, toast } from "./api.js";
import { lang, t } from "./i18n.js";

const panel = document.getElementById("signin-panel");
const error = document.getElementById("signin-error");
const note = document.getElementById("servers-note");
let target = null; // the profile being signed in to
let waiting = false; // the server sent a passcode: the next submit answers with it
let reloadList = () => {};

function who(w) {
  if (w.name && w.email) return `${w.name} <${w.email}>`;
  return w.name || w.email || w.username || w.user;
}

function until(unix) {
  return new Date(unix * 1000).toLocaleTimeString(lang(), { hour: "2-digit", minute: "2-digit" });
}

// The session line and the button of a profile that signs in.
export function sessionControls(p, reload) {
  const s = p.session;
  const line = el("span", "server-session", s
    ? t("session-signed-in", { who: who(s.who), until: until(s.expires_at) })
    : t("session-signed-out", { login: p.login }));
  const button = el("button", null, s ? t("session-sign-out") : t("session-sign-in"));
  button.setAttribute("aria-label", s ? t("session-sign-out-label", { name: p.name }) : t("session-sign-in-label", { name: p.name }));
  button.addEventListener("click", async () => {
    if (!s) return openSignIn(p, reload);
    try { note.textContent = await call("sign_out", { server: p.name }); } catch (e) { toast(e.message); }
    reload();
  });
  return [line, button];
}

function passcodeStep(on) {
  waiting = on;
  for (const id of ["signin-passcode"]) {
    document.getElementById(id).hidden = !on;
    document.querySelector(`label[for=${id}]`).hidden = !on;
  }
  for (const id of ["signin-password", "signin-method", "signin-remember"]) {
    document.getElementById(id).disabled = on;
  }
  document.getElementById("signin-submit").textContent = on ? t("continue") : t("signin-submit");
}

function openSignIn(p, reload) {
  target = p.name;
  reloadList = reload;
  passcodeStep(false);
  error.textContent = "";
  document.getElementById("signin-title").textContent = t("signin-title-for", { name: p.name });
  document.getElementById("signin-login").textContent = p.login;
  panel.hidden = false;
  document.getElementById("signin-password").focus();
}

function closeSignIn() {
  panel.hidden = true;
  target = null;
  passcodeStep(false);
  document.getElementById("signin-password").value = "";
  document.getElementById("signin-passcode").value = "";
}

function describe(done) {
  const a = done.answered;
  const parts = [];
  if (a && a.kind === "app_code") {
    parts.push(a.retried ? t("signin-answered-app-retried", { account: a.account }) : t("signin-answered-app", { account: a.account }));
  } else if (a && a.kind === "recovery") {
    parts.push(t("signin-answered-recovery", { account: a.account, left: a.left, total: a.total }));
    if (a.left <= 2) parts.push(t("signin-recovery-low"));
  } else if (a && a.kind === "passcode") {
    parts.push(t("signin-answered-passcode", { via: a.via }));
  }
  parts.push(t("signin-done", { server: done.server, who: who(done.session.who) }));
  return parts.join(" ");
}

async function submit(ev) {
  ev.preventDefault();
  error.textContent = "";
  const server = target;
  const button = document.getElementById("signin-submit");
  button.disabled = true;
  try {
    let outcome;
    if (waiting) {
      const field = document.getElementById("signin-passcode");
      const passcode = field.value.trim();
      field.value = "";
      outcome = await call("sign_in_passcode", { server, passcode });
    } else {
      const field = document.getElementById("signin-password");
      const form = {
        server,
        password: field.value,
        method: document.getElementById("signin-method").value,
        remember_device: document.getElementById("signin-remember").checked,
      };
      field.value = "";
      outcome = await call("sign_in", { form });
    }
    if (outcome.needs_passcode) {
      passcodeStep(true);
      note.textContent = t("signin-passcode-sent", { via: outcome.needs_passcode });
      document.getElementById("signin-passcode").focus();
    } else {
      note.textContent = describe(outcome.signed_in);
      closeSignIn();
      reloadList();
    }
  } catch (e) {
    error.textContent = e.message;
    error.dataset.code = e.code;
    if (waiting && e.code !== "signin.passcode_rejected") passcodeStep(false);
  } finally {
    button.disabled = false;
  }
}

export function setupSignIn() {
  document.getElementById("signin-form").addEventListener("submit", submit);
  document.getElementById("signin-cancel").addEventListener("click", closeSignIn);
}
