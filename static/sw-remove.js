// ILACS Planner's offline copy, switched off. A build made with ILACS_OFFLINE=off ships this file
// as sw.js (an administrator may also copy it over sw.js by hand). Browsers that kept the planner
// for offline use find this new sw.js on their next visit; it deletes the planner's kept files for
// this folder and unregisters itself, so the planner is then fetched from the server every time.
// Other sites' caches, and plans saved in the browser, are left alone.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  const prefix = 'ilacs-planner ' + self.registration.scope + ' ';
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(prefix)).map((name) => caches.delete(name))))
      .then(() => self.registration.unregister()),
  );
});
