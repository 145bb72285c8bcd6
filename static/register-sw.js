// Registers the service worker and offers a reload when a new version of
// the explorer has been installed. Loaded as a separate file (not inline)
// so the Content-Security-Policy needs no extra hash for it.
(() => {
  if (!("serviceWorker" in navigator) || !location.protocol.startsWith("http")) return;
  const banner = document.getElementById("update-banner");
  const show = (worker) => {
    if (!banner || !navigator.serviceWorker.controller) return; // first install: nothing to update
    banner.hidden = false;
    banner.querySelector("button").onclick = () => worker.postMessage({ type: "SKIP_WAITING" });
  };
  let reloading = false;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (reloading || !banner || banner.hidden) return;
    reloading = true;
    location.reload();
  });
  navigator.serviceWorker
    .register("sw.js", { updateViaCache: "none" })
    .then((reg) => {
      if (reg.waiting) show(reg.waiting);
      reg.addEventListener("updatefound", () => {
        const worker = reg.installing;
        worker?.addEventListener("statechange", () => {
          if (worker.state === "installed") show(worker);
        });
      });
      // Look for a new deploy whenever the tab comes back, and hourly.
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible") reg.update().catch(() => {});
      });
      setInterval(() => reg.update().catch(() => {}), 60 * 60 * 1000);
    })
    .catch((err) => console.warn("service worker not registered:", err));
})();
