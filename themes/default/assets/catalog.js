/* hocvu catalog: without this script the filters are links to static pages
   (one per audience, level and competency); with it they filter the cards in
   place and combine, e.g. an audience and a level. On a learning path the
   audience links still lead to the other paths, and the level and competency
   groups (hidden without the script) narrow the path's own steps. Plain ES5. */
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
    nav.addEventListener("click", function (event) {
      var link = event.target;
      while (link && link !== nav && !(link.tagName === "A" && link.hasAttribute("data-group"))) link = link.parentNode;
      if (link === nav) link = null;
      // On a path, an audience link opens that audience's own path.
      if (!link || (onPath && link.getAttribute("data-group") === "0")) return;
      event.preventDefault();
      chosen[+link.getAttribute("data-group")] = link.getAttribute("data-value");
      apply();
    });
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

  var nav = doc.querySelector("nav.filters");
  if (nav) setUpFilters(nav);
  var sort = doc.querySelector(".catalog-sort");
  if (sort) setUpSort(sort);
})();
