package sample

import (
	"fmt"

	"cpportal/domain"
)

// Config sizes a generated data set. A zero field takes the bundled sample's value, so the
// zero Config is the bundled sample.
type Config struct {
	Seed        int64 // seed of every random choice; 0 means the bundled sample's seed
	Enterprises int   // enterprises in the registry; every one is listed at least once
	Years       int   // years of emission disclosures, ending with the year before AsOf
	Cases       int   // case studies in content/cases/
}

// AsOf is the date the sample's statuses are fixed for (data/site.yaml as_of). Every event of
// the sample lies on or before it.
var AsOf = domain.MustDate("2026-11-01")

// The named sizes. Small is the bundled sample committed in data/ and content/cases/.
var (
	Small    = Config{Seed: 20090131, Enterprises: 360, Years: 6, Cases: 30}
	Province = Config{Seed: 20090131, Enterprises: 5000, Years: 8, Cases: 500}
	Nation   = Config{Seed: 20090131, Enterprises: 50000, Years: 10, Cases: 5000}
)

// normalized fills zero fields from Small and rejects sizes the generator cannot honour.
func (c Config) normalized() (Config, error) {
	if c.Seed == 0 {
		c.Seed = Small.Seed
	}
	if c.Enterprises == 0 {
		c.Enterprises = Small.Enterprises
	}
	if c.Years == 0 {
		c.Years = Small.Years
	}
	if c.Cases == 0 {
		c.Cases = Small.Cases
	}
	switch {
	case c.Enterprises < len(cities):
		return c, fmt.Errorf("sample needs at least %d enterprises (one per city), got %d", len(cities), c.Enterprises)
	case c.Enterprises > 9_000_000:
		return c, fmt.Errorf("sample supports at most 9,000,000 enterprises, got %d", c.Enterprises)
	case c.Years < 1 || c.Years > AsOf.Year-2009:
		return c, fmt.Errorf("years of disclosures must be between 1 and %d, got %d", AsOf.Year-2009, c.Years)
	case c.Cases < 0:
		return c, fmt.Errorf("number of case studies must not be negative, got %d", c.Cases)
	}
	return c, nil
}
