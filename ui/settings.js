// The Settings dialog: how long a copied code stays on the clipboard, privacy mode
// (codes hidden until clicked), the global shortcuts, the resident agent
// (start at login, codes in the tray menu and the desktop search), and the automatic
// backups (folder, how many, password; the password goes to Rust and is not kept).
import { call, openDialog, toast } from "./api.js";
import { refresh } from "./codes.js";
import { lang, t } from "./i18n.js";

const dialog = document.getElementById("settings-dialog");
const input = document.getElementById("settings-clear");
const error = document.getElementById("settings-error");

const $ = (id) => document.getElementById(id);

function when(unix) {
  return new Date(unix * 1000).toLocaleString(lang());
}

function showBackups(v) {
  const on = Boolean(v.dir);
  $("backup-dir").value = on ? v.dir : $("backup-dir").value;
  $("backup-keep").value = String(v.keep);
  $("backup-save").textContent = on ? t("save-changes") : t("backup-turn-on");
  $("backup-now").hidden = !on;
  $("backup-off").hidden = !on;
  let state = on ? t("backup-state-on", { dir: v.dir, keep: v.keep }) : t("backup-state-off");
  if (v.last && v.last.ok) {
    state += ` ${t("backup-last-ok", { when: when(v.last.at), count: v.last.accounts })}`;
  } else if (v.last && on) {
    state += ` ${t("backup-last-failed", { when: when(v.last.at), error: v.last.error })}`;
  }
  $("backup-state").textContent = state;
}

async function backupCall(command, args) {
  $("backup-error").textContent = "";
  try {
    showBackups(await call(command, args));
    return true;
  } catch (e) {
    $("backup-error").textContent = e.message;
    return false;
  }
}

function showAgent(v) {
  $("agent-autostart").checked = v.autostart;
  $("agent-tray-codes").checked = v.settings.tray_show_codes;
  $("agent-search-codes").checked = v.settings.search_show_codes;
  $("agent-state").textContent = v.running ? t("agent-running") : t("agent-not-running");
}

async function agentCall(command, args) {
  $("agent-error").textContent = "";
  try {
    showAgent(await call(command, args));
  } catch (e) {
    $("agent-error").textContent = e.message;
  }
}

function showShortcuts(s) {
  $("shortcut-show").value = s.shortcut_show;
  $("shortcut-type").value = s.shortcut_type;
  $("quick-search-hides").checked = s.quick_search_hides;
}

function shortcutsState(v, saved) {
  showShortcuts(v.settings);
  const held = v.agent ? t("shortcuts-held") : t("shortcuts-not-held");
  $("shortcuts-state").textContent = saved ? `${t("shortcuts-saved")} ${held}` : held;
  $("shortcuts-error").textContent = v.problems.join(" ");
}

async function saveShortcuts() {
  $("shortcuts-error").textContent = "";
  $("shortcuts-state").textContent = "";
  try {
    shortcutsState(await call("set_shortcuts", {
      show: $("shortcut-show").value,
      typeCode: $("shortcut-type").value,
      hides: $("quick-search-hides").checked,
    }), true);
  } catch (e) {
    $("shortcuts-error").textContent = e.message;
  }
}

// Light or dark on the page: what Rust worked out from the setting and the desktop's
// preference, or (none known) the webview's own prefers-color-scheme.
export function applyTheme(v) {
  if (v.effective) document.documentElement.dataset.theme = v.effective;
  else delete document.documentElement.dataset.theme;
}

export async function openSettings() {
  error.textContent = "";
  backupCall("backup_status");
  agentCall("agent_status");
  try {
    const s = await call("get_settings");
    input.value = String(s.clipboard_clear_secs);
    $("settings-hide-codes").checked = s.hide_codes;
    $("settings-away").value = String(s.hide_after_away_secs);
    showShortcuts(s);
    $("settings-theme").value = s.theme;
    $("settings-language").value = s.language;
    $("shortcuts-state").textContent = "";
    $("shortcuts-error").textContent = "";
    call("shortcut_status").then((v) => shortcutsState(v, false)).catch(() => {});
  } catch (e) {
    error.textContent = e.message;
  }
  openDialog(dialog);
  input.focus();
  input.select();
}

// The shortcuts hint names a command (in <code>): the message has it as a placeable.
function shortcutsHint() {
  const command = "mfa-companion show --search";
  const mark = "\u0001";
  const [before, after = ""] = t("shortcuts-hint", { command: mark }).replace(/[\u2068\u2069]/g, "").split(mark);
  const code = document.createElement("code");
  code.textContent = command;
  $("shortcuts-hint").replaceChildren(before, code, after);
}

export function setupSettings() {
  shortcutsHint();
  const privacy = async (message) => {
    error.textContent = "";
    const awaySecs = Number($("settings-away").value || 0);
    if (!Number.isInteger(awaySecs)) {
      error.textContent = t("settings-whole-seconds");
      return;
    }
    try {
      const s = await call("set_hide_codes", { on: $("settings-hide-codes").checked, awaySecs });
      toast(message(s));
      refresh();
    } catch (err) {
      error.textContent = err.message;
    }
  };
  $("settings-hide-codes").addEventListener("change", () =>
    privacy((s) => (s.hide_codes ? t("privacy-hidden") : t("privacy-shown"))));
  $("settings-away").addEventListener("change", () =>
    privacy((s) => (s.hide_after_away_secs ? t("privacy-away-hidden", { seconds: s.hide_after_away_secs }) : t("privacy-away-shown"))));
  $("settings-language").addEventListener("change", async (e) => {
    error.textContent = "";
    try {
      await call("set_language", { language: e.target.value });
    } catch (err) {
      error.textContent = err.message;
    }
  });
  $("settings-theme").addEventListener("change", async (e) => {
    error.textContent = "";
    try {
      applyTheme(await call("set_theme", { theme: e.target.value }));
    } catch (err) {
      error.textContent = err.message;
    }
  });
  $("shortcuts-form").addEventListener("submit", (e) => {
    e.preventDefault();
    saveShortcuts();
  });
  $("quick-search-hides").addEventListener("change", saveShortcuts);
  $("agent-autostart").addEventListener("change", (e) => agentCall("set_agent_autostart", { on: e.target.checked }));
  const showCodes = () => agentCall("set_show_codes", { tray: $("agent-tray-codes").checked, search: $("agent-search-codes").checked });
  $("agent-tray-codes").addEventListener("change", showCodes);
  $("agent-search-codes").addEventListener("change", showCodes);
  $("backup-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const password = $("backup-password").value;
    if (password !== $("backup-password2").value) {
      $("backup-error").textContent = t("passwords-differ");
      return;
    }
    if (!$("backup-dir").value.trim()) {
      $("backup-error").textContent = t("backup-choose-folder");
      return;
    }
    $("backup-save").disabled = true;
    const ok = await backupCall("backup_configure", {
      dir: $("backup-dir").value,
      keep: Number($("backup-keep").value) || 10,
      password,
    });
    $("backup-save").disabled = false;
    $("backup-password").value = "";
    $("backup-password2").value = "";
    if (ok) toast(t("backup-turned-on"));
  });
  $("backup-now").addEventListener("click", () => backupCall("backup_now"));
  $("backup-off").addEventListener("click", async () => {
    if (await backupCall("backup_disable")) toast(t("backup-turned-off"));
  });
  $("backup-choose").addEventListener("click", async () => {
    const dialog = window.__TAURI__ && window.__TAURI__.dialog;
    if (!dialog) return;
    try {
      const dir = await dialog.open({ directory: true, multiple: false });
      if (dir) $("backup-dir").value = dir;
    } catch (err) {
      $("backup-error").textContent = String(err);
    }
  });

  document.getElementById("settings-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    error.textContent = "";
    const secs = Number(input.value);
    if (!Number.isInteger(secs)) {
      error.textContent = t("settings-whole-seconds");
      input.setAttribute("aria-invalid", "true");
      return;
    }
    try {
      const s = await call("set_clipboard_clear", { secs });
      input.removeAttribute("aria-invalid");
      dialog.close();
      toast(t("settings-clear-saved", { seconds: s.clipboard_clear_secs }));
    } catch (err) {
      input.setAttribute("aria-invalid", "true");
      error.textContent = err.message;
    }
  });
}
