/// `assets/scorm.js` of a SCORM 1.2 package: finds the LMS's `API` object
/// in a parent frame or the opener, marks a page without a quiz completed,
/// and reports each quiz result the theme's quiz script announces
/// (`hocvu:quiz-checked`): the best percentage as `cmi.core.score.raw`,
/// `passed`/`failed` as `cmi.core.lesson_status`; a later session never
/// lowers an earlier one's score or pass.
/// Outside an LMS it does nothing. Plain ES5, like the quiz script.
enum SCORMRuntime {
    static let path = "assets/scorm.js"

    static let script = #"""
/* hocvu SCORM 1.2 runtime: reports completion and the quiz score to the LMS. */
(function () {
  "use strict";
  function find(win) {
    for (var hops = 0; win && hops < 12; hops++) {
      try { if (win.API) return win.API; } catch (e) { return null; }
      if (win.parent === win) break;
      win = win.parent;
    }
    return null;
  }
  var api = find(window) || (window.opener ? find(window.opener) : null);
  if (!api) return;
  var started = new Date().getTime();
  var finished = false;
  if (String(api.LMSInitialize("")) !== "true") return;

  var forms = document.querySelectorAll("form.quiz[data-quiz]");
  var status = String(api.LMSGetValue("cmi.core.lesson_status"));
  // An earlier session's pass and score are never lowered by a later one.
  var prior = parseFloat(api.LMSGetValue("cmi.core.score.raw"));
  var passedBefore = status === "passed";
  if (!forms.length) api.LMSSetValue("cmi.core.lesson_status", "completed");
  else if (status === "not attempted" || status === "") api.LMSSetValue("cmi.core.lesson_status", "incomplete");
  api.LMSCommit("");

  var best = {};
  document.addEventListener("hocvu:quiz-checked", function (event) {
    var result = event.detail || {};
    var old = best[result.id];
    if (!old || result.percent > old.percent) best[result.id] = result;
    var ids = Object.keys(best);
    if (ids.length < forms.length) return;
    var sum = 0, passed = true;
    ids.forEach(function (id) { sum += best[id].percent; passed = passed && best[id].passed; });
    api.LMSSetValue("cmi.core.score.min", "0");
    api.LMSSetValue("cmi.core.score.max", "100");
    var score = Math.round(sum / ids.length);
    if (prior > score) score = prior;
    api.LMSSetValue("cmi.core.score.raw", String(score));
    api.LMSSetValue("cmi.core.lesson_status", passed || passedBefore ? "passed" : "failed");
    api.LMSCommit("");
  });

  function two(n) { return (n < 10 ? "0" : "") + n; }
  function finish() {
    if (finished) return;
    finished = true;
    var seconds = Math.round((new Date().getTime() - started) / 1000);
    api.LMSSetValue("cmi.core.session_time",
      two(Math.floor(seconds / 3600)) + ":" + two(Math.floor(seconds / 60) % 60) + ":" + two(seconds % 60));
    api.LMSFinish("");
  }
  window.addEventListener("pagehide", finish);
  window.addEventListener("beforeunload", finish);
})();

"""#
}
