// The window's entry point: wires the views together and the keyboard shortcuts.
// Codes are computed in Rust; the list repaints once a second at most, and not at all
// while the window is hidden.
import { call, toast } from "./api.js";
import { copy, onRowAction, refresh, refreshUnlessFresh, rerender, tick, visibleRows } from "./codes.js";
import { openAdd, setupAdd } from "./add.js";
import { openScan, setupScan } from "./scan.js";
import { loadPending, openEnroll, openServers, setupEnroll } from "./enroll.js";
import { openQr, setupQr } from "./qr.js";
import { openTags, setupTags } from "./tags.js";
import { openRecovery, setupRecovery } from "./recovery.js";
import { applyTheme, openSettings, setupSettings } from "./settings.js";
import { setupLock } from "./lock.js";
import { confirmRemove, setupRemove } from "./remove.js";
import { openExport, openImport, setupTransfer } from "./transfer.js";

const search = document.getElementById("search");

onRowAction({
  qr: openQr,
  tags: openTags,
  recovery: openRecovery,
  remove: confirmRemove,
});

setupAdd();
setupScan();
setupEnroll();
setupQr();
setupTags(refresh);
setupRecovery();
setupTransfer();
setupSettings();
setupLock(refresh);
setupRemove(refresh);

document.getElementById("open-add").addEventListener("click", openAdd);
document.getElementById("empty-add").addEventListener("click", openAdd);
document.getElementById("open-enroll").addEventListener("click", () => openEnroll());
document.getElementById("empty-enroll").addEventListener("click", () => openEnroll());
document.getElementById("open-servers").addEventListener("click", openServers);
document.getElementById("open-import").addEventListener("click", openImport);
document.getElementById("empty-import").addEventListener("click", openImport);
document.getElementById("open-export").addEventListener("click", openExport);
document.getElementById("open-settings").addEventListener("click", openSettings);

search.addEventListener("input", rerender);
// The quick search: the window brought up for searching (the shortcut, the tray's
// "Search…", `show --search`). Enter there copies the first match and the app hides
// the window (unless the user turned that off); any other use of the window ends it.
let quick = false;
search.addEventListener("keydown", async (e) => {
  if (e.key === "Enter") {
    const first = visibleRows()[0];
    if (!first) return;
    if ((await copy(first)) && quick) {
      quick = false;
      call("quick_search_done").catch(() => {});
    }
  } else if (e.key === "Escape") {
    search.value = "";
    rerender();
  }
});
document.addEventListener("pointerdown", () => {
  quick = false;
  delete document.documentElement.dataset.input;
});
// A key pressed: the keyboard is in use, every focus shows its ring (style.css).
document.addEventListener("keydown", () => { document.documentElement.dataset.input = "keyboard"; }, true);

// Called by the app when it was opened for searching.
window.focusSearch = () => {
  quick = true;
  search.value = "";
  rerender();
  search.focus();
  search.select();
};

// Called by the app when it was opened to add an account (the desktop file's action).
window.openAdd = openAdd;

// Called by the app when it was opened to scan the screen (the tray's "Scan screen…").
window.openScan = openScan;

document.addEventListener("keydown", (e) => {
  const typing = ["INPUT", "TEXTAREA", "SELECT"].includes(document.activeElement.tagName);
  if ((e.key === "/" && !typing) || (e.key === "f" && e.ctrlKey)) {
    e.preventDefault();
    search.focus();
    search.select();
  }
});

document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "visible") refreshUnlessFresh(2000);
});

call("theme").then(applyTheme).catch(() => {});
refresh();
loadPending();
setInterval(tick, 1000);
