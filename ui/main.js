// The window's script: asks Rust for codes (never secrets) and renders them. The list is
// fetched when a period ends; in between only the countdown text changes, once a second.
const invoke = window.__TAURI__.core.invoke;
const list = document.getElementById("accounts");
const status = document.getElementById("status");
const empty = document.getElementById("empty");

let rows = [];
let fetchedAt = 0;

function groupCode(code) {
  if (code.length === 6) return `${code.slice(0, 3)} ${code.slice(3)}`;
  if (code.length === 8) return `${code.slice(0, 4)} ${code.slice(4)}`;
  return code;
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function render() {
  const elapsed = Math.floor((Date.now() - fetchedAt) / 1000);
  list.replaceChildren(...rows.map((r) => {
    const li = el("li", "account");
    li.dataset.id = r.id;
    li.append(el("span", "issuer", r.issuer || r.account || "(no name)"));
    const code = el("span", "code", r.code ? groupCode(r.code) : "");
    code.dataset.code = r.code || "";
    code.setAttribute("aria-label", r.code ? `Code ${r.code.split("").join(" ")}` : "No code shown");
    li.append(code);
    li.append(el("span", "name", r.issuer ? r.account : ""));
    if (r.kind === "hotp") {
      const b = el("button", "next", "Next code");
      b.setAttribute("aria-label", `Next code for ${r.issuer} ${r.account}`);
      b.addEventListener("click", () => nextHotp(r.id));
      li.append(b);
    } else if (r.remaining != null) {
      const left = Math.max(r.remaining - elapsed, 0);
      const s = el("span", "remaining", `${left} s left`);
      s.dataset.remaining = String(left);
      li.append(s);
    }
    if (r.error) li.append(el("span", "error", r.error.message));
    return li;
  }));
  empty.hidden = rows.length !== 0;
}

async function refresh() {
  try {
    const result = await invoke("list_codes");
    rows = result.accounts;
    fetchedAt = Date.now();
    status.textContent = result.warnings.map((w) => w.message).join(" ");
  } catch (e) {
    rows = [];
    status.textContent = e && e.message ? e.message : String(e);
  }
  render();
  document.body.dataset.ready = "true";
}

async function nextHotp(id) {
  try {
    const row = await invoke("next_hotp_code", { id });
    rows = rows.map((r) => (r.id === id ? row : r));
    render();
  } catch (e) {
    status.textContent = e && e.message ? e.message : String(e);
  }
}

function tick() {
  const elapsed = Math.floor((Date.now() - fetchedAt) / 1000);
  const expired = rows.some((r) => r.remaining != null && r.remaining - elapsed <= 0);
  if (expired) refresh(); else render();
}

refresh();
setInterval(tick, 1000);
