// Search and filtering as a person uses them: type, tick facets, pick
// dates, reload, paste the link elsewhere, go back and forward, and do it
// all from the keyboard.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import * as b from "./support/browser.js";
import { TITLES } from "./support/corpus.js";

let session;
before(async () => {
  session = await b.open();
});
after(() => session?.close());

const searchBox = (page) => page.getByRole("searchbox", { name: "Search releases" });
const count = (page) => page.locator("#result-count");
const facet = (page, name) => page.getByRole("group", { name, exact: true });

test("typing a query ranks, highlights and counts results, and replaces the history entry", async () => {
  const page = await session.newPage();
  await page.goto(session.url);
  await b.listedTitles(page);
  const before = await page.evaluate(() => history.length);
  await searchBox(page).fill("uzbekistan cooperation");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "uzbekistan cooperation");
  const titles = await b.listedTitles(page);
  assert.equal(titles[0], TITLES[4]);
  assert.match(await count(page).innerText(), /^\d+ releases?$/);
  assert.equal(await count(page).getAttribute("aria-live"), "polite");
  const marks = await b.releaseItems(page).first().locator("mark").allInnerTexts();
  assert.ok(marks.some((m) => /uzbekistan/i.test(m)) && marks.some((m) => /cooperation/i.test(m)), `${marks}`);
  assert.equal(await page.evaluate(() => history.length), before, "typing replaces, never pushes");
  console.log("screenshot:", await b.screenshot(page, "search-query"));
  b.checkNoErrors(page);
  await page.close();
});

test("two facets and a date range combine, with live counts and the URL", async () => {
  const page = await session.newPage();
  await page.goto(session.url);
  await b.listedTitles(page);
  await facet(page, "Month").getByRole("checkbox", { name: /Sep 2025/ }).check();
  await page.waitForFunction(() => new URL(location.href).searchParams.get("month") === "2025-09");
  assert.equal((await b.listedTitles(page)).length, 4);
  // The month facet ignores its own selection: October still counts 4.
  assert.match(await facet(page, "Month").getByText(/Oct 2025/).locator("..").innerText(), /4/);
  await facet(page, "Has facts").getByRole("checkbox", { name: /Quotes/ }).check();
  await page.waitForFunction(() => new URL(location.href).searchParams.get("kind") === "quote");
  const withQuotes = await b.listedTitles(page);
  assert.ok(withQuotes.length >= 1 && withQuotes.length < 4, `${withQuotes}`);
  await page.getByLabel("From").fill("2025-09-29");
  await page.getByLabel("From").dispatchEvent("change");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("from") === "2025-09-29");
  const dated = await b.listedTitles(page);
  assert.ok(dated.every((t) => withQuotes.includes(t)));
  const params = b.query(page);
  assert.equal(params.month, "2025-09");
  assert.equal(params.kind, "quote");
  assert.equal(params.from, "2025-09-29");
  // Chips name every active filter; removing one widens the list again.
  const chips = page.getByRole("group", { name: "Active filters" });
  await chips.getByRole("button", { name: "Remove filter Has facts: Quotes" }).click();
  await page.waitForFunction(() => !new URL(location.href).searchParams.has("kind"));
  assert.ok((await b.listedTitles(page)).length >= dated.length);
  console.log("screenshot:", await b.screenshot(page, "search-facets"));
  await chips.getByRole("button", { name: "Clear all" }).click();
  assert.deepEqual(await b.listedTitles(page), TITLES);
  b.checkNoErrors(page);
  await page.close();
});

test("a pasted link reproduces the view; back and forward walk it", async () => {
  const page = await session.newPage();
  await page.goto(session.url);
  await searchBox(page).fill("semiconductor");
  await facet(page, "Month").getByRole("checkbox", { name: /Sep 2025/ }).check();
  await page.waitForFunction(() => new URL(location.href).searchParams.get("month") === "2025-09");
  const url = page.url();
  const titles = await b.listedTitles(page);

  const other = await session.newPage();
  await other.goto(url);
  assert.deepEqual(await b.listedTitles(other), titles);
  assert.equal(await searchBox(other).inputValue(), "semiconductor");
  assert.ok(await facet(other, "Month").getByRole("checkbox", { name: /Sep 2025/ }).isChecked());
  await other.reload();
  assert.deepEqual(await b.listedTitles(other), titles);
  await other.close();

  // Opening a result pushes; back returns to the same results.
  await b.openRelease(page, titles[0]);
  assert.equal(b.query(page).q, "semiconductor");
  await page.getByRole("link", { name: "← Back to results" }).waitFor();
  await page.goBack();
  assert.deepEqual(await b.listedTitles(page), titles);
  assert.equal(await searchBox(page).inputValue(), "semiconductor");
  await page.goForward();
  await page.getByRole("heading", { level: 2, name: titles[0] }).waitFor();
  b.checkNoErrors(page);
  await page.close();
});

test("no result says why: a spelling to try, or a filter to drop", async () => {
  const page = await session.newPage();
  await page.goto(`${session.url}?q=uzbekistna+zzqqxx`);
  await count(page).getByText("No releases match").waitFor();
  await page.getByText("Did you mean").waitFor();
  await page.getByRole("button", { name: /^uzbekistan / }).click();
  assert.equal(b.query(page).q.split(" ")[0], "uzbekistan");
  await page.goto(`${session.url}?q=saudi&month=2025-10`);
  await count(page).getByText("No releases match").waitFor();
  await page.getByRole("button", { name: /Remove “Month: Oct 2025” to see 1 release/ }).click();
  assert.deepEqual(await b.listedTitles(page), [TITLES[7]]);
  b.checkNoErrors(page);
  await page.close();
});

test("the keyboard path: / to search, arrows to a result, Enter to open, Esc back and Esc to clear", async () => {
  const page = await session.newPage();
  await page.goto(session.url);
  await b.listedTitles(page);
  await page.keyboard.press("/");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "q");
  await page.keyboard.type("exports");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "exports");
  await page.keyboard.press("ArrowDown");
  const first = (await b.listedTitles(page))[0];
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), first);
  await page.keyboard.press("ArrowDown");
  const second = (await b.listedTitles(page))[1];
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), second);
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 2, name: first }).waitFor();
  await page.keyboard.press("Escape");
  await page.getByRole("region", { name: "Releases" }).waitFor();
  assert.equal(b.query(page).q, "exports");
  await searchBox(page).focus();
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !new URL(location.href).searchParams.has("q"));
  assert.deepEqual(await b.listedTitles(page), TITLES);
  b.checkNoErrors(page);
  await page.close();
});
