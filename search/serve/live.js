// The live preview of `cpportal serve --watch`: reloads the page when a new build is
// published and shows the problems of a failed build over the page. Served only in watch mode.
(function () {
  "use strict";
  if (!window.EventSource) return;
  var shown = null;
  var overlay = null;
  function show(text) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "live-problems";
      overlay.setAttribute("role", "alert");
      var s = overlay.style; // CSSOM, which the Content-Security-Policy allows
      s.position = "fixed"; s.left = "0"; s.right = "0"; s.bottom = "0"; s.zIndex = "2147483647";
      s.maxHeight = "50vh"; s.overflow = "auto"; s.margin = "0"; s.padding = "1em";
      s.background = "#fff4f4"; s.color = "#7a0000"; s.borderTop = "3px solid #b00020";
      s.font = "14px/1.5 monospace"; s.whiteSpace = "pre-wrap";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "构建失败，页面仍是上一次发布的版本 · The build failed; this page is the last published version\n\n" + text;
  }
  function hide() {
    if (overlay) { overlay.remove(); overlay = null; }
  }
  var events = new EventSource("/_live/events");
  events.addEventListener("state", function (e) {
    var st = JSON.parse(e.data);
    if (shown !== null && st.build !== shown) { location.reload(); return; }
    shown = st.build;
    if (st.problems) show(st.problems); else hide();
  });
})();
