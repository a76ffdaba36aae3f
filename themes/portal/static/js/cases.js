// Combined filtering and sorting of the technology library on /cases/. The page works without
// this script: every facet choice is a static page. Here the hidden form is revealed, and the
// cards are filtered and ordered by their data-* attributes (data-family, data-industry,
// data-benefits, data-cost, data-payback, data-investment, data-benefit-wan,
// data-demonstration).
//
// Several values of one facet match a card that has any of them; facets combine, a card must
// match each. Payback is a threshold (at most 1, 2 or 3 years). The count beside each value is
// how many cards that value would show with the other facets kept. The state lives in the
// query string (?family=dyeing&family=paper&payback=within2&sort=payback): every change adds a
// history entry, so a link shares the view, a reload keeps it and Back undoes the last choice.
// No markup is built from strings: text goes in through textContent only.
(function () {
  "use strict";
  var form = document.getElementById("case-filter");
  var list = document.getElementById("case-list");
  if (!form || !list || !window.URLSearchParams) { return; }
  var cards = Array.prototype.slice.call(list.querySelectorAll("li.card"));
  var inputs = Array.prototype.slice.call(form.querySelectorAll("fieldset[data-facet] input"));
  var facets = Array.prototype.slice.call(form.querySelectorAll("fieldset[data-facet]")).map(function (f) {
    return f.getAttribute("data-facet");
  });
  var sortSelect = document.getElementById("cf-sort");
  var status = document.getElementById("case-count");
  var template = status ? status.getAttribute("data-template") : null;
  var total = cards.length;
  var thresholds = { within1: 1, within2: 2, within3: 3 };

  function num(card, attr) {
    var v = card.getAttribute(attr);
    return v === null || v === "" ? null : parseFloat(v);
  }

  // has reports whether a card has one value of a facet.
  function has(card, facet, value) {
    switch (facet) {
      case "family": return card.getAttribute("data-family") === value;
      case "industry": return card.getAttribute("data-industry") === value;
      case "cost": return card.getAttribute("data-cost") === value;
      case "demonstration": return card.getAttribute("data-demonstration") === value;
      case "benefit": return (" " + (card.getAttribute("data-benefits") || "") + " ").indexOf(" " + value + " ") >= 0;
      case "payback":
        var years = num(card, "data-payback");
        return years !== null && thresholds[value] !== undefined && years <= thresholds[value];
    }
    return false;
  }

  // matches: the card has one of the chosen values of every facet but skip.
  function matches(card, chosen, skip) {
    for (var i = 0; i < facets.length; i++) {
      var facet = facets[i], values = chosen[facet];
      if (facet === skip || values.length === 0) { continue; }
      if (!values.some(function (v) { return has(card, facet, v); })) { return false; }
    }
    return true;
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

  function chosenValues() {
    var chosen = {};
    facets.forEach(function (f) { chosen[f] = []; });
    inputs.forEach(function (input) {
      if (input.checked && input.value) { chosen[input.name].push(input.value); }
    });
    return chosen;
  }

  function update() {
    var chosen = chosenValues();
    var shown = 0;
    cards.forEach(function (card) {
      var ok = matches(card, chosen, null);
      card.hidden = !ok;
      if (ok) { shown++; }
    });
    inputs.forEach(function (input) {
      var count = input.parentNode.querySelector(".count");
      if (!count || !input.value) { return; }
      var n = 0;
      cards.forEach(function (card) {
        if (matches(card, chosen, input.name) && has(card, input.name, input.value)) { n++; }
      });
      count.textContent = String(n);
    });
    var order = cards.slice().sort(sorts[sortSelect.value] || sorts["default"]);
    order.forEach(function (card) { list.appendChild(card); });
    if (status && template) {
      status.textContent = template.replace("{n}", shown).replace("{total}", total);
    }
  }

  // query is the form's state as a query string, empty when nothing is chosen.
  function query() {
    var params = new URLSearchParams();
    inputs.forEach(function (input) {
      if (input.checked && input.value) { params.append(input.name, input.value); }
    });
    if (sortSelect.value && sortSelect.value !== "default") { params.append("sort", sortSelect.value); }
    var q = params.toString();
    return q ? "?" + q : "";
  }

  // restore sets the form from the address; unknown values are ignored.
  function restore() {
    var params = new URLSearchParams(window.location.search);
    inputs.forEach(function (input) {
      var values = params.getAll(input.name);
      input.checked = input.value ? values.indexOf(input.value) >= 0 : values.length === 0;
    });
    var sort = params.get("sort");
    sortSelect.value = sort && sorts[sort] ? sort : "default";
  }

  function record() {
    var q = query();
    if (q !== window.location.search) {
      window.history.pushState(null, "", window.location.pathname + q + window.location.hash);
    }
  }

  form.hidden = false;
  // The form does what the facet links do, and more: with it, the links go.
  var links = document.querySelector("nav.facets");
  if (links) { links.hidden = true; }
  restore();
  update();
  // On a phone the filters fold above the results unless the address chose some.
  var body = document.getElementById("case-filter-body");
  if (body && window.matchMedia && window.matchMedia("(max-width: 40rem)").matches && !window.location.search) {
    body.open = false;
  }
  form.addEventListener("change", function () { update(); record(); });
  form.addEventListener("reset", function () { window.setTimeout(function () { update(); record(); }, 0); });
  form.addEventListener("submit", function (ev) { ev.preventDefault(); update(); record(); });
  window.addEventListener("popstate", function () { restore(); update(); });
})();
