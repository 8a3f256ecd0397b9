// Recovery codes of one account: counts (a warning at 2 or fewer), reveal on demand,
// copy one, mark one used, add codes typed in, export as text.
import { call, el, openDialog, toast } from "./api.js";
import { refresh } from "./codes.js";

const dialog = document.getElementById("recovery-dialog");
let entry = null;

async function counts() {
  const summary = await call("recovery_summary");
  const c = summary[entry];
  const p = document.getElementById("recovery-counts");
  if (!c) { p.textContent = "No recovery codes are stored for this account yet."; return; }
  p.textContent = `${c.unused} unused, ${c.used} used${c.server ? ` · from server ${c.server}` : ""}`;
  p.dataset.unused = String(c.unused);
  p.classList.toggle("warn", c.unused <= 2);
  if (c.unused <= 2) p.textContent += " — running low: get new codes from your server.";
}

async function reveal() {
  const ol = document.getElementById("recovery-list");
  try {
    const codes = await call("recovery_reveal", { entry });
    ol.replaceChildren(...codes.map((c) => {
      const li = el("li", c.used_at ? "used" : "unused");
      li.dataset.index = String(c.index);
      li.append(el("code", null, c.code));
      li.append(el("span", "muted", c.used_at ? ` used${c.note ? ` (${c.note})` : ""}` : " unused"));
      if (!c.used_at) {
        const copy = el("button", null, "Copy");
        copy.setAttribute("aria-label", `Copy recovery code ${c.index + 1}`);
        copy.addEventListener("click", async () => {
          try { const s = await call("copy_text", { text: c.code }); toast(`Copied; cleared in ${s} s`); } catch (e) { toast(e.message); }
        });
        const use = el("button", "mark-used", "Mark used");
        use.setAttribute("aria-label", `Mark recovery code ${c.index + 1} used`);
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
  document.getElementById("recovery-title").textContent = `Recovery codes · ${label}`;
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
    const t = document.getElementById("recovery-add-text");
    try {
      const n = await call("recovery_add", { id: entry, text: t.value });
      t.value = "";
      toast(`Added ${n} codes`);
      await counts();
      await refresh();
    } catch (e) { document.getElementById("recovery-error").textContent = e.message; }
  });
  dialog.addEventListener("close", () => {
    document.getElementById("recovery-list").replaceChildren();
    document.getElementById("recovery-text").textContent = "";
  });
}
