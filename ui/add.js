// Adding an account: a pasted otpauth link, a QR image file (decoded in Rust), the QR
// codes on screen or in a pasted screenshot (ui/scan.js), or the form, with the core's
// typed errors shown beside the field at fault.
import { call, openDialog, toast } from "./api.js";
import { refresh } from "./codes.js";
import { t } from "./i18n.js";

const dialog = document.getElementById("add-dialog");
const tabs = ["uri", "qr", "scan", "manual"];

export function showTab(name) {
  for (const t of tabs) {
    document.getElementById(`tab-${t}`).setAttribute("aria-selected", String(t === name));
    document.getElementById(`panel-${t}`).hidden = t !== name;
  }
}

// The form shows only the fields its type uses: a counter for HOTP, a period otherwise;
// Steam codes are always SHA1 and five characters.
function fitKind() {
  const kind = document.getElementById("m-kind").value;
  const shown = { "m-algorithm": kind !== "steam", "m-digits": kind !== "steam", "m-period": kind !== "hotp", "m-counter": kind === "hotp" };
  for (const [id, on] of Object.entries(shown)) {
    const input = document.getElementById(id);
    for (const e of [document.querySelector(`label[for="${id}"]`), input, input.nextElementSibling]) e.hidden = !on;
  }
}

export function openAdd() {
  showTab("uri");
  fitKind();
  document.getElementById("add-uri-error").textContent = "";
  openDialog(dialog);
  document.getElementById("add-uri").focus();
}

export async function added(what) {
  dialog.close();
  await refresh();
  toast(t("add-done", { names: what }));
}

async function addUri() {
  const input = document.getElementById("add-uri");
  const error = document.getElementById("add-uri-error");
  error.textContent = "";
  input.removeAttribute("aria-invalid");
  try {
    const rows = await call("add_uri", { uri: input.value });
    input.value = "";
    await added(rows.map((r) => [r.issuer, r.account].filter(Boolean).join(":")).join(", "));
  } catch (e) {
    error.textContent = e.message;
    error.dataset.code = e.code;
    input.setAttribute("aria-invalid", "true");
  }
}

async function addQr(file) {
  const error = document.getElementById("add-qr-error");
  error.textContent = "";
  if (!file) return;
  if (file.size > 32 * 1024 * 1024) {
    error.textContent = t("add-qr-too-big");
    return;
  }
  try {
    const bytes = Array.from(new Uint8Array(await file.arrayBuffer()));
    const rows = await call("add_qr_image", { bytes });
    await added(rows.map((r) => [r.issuer, r.account].filter(Boolean).join(":")).join(", "));
  } catch (e) {
    error.textContent = e.message;
    error.dataset.code = e.code;
  }
}

async function addManual(ev) {
  ev.preventDefault();
  const f = document.getElementById("manual-form");
  for (const p of f.querySelectorAll(".field-error")) p.textContent = "";
  for (const i of f.querySelectorAll("[aria-invalid]")) i.removeAttribute("aria-invalid");
  const form = {
    issuer: f.issuer.value, account: f.account.value, secret: f.secret.value,
    kind: f.kind.value, algorithm: f.algorithm.value,
    digits: Number(f.digits.value), period: Number(f.period.value), counter: Number(f.counter.value),
  };
  try {
    const row = await call("add_manual", { form });
    f.reset();
    fitKind();
    await added([row.issuer, row.account].filter(Boolean).join(":"));
  } catch (e) {
    const slot = f.querySelector(`.field-error[data-for="${e.code}"]`) || f.querySelector('.field-error[data-for="params.invalid"]');
    slot.textContent = e.message;
    const input = slot.previousElementSibling;
    if (input) { input.setAttribute("aria-invalid", "true"); input.focus(); }
  }
}

export function setupAdd() {
  for (const t of tabs) document.getElementById(`tab-${t}`).addEventListener("click", () => showTab(t));
  document.getElementById("add-uri-submit").addEventListener("click", addUri);
  document.getElementById("add-uri").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); addUri(); }
  });
  const file = document.getElementById("add-qr-file");
  file.addEventListener("change", () => addQr(file.files[0]));
  const drop = document.getElementById("add-qr-drop");
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    addQr(e.dataTransfer.files[0]);
  });
  document.getElementById("manual-form").addEventListener("submit", addManual);
  document.getElementById("m-kind").addEventListener("change", fitKind);
}
