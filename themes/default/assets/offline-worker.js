/* hocvu's service worker (site/sw.js sets HOCVU_CACHE, then loads this file).
   Over http(s) only. Every page and file the learner opens is kept; when the
   network is gone, the kept copy is served. A course page can ask to keep a
   whole course at once ("Tải khóa học để học offline"). Network first, so a
   learner online always sees the newest lessons. */
// Caches are named per site (its scope), so two sites on one host keep
// their own; pages the learner opened are renewed with each build, courses
// they chose to keep stay until the next download replaces them.
var SCOPE = self.registration.scope;
var CACHE = (self.HOCVU_CACHE || "hocvu") + " " + SCOPE;
var KEPT = "hocvu-kept " + SCOPE;

self.addEventListener("install", function () { self.skipWaiting(); });

self.addEventListener("activate", function (event) {
  // Copies from an older build of the site are dropped.
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (key) {
      var mine = key.slice(-(SCOPE.length + 1)) === " " + SCOPE;
      return mine && key.indexOf("hocvu-") === 0 && key !== CACHE && key !== KEPT;
    }).map(function (key) { return caches.delete(key); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(fetch(request).then(function (response) {
    if (response.ok) {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(request, { ignoreSearch: true }).then(function (hit) {
      return hit || caches.match(new URL("404.html", self.registration.scope).href).then(function (page) {
        return page || Response.error();
      });
    });
  }));
});

self.addEventListener("message", function (event) {
  var data = event.data || {};
  var port = event.ports && event.ports[0];
  if (data.type !== "keep" || !data.urls || !port) return;
  event.waitUntil(caches.open(KEPT).then(function (cache) {
    return cache.addAll(data.urls);
  }).then(function () {
    port.postMessage({ ok: true });
  }, function () {
    port.postMessage({ ok: false });
  }));
});
