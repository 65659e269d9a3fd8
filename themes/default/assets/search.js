/* hocvu search: reads the index the build wrote (search/index.js, loaded as a
   script so it works from file://), folds Vietnamese so that "mat khau",
   "MẬT KHẨU" and "mật khẩu" find the same pages, matches word prefixes as you
   type, ranks (see rank below) and highlights the snippet.
   Plain ES5, no network; results are built with DOM calls, never innerHTML. */
(function () {
  "use strict";

  /* ---- Ranking: pure functions of the docs and the query, no DOM. ----
     rank(docs, query) reads only each doc's raw fields (t title, h headings,
     s summary, q quiz prompts, b body: text with its tone marks), so a
     reshaped index (e.g. sharded, loaded on demand) can hand it whatever docs
     it has and keep this ranking, and the tests in e2e/search_test.py, as is.
     Order: pages with the words exactly as marked in the query first (only
     when it has marks: "mật" is not "mặt", "mất", "mắt"), then pages with the
     whole phrase, then points (title > heading > summary > quiz > text). */

  var WEIGHTS = { t: 10, h: 5, s: 3, q: 2, b: 1 };
  var FIELDS = ["t", "h", "s", "q", "b"];
  var SNIPPET_FIELDS = ["b", "s", "q"];
  var MAX_HITS = 200;
  var WORD = /[0-9a-z\u00c0-\u024f\u1e00-\u1eff]/;
  var WORDS = /[0-9a-z\u00c0-\u024f\u1e00-\u1eff]+/g;
  // huyền, sắc, ngã, hỏi, nặng: the tones; â ă ê ô ơ ư đ are other letters.
  var TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

  function nfc(text) {
    text = String(text || "");
    // Some keyboards type marks as separate characters: compose first.
    return text.normalize ? text.normalize("NFC") : text;
  }

  /* One folded character per code point, so positions in the folded text are
     positions in the original: lower case, marks removed, đ → d. */
  var foldCache = {};
  function foldChar(c) {
    var folded = foldCache[c];  // a few hundred distinct characters: fold each once
    if (folded) return folded;
    if (c === "\u0111" || c === "\u0110") folded = "d";
    else {
      var lower = (c.normalize ? c.normalize("NFD").charAt(0) : c).toLowerCase();
      folded = lower.length === 1 ? lower : " ";
    }
    return (foldCache[c] = folded);
  }

  /* A text as code points, each also lower-cased (marks kept) and folded. */
  function prepareText(text) {
    text = nfc(text);
    var chars = Array.from ? Array.from(text) : text.split("");
    var lower = [];
    var folded = "";
    for (var i = 0; i < chars.length; i++) {
      var l = chars[i].toLowerCase();
      lower.push(l.length === chars[i].length ? l : chars[i]);
      folded += chars[i].length === 1 ? foldChar(chars[i]) : " ";
    }
    return { chars: chars, lower: lower, folded: folded };
  }

  /* A word's letters without its tone, and the tone: Vietnamese puts the tone
     on either vowel ("hoà" or "hòa", "thuỷ" or "thủy"), both are right. */
  var toneCache = {};
  function toneless(word) {
    if (!word.normalize) return { letters: word, tone: "" };
    // Remembered: a page's vocabulary is small and normalize() is not cheap.
    var key = toneCache["~" + word];
    if (!key) {
      var split = word.normalize("NFD");
      key = toneCache["~" + word] = { letters: split.replace(TONES, "").normalize("NFC"),
                                      tone: (split.match(TONES) || []).join("") };
    }
    return key;
  }

  /* The query's words: folded for matching, with their marks for ranking.
     A word typed without marks matches with any marks. */
  function parseQuery(query) {
    var text = prepareText(query);
    var words = [];
    var found;
    WORDS.lastIndex = 0;
    while ((found = WORDS.exec(text.folded))) {
      var lower = text.lower.slice(found.index, found.index + found[0].length).join("");
      var key = toneless(lower);
      words.push({ folded: found[0], length: found[0].length, marked: lower !== found[0],
                   letters: key.letters, tone: key.tone });
    }
    return words;
  }

  function wordEnd(folded, at) {
    while (at < folded.length && WORD.test(folded.charAt(at))) at++;
    return at;
  }

  /* Where `word` starts a word of `part`, marks aside (it may be a prefix). */
  function occurrences(part, word) {
    var found = [];
    var at = part.folded.indexOf(word.folded);
    while (at !== -1 && found.length < MAX_HITS) {
      if (at === 0 || !WORD.test(part.folded.charAt(at - 1))) found.push(at);
      at = part.folded.indexOf(word.folded, at + 1);
    }
    return found;
  }

  /* Whether the text at `at` has the marks typed for `word`; a word still
     being typed ("mâ" for "mật") may lack its tone yet. */
  function exactAt(part, at, word) {
    if (!word.marked) return true;
    var typed = toneless(part.lower.slice(at, at + word.length).join(""));
    if (typed.letters !== word.letters) return false;
    var end = wordEnd(part.folded, at);
    var whole = end === at + word.length ? typed : toneless(part.lower.slice(at, end).join(""));
    return whole.tone === word.tone || (!word.tone && end > at + word.length);
  }

  /* Where the query's words stand one after another, only spaces between
     (every word whole but the last, which may be a prefix): [{at, end, exact}]. */
  function phrases(part, words) {
    var found = [];
    var last = words.length - 1;
    occurrences(part, words[0]).forEach(function (at) {
      var p = at;
      var exact = true;
      for (var k = 0; ; k++) {
        var w = words[k];
        if (part.folded.substr(p, w.length) !== w.folded) return;
        exact = exact && exactAt(part, p, w);
        if (k === last) break;
        p += w.length;
        if (WORD.test(part.folded.charAt(p))) return;
        var gap = p;
        while (p < part.folded.length && /\s/.test(part.folded.charAt(p))) p++;
        if (p === gap) return;
      }
      found.push({ at: at, end: p + words[last].length, exact: exact });
    });
    return found;
  }

  var cache = typeof WeakMap === "function" ? new WeakMap() : null;
  /* A doc's fields prepared once (remembered per doc object). */
  function entryFor(d) {
    var entry = cache && cache.get(d);
    if (!entry) {
      entry = { d: d, t: prepareText(d.t), s: prepareText(d.s), q: prepareText(d.q), b: prepareText(d.b),
                h: prepareText((d.h || []).join(" \u2022 ")) };
      if (cache) cache.set(d, entry);
    }
    return entry;
  }

  /* How one doc matches every word, or null. strict[i]: the doc has word i
     with the marks typed, so only those places count (and get highlighted). */
  function matchDoc(entry, words) {
    var result = { doc: entry.d, entry: entry, words: words, strict: [], exactWords: 0, phrase: 0, points: 0 };
    for (var i = 0; i < words.length; i++) {
      var w = words[i];
      var hits = {};
      var any = false;
      var anyExact = false;
      for (var f = 0; f < FIELDS.length; f++) {
        var part = entry[FIELDS[f]];
        var all = occurrences(part, w);
        var exact = w.marked ? all.filter(function (at) { return exactAt(part, at, w); }) : all;
        hits[FIELDS[f]] = { all: all, exact: exact };
        any = any || all.length > 0;
        anyExact = anyExact || exact.length > 0;
      }
      if (!any) return null;
      var strict = w.marked && anyExact;
      if (strict) result.exactWords++;
      result.strict.push(strict);
      var best = 0;
      for (var field in WEIGHTS) {
        var n = (strict ? hits[field].exact : hits[field].all).length;
        if (n) best = Math.max(best, WEIGHTS[field] * (field === "b" ? Math.min(n, 3) : 1));
      }
      result.points += best;
    }
    // The whole phrase (2: with the marks typed, 1: marks aside) outranks
    // scattered words; where it stands counts like the words again.
    if (words.length > 1) {
      var weight = 0;
      FIELDS.forEach(function (f) {
        phrases(entry[f], words).forEach(function (p) {
          var tier = p.exact ? 2 : 1;
          if (tier > result.phrase) { result.phrase = tier; weight = 0; }
          if (tier === result.phrase) weight = Math.max(weight, WEIGHTS[f]);
        });
      });
      result.points += weight * words.length;
    }
    return result;
  }

  /* The docs that have every word of `query` (as prefixes, marks aside),
     best first. */
  function rank(docs, query) {
    var words = parseQuery(query);
    if (!words.length) return [];
    var results = [];
    docs.forEach(function (d) {
      var m = matchDoc(entryFor(d), words);
      if (m) results.push(m);
    });
    return results.sort(function (a, b) {
      return b.exactWords - a.exactWords || b.phrase - a.phrase || b.points - a.points ||
        String(a.doc.t).localeCompare(String(b.doc.t), "vi");
    });
  }

  /* The places of a result's words to highlight in `part`: [[from, to]]. */
  function marksIn(result, part) {
    var marks = [];
    result.words.forEach(function (w, i) {
      occurrences(part, w).forEach(function (at) {
        if (!result.strict[i] || exactAt(part, at, w)) marks.push([at, at + w.length]);
      });
    });
    return marks.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
  }

  /* Where a result's snippet sits: on the whole phrase if the text has it
     (with the marks typed first), else on the first highlighted word.
     {field, from, to} (about 200 characters), or null. */
  function snippetRange(result) {
    var best = null;
    function consider(level, field, at, end) {
      if (!best || level > best.level || (level === best.level && field === best.field && at < best.at)) {
        best = { level: level, field: field, at: at, end: end };
      }
    }
    SNIPPET_FIELDS.forEach(function (field) {
      var part = result.entry[field];
      if (result.words.length > 1) {
        phrases(part, result.words).forEach(function (p) { consider(p.exact ? 3 : 2, field, p.at, p.end); });
      }
      var first = marksIn(result, part)[0];
      if (first) consider(1, field, first[0], first[1]);
    });
    if (!best) return null;
    var chars = result.entry[best.field].chars;
    var from = Math.max(0, Math.floor((best.at + best.end) / 2) - 100);
    var to = Math.min(chars.length, from + 200);
    from = Math.max(0, Math.min(from, to - 200));
    // Whole words at both ends (within reason).
    for (var i = 0; i < 30 && from > 0 && chars[from - 1] !== " "; i++) from--;
    for (var j = 0; j < 30 && to < chars.length && chars[to] !== " "; j++) to++;
    return { field: best.field, from: from, to: to };
  }

  /* ---- The page. ---- */
  var doc = document;
  var data = window.HOCVU_SEARCH;
  var form = doc.querySelector(".search-form");
  var input = doc.getElementById("search-q");
  var status = doc.getElementById("search-status");
  var list = doc.getElementById("search-results");
  if (!data || !data.docs || !form || !input || !status || !list) return;

  var MAX_RESULTS = 50;

  /* Text from `from` to `to` with each highlighted word in a <mark>. */
  function highlighted(result, part, from, to) {
    var fragment = doc.createDocumentFragment();
    var position = from;
    marksIn(result, part).forEach(function (m) {
      if (m[0] < position || m[0] >= to) return;
      var end = Math.min(to, m[1]);
      fragment.appendChild(doc.createTextNode(part.chars.slice(position, m[0]).join("")));
      var mark = doc.createElement("mark");
      mark.textContent = part.chars.slice(m[0], end).join("");
      fragment.appendChild(mark);
      position = end;
    });
    fragment.appendChild(doc.createTextNode(part.chars.slice(position, to).join("")));
    return fragment;
  }

  function snippet(result) {
    var p = doc.createElement("p");
    p.className = "search-snippet";
    var range = snippetRange(result);
    if (!range) {
      p.textContent = result.doc.s;
      return p;
    }
    var part = result.entry[range.field];
    if (range.from > 0) p.appendChild(doc.createTextNode("\u2026 "));
    p.appendChild(highlighted(result, part, range.from, range.to));
    if (range.to < part.chars.length) p.appendChild(doc.createTextNode(" \u2026"));
    return p;
  }

  function fill(template, values) {
    return String(template || "").replace(/\{(\w+)\}/g, function (m, k) { return k in values ? values[k] : m; });
  }

  function render(query) {
    while (list.firstChild) list.removeChild(list.firstChild);
    if (!parseQuery(query).length) {
      status.textContent = status.getAttribute("data-t-hint") || "";
      return;
    }
    var results = rank(data.docs, query);
    status.textContent = fill(status.getAttribute(results.length ? "data-t-count" : "data-t-none"),
      { count: results.length, query: query.trim() });
    results.slice(0, MAX_RESULTS).forEach(function (result) {
      var d = result.doc;
      var item = doc.createElement("li");
      var link = doc.createElement("a");
      link.href = "../" + d.u;
      link.appendChild(highlighted(result, result.entry.t, 0, result.entry.t.chars.length));
      var heading = doc.createElement("h2");
      heading.appendChild(link);
      var meta = doc.createElement("p");
      meta.className = "search-meta";
      meta.textContent = d.c ? d.k + " \u00b7 " + d.c : d.k;
      item.appendChild(heading);
      item.appendChild(meta);
      item.appendChild(snippet(result));
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
