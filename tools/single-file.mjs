// Writes one self-contained HTML file from a built dist/: the CSS, the
// wasm-bindgen JS and the wasm (base64) inlined, so it opens from file://
// with no server. No service worker or manifest: a file needs neither.
//
//   node tools/single-file.mjs DIST OUT.html
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { contentSecurityPolicy, inlineHashes } from "./csp.mjs";

const [dist = "dist", out = "dist-single/release-explorer.html"] = process.argv.slice(2);
const index = readFileSync(join(dist, "index.html"), "utf8");
const find = (re, what) => {
  const m = index.match(re);
  if (!m) throw new Error(`${dist}/index.html: no ${what} found`);
  return m[1];
};
const jsName = find(/import init, \* as bindings from '\.\/([^']+\.js)'/, "wasm-bindgen loader");
const wasmName = find(/module_or_path: '\.\/([^']+\.wasm)'/, "wasm module");
const cssName = find(/<link rel="stylesheet" href="\.\/([^"]+\.css)"/, "stylesheet");

// The loader is an ES module; inlined, its exports become plain bindings.
const glue = readFileSync(join(dist, jsName), "utf8")
  .replace(/^export \{[^}]*\};?$/gm, "")
  .replace(/^export default (\w+);?$/m, "")
  .replace(/^export (function|class|const|let) /gm, "$1 ");
if (/^export /m.test(glue)) throw new Error(`${jsName}: an export the single-file build does not handle`);
const wasm = readFileSync(join(dist, wasmName)).toString("base64");
const css = readFileSync(join(dist, cssName), "utf8");

const script = `${glue}
const bytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: bytes });
`;
const title = find(/<title>([^<]*)<\/title>/, "title");
const body = `<style>${css}</style>\n<script type="module">${script}</script>`;
const csp = contentSecurityPolicy(inlineHashes(body, "script"), inlineHashes(body, "style"));
const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
${body}
</head>
<body><noscript>Release explorer needs JavaScript and WebAssembly to run.</noscript><div id="app"></div></body>
</html>
`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
console.log(`single-file: ${out} (${html.length} bytes)`);
