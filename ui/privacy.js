// Privacy mode (Settings ⚙, "Hide codes until clicked"): codes show as dots, and a click
// (or Enter or Space on the code) shows that one code for the rest of its period, at
// least 10 s, while it is copied as usual. Only the picture is hidden: search still
// works on names and tags, and the tray and the desktop search follow their own settings.
const MIN_SHOWN_MS = 10_000;

let on = false;
// Account id -> the time (ms) until which its code is shown.
const shownUntil = new Map();

export function setHideCodes(value) {
  on = Boolean(value);
  if (!on) shownUntil.clear();
}

export function hideCodes() {
  return on;
}

// Whether the code of account `id` is hidden now.
export function isHidden(id) {
  return on && !((shownUntil.get(id) || 0) > Date.now());
}

// Shows one account's code for `remaining` seconds (its period's rest), at least 10 s.
export function reveal(id, remaining) {
  if (!on) return;
  shownUntil.set(id, Date.now() + Math.max((remaining || 0) * 1000, MIN_SHOWN_MS));
}

// Forgets the reveals that have run out; true when one did (the list must be redrawn).
export function expireReveals() {
  let any = false;
  const now = Date.now();
  for (const [id, until] of shownUntil) {
    if (until <= now) {
      shownUntil.delete(id);
      any = true;
    }
  }
  return any;
}
