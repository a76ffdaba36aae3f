// Package sample writes the fictional sample data the portal ships with, and the larger data
// sets its speed is measured on.
//
// In: a Config (seed, number of enterprises, years of disclosures, number of case studies); the
// zero Config is the bundled sample. Out: a complete source folder — data/site.yaml,
// data/cities.csv, industries.csv, enterprises.csv, lists/<batch>.yaml and .csv,
// disclosures.csv, audits.csv, options.csv, agencies.csv, calendar.csv and
// content/cases/<slug>.md — written by Write. The same Config always gives byte-identical
// files: every random choice comes from a PCG generator seeded from Config.Seed, no clock is
// read, and every file is written in sorted order.
//
// The data is realistic in shape but can never pass for a real enterprise: every credit code
// carries the division code 4499xx, which no registering authority has (Guangdong has no
// prefecture 99), every enterprise and agency name contains 某某 ("so-and-so"), every batch
// title ends with （示例） and every document number carries 示, and every link points to
// example.org. The package's tests enforce this for every generated record.
package sample
