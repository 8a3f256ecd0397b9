// The window of a long list: with more than WINDOW_MIN items shown, only those within a
// margin of the view take part in layout; the others stay in the list (in their order,
// named for screen readers, counted by moves and drag and drop) but are out of layout
// (`far`, display: none) behind the list's top and bottom padding, which keeps their room
// so that the scroll bar and the scroll position stay true. WebKit walks every laid-out
// item at each repaint and at every search keystroke, even those `content-visibility`
// skips; taken out of layout, an item costs nothing.
//
// Where an item out of layout would be is worked out from the heights of the items as
// they were last laid out (an item never laid out counts as the mean of those measured,
// or as a placeholder's height before any was).
//
// Whether the search and the tag bar show an item is kept on the item (`want`, read by
// `isShown`). Its `hidden` attribute follows at once for the items in layout, and later,
// in small chunks between keystrokes (`syncSoon`), for those out of layout before and
// after: they are `display: none` either way, and changing an attribute of hundreds of
// items costs WebKit a style pass over each at the keystroke.

const WINDOW_MIN = 200;
const GAP = 8; // the list's grid gap (ui/style.css)
const EST = 62; // a placeholder's height (ui/style.css)
const heights = new Map();
let sum = 0;

// An item's account id, kept on the element: `dataset` is slow to read a thousand times
// per keystroke.
export const idOf = (li) => li.rowId ?? (li.rowId = li.dataset.id);

const height = (li) => heights.get(idOf(li)) ?? (heights.size ? sum / heights.size : EST);

// Where the list's first item starts, relative to the view. Read it before changing which
// items are shown, so that reading it does not lay out the changed list.
export function listTop(list) {
  return list.getBoundingClientRect().top;
}

// Whether the search and the tag bar show `li` (its `hidden` may lag behind: see above).
export const isShown = (li) => li.want ?? !li.hidden;

// Whether `li` is out of layout (far, hidden, or both).
const outOfLayout = (li) => li.hidden || li.classList.contains("far");

// Takes the items of `list` that are shown (`isShown`) and puts those within `margin`
// pixels of the view in layout and the others out, given `top` (see `listTop`). Returns
// the items in layout, in order. Writes only what changes, and nothing for an item that
// stays out of layout: no layout is read here.
export function place(list, top, margin) {
  const shown = [];
  for (const li of list.children) {
    if (isShown(li)) shown.push(li);
    else if (!outOfLayout(li)) li.hidden = true;
  }
  let from = 0, to = shown.length;
  let padTop = 0, padBottom = 0;
  if (shown.length > WINDOW_MIN) {
    const low = -margin - top, high = window.innerHeight + margin - top;
    let y = 0;
    from = -1;
    for (let i = 0; i < shown.length; i++) {
      const h = height(shown[i]) + GAP;
      if (from < 0 && y + h >= low) from = i;
      if (from >= 0 && y > high) { to = i; break; }
      y += h;
    }
    if (from < 0) from = Math.max(shown.length - 1, 0);
    for (let i = 0; i < from; i++) padTop += height(shown[i]) + GAP;
    for (let i = to; i < shown.length; i++) padBottom += height(shown[i]) + GAP;
  }
  const inLayout = [];
  const size = String(shown.length);
  for (let i = 0; i < shown.length; i++) {
    const li = shown[i];
    if (i < from || i >= to) {
      if (!outOfLayout(li)) li.classList.add("far");
      continue;
    }
    if (li.hidden) li.hidden = false;
    if (li.classList.contains("far")) li.classList.remove("far");
    inLayout.push(li);
    if (li.getAttribute("aria-setsize") !== size) li.setAttribute("aria-setsize", size);
    const pos = String(i + 1);
    if (li.getAttribute("aria-posinset") !== pos) li.setAttribute("aria-posinset", pos);
  }
  const px = (n) => (n ? `${n}px` : "");
  if (list.style.paddingTop !== px(padTop)) list.style.paddingTop = px(padTop);
  if (list.style.paddingBottom !== px(padBottom)) list.style.paddingBottom = px(padBottom);
  return inLayout;
}

// Brings the `hidden` attribute of items out of layout in line with `isShown`, a few
// milliseconds at a time once the keystrokes pause; an item shown but out of layout is
// made `far` before it loses `hidden`, so it never enters layout on the way.
let syncTimer = 0;
export function syncSoon(list, delay = 150) {
  clearTimeout(syncTimer);
  syncTimer = setTimeout(() => syncStep(list, 0), delay);
}

function syncStep(list, from) {
  const items = list.children;
  const t0 = performance.now();
  let i = from;
  for (; i < items.length; i++) {
    const li = items[i];
    const want = isShown(li);
    if (li.hidden === !want) continue;
    if (want && !li.classList.contains("far")) li.classList.add("far");
    li.hidden = !want;
    if ((i & 31) === 0 && performance.now() - t0 > 3) break;
  }
  if (i < items.length) syncTimer = setTimeout(() => syncStep(list, i + 1), 16);
}

// Records the heights of items in layout (call once layout is clean: it reads it).
export function measure(items) {
  for (const li of items) {
    const h = li.getBoundingClientRect().height;
    if (h <= 0) continue;
    sum += h - (heights.get(idOf(li)) ?? 0);
    heights.set(idOf(li), h);
  }
}

// Scrolls so that `li` (in layout or not) is in the middle of the view; the caller places
// the list again afterwards.
export function scrollToItem(list, li) {
  if (!isShown(li)) return;
  let y = 0;
  for (const x of list.children) {
    if (x === li) break;
    if (isShown(x)) y += height(x) + GAP;
  }
  const top = listTop(list) + window.scrollY;
  window.scrollTo(0, Math.max(top + y - (window.innerHeight - height(li)) / 2, 0));
}

// What the user is looking at: the item at the top of the view and where it is, or that
// the view is at the end of the page. Read before the window moves; `keepAnchor` puts the
// view back there after it moved, so that the room guessed for the items that came into
// layout (or a card built taller than its placeholder) never moves the view under the user.
export function viewAnchor() {
  const root = document.documentElement;
  const atEnd = window.scrollY > 0 && window.scrollY + window.innerHeight >= root.scrollHeight - 2;
  const hit = document.elementFromPoint(window.innerWidth / 2, 1);
  const li = hit && hit.closest("li.account");
  return { atEnd, id: li ? li.dataset.id : null, top: li ? li.getBoundingClientRect().top : 0 };
}

export function keepAnchor(anchor) {
  const root = document.documentElement;
  if (anchor.atEnd) {
    const end = root.scrollHeight - window.innerHeight;
    if (Math.abs(window.scrollY - end) > 1) window.scrollTo(0, end);
    return;
  }
  if (!anchor.id) return;
  const li = document.querySelector(`#accounts li[data-id="${CSS.escape(anchor.id)}"]`);
  if (!li || li.hidden || li.classList.contains("far")) return;
  const moved = li.getBoundingClientRect().top - anchor.top;
  if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
}
