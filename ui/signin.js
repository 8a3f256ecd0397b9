// Signing in to a server profile from the Servers dialog: the session line and the Sign
// in / Sign out button of a profile's row, and the sign-in panel (password, how to answer
// a second factor, and the passcode step when the server sends one by email or SMS).
// The password goes to Rust for one request and the field is cleared at once.
import { call, el, toast } from "./api.js";

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
  return new Date(unix * 1000).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

// The session line and the button of a profile that signs in.
export function sessionControls(p, reload) {
  const s = p.session;
  const line = el("span", "server-session", s
    ? `Signed in as ${who(s.who)} · token renewed as needed (current until ${until(s.expires_at)})`
    : `Signed out · username ${p.login}`);
  const button = el("button", null, s ? "Sign out" : "Sign in");
  button.setAttribute("aria-label", `${s ? "Sign out of" : "Sign in to"} server ${p.name}`);
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
  document.getElementById("signin-submit").textContent = on ? "Continue" : "Sign in";
}

function openSignIn(p, reload) {
  target = p.name;
  reloadList = reload;
  passcodeStep(false);
  error.textContent = "";
  document.getElementById("signin-title").textContent = `Sign in to ${p.name}`;
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
    parts.push(`Answered the second factor with your code for ${a.account}${a.retried ? " (the next code, at a step boundary)" : ""}.`);
  } else if (a && a.kind === "recovery") {
    parts.push(`Spent a recovery code of ${a.account}: ${a.left} of ${a.total} left.`);
    if (a.left <= 2) parts.push("Few recovery codes are left: get new ones from the server.");
  } else if (a && a.kind === "passcode") {
    parts.push(`Answered with the passcode sent by ${a.via}.`);
  }
  parts.push(`Signed in to ${done.server} as ${who(done.session.who)}.`);
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
      note.textContent = `The server sent a passcode by ${outcome.needs_passcode}: type it below.`;
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
