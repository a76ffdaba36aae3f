// Instant search results under the header search box. Progressive enhancement only: without
// this script the form submits to /search, which renders results on the server. No
// dependencies, no inline code (the server's Content-Security-Policy forbids it), and data from
// the API is only ever inserted as text.
(function () {
  "use strict";

  var input = document.getElementById("site-search-q");
  var panel = document.getElementById("site-search-instant");
  if (!input || !panel || !window.fetch || !window.URLSearchParams) {
    return;
  }

  var MAX_RESULTS = 8;
  var DEBOUNCE_MS = 200;
  var MAX_QUERY = 200;
  // English pages link to the English versions of the records and speak English; every
  // record page exists in both languages, under /en/ for English.
  var EN = document.documentElement.lang === "en";
  var PREFIX = EN ? "/en" : "";
  var TEXT = EN ? {
    types: { enterprise: "Enterprise", batch: "List", "case": "Case study", city: "City", industry: "Industry", agency: "Consulting agency", page: "Page" },
    all: function (n) { return "All " + n + (n === 1 ? " result" : " results"); },
    found: function (n) { return n + (n === 1 ? " result found" : " results found"); },
    none: "Nothing found"
  } : {
    types: { enterprise: "企业", batch: "名单", "case": "案例", city: "城市", industry: "行业", agency: "咨询机构", page: "页面" },
    all: function (n) { return "查看全部 " + n + " 条结果"; },
    found: function (n) { return "找到 " + n + " 条结果"; },
    none: "没有找到结果"
  };
  var TYPE_LABELS = TEXT.types;
  // An enterprise's current standing, as the site's lists show it: class, symbol, words.
  var STATUS = EN ? {
    overdue: ["badge-overdue", "✖", "Overdue steps"], exceeding: ["badge-overdue", "▲", "Over a limit or quota"],
    undisclosed: ["badge-warn", "○", "Items not disclosed"], rectification: ["badge-overdue", "⚠", "Rectification open"]
  } : {
    overdue: ["badge-overdue", "✖", "有逾期步骤"], exceeding: ["badge-overdue", "▲", "超标或超总量"],
    undisclosed: ["badge-warn", "○", "有未公开项"], rectification: ["badge-overdue", "⚠", "整改未完成"]
  };

  var timer = 0;
  var controller = null;
  var lastQuery = "";
  var active = -1;

  // A live region announces the number of results to screen readers.
  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  panel.parentNode.insertBefore(status, panel.nextSibling);

  var list = document.createElement("ul");
  list.id = "site-search-instant-list";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "搜索建议");
  panel.appendChild(list);

  input.setAttribute("autocomplete", "off");
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  function close() {
    panel.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  // appendSnippet renders the API's snippet, which is escaped text with <mark> around matches,
  // without ever parsing it as HTML: it is split on the two literal tags and the pieces are
  // unescaped and inserted as text nodes.
  function appendSnippet(parent, snippet) {
    var parts = String(snippet).split(/(<mark>|<\/mark>)/);
    var marked = false;
    for (var i = 0; i < parts.length; i++) {
      var part = parts[i];
      if (part === "<mark>") {
        marked = true;
      } else if (part === "</mark>") {
        marked = false;
      } else if (part !== "") {
        var text = document.createTextNode(unescapeHTML(part));
        if (marked) {
          var m = document.createElement("mark");
          m.appendChild(text);
          parent.appendChild(m);
        } else {
          parent.appendChild(text);
        }
      }
    }
  }

  function unescapeHTML(s) {
    return s.replace(/&(lt|gt|amp|quot|#34|#39|#x27);/g, function (_, e) {
      return { lt: "<", gt: ">", amp: "&", quot: "\"", "#34": "\"", "#39": "'", "#x27": "'" }[e];
    });
  }

  // Only links inside the site are followed.
  function safeHref(url) {
    return typeof url === "string" && url.charAt(0) === "/" && url.charAt(1) !== "/" && url.indexOf("\\") < 0 ? url : "/";
  }

  function render(query, data) {
    clear(list);
    active = -1;
    var hits = (data && data.hits) || [];
    var shown = Math.min(hits.length, MAX_RESULTS);
    for (var i = 0; i < shown; i++) {
      var hit = hits[i];
      var li = document.createElement("li");
      li.id = "site-search-instant-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      var a = document.createElement("a");
      a.href = PREFIX + safeHref(hit.url);
      a.tabIndex = -1;
      var title = document.createElement("span");
      title.className = "instant-title";
      title.textContent = hit.title || hit.url;
      a.appendChild(title);
      var type = document.createElement("span");
      type.className = "instant-type";
      type.textContent = TYPE_LABELS[hit.type] || "";
      a.appendChild(type);
      var statuses = (hit.fields && hit.fields.status) || [];
      if (statuses.length) {
        var badges = document.createElement("span");
        badges.className = "row-badges instant-badges";
        for (var k = 0; k < statuses.length; k++) {
          var look = STATUS[statuses[k]];
          if (!look) { continue; }
          var b = document.createElement("span");
          b.className = "badge " + look[0];
          b.textContent = look[1] + " " + look[2];
          badges.appendChild(b);
        }
        a.appendChild(badges);
      }
      if (hit.snippet) {
        var p = document.createElement("span");
        p.className = "instant-snippet";
        appendSnippet(p, hit.snippet);
        a.appendChild(p);
      }
      li.appendChild(a);
      list.appendChild(li);
    }
    var total = (data && data.total) || 0;
    var more = document.createElement("li");
    more.className = "instant-all";
    var all = document.createElement("a");
    all.href = PREFIX + "/search?" + new URLSearchParams({ q: query }).toString();
    all.textContent = total > 0 ? TEXT.all(total) : TEXT.none;
    more.appendChild(all);
    list.appendChild(more);
    status.textContent = total > 0 ? TEXT.found(total) : TEXT.none;
    panel.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function search(query) {
    if (controller) {
      controller.abort();
    }
    controller = window.AbortController ? new AbortController() : null;
    var url = "/api/search?" + new URLSearchParams({ q: query, size: String(MAX_RESULTS) }).toString();
    fetch(url, { headers: { Accept: "application/json" }, signal: controller ? controller.signal : undefined })
      .then(function (res) {
        if (!res.ok) {
          throw new Error("search " + res.status);
        }
        return res.json();
      })
      .then(function (data) {
        if (query === lastQuery) {
          render(query, data);
        }
      })
      .catch(function (err) {
        if (!err || err.name !== "AbortError") {
          close(); // the form still works: Enter goes to the results page
        }
      });
  }

  input.addEventListener("input", function () {
    var q = input.value.trim();
    window.clearTimeout(timer);
    if (q === "" || q.length > MAX_QUERY) {
      lastQuery = "";
      close();
      status.textContent = "";
      return;
    }
    timer = window.setTimeout(function () {
      if (q !== lastQuery) {
        lastQuery = q;
        search(q);
      }
    }, DEBOUNCE_MS);
  });

  function options() {
    return list.querySelectorAll("li");
  }

  function move(delta) {
    var items = options();
    if (panel.hidden || items.length === 0) {
      return;
    }
    if (active >= 0 && items[active]) {
      items[active].setAttribute("aria-selected", "false");
      items[active].classList.remove("active");
    }
    // Positions cycle through the input (-1) and each option.
    var states = items.length + 1;
    active = ((active + 1 + delta) % states + states) % states - 1;
    if (active < 0) {
      input.removeAttribute("aria-activedescendant");
      return;
    }
    var item = items[active];
    if (!item.id) {
      item.id = "site-search-instant-all";
    }
    item.setAttribute("aria-selected", "true");
    item.classList.add("active");
    input.setAttribute("aria-activedescendant", item.id);
    item.scrollIntoView({ block: "nearest" });
  }

  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      move(1);
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      move(-1);
    } else if (e.key === "Escape") {
      if (!panel.hidden) {
        e.preventDefault();
        close();
      }
    } else if (e.key === "Enter" && active >= 0) {
      var link = options()[active].querySelector("a");
      if (link) {
        e.preventDefault();
        window.location.assign(link.href);
      }
    }
  });

  // Close when focus or a click goes elsewhere.
  document.addEventListener("click", function (e) {
    if (e.target !== input && !panel.contains(e.target)) {
      close();
    }
  });
  input.addEventListener("blur", function () {
    window.setTimeout(function () {
      if (!panel.contains(document.activeElement)) {
        close();
      }
    }, 150);
  });
  input.addEventListener("focus", function () {
    if (lastQuery !== "" && list.firstChild) {
      panel.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }
  });
})();
