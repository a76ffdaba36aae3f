package sample

import (
	"strings"
	"testing"

	"cpportal/domain"
	"cpportal/generator/derive"
)

// TestBundledShowsEveryProcedurePath: the bundled sample holds every path of the notice's
// procedure, so each can be seen on the site: a round awaiting the province, city reviews and
// preliminary reports, disclosures without medium or link, expected items with no row, open,
// overdue and met rectification orders with a proposal, verified and claimed-only reductions,
// cities that reported late or not at all, and an acceptance while options were unfinished.
func TestBundledShowsEveryProcedurePath(t *testing.T) {
	_, ds := bundledSample(t)
	f := derive.Derive(ds, AsOf)
	seen := map[string]int{}
	for _, e := range f.Enterprises {
		if len(e.DisclosureGaps) > 0 {
			seen["expected item with no row"]++
		}
		if e.OptionStats.Verified.Amount(domain.ReduceCOD) > 0 && e.OptionStats.Verified.Amount(domain.ReduceCOD) < e.OptionStats.CompletedAchieved.Amount(domain.ReduceCOD) {
			seen["verified and claimed-only reductions"]++
		}
		for _, l := range e.Listings {
			if l.Outcome == derive.OutcomeAwaitingProvince {
				seen["awaiting the province"]++
			}
			if l.UnfinishedAtAcceptance > 0 {
				seen["accepted with unfinished options"]++
			}
			for _, o := range l.Orders {
				seen["order "+string(o.Status)]++
				if !o.Proposed.IsZero() {
					seen["order proposed by the city"]++
				}
			}
			for _, ev := range l.Events {
				switch {
				case ev.Event.CityStage():
					seen[string(ev.Event)]++
				case ev.Event == domain.EventDisclosed && ev.Media == "" && ev.SourceURL == "":
					seen["disclosure, medium not stated"]++
				}
			}
		}
	}
	for _, r := range f.Province.Reports {
		seen["report "+string(r.Status)]++
	}
	for _, want := range []string{"expected item with no row", "verified and claimed-only reductions", "awaiting the province",
		"accepted with unfinished options", "order open", "order overdue", "order met", "order proposed by the city",
		"city_reviewed", "city_evaluated", "city_accepted", "disclosure, medium not stated",
		"report on_time", "report late", "report missing"} {
		if seen[want] == 0 {
			t.Errorf("the bundled sample has no %s", want)
		}
	}
	if f.Provisional != 0 {
		t.Errorf("%d provisional due dates: the calendar covers every due date of the sample", f.Provisional)
	}
}

// TestReportsAreFictional: the sample's city reports carry 示 in their document numbers and
// link to example.org only.
func TestReportsAreFictional(t *testing.T) {
	_, ds := bundledSample(t)
	if len(ds.Reports) == 0 {
		t.Fatal("the bundled sample has no reports.csv rows")
	}
	for _, r := range ds.Reports {
		if !strings.Contains(r.DocNumber, "示") || !strings.HasPrefix(r.SourceURL, "https://example.org/") {
			t.Errorf("report %s %d: %q %q does not read as a sample", r.City, r.Year, r.DocNumber, r.SourceURL)
		}
	}
	for _, e := range ds.Events {
		if e.SourceURL != "" && !strings.HasPrefix(e.SourceURL, "https://example.org/") {
			t.Errorf("event %s %s links to %s", e.USCC, e.Event, e.SourceURL)
		}
		if e.Media != "" && !strings.Contains(e.Media, "示例") {
			t.Errorf("event %s %s names the medium %q, not marked as a sample", e.USCC, e.Event, e.Media)
		}
	}
}
