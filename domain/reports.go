package domain

// CityReport is a city's year-end report to the province (data/reports.csv): the notice has
// each prefecture city report its evaluations, acceptances, medium/high-cost options and the
// reductions achieved before the end of each year.
type CityReport struct {
	City      string `json:"city"` // city code
	Year      int    `json:"year"` // the year reported on; due by its 31 December
	Submitted Date   `json:"submitted"`
	DocNumber string `json:"doc_number"`
	SourceURL string `json:"source_url"`
	Src       Source `json:"-"`
}
