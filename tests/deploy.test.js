// Deployments: under a sub-path of a static host, as one file opened from
// file://, and always under the strict Content-Security-Policy.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import * as b from "./support/browser.js";
import { TITLES, SINGLE_FILE } from "./support/corpus.js";

let corpus;
let release;
before(() => {
  corpus = b.extractCorpus();
  release = corpus.find((r) => r.title === TITLES[3]);
});

test("under a sub-path, with no rewrite rules", async () => {
  const session = await b.open({ prefix: "/sub/path/" });
  try {
    const page = await session.newPage();
    assert.match(session.url, /\/sub\/path\/$/);
    await b.smoke(page, session.url, TITLES, release);
    assert.ok(page.url().startsWith(session.url), page.url());
    // A pasted deep link under the sub-path.
    await page.goto(`${session.url}?release=${release.id}`);
    await page.getByRole("heading", { level: 2, name: release.title }).waitFor();
    b.checkNoErrors(page);
  } finally {
    await session.close();
  }
});

test("the single-file build works from file:// with no server", async () => {
  const browser = await b.launch();
  try {
    const page = await b.trackedPage(browser);
    const url = pathToFileURL(resolve(SINGLE_FILE)).href;
    await b.smoke(page, url, TITLES, release);
    assert.ok(page.url().startsWith("file://"));
    const html = readFileSync(SINGLE_FILE, "utf8");
    assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+stylesheet/, "nothing loaded from outside the file");
    b.checkNoErrors(page);
    console.log("screenshot:", await b.screenshot(page, "single-file"));
  } finally {
    await browser.close();
  }
});

test("the page runs under a strict Content-Security-Policy that is enforced", async () => {
  const session = await b.open();
  try {
    const page = await session.newPage();
    await page.goto(session.url);
    await b.listedTitles(page);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    for (const directive of [
      "default-src 'self'",
      "style-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
    ]) {
      assert.ok(csp.includes(directive), `${directive} in ${csp}`);
    }
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
    b.checkNoErrors(page);

    // An injected inline script is refused: the policy is live, not decoration.
    const refused = await page.evaluate(
      () =>
        new Promise((done) => {
          document.addEventListener("securitypolicyviolation", (e) => done(e.violatedDirective), { once: true });
          const s = document.createElement("script");
          s.textContent = "window.injected = true";
          document.head.append(s);
        }),
    );
    assert.match(refused, /^script-src/);
    assert.equal(await page.evaluate(() => window.injected), undefined);
  } finally {
    await session.close();
  }
});
