package opendata

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"cpportal/domain"
	"cpportal/generator/derive"
)

func typeOf[T any]() reflect.Type { return reflect.TypeFor[T]() }

func valueOf[T any](p *T) reflect.Value { return reflect.ValueOf(p).Elem() }

// write writes the fixture's downloads into a fresh folder.
func write(t *testing.T, fx fixture) (string, Stats) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "data")
	st, err := Write(dir, fx.ds, fx.facts, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return dir, st
}

// files lists every file under dir, slash-separated and sorted.
func files(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

func read(t *testing.T, dir, rel string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestWriteLayout(t *testing.T) {
	dir, st := write(t, newFixture(t))
	var want []string
	for _, name := range []string{"enterprises", "batches", "lists", "lists/2009-1", "lists/2024-A", "disclosures",
		"audits", "options", "cases", "city-years", "industry-years", "province-years", "agencies", "agency-years", "city-reports"} {
		want = append(want, name+".csv", name+".json")
	}
	want = append(want, "datapackage.json", "catalogue.json", "dataset.jsonld")
	slices.Sort(want)
	got := files(t, dir)
	if !slices.Equal(got, want) {
		t.Errorf("files:\n got %q\nwant %q", got, want)
	}
	if st.Files != len(want) || st.Tables != 13 {
		t.Errorf("stats %+v, want %d files and 13 tables", st, len(want))
	}
	var total int64
	for _, f := range got {
		total += int64(len(read(t, dir, f)))
	}
	if st.Bytes != total {
		t.Errorf("stats say %d bytes, files hold %d", st.Bytes, total)
	}
	// Rows: 2 enterprises, 2 batches, 2 list rows, 2 disclosures, 3 events, 2 options,
	// 1 case, 3 city years, 1 industry year, 2 province years.
	if st.Rows != 20 {
		t.Errorf("stats count %d rows, want 20", st.Rows)
	}
}

func TestCSVEncoding(t *testing.T) {
	dir, _ := write(t, newFixture(t))
	for _, f := range files(t, dir) {
		if !strings.HasSuffix(f, ".csv") {
			continue
		}
		b := read(t, dir, f)
		if !bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")) {
			t.Errorf("%s: no UTF-8 byte-order mark", f)
		}
		if n, crlf := bytes.Count(b, []byte("\n")), bytes.Count(b, []byte("\r\n")); n != crlf || n == 0 {
			t.Errorf("%s: %d line feeds, %d of them after a carriage return", f, n, crlf)
		}
		if bytes.Contains(b, []byte{0}) || !utf8Valid(b) {
			t.Errorf("%s: NUL or invalid UTF-8", f)
		}
	}
}

func utf8Valid(b []byte) bool { return strings.ToValidUTF8(string(b), "\x00") == string(b) }

// readCSV returns the header and records of a CSV file written by Write.
func readCSV(t *testing.T, dir, rel string) ([]string, [][]string) {
	t.Helper()
	b := bytes.TrimPrefix(read(t, dir, rel), []byte(bom))
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
	return recs[0], recs[1:]
}

// decodeCSV turns CSV records back into rows of type R, undoing the neutralisation of text
// cells, the way a careful reader of the file would.
func decodeCSV[R any](t *testing.T, header []string, recs [][]string) []R {
	t.Helper()
	cols := columnsOf(reflect.TypeFor[R]())
	if len(header) != len(cols) {
		t.Fatalf("header %q has %d columns, the row type %d", header, len(header), len(cols))
	}
	out := make([]R, len(recs))
	for i, rec := range recs {
		v := reflect.ValueOf(&out[i]).Elem()
		for j, c := range cols {
			if header[j] != c.name {
				t.Fatalf("column %d is %q, want %q", j, header[j], c.name)
			}
			cell, f := rec[j], v.Field(c.index)
			switch c.kind {
			case kindText:
				f.SetString(unneutraliseCell(cell))
			case kindList:
				items := []string{}
				if s := unneutraliseCell(cell); s != "" {
					items = strings.Split(s, ListSeparator)
				}
				f.Set(reflect.ValueOf(items).Convert(f.Type()))
			case kindInteger:
				n, err := strconv.Atoi(cell)
				if err != nil {
					t.Fatalf("%s: %v", c.name, err)
				}
				f.SetInt(int64(n))
			case kindNumber:
				if cell != "" {
					x, err := strconv.ParseFloat(cell, 64)
					if err != nil || strings.ContainsAny(cell, "eE") {
						t.Fatalf("%s: %q is not a plain decimal", c.name, cell)
					}
					n := Number(x)
					f.Set(reflect.ValueOf(&n))
				}
			case kindDate:
				d, err := domain.ParseDate(cell)
				if cell != "" && err != nil {
					t.Fatalf("%s: %v", c.name, err)
				}
				f.Set(reflect.ValueOf(d))
			case kindBool, kindOptBool:
				if cell == "" && c.kind == kindOptBool {
					continue
				}
				b, err := strconv.ParseBool(cell)
				if err != nil {
					t.Fatalf("%s: %v", c.name, err)
				}
				if c.kind == kindBool {
					f.SetBool(b)
				} else {
					f.Set(reflect.ValueOf(&b))
				}
			}
		}
	}
	return out
}

// roundTrip reads a table back from its CSV and its JSON file and checks both say the same.
func roundTrip[R any](t *testing.T, dir, base string) []R {
	t.Helper()
	header, recs := readCSV(t, dir, base+".csv")
	fromCSV := decodeCSV[R](t, header, recs)
	var fromJSON []R
	if err := json.Unmarshal(read(t, dir, base+".json"), &fromJSON); err != nil {
		t.Fatalf("%s.json: %v", base, err)
	}
	if len(fromJSON) == 0 {
		fromJSON = []R{}
	}
	if !reflect.DeepEqual(fromCSV, fromJSON) {
		t.Errorf("%s: the CSV and the JSON file differ:\n csv %+v\njson %+v", base, fromCSV, fromJSON)
	}
	return fromCSV
}

func TestRoundTripEveryTable(t *testing.T) {
	fx := newFixture(t)
	dir, _ := write(t, fx)
	ents := roundTrip[EnterpriseRow](t, dir, "enterprises")
	roundTrip[BatchRow](t, dir, "batches")
	lists := roundTrip[ListRow](t, dir, "lists")
	only := roundTrip[ListRow](t, dir, "lists/2024-A")
	disc := roundTrip[DisclosureRow](t, dir, "disclosures")
	audits := roundTrip[AuditRow](t, dir, "audits")
	opts := roundTrip[OptionRow](t, dir, "options")
	cases := roundTrip[CaseRow](t, dir, "cases")
	cities := roundTrip[YearRow](t, dir, "city-years")
	roundTrip[YearRow](t, dir, "industry-years")
	prov := roundTrip[YearRow](t, dir, "province-years")

	// The records, compared with the numbers of the fixture.
	if len(ents) != 2 || ents[0].USCC != fx.e1 || ents[1].USCC != fx.e2 {
		t.Fatalf("enterprises %+v", ents)
	}
	e1, e2 := ents[0], ents[1]
	if e1.Stage != "accepted" || e1.Listings != 1 || e1.LatestBatch != "2009-1" || e1.LatestListed != domain.MustDate("2009-01-31") ||
		*e1.CompletionRate != 0.5 || *e1.CODT != 3.2 || *e1.WaterT != 15000 || *e1.InvestmentWan != 420 || e1.Cases != 1 || e1.County != "+番禺区" {
		t.Errorf("enterprise 1: %+v", e1)
	}
	if e2.Stage != "listed" || e2.OverdueSteps != 3 || e2.DaysOverdueMax != 441 || e2.CompletionRate != nil || e2.Address != "\t深圳市宝安区" {
		t.Errorf("enterprise 2: %+v", e2)
	}
	if e2.Name != CleanText(hostileName) || strings.ContainsAny(e2.Name, "\x00\u202e") {
		t.Errorf("hostile name read back as %q", e2.Name)
	}
	if len(lists) != 2 || len(only) != 1 || only[0].USCC != fx.e2 || only[0].DisclosureStatus != "overdue" || only[0].DisclosureDone != (domain.Date{}) {
		t.Errorf("lists %+v, per-list file %+v", lists, only)
	}
	if l := lists[0]; l.StartStatus != "late" || l.StartDone != domain.MustDate("2009-04-10") || l.Outcome != "accepted" ||
		!slices.Equal(l.Reasons, []string{"超标排放", "使用有毒有害原料"}) {
		t.Errorf("list row 1: %+v", l)
	}
	cod, nh3 := disc[0], disc[1]
	if cod.OverLimit == nil || !*cod.OverLimit || *cod.Exceedance != 0.2 || cod.OverQuota == nil || *cod.OverQuota || cod.PollutantKey != "cod" {
		t.Errorf("COD row: %+v", cod)
	}
	if nh3.OverLimit != nil || nh3.Exceedance != nil || nh3.Concentration != nil || *nh3.TotalT != 0.0000005 ||
		!slices.Equal(nh3.NotDisclosed, []string{"concentration", "quota_t"}) {
		t.Errorf("NH3-N row: over_limit must be unknown when the concentration is not disclosed: %+v", nh3)
	}
	if len(audits) != 3 || audits[1].AgencyName != "广东某环保咨询有限公司" || audits[2].DocNumber != "=粤环审〔2010〕8号" || audits[2].EventLabel != "通过验收" {
		t.Errorf("audits %+v", audits)
	}
	if len(opts) != 2 || opts[0].Title != "+冷凝水回收" || opts[1].Completed != (domain.Date{}) || *opts[0].BenefitWan != 45.5 {
		t.Errorf("options %+v", opts)
	}
	if c := cases[0]; c.EnterpriseName != "广州市某某印染有限公司" || c.City != "440100" || *c.WaterT != 350000 || c.SO2T != nil ||
		!slices.Equal(c.Benefits, []string{"water", "cod"}) || c.IndustryName != "棉印染精加工" {
		t.Errorf("case %+v", c)
	}
	if len(cities) != 3 || cities[0].Code != "440100" || cities[0].Year != 2009 || *cities[0].CODT != 3.2 || cities[2].Code != "440300" {
		t.Errorf("city years %+v", cities)
	}
	if len(prov) != 2 || prov[0].Code != "province" || prov[0].Name != "广东省" {
		t.Errorf("province years %+v", prov)
	}
}

func TestHostileValuesAreNeutralised(t *testing.T) {
	dir, _ := write(t, newFixture(t))
	_, recs := readCSV(t, dir, "enterprises.csv")
	if name := recs[1][1]; !strings.HasPrefix(name, `'=HYPERLINK(`) {
		t.Errorf("formula name written as %q", name)
	}
	if county := recs[0][4]; county != "'+番禺区" {
		t.Errorf("county written as %q", county)
	}
	_, brecs := readCSV(t, dir, "batches.csv")
	if title, doc := brecs[1][1], brecs[1][3]; title != "'@SUM(A1:A9) 第二批" || doc != "'-粤环函〔2024〕5号" {
		t.Errorf("batch 2 written as title %q, doc number %q", title, doc)
	}
	// In every CSV, no cell starts with a formula character, except numbers, which the
	// writer formats and which are never negative.
	for _, f := range files(t, dir) {
		if !strings.HasSuffix(f, ".csv") {
			continue
		}
		_, recs := readCSV(t, dir, f)
		for _, rec := range recs {
			for _, cell := range rec {
				if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
					t.Errorf("%s: cell %q starts a formula", f, cell)
				}
			}
		}
	}
	// JSON files escape markup, so a twin pasted into a page cannot open a tag.
	for _, f := range files(t, dir) {
		b := read(t, dir, f)
		if strings.HasSuffix(f, ".json") || strings.HasSuffix(f, ".jsonld") {
			if bytes.Contains(b, []byte("<script")) || bytes.Contains(b, []byte("</")) {
				t.Errorf("%s: markup not escaped", f)
			}
			if !json.Valid(b) {
				t.Errorf("%s: not valid JSON", f)
			}
		}
		if bytes.Contains(b, []byte("\u202e")) || bytes.Contains(b, []byte{0}) {
			t.Errorf("%s: keeps a bidi override or NUL", f)
		}
	}
}

func TestDeterministic(t *testing.T) {
	a, _ := write(t, newFixture(t))
	b, _ := write(t, newFixture(t))
	fa, fb := files(t, a), files(t, b)
	if !slices.Equal(fa, fb) {
		t.Fatalf("different files: %q and %q", fa, fb)
	}
	for _, f := range fa {
		if !bytes.Equal(read(t, a, f), read(t, b, f)) {
			t.Errorf("%s differs between two writes of the same input", f)
		}
	}
}

// The data package must describe exactly the CSV files written, with sizes and digests that
// match and a schema that names every column in order.
func TestDataPackageDescribesFiles(t *testing.T) {
	fx := newFixture(t)
	dir, _ := write(t, fx)
	var pkg dataPackage
	if err := json.Unmarshal(read(t, dir, "datapackage.json"), &pkg); err != nil {
		t.Fatal(err)
	}
	if pkg.Profile != "tabular-data-package" || pkg.Name != DefaultName || pkg.Created != "2025-06-30T00:00:00+08:00" ||
		len(pkg.Licenses) != 1 || pkg.Licenses[0].Name != "CC-BY-4.0" || pkg.Title == "" {
		t.Errorf("package head: %+v", pkg)
	}
	if !strings.Contains(pkg.Description, "示例数据") {
		t.Error("sample data is not said to be fictional")
	}
	var csvs []string
	for _, f := range files(t, dir) {
		if strings.HasSuffix(f, ".csv") {
			csvs = append(csvs, f)
		}
	}
	var described []string
	names := map[string]bool{}
	types := map[string]bool{"string": true, "integer": true, "number": true, "date": true, "boolean": true}
	for _, r := range pkg.Resources {
		described = append(described, r.Path)
		if names[r.Name] || r.Name != strings.ToLower(r.Name) {
			t.Errorf("resource name %q repeated or not lower-case", r.Name)
		}
		names[r.Name] = true
		b := read(t, dir, r.Path)
		sum := sha256.Sum256(b)
		if r.Bytes != int64(len(b)) || r.Hash != "sha256:"+hex.EncodeToString(sum[:]) {
			t.Errorf("%s: described as %d bytes %s, is %d bytes %x", r.Path, r.Bytes, r.Hash, len(b), sum)
		}
		if r.Encoding != "utf-8-sig" || r.Format != "csv" || r.Mediatype != "text/csv" || r.Profile != "tabular-data-resource" {
			t.Errorf("%s: %+v", r.Path, r)
		}
		header, _ := readCSV(t, dir, r.Path)
		var fields []string
		for _, f := range r.Schema.Fields {
			fields = append(fields, f.Name)
			if !types[f.Type] || f.Title == "" || !strings.Contains(f.Description, "\n") {
				t.Errorf("%s.%s: type %q, title %q, description %q", r.Path, f.Name, f.Type, f.Title, f.Description)
			}
		}
		if !slices.Equal(header, fields) {
			t.Errorf("%s: header %q, schema %q", r.Path, header, fields)
		}
		for _, k := range r.Schema.PrimaryKey {
			if !slices.Contains(fields, k) {
				t.Errorf("%s: primary key %q is not a field", r.Path, k)
			}
		}
	}
	slices.Sort(described)
	if !slices.Equal(described, csvs) {
		t.Errorf("described %q, written %q", described, csvs)
	}
}

func TestUnitsAndCatalogue(t *testing.T) {
	units := map[string]string{}
	for _, r := range Catalogue() {
		if r.Title == "" || r.TitleEN == "" || r.Description == "" || r.DescriptionEN == "" {
			t.Errorf("table %s is not described in both languages", r.Name)
		}
		for _, f := range r.Fields {
			if f.Title == "" || f.TitleEN == "" || f.Description == "" || f.DescriptionEN == "" {
				t.Errorf("%s.%s is not described in both languages", r.Name, f.Name)
			}
			units[r.Name+"."+f.Name] = f.Unit
		}
	}
	for col, unit := range map[string]string{
		"disclosures.total_t": "t/a", "disclosures.concentration": "mg/L | mg/m³", "options.investment_wan": "万元",
		"enterprises.energy_tce": "tce/a", "city-years.benefit_wan": "万元/a", "cases.payback_years": "年 / years",
		"enterprises.uscc": "",
	} {
		if units[col] != unit {
			t.Errorf("%s has unit %q, want %q", col, units[col], unit)
		}
	}

	dir, _ := write(t, newFixture(t))
	var cat catalogueDoc
	if err := json.Unmarshal(read(t, dir, "catalogue.json"), &cat); err != nil {
		t.Fatal(err)
	}
	if cat.AsOf != domain.MustDate("2025-06-30") || cat.License.Name != "CC-BY-4.0" || len(cat.Tables) != len(Catalogue()) || !cat.Sample {
		t.Errorf("catalogue head: as of %v, licence %+v, %d tables", cat.AsOf, cat.License, len(cat.Tables))
	}
	for _, tb := range cat.Tables {
		for _, f := range tb.Files {
			if b := read(t, dir, f.Path); int64(len(b)) != f.Bytes {
				t.Errorf("catalogue: %s has %d bytes, not %d", f.Path, len(b), f.Bytes)
			}
		}
	}
	if b := read(t, dir, "datapackage.json"); cat.DataPackage.Bytes != int64(len(b)) {
		t.Error("catalogue: wrong size of datapackage.json")
	}
}

func TestJSONLD(t *testing.T) {
	dir, _ := write(t, newFixture(t))
	var ld map[string]any // read back loosely, as a search engine would
	if err := json.Unmarshal(read(t, dir, "dataset.jsonld"), &ld); err != nil {
		t.Fatal(err)
	}
	if ld["@context"] != "https://schema.org" || ld["@type"] != "Dataset" || ld["dateModified"] != "2025-06-30" ||
		ld["url"] != "https://cp.example.gov.cn/data/" || ld["temporalCoverage"] != "2009-01-31/2025-06-30" {
		t.Errorf("dataset head: %v", ld)
	}
	dist, _ := ld["distribution"].([]any)
	if len(dist) != 2*13+1 {
		t.Fatalf("%d distributions, want 27", len(dist))
	}
	first := dist[0].(map[string]any)
	if first["contentUrl"] != "https://cp.example.gov.cn/data/enterprises.csv" || first["encodingFormat"] != "text/csv" {
		t.Errorf("first distribution %v", first)
	}
	if d, _ := ld["description"].(string); len([]rune(d)) < 50 {
		t.Errorf("description too short for search engines: %q", d)
	}
}

func TestJSONLDWithoutBaseURLIsSiteRelative(t *testing.T) {
	fx := newFixture(t)
	fx.ds.Site.BaseURL = "/"
	dir := t.TempDir()
	if _, err := Write(dir, fx.ds, fx.facts, Options{}); err != nil {
		t.Fatal(err)
	}
	var ld jsonLD
	if err := json.Unmarshal(read(t, dir, "dataset.jsonld"), &ld); err != nil {
		t.Fatal(err)
	}
	if ld.URL != "/data/" || ld.Distribution[0].ContentURL != "/data/enterprises.csv" {
		t.Errorf("links %q, %q", ld.URL, ld.Distribution[0].ContentURL)
	}
}

func TestUnsafeListIDIsRefused(t *testing.T) {
	fx := newFixture(t)
	fx.facts.Batches[0].ID = "../../escape"
	dir := t.TempDir()
	if _, err := Write(filepath.Join(dir, "data"), fx.ds, fx.facts, Options{}); err == nil || !strings.Contains(err.Error(), "cannot name a file") {
		t.Errorf("err = %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "escape.csv")); err == nil {
		t.Error("a file was written outside the folder")
	}
}

func TestNumbersArePlainDecimals(t *testing.T) {
	for x, want := range map[float64]string{0.0000005: "0.0000005", 1e21: "1000000000000000000000", 12.5: "12.5", 0: "0", 350000: "350000"} {
		if got := Number(x).String(); got != want {
			t.Errorf("Number(%v) = %q, want %q", x, got, want)
		}
		if b, _ := json.Marshal(Number(x)); string(b) != want {
			t.Errorf("JSON of %v = %s, want %s", x, b, want)
		}
	}
	fx := newFixture(t)
	fx.facts.Enterprises[0].Disclosures[0].TotalT = f64(nan())
	if _, err := Write(t.TempDir(), fx.ds, fx.facts, Options{}); err == nil {
		t.Error("a NaN amount was written")
	}
}

func nan() float64 {
	zero := 0.0
	return zero / zero
}

func TestEmptyDataset(t *testing.T) {
	ds := &domain.Dataset{Site: domain.Site{Title: "t", Province: "广东省"}}
	fx := newFixture(t)
	facts := *fx.facts
	facts.Enterprises, facts.Batches, facts.Cities, facts.Industries = nil, nil, nil, nil
	facts.Province.Years = nil
	dir := t.TempDir()
	if _, err := Write(dir, ds, &facts, Options{}); err != nil {
		t.Fatal(err)
	}
	if got := string(read(t, dir, "enterprises.json")); got != "[]\n" {
		t.Errorf("empty table as JSON: %q", got)
	}
	header, recs := readCSV(t, dir, "enterprises.csv")
	if len(header) == 0 || len(recs) != 0 {
		t.Errorf("empty table as CSV: %q %q", header, recs)
	}
}

// The downloads of facts computed by the derive package from the fixture's dataset hold one
// row per record, like the hand-built facts.
func TestWithDerivedFacts(t *testing.T) {
	fx := newFixture(t)
	facts := derive.Derive(fx.ds, fx.facts.AsOf)
	dir := t.TempDir()
	if _, err := Write(dir, fx.ds, facts, Options{}); err != nil {
		t.Fatal(err)
	}
	for table, rows := range map[string]int{"enterprises": 2, "batches": 2, "lists": 2, "disclosures": 2, "audits": 3, "options": 2, "cases": 1} {
		if _, recs := readCSV(t, dir, table+".csv"); len(recs) != rows {
			t.Errorf("%s: %d rows, want %d", table, len(recs), rows)
		}
	}
	ents := roundTrip[EnterpriseRow](t, dir, "enterprises")
	if ents[1].OverdueSteps != 3 || ents[1].Stage != "listed" || ents[0].Stage != "accepted" {
		t.Errorf("derived standing: %+v", ents)
	}
}
