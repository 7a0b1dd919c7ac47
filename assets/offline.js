// Mitai Jinkendo without a connection: the service worker, and Capture
// entries kept in the browser until they can be sent.
//
// - Registers /sw.js in a production build (data-service-worker="register" on
//   this script tag; the dev server says "unregister") and asks it to cache
//   the pages the navigation links to.
// - A form marked data-mj-log (see mitai_app/ui/capture_card.py: Capture's,
//   the Sleep page's, "+ 250 ml water") submitted
//   while the browser is offline or the app's socket is down is kept in
//   IndexedDB: its log, its fields as typed, the units shown, who was signed
//   in and an id made here. The form says so, the banner counts what waits.
// - Once the socket is connected (mitai_app/ui/offline.py calls connected()),
//   the kept entries are handed to the server in the order they were made;
//   it answers with done(handled ids, ids to offer again later). An entry is
//   claimed while it is being sent, so a second tab does not send it too; the
//   server stores an id only once in any case.
(() => {
  if (window.mjOffline) return;
  const script = document.currentScript;

  const DB_NAME = "mitai-offline";
  const STORE = "queue";
  const CLAIM_MS = 60 * 1000; // an unanswered send is offered again after this
  const BATCH = 50; // as core/offline.py's BATCH
  const OWNER_KEY = "mitai-offline-owner";
  const WARM_KEY = "mitai-offline-warm";
  const WARM_EVERY_MS = 10 * 60 * 1000;

  const connection = () => document.getElementById("mj-connection");

  // --- the service worker --------------------------------------------------------

  function warm() {
    const worker = navigator.serviceWorker && navigator.serviceWorker.controller;
    if (!worker || navigator.onLine === false) return;
    const paths = new Set([location.pathname]);
    for (const link of document.querySelectorAll("nav a[href^='/']")) {
      paths.add(new URL(link.href).pathname);
    }
    const wanted = [...paths].sort().join(" ");
    let last = {};
    try {
      last = JSON.parse(localStorage.getItem(WARM_KEY) || "{}");
    } catch {
      last = {};
    }
    if (last.paths === wanted && Date.now() - last.at < WARM_EVERY_MS) return;
    worker.postMessage({ type: "warm", paths: [...paths] });
    localStorage.setItem(WARM_KEY, JSON.stringify({ paths: wanted, at: Date.now() }));
  }

  function serviceWorker(mode) {
    if (!("serviceWorker" in navigator)) return;
    if (mode !== "register") {
      // A worker left by an earlier production run would hide the dev server's edits.
      navigator.serviceWorker
        .getRegistrations()
        .then((registrations) => registrations.forEach((r) => r.unregister()));
      return;
    }
    // After `load`, so the worker's downloads never compete with the first page's.
    window.addEventListener("load", () => {
      navigator.serviceWorker.register("/sw.js").catch((error) => {
        console.warn("Service worker registration failed:", error);
      });
      // Not at once: the page that installed the worker may still be loading its own files.
      navigator.serviceWorker.addEventListener("controllerchange", () => setTimeout(warm, 2000));
      setTimeout(warm, 3000);
      // Signing in leads to the app's pages without loading a page.
      setInterval(warm, 60 * 1000);
    });
  }

  // --- IndexedDB -----------------------------------------------------------------

  let opened;
  function database() {
    if (!opened) {
      opened = new Promise((resolve, reject) => {
        const request = indexedDB.open(DB_NAME, 1);
        request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "id" });
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => {
          opened = undefined;
          reject(request.error);
        };
      });
    }
    return opened;
  }

  // Runs `work(store)` in one transaction; resolves with what it returned
  // (a request's result) once the transaction has committed.
  async function withStore(mode, work) {
    const db = await database();
    return new Promise((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const value = work(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(value instanceof IDBRequest ? value.result : value);
      transaction.onerror = transaction.onabort = () => reject(transaction.error);
    });
  }

  const inOrder = (entries) => entries.sort((a, b) => a.queued_at - b.queued_at);

  // Entries no other tab is sending now, marked as being sent by this one.
  function claim() {
    const now = Date.now();
    const taken = [];
    return withStore("readwrite", (store) => {
      store.getAll().onsuccess = (event) => {
        for (const entry of inOrder(event.target.result)) {
          if (taken.length >= BATCH || released.has(entry.id)) continue;
          if (entry.claimed && now - entry.claimed < CLAIM_MS) continue;
          entry.claimed = now;
          store.put(entry);
          taken.push(entry);
        }
      };
      return taken;
    });
  }

  // --- who keeps an entry --------------------------------------------------------

  async function ownerTag() {
    const email = ((connection() && connection().dataset.owner) || "").trim().toLowerCase();
    if (!email) return localStorage.getItem(OWNER_KEY) || "";
    let tag = `email:${email}`;
    if (window.crypto && crypto.subtle) {
      // Not the address itself, where the browser can hash (secure contexts).
      const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(email));
      tag = `sha256:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
    }
    localStorage.setItem(OWNER_KEY, tag);
    return tag;
  }

  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    // randomUUID needs a secure context; getRandomValues does not.
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  // --- keeping a form ------------------------------------------------------------

  function isOffline() {
    const state = connection() && connection().dataset.state;
    return navigator.onLine === false || state === "offline";
  }

  // This device's date (YYYY-MM-DD).
  function localToday() {
    const now = new Date();
    const pad = (n) => String(n).padStart(2, "0");
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }

  async function keep(form) {
    const fields = {};
    for (const [name, value] of new FormData(form)) {
      if (typeof value === "string") fields[name] = value;
    }
    // A one-tap form (a glass of water) is kept with the day it was tapped
    // on: the page's, else this device's.
    for (const input of form.querySelectorAll("input[data-mj-today]")) {
      if (!input.value) fields[input.name] = localToday();
    }
    const entry = {
      id: newId(),
      log: form.dataset.mjLog,
      prefix: form.dataset.mjPrefix || "",
      form: fields,
      units: (connection() && connection().dataset.units) || "metric",
      owner: await ownerTag(),
      queued_at: Date.now(),
      claimed: 0,
    };
    await withStore("readwrite", (store) => store.put(entry));
    form.reset();
    const status = form.querySelector(".mj-kept");
    if (status) status.textContent = status.dataset.text || "";
    showWaiting();
  }

  // Before React's own listener (on the document): a form kept here is not
  // handed to the socket, whose queue would be lost with the page.
  window.addEventListener(
    "submit",
    (event) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || !form.dataset.mjLog) return;
      const status = form.querySelector(".mj-kept");
      if (status) status.textContent = "";
      if (!isOffline()) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      keep(form).catch((error) => console.error("Keeping the entry failed:", error));
    },
    true,
  );

  // A page opened offline never heard the server's "today": the form's empty
  // date becomes this device's date once the user starts on the form.
  window.addEventListener("focusin", (event) => {
    const form = event.target instanceof Element && event.target.closest("form[data-mj-log]");
    if (!form || !isOffline()) return;
    for (const input of form.querySelectorAll("input[type=date]")) {
      if (!input.value) input.value = localToday();
    }
  });

  // --- the banner's count ----------------------------------------------------------

  async function showWaiting() {
    const count = await withStore("readonly", (store) => store.count());
    if (!count) {
      // Everything kept has been sent (each confirmed by name) or settled.
      for (const status of document.querySelectorAll(".mj-kept")) status.textContent = "";
    }
    const words = document.querySelector("#mj-connection .mj-waiting");
    if (!words) return;
    const text = count === 1 ? words.dataset.one : (words.dataset.many || "").replace("{n}", count);
    words.textContent = count ? ` ${text}` : "";
  }

  // The banner is React's: it comes and goes with the connection.
  function keepCounting() {
    setInterval(() => {
      if (document.querySelector("#mj-connection .mj-waiting")) showWaiting().catch(() => undefined);
      // Signing in leads to the app without loading a page: what was given
      // back for want of the right person is offered to the one now here.
      const owner = (connection() && connection().dataset.owner) || "";
      if (released.size && owner && owner !== releasedFor && !isOffline()) {
        released.clear();
        connected().catch(() => undefined);
      }
    }, 1500);
  }

  // --- sending -------------------------------------------------------------------

  // Ids the server gave back this page's life (nobody signed in, or someone
  // else): they wait for the next page, not sent again and again.
  const released = new Set();
  let releasedFor = ""; // who was signed in then

  async function connected() {
    await ownerTag(); // remembered for entries kept on a page opened offline
    const batch = await claim();
    if (!batch.length) return;
    api.batch = batch.map(({ claimed, ...entry }) => entry);
    const trigger = document.getElementById("mj-send-queued");
    if (trigger) trigger.click();
  }

  async function done(handled, again) {
    await withStore("readwrite", (store) => {
      for (const id of handled) store.delete(id);
      if (again.length) releasedFor = (connection() && connection().dataset.owner) || "";
      for (const id of again) {
        released.add(id);
        store.get(id).onsuccess = (event) => {
          const entry = event.target.result;
          if (entry) store.put({ ...entry, claimed: 0 });
        };
      }
    });
    api.batch = [];
    await showWaiting();
    if (handled.length) await connected(); // more than one batch was waiting
  }

  const api = { batch: [], connected, done, keep };
  window.mjOffline = api;

  serviceWorker(script && script.dataset.serviceWorker);
  keepCounting();
})();
