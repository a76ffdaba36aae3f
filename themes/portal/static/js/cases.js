// Combined filtering and sorting of the technology library on /cases/. The page works without
// this script: every facet choice is a static page. Here the hidden form is revealed, and the
// cards are filtered and ordered by their data-* attributes (data-industry, data-benefits,
// data-cost, data-payback-class, data-payback, data-investment, data-benefit-wan,
// data-demonstration). The counts
// beside each choice show how many cards that choice would leave with the other filters kept.
// No markup is built from strings: text goes in through textContent only.
(function () {
  "use strict";
  var form = document.getElementById("case-filter");
  var list = document.getElementById("case-list");
  if (!form || !list) { return; }
  var cards = Array.prototype.slice.call(list.querySelectorAll("li.card"));
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-facet]"));
  var sortSelect = document.getElementById("cf-sort");
  var status = document.getElementById("case-count");
  var template = status ? status.getAttribute("data-template") : null;
  var total = cards.length;

  function values(card, facet) {
    switch (facet) {
      case "industry": return [card.getAttribute("data-industry")];
      case "benefit": return (card.getAttribute("data-benefits") || "").split(" ");
      case "cost": return [card.getAttribute("data-cost")];
      case "payback": return [card.getAttribute("data-payback-class")];
      case "demonstration": return [card.getAttribute("data-demonstration")];
    }
    return [];
  }

  function matches(card, chosen, skip) {
    for (var facet in chosen) {
      if (facet === skip || !chosen[facet]) { continue; }
      if (values(card, facet).indexOf(chosen[facet]) < 0) { return false; }
    }
    return true;
  }

  function num(card, attr) {
    var v = card.getAttribute(attr);
    return v === null || v === "" ? null : parseFloat(v);
  }

  // compare orders known numbers (ascending, or descending when desc) before missing ones.
  function compare(attr, desc) {
    return function (a, b) {
      var x = num(a, attr), y = num(b, attr);
      if (x === null && y === null) { return num(a, "data-order") - num(b, "data-order"); }
      if (x === null) { return 1; }
      if (y === null) { return -1; }
      if (x !== y) { return desc ? y - x : x - y; }
      return num(a, "data-order") - num(b, "data-order");
    };
  }

  var sorts = {
    "default": compare("data-order", false),
    "payback": compare("data-payback", false),
    "investment": compare("data-investment", false),
    "investment_desc": compare("data-investment", true),
    "benefit": compare("data-benefit-wan", true)
  };

  function update() {
    var chosen = {};
    selects.forEach(function (s) { chosen[s.getAttribute("data-facet")] = s.value; });
    var shown = 0;
    cards.forEach(function (card) {
      var ok = matches(card, chosen, null);
      card.hidden = !ok;
      if (ok) { shown++; }
    });
    // counts beside each choice, given the other filters
    selects.forEach(function (s) {
      var facet = s.getAttribute("data-facet");
      Array.prototype.forEach.call(s.options, function (opt) {
        if (!opt.value) { return; }
        var n = 0;
        cards.forEach(function (card) {
          if (matches(card, chosen, facet) && values(card, facet).indexOf(opt.value) >= 0) { n++; }
        });
        opt.textContent = opt.getAttribute("data-label") + " (" + n + ")";
      });
    });
    var order = cards.slice().sort(sorts[sortSelect.value] || sorts["default"]);
    order.forEach(function (card) { list.appendChild(card); });
    if (status && template) {
      status.textContent = template.replace("{n}", shown).replace("{total}", total);
    }
  }

  form.hidden = false;
  form.addEventListener("change", update);
  form.addEventListener("reset", function () { window.setTimeout(update, 0); });
  form.addEventListener("submit", function (ev) { ev.preventDefault(); update(); });
})();
