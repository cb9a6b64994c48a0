// Service worker of uclg-atlas: the whole release build is precached, so every view works
// offline after the first visit. `scripts/postbuild/sw.mjs` fills in the build's version
// (a hash of its content) and the precache list (every file of the build); never by hand.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
// The files of PRECACHE whose name carries their content's hash (scripts/lib/hashed.mjs).
const HASHED = new Set(__HASHED__);
const CACHE = `uclg-atlas-${VERSION}`;
const SCOPE = new URL(self.registration.scope);
const INDEX = new URL('index.html', SCOPE).href;

self.addEventListener('install', (event) => {
  // A new version waits until the visitor accepts it (see the update notice), so a page
  // never mixes assets of two builds.
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // A first visit downloads each file once: a hashed file never changes, so the copy the
      // page already has (HTTP cache) is the right one; any other file is revalidated
      // (`no-cache`: a 304 when the page's copy is current, the file when it is not).
      await cache.addAll(PRECACHE.map((path) => new Request(new URL(path, SCOPE), { cache: HASHED.has(path) ? 'default' : 'no-cache' })));
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith('uclg-atlas-') && n !== CACHE).map((n) => caches.delete(n)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Only our own GET requests; cross-origin requests are never cached.
  if (request.method !== 'GET' || url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
  // Embedded views keep the server's own headers (they allow framing; cached pages don't).
  if (url.pathname.startsWith(`${SCOPE.pathname}embed/`)) return;
  if (request.mode === 'navigate') {
    // Every in-app route is the same single page: answer with this version's index.html.
    event.respondWith(fromCache(INDEX).then((hit) => hit ?? fetch(request)));
    return;
  }
  event.respondWith((async () => (await fromCache(url.href.split('#')[0])) ?? fetch(request))());
});

async function fromCache(href) {
  const cache = await caches.open(CACHE);
  return (await cache.match(href, { ignoreSearch: true })) ?? undefined;
}
