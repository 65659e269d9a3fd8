/* hocvu's service worker (site/sw.js sets HOCVU_CACHE, then loads this file).
   Over http(s) only. Every page and file the learner opens is kept; when the
   network is gone or too slow, the kept copy is served. A course page can ask
   to keep a whole course at once ("Tải khóa học để học offline").
   Pages: network first, so a learner online sees the newest lessons, but
   after WAIT ms a kept copy is shown rather than a blank screen on a weak
   mobile connection; with no copy the browser keeps waiting for the network,
   and when that fails it shows offline.html (in the site's language).
   Other files (style, scripts, pictures, data): the copy kept for this build
   first, refreshed in the background. The cache is named after the build, so
   a copy in it is that build's file; the refresh only repairs a copy taken in
   the middle of an upload. Pages need it: a page shown after WAIT ms must not
   wait WAIT ms more for each of its files. */
// Caches are named per site (its scope), so two sites on one host keep
// their own; pages the learner opened are renewed with each build, courses
// they chose to keep stay until the next download replaces them.
var SCOPE = self.registration.scope;
var CACHE = (self.HOCVU_CACHE || "hocvu") + " " + SCOPE;
var KEPT = "hocvu-kept " + SCOPE;
var OFFLINE_PAGE = SCOPE + "offline.html";
// What offline.html needs, kept at install: the network may be gone when it is first shown.
var PRECACHE = ["offline.html", "assets/style.css", "assets/quiz.js", "assets/favicon.svg"];
var WAIT = 3000;

function noop() {}

self.addEventListener("install", function (event) {
  // One missing file (a theme without offline.html) must not stop the worker.
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(PRECACHE.map(function (path) {
      // no-cache: the HTTP cache may hold an asset of the previous build for a day.
      var request = new Request(SCOPE + path, { cache: "no-cache" });
      return fetch(request).then(function (response) {
        if (response.status === 200) return cache.put(SCOPE + path, response);
      }).catch(noop);
    }));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  // Copies from an older build of the site are dropped.
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (key) {
      var mine = key.slice(-(SCOPE.length + 1)) === " " + SCOPE;
      return mine && key.indexOf("hocvu-") === 0 && key !== CACHE && key !== KEPT;
    }).map(function (key) { return caches.delete(key); }));
  }).then(function () { return self.clients.claim(); }));
});

// The URL without query or fragment: a shared link's "?utm=…" is the same page.
function bare(url) { return url.split("#")[0].split("?")[0]; }

// The forms a page is known by: canonical links, the sitemap and shared links
// use the folder (…/bai/), the site's own links …/bai/index.html.
function forms(url) {
  var path = bare(url);
  if (/\/$/.test(path)) return [path, path + "index.html"];
  if (/\/index\.html$/.test(path)) return [path, path.slice(0, -"index.html".length)];
  return [path];
}

// This build's copy, else one from a course the learner kept.
function stored(url) {
  var names = [CACHE, KEPT];
  var candidates = forms(url);
  function look(i) {
    if (i >= names.length * candidates.length) return Promise.resolve(undefined);
    var name = names[Math.floor(i / candidates.length)];
    return caches.match(candidates[i % candidates.length], { cacheName: name, ignoreSearch: true }).then(function (hit) {
      return hit || look(i + 1);
    });
  }
  return look(0);
}

// Keeps a good answer (never a partial, error or redirect) under its URL
// without the query; clones at once, before the page reads the body.
function remember(url, response) {
  if (response.status !== 200 || response.type !== "basic" || response.redirected) return Promise.resolve();
  var copy = response.clone();
  return caches.open(CACHE).then(function (cache) { return cache.put(bare(url), copy); }).catch(noop);
}

function attribute(url) { return url.replace(/&/g, "&amp;").replace(/"/g, "%22"); }

// offline.html at the URL that was asked: its links are written from the
// site's root, so a <base> (allowed by the CSP's base-uri 'self') keeps them
// working; links within the page ("#main") stay on the asked URL.
function offlinePage(url) {
  var here = attribute(url.split("#")[0]);
  return caches.match(OFFLINE_PAGE, { cacheName: CACHE }).then(function (page) {
    if (!page) return Response.error();
    var headers = new Headers(page.headers);
    headers.delete("content-length");
    headers.delete("content-encoding");
    return page.text().then(function (html) {
      html = html.replace(/<head(\s[^>]*)?>/i, function (tag) {
        return tag + '<base href="' + attribute(SCOPE) + '">';
      }).replace(/ href="#/g, function () { return ' href="' + here + "#"; });  // a function: "$" in a URL is no pattern
      return new Response(html, { status: 200, statusText: "OK", headers: headers });
    });
  });
}

function page(event) {
  var request = event.request;
  var saved = Promise.resolve();
  var network = fetch(request).then(function (response) {
    saved = remember(request.url, response);
    return response;
  });
  // The network's answer is kept even when the page came from the cache first.
  event.waitUntil(network.then(function () { return saved; }, noop));
  return new Promise(function (resolve) {
    var answered = false;
    function answer(response) {
      if (!answered) { answered = true; resolve(response); }
    }
    var timer = setTimeout(function () {
      stored(request.url).then(function (hit) { if (hit) answer(hit); });
    }, WAIT);
    network.then(function (response) {
      clearTimeout(timer);
      // A proxy's 502/503 while the site is down: a kept copy is better.
      if (response.status < 500) return answer(response);
      return stored(request.url).then(function (hit) { answer(hit || response); });
    }, function () {
      clearTimeout(timer);
      return stored(request.url).then(function (hit) { return hit || offlinePage(request.url); }).then(answer);
    });
  });
}

function file(event) {
  var request = event.request;
  var saved = Promise.resolve();
  var network = fetch(request).then(function (response) {
    saved = remember(request.url, response);
    return response;
  });
  event.waitUntil(network.then(function () { return saved; }, noop));
  return caches.match(bare(request.url), { cacheName: CACHE, ignoreSearch: true }).then(function (hit) {
    return hit || network.catch(function () {
      return stored(request.url).then(function (kept) { return kept || Response.error(); });
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  // Only this site's files (not another site on the same host), and not
  // media ranges, which the Cache API cannot hold.
  if (request.method !== "GET" || request.url.indexOf(SCOPE) !== 0 || request.headers.has("range")) return;
  event.respondWith(request.mode === "navigate" ? page(event) : file(event));
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
