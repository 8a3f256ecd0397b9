// One account's card: its logo, names, tags, the countdown ring, the code (or dots in
// privacy mode), the ⋮ button, and below, in the last 5 s, the seconds and the next code.
// Built here; the list (codes.js) decides which cards exist and keeps them up to date.
import { el, groupCode } from "./api.js";
import { tagChips } from "./tags.js";
import { isHidden } from "./privacy.js";
import { iconFor } from "./icons.js";
import { wireCard } from "./cardmenu.js";
import { wireMoves } from "./move.js";
import { t } from "./i18n.js";

// Where the ring stands for `left` seconds: even seconds until the last 5, then each one.
function ringStep(left) {
  return left > 5 ? 2 * Math.ceil(left / 2) : left;
}

export function setRing(svg, left, period) {
  const step = ringStep(left);
  if (svg.dataset.step === String(step)) return;
  svg.dataset.step = String(step);
  svg.setAttribute("aria-label", t("card-seconds-left", { seconds: left }));
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

export function label(r) {
  return [r.issuer, r.account].filter(Boolean).join(" ") || t("card-account-fallback");
}

const DOTS = "••• •••";

// What the code button shows and says: the code, dots in privacy mode, or why none.
function codeFace(r) {
  if (!r.code) {
    return [r.kind === "hotp" ? DOTS : "—", t("card-no-code", { label: label(r) })];
  }
  if (isHidden(r.id)) return [DOTS, t("card-show-copy", { label: label(r) })];
  return [groupCode(r.code), t("card-copy-code", { code: groupCode(r.code), label: label(r) })];
}

export function setCodeFace(button, r) {
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
  svg.setAttribute("aria-label", t("card-pinned"));
  const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
  path.setAttribute("d", "M15 2l7 7-2 1-4 4 1 5-2 2-4-4-6 6-1-1 6-6-4-4 2-2 5 1 4-4z");
  svg.append(path);
  return svg;
}

// The card of row `r`, `elapsed` seconds after the listing; `ctx` gives what its buttons
// do: copy(r), nextHotp(id), recovery(id, label), menu(r) (the ⋮ menu's items), and the
// recovery-code counts.
export function buildCard(r, elapsed, ctx) {
  const li = el("li", "account");
  li.dataset.id = r.id;
  li.append(iconFor(r));
  const names = el("div", "names");
  const title = el("span", "title");
  title.append(el("span", "issuer", r.issuer || r.account || t("card-no-name")));
  if (r.pinned) title.append(pinMark());
  names.append(title, el("span", "name", r.issuer ? r.account : ""));
  if (r.tags && r.tags.length) names.append(tagChips(r.tags));
  li.append(names);
  const code = el("button", "code");
  setCodeFace(code, r);
  code.addEventListener("click", () => ctx.copy(r));
  // T says how long the code has left (a screen reader hears it once, on request).
  code.setAttribute("aria-keyshortcuts", "T");
  code.addEventListener("keydown", (e) => {
    if (e.key.toLowerCase() === "t" && !e.ctrlKey && !e.altKey && !e.metaKey) {
      e.preventDefault();
      ctx.timeLeft(r.id);
    }
  });
  // The ring sits beside the code (they wrap together); the seconds and the next code
  // show below, in the last 5 s.
  const codeBox = el("span", "code-box");
  codeBox.append(code);
  li.append(codeBox);
  const meta = el("div", "meta");
  if (r.kind === "hotp") {
    const b = el("button", "next", t("card-next-hotp"));
    b.setAttribute("aria-label", t("card-next-hotp-label", { label: label(r) }));
    b.addEventListener("click", () => ctx.nextHotp(r.id));
    meta.append(b);
  } else if (r.remaining != null) {
    const left = Math.max(r.remaining - elapsed, 0);
    codeBox.prepend(ring(left, r.period || 30));
    // The last 5 s: the seconds and the next code, in the card's bottom edge under the
    // code, out of the flow: the card keeps its height (the list does not move).
    const soon = el("div", "soon");
    const s = el("span", "remaining", t("card-seconds", { seconds: left }));
    s.dataset.remaining = String(left);
    s.hidden = left > 5;
    soon.append(s);
    if (r.next) {
      const n = el("span", "next-code", t("card-next-code", { code: groupCode(r.next) }));
      n.dataset.next = r.next;
      n.hidden = left > 5 || isHidden(r.id);
      soon.append(n);
    }
    li.append(soon);
  }
  // Only a warning shows on the card: two or fewer unused recovery codes.
  const rc = ctx.recovery[r.id];
  if (rc && rc.unused <= 2) {
    const b = el("button", "recovery low", t("card-recovery-low", { count: rc.unused }));
    b.setAttribute("aria-label", t("card-recovery-low-label", { label: label(r), count: rc.unused }));
    b.addEventListener("click", () => ctx.openRecovery(r.id, label(r)));
    meta.append(b);
  }
  const more = el("button", "more", "⋮");
  more.setAttribute("aria-label", t("card-actions-label", { label: label(r) }));
  codeBox.append(more);
  wireCard(li, more, () => ctx.menu(r));
  if (!r.pinned) wireMoves(li, r.id);
  li.append(meta);
  if (r.error) li.append(el("span", "error", r.error.message));
  return li;
}
