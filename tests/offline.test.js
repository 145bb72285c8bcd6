// Offline after the first load, and a clean update when a new build is
// deployed at the same address.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import * as b from "./support/browser.js";
import { startServer } from "../tools/serve.mjs";
import { TITLES, CUSTOM_TITLES, DIST_CUSTOM } from "./support/corpus.js";

async function stop(server) {
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
}

/** Opens the app in a fresh context and waits until the service worker controls it. */
async function firstVisit(browser, url) {
  const page = await b.trackedPage(await browser.newContext());
  await page.goto(url);
  assert.deepEqual(await b.listedTitles(page), TITLES);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page;
}

test("after one visit the app works with the server gone, deep links too", async () => {
  const corpus = b.extractCorpus();
  const release = corpus.find((r) => r.title === TITLES[5]);
  const { server, url } = await startServer("dist");
  const browser = await b.launch();
  try {
    const page = await firstVisit(browser, url);

    await stop(server);
    await page.reload();
    assert.deepEqual(await b.listedTitles(page), TITLES);
    await page.goto(`${url}?release=${release.id}`);
    await page.getByRole("heading", { level: 2, name: release.title }).waitFor();
    await b.checkFullText(page, release);
    await page.getByRole("link", { name: "← All releases" }).click();
    assert.deepEqual(await b.listedTitles(page), TITLES);
    // The browser's own update check of sw.js fails while offline; that is
    // expected and not the page's error.
    page.errors = page.errors.filter((e) => !/sw\.js|service ?worker|ERR_CONNECTION_REFUSED/i.test(e));
    b.checkNoErrors(page);
  } finally {
    await browser.close();
    if (server.listening) await stop(server);
  }
});

test("a new deploy prompts for a reload, then shows the new corpus without mixing builds", async () => {
  let { server, url } = await startServer("dist");
  const port = new URL(url).port;
  const browser = await b.launch();
  try {
    const page = await firstVisit(browser, url);

    // Build B (another corpus) replaces build A at the same address.
    await stop(server);
    ({ server } = await startServer(DIST_CUSTOM, { port: Number(port) }));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));

    const prompt = page.getByRole("status").filter({ hasText: "A new version is available" });
    await prompt.waitFor();
    console.log("screenshot:", await b.screenshot(page, "update-prompt"));
    const requested = [];
    page.on("request", (r) => requested.push(new URL(r.url()).pathname.slice(1)));
    const reloaded = page.waitForEvent("load");
    await prompt.getByRole("button", { name: "Reload" }).click();
    await reloaded;
    assert.deepEqual(await b.listedTitles(page), CUSTOM_TITLES);

    const filesA = new Set(readdirSync("dist"));
    const filesB = new Set(readdirSync(DIST_CUSTOM));
    const assets = requested.filter((p) => /\.(js|wasm|css)$/.test(p));
    assert.ok(assets.some((p) => p.endsWith(".wasm")), `the reload loaded a wasm: ${assets}`);
    for (const p of assets) assert.ok(filesB.has(p), `${p} is a file of build B`);
    // The corpus differs, so B's wasm and its JS loader have other hashed
    // names than A's: none of A's may be loaded with B's index.
    const loaderA = [...filesA].filter((f) => /^release-explorer-.*\.(js|wasm)$/.test(f));
    assert.equal(loaderA.length, 2);
    for (const f of loaderA) assert.ok(!filesB.has(f) && !requested.includes(f), `${f} of build A not used`);
    const caches = await page.evaluate(() => caches.keys());
    assert.equal(caches.length, 1, `old caches deleted: ${caches}`);
    b.checkNoErrors(page);
  } finally {
    await browser.close();
    await stop(server);
  }
});
