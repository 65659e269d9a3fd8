/* hocvu search: reads the index the build wrote (search/index.js, loaded as a
   script so it works from file://), folds Vietnamese so that "mat khau",
   "MẬT KHẨU" and "mật khẩu" are the same, matches word prefixes as you type,
   ranks title > heading > summary > quiz > text, and highlights the snippet.
   Plain ES5, no network; results are built with DOM calls, never innerHTML. */
(function () {
  "use strict";
  var doc = document;
  var data = window.HOCVU_SEARCH;
  var form = doc.querySelector(".search-form");
  var input = doc.getElementById("search-q");
  var status = doc.getElementById("search-status");
  var list = doc.getElementById("search-results");
  if (!data || !data.docs || !form || !input || !status || !list) return;

  var WEIGHTS = { t: 10, h: 5, s: 3, q: 2, b: 1 };
  var MAX_RESULTS = 50;

  /* One folded character per code point, so positions in the folded text are
     positions in the original: lower case, marks removed, đ → d. */
  function foldChar(c) {
    if (c === "\u0111" || c === "\u0110") return "d";
    var base = c.normalize ? c.normalize("NFD").charAt(0) : c;
    var lower = base.toLowerCase();
    return lower.length === 1 ? lower : " ";
  }

  function prepare(text) {
    // Some keyboards type tone marks as separate characters: compose first.
    if (text && text.normalize) text = text.normalize("NFC");
    var chars = Array.from ? Array.from(text || "") : String(text || "").split("");
    var folded = "";
    for (var i = 0; i < chars.length; i++) folded += chars[i].length === 1 ? foldChar(chars[i]) : " ";
    return { chars: chars, folded: folded };
  }

  function isWordChar(c) {
    return /[0-9a-z\u00c0-\u024f\u1e00-\u1eff]/.test(c);
  }

  function terms(query) {
    return prepare(query).folded.split(/[^0-9a-z\u00c0-\u024f\u1e00-\u1eff]+/).filter(Boolean);
  }

  /* Where `term` starts a word in `folded` (from `start` on), up to `limit` places. */
  function find(folded, term, limit, start) {
    var found = [];
    var at = folded.indexOf(term, start || 0);
    while (at !== -1 && found.length < limit) {
      if (at === 0 || !isWordChar(folded.charAt(at - 1))) found.push(at);
      at = folded.indexOf(term, at + 1);
    }
    return found;
  }

  var prepared = null;
  function documents() {
    if (prepared) return prepared;
    prepared = data.docs.map(function (d) {
      return {
        d: d,
        t: prepare(d.t), s: prepare(d.s), q: prepare(d.q), b: prepare(d.b),
        h: prepare((d.h || []).join(" \u2022 "))
      };
    });
    return prepared;
  }

  function score(entry, words, phrase) {
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      var best = 0;
      for (var field in WEIGHTS) {
        var hits = find(entry[field].folded, words[i], 3).length;
        if (hits) best = Math.max(best, WEIGHTS[field] * (field === "b" ? hits : 1));
      }
      if (!best) return 0;
      total += best;
    }
    // The words side by side, as typed, count again in every field they appear in.
    if (words.length > 1) {
      for (var f in WEIGHTS) if (find(entry[f].folded, phrase, 1).length) total += WEIGHTS[f];
    }
    return total;
  }

  /* Text with each matched word prefix in a <mark>. */
  function highlighted(part, words, from, to) {
    var fragment = doc.createDocumentFragment();
    var marks = [];
    words.forEach(function (w) {
      find(part.folded, w, 50, from).forEach(function (at) {
        if (at < to) marks.push([at, Math.min(to, at + w.length)]);
      });
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var position = from;
    marks.forEach(function (m) {
      if (m[0] < position) return;
      fragment.appendChild(doc.createTextNode(part.chars.slice(position, m[0]).join("")));
      var mark = doc.createElement("mark");
      mark.textContent = part.chars.slice(m[0], m[1]).join("");
      fragment.appendChild(mark);
      position = m[1];
    });
    fragment.appendChild(doc.createTextNode(part.chars.slice(position, to).join("")));
    return fragment;
  }

  function snippet(entry, words) {
    var fields = ["b", "s", "q"];
    for (var f = 0; f < fields.length; f++) {
      var part = entry[fields[f]];
      var first = -1;
      words.forEach(function (w) {
        var at = find(part.folded, w, 1)[0];
        if (at !== undefined && (first === -1 || at < first)) first = at;
      });
      if (first === -1) continue;
      var from = Math.max(0, first - 60);
      var to = Math.min(part.chars.length, first + 140);
      while (from > 0 && part.chars[from - 1] !== " ") from--;
      var p = doc.createElement("p");
      p.className = "search-snippet";
      if (from > 0) p.appendChild(doc.createTextNode("\u2026 "));
      p.appendChild(highlighted(part, words, from, to));
      if (to < part.chars.length) p.appendChild(doc.createTextNode(" \u2026"));
      return p;
    }
    var summary = doc.createElement("p");
    summary.className = "search-snippet";
    summary.textContent = entry.d.s;
    return summary;
  }

  function fill(template, values) {
    return String(template || "").replace(/\{(\w+)\}/g, function (m, k) { return k in values ? values[k] : m; });
  }

  function render(query) {
    while (list.firstChild) list.removeChild(list.firstChild);
    var words = terms(query);
    if (!words.length) {
      status.textContent = status.getAttribute("data-t-hint") || "";
      return;
    }
    var phrase = words.join(" ");
    var results = [];
    documents().forEach(function (entry) {
      var points = score(entry, words, phrase);
      if (points) results.push({ entry: entry, points: points });
    });
    results.sort(function (a, b) {
      return b.points - a.points || a.entry.d.t.localeCompare(b.entry.d.t, "vi");
    });
    var shown = query.trim();
    status.textContent = fill(status.getAttribute(results.length ? "data-t-count" : "data-t-none"),
      { count: results.length, query: shown });
    results.slice(0, MAX_RESULTS).forEach(function (result) {
      var d = result.entry.d;
      var item = doc.createElement("li");
      var link = doc.createElement("a");
      link.href = "../" + d.u;
      link.appendChild(highlighted(result.entry.t, words, 0, result.entry.t.chars.length));
      var heading = doc.createElement("h2");
      heading.appendChild(link);
      var meta = doc.createElement("p");
      meta.className = "search-meta";
      meta.textContent = d.c ? d.k + " \u00b7 " + d.c : d.k;
      item.appendChild(heading);
      item.appendChild(meta);
      item.appendChild(snippet(result.entry, words));
      list.appendChild(item);
    });
  }

  var timer = null;
  function update() {
    render(input.value);
    try {
      var url = location.pathname + (input.value.trim() ? "?q=" + encodeURIComponent(input.value.trim()) : "");
      history.replaceState(null, "", url);
    } catch (e) { /* some file:// setups refuse; the results still show */ }
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(update, 120);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    update();
  });

  var match = /[?&]q=([^&#]*)/.exec(location.search);
  if (match) {
    try { input.value = decodeURIComponent(match[1].replace(/\+/g, " ")); } catch (e) { input.value = match[1]; }
  }
  render(input.value);
})();
