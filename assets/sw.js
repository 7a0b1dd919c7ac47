// Mitai Jinkendo service worker: the app shell for offline use.
//
// - Pages (the prerendered HTML, the same for everyone): network first, the
//   cached copy when the network fails; /offline.html for a page never cached.
// - /assets/* (Vite's builds, named by content hash, so a name never changes
//   its content): cache first.
// - Other static files (icons, manifest, offline.js): network first, the
//   cached copy offline.
// - Never cached: the websocket and events (/_event), uploads, /health,
//   /metrics, media (progress photos) and anything API-like, nor any answer
//   marked private or no-store. The app's data travels over the websocket and
//   is never kept here; entries made offline are kept by offline.js.
//
// The page asks for a warm-up (message {type: "warm", paths}) with the routes
// its navigation links to: their HTML and every file it references are
// cached, so tapping a tab offline finds its code. A new build (another
// React Router manifest name) drops the assets the new pages no longer name.

// Bump VERSION when the pre-cached files change, so clients drop the old copies.
const VERSION = "v2";
const SHELL = `mitai-shell-${VERSION}`;
const PAGES = "mitai-pages";
const ASSETS = "mitai-assets";
const STATIC = "mitai-static";
const OFFLINE_URL = "/offline.html";
const BUILD_KEY = "/__mitai-build";
const PRECACHE_URLS = [
  OFFLINE_URL,
  "/manifest.webmanifest",
  "/favicon.ico",
  "/icons/icon-192.png",
  "/icons/icon-512.png",
  "/icons/icon-maskable-512.png",
  "/icons/apple-touch-icon.png",
];
// A page the network has not answered within this time comes from the cache,
// when there is a copy (a phone on a weak link); the answer still refreshes it.
const PAGE_TIMEOUT_MS = 4000;
// The server varies its answers by Origin, which a module script sends and a
// warm-up fetch does not: the same file all the same.
const SAME_FILE = { ignoreVary: true };

const NEVER_CACHE = [
  /^\/health(\/|$)/,
  /^\/metrics\//,
  /^\/media\//,
  /^\/_event(\/|$)/,
  /^\/_upload(\/|$)/,
  /^\/_health(\/|$)/,
  /^\/_all_routes(\/|$)/,
  /^\/ping(\/|$)/,
  /^\/auth-codespace(\/|$)/,
  /^\/api(\/|$)/,
  /^\/sw\.js$/,
];
const STATIC_EXTENSIONS =
  /\.(?:js|mjs|css|woff2?|ttf|png|jpe?g|gif|webp|avif|svg|ico|webmanifest|json)$/;
// Files a page's HTML names (modulepreload, stylesheets, scripts, icons).
const REFERENCED = /(?:href|src)="(\/[^"?#]+?\.(?:js|mjs|css|woff2?|png|svg|ico|webmanifest))"/g;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      // "reload" skips the HTTP cache, so a new VERSION really fetches fresh copies.
      .then((cache) => cache.addAll(PRECACHE_URLS.map((url) => new Request(url, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  const current = new Set([SHELL, PAGES, ASSETS, STATIC]);
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

function isShareable(response) {
  const control = response.headers.get("Cache-Control") || "";
  return (
    response.status === 200 &&
    response.type === "basic" &&
    !/\b(?:no-store|private)\b/i.test(control)
  );
}

function isPage(response) {
  return (response.headers.get("Content-Type") || "").startsWith("text/html");
}

// "/capture/" and "/capture" are one page.
function pageKey(url) {
  const path = new URL(url, self.location.origin).pathname.replace(/\/+$/, "");
  return new URL(path || "/", self.location.origin).href;
}

// A copy without the "redirected" mark ("/capture" answers via "/capture/"):
// a navigation refuses a redirected response from a worker.
async function storable(response) {
  return new Response(await response.clone().blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

async function keepPage(url, response) {
  if (isShareable(response) && isPage(response)) {
    const pages = await caches.open(PAGES);
    await pages.put(pageKey(url), await storable(response));
  }
  return response;
}

async function page(event) {
  const { request } = event;
  const cached = await caches.match(pageKey(request.url), { ...SAME_FILE, cacheName: PAGES });
  const network = fetch(request).then((response) => keepPage(request.url, response));
  event.waitUntil(network.catch(() => undefined));
  try {
    if (!cached) return await network;
    const late = new Promise((resolve) => setTimeout(() => resolve(cached), PAGE_TIMEOUT_MS));
    return await Promise.race([network, late]);
  } catch {
    return cached || (await caches.match(OFFLINE_URL, SAME_FILE)) || Response.error();
  }
}

// Stores a copy while the page already reads the answer (a large chunk, such
// as the chart library, is not held back until the cache has all of it).
function keep(event, cacheName, response) {
  if (isShareable(response)) {
    const copy = response.clone();
    event.waitUntil(caches.open(cacheName).then((cache) => cache.put(event.request, copy)));
  }
  return response;
}

async function hashedAsset(event) {
  const cached = await caches.match(event.request, SAME_FILE);
  return cached || keep(event, ASSETS, await fetch(event.request));
}

async function staticFile(event) {
  const { request } = event;
  try {
    return keep(event, STATIC, await fetch(request));
  } catch (error) {
    const cached = await caches.match(request, SAME_FILE);
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (NEVER_CACHE.some((pattern) => pattern.test(url.pathname))) return;

  if (request.mode === "navigate") {
    event.respondWith(page(event));
  } else if (url.pathname.startsWith("/assets/")) {
    event.respondWith(hashedAsset(event));
  } else if (STATIC_EXTENSIONS.test(url.pathname)) {
    event.respondWith(staticFile(event));
  }
});

// --- warm-up --------------------------------------------------------------------

async function cacheFile(path) {
  if (NEVER_CACHE.some((pattern) => pattern.test(path))) return;
  const hashed = path.startsWith("/assets/");
  if (hashed && (await caches.match(path, { ...SAME_FILE, cacheName: ASSETS }))) return;
  const response = await fetch(path);
  if (isShareable(response)) {
    const cache = await caches.open(hashed ? ASSETS : STATIC);
    await cache.put(path, response);
  }
}

async function warm(paths) {
  const files = new Set();
  for (const path of paths) {
    try {
      const response = await fetch(path, { cache: "no-cache" });
      if (!isShareable(response) || !isPage(response)) continue;
      const html = await response.clone().text();
      await keepPage(path, response);
      for (const match of html.matchAll(REFERENCED)) files.add(match[1]);
    } catch {
      return; // offline again: the next warm-up finishes the work
    }
  }
  await Promise.all([...files].map((file) => cacheFile(file).catch(() => undefined)));
  await forgetOldBuild(files);
}

// Assets of an earlier build are dropped once the pages name a new React
// Router manifest: only what the current pages name stays (chunks loaded
// later, such as a chart library, are cached again when next used).
async function forgetOldBuild(files) {
  const build = [...files].find((file) => /^\/assets\/manifest-[^/]+\.js$/.test(file));
  if (!build) return;
  const pages = await caches.open(PAGES);
  const known = await pages.match(BUILD_KEY);
  if (known && (await known.text()) === build) return;
  if (known) {
    const assets = await caches.open(ASSETS);
    for (const request of await assets.keys()) {
      if (!files.has(new URL(request.url).pathname)) await assets.delete(request);
    }
  }
  await pages.put(BUILD_KEY, new Response(build));
}

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type === "warm" && Array.isArray(data.paths)) {
    const paths = data.paths.filter((path) => typeof path === "string" && path.startsWith("/"));
    event.waitUntil(warm(paths.slice(0, 40)));
  }
});
