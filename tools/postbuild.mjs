// Trunk post-build hook (see Trunk.toml). Runs on the staging directory,
// before Trunk copies it to dist/:
//
// 1. Content-Security-Policy: Trunk's loader is an inline <script>; its
//    SHA-256 goes into the CSP <meta>, so no 'unsafe-inline' is needed.
// 2. Service worker: writes sw.js from static/sw.js with the build version
//    and the list of every file of the build, each with a hash of its
//    content as its revision.
import { contentSecurityPolicy, inlineHashes, sha256 } from "./csp.mjs";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("postbuild.mjs runs as a Trunk hook: TRUNK_STAGING_DIR is not set");

// 1. CSP
const indexPath = join(staging, "index.html");
let html = readFileSync(indexPath, "utf8");
const csp = contentSecurityPolicy(inlineHashes(html));
if (!html.includes('content="CSP"')) throw new Error("index.html lacks the CSP placeholder <meta … content=\"CSP\">");
html = html.replace('content="CSP"', `content="${csp}"`);
writeFileSync(indexPath, html);

// 2. Precache list and sw.js
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(relative(staging, path).split("\\").join("/"));
  }
})(staging);
const list = files
  .filter((f) => f !== "sw.js")
  .map((url) => ({ url, revision: sha256(readFileSync(join(staging, url))).slice(0, 16) }));
const version = sha256(JSON.stringify(list)).slice(0, 12);
const template = readFileSync("static/sw.js", "utf8");
const sw = template
  .replace(/^const VERSION = .*\/\/ BUILD$/m, `const VERSION = ${JSON.stringify(version)};`)
  .replace(/^const FILES = .*\/\/ BUILD$/m, `const FILES = ${JSON.stringify(list)};`);
if (sw === template) throw new Error("static/sw.js lacks the BUILD lines");
writeFileSync(join(staging, "sw.js"), sw);
console.log(`postbuild: sw.js version ${version}, ${list.length} files precached; CSP set`);
