// An account's QR code, to move it to a phone: only after the user confirms, because
// the picture holds the secret.
import { call, openDialog } from "./api.js";
import { t } from "./i18n.js";

const dialog = document.getElementById("qr-dialog");
let target = null;

export function openQr(id, label) {
  target = id;
  document.getElementById("qr-title").textContent = t("qr-title-for", { label });
  const img = document.getElementById("qr-image");
  img.hidden = true;
  img.removeAttribute("src");
  document.getElementById("qr-confirm").hidden = false;
  document.getElementById("qr-warning").hidden = false;
  openDialog(dialog);
}

export function setupQr() {
  document.getElementById("qr-confirm").addEventListener("click", async () => {
    const img = document.getElementById("qr-image");
    try {
      const svg = await call("account_qr", { id: target });
      img.src = `data:image/svg+xml;base64,${btoa(svg)}`;
      img.hidden = false;
      document.getElementById("qr-confirm").hidden = true;
    } catch (e) {
      document.getElementById("qr-warning").textContent = e.message;
    }
  });
  // Forget the picture as soon as the dialog closes.
  dialog.addEventListener("close", () => {
    const img = document.getElementById("qr-image");
    img.removeAttribute("src");
    img.hidden = true;
  });
}
