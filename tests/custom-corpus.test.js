// RELEASES_FILE: the same bundle built on another corpus (CRLF, BOM, HTML
// in the text) shows that corpus, and shows its markup as literal text.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import * as b from "./support/browser.js";
import { CUSTOM_TITLES, DIST_CUSTOM } from "./support/corpus.js";

// Built by `make e2e-builds` with RELEASES_FILE=tests/fixtures/custom-corpus.txt.
let session;

before(async () => {
  session = await b.open({ dist: DIST_CUSTOM });
});
after(() => session?.close());

test("a build with RELEASES_FILE shows that corpus, markup as text", async () => {
  const page = await session.newPage();
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs += 1;
    d.dismiss();
  });
  await page.goto(session.url);
  const title = CUSTOM_TITLES[0];
  assert.deepEqual(await b.listedTitles(page), CUSTOM_TITLES);
  await page.getByText("2 releases, 29 Feb – 4 Mar 2024").waitFor();
  await b.openRelease(page, title);
  assert.deepEqual(await b.releaseParagraphs(page), [
    "Acme Corporation (ACME) announced on March 3 that <b>bold</b> & <img src=x onerror=alert(2)> stays text.",
    "A second paragraph follows.",
  ]);
  assert.equal(await page.locator("article.release img, article.release b, main script").count(), 0);
  assert.equal(dialogs, 0);
  b.checkNoErrors(page);
  await page.close();
});
