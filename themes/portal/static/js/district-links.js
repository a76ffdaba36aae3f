// The home page's city → district picker. Without this script each district links to the
// search results page, which lists the enterprises of that city and district; with it the
// links lead to the city page filtered to the district (its data-city-href), where
// list-filter.js applies the filter from the URL and the reader can narrow it further.
(function () {
  "use strict";
  var links = document.querySelectorAll(".district-picker a[data-city-href]");
  Array.prototype.forEach.call(links, function (a) {
    a.setAttribute("href", a.getAttribute("data-city-href"));
  });
})();
