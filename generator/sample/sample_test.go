package sample

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"cpportal/domain"
)

var update = flag.Bool("update", false, "rewrite the committed bundled sample (data/ and content/cases/) from the generator")

// repoRoot is the source folder the bundled sample is committed in.
const repoRoot = "../.."

// TestBundled keeps the committed sample equal to what the generator writes. With -update it
// rewrites the committed files instead.
func TestBundled(t *testing.T) {
	if *update {
		for _, f := range generatedFiles(t, repoRoot) {
			if err := os.Remove(filepath.Join(repoRoot, f)); err != nil {
				t.Fatal(err)
			}
		}
		if err := Write(repoRoot, Config{}); err != nil {
			t.Fatal(err)
		}
	}
	dir, _ := bundledSample(t)
	if diffs := diffTrees(t, dir, repoRoot); len(diffs) > 0 {
		t.Errorf("the committed sample differs from the generator's output; run\n\tgo test ./generator/sample -run TestBundled -update\n%s",
			strings.Join(diffs, "\n"))
	}
}

func TestSameConfigWritesIdenticalFiles(t *testing.T) {
	a, b, c := t.TempDir(), t.TempDir(), t.TempDir()
	cfg := Config{Enterprises: 400, Years: 4, Cases: 12, Seed: 42}
	for _, dir := range []string{a, b} {
		if err := Write(dir, cfg); err != nil {
			t.Fatal(err)
		}
	}
	if diffs := diffTrees(t, a, b); len(diffs) > 0 {
		t.Errorf("two writes of one config differ:\n%s", strings.Join(diffs, "\n"))
	}
	cfg.Seed = 43
	if err := Write(c, cfg); err != nil {
		t.Fatal(err)
	}
	diffs := diffTrees(t, a, c)
	for _, f := range []string{"data/enterprises.csv", "data/disclosures.csv", "data/audits.csv", "data/options.csv"} {
		found := false
		for _, d := range diffs {
			found = found || strings.HasPrefix(d, f+":")
		}
		if !found {
			t.Errorf("%s is the same for seeds 42 and 43", f)
		}
	}
}

func TestZeroConfigIsSmall(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	if err := Write(a, Config{}); err != nil {
		t.Fatal(err)
	}
	if err := Write(b, Small); err != nil {
		t.Fatal(err)
	}
	if diffs := diffTrees(t, a, b); len(diffs) > 0 {
		t.Errorf("Config{} and Small differ:\n%s", strings.Join(diffs, "\n"))
	}
}

func TestConfigLimits(t *testing.T) {
	for _, cfg := range []Config{{Enterprises: 20}, {Years: 30}, {Cases: -1}, {Years: -2}} {
		if err := Write(t.TempDir(), cfg); err == nil {
			t.Errorf("Write(%+v) succeeded, want an error", cfg)
		}
	}
}

// TestBundledCoverage checks that the bundled sample shows everything the site has to show.
func TestBundledCoverage(t *testing.T) {
	_, ds := bundledSample(t)
	if n := len(ds.Enterprises); n < 300 {
		t.Errorf("%d enterprises, want at least 300", n)
	}
	cities := map[string]bool{}
	industries := map[string]bool{}
	for _, e := range ds.Enterprises {
		cities[e.City] = true
		industries[e.Industry] = true
	}
	if len(cities) != 21 {
		t.Errorf("enterprises in %d cities, want all 21", len(cities))
	}
	if len(industries) < 10 {
		t.Errorf("enterprises in %d industries, want at least 10", len(industries))
	}
	guides := map[string]bool{}
	for _, ind := range ds.Industries {
		if industries[ind.Code] && ind.Guide != "" {
			guides[ind.Guide] = true
		}
	}
	for _, g := range []string{"printing-dyeing", "paper", "electroplating", "building-materials", "power"} {
		if !guides[g] {
			t.Errorf("no enterprise in an industry of the %s guide", g)
		}
	}
	if len(ds.Batches) < 4 {
		t.Errorf("%d batches, want at least 4", len(ds.Batches))
	}
	first := ds.Batches[0].Published
	for _, b := range ds.Batches {
		if b.Published.Before(first) {
			first = b.Published
		}
	}
	if first.Year != 2009 {
		t.Errorf("first batch published %s, want 2009", first)
	}
	listed := map[string]int{}
	for _, b := range ds.Batches {
		for _, m := range b.Members {
			listed[m.USCC]++
		}
	}
	multi := 0
	for _, n := range listed {
		if n >= 2 {
			multi++
		}
	}
	if multi == 0 {
		t.Error("no enterprise appears in two batches")
	}
	if n := len(ds.Options); n < 150 {
		t.Errorf("%d options, want at least 150", n)
	}
	if n := len(ds.Cases); n < 25 {
		t.Errorf("%d case studies, want at least 25", n)
	}
	var undisclosed, overLimit, overQuota int
	for _, d := range ds.Disclosures {
		if d.Concentration == nil || d.TotalT == nil || d.QuotaT == nil {
			undisclosed++
		}
		if d.Concentration != nil && d.Limit != nil && *d.Concentration > *d.Limit {
			overLimit++
		}
		if d.TotalT != nil && d.QuotaT != nil && *d.TotalT > *d.QuotaT {
			overQuota++
		}
	}
	if undisclosed == 0 || overLimit == 0 || overQuota == 0 {
		t.Errorf("disclosures: %d with items not disclosed, %d over the limit, %d over the quota; want some of each", undisclosed, overLimit, overQuota)
	}
	costs := map[domain.CostClass]int{}
	statuses := map[domain.OptionStatus]int{}
	for _, o := range ds.Options {
		costs[o.CostClass]++
		statuses[o.Status]++
	}
	for _, c := range domain.CostClasses {
		if costs[c] == 0 {
			t.Errorf("no option of cost class %s", c)
		}
	}
	for _, s := range domain.OptionStatuses {
		if statuses[s] == 0 {
			t.Errorf("no option with status %s", s)
		}
	}
	caseIndustries := map[string]bool{}
	for _, c := range ds.Cases {
		caseIndustries[c.Industry] = true
	}
	if len(caseIndustries) < 10 {
		t.Errorf("case studies cover %d industries, want at least 10", len(caseIndustries))
	}
}
