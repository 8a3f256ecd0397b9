// Issuer icons on the cards: the bundled set's logo (its SVG path is asked from Rust
// once per slug and kept here), an image of the user's own, or a letter avatar on a
// colour of the issuer's own.
import { call } from "./api.js";

const SVG = "http://www.w3.org/2000/svg";
const paths = new Map();

// Fetches the paths of the slugs in `rows` not yet known; a failure leaves letters.
export async function loadIcons(rows) {
  const missing = [...new Set(rows.map((r) => r.icon && r.icon.kind === "set" ? r.icon.slug : null)
    .filter((s) => s && !paths.has(s)))];
  if (!missing.length) return;
  try {
    const found = await call("issuer_icon_paths", { slugs: missing });
    for (const [slug, d] of Object.entries(found)) paths.set(slug, d);
  } catch (e) {
    // Letter avatars stand in; the codes matter more than the logos.
  }
}

function letterOf(name) {
  const c = [...(name || "")].find((ch) => /[\p{L}\p{N}]/u.test(ch));
  return c ? c.toUpperCase() : "?";
}

// The avatar element for a row (decorative: the names beside it say who it is).
export function iconFor(r) {
  const icon = r.icon || { kind: "letter", letter: letterOf(r.issuer || r.account), hue: 220 };
  const span = document.createElement("span");
  span.setAttribute("aria-hidden", "true");
  if (icon.kind === "image") {
    // An <img> runs no script and fetches nothing, even for an SVG; Rust checked it too.
    span.className = "avatar logo image";
    span.dataset.icon = "image";
    const img = document.createElement("img");
    img.alt = "";
    img.src = `data:${icon.mime === "image/svg+xml" ? "image/svg+xml" : "image/png"};base64,${icon.data}`;
    span.append(img);
    return span;
  }
  const d = icon.kind === "set" ? paths.get(icon.slug) : null;
  if (d) {
    span.className = icon.dark_tile ? "avatar logo dark" : "avatar logo";
    span.dataset.icon = icon.slug;
    span.title = icon.title;
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    const path = document.createElementNS(SVG, "path");
    path.setAttribute("d", d);
    path.setAttribute("fill", `#${icon.hex}`);
    svg.append(path);
    span.append(svg);
    return span;
  }
  span.className = "avatar letter";
  span.dataset.icon = "letter";
  const letter = icon.kind === "letter" ? icon.letter : letterOf(icon.title);
  const hue = icon.kind === "letter" ? icon.hue : 220;
  span.style.background = `hsl(${hue} 45% 40%)`;
  span.textContent = letter;
  return span;
}
