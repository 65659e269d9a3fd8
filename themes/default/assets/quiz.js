/* hocvu quiz runtime: checks answers, marks each choice, shows notes and
   explanations, scores, and remembers the best score per quiz and the lessons
   finished in localStorage; the course page shows that progress.
   No framework, no network, no inline code: works from file:// and under a
   strict Content-Security-Policy. Without it the quiz still shows its
   questions, and the "show answers" section reveals the answers.
   Plain ES5 so that old phone browsers run it too. */
(function () {
  "use strict";
  var doc = document;
  // Pages opened from disk share one storage: each site keeps to its own key.
  var KEY = "hocvu:" + (doc.documentElement.getAttribute("data-site") || "site");
  // This file is assets/quiz.js: the site root, where sw.js lives, is one up.
  var SCRIPT = doc.currentScript && doc.currentScript.src;

  function load() {
    try {
      var state = JSON.parse(localStorage.getItem(KEY) || "{}");
      if (state && typeof state === "object") {
        state.quizzes = state.quizzes || {};
        state.lessons = state.lessons || {};
        return state;
      }
    } catch (e) { /* storage off or corrupt: start afresh */ }
    return { quizzes: {}, lessons: {} };
  }

  function save(state) {
    try { localStorage.setItem(KEY, JSON.stringify(state)); return true; } catch (e) { return false; }
  }

  function storageWorks() {
    try {
      localStorage.setItem(KEY + ":probe", "1");
      localStorage.removeItem(KEY + ":probe");
      return true;
    } catch (e) { return false; }
  }

  function fill(template, values) {
    return String(template || "").replace(/\{(\w+)\}/g, function (match, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : match;
    });
  }

  function all(root, selector) {
    return Array.prototype.slice.call(root.querySelectorAll(selector));
  }

  /* The nearest ancestor (or self) with this tag: Element.closest is
     missing on old phone browsers. */
  function closest(node, tag) {
    while (node && node.nodeType === 1) {
      if (node.tagName.toLowerCase() === tag) return node;
      node = node.parentNode;
    }
    return null;
  }

  /* Ancestor (or self) carrying an attribute. */
  function closestWith(node, attribute) {
    while (node && node.nodeType === 1) {
      if (node.hasAttribute(attribute)) return node;
      node = node.parentNode;
    }
    return null;
  }

  function element(tag, className, text) {
    var node = doc.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  /* The same comparison as hocvu's VietnameseText.comparisonKey: NFC, trimmed,
     spaces collapsed, case and diacritics folded, đ → d. */
  function fold(text) {
    var s = String(text);
    if (s.normalize) s = s.normalize("NFD");
    return s.replace(/[\u0300-\u036f]/g, "").replace(/[\u0111\u0110]/g, "d")
      .toLowerCase().replace(/\s+/g, " ").replace(/^ | $/g, "");
  }

  function shuffle(list) {
    var items = Array.prototype.slice.call(list.children);
    for (var i = items.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var swap = items[i]; items[i] = items[j]; items[j] = swap;
    }
    items.forEach(function (item) { list.appendChild(item); });
  }

  /* A lesson is finished when every quiz on it has been passed once; a lesson
     without a quiz, when it has been opened. */
  function updateLesson(article, state) {
    var key = article.getAttribute("data-lesson");
    if (!key) return;
    var done = all(article, "form.quiz[data-quiz]").every(function (form) {
      var record = state.quizzes[form.getAttribute("data-quiz")];
      return record && record.passed;
    });
    if (done) state.lessons[key] = true;
  }

  function setUpQuiz(form) {
    var id = form.getAttribute("data-quiz");
    var pass = parseInt(form.getAttribute("data-pass"), 10) || 0;
    var t = {};
    try { t = JSON.parse(form.getAttribute("data-strings") || "{}"); } catch (e) { /* keep the keys */ }
    var questions = all(form, ".quiz-question");
    var notes = all(form, ".quiz-answers > ol > li");
    var status = form.querySelector(".quiz-status");
    var actions = form.querySelector(".quiz-actions");
    var check = form.querySelector(".quiz-check");
    var retry = form.querySelector(".quiz-retry");
    if (!questions.length || !status || !actions || !check || !retry) return;
    var checked = false;

    var best = element("p", "quiz-best");
    var info = form.querySelector(".quiz-info");
    form.insertBefore(best, info ? info.nextSibling : form.firstChild);
    function showBest() {
      var record = load().quizzes[id];
      best.textContent = record ? fill(t.best, { best: record.best }) : "";
      best.hidden = !record;
    }

    function shuffleChoices() {
      if (form.hasAttribute("data-shuffle")) all(form, ".quiz-choices").forEach(shuffle);
    }

    function inputs(question) { return all(question, "input"); }

    function isAnswered(question) {
      return inputs(question).some(function (input) {
        return input.type === "text" ? input.value.trim() !== "" : input.checked;
      });
    }

    function mark(item, kind, label) {
      item.classList.add("is-" + kind);
      var badge = element("span", "quiz-mark");
      badge.appendChild(element("span", "quiz-mark-icon", kind === "wrong" ? "\u2717" : "\u2713")).setAttribute("aria-hidden", "true");
      badge.appendChild(doc.createTextNode(" " + label));
      // After the choice's text, so a narrow screen keeps the text's width.
      var target = item.querySelector(".quiz-choice") || item.querySelector("label") || item;
      target.appendChild(badge);
    }

    function showNote(item, note, value) {
      var feedback = note && note.querySelector('dd[data-choice="' + value + '"]');
      if (!feedback) return;
      var box = element("div", "quiz-choice-note");
      Array.prototype.forEach.call(feedback.childNodes, function (child) { box.appendChild(child.cloneNode(true)); });
      item.appendChild(box);
    }

    /* Marks one question and returns whether it was answered right. */
    function grade(question, index) {
      var note = notes[index];
      var right;
      var result = element("div", "quiz-result");
      var verdict = element("p", "quiz-verdict");
      if (question.getAttribute("data-kind") === "short-answer") {
        var input = question.querySelector("input[type=text]");
        var accepted = [];
        try { accepted = JSON.parse(question.getAttribute("data-accept") || "[]"); } catch (e) { /* none */ }
        var typed = fold(input.value);
        right = accepted.some(function (answer) { return fold(answer) === typed; });
        input.readOnly = true;
        input.classList.add(right ? "is-right" : "is-wrong");
        if (!right) result.appendChild(element("p", "quiz-accepted", fill(t.accepted, { answers: accepted.join(" / ") })));
      } else {
        var answer = (question.getAttribute("data-answer") || "").split(" ");
        right = true;
        inputs(question).forEach(function (choice) {
          var item = closest(choice, "li") || choice.parentNode;
          var isAnswer = answer.indexOf(choice.value) >= 0;
          if (choice.checked !== isAnswer) right = false;
          if (choice.checked) {
            mark(item, isAnswer ? "right" : "wrong", isAnswer ? t.right : t.wrong);
            showNote(item, note, choice.value);
          } else if (isAnswer) {
            mark(item, "missed", t.missed);
            showNote(item, note, choice.value);
          }
          choice.disabled = true;
        });
      }
      verdict.textContent = (right ? "\u2713 " : "\u2717 ") + (right ? t.right : t.wrong);
      result.insertBefore(verdict, result.firstChild);
      var explanation = note && note.querySelector(".quiz-explanation");
      if (explanation) result.appendChild(explanation.cloneNode(true));
      question.classList.add(right ? "is-right" : "is-wrong");
      question.appendChild(result);
      return right;
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (checked) return;
      var missing = [];
      questions.forEach(function (question, i) { if (!isAnswered(question)) missing.push(i + 1); });
      if (missing.length) {
        status.textContent = fill(t.unanswered, { list: missing.join(", ") });
        var first = inputs(questions[missing[0] - 1])[0];
        if (first) first.focus();
        return;
      }
      var right = 0;
      questions.forEach(function (question, i) { if (grade(question, i)) right++; });
      var percent = Math.round(100 * right / questions.length);
      var passed = percent >= pass;

      var state = load();
      var record = state.quizzes[id] || { best: 0, passed: false };
      record.best = Math.max(record.best || 0, percent);
      record.passed = record.passed || passed;
      state.quizzes[id] = record;
      var article = closestWith(form, "data-lesson");
      if (article) updateLesson(article, state);
      save(state);

      checked = true;
      form.classList.add("is-checked");
      status.textContent = fill(t.score, { correct: right, total: questions.length, percent: percent }) + " " +
        fill(passed ? t.passed : t.failed, { pass: pass });
      showBest();
      check.hidden = true;
      retry.hidden = false;
      retry.focus();
      // For an LMS package's runtime (SCORM): the result, as an event.
      if (typeof CustomEvent === "function") {
        form.dispatchEvent(new CustomEvent("hocvu:quiz-checked", { bubbles: true, detail: { id: id, percent: percent, passed: passed } }));
      }
    });

    retry.addEventListener("click", function () {
      all(form, ".quiz-result, .quiz-mark, .quiz-choice-note").forEach(function (node) { node.parentNode.removeChild(node); });
      all(form, ".is-right, .is-wrong, .is-missed").forEach(function (node) {
        node.classList.remove("is-right", "is-wrong", "is-missed");
      });
      all(form, "input").forEach(function (input) {
        input.disabled = false;
        input.readOnly = false;
        if (input.type === "text") input.value = ""; else input.checked = false;
      });
      form.classList.remove("is-checked");
      shuffleChoices();
      checked = false;
      status.textContent = "";
      retry.hidden = true;
      check.hidden = false;
      var first = form.querySelector("input");
      if (first) first.focus();
    });

    shuffleChoices();
    showBest();
    actions.hidden = false;
  }

  /* Progress helpers. A list attribute ("a b c") as an array. */
  function words(node, attribute) {
    return (node.getAttribute(attribute) || "").split(" ").filter(Boolean);
  }

  /* What the learner did in a course, from its lesson keys and quiz ids:
     lessons finished, whether anything was started, and the index of the
     first lesson not finished yet (-1 when all are). */
  function courseProgress(state, keys, quizzes) {
    var done = 0, next = -1;
    keys.forEach(function (key, i) {
      if (state.lessons[key]) done++;
      else if (next < 0) next = i;
    });
    var tried = quizzes.some(function (id) { return state.quizzes[id]; });
    return { done: done, total: keys.length, next: next, started: done > 0 || tried };
  }

  /* A destructive button that asks first: it reveals its confirmation group
     ("Clear? [Clear] [Keep]") in its place, with the focus on the safe choice;
     Keep or Escape puts the button back, focused. Only Clear runs `action`.
     A theme without the group still asks, with the browser's own dialog. */
  function confirmFirst(trigger, group, action) {
    var yes = group && group.querySelector("[data-confirm-yes]");
    var no = group && group.querySelector("[data-confirm-no]");
    if (!yes || !no) {
      trigger.addEventListener("click", function () {
        if (window.confirm(trigger.textContent + "?")) action();
      });
      return;
    }
    function close() {
      group.hidden = true;
      trigger.hidden = false;
      trigger.focus();
    }
    trigger.addEventListener("click", function () {
      group.hidden = false;
      no.focus();
      trigger.hidden = true;
    });
    no.addEventListener("click", close);
    yes.addEventListener("click", function () {
      close();
      action();
    });
    group.addEventListener("keydown", function (event) {
      if (event.key === "Escape" || event.key === "Esc" || event.keyCode === 27) {
        event.preventDefault();
        close();
      }
    });
  }

  /* The course page: lessons finished, best scores, a reset that asks first,
     and the start button turned into "continue" at the first lesson not
     finished. Without storage (or script) the page keeps "start learning". */
  function setUpProgress(box) {
    if (!storageWorks()) return;
    var items = all(doc, ".lesson-list > li[data-lesson]");
    var summary = box.querySelector(".progress-summary");
    var bar = box.querySelector("progress");
    var status = box.querySelector(".progress-status");
    function text(name) { return box.getAttribute("data-t-" + name) || ""; }
    var keys = items.map(function (item) { return item.getAttribute("data-lesson"); });
    var quizzes = [];
    items.forEach(function (item) { quizzes = quizzes.concat(words(item, "data-quizzes")); });
    // A course whose lessons run over several pages lists all of them on the box.
    if (box.hasAttribute("data-lessons")) {
      keys = words(box, "data-lessons").map(function (slug) { return box.getAttribute("data-course") + "/" + slug; });
      quizzes = words(box, "data-quizzes");
    }
    var byKey = {};
    items.forEach(function (item) { byKey[item.getAttribute("data-lesson")] = item; });

    var start = doc.querySelector("[data-course-start]");
    var startLink = start && start.querySelector("a");
    var startText = startLink && startLink.textContent;
    var startHref = startLink && startLink.getAttribute("href");
    var startNote = null;

    /* The start paragraph: "start" before any progress, "continue: <title>"
       after, and "finished, review from lesson 1" at the end. */
    function renderStart(progress) {
      if (!startLink) return;
      if (startNote) { start.removeChild(startNote); startNote = null; }
      var item = progress.next >= 0 && byKey[keys[progress.next]];
      var link = item && item.querySelector(".lesson-text a");
      // The next lesson on a later page of the course: named by its number.
      var elsewhere = progress.next >= 0 && !link && lessonURL("index.html", keys[progress.next]);
      if (!progress.started || (progress.next >= 0 && !link && !elsewhere)) {
        startLink.textContent = startText;
        startLink.setAttribute("href", startHref);
      } else if (link) {
        startLink.textContent = fill(start.getAttribute("data-t-continue"), { title: link.textContent });
        startLink.setAttribute("href", link.getAttribute("href"));
      } else if (elsewhere) {
        startLink.textContent = fill(box.getAttribute("data-t-continue-number"), { number: progress.next + 1 });
        startLink.setAttribute("href", elsewhere);
      } else {
        startNote = element("span", "course-complete", start.getAttribute("data-t-complete"));
        start.insertBefore(startNote, startLink);
        startLink.textContent = start.getAttribute("data-t-review") || startText;
        startLink.setAttribute("href", startHref);
      }
    }

    var cleared = false;

    function render() {
      var state = load();
      markLessons(items, state, text);
      var progress = courseProgress(state, keys, quizzes);
      if (summary) summary.textContent = fill(text("summary"), { done: progress.done, total: progress.total });
      if (bar) bar.value = progress.done;
      renderStart(progress);
      // Nothing to show before the first lesson; after a reset, the message.
      box.hidden = !progress.started && !cleared;
    }

    var reset = box.querySelector("[data-progress-reset]");
    if (reset) {
      confirmFirst(reset, box.querySelector("[data-confirm]"), function () {
        var state = load();
        keys.forEach(function (key) { delete state.lessons[key]; });
        quizzes.forEach(function (id) { delete state.quizzes[id]; });
        save(state);
        cleared = true;
        render();
        if (status) status.textContent = text("cleared");
      });
    }
    render();
  }

  /* Each lesson of a course page's list: finished, best scores. */
  function markLessons(items, state, text) {
    items.forEach(function (item) {
      var finished = !!state.lessons[item.getAttribute("data-lesson")];
      var parts = [];
      if (finished) parts.push("\u2713 " + text("done"));
      words(item, "data-quizzes").forEach(function (id) {
        var record = state.quizzes[id];
        if (record) parts.push(fill(text("best"), { best: record.best }));
      });
      item.classList.toggle("is-done", finished);
      var line = item.querySelector(".lesson-progress");
      if (line) {
        line.textContent = parts.join(" \u00b7 ");
        line.hidden = !parts.length;
      }
    });
  }

  /* A lesson's page from its course's: lessons live in the course's folder
     (courses/<course>/<lesson>/index.html, key "<course>/<lesson>"). */
  function lessonURL(courseURL, key) {
    if (!/index\.html$/.test(courseURL) || key.indexOf("/") < 0) return "";
    return courseURL.replace(/index\.html$/, key.slice(key.indexOf("/") + 1) + "/index.html");
  }

  /* The home page: every course the learner has started, a link on to the
     next lesson of each, and a reset of all progress on this device. */
  function setUpHomeProgress(box) {
    if (!storageWorks()) return;
    if (box.hasAttribute("data-source") && !box.hasAttribute("data-filled")) {
      box.setAttribute("data-filled", "");
      fillHomeProgress(box, function () { setUpHomeProgress(box); });
      return;
    }
    var items = all(box, "li[data-lessons], li[data-course]");
    var status = box.querySelector(".progress-status");
    var cleared = false;
    function render() {
      var state = load();
      var shown = 0;
      items.forEach(function (item) {
        var keys = words(item, "data-lessons");
        var progress = courseProgress(state, keys, words(item, "data-quizzes"));
        if (item.hasAttribute("data-course")) {
          // From the data file: lessons counted by key; the course page says which is next.
          var total = +item.getAttribute("data-total") || 0;
          var count = Math.min(total, finishedIn(state, item.getAttribute("data-course")));
          progress = { done: count, total: total, next: count < total ? 0 : -1, started: count > 0 };
        }
        item.hidden = !progress.started;
        if (!item.hidden) shown++;
        item.classList.toggle("is-done", progress.next < 0);
        var count = item.querySelector(".progress-count");
        if (count) {
          count.textContent = (progress.next < 0 ? "\u2713 " : "") +
            fill(box.getAttribute("data-t-lessons"), { done: progress.done, total: progress.total });
        }
        var bar = item.querySelector("progress");
        if (bar) bar.value = progress.done;
        var course = item.querySelector("a");
        var next = item.querySelector(".progress-next");
        var url = course && progress.next >= 0 && keys.length ? lessonURL(course.getAttribute("href"), keys[progress.next]) : "";
        if (url && progress.started) {
          if (!next) {
            next = element("a", "progress-next");
            item.appendChild(next);
          }
          next.setAttribute("href", url);
          next.textContent = fill(box.getAttribute("data-t-continue"), { number: progress.next + 1 });
        } else if (next) {
          item.removeChild(next);
        }
      });
      box.hidden = !shown && !cleared;
    }
    var reset = box.querySelector("[data-progress-reset-all]");
    if (reset) {
      confirmFirst(reset, box.querySelector("[data-confirm]"), function () {
        try { localStorage.removeItem(KEY); } catch (e) { /* nothing stored */ }
        cleared = true;
        render();
        if (status) status.textContent = box.getAttribute("data-t-cleared") || "";
      });
    }
    render();
  }

  /* Lessons finished in a course, by the course part of the lesson keys
     ("<course>/<lesson>"), so a card need not list every lesson. */
  function finishedIn(state, course) {
    var prefix = course + "/", done = 0;
    for (var key in state.lessons) {
      if (Object.prototype.hasOwnProperty.call(state.lessons, key) && state.lessons[key] && key.indexOf(prefix) === 0) done++;
    }
    return done;
  }

  /* A course card (home, catalog and its filter pages): "2/5 lessons
     finished" once one is. */
  function setUpCardProgress(line) {
    var total = +line.getAttribute("data-total") || 0;
    var done = Math.min(total, finishedIn(load(), line.getAttribute("data-course") || ""));
    if (!done) return;
    line.textContent = (done === total ? "\u2713 " : "") +
      fill(line.getAttribute("data-t-lessons"), { done: done, total: total });
    line.classList.toggle("is-done", done === total);
    line.hidden = false;
  }

  /* Loads a data file of the site by a script element (fetch cannot read
     files from disk), once; `ready` runs when it has set its global. */
  function loadData(url, name, ready) {
    if (window[name]) { ready(window[name]); return; }
    var script = doc.createElement("script");
    script.src = url;
    script.onload = function () { if (window[name]) ready(window[name]); };
    doc.head.appendChild(script);
  }

  /* The home page of a site with many courses lists none in its HTML: the
     courses the learner started are found by their lesson keys and named
     from catalog-data.js (only fetched when something was started). */
  function fillHomeProgress(box, done) {
    var list = box.querySelector(".progress-courses");
    var state = load();
    var started = {}, any = false;
    Object.keys(state.lessons).forEach(function (key) {
      if (state.lessons[key] && key.indexOf("/") > 0) { started[key.slice(0, key.indexOf("/"))] = true; any = true; }
    });
    if (!list || !any) { done(); return; }
    var root = box.getAttribute("data-source").replace(/catalog-data\.js$/, "");
    loadData(box.getAttribute("data-source"), "HOCVU_CATALOG", function (data) {
      (data.courses || []).forEach(function (row) {
        if (!started[row[0]]) return;
        var item = element("li");
        item.hidden = true;
        var link = element("a", null, row[1]);
        link.href = root + "courses/" + row[0] + "/index.html";
        var bar = element("progress");
        bar.max = row[7];
        bar.value = 0;
        bar.setAttribute("aria-label", row[1]);
        item.appendChild(link);
        item.appendChild(doc.createTextNode(" "));
        item.appendChild(element("span", "progress-count"));
        item.appendChild(doc.createTextNode(" "));
        item.appendChild(bar);
        item.setAttribute("data-course", row[0]);
        item.setAttribute("data-total", row[7]);
        list.appendChild(item);
      });
      done();
    });
  }

  /* Offline (http and https only; a site opened from disk needs no worker):
     the service worker keeps each page opened, and a course page offers to
     keep the whole course. */
  function setUpOffline() {
    // Pages exported for an LMS (data-no-sw) have no sw.js beside them.
    if (!("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol) || !SCRIPT ||
        doc.documentElement.hasAttribute("data-no-sw")) return;
    var box = doc.querySelector("[data-offline]");
    var button = box && box.querySelector("button");
    var status = box && box.querySelector("[role=status]");
    navigator.serviceWorker.register(new URL("../sw.js", SCRIPT).href).then(function () {
      // Offered only once a worker exists to keep the course.
      if (box && button && status) box.hidden = false;
    }, function () { /* the site stays online-only */ });
    listKeptCourses(doc.querySelector("[data-offline-kept]"));
    if (!box || !button || !status) return;
    button.addEventListener("click", function () {
      var urls = (box.getAttribute("data-urls") || "").split(" ").filter(Boolean).map(function (url) {
        return new URL(url, location.href).href;
      });
      status.textContent = box.getAttribute("data-t-working") || "";
      button.disabled = true;
      navigator.serviceWorker.ready.then(function (registration) {
        var channel = new MessageChannel();
        channel.port1.onmessage = function (event) {
          status.textContent = box.getAttribute(event.data && event.data.ok ? "data-t-done" : "data-t-failed") || "";
          button.disabled = false;
        };
        registration.active.postMessage({ type: "keep", urls: urls }, [channel.port2]);
      });
    });
  }

  /* The offline page lists the courses kept on this device: the course pages
     in the worker's "kept" cache (the one with the download box), by title. */
  function listKeptCourses(section) {
    var list = section && section.querySelector("ul");
    if (!list || !window.caches || !window.DOMParser) return;
    var name = "hocvu-kept " + new URL("../", SCRIPT).href;
    caches.has(name).then(function (has) {
      if (!has) return;
      return caches.open(name).then(function (cache) {
        return cache.keys().then(function (requests) {
          return Promise.all(requests.filter(function (request) {
            return /\/index\.html$/.test(request.url);
          }).map(function (request) {
            return cache.match(request).then(function (response) { return response.text(); }).then(function (html) {
              var page = new DOMParser().parseFromString(html, "text/html");
              var title = page.querySelector("[data-offline]") && page.querySelector("h1");
              return title ? { url: request.url, title: title.textContent.trim() } : null;
            });
          }));
        });
      });
    }).then(function (courses) {
      (courses || []).filter(Boolean).sort(function (a, b) { return a.title.localeCompare(b.title, doc.documentElement.lang); }).forEach(function (course) {
        var link = element("a", null, course.title);
        link.href = course.url;
        var item = element("li");
        item.appendChild(link);
        list.appendChild(item);
      });
      if (list.children.length) section.hidden = false;
    }).catch(function () { /* no list: the home link stays */ });
  }

  function start() {
    all(doc, "form.quiz[data-quiz]").forEach(setUpQuiz);
    var article = doc.querySelector("article[data-lesson]");
    if (article && !article.querySelector("form.quiz[data-quiz]")) {
      var state = load();
      updateLesson(article, state);
      save(state);
    }
    var box = doc.querySelector("[data-progress]");
    if (box) setUpProgress(box);
    // A later page of a course's lessons: each lesson's marks, without the box.
    var list = doc.querySelector(".lesson-list[data-t-done]");
    if (!box && list && storageWorks()) {
      markLessons(all(list, "li[data-lesson]"), load(), function (name) { return list.getAttribute("data-t-" + name) || ""; });
    }
    var home = doc.querySelector("[data-home-progress]");
    if (home) setUpHomeProgress(home);
    if (storageWorks()) all(doc, "[data-card-progress]").forEach(setUpCardProgress);
    setUpOffline();
  }

  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", start);
  else start();
})();
