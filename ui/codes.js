// The accounts list: live codes (computed in Rust), a countdown ring per period, the
// next code in the last 5 s, search, copy with automatic clearing, HOTP "next code".
//
// Idle cost: every visible change costs WebKitGTK a repaint (about 4 ms of CPU here,
// whatever its size), so the ring moves in 2-second steps until the last 5 s, when it
// turns red and the seconds and the next code appear, changing each second; a new
// period updates the rows in place. See benches/webkit-floor.sh for the measurements.
//
// Scale: the first screenful of cards is built at once; the others start as empty
// placeholders (one list item each, named for screen readers) that become cards as they
// come near the view. Search and the tag bar only show and hide items; in a long list
// the items far from the view are out of layout (ui/listwindow.js), the others off
// screen are skipped by the engine (`content-visibility`), and their countdowns are not
// touched until they scroll into view. When a period ends, only the cards in view get
// their new codes (ui/period.js); a card that comes into view with an earlier period's
// codes asks for its own.
import { call, toast } from "./api.js";
import { hasActiveTag, renderTagFilter } from "./tags.js";
import { checkAway, expireReveals, isHidden, reveal, setHideCodes } from "./privacy.js";
import { loadIcons } from "./icons.js";
import { buildCard, label } from "./card.js";
import { moves, setupMoves } from "./move.js";
import { listing } from "./listing.js";
import { freshen, patchRows, periodUpdate, sameShape, updateCountdowns } from "./period.js";
import { t } from "./i18n.js";
import { idOf, isShown, keepAnchor, listTop, measure as measureHeights, place, scrollToItem, syncSoon, viewAnchor } from "./listwindow.js";

const list = document.getElementById("accounts");
const status = document.getElementById("status");
const empty = document.getElementById("empty");
const noMatch = document.getElementById("no-match");
const search = document.getElementById("search");
const lockScreen = document.getElementById("lock-screen");
const listTools = document.getElementById("list-tools");
const sortSelect = document.getElementById("sort");

// With the app lock on, the listing is re-read every few seconds, so that a `lock now`
// (or an unlock) elsewhere shows here within that time.
let lockEnabled = false;
let measure = false;
const LOCK_CHECK_MS = 5000;
// Cards built at once; the others are built as they come within MARGIN pixels of the
// view. Which items are near the view is worked out on scroll, resize and filtering by a
// binary search over the shown items (in document order), not by observers: an observer
// with a target per item costs every repaint a pass over all of them.
const FIRST_CARDS = 40;
const MARGIN = 1500;

// The shown items from the first one that reaches `top` (px, relative to the view) to
// the last one that starts above `bottom`.
function itemsBetween(items, top, bottom) {
  let lo = 0, hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].getBoundingClientRect().bottom < top) lo = mid + 1; else hi = mid;
  }
  let end = lo;
  while (end < items.length && items[end].getBoundingClientRect().top <= bottom) end++;
  return [lo, end];
}

// Puts the items near the view in layout (ui/listwindow.js), builds the placeholders
// among them and updates which cards are on screen; a card that comes into view catches
// up with the countdown and the codes it missed.
function updateView() {
  viewQueued = false;
  const anchor = viewAnchor();
  const items = place(list, listTop(list), MARGIN);
  const h = window.innerHeight;
  const [from, to] = itemsBetween(items, -MARGIN, h + MARGIN);
  const elapsed = Math.floor((Date.now() - listing.fetchedAt) / 1000);
  const built = [];
  let byId = null;
  let ctx = null;
  for (let i = from; i < to; i++) {
    const li = items[i];
    if (!li.classList.contains("placeholder")) continue;
    byId = byId || new Map(listing.rows.map((r) => [r.id, r]));
    ctx = ctx || cardContext();
    const r = byId.get(idOf(li));
    if (!r) continue;
    const card = buildCard(r, elapsed, ctx);
    for (const a of ["aria-setsize", "aria-posinset"]) {
      if (li.hasAttribute(a)) card.setAttribute(a, li.getAttribute(a));
    }
    li.replaceWith(card);
    items[i] = card;
    built.push(card);
  }
  measureHeights(items);
  keepAnchor(anchor);
  const [first, last] = itemsBetween(items, 0, h);
  const now = new Set(items.slice(first, last));
  const came = [...now].filter((li) => !listing.onScreen.has(li));
  listing.onScreen.clear();
  for (const li of now) listing.onScreen.add(li);
  if (came.length) updateCountdowns(elapsed, came);
  freshen([...new Set([...built, ...came])]);
}

// Brings the card of account `id` into view (built, in layout) and focuses its code.
export function focusCard(id) {
  const li = list.querySelector(`li[data-id="${CSS.escape(id)}"]`);
  if (!li || !isShown(li)) return;
  if (li.hidden || li.classList.contains("far") || li.classList.contains("placeholder")) {
    scrollToItem(list, li);
    updateView();
  }
  const card = list.querySelector(`li[data-id="${CSS.escape(id)}"] button.code`);
  if (card) card.focus();
}
let viewQueued = false;
function queueView() {
  if (viewQueued) return;
  viewQueued = true;
  requestAnimationFrame(updateView);
}
window.addEventListener("scroll", queueView, { passive: true });
window.addEventListener("resize", queueView);
let recovery = {};
let actions = {};

export function onRowAction(handlers) {
  actions = handlers;
}

// Every word typed must occur in the issuer, the account name, a tag or the note.
// (The text searched is made once per listing, not once per keystroke.)
const searchText = new WeakMap();
function matches(r, words) {
  let text = searchText.get(r);
  if (text === undefined) {
    text = `${r.issuer} ${r.account} ${(r.tags || []).join(" ")} ${r.note || ""}`.toLowerCase();
    searchText.set(r, text);
  }
  return words.every((w) => text.includes(w));
}

export function visibleRows() {
  const words = search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return listing.rows.filter((r) => hasActiveTag(r) && matches(r, words));
}

// What the card's menu offers for row `r`.
function cardActions(r) {
  const rc = recovery[r.id];
  const run = (name, ...args) => () => actions[name] && actions[name](...args);
  return [
    { action: "pin", label: r.pinned ? t("menu-unpin") : t("menu-pin"), run: () => setPinned(r, !r.pinned) },
    ...moves(r),
    { action: "tags", label: t("menu-tags"), run: run("tags", r, label(r)) },
    { action: "qr", label: t("menu-qr"), run: run("qr", r.id, label(r)) },
    { action: "recovery", label: rc ? t("menu-recovery-count", { count: rc.unused }) : t("menu-recovery"), run: run("recovery", r.id, label(r)) },
    { action: "remove", label: t("menu-remove"), danger: true, run: run("remove", r.id, label(r)) },
  ];
}

function cardContext() {
  return {
    copy,
    nextHotp,
    recovery,
    openRecovery: (id, name) => actions.recovery && actions.recovery(id, name),
    menu: cardActions,
    timeLeft,
  };
}

// Says (in the status line, which screen readers read out) how long account `id`'s code
// has left; asked for with T on its code, never repeated by itself.
function timeLeft(id) {
  const r = listing.rows.find((row) => row.id === id);
  if (!r) return;
  const elapsed = Math.floor((Date.now() - listing.fetchedAt) / 1000);
  status.textContent = r.remaining == null
    ? t("card-time-left-counter", { label: label(r) })
    : t("card-time-left", { label: label(r), seconds: Math.max(r.remaining - elapsed, 1) });
}

// Builds every card (the first screenful now, the others after the first paint) and shows
// those the search and the tag bar let through.
function render() {
  const elapsed = Math.floor((Date.now() - listing.fetchedAt) / 1000);
  const ctx = cardContext();
  listing.onScreen.clear();
  const top = listTop(list);
  list.replaceChildren(...listing.rows.map((r, i) => (i < FIRST_CARDS ? buildCard(r, elapsed, ctx) : placeholder(r))));
  applyFilter(top);
}

// An account's list item before its card is built: its name for screen readers, its
// place in the order (moving counts it), and its size for the scroll bar.
function placeholder(r) {
  const li = document.createElement("li");
  li.className = "account placeholder";
  li.dataset.id = r.id;
  li.setAttribute("aria-label", label(r));
  li.draggable = !r.pinned;
  return li;
}

// Shows the cards the search and the tag bar let through, hides the others.
// `top`: the list's place (`listTop`), read before the list changed.
function applyFilter(top = listTop(list)) {
  renderTagFilter(listing.rows, rerender);
  const shown = new Set(visibleRows().map((r) => r.id));
  // The list's place is read before the change, so that reading it lays nothing out;
  // the items newly shown far from the view never enter layout.
  for (const li of list.children) li.want = shown.has(idOf(li));
  place(list, top, MARGIN);
  syncSoon(list);
  listTools.hidden = listing.rows.length === 0;
  empty.hidden = listing.rows.length !== 0;
  noMatch.hidden = listing.rows.length === 0 || shown.size !== 0;
  queueView();
}

// `withRecovery`: also re-read the recovery-code counts (they change only through the
// app's own actions, so the once-a-period refresh skips that keychain read).
export async function refresh(withRecovery = true) {
  let inPlace = false;
  try {
    const result = await call("list_codes");
    inPlace = !withRecovery && sameShape(listing.rows, result.accounts);
    listing.rows = result.accounts;
    listing.fetchedAt = Date.now();
    listing.revision = result.revision;
    listing.stale.clear();
    if (!inPlace) await loadIcons(listing.rows);
    lockEnabled = result.lock_enabled;
    setHideCodes(result.hide_codes, result.hide_after_away_secs);
    measure = Boolean(result.measure);
    if (document.activeElement !== sortSelect) sortSelect.value = result.sort;
    status.textContent = result.warnings.map((w) => w.message).join(" ");
    showLocked(false);
  } catch (e) {
    listing.rows = [];
    listing.stale.clear();
    const locked = e.code === "app.locked";
    if (locked) { lockEnabled = true; listing.fetchedAt = Date.now(); }
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
    requestAnimationFrame(() => call("ui_painted", { rows: listing.rows.length }).catch(() => {}));
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
  if (Date.now() - listing.fetchedAt > ms) refresh();
}

// Copies a row's code; true when it was copied.
export async function copy(r) {
  if (isHidden(r.id) && r.code) {
    reveal(r.id, r.remaining == null ? 0 : r.remaining - Math.floor((Date.now() - listing.fetchedAt) / 1000));
    patchRows();
  }
  try {
    let secs;
    if (r.kind === "hotp") {
      if (!r.code) { toast(t("copy-press-next")); return false; }
      secs = await call("copy_text", { text: r.code });
    } else {
      secs = await call("copy_code", { id: r.id });
    }
    toast(t("copy-done", { label: label(r), seconds: secs }));
    document.body.dataset.copied = r.id;
    return true;
  } catch (e) {
    status.textContent = e.message;
    return false;
  }
}

async function setPinned(r, pinned) {
  try {
    await call("pin_account", { id: r.id, pinned });
    toast(pinned ? t("pin-done", { label: label(r) }) : t("unpin-done", { label: label(r) }));
    await refresh();
  } catch (e) {
    status.textContent = e.message;
  }
}

async function nextHotp(id) {
  try {
    const row = await call("next_hotp_code", { id });
    // The row comes without the listing's pin, tags and note: keep those.
    listing.rows = listing.rows.map((r) => (r.id === id ? { ...row, pinned: r.pinned, tags: r.tags, note: r.note } : r));
    render();
  } catch (e) {
    status.textContent = e.message;
  }
}

export function tick() {
  if (document.visibilityState === "hidden") return;
  const elapsed = Math.floor((Date.now() - listing.fetchedAt) / 1000);
  const ended = listing.rows.some((r) => r.remaining != null && r.remaining - elapsed <= 0);
  const lockCheck = lockEnabled && Date.now() - listing.fetchedAt >= LOCK_CHECK_MS;
  if (lockCheck || (ended && !lockScreen.hidden)) {
    refresh(!lockScreen.hidden);
    return;
  }
  if (ended) {
    periodUpdate();
    return;
  }
  // Both are checked every second: one may change while the other does not.
  const awayChanged = checkAway();
  const revealEnded = expireReveals();
  if (awayChanged || revealEnded) patchRows(); else updateCountdowns(elapsed);
}

// Shows and hides cards after a search keystroke or a tag chip; under the desktop bench
// it reports how long that took, style and layout included.
export function rerender() {
  if (!measure) return applyFilter();
  const t0 = performance.now();
  applyFilter();
  void list.offsetHeight;
  call("ui_measured", { what: "search", ms: performance.now() - t0 }).catch(() => {});
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

setupMoves(refresh, focusCard);
