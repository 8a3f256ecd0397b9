// Privacy mode (Settings ⚙, "Hide codes until clicked"): codes show as dots, and a click
// (or Enter or Space on the code) shows that one code for the rest of its period, at
// least 10 s, while it is copied as usual. Only the picture is hidden: search still
// works on names and tags, and the tray and the desktop search follow their own settings.
// Separately, every code is hidden while the window has been in the background for the
// chosen number of seconds, until it has the focus again.
const MIN_SHOWN_MS = 10_000;

let on = false;
let awaySecs = 0;
// When the window lost the focus (ms), or 0 while it has it.
let awaySince = 0;
let away = false;
window.addEventListener("blur", () => { awaySince = Date.now(); });
window.addEventListener("focus", () => { awaySince = 0; });
// Account id -> the time (ms) until which its code is shown.
const shownUntil = new Map();

export function setHideCodes(value, afterAwaySecs) {
  on = Boolean(value);
  awaySecs = afterAwaySecs || 0;
  if (!on) shownUntil.clear();
}

export function hideCodes() {
  return on;
}

// Whether the code of account `id` is hidden now.
export function isHidden(id) {
  return away || (on && !((shownUntil.get(id) || 0) > Date.now()));
}

// Called once a second: true when the window just went "away" (codes to hide) or came
// back (codes to show).
export function checkAway() {
  const now = awaySecs > 0 && awaySince > 0 && Date.now() - awaySince >= awaySecs * 1000;
  if (now === away) return false;
  away = now;
  return true;
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
