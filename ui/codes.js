// The accounts list: live codes (computed in Rust), a countdown ring per period, the
// next code in the last 5 s, search, copy with automatic clearing, HOTP "next code".
import { call, el, groupCode, toast } from "./api.js";

const list = document.getElementById("accounts");
const status = document.getElementById("status");
const empty = document.getElementById("empty");
const noMatch = document.getElementById("no-match");
const search = document.getElementById("search");

let rows = [];
let fetchedAt = 0;
// Rows on screen: only their countdowns are updated each second.
const onScreen = new Set();
const observer = new IntersectionObserver((entries) => {
  for (const e of entries) {
    if (e.isIntersecting) onScreen.add(e.target); else onScreen.delete(e.target);
  }
});
let recovery = {};
let actions = {};

export function onRowAction(handlers) {
  actions = handlers;
}

function matches(r, q) {
  if (!q) return true;
  return `${r.issuer} ${r.account}`.toLowerCase().includes(q);
}

export function visibleRows() {
  const q = search.value.trim().toLowerCase();
  return rows.filter((r) => matches(r, q));
}

function ring(left, period) {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 20 20");
  svg.setAttribute("class", "ring");
  svg.setAttribute("aria-hidden", "true");
  const track = document.createElementNS(ns, "circle");
  track.setAttribute("cx", "10"); track.setAttribute("cy", "10"); track.setAttribute("r", "8");
  track.setAttribute("class", "track");
  const arc = document.createElementNS(ns, "circle");
  arc.setAttribute("cx", "10"); arc.setAttribute("cy", "10"); arc.setAttribute("r", "8");
  arc.setAttribute("class", left <= 5 ? "arc low" : "arc");
  const c = 2 * Math.PI * 8;
  arc.setAttribute("stroke-dasharray", c.toFixed(2));
  arc.setAttribute("stroke-dashoffset", (c * (1 - left / period)).toFixed(2));
  arc.setAttribute("transform", "rotate(-90 10 10)");
  svg.append(track, arc);
  return svg;
}

function label(r) {
  return [r.issuer, r.account].filter(Boolean).join(" ") || "account";
}

function render() {
  const elapsed = Math.floor((Date.now() - fetchedAt) / 1000);
  const shown = visibleRows();
  observer.disconnect();
  onScreen.clear();
  list.replaceChildren(...shown.map((r) => {
    const li = el("li", "account");
    li.dataset.id = r.id;
    const names = el("div", "names");
    names.append(el("span", "issuer", r.issuer || r.account || "(no name)"), el("span", "name", r.issuer ? r.account : ""));
    li.append(names);
    const code = el("button", "code", r.code ? groupCode(r.code) : (r.kind === "hotp" ? "••• •••" : "—"));
    code.dataset.code = r.code || "";
    code.setAttribute("aria-label", r.code ? `Copy code ${r.code.split("").join(" ")} for ${label(r)}` : `No code shown for ${label(r)}`);
    code.addEventListener("click", () => copy(r));
    li.append(code);
    const meta = el("div", "meta");
    if (r.kind === "hotp") {
      const b = el("button", "next", "Next code");
      b.setAttribute("aria-label", `Next code for ${label(r)}`);
      b.addEventListener("click", () => nextHotp(r.id));
      meta.append(b);
    } else if (r.remaining != null) {
      const left = Math.max(r.remaining - elapsed, 0);
      meta.append(ring(left, r.period || 30));
      const s = el("span", "remaining", `${left} s`);
      s.dataset.remaining = String(left);
      meta.append(s);
      if (r.next) {
        const n = el("span", "next-code", `next ${groupCode(r.next)}`);
        n.dataset.next = r.next;
        n.hidden = left > 5;
        meta.append(n);
      }
    }
    const rc = recovery[r.id];
    if (rc) {
      const b = el("button", rc.unused <= 2 ? "recovery low" : "recovery", `${rc.unused} recovery`);
      b.setAttribute("aria-label", `Recovery codes for ${label(r)}: ${rc.unused} unused`);
      b.addEventListener("click", () => actions.recovery && actions.recovery(r.id, label(r)));
      meta.append(b);
    }
    const more = el("button", "qr", "QR");
    more.setAttribute("aria-label", `Show QR code for ${label(r)}`);
    more.addEventListener("click", () => actions.qr && actions.qr(r.id, label(r)));
    const del = el("button", "remove", "Remove");
    del.setAttribute("aria-label", `Remove ${label(r)}`);
    del.addEventListener("click", () => actions.remove && actions.remove(r.id, label(r)));
    meta.append(more, del);
    li.append(meta);
    if (r.error) li.append(el("span", "error", r.error.message));
    return li;
  }));
  for (const li of list.children) observer.observe(li);
  empty.hidden = rows.length !== 0;
  noMatch.hidden = rows.length === 0 || shown.length !== 0;
}

// `withRecovery`: also re-read the recovery-code counts (they change only through the
// app's own actions, so the once-a-period refresh skips that keychain read).
export async function refresh(withRecovery = true) {
  try {
    const result = await call("list_codes");
    rows = result.accounts;
    fetchedAt = Date.now();
    status.textContent = result.warnings.map((w) => w.message).join(" ");
  } catch (e) {
    rows = [];
    status.textContent = e.message;
  }
  if (withRecovery) {
    try {
      recovery = await call("recovery_summary");
    } catch (e) {
      recovery = {};
      status.textContent = `${status.textContent} ${e.message}`.trim();
    }
  }
  render();
  if (document.body.dataset.ready !== "true") {
    document.body.dataset.ready = "true";
    requestAnimationFrame(() => call("ui_painted", { rows: rows.length }).catch(() => {}));
  }
}

export async function copy(r) {
  try {
    let secs;
    if (r.kind === "hotp") {
      if (!r.code) { toast("Press “Next code” first"); return; }
      secs = await call("copy_text", { text: r.code });
    } else {
      secs = await call("copy_code", { id: r.id });
    }
    toast(`Copied ${label(r)}; the clipboard is cleared in ${secs} s`);
    document.body.dataset.copied = r.id;
  } catch (e) {
    status.textContent = e.message;
  }
}

async function nextHotp(id) {
  try {
    const row = await call("next_hotp_code", { id });
    rows = rows.map((r) => (r.id === id ? row : r));
    render();
  } catch (e) {
    status.textContent = e.message;
  }
}

// Once a second: only the countdowns change, in place (no list rebuild), so an idle
// window costs next to nothing; the list is fetched again when a period ends.
function updateCountdowns(elapsed) {
  const c = 2 * Math.PI * 8;
  for (const li of onScreen) {
    const r = rows.find((x) => x.id === li.dataset.id);
    if (!r || r.remaining == null) continue;
    const left = Math.max(r.remaining - elapsed, 0);
    const s = li.querySelector(".remaining");
    if (s && s.dataset.remaining !== String(left)) {
      s.dataset.remaining = String(left);
      s.textContent = `${left} s`;
    }
    const next = li.querySelector(".next-code");
    if (next && next.hidden !== left > 5) next.hidden = left > 5;
    const arc = li.querySelector(".ring .arc");
    if (arc) {
      arc.setAttribute("stroke-dashoffset", (c * (1 - left / (r.period || 30))).toFixed(2));
      arc.setAttribute("class", left <= 5 ? "arc low" : "arc");
    }
  }
}

export function tick() {
  if (document.visibilityState === "hidden") return;
  const elapsed = Math.floor((Date.now() - fetchedAt) / 1000);
  const stale = rows.some((r) => r.remaining != null && r.remaining - elapsed <= 0);
  if (stale) refresh(false); else updateCountdowns(elapsed);
}

export function rerender() {
  render();
}
