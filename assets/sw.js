// Mitai Jinkendo service worker: an offline page for navigations, and
// stale-while-revalidate for static files. Data never comes from a cache:
// the app's state travels over the websocket, and API answers must be live.

// Bump VERSION when the pre-cached files change, so clients drop the old copies.
const VERSION = "v1";
const PRECACHE = `mitai-precache-${VERSION}`;
const STATIC_CACHE = `mitai-static-${VERSION}`;
const OFFLINE_URL = "/offline.html";
const PRECACHE_URLS = [
  OFFLINE_URL,
  "/manifest.webmanifest",
  "/favicon.ico",
  "/icons/icon-192.png",
  "/icons/icon-512.png",
  "/icons/icon-maskable-512.png",
  "/icons/apple-touch-icon.png",
];

// Reflex's own endpoints, the health report, uploads and anything API-like.
const NEVER_CACHE = [
  /^\/health(\/|$)/,
  /^\/metrics\//,
  /^\/_event(\/|$)/,
  /^\/_upload(\/|$)/,
  /^\/_health(\/|$)/,
  /^\/_all_routes(\/|$)/,
  /^\/ping(\/|$)/,
  /^\/auth-codespace(\/|$)/,
  /^\/api(\/|$)/,
];
const STATIC_PREFIXES = ["/assets/", "/icons/"];
const STATIC_EXTENSIONS =
  /\.(?:js|mjs|css|woff2?|png|jpe?g|gif|webp|avif|svg|ico|webmanifest)$/;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(PRECACHE)
      // "reload" skips the HTTP cache, so a new VERSION really fetches fresh copies.
      .then((cache) => cache.addAll(PRECACHE_URLS.map((url) => new Request(url, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  const current = new Set([PRECACHE, STATIC_CACHE]);
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith("mitai-") && !current.has(name))
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

function isStatic(url) {
  return (
    STATIC_PREFIXES.some((prefix) => url.pathname.startsWith(prefix)) ||
    STATIC_EXTENSIONS.test(url.pathname)
  );
}

function isShareable(response) {
  const control = response.headers.get("Cache-Control") || "";
  return !/\b(?:no-store|private)\b/i.test(control);
}

async function networkOrOfflinePage(request) {
  try {
    return await fetch(request);
  } catch {
    const cache = await caches.open(PRECACHE);
    return (await cache.match(OFFLINE_URL)) || Response.error();
  }
}

async function staleWhileRevalidate(event) {
  const cache = await caches.open(STATIC_CACHE);
  const cached = await cache.match(event.request);
  const refresh = fetch(event.request).then((response) => {
    // Only whole (200, not 206), same-origin answers meant to be shared: a 404 must not
    // stick, and a private file (say, a progress photo) must not outlive its session.
    if (response.status === 200 && response.type === "basic" && isShareable(response)) {
      return cache.put(event.request, response.clone()).then(() => response);
    }
    return response;
  });
  if (cached) {
    // The refresh outlives this response; a failure just keeps the cached copy.
    event.waitUntil(refresh.catch(() => undefined));
    return cached;
  }
  return refresh.catch(async () => (await caches.match(event.request)) || Response.error());
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (NEVER_CACHE.some((pattern) => pattern.test(url.pathname))) return;

  if (request.mode === "navigate") {
    event.respondWith(networkOrOfflinePage(request));
  } else if (isStatic(url)) {
    event.respondWith(staleWhileRevalidate(event));
  }
});
