// The card's actions menu: a ⋮ button on each card, a right click on it, or the
// keyboard's menu key or Shift+F10 while the card has the focus open one shared menu of
// that account's actions (pin, tags/note/icon, QR code, recovery codes, remove), so the
// card itself shows only what identifies it and its code. Arrow keys move, Escape
// closes and returns the focus, Tab closes.
const menu = document.getElementById("card-menu");
let opener = null;

function close(returnFocus) {
  if (menu.hidden) return;
  menu.hidden = true;
  menu.replaceChildren();
  if (opener) {
    opener.setAttribute("aria-expanded", "false");
    if (returnFocus) opener.focus();
  }
  opener = null;
}

// `items`: [{action, label, run}]; `button`: the card's ⋮ button (focus returns there);
// `at`: {x, y} for a right click, else the menu opens under the button.
export function openMenu(button, items, at) {
  close(false);
  opener = button;
  button.setAttribute("aria-expanded", "true");
  menu.replaceChildren(...items.map((it) => {
    const b = document.createElement("button");
    b.type = "button";
    b.setAttribute("role", "menuitem");
    b.dataset.action = it.action;
    b.textContent = it.label;
    if (it.danger) b.className = "danger";
    b.addEventListener("click", () => {
      close(false);
      it.run();
    });
    return b;
  }));
  menu.hidden = false;
  const r = button.getBoundingClientRect();
  const w = menu.offsetWidth, h = menu.offsetHeight;
  let x = at ? at.x : r.right - w;
  let y = at ? at.y : r.bottom + 4;
  x = Math.max(4, Math.min(x, window.innerWidth - w - 4));
  if (y + h > window.innerHeight - 4) y = Math.max(4, (at ? at.y : r.top - 4) - h);
  menu.style.left = `${x + window.scrollX}px`;
  menu.style.top = `${y + window.scrollY}px`;
  menu.querySelector("button").focus();
}

menu.addEventListener("keydown", (e) => {
  const items = [...menu.querySelectorAll("button")];
  const i = items.indexOf(document.activeElement);
  if (e.key === "ArrowDown" || e.key === "ArrowUp") {
    e.preventDefault();
    const step = e.key === "ArrowDown" ? 1 : -1;
    items[(i + step + items.length) % items.length].focus();
  } else if (e.key === "Home" || e.key === "End") {
    e.preventDefault();
    items[e.key === "Home" ? 0 : items.length - 1].focus();
  } else if (e.key === "Escape") {
    e.preventDefault();
    close(true);
  } else if (e.key === "Tab") {
    close(true);
  }
});

document.addEventListener("mousedown", (e) => {
  if (!menu.hidden && !menu.contains(e.target) && e.target !== opener) close(false);
});
window.addEventListener("blur", () => close(false));
window.addEventListener("resize", () => close(false));
document.addEventListener("scroll", () => close(false), true);

// Wires a card: the ⋮ button, a right click anywhere on it, the menu key and Shift+F10.
export function wireCard(li, button, items) {
  button.setAttribute("aria-haspopup", "menu");
  button.setAttribute("aria-expanded", "false");
  button.addEventListener("click", () => {
    if (opener === button) close(true); else openMenu(button, items());
  });
  li.addEventListener("contextmenu", (e) => {
    e.preventDefault();
    // A right click opens at the pointer; the menu key (no pointer position) at the button.
    const fromKeyboard = e.button !== 2 || (e.clientX === 0 && e.clientY === 0);
    openMenu(button, items(), fromKeyboard ? null : { x: e.clientX, y: e.clientY });
  });
  li.addEventListener("keydown", (e) => {
    if ((e.key === "F10" && e.shiftKey) || e.key === "ContextMenu") {
      e.preventDefault();
      openMenu(button, items());
    }
  });
}
