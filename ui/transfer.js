// Import and export dialogs. Files are read and written by Rust: the webview passes a
// path and gets back labels, kinds and reasons, never a secret.
import { call, choose, el, openDialog, toast } from "./api.js";
import { refresh } from "./codes.js";
import { t } from "./i18n.js";

const importDialog = document.getElementById("import-dialog");
const exportDialog = document.getElementById("export-dialog");
const $ = (id) => document.getElementById(id);
let preview = null;

function showImportForm() {
  $("import-form").hidden = false;
  $("import-preview").hidden = true;
  $("import-error").textContent = "";
  preview = null;
}

export function openImport() {
  showImportForm();
  $("import-password").value = "";
  $("import-password-row").hidden = true;
  openDialog(importDialog);
  $("import-path").focus();
}

function renderPreview(p) {
  const list = $("import-rows");
  list.replaceChildren();
  const counts = { new: 0, duplicate: 0, unusable: 0 };
  for (const row of p.rows) {
    counts[row.status] += 1;
    const li = el("li", row.status);
    const label = el("label");
    const box = el("input");
    box.type = "checkbox";
    box.checked = row.status === "new";
    box.disabled = row.status !== "new";
    if (row.index !== null) box.dataset.index = String(row.index);
    box.setAttribute("aria-label", t("import-row-label", { label: row.label }));
    label.append(box, el("span", "", row.label));
    if (row.kind) label.append(el("span", "reason", row.kind.toUpperCase()));
    if (row.recovery_codes) label.append(el("span", "reason", t("import-row-recovery", { count: row.recovery_codes })));
    li.append(label);
    if (row.reason) li.append(el("span", "reason", row.reason));
    list.append(li);
  }
  const args = { format: p.format, new: counts.new, duplicate: counts.duplicate, unusable: counts.unusable };
  $("import-summary").textContent = p.encrypted ? t("import-summary-encrypted", args) : t("import-summary", args);
  $("import-commit").disabled = counts.new === 0;
  $("import-form").hidden = true;
  $("import-preview").hidden = false;
  (counts.new ? $("import-commit") : $("import-back")).focus();
}

async function readFile(e) {
  e.preventDefault();
  $("import-error").textContent = "";
  try {
    preview = await call("import_preview", {
      path: $("import-path").value,
      format: $("import-format").value,
      password: $("import-password").value,
    });
    $("import-password").value = "";
    renderPreview(preview);
  } catch (err) {
    if (err.code === "import.needs_password" || err.code === "import.wrong_password") {
      $("import-password-row").hidden = false;
      $("import-password").value = "";
      $("import-password").focus();
    }
    $("import-error").textContent = err.message;
  }
}

async function commit() {
  const selected = [...$("import-rows").querySelectorAll("input[data-index]:checked")].map((b) => Number(b.dataset.index));
  try {
    const n = await call("import_commit", { token: preview.token, selected });
    importDialog.close();
    toast(t("import-done", { count: n }));
    refresh(true);
  } catch (err) {
    $("import-summary").textContent = err.message;
  }
}

function syncExportForm() {
  const f = $("export-format").value;
  const encrypted = ["backup", "aegis-encrypted", "2fas-encrypted", "keepass"].includes(f);
  $("export-password-rows").hidden = !encrypted;
  $("export-plain-warning").hidden = encrypted;
}

export function openExport() {
  $("export-error").textContent = "";
  $("export-result").textContent = "";
  $("export-password").value = "";
  $("export-password2").value = "";
  syncExportForm();
  openDialog(exportDialog);
  $("export-format").focus();
}

async function exportAccounts(e) {
  e.preventDefault();
  const format = $("export-format").value;
  const encrypted = !$("export-password-rows").hidden;
  const password = encrypted ? $("export-password").value : "";
  $("export-error").textContent = "";
  if (encrypted && !password) {
    $("export-error").textContent = t("export-need-password");
    $("export-password").focus();
    return;
  }
  if (encrypted && password !== $("export-password2").value) {
    $("export-error").textContent = t("passwords-differ");
    $("export-password2").focus();
    return;
  }
  try {
    const r = await call("export_accounts", { format, path: $("export-path").value, password });
    $("export-password").value = "";
    $("export-password2").value = "";
    const args = { count: r.exported, files: r.files.join(", ") };
    $("export-result").textContent = r.skipped.length
      ? t("export-done-skipped", { ...args, skipped: r.skipped.join("; ") })
      : t("export-done", args);
  } catch (err) {
    $("export-error").textContent = err.message;
  }
}

export function setupTransfer() {
  $("import-form").addEventListener("submit", readFile);
  $("import-commit").addEventListener("click", commit);
  $("import-back").addEventListener("click", showImportForm);
  $("import-browse").addEventListener("click", async () => {
    const path = await choose(false);
    if (path) $("import-path").value = path;
  });
  $("export-format").addEventListener("change", syncExportForm);
  $("export-form").addEventListener("submit", exportAccounts);
  $("export-browse").addEventListener("click", async () => {
    const path = await choose(true);
    if (path) $("export-path").value = path;
  });
  // Nothing the user typed stays behind once a dialog closes.
  importDialog.addEventListener("close", () => { $("import-password").value = ""; preview = null; });
  exportDialog.addEventListener("close", () => { $("export-password").value = ""; $("export-password2").value = ""; });
}
