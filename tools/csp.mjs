// The page's Content-Security-Policy, shared by the Trunk post-build hook
// and the single-file build.
import { createHash } from "node:crypto";

/** SHA-256 of `data` as hex (default) or base64. */
export const sha256 = (data, enc = "hex") => createHash("sha256").update(data).digest(enc);

/** The policy, allowing exactly the inline scripts and styles with these hashes. */
export function contentSecurityPolicy(scriptHashes, styleHashes = []) {
  const s = (hashes) => hashes.map((h) => ` 'sha256-${h}'`).join("");
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${s(scriptHashes)}`,
    `style-src 'self'${s(styleHashes)}`,
    "img-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** Hashes (base64) of the contents of `tag` elements without a src, e.g. inline scripts. */
export function inlineHashes(html, tag = "script") {
  const re = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, "g");
  return [...html.matchAll(re)].filter((m) => !/\bsrc=/.test(m[1])).map((m) => sha256(m[2], "base64"));
}
