/* hocvu catalog: without this script the filters are links to static pages
   (one per audience, level and competency); with it they filter the cards in
   place and combine, e.g. an audience and a level. On a learning path the
   audience links still lead to the other paths, and the level and competency
   groups (hidden without the script) narrow the path's own steps. When the
   catalog runs over several pages, the choices apply to the courses of
   every page (setUpAcrossPages). Plain ES5. */
(function () {
  "use strict";
  var doc = document;

  function all(root, selector) {
    return Array.prototype.slice.call(root.querySelectorAll(selector));
  }

  function fill(template, values) {
    return String(template || "").replace(/\{(\w+)\}/g, function (match, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : match;
    });
  }

  // A filter link chosen in place: `chosen[group] = value`, then `apply`.
  // On a path, an audience link opens that audience's own path.
  function onFilterClick(nav, onPath, chosen, apply) {
    nav.addEventListener("click", function (event) {
      var link = event.target;
      while (link && link !== nav && !(link.tagName === "A" && link.hasAttribute("data-group"))) link = link.parentNode;
      if (link === nav) link = null;
      if (!link || (onPath && link.getAttribute("data-group") === "0")) return;
      event.preventDefault();
      chosen[+link.getAttribute("data-group")] = link.getAttribute("data-value");
      apply();
    });
  }
  function setUpFilters(nav) {
    var cards = all(doc, ".card-grid > li[data-filter], .path-steps > li[data-filter]");
    var count = doc.querySelector("[data-course-count]");
    var none = doc.querySelector("[data-path-none]");
    var onPath = !!doc.querySelector(".path-steps");
    if (!cards.length) return;
    all(nav, "[data-scripted]").forEach(function (group) { group.hidden = false; });
    var chosen = [];
    all(nav, "a[aria-current]").forEach(function (link) { chosen[+link.getAttribute("data-group")] = link.getAttribute("data-value"); });
    function apply() {
      var shown = 0;
      cards.forEach(function (card) {
        var parts = card.getAttribute("data-filter").split("|").map(function (part) { return " " + part.trim() + " "; });
        var fits = chosen.every(function (value, group) { return !value || parts[group].indexOf(" " + value + " ") !== -1; });
        card.hidden = !fits;
        if (fits) shown++;
      });
      all(nav, "a[data-group]").forEach(function (link) {
        var on = (chosen[+link.getAttribute("data-group")] || "") === link.getAttribute("data-value");
        if (on) link.setAttribute("aria-current", "true"); else link.removeAttribute("aria-current");
      });
      if (count) count.textContent = fill(count.getAttribute("data-t-count"), { count: shown });
      if (none) none.hidden = shown > 0;
    }
    onFilterClick(nav, onPath, chosen, apply);
    if (count) count.setAttribute("role", "status");
    if (none) none.setAttribute("role", "status");
  }

  /* Sorting: the page comes in dictionary order of titles; the select can put
     the shortest or the most basic courses first (titles break ties). */
  function setUpSort(box) {
    var select = box.querySelector("select");
    var list = doc.querySelector(".card-grid");
    if (!select || !list) return;
    var cards = Array.prototype.slice.call(list.children).filter(function (li) { return li.hasAttribute("data-sort"); });
    cards.forEach(function (card, i) { card.setAttribute("data-order", i); });
    box.hidden = false;
    select.addEventListener("change", function () {
      var key = select.value === "duration" ? 0 : select.value === "level" ? 1 : -1;
      cards.slice().sort(function (a, b) {
        if (key >= 0) {
          var x = +a.getAttribute("data-sort").split(" ")[key], y = +b.getAttribute("data-sort").split(" ")[key];
          if (x !== y) return x - y;
        }
        return a.getAttribute("data-order") - b.getAttribute("data-order");
      }).forEach(function (card) { list.appendChild(card); });
    });
  }

  /* A site whose catalog runs over several pages (the nav names the data
     file): choosing filters or a sort lists the matching courses of every
     page, from catalog-data.js, loaded by a script element on the first
     choice (so it works from file:// too) in place of the page's own list;
     going back to the page's own choice shows the static page again. */
  function setUpAcrossPages(nav, sort) {
    var own = doc.querySelector(".card-grid, .path-steps");
    var onPath = !!doc.querySelector(".path-steps");
    var pager = doc.querySelector("nav.pagination");
    var count = doc.querySelector("[data-course-count]");
    var none = doc.querySelector("[data-path-none]");
    var select = sort && sort.querySelector("select");
    if (!own) return;
    function t(name) { return nav.getAttribute("data-t-" + name) || ""; }
    var root = nav.getAttribute("data-root") || "";
    var chunk = Math.max(own.children.length, 12);
    all(nav, "[data-scripted]").forEach(function (group) { group.hidden = false; });
    if (sort) sort.hidden = false;
    var initial = [], chosen = [];
    all(nav, "a[aria-current]").forEach(function (link) {
      initial[+link.getAttribute("data-group")] = chosen[+link.getAttribute("data-group")] = link.getAttribute("data-value");
    });
    var countText = count && count.textContent;
    var results = null, more = null, data = null, loading = false, matches = [], shown = 0;

    function mark() {
      all(nav, "a[data-group]").forEach(function (link) {
        var on = (chosen[+link.getAttribute("data-group")] || "") === link.getAttribute("data-value");
        if (on) link.setAttribute("aria-current", "true"); else link.removeAttribute("aria-current");
      });
    }
    function isInitial() {
      for (var g = 0; g < 3; g++) if ((chosen[g] || "") !== (initial[g] || "")) return false;
      return !select || select.value === "title";
    }
    function names(list) {
      var map = {};
      (list || []).forEach(function (pair) { map[pair[0]] = pair[1]; });
      return map;
    }
    function fact(dl, term, value) {
      var div = element("div");
      div.appendChild(element("dt", null, term));
      div.appendChild(element("dd", null, String(value)));
      dl.appendChild(div);
    }
    function item(row, number) {
      var li = element("li");
      var link = element("a", null, row[1]);
      link.href = root + "courses/" + row[0] + "/index.html";
      var level = names(data.levels)[row[3]];
      if (onPath) {
        li.appendChild(element("span", "path-number", String(number))).setAttribute("aria-hidden", "true");
        var text = li.appendChild(element("div", "path-text"));
        text.appendChild(element("h2")).appendChild(link);
        var meta = [];
        if (level) meta.push(t("level") + ": " + level);
        if (row[6]) meta.push(t("duration") + ": " + row[6]);
        meta.push(t("lessons") + ": " + row[7]);
        text.appendChild(element("p", "meta", meta.join(" \u00b7 ")));
        return li;
      }
      var card = li.appendChild(element("article", "card"));
      card.appendChild(element("h3", "card-title")).appendChild(link);
      var tags = card.appendChild(element("ul", "tags"));
      tags.setAttribute("aria-label", t("audiences"));
      var audiences = names(data.audiences);
      row[2].split(" ").filter(Boolean).forEach(function (id) { tags.appendChild(element("li", "tag", audiences[id] || id)); });
      var dl = card.appendChild(element("dl", "facts"));
      if (level) fact(dl, t("level"), level);
      if (row[6]) fact(dl, t("duration"), row[6]);
      fact(dl, t("lessons"), row[7]);
      return li;
    }
    function showMore() {
      var first = null;
      matches.slice(shown, shown + chunk).forEach(function (match) {
        var li = results.appendChild(item(match.row, match.number));
        if (!first) first = li.querySelector("a");
      });
      shown = Math.min(matches.length, shown + chunk);
      more.hidden = shown >= matches.length;
      return first;
    }
    function apply() {
      mark();
      if (isInitial()) {
        own.hidden = false;
        if (pager) pager.hidden = false;
        if (results) { results.hidden = true; more.hidden = true; }
        if (count) count.textContent = countText;
        if (none) none.hidden = true;
        return;
      }
      if (!data) {
        if (count) count.textContent = t("loading");
        if (!loading) {
          loading = true;
          var script = doc.createElement("script");
          script.src = nav.getAttribute("data-source");
          script.onload = function () { data = window.HOCVU_CATALOG || { courses: [] }; apply(); };
          doc.head.appendChild(script);
        }
        return;
      }
      var rows = data.courses || [];
      var order = rows.map(function (row, i) { return i; });
      if (onPath && data.paths && chosen[0]) order = data.paths[chosen[0]] || [];
      var ranks = {};
      (data.levels || []).forEach(function (pair, i) { ranks[pair[0]] = i; });
      matches = [];
      order.forEach(function (index, position) {
        var row = rows[index];
        var parts = [row[2], row[3], row[4]].map(function (part) { return " " + part + " "; });
        var fits = chosen.every(function (value, group) { return !value || parts[group].indexOf(" " + value + " ") !== -1; });
        if (fits) matches.push({ row: row, number: position + 1, position: position });
      });
      var key = select ? select.value : "title";
      if (key !== "title") {
        matches.sort(function (a, b) {
          var x = key === "duration" ? (a.row[5] == null ? 99999 : a.row[5]) : (a.row[3] in ranks ? ranks[a.row[3]] : 99);
          var y = key === "duration" ? (b.row[5] == null ? 99999 : b.row[5]) : (b.row[3] in ranks ? ranks[b.row[3]] : 99);
          return x !== y ? x - y : a.position - b.position;
        });
      }
      if (!results) {
        results = element(onPath ? "ol" : "ul", own.className);
        results.setAttribute("data-results", "");
        own.parentNode.insertBefore(results, own.nextSibling);
        more = element("p", "catalog-more");
        var button = more.appendChild(element("button", "button", t("more")));
        button.type = "button";
        button.addEventListener("click", function () {
          var first = showMore();
          if (first) first.focus();
        });
        results.parentNode.insertBefore(more, results.nextSibling);
      }
      while (results.firstChild) results.removeChild(results.firstChild);
      shown = 0;
      showMore();
      results.hidden = false;
      own.hidden = true;
      if (pager) pager.hidden = true;
      if (count) count.textContent = fill(count.getAttribute("data-t-count"), { count: matches.length });
      if (none) none.hidden = matches.length > 0;
    }
    onFilterClick(nav, onPath, chosen, apply);
    if (select) select.addEventListener("change", apply);
    if (count) count.setAttribute("role", "status");
    if (none) none.setAttribute("role", "status");
  }

  function element(tag, className, text) {
    var node = doc.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  var nav = doc.querySelector("nav.filters");
  var sort = doc.querySelector(".catalog-sort");
  if (nav && nav.hasAttribute("data-source")) {
    setUpAcrossPages(nav, sort);
  } else {
    if (nav) setUpFilters(nav);
    if (sort) setUpSort(sort);
  }
})();
