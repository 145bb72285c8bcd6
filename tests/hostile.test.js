// A hostile corpus (tests/support/hostile-corpus.mjs) builds, and the page
// shows every text literally: no script runs, no dialog opens, no markup is
// made from it, and the layout holds at phone and desktop widths.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import * as b from "./support/browser.js";
import { HOSTILE } from "./support/hostile-corpus.mjs";
import { DIST_HOSTILE } from "./support/corpus.js";

let session;
before(async () => {
  session = await b.open({ dist: DIST_HOSTILE });
});
after(() => session?.close());

/** The page is no wider than the viewport. */
async function checkNoOverflow(page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= client, `page is ${scroll}px wide in a ${client}px viewport`);
}

/** Nothing in the page's content came from the corpus as markup. */
async function checkNoInjectedMarkup(page) {
  assert.equal(await page.locator("main :is(img, iframe, svg, script, b, a[href^='javascript'])").count(), 0);
}

for (const width of [375, 1280]) {
  test(`hostile titles and bodies stay text at ${width}px`, async () => {
    const page = await session.newPage({ width, height: 900 });
    const dialogs = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      d.dismiss();
    });
    await page.goto(session.url);
    const titles = await page.locator("main h3").evaluateAll((hs) => hs.map((h) => h.textContent));
    assert.deepEqual(titles.slice(0, 4), [HOSTILE.scriptTitle, HOSTILE.bidiTitle, HOSTILE.unicodeTitle, HOSTILE.longTitle]);
    assert.equal(titles.length, 5);
    await checkNoOverflow(page);
    await checkNoInjectedMarkup(page);
    console.log("screenshot:", await b.screenshot(page, `hostile-list-${width}`));

    for (const [title, body] of [
      [HOSTILE.scriptTitle, HOSTILE.scriptBody],
      [HOSTILE.bidiTitle, HOSTILE.bidiBody],
      [HOSTILE.unicodeTitle, HOSTILE.unicodeBody],
    ]) {
      await page.locator("main h3 a").filter({ hasText: title.slice(0, 12) }).first().click();
      const text = await page.locator("article.release .body").evaluate((e) => e.textContent);
      assert.equal(text, body);
      assert.equal(await page.locator("#release-title").evaluate((e) => e.textContent), title);
      await checkNoOverflow(page);
      await checkNoInjectedMarkup(page);
      await page.goBack();
    }
    // The one-megabyte body renders in full.
    await page.getByRole("link", { name: "A One-Megabyte Release" }).click();
    const length = await page.locator("article.release .body").evaluate((e) => e.textContent.length);
    assert.ok(length > 999_000, `body length ${length}`);
    await checkNoOverflow(page);
    assert.deepEqual(dialogs, []);
    b.checkNoErrors(page);
    await page.close();
  });
}
