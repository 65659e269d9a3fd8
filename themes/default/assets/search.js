/* hocvu search: reads the index the build wrote under search/ (format 2,
   docs/THEME.md): index.js (the manifest, loaded by the page), then only what
   a query needs, each file as a script so that it works from file://: the
   shards of its words (w/<first two letters>.js) with each word's best pages,
   the shards of its word pairs (p/…), the doc lists of common words (f/<n>.js),
   and the text of the pages shown (d/<folder>/<n>.js), for their snippets.
   It folds Vietnamese so that "mat khau", "MẬT KHẨU" and "mật khẩu" find the
   same pages, matches word prefixes as you type, ranks (see rank below) and
   highlights the snippet. Offline, when a file cannot load, it searches the
   pages of the courses the learner saved (kept by the service worker).
   Plain ES5, results built with DOM calls, never innerHTML. */
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
    // Fast path (a page's text, on a slow phone): whole-string operations,
    // kept only when they give one character per character, as below.
    if (text.normalize && text.length === chars.length) {
      var lowerText = text.toLowerCase();
      var foldedText = lowerText.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\u0111/g, "d");
      if (lowerText.length === text.length && foldedText.length === text.length) {
        return { chars: chars, lower: lowerText.split(""), folded: foldedText };
      }
    }
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

  /* ---- The index (format 2): pure functions of its files. ---- */

  var ALPHABET = "0123456789abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZwxyz-_";
  var DIGIT = {};
  for (var a = 0; a < ALPHABET.length; a++) DIGIT[ALPHABET.charAt(a)] = a;

  /* Ascending numbers written as gaps: base-32 digits, the last 32
     characters of ALPHABET continuing a number, the first 32 ending it. */
  function gaps(text) {
    var out = [];
    var value = 0;
    for (var i = 0; i < text.length; i++) {
      var d = DIGIT[text.charAt(i)];
      if (d >= 32) { value = value * 32 + d - 32; continue; }
      value = value * 32 + d;
      out.push(out.length ? out[out.length - 1] + value : value);
      value = 0;
    }
    return out;
  }

  /* A doc list: "d" + gaps, or "b" + a bitmap, 6 docs a character. */
  function docList(text) {
    if (text.charAt(0) !== "b") return gaps(text.slice(1));
    var out = [];
    for (var i = 1; i < text.length; i++) {
      var bits = DIGIT[text.charAt(i)];
      for (var b = 0; b < 6; b++) if (bits & (1 << b)) out.push((i - 1) * 6 + b);
    }
    return out;
  }

  /* [count, score, "gaps", score, "gaps", …] → {count, hits: [{doc, score}]}. */
  function topList(list) {
    var hits = [];
    for (var i = 1; i + 1 < list.length; i += 2) {
      gaps(list[i + 1]).forEach(function (d) { hits.push({ doc: d, score: list[i] }); });
    }
    return { count: list[0], hits: hits };
  }

  function letters(text) { return Array.from ? Array.from(text) : text.split(""); }

  /* A shard's file name: a-z, 0-9 and "-" as they are, others as _hex_. */
  function fileName(key) {
    return letters(key).map(function (c) {
      return /[a-z0-9-]/.test(c) ? c : "_" + c.codePointAt(0).toString(16) + "_";
    }).join("");
  }

  function shardOf(folded) { return letters(folded).slice(0, 2).join(""); }

  /* Whether a spelling in the index ("mật", "mật khẩu"'s "khẩu") has the
     marks typed for `word` (as exactAt does for the text). */
  function exactSpelling(lower, word) {
    if (!word.marked) return true;
    var chars = letters(lower);
    var typed = toneless(chars.slice(0, word.length).join(""));
    if (typed.letters !== word.letters) return false;
    var whole = chars.length === word.length ? typed : toneless(lower);
    return whole.tone === word.tone || (!word.tone && chars.length > word.length);
  }

  /* The word shards a query needs: a word of one letter needs every shard
     starting with it. */
  function wordShards(words, manifest) {
    var names = [];
    words.forEach(function (w) {
      manifest.w.forEach(function (key) {
        var match = w.length >= 2 ? key === shardOf(w.folded) : key.charAt(0) === w.folded;
        if (match && names.indexOf("w/" + fileName(key)) < 0) names.push("w/" + fileName(key));
      });
    });
    return names;
  }

  /* Each query word's terms in the loaded shards: [{folded, entry}]; every
     word matches as a prefix, as in the text. */
  function termsOf(words, store) {
    return words.map(function (w) {
      var terms = [];
      for (var name in store) {
        if (name.charAt(0) !== "w") continue;
        var shard = store[name];
        for (var folded in shard) {
          if (folded.indexOf(w.folded) === 0) terms.push({ folded: folded, entry: shard[folded] });
        }
      }
      return terms;
    });
  }

  /* The pair shards for words i and i + 1 ("mat khau": p/ma-k or p/ma). */
  function pairShards(words, terms) {
    var names = [];
    for (var i = 0; i + 1 < words.length; i++) {
      var next = letters(words[i + 1].folded)[0];
      terms[i].forEach(function (t) {
        var p = t.entry.p;
        if (t.folded !== words[i].folded || !p) return;
        var name = p === 1 ? "p/" + fileName(shardOf(t.folded))
          : p.indexOf(next) >= 0 ? "p/" + fileName(shardOf(t.folded) + "-" + next) : null;
        if (name && names.indexOf(name) < 0) names.push(name);
      });
    }
    return names;
  }

  function postingFiles(terms) {
    var names = [];
    terms.forEach(function (list) {
      list.forEach(function (t) {
        if (t.entry.f !== undefined && names.indexOf("f/" + t.entry.f) < 0) names.push("f/" + t.entry.f);
      });
    });
    return names;
  }

  /* Every page that has each word (as a prefix, marks aside), from the
     doc lists, or from the best pages when they are all of them. */
  function matching(terms, store, size) {
    var counts = new Uint16Array(size);
    terms.forEach(function (list, i) {
      list.forEach(function (t) {
        var docs = [];
        if (t.entry.f !== undefined) docs = docList(store["f/" + t.entry.f][t.folded]);
        else for (var v in t.entry.v) docs = docs.concat(topList(t.entry.v[v]).hits.map(function (h) { return h.doc; }));
        docs.forEach(function (d) { if (counts[d] === i) counts[d] = i + 1; });
      });
    });
    var found = [];
    for (var d = 0; d < size; d++) if (counts[d] === terms.length) found.push(d);
    return found;
  }

  /* Approximate rank keys from the best pages of each word and pair, in the
     order rank() uses: words with their marks, the phrase, points. */
  function keys(words, terms, store) {
    var byDoc = {};
    function key(d) {
      return byDoc[d] || (byDoc[d] = { doc: d, exact: [], all: [], tier: [], weight: [] });
    }
    terms.forEach(function (list, i) {
      list.forEach(function (t) {
        for (var v in t.entry.v) {
          var exact = words[i].marked && exactSpelling(v, words[i]);
          topList(t.entry.v[v]).hits.forEach(function (h) {
            var k = key(h.doc);
            k.all[i] = Math.max(k.all[i] || 0, h.score);
            if (exact) k.exact[i] = Math.max(k.exact[i] || 0, h.score);
          });
        }
      });
    });
    var last = words.length - 1;
    for (var j = 0; j < last; j++) {
      for (var name in store) {
        if (name.charAt(0) !== "p") continue;
        for (var pair in store[name]) {
          var split = pair.indexOf(" ");
          var first = pair.slice(0, split), second = pair.slice(split + 1);
          if (first !== words[j].folded) continue;
          if (j + 1 === last ? second.indexOf(words[j + 1].folded) !== 0 : second !== words[j + 1].folded) continue;
          var variants = store[name][pair].v;
          for (var v in variants) {
            var parts = v.split(" ");
            var tier = exactSpelling(parts[0], words[j]) && exactSpelling(parts[1], words[j + 1]) ? 2 : 1;
            topList(variants[v]).hits.forEach(function (h) {
              var k = key(h.doc);
              if ((k.tier[j] || 0) < tier) { k.tier[j] = tier; k.weight[j] = 0; }
              if (k.tier[j] === tier) k.weight[j] = Math.max(k.weight[j], h.score);
            });
          }
        }
      }
    }
    return function (d) {
      var k = byDoc[d];
      if (!k) return null;  // in no list of best pages: nothing known
      var result = { doc: d, exactWords: 0, phrase: 0, points: 0 };
      words.forEach(function (w, i) {
        var strict = w.marked && k.exact[i];
        if (strict) result.exactWords++;
        result.points += (strict ? k.exact[i] : k.all[i]) || 1;
      });
      if (last > 0) {
        var tier = 2, weight = 10;
        for (var j = 0; j < last; j++) {
          tier = Math.min(tier, k.tier[j] || 0);
          weight = Math.min(weight, k.weight[j] || 0);
        }
        result.phrase = tier;
        if (tier) result.points += weight * words.length;
      }
      return result;
    };
  }

  /* The pages with every word, best first as far as the index tells:
     those among some word's or pair's best pages by their keys, then the
     others in page order. rank() orders each page of results exactly. */
  function ordered(words, terms, store, size) {
    var found = matching(terms, store, size);
    var keyOf = keys(words, terms, store);
    var known = [], rest = [];
    found.forEach(function (d) {
      var k = keyOf(d);
      if (k) known.push(k); else rest.push(d);
    });
    known.sort(function (a, b) {
      return b.exactWords - a.exactWords || b.phrase - a.phrase || b.points - a.points || a.doc - b.doc;
    });
    return known.map(function (k) { return k.doc; }).concat(rest);
  }

  /* ---- The page. ---- */
  var doc = document;
  var form = doc.querySelector(".search-form");
  var input = doc.getElementById("search-q");
  var status = doc.getElementById("search-status");
  var list = doc.getElementById("search-results");
  if (!form || !input || !status || !list) return;
  var data = window.HOCVU_SEARCH = window.HOCVU_SEARCH || {};
  var manifest = data.v === 2 ? data : null;

  var PAGE = 10;
  var OFFLINE_RESULTS = 50;

  /* Files arrive through HOCVU_SEARCH.add(name, value) from their scripts. */
  var store = {}, failed = {}, waiting = {};
  data.add = function (name, value) { store[name] = value; };

  /* Loads the file `name` (or at `src`), then done(whether it came). */
  function load(name, done, src) {
    if (store[name]) return done(true);
    if (failed[name]) return done(false);
    if (waiting[name]) return waiting[name].push(done);
    waiting[name] = [done];
    var script = doc.createElement("script");
    script.src = src || (/^d\//.test(name) ? "d/" + Math.floor(+name.slice(2) / manifest.d) + "/" + name.slice(2) : name) + ".js";
    function finish() {
      var ok = !!store[name];
      if (!ok) failed[name] = true;
      script.parentNode.removeChild(script);
      var callbacks = waiting[name];
      delete waiting[name];
      callbacks.forEach(function (callback) { callback(ok); });
    }
    script.onload = finish;
    script.onerror = finish;
    doc.head.appendChild(script);
  }

  function loadAll(names, done) {
    var left = names.length, ok = true;
    if (!left) return done(true);
    names.forEach(function (name) {
      load(name, function (loaded) {
        ok = ok && loaded;
        if (--left === 0) done(ok);
      });
    });
  }

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

  function item(result) {
    var d = result.doc;
    var li = doc.createElement("li");
    var link = doc.createElement("a");
    link.href = "../" + d.u;
    link.appendChild(highlighted(result, result.entry.t, 0, result.entry.t.chars.length));
    var heading = doc.createElement("h2");
    heading.appendChild(link);
    var meta = doc.createElement("p");
    meta.className = "search-meta";
    meta.textContent = [d.k, d.c].filter(Boolean).join(" \u00b7 ");
    li.appendChild(heading);
    li.appendChild(meta);
    li.appendChild(snippet(result));
    return li;
  }

  var current = 0;  // the query shown: files of an older one arriving late are ignored
  var more = null;  // the "more results" button

  function clear() {
    while (list.firstChild) list.removeChild(list.firstChild);
    if (more) more.parentNode.removeChild(more);
    more = null;
  }

  function announce(count, query, offline) {
    var text = fill(status.getAttribute(count ? "data-t-count" : "data-t-none"), { count: count, query: query.trim() });
    status.textContent = offline ? text + " " + (status.getAttribute("data-t-offline") || "") : text;
  }

  /* The results from `from` in `order` (page numbers, best first): their
     files loaded, ranked exactly among themselves, added to the list. */
  function showPage(query, ticket, order, from) {
    var numbers = order.slice(from, from + PAGE);
    loadAll(numbers.map(function (n) { return "d/" + n; }), function (ok) {
      if (ticket !== current) return;
      if (!ok) return offline(query, ticket);
      var results = rank(numbers.map(function (n) { return store["d/" + n]; }), query);
      if (from === 0) {
        clear();
        announce(order.length, query);
      }
      if (more) more.parentNode.removeChild(more);
      more = null;
      var first = null;
      results.forEach(function (result) {
        var li = item(result);
        list.appendChild(li);
        first = first || li;
      });
      if (from > 0 && first) first.querySelector("a").focus();
      if (from + PAGE < order.length) {
        more = doc.createElement("button");
        more.type = "button";
        more.className = "button search-more";
        more.textContent = status.getAttribute("data-t-more") || "+";
        more.addEventListener("click", function () { showPage(query, ticket, order, from + PAGE); });
        list.parentNode.insertBefore(more, list.nextSibling);
      }
    });
  }

  function render(query) {
    var ticket = ++current;
    var words = parseQuery(query);
    if (!words.length) {
      clear();
      status.textContent = status.getAttribute("data-t-hint") || "";
      return;
    }
    if (!manifest) return offline(query, ticket);
    var missing = words.some(function (w) { return !wordShards([w], manifest).length; });
    if (missing) return showPage(query, ticket, [], 0);
    loadAll(wordShards(words, manifest), function (ok) {
      if (ticket !== current) return;
      if (!ok) return offline(query, ticket);
      var terms = termsOf(words, store);
      if (terms.some(function (t) { return !t.length; })) return showPage(query, ticket, [], 0);
      loadAll(postingFiles(terms).concat(pairShards(words, terms)), function (loaded) {
        if (ticket !== current) return;
        if (!loaded) return offline(query, ticket);
        showPage(query, ticket, ordered(words, terms, store, manifest.n), 0);
      });
    });
  }

  /* A page the service worker keeps, as a doc: its h1, description,
     headings and article text (without the table of contents, quizzes and
     navigation), its course from the breadcrumbs. */
  function pageDoc(html, path, lesson) {
    var page = new DOMParser().parseFromString(html, "text/html");
    var article = page.querySelector("main article") || page.querySelector("main");
    if (!article) return null;
    var title = article.querySelector("h1");
    var description = page.querySelector('meta[name="description"]');
    var crumbs = page.querySelectorAll(".breadcrumbs a");
    var headings = Array.prototype.map.call(article.querySelectorAll("h2, h3"), function (h) { return h.textContent.trim(); });
    Array.prototype.forEach.call(article.querySelectorAll("h1, nav, form, script, .quiz"), function (e) {
      if (e.parentNode) e.parentNode.removeChild(e);
    });
    return {
      k: "", t: title ? title.textContent.trim() : path, u: path, s: description ? description.getAttribute("content") : "",
      c: lesson && crumbs.length ? crumbs[crumbs.length - 1].textContent.trim() : "",
      h: headings, b: article.textContent.replace(/\s+/g, " ").trim(), q: ""
    };
  }

  var kept = null;  // the kept pages as docs, read once

  /* Offline (a file would not load): the pages the service worker keeps,
     those of the courses the learner saved and those opened before,
     searched whole. */
  function offline(query, ticket) {
    function show(docs) {
      kept = docs;
      if (ticket !== current) return;
      var results = rank(docs, query);
      clear();
      announce(results.length, query, true);
      results.slice(0, OFFLINE_RESULTS).forEach(function (result) { list.appendChild(item(result)); });
    }
    if (kept) return show(kept);
    if (!window.caches || !window.Promise || !window.DOMParser) return show([]);
    var root = new URL("../", location.href).href;
    var seen = {};
    caches.keys().then(function (names) {
      return Promise.all(names.filter(function (n) { return n.indexOf("hocvu") === 0; }).map(function (n) {
        return caches.open(n).then(function (cache) {
          return cache.keys().then(function (requests) {
            return Promise.all(requests.map(function (request) {
              var path = request.url.split("?")[0].slice(root.length).replace(/(^|\/)$/, "$1index.html");
              if (request.url.indexOf(root) !== 0 || !/\.html$/.test(path) || seen[path] ||
                  /^(search\/|offline\.html|404\.html)/.test(path)) return null;
              seen[path] = true;
              return cache.match(request).then(function (response) {
                return response.text().then(function (html) { return pageDoc(html, path, /^courses\/.+\/.+\//.test(path)); });
              });
            }));
          });
        });
      }));
    }).then(function (lists) {
      show([].concat.apply([], lists).filter(Boolean));
    }).catch(function () { show([]); });
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
