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
  // English pages search the English pages, whose URLs are under /en/ already, and speak
  // English. The words (and the language searched) are the build's search/words.json beside
  // the page's own search page, made from the theme's i18n files; they are fetched once, with
  // the first search.
  var PREFIX = document.documentElement.lang === "en" ? "/en" : "";
  var words = null;
  var wordsRequest = null;

  function loadWords() {
    if (!wordsRequest) {
      wordsRequest = fetch(PREFIX + "/search/words.json", { headers: { Accept: "application/json" } })
        .then(function (res) {
          if (!res.ok) {
            throw new Error("words " + res.status);
          }
          return res.json();
        })
        .then(function (w) {
          words = w;
          list.setAttribute("aria-label", say("instant_label", 0));
          return w;
        });
      wordsRequest.catch(function () {
        wordsRequest = null; // try again with the next search
      });
    }
    return wordsRequest;
  }

  // say returns a sentence of the words with its count filled in ({{ .count }}), in the form
  // for one where the language has one.
  function say(key, n) {
    var text = (words.text || {});
    var s = n === 1 && text[key + "_one"] !== undefined ? text[key + "_one"] : (text[key] || "");
    return s.replace(/\{\{-? *\.count *-?\}\}/g, String(n));
  }

  function label(facet, value) {
    var values = (words.values || {})[facet] || {};
    return values[value] !== undefined ? values[value] : value;
  }

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
      a.href = safeHref(hit.url);
      a.tabIndex = -1;
      var title = document.createElement("span");
      title.className = "instant-title";
      title.textContent = hit.title || hit.url;
      a.appendChild(title);
      var type = document.createElement("span");
      type.className = "instant-type";
      type.textContent = hit.type ? label(words.type_facet, hit.type) : "";
      a.appendChild(type);
      var statuses = (hit.fields && hit.fields[words.status_facet]) || [];
      if (statuses.length) {
        var badges = document.createElement("span");
        badges.className = "row-badges instant-badges";
        for (var k = 0; k < statuses.length; k++) {
          var look = (words.badges || {})[statuses[k]];
          if (!look) { continue; }
          var b = document.createElement("span");
          b.className = "badge " + look.class;
          b.textContent = look.symbol + " " + look.short;
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
    all.textContent = total > 0 ? say("instant_all", total) : say("instant_none", 0);
    more.appendChild(all);
    list.appendChild(more);
    status.textContent = total > 0 ? say("instant_found", total) : say("instant_none", 0);
    panel.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function search(query) {
    if (controller) {
      controller.abort();
    }
    controller = window.AbortController ? new AbortController() : null;
    var signal = controller ? controller.signal : undefined;
    loadWords()
      .then(function (w) {
        var url = "/api/search?" + new URLSearchParams({ q: query, size: String(MAX_RESULTS), lang: w.lang }).toString();
        return fetch(url, { headers: { Accept: "application/json" }, signal: signal });
      })
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
