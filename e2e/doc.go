// Package e2e tests the portal the way readers meet it: in a real browser.
//
// In: the repository itself. TestMain builds the program (`go build ..`), builds the bundled
// sample site with it (`cpportal build`, as of 2026-11-01) into a temporary folder, and starts
// `cpportal serve --no-build` on a free loopback port. The tests then drive Debian's headless
// Chromium through the DevTools protocol (chromedp), fetch pages with net/http, and walk the
// built HTML files. This package imports nothing of the portal: it tests the program from
// outside, so its test binary does not link Hugo.
//
// Out: test results, and screenshots of the main pages at 375 and 1280 px wide in
// $SCREENSHOT_DIR (default e2e/screenshots/, git-ignored).
//
// What is checked:
//   - journeys: instant search from the home page to an enterprise dossier, the search page with
//     JavaScript off (results, facets, paging), the technology library's filters and sorting,
//     the language switch, and the downloads of /data/;
//   - on every page a browser opens: no request to any host but the server, no console error,
//     no uncaught exception, no failed request;
//   - every internal link, image, stylesheet and script of the built site resolves, and every
//     #fragment names an element of its target page;
//   - axe-core (from npm, see package.json) finds no serious or critical violation on the main
//     pages; the search box, results and filters work with the keyboard alone; no page
//     overflows horizontally on a 375 px screen.
//
// Environment: E2E_ROOT names the repository to build and serve (default: the parent folder,
// the one under test); CHROMIUM names the browser (default: chromium on the PATH); AXE_JS names
// axe.min.js (default: node_modules/axe-core/axe.min.js, installed by `npm ci` in this folder).
// When CI=true a missing browser or axe-core fails the tests; elsewhere those tests are
// skipped with a message saying so.
package e2e
