// Package generate turns a loaded dataset and its derived facts into a Hugo project: the pages
// of the public portal as content files with typed JSON front matter, the small lookup tables
// the templates need as Hugo data files, and the JSON twins of every record as static files.
//
// In: a domain.Dataset, the derive.Facts computed from it, and the source folder as an fs.FS
// (its hand-written content/ pages, and optional layouts/ and static/ overrides of the theme).
// Out: a folder laid out as a Hugo project without configuration or theme (package site adds
// those), and Stats with the number of pages written by kind.
//
// Hugo never reads the source data files: everything a template shows is in the front matter
// or in data/*.json written here. Pages are written one at a time through a buffered encoder,
// so memory stays flat however many enterprises there are.
//
// Layout of the project folder:
//
//	content/_index.md ... copied from the source when present (the home page's prose)
//	content/enterprises/<uscc>.md, lists/<batch>.md, cities/<code>.md, industries/<code>.md,
//	content/province.md, cases/<slug>.md, search.md and each section's _index.md
//	data/portal.json     site facts, as-of date and its source, province totals, batches
//	data/cities.json, data/industries.json, data/agencies.json   code → name lookups
//	static/<section>/<key>/index.json                           JSON twins
//	layouts/, static/    copied from the source as overrides of the theme
package generate
