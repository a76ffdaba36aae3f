// Package validate checks a loaded Dataset as a whole: what no single field can show.
//
// In: a *domain.Dataset from package load (every record with its source position).
//
// Out: every problem at once, sorted by file and line, as domain.Problems: credit codes
// (GB 32100-2015, both check characters) wherever they appear; references (every uscc, city,
// industry, list, agency and linked page exists); duplicate keys; list names that disagree with
// the registry; audit events for a list the enterprise is not on, before the list was
// published, or out of order; option dates that disagree with the option's status; source
// links that are not http(s); the contact e-mail; disclosure units against the pollutant's
// medium; and case studies' enterprises, industries, reductions and links.
package validate
