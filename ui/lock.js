// The lock screen: shown instead of the list while the app lock is closed. The password
// goes to Rust (`unlock_app`), which unwraps the vault's key and hands it to the agent.
import { call } from "./api.js";

export function setupLock(refresh) {
  const form = document.getElementById("lock-screen");
  const input = document.getElementById("lock-password");
  const error = document.getElementById("lock-error");
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    error.textContent = "";
    const button = form.querySelector("button");
    button.disabled = true;
    try {
      await call("unlock_app", { password: input.value });
      input.value = "";
      await refresh();
    } catch (err) {
      error.textContent = err.message;
      input.select();
    } finally {
      button.disabled = false;
    }
  });
}
