// The new period's codes, in place: the cards in view get theirs from Rust
// (`period_codes`), the others are marked stale and fetch theirs when they come into view;
// once a second only the countdowns of the cards on screen change. The listing itself is
// codes.js's (ui/listing.js holds it).
import { call, groupCode } from "./api.js";
import { isHidden } from "./privacy.js";
import { setCodeFace, setRing } from "./card.js";
import { listing } from "./listing.js";
import { refresh } from "./codes.js";
import { t } from "./i18n.js";

const list = document.getElementById("accounts");

// A new period changes codes and countdowns only: when the accounts are the same, the
// rows on screen are updated in place instead of rebuilt.
export function sameShape(old, fresh) {
  return old.length === fresh.length && old.every((r, i) => {
    const f = fresh[i];
    return r.id === f.id && r.kind === f.kind && r.issuer === f.issuer && r.account === f.account &&
      !r.error && !f.error && Boolean(r.pinned) === Boolean(f.pinned) &&
      (r.tags || []).join("\n") === (f.tags || []).join("\n") && (r.note || "") === (f.note || "") && (r.remaining == null) === (f.remaining == null) && Boolean(r.next) === Boolean(f.next) &&
      JSON.stringify(r.icon) === JSON.stringify(f.icon) && r.icon_choice === f.icon_choice;
  });
}

export function patchRows(lis = list.children) {
  const byId = new Map(listing.rows.map((r) => [r.id, r]));
  for (const li of lis) {
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
      next.textContent = t("card-next-code", { code: groupCode(r.next) });
    }
  }
  updateCountdowns(Math.floor((Date.now() - listing.fetchedAt) / 1000), lis === list.children ? listing.onScreen : lis);
}

// The new period's codes for the cards in view; the other time-based rows get their
// countdown worked out here and are marked to be fetched when they come into view. A
// listing out of date (an account added elsewhere) is read again whole.
let updating = false;
export async function periodUpdate() {
  if (updating) return;
  updating = true;
  try {
    const inView = [...listing.onScreen];
    const answer = await call("period_codes", { revision: listing.revision, ids: inView.map((li) => li.dataset.id) });
    if (!answer.codes) return await refresh(false);
    const now = Date.now();
    const secs = Math.floor(now / 1000);
    const fresh = new Map(answer.codes.map((c) => [c.id, c]));
    listing.fetchedAt = now;
    for (const r of listing.rows) {
      if (r.remaining == null) continue;
      const c = fresh.get(r.id);
      if (c) {
        Object.assign(r, { code: c.code, next: c.next, remaining: c.remaining });
        listing.stale.delete(r.id);
      } else {
        r.remaining = (r.period || 30) - (secs % (r.period || 30));
        listing.stale.add(r.id);
      }
    }
    patchRows(inView);
  } catch (e) {
    await refresh(false);
  } finally {
    updating = false;
  }
}

// Fetches the codes of the cards `lis` whose rows are stale, then shows them.
export async function freshen(lis) {
  const asked = lis.filter((li) => listing.stale.has(li.dataset.id));
  if (!asked.length) return;
  const ids = asked.map((li) => li.dataset.id);
  ids.forEach((id) => listing.stale.delete(id));
  try {
    const answer = await call("period_codes", { revision: listing.revision, ids });
    if (!answer.codes) return await refresh(false);
    const elapsed = Math.floor((Date.now() - listing.fetchedAt) / 1000);
    const byId = new Map(listing.rows.map((r) => [r.id, r]));
    for (const c of answer.codes) {
      const r = byId.get(c.id);
      if (r) Object.assign(r, { code: c.code, next: c.next, remaining: c.remaining + elapsed });
    }
    patchRows(asked.filter((li) => li.isConnected));
  } catch (e) {
    ids.forEach((id) => listing.stale.add(id));
  }
}

// Once a second: only the countdowns change, in place (no list rebuild), so an idle
// window costs next to nothing; the list is fetched again when a period ends.
export function updateCountdowns(elapsed, lis = listing.onScreen) {
  const byId = lis.size > 8 || lis.length > 8 ? new Map(listing.rows.map((x) => [x.id, x])) : null;
  for (const li of lis) {
    const r = byId ? byId.get(li.dataset.id) : listing.rows.find((x) => x.id === li.dataset.id);
    if (!r || r.remaining == null) continue;
    const left = Math.max(r.remaining - elapsed, 0);
    const s = li.querySelector(".remaining");
    if (s && s.dataset.remaining !== String(left)) {
      s.dataset.remaining = String(left);
      if (s.hidden !== left > 5) s.hidden = left > 5;
      if (left <= 5) s.textContent = t("card-seconds", { seconds: left });
    }
    const next = li.querySelector(".next-code");
    const nextHidden = left > 5 || isHidden(r.id);
    if (next && next.hidden !== nextHidden) next.hidden = nextHidden;
    const svg = li.querySelector(".ring");
    if (svg) setRing(svg, left, r.period || 30);
  }
}
