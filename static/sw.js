// Service worker: makes the explorer work offline after the first load.
//
// tools/postbuild.mjs (a Trunk post-build hook) replaces the two lines
// marked BUILD with the build's version and the list of every file of the
// build, each with the hash of its content. So each deploy gives a new
// sw.js (the browser notices the byte change), a new cache named after the
// version, and exactly the files of that build.
//
// - Files of the build are served cache-first from this version's cache.
//   Their names carry content hashes, so a cached file is never stale.
// - Navigations (index.html, with any ?query) go to the network first and
//   fall back to this version's cached index.html when offline. A fresh
//   index.html is not cached at run time: an index and the assets it names
//   only ever come from the same build.
// - On activate, caches of other versions are deleted.
const VERSION = "dev"; // BUILD
const FILES = []; // BUILD
const CACHE = `release-explorer-${VERSION}`;
const PREFIX = "release-explorer-";
const scope = new URL(self.registration.scope);
const INDEX = new URL("./", scope).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        FILES.map(({ url }) => {
          const key = url === "index.html" ? INDEX : new URL(url, scope).href;
          // Bypass the HTTP cache: it may still hold the previous deploy.
          return fetch(new Request(new URL(url, scope), { cache: "reload" })).then((res) => {
            if (!res.ok) throw new Error(`precache ${url}: HTTP ${res.status}`);
            return cache.put(key, res);
          });
        }),
      ),
    ),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page asks a waiting worker to take over when the user clicks "reload".
self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET" || !req.url.startsWith(scope.origin)) return;
  if (req.mode === "navigate") {
    event.respondWith(
      fetch(req).catch(() =>
        caches.open(CACHE).then((c) => c.match(INDEX)).then((res) => res || Response.error()),
      ),
    );
    return;
  }
  event.respondWith(
    caches
      .open(CACHE)
      .then((c) => c.match(req, { ignoreSearch: true }))
      .then((hit) => hit || fetch(req)),
  );
});
