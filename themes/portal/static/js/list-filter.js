// Instant filtering of a table of enterprises (city and industry pages) by county or
// district, control level and status. The page works without this script: its form then asks
// the search results page for the same enterprises. Here the table's rows are shown or hidden
// by their data-county, data-level and data-status attributes as soon as a choice changes, and
// the choices are kept in the URL (?county=…&level=…&status=…), so a link can be shared and
// Back returns to the previous choice. No markup is built from strings.
(function () {
  "use strict";
  var forms = document.querySelectorAll("form.list-filter");
  Array.prototype.forEach.call(forms, function (form) {
    var table = document.getElementById(form.getAttribute("data-filter-table"));
    if (!table) { return; }
    var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
    var county = form.querySelector('select[name="county"]');
    var level = form.querySelector('select[name="level"]');
    var boxes = Array.prototype.slice.call(form.querySelectorAll('input[name="status"]'));
    var count = form.querySelector(".filter-count");
    var clear = form.querySelector(".filter-clear");

    function chosen() {
      return {
        county: county ? county.value : "",
        level: level ? level.value : "",
        status: boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; })
      };
    }

    // fromURL sets the controls from the page's query; values the page does not offer are ignored.
    function fromURL() {
      var q = new URLSearchParams(window.location.search);
      function pick(select, value) {
        if (!select) { return; }
        select.value = "";
        Array.prototype.forEach.call(select.options, function (o) { if (o.value === value) { select.value = value; } });
      }
      pick(county, q.get("county") || "");
      pick(level, q.get("level") || "");
      var wanted = q.getAll("status");
      boxes.forEach(function (b) { b.checked = wanted.indexOf(b.value) >= 0; });
    }

    function toURL(c) {
      var q = new URLSearchParams();
      if (c.county) { q.set("county", c.county); }
      if (c.level) { q.set("level", c.level); }
      c.status.forEach(function (s) { q.append("status", s); });
      var s = q.toString();
      return window.location.pathname + (s ? "?" + s : "") + window.location.hash;
    }

    function apply() {
      var c = chosen(), shown = 0;
      rows.forEach(function (tr) {
        var statuses = (tr.getAttribute("data-status") || "").split(" ");
        var ok = (!c.county || tr.getAttribute("data-county") === c.county) &&
          (!c.level || tr.getAttribute("data-level") === c.level) &&
          (c.status.length === 0 || c.status.some(function (s) { return statuses.indexOf(s) >= 0; }));
        tr.hidden = !ok;
        if (ok) { shown++; }
      });
      if (count) {
        count.textContent = (count.getAttribute("data-template") || "")
          .replace("{shown}", String(shown)).replace("{total}", String(rows.length));
      }
      return c;
    }

    function changed() {
      var url = toURL(apply());
      if (url !== window.location.pathname + window.location.search + window.location.hash) {
        window.history.pushState({ listFilter: true }, "", url);
      }
    }

    form.addEventListener("change", changed);
    form.addEventListener("submit", function (e) { e.preventDefault(); changed(); });
    if (clear) {
      clear.addEventListener("click", function (e) {
        e.preventDefault();
        if (county) { county.value = ""; }
        if (level) { level.value = ""; }
        boxes.forEach(function (b) { b.checked = false; });
        changed();
      });
    }
    window.addEventListener("popstate", function () { fromURL(); apply(); });
    form.classList.add("is-instant");
    fromURL();
    apply();
  });
})();
