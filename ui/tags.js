// Tags and notes in the window: chips on each card, a bar of every tag in use that shows
// only the accounts with one, and the dialog that edits an account's tags (comma
// separated), its note and its icon (a logo of the bundled set, the letter, or an image
// file of the user's, which Rust reads and checks).
// The vault keeps them (src-tauri/storage/tags.rs); names are compared ignoring case.
import { call, choose, el, openDialog, toast } from "./api.js";
import { t } from "./i18n.js";

const bar = document.getElementById("tag-filter");
const dialog = document.getElementById("tags-dialog");
const input = document.getElementById("tags-input");
const noteInput = document.getElementById("note-input");
const error = document.getElementById("tags-error");
const iconSelect = document.getElementById("icon-select");
const iconFile = document.getElementById("icon-file");
const ownImage = iconSelect.querySelector('option[value="image"]');
let iconsListed = false;
// What the tag bar shows now (the active tag and every tag), to rebuild it only on change.
let barShape = "";
let iconBefore = "";
// The tag the list is narrowed to (lower case), or "" for every account.
let active = "";
let target = null;

export function hasActiveTag(r) {
  return !active || (r.tags || []).some((t) => t.toLowerCase() === active);
}

export function tagChips(tags) {
  const box = el("span", "tags");
  box.setAttribute("aria-label", t("tags-chips-label", { tags: tags.join(", ") }));
  box.append(...tags.map((t) => el("span", "tag", t)));
  return box;
}

// Rebuilds the bar from the tags in use; keeps the focus on the chip that had it.
export function renderTagFilter(rows, rerender) {
  const seen = new Map();
  for (const r of rows) {
    for (const t of r.tags || []) if (!seen.has(t.toLowerCase())) seen.set(t.toLowerCase(), t);
  }
  if (active && !seen.has(active)) active = "";
  // Unchanged tags (a search keystroke): the bar stays as it is, with no layout to redo.
  const shape = JSON.stringify([active, [...seen]]);
  if (shape === barShape) return;
  barShape = shape;
  const focused = bar.contains(document.activeElement) ? document.activeElement.dataset.tag : null;
  bar.hidden = seen.size === 0;
  const chip = (key, text) => {
    const b = el("button", "tag-chip", text);
    b.dataset.tag = key;
    b.setAttribute("aria-pressed", String(active === key));
    b.addEventListener("click", () => {
      active = active === key ? "" : key;
      rerender();
    });
    return b;
  };
  const sorted = [...seen.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  bar.replaceChildren(chip("", t("tag-filter-all")), ...sorted.map(([key, text]) => chip(key, text)));
  if (focused != null) {
    for (const b of bar.children) if (b.dataset.tag === focused) b.focus();
  }
}

// The picker lists the bundled set once, on first use.
async function listIcons() {
  if (iconsListed) return;
  try {
    const icons = await call("issuer_icon_list");
    iconSelect.append(...icons.map((i) => {
      const o = el("option", "", i.title);
      o.value = i.slug;
      return o;
    }));
    iconsListed = true;
  } catch (e) {
    error.textContent = e.message;
  }
}

export async function openTags(r, label) {
  target = r.id;
  await listIcons();
  iconBefore = r.icon_choice || "";
  ownImage.hidden = iconBefore !== "image";
  iconSelect.value = iconBefore;
  iconFile.value = "";
  document.getElementById("tags-title").textContent = t("tags-title-for", { label });
  input.value = (r.tags || []).join(", ");
  noteInput.value = r.note || "";
  error.textContent = "";
  openDialog(dialog);
  input.focus();
}

export function setupTags(refresh) {
  document.getElementById("icon-browse").addEventListener("click", async () => {
    const path = await choose(false, [{ name: t("icon-file-filter"), extensions: ["png", "jpg", "jpeg", "svg"] }]);
    if (path) iconFile.value = path;
  });
  document.getElementById("tags-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const tags = input.value.split(",").map((t) => t.trim()).filter(Boolean);
    try {
      // The icon first: a refused image leaves everything as it was.
      if (iconFile.value.trim()) {
        await call("set_account_icon_file", { id: target, path: iconFile.value });
      } else if (iconSelect.value !== iconBefore) {
        await call("set_account_icon", { id: target, icon: iconSelect.value || null });
      }
      const saved = await call("set_account_tags", { id: target, tags });
      await call("set_account_note", { id: target, note: noteInput.value });
      dialog.close();
      toast(saved.length ? t("tags-saved-with", { tags: saved.join(", ") }) : t("tags-saved"));
      refresh();
    } catch (err) {
      error.textContent = err.message;
    }
  });
}
