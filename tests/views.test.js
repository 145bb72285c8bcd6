// Timelines, fact cards, entity pages, export and themes, used as a person
// would: drag, click marks, follow sources, download, toggle.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as b from "./support/browser.js";
import { TITLES } from "./support/corpus.js";

let session;
let corpus;
before(async () => {
  corpus = b.extractCorpus();
  session = await b.open();
});
after(() => session?.close());

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\n") row.push(field.replace(/\r$/, "")), rows.push(row), (row = []), (field = "");
    else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

test("dragging across the publication timeline sets the date range and filters the list", async () => {
  const page = await session.newPage();
  await page.goto(`${session.url}?view=timelines`);
  const chart = page.getByRole("img", { name: /^Publication timeline/ });
  await chart.waitFor();
  const bars = chart.locator("rect.bar");
  assert.equal(await bars.count(), 7, "one bar a day from 26 Sep to 2 Oct");
  // Drag from the middle of the 29 Sep bar to the middle of the 30 Sep bar.
  const a = await bars.nth(3).boundingBox();
  const z = await bars.nth(4).boundingBox();
  await page.mouse.move(a.x + a.width / 2, a.y + a.height - 2);
  await page.mouse.down();
  await page.mouse.move(z.x + z.width / 2, z.y + z.height - 2, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => new URL(location.href).searchParams.get("to") === "2025-09-30");
  assert.equal(b.query(page).from, "2025-09-29");
  console.log("screenshot:", await b.screenshot(page, "timelines-brushed"));
  await page.getByRole("link", { name: "Releases", exact: true }).click();
  assert.deepEqual(await b.listedTitles(page), [TITLES[4], TITLES[5], TITLES[6]]);
  // The keyboard does the same: focus a bar, press Enter.
  await page.goto(`${session.url}?view=timelines`);
  await chart.locator("rect.bar").first().focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("from") === "2025-09-26");
  assert.equal(b.query(page).to, "2025-09-26");
  b.checkNoErrors(page);
  await page.close();
});

test("a milestone mark opens its card, and a card's source link marks its sentence", async () => {
  const page = await session.newPage();
  await page.goto(`${session.url}?view=timelines`);
  const horizon = page.getByRole("img", { name: /^Horizon timeline/ });
  const mark = horizon.locator("g.milestone").first();
  const label = await mark.getAttribute("aria-label");
  await mark.click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get("view") === "facts");
  const card = page.locator("article.fact-card.current");
  await card.waitFor();
  const what = label.split(": ").slice(1).join(": ");
  assert.ok((await card.innerText()).includes(what), `${label} in ${await card.innerText()}`);
  const [id, index] = b.query(page).card.split("~");
  const fact = corpus.find((r) => r.id === id).facts[Number(index)];
  assert.equal(fact.kind, "milestone");

  await card.getByRole("link", { name: "Source" }).click();
  const cited = page.locator("mark.cited");
  await cited.waitFor();
  const release = corpus.find((r) => r.id === id);
  assert.equal(await cited.innerText(), release.body.slice(...byteToChar(release.body, fact.sentence)));
  assert.ok(await cited.evaluate((el) => el.getBoundingClientRect().top < innerHeight), "scrolled into view");
  b.checkNoErrors(page);
  await page.close();
});

/** A byte range of UTF-8 text as a JS string range. */
function byteToChar(text, [start, end]) {
  const bytes = Buffer.from(text, "utf8");
  return [bytes.subarray(0, start).toString("utf8").length, bytes.subarray(0, end).toString("utf8").length];
}

test("an entity page lists the releases that mention it", async () => {
  const page = await session.newPage();
  const kim = corpus.flatMap((r) => r.facts).find((f) => f.kind === "person" && f.name === "Kim Jung-kwan").entity;
  const expected = corpus
    .filter((r) => r.facts.some((f) => f.kind === "person" && f.entity === kim))
    .sort((x, y) => (x.date < y.date ? 1 : x.date > y.date ? -1 : 0))
    .map((r) => r.title);
  await page.goto(`${session.url}?entity=${kim}`);
  await page.getByRole("heading", { level: 2, name: "Kim Jung-kwan" }).waitFor();
  const listed = await page.locator("ol.entity-releases li a").allInnerTexts();
  assert.deepEqual(listed.sort(), [...expected].sort());
  await page.getByRole("img", { name: /^Mentions of Kim Jung-kwan over time/ }).waitFor();
  console.log("screenshot:", await b.screenshot(page, "entity-desktop"));
  // From a fact card's organisation list to its page and back.
  await page.getByRole("link", { name: "← Back to results" }).click();
  assert.deepEqual(await b.listedTitles(page), TITLES);
  b.checkNoErrors(page);
  await page.close();
});

test("exporting CSV gives one row per visible fact card", async () => {
  const page = await session.newPage();
  await page.goto(`${session.url}?view=facts&kind=money&q=exports`);
  const cards = page.locator("section.fact-group article.fact-card");
  await cards.first().waitFor();
  const shown = await cards.locator("blockquote mark").allInnerTexts();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
  assert.equal(download.suggestedFilename(), "release-facts.csv");
  const rows = parseCsv(readFileSync(await download.path(), "utf8"));
  assert.deepEqual(rows[0], ["release_id", "title", "date", "kind", "text", "value", "sentence", "span_start", "span_end", "rule"]);
  const data = rows.slice(1).filter((r) => r.length > 1);
  assert.ok(data.every((r) => r[3] === "money"));
  assert.deepEqual(data.map((r) => r[4]).sort(), [...shown].sort());
  const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export JSON" }).click()]);
  const parsed = JSON.parse(readFileSync(await json.path(), "utf8"));
  assert.equal(parsed.releases.flatMap((r) => r.facts).length, data.length);
  console.log("screenshot:", await b.screenshot(page, "facts-desktop"));
  b.checkNoErrors(page);
  await page.close();
});

test("the dark theme toggles and is remembered", async () => {
  const page = await session.newPage();
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(session.url);
  const toggle = page.getByRole("button", { name: "Dark theme" });
  assert.equal(await toggle.getAttribute("aria-pressed"), "false");
  await toggle.click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.reload();
  await b.listedTitles(page);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  assert.equal(await toggle.getAttribute("aria-pressed"), "true");
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), bg);
  assert.notEqual(bg, "rgb(247, 247, 245)");
  console.log("screenshot:", await b.screenshot(page, "list-dark"));
  await toggle.click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "light");
  b.checkNoErrors(page);
  await page.close();
});

test("every view at phone and desktop widths, for looking at", async () => {
  const page = await session.newPage({ width: 375, height: 800 });
  for (const [name, q] of [
    ["facts-phone", "?view=facts&kind=quote"],
    ["timelines-phone", "?view=timelines"],
    ["release-phone", `?release=${corpus[3].id}`],
  ]) {
    await page.goto(session.url + q);
    await page.locator("main h2").first().waitFor();
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    assert.ok(scroll <= client, `${name}: ${scroll}px wide in ${client}px`);
    console.log("screenshot:", await b.screenshot(page, name));
  }
  b.checkNoErrors(page);
  await page.close();
});
