// Fixtures for the browser tests, in three kinds of helper, as in Leptos's
// e2e suites: *find* (locate what a user sees), *act* (do what a user does)
// and *check* (assert what a user would notice).
//
// The browser is Debian's Chromium driven by playwright-core; no test tool
// ever downloads a browser.
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import assert from "node:assert/strict";
import { startServer } from "../../tools/serve.mjs";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const SHOTS = "target/e2e";

/** Launches headless Debian Chromium with the flags this machine needs. */
export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Playwright gives every launch a fresh, empty --user-data-dir.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-quic",
      "--disable-sync",
    ],
  });
}

/** Adds error tracking to a new page of `context` (a browser or a context). */
export async function trackedPage(context, { width = 1280, height = 900 } = {}) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  page.errors = [];
  // Any Content-Security-Policy violation fails the test (checkNoErrors).
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on("console", (m) => m.type() === "error" && page.errors.push(m.text()));
  page.on("pageerror", (e) => page.errors.push(String(e)));
  return page;
}

/** Serves `dist` (under `prefix`) and launches Chromium; returns a session. */
export async function open({ dist = "dist", prefix = "/" } = {}) {
  const { server, url } = await startServer(dist, { prefix });
  const browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
  return {
    url,
    browser,
    server,
    newPage: (viewport) => trackedPage(browser, viewport),
    async close() {
      await browser.close();
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/** The corpus as the `explorer extract` CLI prints it (the same parser the build used). */
export function extractCorpus(file = "data/releases.txt") {
  const json = execFileSync(
    "cargo",
    ["run", "-q", "-p", "explorer-core", "--bin", "explorer", "--", "extract", file],
    { encoding: "utf8", maxBuffer: 64 << 20 },
  );
  return JSON.parse(json).releases;
}

// --- find ---

/** The list items of the release list. */
export const releaseItems = (page) =>
  page.getByRole("region", { name: "Releases" }).getByRole("listitem");

/** The titles shown in the release list, in order. */
export async function listedTitles(page) {
  await releaseItems(page).first().waitFor();
  return releaseItems(page).getByRole("heading", { level: 3 }).allInnerTexts();
}

/** The paragraphs of the open release's text. */
export const releaseParagraphs = (page) => page.locator("article.release .body p").allInnerTexts();

// --- act ---

/** Opens a release from the list by its visible title. */
export async function openRelease(page, title) {
  await page.getByRole("link", { name: title, exact: true }).click();
  await page.getByRole("heading", { level: 2, name: title }).waitFor();
}

/** Saves a screenshot under target/e2e/ and returns its path. */
export async function screenshot(page, name) {
  const path = `${SHOTS}/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

// --- check ---

/** The release's full text is on the page, paragraph by paragraph. */
export async function checkFullText(page, release) {
  assert.deepEqual(await releaseParagraphs(page), release.body.split("\n\n"));
}

/** No console error and no uncaught exception (a Rust panic logs one). */
export function checkNoErrors(page) {
  assert.deepEqual(page.errors, [], "console errors or panics");
}

/** The query string of the page's URL, as an object. */
export const query = (page) => Object.fromEntries(new URL(page.url()).searchParams);

/**
 * The smoke test of a deployment: the list in order, a release opened by
 * click, its deep link reloaded, and back to the list.
 */
export async function smoke(page, url, titles, release) {
  await page.goto(url);
  assert.deepEqual(await listedTitles(page), titles);
  await openRelease(page, release.title);
  assert.equal(query(page).release, release.id);
  await checkFullText(page, release);
  await page.reload();
  await page.getByRole("heading", { level: 2, name: release.title }).waitFor();
  await checkFullText(page, release);
  await page.goBack();
  assert.deepEqual(await listedTitles(page), titles);
}
