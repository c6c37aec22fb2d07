// ILACS Planner's service worker: keeps a copy of this build's own files in the browser so the
// planner opens and works offline after the first visit. scripts/build/post-build.mjs writes it into
// the build as sw.js, filling in BUILD (a hash of every file of the build) and FILES (their
// names), so each new build is a new worker with a new cache, and the old cache is deleted when
// the new worker takes over. It never stores anything but the planner's own files, and never
// contacts anything but the server the planner came from. See docs/administrators.md.
const BUILD = '__BUILD__';
const FILES = __FILES__;

// The folder this file was served from (any sub-path): the worker's scope.
const SCOPE = self.registration.scope;
// Caches are shared by everything on the origin: name ours by scope, so two copies of the
// planner on one intranet never delete each other's files, and other sites' caches are left alone.
const PREFIX = 'ilacs-planner ' + SCOPE + ' ';
const CACHE = PREFIX + BUILD;
const INDEX = new URL('index.html', SCOPE).href;
// How long to wait for the server before showing the copy kept offline.
const NETWORK_WAIT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // `reload`: fetch from the server, not from the browser's HTTP cache.
      .then((cache) => cache.addAll(FILES.map((file) => new Request(new URL(file, SCOPE), { cache: 'reload' }))))
      // A new build takes over at once: the page already open keeps the files it has loaded.
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  if (request.mode === 'navigate') {
    // The planner's page, with any query string: the server's copy when it answers, so a new
    // build shows at once; the kept copy when it does not (offline, or no answer in time).
    const bare = request.url.split(/[?#]/)[0];
    if (bare === SCOPE || bare === INDEX) event.respondWith(page(request));
    return;
  }
  // Everything else the build holds is named by its content, so the kept copy is always right.
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(request))
      .then((kept) => kept || fetch(request)),
  );
});

function page(request) {
  const kept = caches.open(CACHE).then((cache) => cache.match(INDEX));
  const answer = fetch(request);
  const good = answer.then((response) => {
    if (!response.ok) throw new Error(`status ${response.status}`);
    return response;
  });
  // The kept copy, or whatever the server says when there is none.
  const fallback = () => kept.then((copy) => copy || answer);
  const late = new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS)).then(fallback);
  return Promise.race([good, late]).catch(fallback);
}
