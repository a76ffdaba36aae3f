package importer

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"

	"cpportal/domain"
)

// A city notice as they were published before credit codes: the county merged over the rows
// of its enterprises, names only, a total row. The same list comes as HTML, as a GBK CSV and
// as an XLSX workbook with merged cells.
var namesOnly = []struct{ county, name string }{
	{"南海区", "佛山市南海某某甲五金制品厂"},
	{"南海区", "佛山市某某乙纺织有限公司"},
	{"顺德", "佛山市顺德区某某丙电镀厂"}, // a county written without 区
	{"高要市", "肇庆市某某丁造纸厂"},   // a county under its name before 2015
	{"南海区", "某某甲印染有限公司"},   // already in the registry: matched by name
}

const namesOnlyHTML = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>佛山市2017年强制性清洁生产审核企业名单</title></head><body>
<table border="1">
<tr><td colspan="3">2017年强制性清洁生产审核企业名单</td></tr>
<tr><th>序号</th><th>县（市、区）</th><th>企业名称</th></tr>
<tr><td>1</td><td rowspan="2">南海区</td><td>佛山市南海某某甲五金制品厂</td></tr>
<tr><td>2</td><td>佛山市某某乙纺织有限公司</td></tr>
<tr><td>3</td><td>顺德</td><td>佛山市顺德区某某丙电镀厂</td></tr>
<tr><td>4</td><td>高要市</td><td>肇庆市某某丁造纸厂</td></tr>
<tr><td>5</td><td>南海区</td><td>某某甲印染有限公司</td></tr>
<tr><td colspan="2">合计</td><td>5家</td></tr>
</table></body></html>`

func namesOnlyGBK(t *testing.T) []byte {
	var b strings.Builder
	b.WriteString("序号,县（市、区）,企业名称\r\n")
	for i, m := range namesOnly {
		b.WriteString(strings.Join([]string{string(rune('1' + i)), m.county, m.name}, ",") + "\r\n")
	}
	b.WriteString("合计,,5家\r\n")
	out, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func namesOnlyXLSX(t *testing.T) []byte {
	f := excelize.NewFile()
	set := func(cell, v string) {
		if err := f.SetCellStr("Sheet1", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	set("A1", "序号")
	set("B1", "县（市、区）")
	set("C1", "企业名称")
	for i, m := range namesOnly {
		row := string(rune('2' + i))
		set("A"+row, string(rune('1'+i)))
		if i != 1 { // B2:B3 is merged: 南海区 once
			set("B"+row, m.county)
		}
		set("C"+row, m.name)
	}
	set("A7", "合计")
	set("C7", "5家")
	if err := f.MergeCell("Sheet1", "B2", "B3"); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// citiesCSV holds the cities the notices place their enterprises in.
const citiesCSV = "code,name\n440600,佛山市\n441200,肇庆市\n"

func namesOnlySource(t *testing.T) string {
	return writeFiles(t, t.TempDir(), map[string]string{"data/enterprises.csv": registryCSV, "data/cities.csv": citiesCSV})
}

func namesOnlyOptions(source, file string) Options {
	return Options{Source: source, Batch: "2017-fs", Title: "佛山市2017年强制性清洁生产审核企业名单",
		Published: domain.MustDate("2017-05-02"), Issuer: "佛山市环境保护局", File: file}
}

// TestImportCompletesTheRegistry imports the names-only notice in each shape: every new
// enterprise becomes a registry entry with its city and county from the county column and the
// local id of its city and name, the list names each by its id, and the report says what
// staff should complete. A second import of the same notice changes nothing.
func TestImportCompletesTheRegistry(t *testing.T) {
	for _, tc := range []struct {
		file string
		data func(t *testing.T) []byte
	}{
		{"notice.html", func(*testing.T) []byte { return []byte(namesOnlyHTML) }},
		{"notice.csv", namesOnlyGBK},
		{"notice.xlsx", namesOnlyXLSX},
	} {
		t.Run(tc.file, func(t *testing.T) {
			source := namesOnlySource(t)
			file := filepath.Join(t.TempDir(), tc.file)
			if err := os.WriteFile(file, tc.data(t), 0o644); err != nil {
				t.Fatal(err)
			}
			r, err := Import(context.Background(), namesOnlyOptions(source, file))
			if err != nil {
				t.Fatal(err)
			}
			want := []struct{ id, city, county string }{
				{domain.LocalID("440600", namesOnly[0].name), "440600", "南海区"},
				{domain.LocalID("440600", namesOnly[1].name), "440600", "南海区"},
				{domain.LocalID("440600", namesOnly[2].name), "440600", "顺德区"},
				{domain.LocalID("441200", namesOnly[3].name), "441200", "高要区"},
			}
			added := r.AddedEnterprises()
			if len(added) != len(want) {
				t.Fatalf("%d enterprises added, want %d", len(added), len(want))
			}
			for i, w := range want {
				a := added[i]
				if a.LocalID != w.id || a.USCC != w.id || a.City != w.city || a.County != w.county || a.Name != namesOnly[i].name || a.CreditCode != "" {
					t.Errorf("added %d = %+v, want id %s in %s %s", i, a, w.id, w.city, w.county)
				}
			}
			list := readOut(t, source, "2017-fs.csv")
			for i, w := range want {
				if !strings.Contains(list, w.id+","+namesOnly[i].name+",,\n") {
					t.Errorf("list lacks %s %s with empty level and reasons:\n%s", w.id, namesOnly[i].name, list)
				}
			}
			if !strings.Contains(list, codeJia+",某某甲印染有限公司,省控,\n") {
				t.Errorf("the registry's enterprise is not matched:\n%s", list)
			}
			registry, err := os.ReadFile(filepath.Join(source, "data", "enterprises.csv"))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(registry, []byte("uscc,name,city,county,industry,control_level,address,org_code,local_id\n"+codeJia+",某某甲印染有限公司,440600,某某区,1713,省控,某某区某某路1号,,\n")) {
				t.Errorf("the registry's rows are not kept as they were:\n%s", registry)
			}
			if !bytes.HasSuffix(registry, []byte(",肇庆市某某丁造纸厂,441200,高要区,,,,,"+want[3].id+"\n")) {
				t.Errorf("the new enterprise is not at the end of the registry:\n%s", registry)
			}
			var text bytes.Buffer
			r.WriteText(&text)
			for _, s := range []string{
				"      added to registry: 4\n",
				"Added to data/enterprises.csv as the notice names them; complete them there or with import-registry (4):\n",
				"(id " + want[2].id + "; city 440600; county 顺德区)\n      to complete: credit code (or organisation code), industry, address, control level\n",
			} {
				if !strings.Contains(text.String(), s) {
					t.Errorf("report lacks %q:\n%s", s, text.String())
				}
			}

			// The same notice again: every row matches the registry now, the ids are the same
			// and the registry is not touched.
			opts := namesOnlyOptions(source, file)
			opts.Force = true
			r2, err := Import(context.Background(), opts)
			if err != nil {
				t.Fatal(err)
			}
			if n := len(r2.AddedEnterprises()); n != 0 {
				t.Errorf("second import added %d enterprises", n)
			}
			if got := readOut(t, source, "2017-fs.csv"); got != list {
				t.Errorf("second import wrote another list:\n%s\nwant:\n%s", got, list)
			}
			again, _ := os.ReadFile(filepath.Join(source, "data", "enterprises.csv"))
			if !bytes.Equal(again, registry) {
				t.Errorf("second import changed the registry")
			}
		})
	}
}

// TestLocalIDsDoNotDependOnRowOrder imports the notice with its rows reversed into a fresh
// registry: every enterprise gets the same id.
func TestLocalIDsDoNotDependOnRowOrder(t *testing.T) {
	ids := func(rows []struct{ county, name string }) map[string]string {
		var b strings.Builder
		b.WriteString("县（市、区）,企业名称\n")
		for _, m := range rows {
			b.WriteString(m.county + "," + m.name + "\n")
		}
		source := namesOnlySource(t)
		file := filepath.Join(t.TempDir(), "list.csv")
		if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		r, err := Import(context.Background(), namesOnlyOptions(source, file))
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for _, e := range r.Entries {
			out[e.Name] = e.USCC
		}
		return out
	}
	forward := ids(namesOnly)
	reversed := slices.Clone(namesOnly)
	slices.Reverse(reversed)
	backward := ids(reversed)
	if len(forward) != len(namesOnly) {
		t.Fatalf("%d entries, want %d", len(forward), len(namesOnly))
	}
	for name, id := range forward {
		if backward[name] != id {
			t.Errorf("%s: id %s, reversed %s", name, id, backward[name])
		}
	}
}

// TestImportWithoutCounty places the enterprises of a notice without a county column in the
// notice's city; without --city it makes no registry entry and says why.
func TestImportWithoutCounty(t *testing.T) {
	source := namesOnlySource(t)
	file := writeFiles(t, t.TempDir(), map[string]string{"list.csv": "企业名称\n佛山市某某戊陶瓷厂\n"})
	opts := namesOnlyOptions(source, filepath.Join(file, "list.csv"))
	r, err := Import(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.AddedEnterprises()) != 0 || r.Entries[0].USCC != "" ||
		!slices.ContainsFunc(r.Entries[0].Notes, func(n string) bool { return strings.Contains(n, "--city") }) {
		t.Errorf("entry %+v: want no id and a note asking for --city", r.Entries[0])
	}
	opts.Force, opts.City = true, "佛山市"
	r, err = Import(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := r.Entries[0].USCC, domain.LocalID("440600", "佛山市某某戊陶瓷厂"); got != want {
		t.Errorf("with --city: id %q, want %q", got, want)
	}
	opts.City = "北京市"
	if _, err := Import(context.Background(), opts); err == nil || !strings.Contains(err.Error(), "北京市") {
		t.Errorf("unknown --city: err = %v", err)
	}
}
