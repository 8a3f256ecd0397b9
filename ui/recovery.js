// Recovery codes of one account: counts (a warning at 2 or fewer), reveal on demand,
// copy one, mark one used, add codes typed in, export as text.
import { call, el, openDialog, toast } from "./api.js";
import { refresh } from "./codes.js";
import { t } from "./i18n.js";

const dialog = document.getElementById("recovery-dialog");
let entry = null;

async function counts() {
  const summary = await call("recovery_summary");
  const c = summary[entry];
  const p = document.getElementById("recovery-counts");
  if (!c) { p.textContent = t("recovery-none"); return; }
  p.textContent = c.server
    ? t("recovery-counts-server", { unused: c.unused, used: c.used, server: c.server })
    : t("recovery-counts", { unused: c.unused, used: c.used });
  p.dataset.unused = String(c.unused);
  p.classList.toggle("warn", c.unused <= 2);
  if (c.unused <= 2) p.textContent += ` ${t("recovery-low")}`;
}

async function reveal() {
  const ol = document.getElementById("recovery-list");
  try {
    const codes = await call("recovery_reveal", { entry });
    ol.replaceChildren(...codes.map((c) => {
      const li = el("li", c.used_at ? "used" : "unused");
      li.dataset.index = String(c.index);
      li.append(el("code", null, c.code));
      li.append(el("span", "muted", ` ${c.used_at ? (c.note ? t("recovery-code-used-note", { note: c.note }) : t("recovery-code-used")) : t("recovery-code-unused")}`));
      if (!c.used_at) {
        const copy = el("button", null, t("recovery-copy"));
        copy.setAttribute("aria-label", t("recovery-copy-label", { n: c.index + 1 }));
        copy.addEventListener("click", async () => {
          try { const s = await call("copy_text", { text: c.code }); toast(t("recovery-copied", { seconds: s })); } catch (e) { toast(e.message); }
        });
        const use = el("button", "mark-used", t("recovery-mark-used"));
        use.setAttribute("aria-label", t("recovery-mark-used-label", { n: c.index + 1 }));
        use.addEventListener("click", async () => {
          try { await call("recovery_mark_used", { entry, index: c.index }); } catch (e) { toast(e.message); }
          await counts();
          await reveal();
          await refresh();
        });
        li.append(copy, use);
      }
      return li;
    }));
  } catch (e) {
    document.getElementById("recovery-error").textContent = e.message;
  }
}

export async function openRecovery(id, label) {
  entry = id;
  document.getElementById("recovery-title").textContent = t("recovery-title-for", { label });
  document.getElementById("recovery-list").replaceChildren();
  document.getElementById("recovery-text").hidden = true;
  document.getElementById("recovery-error").textContent = "";
  openDialog(dialog);
  try { await counts(); } catch (e) { document.getElementById("recovery-error").textContent = e.message; }
}

export function setupRecovery() {
  document.getElementById("recovery-reveal").addEventListener("click", reveal);
  document.getElementById("recovery-export").addEventListener("click", async () => {
    const pre = document.getElementById("recovery-text");
    try { pre.textContent = await call("recovery_export", { entry }); pre.hidden = false; } catch (e) { document.getElementById("recovery-error").textContent = e.message; }
  });
  document.getElementById("recovery-add").addEventListener("click", async () => {
    const area = document.getElementById("recovery-add-text");
    try {
      const n = await call("recovery_add", { id: entry, text: area.value });
      area.value = "";
      toast(t("recovery-added", { count: n }));
      await counts();
      await refresh();
    } catch (e) { document.getElementById("recovery-error").textContent = e.message; }
  });
  dialog.addEventListener("close", () => {
    document.getElementById("recovery-list").replaceChildren();
    document.getElementById("recovery-text").textContent = "";
  });
}
