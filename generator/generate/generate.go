package generate

import (
	"errors"
	"fmt"
	"io/fs"

	"cpportal/domain"
	"cpportal/generator/derive"
	"cpportal/generator/feeds"
	"cpportal/generator/opendata"
)

// Input is what Write turns into a Hugo project.
type Input struct {
	Dataset *domain.Dataset
	Facts   *derive.Facts
	// Source is the source folder's root: content/ pages to copy (content/cases is generated
	// from Dataset.Cases instead), and optional layouts/ and static/ overrides of the theme.
	Source fs.FS
	// AsOfSource says where the as-of date came from (flag, SOURCE_DATE_EPOCH, site.yaml,
	// today); /policy/ shows it beside the date.
	AsOfSource string
	// Languages lists the languages, besides Chinese, whose page bodies are rendered too
	// (fragments/<lang>/…); "en" for the English site. Interface words come from the theme's
	// i18n files.
	Languages []string
	// Progress, when set, is called with 1 after each enterprise page (nine in ten of the
	// pages) is written, from several goroutines at once.
	Progress func(n int)
}

// Stats counts what Write produced, by kind.
type Stats struct {
	Enterprises int // enterprise pages
	Batches     int // list (batch) pages
	Cities      int // city pages
	Industries  int // industry pages
	Agencies    int // consulting-agency pages
	Cases       int // case-study pages
	Filters     int // technology-library pages of one choice: /cases/industry/<code>/ …
	Sections    int // generated section index pages, the province page and the search page
	Copied      int // hand-written pages copied from the source's content/
	Twins       int // JSON twins
	Overrides   int // files copied from the source's layouts/ and static/

	Downloads opendata.Stats // the open-data downloads under static/data/ (see datapage.go)
	Feeds     feeds.Stats    // the Atom feeds under static/feeds/
}

// Pages is the number of content pages written or copied.
func (s Stats) Pages() int {
	return s.Enterprises + s.Batches + s.Cities + s.Industries + s.Agencies + s.Cases + s.Filters + s.Sections + s.Copied
}

func (s Stats) String() string {
	return fmt.Sprintf("%d pages (%d enterprises, %d lists, %d cities, %d industries, %d agencies, %d cases, %d other), %d JSON twins",
		s.Pages(), s.Enterprises, s.Batches, s.Cities, s.Industries, s.Agencies, s.Cases, s.Filters+s.Sections+s.Copied, s.Twins)
}

// Write writes a complete Hugo project (without configuration and theme) into dir, which it
// assumes is empty or absent.
func Write(dir string, in Input) (Stats, error) {
	if in.Dataset == nil || in.Facts == nil {
		return Stats{}, errors.New("dataset and facts are required")
	}
	g := newGenerator(dir, in)
	// The downloads and feeds share nothing with the pages but the input: they are written
	// beside them, so the one long table (every disclosure) overlaps the pages instead of
	// following them.
	type openData struct {
		downloads opendata.Stats
		feeds     feeds.Stats
		err       error
	}
	done := make(chan openData, 1)
	go func() {
		var od openData
		od.downloads, od.feeds, od.err = g.writeOpenData()
		done <- od
	}()
	steps := []func() error{
		g.writeLookups,
		g.writeSearchContract,
		g.writeSearchWords,
		g.writePortal,
		g.writeEnterprises,
		g.writeBatches,
		g.writeAreas,
		g.writeAgencies,
		g.writeCases,
		g.writeLibrary,
		g.writeSections,
	}
	var err error
	for _, step := range steps {
		if err = step(); err != nil {
			break
		}
	}
	od := <-done
	if err == nil && od.err != nil {
		err = od.err
	}
	if err == nil {
		g.stats.Downloads, g.stats.Feeds = od.downloads, od.feeds
		g.stats.Sections++   // the /data/ page
		err = g.copySource() // after the downloads and feeds: copying never replaces a file
	}
	return g.stats, err
}
