// `make bench`: the app at scale, in a real browser, against MiniSearch.
//
// 1. Writes a deterministic synthetic corpus (explorer synth, seed 1) and
//    builds the app on it (RELEASES_FILE) into target/bench/dist.
// 2. Loads it in headless Chromium and measures: navigation to the first
//    rendered list; for a fixed list of 50 keystrokes and filter changes,
//    (a) the query engine alone (bench_search, exported by the app) and
//    (b) keystroke to painted results; the JS heap and the wasm memory.
// 3. In the same page and run, MiniSearch (prefix and fuzzy search on)
//    indexes the same releases and answers the same 50 queries.
// Prints a table and ends with one line for scripts:
//   bench: releases=… engine_p95_ms=… paint_p95_ms=… first_list_ms=… heap_mb=… minisearch_p95_ratio=… minisearch_bytes_ratio=…
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { startServer } from "./serve.mjs";
import { launch } from "../tests/support/browser.js";

const N = Number(process.env.BENCH_RELEASES ?? 5000);
const OUT = "target/bench";
const DIST = join(OUT, "dist");
const CORPUS = join(OUT, `corpus-${N}.txt`);
const REPEAT = 3;

mkdirSync(OUT, { recursive: true });
const t = () => performance.now();
let t0 = t();
const corpusText = execFileSync(
  "cargo",
  ["run", "-q", "--release", "-p", "explorer-core", "--bin", "explorer", "--", "synth", "--releases", String(N), "--seed", "1"],
  { encoding: "utf8", maxBuffer: 1 << 30 },
);
writeFileSync(CORPUS, corpusText);
console.log(`corpus: ${N} releases, ${(corpusText.length / 1e6).toFixed(1)} MB (${((t() - t0) / 1000).toFixed(1)} s)`);
t0 = t();
execFileSync("trunk", ["build", "--release", "--dist", DIST], {
  env: { ...process.env, RELEASES_FILE: CORPUS },
  stdio: ["ignore", "ignore", "inherit"],
});
console.log(`build: ${((t() - t0) / 1000).toFixed(1)} s`);

// The same releases for MiniSearch, as documents.
const docs = corpusText
  .split(/\n-\n|^-\n/)
  .filter((r) => r.trim())
  .map((r, id) => {
    const [title, ...rest] = r.trim().split("\n");
    const body = rest.join(" ").replace(/\s*date\d{4}-\d{2}-\d{2}\s*$/, "");
    return { id, title, body };
  });
writeFileSync(join(DIST, "bench-docs.json"), JSON.stringify(docs));
copyFileSync("node_modules/minisearch/dist/umd/index.js", join(DIST, "minisearch.js"));

// 50 steps: words typed a key at a time, phrases, exclusions, typos, and
// filter changes (kept in the URL, as the app does).
const typed = (word, base = "") => [...word].map((_, i) => ({ q: base + word.slice(0, i + 1) }));
const STEPS = [
  ...typed("semiconductor"),
  ...typed("exports", "semiconductor "),
  ...typed("battery"),
  { q: "battery supply" },
  { q: "\"supply chains\"" },
  { q: "korea -saudi" },
  { q: "semicondutor" },
  { q: "hydrogen partnership" },
  { q: "minister said" },
  { q: "investment incentives" },
  { q: "exports", params: "month=2024-03" },
  { q: "exports", params: "month=2024-03&kind=money" },
  { q: "exports", params: "kind=money&from=2024-01-01&to=2024-12-31" },
  { q: "", params: "kind=quote" },
  { q: "", params: "year=2025" },
  { q: "", params: "" },
  { q: "trade cooperation", params: "sort=newest" },
  { q: "ai factories", params: "sort=oldest" },
  { q: "critical minerals" },
  { q: "shipbuilding orders" },
  { q: "digital trade" },
  { q: "nuclear power cooperation" },
  { q: "export controls" },
  { q: "humanoid robots" },
  { q: "fabless firms" },
  { q: "uzbekistan" },
];
if (STEPS.length !== 50) throw new Error(`expected 50 steps, have ${STEPS.length}`);
const viewQuery = (s) => {
  const p = new URLSearchParams(s.params ?? "");
  if (s.q) p.set("q", s.q);
  const qs = p.toString();
  return qs ? `?${qs}` : "";
};

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

const { server, url } = await startServer(DIST);
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const mo = new MutationObserver(() => {
      if (document.querySelector("ol.releases li")) {
        window.__firstList = performance.now();
        mo.disconnect();
      }
    });
    // The document itself: its root element is replaced while the page is parsed.
    mo.observe(document, { childList: true, subtree: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__firstList !== undefined, null, { timeout: 120_000 });
  const firstList = await page.evaluate(() => window.__firstList);

  const engine = [];
  const paint = [];
  for (const step of STEPS) {
    const qs = viewQuery(step);
    for (let i = 0; i < REPEAT; i++) engine.push(await page.evaluate((q) => window.wasmBindings.bench_search(q), qs));
    const ms = await page.evaluate(async ({ step, qs }) => {
      const start = performance.now();
      if (step.params === undefined) {
        const input = document.getElementById("q");
        input.value = step.q;
        input.dispatchEvent(new InputEvent("input", { bubbles: true }));
      } else {
        history.replaceState(null, "", location.pathname + qs);
        dispatchEvent(new PopStateEvent("popstate"));
      }
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      return performance.now() - start;
    }, { step, qs });
    paint.push(ms);
  }
  const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);
  const wasmMem = await page.evaluate(() => window.wasmBindings.wasm_memory_bytes());

  // MiniSearch, same page, same releases, same queries.
  const mini = await page.evaluate(async ({ steps, repeat }) => {
    await new Promise((ok, fail) => {
      const s = document.createElement("script");
      s.src = "minisearch.js";
      s.onload = ok;
      s.onerror = fail;
      document.head.append(s);
    });
    const docs = await (await fetch("bench-docs.json")).json();
    const start = performance.now();
    const ms = new MiniSearch({
      fields: ["title", "body"],
      storeFields: ["title"],
      searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 3 } },
    });
    ms.addAll(docs);
    const indexMs = performance.now() - start;
    const times = [];
    for (const step of steps) {
      for (let i = 0; i < repeat; i++) {
        const t0 = performance.now();
        ms.search(step.q || "", { combineWith: "AND" });
        times.push(performance.now() - t0);
      }
    }
    return { indexMs, times, index: JSON.stringify(ms) };
  }, { steps: STEPS, repeat: REPEAT });

  const gz = (buf) => gzipSync(buf, { level: 9 }).length;
  const files = readdirSync(DIST);
  const ours = files.filter((f) => /^release-explorer-.*\.(wasm|js)$/.test(f)).reduce((n, f) => n + gz(readFileSync(join(DIST, f))), 0);
  const theirs = gz(readFileSync(join(DIST, "minisearch.js"))) + gz(Buffer.from(mini.index)) + gz(readFileSync(join(DIST, "bench-docs.json")));

  const r = (x) => x.toFixed(2);
  // The slowest steps, to see where time goes.
  const perStep = STEPS.map((st, i) => ({ q: viewQuery(st) || "(all)", ms: pct(engine.slice(i * REPEAT, (i + 1) * REPEAT), 50), paint: paint[i] }));
  perStep.sort((a, b) => b.ms - a.ms);
  console.log("slowest steps (engine median, paint):", perStep.slice(0, 5).map((x) => `${x.q} ${r(x.ms)}/${r(x.paint)}`).join(" · "));
  console.log(`first list: ${firstList.toFixed(0)} ms after navigation`);
  console.log(`engine (ours):     p50 ${r(pct(engine, 50))} ms  p95 ${r(pct(engine, 95))} ms  (${engine.length} runs)`);
  console.log(`keystroke → paint: p50 ${r(pct(paint, 50))} ms  p95 ${r(pct(paint, 95))} ms  (${paint.length} steps)`);
  console.log(`MiniSearch search: p50 ${r(pct(mini.times, 50))} ms  p95 ${r(pct(mini.times, 95))} ms  (index build ${mini.indexMs.toFixed(0)} ms in the page)`);
  console.log(`JS heap: ${(heap / 1e6).toFixed(1)} MB; wasm memory: ${(wasmMem / 1e6).toFixed(1)} MB`);
  console.log(`bytes (gzip): ours ${ours} (app wasm + JS: texts, facts, index, engine); MiniSearch ${theirs} (library + serialised index + the texts as JSON)`);
  console.log(
    `bench: releases=${N} engine_p95_ms=${r(pct(engine, 95))} paint_p95_ms=${r(pct(paint, 95))} first_list_ms=${firstList.toFixed(0)} heap_mb=${(heap / 1e6).toFixed(1)} minisearch_p95_ratio=${r(pct(engine, 95) / pct(mini.times, 95))} minisearch_bytes_ratio=${r(ours / theirs)}`,
  );
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}
