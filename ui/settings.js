// The Settings dialog: how long a copied code stays on the clipboard.
import { call, openDialog, toast } from "./api.js";

const dialog = document.getElementById("settings-dialog");
const input = document.getElementById("settings-clear");
const error = document.getElementById("settings-error");

export async function openSettings() {
  error.textContent = "";
  try {
    const s = await call("get_settings");
    input.value = String(s.clipboard_clear_secs);
  } catch (e) {
    error.textContent = e.message;
  }
  openDialog(dialog);
  input.focus();
  input.select();
}

export function setupSettings() {
  document.getElementById("settings-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    error.textContent = "";
    const secs = Number(input.value);
    if (!Number.isInteger(secs)) {
      error.textContent = "Type a whole number of seconds.";
      input.setAttribute("aria-invalid", "true");
      return;
    }
    try {
      const s = await call("set_clipboard_clear", { secs });
      input.removeAttribute("aria-invalid");
      dialog.close();
      toast(`Copied codes are cleared after ${s.clipboard_clear_secs} s`);
    } catch (err) {
      input.setAttribute("aria-invalid", "true");
      error.textContent = err.message;
    }
  });
}
