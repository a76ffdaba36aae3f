// Package generate turns a loaded dataset and its derived facts into a Hugo project: the pages
// of the public portal as content files with typed JSON front matter, the small lookup tables
// the templates need as Hugo data files, and the JSON twins of every record as static files.
//
// In: a domain.Dataset, the derive.Facts computed from it, and the source folder as an fs.FS
// (its hand-written content/ pages, and optional layouts/ and static/ overrides of the theme).
// Out: a folder laid out as a Hugo project without configuration or theme (package site adds
// those), and Stats with the number of pages written by kind.
//
// Hugo never reads the source data files: everything a template shows is in the front matter,
// in data/*.json or in a body fragment written here.
//
// Data-heavy page bodies are rendered here in Go, not in templates: the enterprise dossier
// (timeline per audit round, SVG charts of concentration against the limit and total against
// the quota, options with totals, the emission-reduction verification archive, related case
// studies), the yearly summaries of cities, industries and the province (SVG charts, rates, the
// comparison of cities by rates, overdue steps, enterprises) and the technology library (/cases/
// and one page per industry, benefit, cost class and payback class). Each is written to
// fragments/<lang>/<path> and named by the page's "fragment" front-matter key; the theme prints
// it as is (partial fragment.html). What every page of a kind repeats (explanations, chart
// legends and captions, column headings, figures) and other records' text (related case
// studies, the library's cards) is marked data-search-ignore: shown, but not indexed, so a
// page is found by its own record and the index stays lean. Interface words come from the theme's i18n files, so Hugo
// and this package say the same thing; every value from the data is escaped, "{" included.
//
// The enterprise pages (nine in ten of the files) are written on every core: each goroutine
// renders a page, its bodies and its JSON twin into buffers of its own, which it reuses page
// after page, and writes each file with one system call; memory stays flat however many
// enterprises there are. The open-data downloads and feeds are written beside the pages. No
// file's content depends on which goroutine wrote it, so the project is the same byte for byte
// however the work is scheduled.
//
// Layout of the project folder:
//
//	content/_index.md ... copied from the source when present (the home page's prose)
//	content/enterprises/<uscc>.md, lists/<batch>.md, cities/<code>.md, industries/<code>.md,
//	content/province.md, cases/<slug>.md, search.md and each section's _index.md
//	data/portal.json     site facts, as-of date and its source, province totals, batches
//	data/cities.json, data/industries.json, data/agencies.json   code → name lookups
//	static/<section>/<key>/index.json                           JSON twins
//	static/data/, static/feeds/   open-data downloads (package opendata) and Atom feeds
//	                              (package feeds); content/data.md, the /data/ page, carries
//	                              the downloads' catalogue and JSON-LD (datapage.go)
//	fragments/<lang>/enterprises/<uscc>.html, cities/<code>.html, industries/<code>.html,
//	fragments/<lang>/province.html, cases/_index.html, cases/<facet>/<choice>.html   bodies
//	layouts/, static/    copied from the source as overrides of the theme
package generate
