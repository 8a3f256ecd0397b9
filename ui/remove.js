// Removing an account from the window: a confirmation naming it, then its card goes at
// once and the toast offers Undo while Rust waits before removing it from the vault
// (src-tauri/desktop/removals.rs), so Undo loses nothing.
import { call, openDialog, toast } from "./api.js";
import { t } from "./i18n.js";

const dialog = document.getElementById("remove-dialog");
const text = document.getElementById("remove-text");
let target = null;
let done = () => {};

export function confirmRemove(id, label) {
  target = { id, label };
  text.textContent = t("remove-text", { label });
  openDialog(dialog);
  document.getElementById("remove-cancel").focus();
}

async function undo(id, label) {
  try {
    const back = await call("undo_remove", { id });
    toast(back ? t("remove-undone", { label }) : t("remove-undo-too-late", { label }));
  } catch (e) {
    toast(e.message);
  }
  done();
}

export function setupRemove(refresh) {
  done = refresh;
  document.getElementById("remove-cancel").addEventListener("click", () => dialog.close());
  document.getElementById("remove-confirm").addEventListener("click", async () => {
    dialog.close();
    const { id, label } = target;
    try {
      const secs = await call("remove_account", { id });
      toast(t("remove-done", { label }), { label: t("remove-undo"), run: () => undo(id, label) }, secs * 1000);
    } catch (e) {
      toast(e.message);
    }
    refresh();
  });
}
