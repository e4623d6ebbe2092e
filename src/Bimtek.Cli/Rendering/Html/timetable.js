// The timetable page's only script: click a class block to select it and jump to its agenda; print button.
// Everything else works without it (links, tooltips); it marks the body when it has run without error.
(function () {
  "use strict";
  window.addEventListener("error", function () { document.body.setAttribute("data-script", "error"); });
  function select(id) {
    document.querySelectorAll(".selected").forEach(function (e) { e.classList.remove("selected"); });
    document.querySelectorAll("[data-session]").forEach(function (e) {
      if (e.getAttribute("data-session") === id) { e.classList.add("selected"); }
    });
  }
  document.querySelectorAll("td.block").forEach(function (block) {
    block.addEventListener("click", function (event) {
      if (event.target.closest("a.flag")) { return; } // the violation link goes to the violation
      var id = block.getAttribute("data-session");
      select(id);
      var target = document.getElementById(block.querySelector("a").getAttribute("href").slice(1));
      if (target) {
        var details = target.querySelector("details");
        if (details) { details.open = true; }
        target.scrollIntoView({ block: "start" });
      }
      event.preventDefault();
    });
  });
  if (location.hash) {
    var article = document.getElementById(location.hash.slice(1));
    if (article && article.hasAttribute("data-session")) { select(article.getAttribute("data-session")); }
  }
  var print = document.getElementById("print");
  if (print) { print.addEventListener("click", function () { window.print(); }); }
  if (document.body.getAttribute("data-script") !== "error") { document.body.setAttribute("data-script", "ok"); }
}());
