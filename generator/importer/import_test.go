package importer

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"cpportal/domain"
)

// newSource makes a site root whose registry is registryCSV.
func newSource(t *testing.T) string {
	return writeFiles(t, t.TempDir(), map[string]string{"data/enterprises.csv": registryCSV})
}

func noticeOptions(source string) Options {
	return Options{
		Source: source, Batch: "2099-1", Title: "某某市2099年第一批强制性清洁生产审核企业名单",
		Published: domain.MustDate("2099-03-15"), Issuer: "某某市生态环境局", DocNumber: "某环〔2099〕1号",
		SourceURL: "https://example.org/notice/2099-1.html", File: filepath.Join("testdata", "notice.html"),
	}
}

func readOut(t *testing.T, source, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(source, "data", "lists", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestImportNotice(t *testing.T) {
	source := newSource(t)
	r, err := Import(context.Background(), noticeOptions(source))
	if err != nil {
		t.Fatal(err)
	}
	wantCSV := "uscc,name,control_level,reasons\n" +
		codeJia + ",某某甲印染有限公司,省控,超标排放;超总量排放\n" +
		codeYi + ",某某乙电镀（佛山）有限公司,省控,涉重金属\n" +
		",某某丙化工有限公司,市控,使用有毒有害原料;排放有毒有害物质\n" +
		",某某己皮革有限公司,,超标排放\n" +
		codeDing + ",某某丁造纸有限公司,国控,超总量排放;高耗能\n"
	if got := readOut(t, source, "2099-1.csv"); got != wantCSV {
		t.Errorf("list csv:\n%s\nwant:\n%s", got, wantCSV)
	}
	wantYAML := "id: 2099-1\n" +
		"title: 某某市2099年第一批强制性清洁生产审核企业名单\n" +
		"issuer: 某某市生态环境局\n" +
		"doc_number: 某环〔2099〕1号\n" +
		"published: 2099-03-15\n" +
		"source_url: https://example.org/notice/2099-1.html\n"
	if got := readOut(t, source, "2099-1.yaml"); got != wantYAML {
		t.Errorf("list yaml:\n%s\nwant:\n%s", got, wantYAML)
	}
	counts := []int{r.RowsRead, len(r.Entries), r.Count(ByCode), r.Count(ByName), r.Count(New), r.Count(Ambiguous), len(r.Skipped)}
	if want := []int{10, 5, 2, 1, 1, 1, 5}; !slices.Equal(counts, want) {
		t.Errorf("read, written, by code, by name, new, ambiguous, skipped = %v, want %v", counts, want)
	}
	entries, err := os.ReadDir(filepath.Join(source, "data", "lists"))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 2 {
		t.Errorf("data/lists holds %d files, want the list's two and no leftovers", len(entries))
	}
}

func TestImportReportText(t *testing.T) {
	source := newSource(t)
	r, err := Import(context.Background(), noticeOptions(source))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := r.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	text := b.String()
	lists := filepath.ToSlash(filepath.Join(source, "data", "lists"))
	for _, want := range []string{
		"Imported list 2099-1 from testdata/notice.html (table 2)\n",
		"Wrote " + lists + "/2099-1.csv and " + lists + "/2099-1.yaml\n",
		"Columns: 序号 → row number, 县（市、区） → region, 企业名称 → name, 统一社会信用代码 → credit code, 行业 → industry, 列入原因 → reasons, 监管级别 → control level\n",
		"Columns not understood (ignored): 备注\n",
		"Rows read: 10\n",
		"    matched by code:     2\n",
		"    matched by name:     1\n",
		"    new:                 1\n",
		"    ambiguous:           1\n",
		"  skipped:               5\n",
		"New: not in data/enterprises.csv; add them there and fill in the credit code (1):\n  row 8  某某己皮革有限公司  (region 某某县; industry 皮革)\n",
		"Ambiguous: several registry enterprises have this name; fill in the right credit code (1):\n  row 5  某某丙化工有限公司  → " + codeBing1 + " 某某区 or " + codeBing2 + " 某某县\n",
		"  row 8  某某己皮革有限公司: control level \"重点\" not understood\n",
		"  row 8  某某己皮革有限公司: reason \"其他\" not understood\n",
		"  row 4  某某乙电镀(佛山) 有限公司: control level 省控 in the list, 国控 in the registry; the list's is written\n",
		"Skipped (5):\n  row 1  caption row: 某某市2099年第一批强制性清洁生产审核企业名单\n  row 6  caption row: 二、某某县\n",
		"  row 10  blank row\n  row 11  total row: 合计 | 5家\n",
		"Matched by credit code (2):\n  row 3  某某甲印染有限公司  " + codeJia + "\n  row 9  某某丁造纸有限公司。  " + codeDing + "\n",
		"Matched by name (1):\n  row 4  某某乙电镀(佛山) 有限公司  → " + codeYi + "\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q; report:\n%s", want, text)
		}
	}
	if strings.Contains(text, "Left empty") {
		t.Errorf("report names missing keys though all were given:\n%s", text)
	}
}

func TestImportCSVAndXLSX(t *testing.T) {
	cases := []struct {
		file     string
		counts   []int // read, by code, by name, new, ambiguous, skipped
		duplicat string
	}{
		{"bom.csv", []int{7, 2, 1, 1, 0, 3}, "line 6 enterprise listed twice"},
		{"list-gbk.csv", []int{5, 0, 2, 1, 1, 1}, ""},
		{"list.xlsx", []int{9, 2, 1, 1, 1, 4}, ""},
	}
	for _, c := range cases {
		source := newSource(t)
		o := noticeOptions(source)
		o.File = filepath.Join("testdata", c.file)
		r, err := Import(context.Background(), o)
		if err != nil {
			t.Errorf("%s: %v", c.file, err)
			continue
		}
		got := []int{r.RowsRead, r.Count(ByCode), r.Count(ByName), r.Count(New), r.Count(Ambiguous), len(r.Skipped)}
		if !slices.Equal(got, c.counts) {
			t.Errorf("%s: read, by code, by name, new, ambiguous, skipped = %v, want %v", c.file, got, c.counts)
		}
		if !slices.IsSortedFunc(r.Skipped, func(a, b Skip) int { return a.n - b.n }) {
			t.Errorf("%s: skipped rows out of file order: %q", c.file, skips(r.Skipped))
		}
		if c.duplicat != "" && !slices.Contains(skips(r.Skipped), c.duplicat) {
			t.Errorf("%s: skipped %q, want %q", c.file, skips(r.Skipped), c.duplicat)
		}
		if r.RowsRead != len(r.Entries)+len(r.Skipped) {
			t.Errorf("%s: %d rows read but %d written and %d skipped", c.file, r.RowsRead, len(r.Entries), len(r.Skipped))
		}
	}
}

func TestImportRefusesToOverwrite(t *testing.T) {
	source := newSource(t)
	o := noticeOptions(source)
	if _, err := Import(context.Background(), o); err != nil {
		t.Fatal(err)
	}
	// Staff completed a code by hand; a second import without --force must not lose it.
	edited := strings.Replace(readOut(t, source, "2099-1.csv"), ",某某己皮革有限公司", "91449901000010073K,某某己皮革有限公司", 1)
	writeFiles(t, source, map[string]string{"data/lists/2099-1.csv": edited})
	_, err := Import(context.Background(), o)
	if err == nil || !strings.Contains(err.Error(), "2099-1.csv already exists; use --force to replace list 2099-1") {
		t.Errorf("second import: %v, want a refusal", err)
	}
	if readOut(t, source, "2099-1.csv") != edited {
		t.Error("the refused import changed the list")
	}
	// Only the yaml exists: refused too.
	os.Remove(filepath.Join(source, "data", "lists", "2099-1.csv"))
	if _, err := Import(context.Background(), o); err == nil || !strings.Contains(err.Error(), "2099-1.yaml already exists") {
		t.Errorf("import over a lone yaml: %v, want a refusal", err)
	}
	o.Force = true
	if _, err := Import(context.Background(), o); err != nil {
		t.Fatalf("forced import: %v", err)
	}
	if got := readOut(t, source, "2099-1.csv"); strings.Contains(got, "91449901000010073K") {
		t.Error("the forced import did not replace the list")
	}
}

func TestImportWritesNothingWhenARenameFails(t *testing.T) {
	for _, existing := range []bool{false, true} {
		source := newSource(t)
		o := noticeOptions(source)
		old := map[string]string{}
		if existing {
			old = map[string]string{"data/lists/2099-1.csv": "uscc,name,control_level,reasons\n", "data/lists/2099-1.yaml": "id: 2099-1\n"}
			writeFiles(t, source, old)
			o.Force = true
		}
		renames := 0
		renameFile = func(from, to string) error {
			if strings.HasSuffix(to, ".yaml") {
				return errors.New("disk full")
			}
			renames++
			return os.Rename(from, to)
		}
		_, err := Import(context.Background(), o)
		renameFile = os.Rename
		if err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("existing=%v: error %v, want the failed rename", existing, err)
		}
		if renames == 0 {
			t.Errorf("existing=%v: the csv was never renamed; the test does not exercise the undo", existing)
		}
		entries, _ := os.ReadDir(filepath.Join(source, "data", "lists"))
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		var want []string
		for name := range old {
			want = append(want, filepath.Base(name))
		}
		slices.Sort(want)
		if !slices.Equal(names, want) {
			t.Errorf("existing=%v: data/lists holds %q after the failure, want %q", existing, names, want)
		}
		for name, text := range old {
			if got, _ := os.ReadFile(filepath.Join(source, name)); string(got) != text {
				t.Errorf("existing=%v: %s = %q, want it restored to %q", existing, name, got, text)
			}
		}
	}
}

func TestImportOptionErrors(t *testing.T) {
	source := newSource(t)
	o := noticeOptions(source)
	o.Batch, o.Title, o.Published, o.SourceURL, o.File = "2099/1", " ", domain.Date{}, "ftp://example.org/x", "list.pdf"
	_, err := Import(context.Background(), o)
	if err == nil {
		t.Fatal("bad options accepted")
	}
	for _, want := range []string{`batch id "2099/1"`, "needs a title", "publication date is required", `source URL "ftp://example.org/x"`, "list.pdf: cannot import this kind of file"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	if _, err := os.Stat(filepath.Join(source, "data", "lists")); !errors.Is(err, os.ErrNotExist) {
		t.Error("data/lists was created by a refused import")
	}
}

func TestImportFileErrorsNameTheFile(t *testing.T) {
	for file, want := range map[string]string{
		"notable.html":   "testdata/notable.html: the page has no table",
		"noname.html":    "testdata/noname.html: no table has a column for the enterprise name",
		"truncated.xlsx": "testdata/truncated.xlsx: not a readable XLSX workbook",
		"empty.csv":      "testdata/empty.csv: the file is empty",
		"missing.csv":    "testdata/missing.csv",
	} {
		o := noticeOptions(newSource(t))
		o.File = "testdata/" + file
		_, err := Import(context.Background(), o)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %v, want %q", file, err, want)
		}
	}
}

func TestImportMissingKeysAndRegistry(t *testing.T) {
	source := newSource(t)
	o := noticeOptions(source)
	o.Issuer, o.DocNumber, o.SourceURL = "", "", ""
	r, err := Import(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(r.Missing, []string{"issuer", "doc_number"}) {
		t.Errorf("missing = %q", r.Missing)
	}
	if y := readOut(t, source, "2099-1.yaml"); !strings.Contains(y, "issuer: \"\"\ndoc_number: \"\"\n") || !strings.Contains(y, "source_url: \"\"\n") {
		t.Errorf("yaml does not leave the keys for staff:\n%s", y)
	}

	noRegistry := t.TempDir()
	o.Source = noRegistry
	if _, err := Import(context.Background(), o); err == nil || !strings.Contains(err.Error(), "the enterprise registry cannot be read") {
		t.Errorf("import without a registry: %v", err)
	}
}

func TestBatchIDs(t *testing.T) {
	for id, ok := range map[string]bool{"2009-1": true, "2099-extra-2": true, "A": true, "": false, "-1": false, "1-": false, "2009/1": false, "2009_1": false, "二批": false, "../x": false} {
		o := noticeOptions(t.TempDir())
		o.Batch = id
		if err := o.check(); (err == nil) != ok {
			t.Errorf("batch id %q: error %v, want accepted=%v", id, err, ok)
		}
	}
}

func TestImportHonoursCancellation(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	source := newSource(t)
	if _, err := Import(ctx, noticeOptions(source)); !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
	if _, err := os.Stat(filepath.Join(source, "data", "lists", "2099-1.csv")); !errors.Is(err, os.ErrNotExist) {
		t.Error("a cancelled import wrote the list")
	}
}
