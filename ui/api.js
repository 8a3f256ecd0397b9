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
export function toast(text) {
  const t = document.getElementById("toast");
  t.textContent = text;
  t.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { t.hidden = true; }, 4000);
}

export function openDialog(d) {
  if (!d.open) d.showModal();
}
