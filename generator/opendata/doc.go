// Package opendata writes the portal's open-data downloads, published under /data/.
//
// In: a loaded domain.Dataset, the derive.Facts computed from it as of one date, and Options
// (licence, base URL, package name). Out: files in one folder (the generated project's
// static/data/, which the site copies verbatim), and Stats.
//
// Layout of the folder (every table both as .csv and .json):
//
//	enterprises      the registry with derived standing (stage, overdue steps, options)
//	batches          the lists published by the as-of date
//	lists            every enterprise on every list with its three legal steps;
//	lists/<batch>    the same, one file per list
//	disclosures      emission disclosures with over_limit, exceedance and over_quota
//	audits           dated audit events
//	options          improvement options
//	cases            case studies (front matter and summary, not the body)
//	city-years, industry-years, province-years   yearly summaries, one row per area and year
//	agencies, agency-years   consulting agencies' records, whole and one row per agency and year
//	city-reports             the cities' year-end reports to the province: on time, late or missing
//	datapackage.json Frictionless Data Package (tabular-data-package) of every CSV file
//	catalogue.json   every table and field in Chinese and English, files with sizes and
//	                 digests, the as-of date and the licence, for the /data/ page
//	dataset.jsonld   schema.org Dataset to embed in the /data/ page
//
// Each table is one Go struct (rows.go): its fields, in order, are the CSV columns and the
// JSON keys, and their Go types give the Table Schema types, so the CSV, the JSON and the
// description cannot drift apart. Every column is documented in fields.go; the tests fail on
// one that is not.
//
// CSV files are UTF-8 with a byte-order mark (Excel then reads Chinese correctly), a header
// row and CRLF line ends. Numbers are plain decimals (Number), dates YYYY-MM-DD, absent
// values empty. Text goes through CleanText (valid UTF-8, no control or bidirectional
// override characters) in both forms, and in CSV through NeutraliseCell: a text cell that a
// spreadsheet would run as a formula gets a leading single quote. Only text columns are
// neutralised; numbers, dates and booleans are formatted here, are never negative, and so can
// never look like a formula, which keeps them numbers for whoever reads the file.
//
// Nothing depends on the clock or on map order: the same input gives byte-identical files.
package opendata
