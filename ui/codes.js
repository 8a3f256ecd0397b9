// The accounts list: live codes (computed in Rust), a countdown ring per period, the
// next code in the last 5 s, search, copy with automatic clearing, HOTP "next code".
//
// Idle cost: every visible change costs WebKitGTK a repaint (about 4 ms of CPU here,
// whatever its size), so the ring moves in 2-second steps until the last 5 s, when it
// turns red and the seconds and the next code appear, changing each second; a new
// period updates the rows in place. See benches/webkit-floor.sh for the measurements.
import { call, el, groupCode, toast } from "./api.js";
import { hasActiveTag, renderTagFilter, tagChips } from "./tags.js";
import { checkAway, expireReveals, isHidden, reveal, setHideCodes } from "./privacy.js";
import { iconFor, loadIcons } from "./icons.js";
import { wireCard } from "./cardmenu.js";

const list = document.getElementById("accounts");
const status = document.getElementById("status");
const empty = document.getElementById("empty");
const noMatch = document.getElementById("no-match");
const search = document.getElementById("search");
const lockScreen = document.getElementById("lock-screen");
const listTools = document.getElementById("list-tools");
const sortSelect = document.getElementById("sort");

let rows = [];
let fetchedAt = 0;
// With the app lock on, the listing is re-read every few seconds, so that a `lock now`
// (or an unlock) elsewhere shows here within that time.
let lockEnabled = false;
const LOCK_CHECK_MS = 5000;
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

// Every word typed must occur in the issuer, the account name, a tag or the note.
function matches(r, words) {
  const text = `${r.issuer} ${r.account} ${(r.tags || []).join(" ")} ${r.note || ""}`.toLowerCase();
  return words.every((w) => text.includes(w));
}

export function visibleRows() {
  const words = search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((r) => hasActiveTag(r) && matches(r, words));
}

// Where the ring stands for `left` seconds: even seconds until the last 5, then each one.
function ringStep(left) {
  return left > 5 ? 2 * Math.ceil(left / 2) : left;
}

function setRing(svg, left, period) {
  const step = ringStep(left);
  if (svg.dataset.step === String(step)) return;
  svg.dataset.step = String(step);
  svg.setAttribute("aria-label", `${left} seconds left`);
  const arc = svg.querySelector(".arc");
  const c = 2 * Math.PI * 8;
  arc.setAttribute("stroke-dashoffset", (c * (1 - step / period)).toFixed(2));
  const cls = left <= 5 ? "arc low" : "arc";
  if (arc.getAttribute("class") !== cls) arc.setAttribute("class", cls);
}

function ring(left, period) {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 20 20");
  svg.setAttribute("class", "ring");
  svg.setAttribute("role", "img");
  const track = document.createElementNS(ns, "circle");
  track.setAttribute("cx", "10"); track.setAttribute("cy", "10"); track.setAttribute("r", "8");
  track.setAttribute("class", "track");
  const arc = document.createElementNS(ns, "circle");
  arc.setAttribute("cx", "10"); arc.setAttribute("cy", "10"); arc.setAttribute("r", "8");
  arc.setAttribute("class", "arc");
  arc.setAttribute("stroke-dasharray", (2 * Math.PI * 8).toFixed(2));
  arc.setAttribute("transform", "rotate(-90 10 10)");
  svg.append(track, arc);
  setRing(svg, left, period);
  return svg;
}

function label(r) {
  return [r.issuer, r.account].filter(Boolean).join(" ") || "account";
}

const DOTS = "••• •••";

// What the code button shows and says: the code, dots in privacy mode, or why none.
function codeFace(r) {
  if (!r.code) {
    return [r.kind === "hotp" ? DOTS : "—", `No code shown for ${label(r)}`];
  }
  if (isHidden(r.id)) return [DOTS, `Show and copy the code for ${label(r)}`];
  return [groupCode(r.code), `Copy code ${r.code.split("").join(" ")} for ${label(r)}`];
}

function setCodeFace(button, r) {
  const [text, aria] = codeFace(r);
  if (button.textContent !== text) button.textContent = text;
  button.setAttribute("aria-label", aria);
  button.dataset.code = r.code || "";
  button.dataset.hidden = String(isHidden(r.id));
}

// A small pushpin (drawn here: no emoji font is needed) saying the account is pinned.
function pinMark() {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("class", "pinned-mark");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", "pinned");
  const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
  path.setAttribute("d", "M15 2l7 7-2 1-4 4 1 5-2 2-4-4-6 6-1-1 6-6-4-4 2-2 5 1 4-4z");
  svg.append(path);
  return svg;
}

// Moving cards: the user's own order, kept by Rust (settings.json). Pinned cards stay
// first in pin order, so only the others move, among the cards on screen.
function movable() {
  return [...list.children].filter((li) => li.draggable).map((li) => li.dataset.id);
}

async function moveTo(id, before) {
  try {
    await call("move_account", { id, before });
    await refresh();
    const li = list.querySelector(`li[data-id="${CSS.escape(id)}"]`);
    if (li) li.querySelector("button.code").focus();
  } catch (e) {
    status.textContent = e.message;
  }
}

function moveBy(id, step) {
  const ids = movable();
  const i = ids.indexOf(id);
  if (i < 0 || i + step < 0 || i + step >= ids.length) return;
  // Up: before the previous card; down: before the card after the next (or last).
  moveTo(id, step < 0 ? ids[i - 1] : (ids[i + 2] ?? null));
}

let dragging = null;

function wireMoves(li, id) {
  li.draggable = true;
  li.addEventListener("keydown", (e) => {
    if (e.altKey && (e.key === "ArrowUp" || e.key === "ArrowDown")) {
      e.preventDefault();
      moveBy(id, e.key === "ArrowUp" ? -1 : 1);
    }
  });
  li.addEventListener("dragstart", (e) => {
    dragging = id;
    e.dataTransfer.effectAllowed = "move";
    e.dataTransfer.setData("text/plain", "");
    li.classList.add("dragging");
  });
  li.addEventListener("dragend", () => {
    dragging = null;
    li.classList.remove("dragging");
  });
  const lowerHalf = (e) => {
    const r = li.getBoundingClientRect();
    return e.clientY > r.top + r.height / 2;
  };
  li.addEventListener("dragover", (e) => {
    if (!dragging || dragging === id) return;
    e.preventDefault();
    li.classList.toggle("drop-after", lowerHalf(e));
    li.classList.toggle("drop-before", !lowerHalf(e));
  });
  li.addEventListener("dragleave", () => li.classList.remove("drop-before", "drop-after"));
  li.addEventListener("drop", (e) => {
    e.preventDefault();
    li.classList.remove("drop-before", "drop-after");
    if (!dragging || dragging === id) return;
    const ids = movable().filter((x) => x !== dragging);
    const at = ids.indexOf(id) + (lowerHalf(e) ? 1 : 0);
    moveTo(dragging, ids[at] ?? null);
  });
}

// Move up and Move down, where the card can go that way.
function moves(r) {
  const ids = movable();
  const i = ids.indexOf(r.id);
  if (i < 0) return [];
  const out = [];
  if (i > 0) out.push({ action: "up", label: "Move up (Alt+↑)", run: () => moveBy(r.id, -1) });
  if (i < ids.length - 1) out.push({ action: "down", label: "Move down (Alt+↓)", run: () => moveBy(r.id, 1) });
  return out;
}

// What the card's menu offers for row `r`.
function cardActions(r) {
  const rc = recovery[r.id];
  const run = (name, ...args) => () => actions[name] && actions[name](...args);
  return [
    { action: "pin", label: r.pinned ? "Unpin" : "Pin to the top", run: () => setPinned(r, !r.pinned) },
    ...moves(r),
    { action: "tags", label: "Tags, note and icon…", run: run("tags", r, label(r)) },
    { action: "qr", label: "Show QR code…", run: run("qr", r.id, label(r)) },
    { action: "recovery", label: rc ? `Recovery codes (${rc.unused} unused)…` : "Recovery codes…", run: run("recovery", r.id, label(r)) },
    { action: "remove", label: "Remove…", danger: true, run: run("remove", r.id, label(r)) },
  ];
}

function render() {
  const elapsed = Math.floor((Date.now() - fetchedAt) / 1000);
  renderTagFilter(rows, render);
  const shown = visibleRows();
  observer.disconnect();
  onScreen.clear();
  list.replaceChildren(...shown.map((r) => {
    const li = el("li", "account");
    li.dataset.id = r.id;
    li.append(iconFor(r));
    const names = el("div", "names");
    const title = el("span", "title");
    title.append(el("span", "issuer", r.issuer || r.account || "(no name)"));
    if (r.pinned) title.append(pinMark());
    names.append(title, el("span", "name", r.issuer ? r.account : ""));
    if (r.tags && r.tags.length) names.append(tagChips(r.tags));
    li.append(names);
    const code = el("button", "code");
    setCodeFace(code, r);
    code.addEventListener("click", () => copy(r));
    // The ring sits beside the code (they wrap together); the seconds and the next code
    // show below, in the last 5 s.
    const codeBox = el("span", "code-box");
    codeBox.append(code);
    li.append(codeBox);
    const meta = el("div", "meta");
    if (r.kind === "hotp") {
      const b = el("button", "next", "Next code");
      b.setAttribute("aria-label", `Next code for ${label(r)}`);
      b.addEventListener("click", () => nextHotp(r.id));
      meta.append(b);
    } else if (r.remaining != null) {
      const left = Math.max(r.remaining - elapsed, 0);
      codeBox.prepend(ring(left, r.period || 30));
      const s = el("span", "remaining", `${left} s`);
      s.dataset.remaining = String(left);
      s.hidden = left > 5;
      meta.append(s);
      if (r.next) {
        const n = el("span", "next-code", `next ${groupCode(r.next)}`);
        n.dataset.next = r.next;
        n.hidden = left > 5 || isHidden(r.id);
        meta.append(n);
      }
    }
    // Only a warning shows on the card: two or fewer unused recovery codes.
    const rc = recovery[r.id];
    if (rc && rc.unused <= 2) {
      const b = el("button", "recovery low", `${rc.unused} recovery`);
      b.setAttribute("aria-label", `Recovery codes for ${label(r)}: only ${rc.unused} unused`);
      b.addEventListener("click", () => actions.recovery && actions.recovery(r.id, label(r)));
      meta.append(b);
    }
    const more = el("button", "more", "⋮");
    more.setAttribute("aria-label", `Actions for ${label(r)}`);
    codeBox.append(more);
    wireCard(li, more, () => cardActions(r));
    if (!r.pinned) wireMoves(li, r.id);
    li.append(meta);
    if (r.error) li.append(el("span", "error", r.error.message));
    return li;
  }));
  for (const li of list.children) observer.observe(li);
  listTools.hidden = rows.length === 0;
  empty.hidden = rows.length !== 0;
  noMatch.hidden = rows.length === 0 || shown.length !== 0;
}

// `withRecovery`: also re-read the recovery-code counts (they change only through the
// app's own actions, so the once-a-period refresh skips that keychain read).
export async function refresh(withRecovery = true) {
  let inPlace = false;
  try {
    const result = await call("list_codes");
    inPlace = !withRecovery && sameShape(rows, result.accounts);
    rows = result.accounts;
    fetchedAt = Date.now();
    if (!inPlace) await loadIcons(rows);
    lockEnabled = result.lock_enabled;
    setHideCodes(result.hide_codes, result.hide_after_away_secs);
    if (document.activeElement !== sortSelect) sortSelect.value = result.sort;
    status.textContent = result.warnings.map((w) => w.message).join(" ");
    showLocked(false);
  } catch (e) {
    rows = [];
    const locked = e.code === "app.locked";
    if (locked) { lockEnabled = true; fetchedAt = Date.now(); }
    status.textContent = locked ? "" : e.message;
    showLocked(locked);
    withRecovery = withRecovery && !locked;
  }
  if (withRecovery) {
    try {
      recovery = await call("recovery_summary");
    } catch (e) {
      recovery = {};
      status.textContent = `${status.textContent} ${e.message}`.trim();
    }
  }
  if (inPlace) patchRows(); else render();
  if (document.body.dataset.ready !== "true") {
    document.body.dataset.ready = "true";
    // The window starts hidden and is shown once it has something to show (see
    // `ui_ready` in src-tauri/desktop/mod.rs).
    call("ui_ready").catch(() => {});
    requestAnimationFrame(() => call("ui_painted", { rows: rows.length }).catch(() => {}));
  }
}

// Under a closed app lock the list gives way to the password form (no code, no name).
function showLocked(locked) {
  if (lockScreen.hidden === !locked) return;
  lockScreen.hidden = !locked;
  list.hidden = locked;
  document.body.dataset.locked = String(locked);
  if (locked) document.getElementById("lock-password").focus();
}

// Refreshes unless the listing is younger than `ms`: the window is first shown a few
// milliseconds after the first listing, which needs no second one.
export function refreshUnlessFresh(ms) {
  if (Date.now() - fetchedAt > ms) refresh();
}

export async function copy(r) {
  if (isHidden(r.id) && r.code) {
    reveal(r.id, r.remaining == null ? 0 : r.remaining - Math.floor((Date.now() - fetchedAt) / 1000));
    render();
  }
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

async function setPinned(r, pinned) {
  try {
    await call("pin_account", { id: r.id, pinned });
    toast(pinned ? `Pinned ${label(r)}` : `Unpinned ${label(r)}`);
    await refresh();
  } catch (e) {
    status.textContent = e.message;
  }
}

async function nextHotp(id) {
  try {
    const row = await call("next_hotp_code", { id });
    // The row comes without the listing's pin, tags and note: keep those.
    rows = rows.map((r) => (r.id === id ? { ...row, pinned: r.pinned, tags: r.tags, note: r.note } : r));
    render();
  } catch (e) {
    status.textContent = e.message;
  }
}

// A new period changes codes and countdowns only: when the accounts are the same, the
// rows on screen are updated in place instead of rebuilt.
function sameShape(old, fresh) {
  return old.length === fresh.length && old.every((r, i) => {
    const f = fresh[i];
    return r.id === f.id && r.kind === f.kind && r.issuer === f.issuer && r.account === f.account &&
      !r.error && !f.error && Boolean(r.pinned) === Boolean(f.pinned) &&
      (r.tags || []).join("\n") === (f.tags || []).join("\n") && (r.note || "") === (f.note || "") && (r.remaining == null) === (f.remaining == null) && Boolean(r.next) === Boolean(f.next) &&
      JSON.stringify(r.icon) === JSON.stringify(f.icon) && r.icon_choice === f.icon_choice;
  });
}

function patchRows() {
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const li of list.children) {
    const r = byId.get(li.dataset.id);
    if (!r) continue;
    const code = li.querySelector(".code");
    if (r.kind === "hotp") {
      // A listing has no HOTP code: the one on screen (from "Next code") stays, and only
      // privacy mode's dots come and go.
      if (code && code.dataset.code && code.dataset.hidden !== String(isHidden(r.id))) {
        setCodeFace(code, { ...r, code: code.dataset.code });
      }
      continue;
    }
    if (code && (code.dataset.code !== (r.code || "") || code.dataset.hidden !== String(isHidden(r.id)))) {
      setCodeFace(code, r);
    }
    const next = li.querySelector(".next-code");
    if (next && r.next && next.dataset.next !== r.next) {
      next.dataset.next = r.next;
      next.textContent = `next ${groupCode(r.next)}`;
    }
  }
  updateCountdowns(Math.floor((Date.now() - fetchedAt) / 1000), list.children);
}

// Once a second: only the countdowns change, in place (no list rebuild), so an idle
// window costs next to nothing; the list is fetched again when a period ends.
function updateCountdowns(elapsed, lis = onScreen) {
  for (const li of lis) {
    const r = rows.find((x) => x.id === li.dataset.id);
    if (!r || r.remaining == null) continue;
    const left = Math.max(r.remaining - elapsed, 0);
    const s = li.querySelector(".remaining");
    if (s && s.dataset.remaining !== String(left)) {
      s.dataset.remaining = String(left);
      if (s.hidden !== left > 5) s.hidden = left > 5;
      if (left <= 5) s.textContent = `${left} s`;
    }
    const next = li.querySelector(".next-code");
    const nextHidden = left > 5 || isHidden(r.id);
    if (next && next.hidden !== nextHidden) next.hidden = nextHidden;
    const svg = li.querySelector(".ring");
    if (svg) setRing(svg, left, r.period || 30);
  }
}

export function tick() {
  if (document.visibilityState === "hidden") return;
  const elapsed = Math.floor((Date.now() - fetchedAt) / 1000);
  const stale = rows.some((r) => r.remaining != null && r.remaining - elapsed <= 0);
  const lockCheck = lockEnabled && Date.now() - fetchedAt >= LOCK_CHECK_MS;
  if (stale || lockCheck) {
    refresh(!lockScreen.hidden);
    return;
  }
  // Both are checked every second: one may change while the other does not.
  const awayChanged = checkAway();
  const revealEnded = expireReveals();
  if (awayChanged || revealEnded) patchRows(); else updateCountdowns(elapsed);
}

export function rerender() {
  render();
}

// The cards' order is the user's setting, kept by Rust (settings.json) and applied there.
sortSelect.addEventListener("change", async () => {
  try {
    await call("set_sort", { order: sortSelect.value });
    await refresh();
  } catch (e) {
    status.textContent = e.message;
  }
});
