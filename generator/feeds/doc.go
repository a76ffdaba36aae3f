// Package feeds writes the portal's Atom 1.0 feeds, published under /feeds/: new audit lists,
// new emission disclosures and new case studies, for the whole province, for each city and
// for each industry.
//
// In: a loaded domain.Dataset, the derive.Facts computed from it as of one date, and Options
// (the site's absolute base URL, entries per feed). Out: .atom files in one folder (the
// generated project's static/feeds/, which the site copies verbatim), and Stats.
//
// Layout of the folder:
//
//	batches.atom, disclosures.atom, cases.atom                 the whole province
//	cities/<code>/batches.atom, disclosures.atom, cases.atom   every city of cities.csv
//	industries/<code>/…                                        every industry of industries.csv
//
// Entries:
//   - a list published by the as-of date: links /lists/<id>/, dated by its publication date;
//     a city's or industry's feed has the lists naming its enterprises and says how many;
//   - a disclosure: one entry per enterprise and year, linking /enterprises/<uscc>/, dated
//     by the latest published date of that year's rows;
//   - a case study dated by the as-of date: links /cases/<slug>/, dated by its date; it
//     belongs to its industry and to its enterprise's city.
//
// Entry ids are absolute page URLs (with #disclosures-<year> for disclosures), stable as long
// as the base URL is. Dates are midnight in China (2009-01-31T00:00:00+08:00). A feed's
// updated date is its newest entry's, or the as-of date when it has none: never the clock, so
// the same input gives byte-identical feeds. Every feed is written, empty or not, so links to
// it always work.
//
// The documents are built from typed structs with encoding/xml, which escapes every value;
// text first goes through opendata.CleanText, which removes what XML 1.0 does not allow
// (control characters, NUL, noncharacters; invalid UTF-8 becomes U+FFFD) and bidirectional
// override characters.
package feeds
