// Calls into Rust. Every error is {code, message}; this turns anything else into one.
const tauriInvoke = window.__TAURI__.core.invoke;

export async function call(command, args) {
  try {
    return await tauriInvoke(command, args);
  } catch (e) {
    if (e && typeof e === "object" && "code" in e) throw e;
    throw { code: "desktop.ipc", message: String(e) };
  }
}

export function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export function groupCode(code) {
  if (!code) return "";
  if (code.length === 6) return `${code.slice(0, 3)} ${code.slice(3)}`;
  if (code.length === 8) return `${code.slice(0, 4)} ${code.slice(4)}`;
  if (code.length === 7) return `${code.slice(0, 3)} ${code.slice(3)}`;
  return code;
}

let toastTimer = 0;
// A short message at the bottom; with `action` ({label, run}) a button beside it (Undo),
// shown for `ms`.
export function toast(text, action, ms = 4000) {
  const t = document.getElementById("toast");
  t.textContent = text;
  if (action) {
    const b = el("button", "toast-action", action.label);
    b.addEventListener("click", () => {
      t.hidden = true;
      action.run();
    });
    t.append(" ", b);
  }
  t.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { t.hidden = true; }, ms);
}

export function openDialog(d) {
  if (!d.open) d.showModal();
}

// The native file chooser, when the dialog plugin is there; null when none was chosen.
export async function choose(save, filters) {
  const dialog = window.__TAURI__ && window.__TAURI__.dialog;
  if (!dialog) return null;
  try {
    return save ? await dialog.save({ filters }) : await dialog.open({ multiple: false, directory: false, filters });
  } catch (e) {
    toast(String(e));
    return null;
  }
}
