// Moving cards: the user's own order, kept by Rust (settings.json). Pinned cards stay
// first in pin order, so only the others move, among the cards on screen: by drag and
// drop, by Alt+Up/Down on a focused card, or by Move up/down in its menu.
import { call } from "./api.js";
import { isShown } from "./listwindow.js";
import { t } from "./i18n.js";

const list = document.getElementById("accounts");
const status = document.getElementById("status");
let refresh = async () => {};
let focusCard = () => {};

export function setupMoves(refreshList, focus) {
  refresh = refreshList;
  focusCard = focus;
}

function movable() {
  return [...list.children].filter((li) => li.draggable && isShown(li)).map((li) => li.dataset.id);
}
async function moveTo(id, before) {
  try {
    await call("move_account", { id, before });
    await refresh();
    focusCard(id);
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

export function wireMoves(li, id) {
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
export function moves(r) {
  const ids = movable();
  const i = ids.indexOf(r.id);
  if (i < 0) return [];
  const out = [];
  if (i > 0) out.push({ action: "up", label: t("menu-move-up"), run: () => moveBy(r.id, -1) });
  if (i < ids.length - 1) out.push({ action: "down", label: t("menu-move-down"), run: () => moveBy(r.id, 1) });
  return out;
}

