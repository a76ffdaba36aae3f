package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"cpportal/domain"
)

// Credit codes of the fictional registry: positions 3–8 are 449901, a division code that
// does not exist, completed with both check characters by domain.CompleteUSCC.
const (
	codeJia   = "91449901000010014G" // 某某甲印染有限公司
	codeYi    = "91449901000010022B" // 某某乙电镀（佛山）有限公司
	codeBing1 = "914499010000100306" // 某某丙化工有限公司, 某某区
	codeDing  = "914499010000100493" // 某某丁造纸有限公司
	codeWu    = "91449901000010057X" // 某某戊线路板有限公司
	codeBing2 = "91449901000010065Q" // 某某丙化工有限公司, 某某县: same name as codeBing1
)

// registryCSV is data/enterprises.csv of the test source folder.
const registryCSV = "uscc,name,city,county,industry,control_level,address\n" +
	codeJia + ",某某甲印染有限公司,440600,某某区,1713,省控,某某区某某路1号\n" +
	codeYi + ",某某乙电镀（佛山）有限公司,440600,某某区,3360,国控,某某区某某路2号\n" +
	codeBing1 + ",某某丙化工有限公司,440600,某某区,2614,市控,某某区某某路3号\n" +
	codeDing + ",某某丁造纸有限公司,440600,某某县,2221,省控,某某县某某路4号\n" +
	codeWu + ",某某戊线路板有限公司,440600,某某区,3982,国控,某某区某某路5号\n" +
	codeBing2 + ",某某丙化工有限公司,440600,某某县,2614,市控,某某县某某路6号\n"

// testRegistry is the registry of registryCSV as records.
func testRegistry() *registry {
	var es []domain.Enterprise
	for _, line := range strings.Split(strings.TrimSpace(registryCSV), "\n")[1:] {
		f := strings.Split(line, ",")
		es = append(es, domain.Enterprise{USCC: f[0], Name: f[1], City: f[2], County: f[3], Industry: f[4], Level: domain.ControlLevel(f[5]), Address: f[6]})
	}
	return newRegistry(es)
}

// writeFiles writes files (slash paths relative to dir) and returns dir.
func writeFiles(t testing.TB, dir string, files map[string]string) string {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// readTable reads a fixture with the reader its extension calls for.
func readTable(t testing.TB, name string) *Table {
	t.Helper()
	tb, err := ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

// column returns the cells of field f of every data row.
func column(tb *Table, f Field) []string {
	var out []string
	for _, r := range tb.Rows {
		out = append(out, tb.Value(r, f))
	}
	return out
}

// skips renders the skipped rows as "where kind".
func skips(ss []Skip) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Where+" "+string(s.Kind))
	}
	return out
}

// wheres returns where each data row's name cell is.
func wheres(tb *Table) []string {
	var out []string
	for _, r := range tb.Rows {
		out = append(out, r.Loc.At(tb.Col(FieldName)))
	}
	return out
}
