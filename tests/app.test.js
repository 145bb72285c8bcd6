// End-to-end: the built bundle (dist/) served on 127.0.0.1 and used in
// headless Chromium as a person would: read the list, open a release,
// reload the deep link, go back, follow a bad link.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import * as b from "./support/browser.js";
import { TITLES } from "./support/corpus.js";

let session;
let corpus;
const byTitle = (t) => corpus.find((r) => r.title === t);

before(async () => {
  corpus = b.extractCorpus();
  session = await b.open();
});
after(() => session?.close());

test("the list shows every release newest first, with the corpus summary", async () => {
  const page = await session.newPage();
  await page.goto(session.url);
  assert.deepEqual(await b.listedTitles(page), TITLES);
  await page.getByText("8 releases, 26 Sep – 2 Oct 2025").waitFor();
  const first = b.releaseItems(page).first();
  assert.match(await first.innerText(), /2 Oct 2025/);
  assert.match(await first.innerText(), /Ministry of Trade, Industry and Resources/);
  assert.match(await first.innerText(), /The Ministry of Trade, Industry and Resources \(MOTIR\) held/);
  await b.releaseItems(page).filter({ hasText: "incomplete text" }).first().waitFor();
  assert.equal(await page.getByRole("heading", { level: 1 }).innerText(), "Release explorer");
  b.checkNoErrors(page);
  console.log("screenshot:", await b.screenshot(page, "list-desktop"));
  await page.setViewportSize({ width: 375, height: 800 });
  console.log("screenshot:", await b.screenshot(page, "list-phone"));
  await page.close();
});

test("a release opens in full, survives reload, and back returns to the list", async () => {
  const page = await session.newPage();
  await page.goto(session.url);
  const title = "Korea’s Exports Hit Record High in September";
  const release = byTitle(title);
  await b.openRelease(page, title);
  assert.deepEqual(b.query(page), { release: "2025-10-01-koreas-exports-hit-record-high-in-september" });
  assert.equal(release.id, b.query(page).release);
  await b.checkFullText(page, release);
  assert.equal(await page.title(), `${title} · Release explorer`);
  // Focus moves to the opened release's title.
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), title);
  console.log("screenshot:", await b.screenshot(page, "release-desktop"));

  await page.reload();
  await page.getByRole("heading", { level: 2, name: title }).waitFor();
  await b.checkFullText(page, release);

  await page.goBack();
  assert.deepEqual(await b.listedTitles(page), TITLES);
  assert.deepEqual(b.query(page), {});
  await page.goForward();
  await page.getByRole("heading", { level: 2, name: title }).waitFor();

  await page.getByRole("link", { name: "← All releases" }).click();
  assert.deepEqual(await b.listedTitles(page), TITLES);
  b.checkNoErrors(page);
  await page.close();
});

test("every release's deep link shows its full text; a truncated one says so", async () => {
  const page = await session.newPage({ width: 375, height: 800 });
  for (const release of corpus) {
    await page.goto(`${session.url}?release=${encodeURIComponent(release.id)}`);
    await page.getByRole("heading", { level: 2, name: release.title }).waitFor();
    await b.checkFullText(page, release);
    const note = page.getByRole("note").filter({ hasText: "Incomplete text" });
    assert.equal(await note.count(), release.truncated ? 1 : 0, release.id);
    if (release.truncated) console.log("screenshot:", await b.screenshot(page, "release-truncated-phone"));
  }
  b.checkNoErrors(page);
  await page.close();
});

test("an unknown release id says so and leads back", async () => {
  const page = await session.newPage();
  await page.goto(`${session.url}?release=no-such-release%3Cscript%3E`);
  await page.getByRole("heading", { level: 2, name: "Release not found" }).waitFor();
  await page.getByText("no-such-release<script>", { exact: true }).waitFor();
  console.log("screenshot:", await b.screenshot(page, "not-found"));
  await page.getByRole("link", { name: "← Back to all releases" }).click();
  assert.deepEqual(await b.listedTitles(page), TITLES);
  b.checkNoErrors(page);
  await page.close();
});

test("unknown and malformed URL parameters are ignored with a dismissible notice", async () => {
  const page = await session.newPage();
  await page.goto(`${session.url}?sort=sideways&from=garbage&org=org-no-such-org&colour=red&release=${corpus[0].id}`);
  await page.getByRole("heading", { level: 2, name: corpus[0].title }).waitFor();
  const notice = page.getByRole("status").filter({ hasText: "Ignored unknown URL parameter “colour”." });
  await notice.waitFor();
  for (const text of [
    "Ignored “sort=sideways”: sort is relevance, newest or oldest.",
    "Ignored “from=garbage”: dates are written YYYY-MM-DD.",
    "Ignored “org=org-no-such-org”: no such organisation in this corpus.",
  ]) {
    await notice.getByText(text).waitFor();
  }
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await notice.waitFor({ state: "detached" });
  b.checkNoErrors(page);
  await page.close();
});
