/* Accessible names for the dashboard's Dash 4 controls whose props cannot carry them:
   the dropdowns name themselves by their value, the slider and date inputs have none.
   Each control gets its visible label's text as part of its accessible name. */
(function () {
  var NAMES = {
    "filter-dates": ["Date reported: from", "Date reported: to"],
    "filter-confidence": ["Minimum confidence"],
  };
  function labelFor(id) {
    var label = document.querySelector('label[for="' + id + '"]');
    if (!label) return null;
    if (!label.id) label.id = id + "-label";
    return label;
  }
  function apply() {
    document.querySelectorAll("button.dash-dropdown[id]").forEach(function (btn) {
      var label = labelFor(btn.id);
      if (!label) return;
      var current = btn.getAttribute("aria-labelledby") || "";
      if (current.split(" ").indexOf(label.id) === -1) {
        btn.setAttribute("aria-labelledby", (label.id + " " + current).trim());
      }
    });
    ["filter-dates", "filter-dates-end-date"].forEach(function (id, i) {
      var input = document.getElementById(id);
      if (input && input.tagName === "INPUT") {
        var name = NAMES["filter-dates"][i];
        if (input.getAttribute("aria-label") !== name) input.setAttribute("aria-label", name);
      }
    });
    var slider = document.getElementById("filter-confidence");
    if (slider) {
      slider.querySelectorAll('[role="slider"], .dash-slider-thumb, input').forEach(function (el) {
        if (!el.getAttribute("aria-label")) el.setAttribute("aria-label", NAMES["filter-confidence"][0]);
      });
    }
  }
  var pending = false;
  new MutationObserver(function () {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () { pending = false; apply(); });
  }).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", apply);
})();
