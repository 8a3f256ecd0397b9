// The Add dialog's Screen tab: "Scan screen" (the window steps aside while Rust takes the
// picture) and a pasted screenshot (the button, or Ctrl+V anywhere outside a text field).
// Rust keeps what it found; the window gets names and types to pick from, never secrets.
import { call, el, openDialog } from "./api.js";
import { added, showTab } from "./add.js";
import { t } from "./i18n.js";

const dialog = document.getElementById("add-dialog");
const results = document.getElementById("scan-results");
const note = document.getElementById("scan-note");
const error = document.getElementById("scan-error");
const addButton = document.getElementById("scan-add");

function show(found) {
  const lines = [];
  for (const [n, of] of found.batches) {
    lines.push(n < of ? t("scan-batch-more", { n, of }) : t("scan-batch-done", { n, of }));
  }
  for (const o of found.others) lines.push(t("scan-skipped-other", { what: o }));
  const offered = found.items.filter((i) => i.index !== null).length;
  lines.push(offered ? t("scan-found", { count: offered }) : t("scan-nothing"));
  note.textContent = lines.join(" ");
  results.replaceChildren(...found.items.map((item) => {
    const li = el("li", item.index === null ? "skip" : null);
    if (item.index === null) {
      li.textContent = t("scan-skipped-item", { label: item.label, reason: item.reason });
      return li;
    }
    const label = el("label", "check");
    const box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = String(item.index);
    label.append(box, ` ${item.label} (${item.kind})`);
    li.append(label);
    return li;
  }));
  addButton.hidden = offered === 0;
}

async function scan(command) {
  error.textContent = "";
  note.textContent = command === "scan_screen" ? t("scan-screen-busy") : t("scan-paste-busy");
  results.replaceChildren();
  addButton.hidden = true;
  try {
    show(await call(command));
  } catch (e) {
    note.textContent = "";
    error.textContent = e.message;
    error.dataset.code = e.code;
  }
}

async function addPicked() {
  const picks = [...results.querySelectorAll("input:checked")].map((b) => Number(b.value));
  error.textContent = "";
  try {
    const rows = await call("add_scanned", { picks });
    results.replaceChildren();
    note.textContent = "";
    addButton.hidden = true;
    await added(rows.map((r) => [r.issuer, r.account].filter(Boolean).join(":")).join(", "));
  } catch (e) {
    error.textContent = e.message;
    error.dataset.code = e.code;
  }
}

// Ctrl+V outside a text field: the clipboard's image, in the Screen tab.
function onPaste(e) {
  if (!(e.ctrlKey && !e.altKey && !e.shiftKey && e.key.toLowerCase() === "v")) return;
  const t = e.target;
  if (t && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName))) return;
  if (document.querySelector("dialog[open]") && !dialog.open) return;
  e.preventDefault();
  if (!dialog.open) openDialog(dialog);
  showTab("scan");
  scan("scan_clipboard");
}

// Opened to scan (the tray's "Scan screen…", `mfa-companion-desktop --scan`): the Add
// dialog's Screen tab, and the screen scanned at once.
export function openScan() {
  const dialog = document.getElementById("add-dialog");
  if (!dialog.open) openDialog(dialog);
  showTab("scan");
  scan("scan_screen");
}

export function setupScan() {
  document.getElementById("scan-screen").addEventListener("click", () => scan("scan_screen"));
  document.getElementById("scan-paste").addEventListener("click", () => scan("scan_clipboard"));
  addButton.addEventListener("click", addPicked);
  document.addEventListener("keydown", onPaste);
}
