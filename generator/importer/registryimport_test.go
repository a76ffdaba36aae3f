package importer

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"cpportal/domain"
)

// A registry as an import of a names-only notice leaves it, plus two enterprises of one name
// in different cities and one known by its organisation code.
var (
	idJia = domain.LocalID("440600", "佛山市某某甲五金制品厂")
	idYi  = domain.LocalID("440600", "佛山市某某乙纺织有限公司")
	idDup = domain.LocalID("440600", "某某同名化工厂")
	idDu2 = domain.LocalID("441200", "某某同名化工厂")
)

const orgCodeBing = "SAMPL0104"

var completionRegistry = "uscc,name,city,county,industry,control_level,address,org_code,local_id\n" +
	codeJia + ",某某甲印染有限公司,440600,某某区,1713,省控,某某区某某路1号,,\n" +
	",佛山市某某甲五金制品厂,440600,南海区,,,,," + idJia + "\n" +
	",佛山市某某乙纺织有限公司,440600,南海区,,,,," + idYi + "\n" +
	",某某同名化工厂,440600,顺德区,,,,," + idDup + "\n" +
	",某某同名化工厂,441200,高要区,,,,," + idDu2 + "\n" +
	",佛山市某某丙电镀厂,440600,顺德区,3360,,旧地址," + orgCodeBing + ",\n"

func completionSource(t *testing.T) string {
	return writeFiles(t, t.TempDir(), map[string]string{
		"data/enterprises.csv": completionRegistry,
		"data/cities.csv":      citiesCSV,
		"data/industries.csv":  "code,name\n1713,棉印染精加工\n3360,金属表面处理及热处理加工\n2614,有机化学原料制造\n",
	})
}

// TestImportRegistry fills what is missing, by exact name within the row's city, and reports
// every row it does not use; the registry's other cells stay as they were.
func TestImportRegistry(t *testing.T) {
	source := completionSource(t)
	newCode, _ := domain.CompleteUSCC("9144990600000888")
	sheet := "企业名称,统一社会信用代码,组织机构代码,行业,地址,所在地\n" +
		"佛山市某某甲五金制品厂," + newCode + ",,3360,佛山市南海区某某路8号,\n" + // fills three cells
		"佛山市 某某乙纺织有限公司,,,棉印染精加工,,南海区\n" + // name with a space, industry by name
		"某某同名化工厂,,,2614,,\n" + // two enterprises of this name: ambiguous
		"某某同名化工厂,,,2614,,高要市\n" + // the city tells them apart
		"佛山市某某丙电镀厂,,,3360,新地址,\n" + // the registry has an address: conflict
		"某某甲印染有限公司," + newCode + ",,,,\n" + // has a credit code already; this one is taken
		"佛山市某某丁厂,,,,,\n" + // not in the registry
		"佛山市某某乙纺织有限公司,91449906000008881X,SAMPL-0105,9999,,\n" // invalid code, org code, industry
	file := filepath.Join(t.TempDir(), "registry.csv")
	if err := os.WriteFile(file, []byte(sheet), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := ImportRegistry(context.Background(), source, file)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(filepath.Join(source, "data", "enterprises.csv"))
	want := strings.NewReplacer(
		",佛山市某某甲五金制品厂,440600,南海区,,,,,", newCode+",佛山市某某甲五金制品厂,440600,南海区,3360,,佛山市南海区某某路8号,,",
		",佛山市某某乙纺织有限公司,440600,南海区,,,,,", ",佛山市某某乙纺织有限公司,440600,南海区,1713,,,,",
		",某某同名化工厂,441200,高要区,,,,,", ",某某同名化工厂,441200,高要区,2614,,,,",
	).Replace(completionRegistry)
	if string(got) != want {
		t.Errorf("registry:\n%s\nwant:\n%s", got, want)
	}
	if len(r.Filled) != 5 || r.Written == "" {
		t.Errorf("filled %v", r.Filled)
	}
	var text bytes.Buffer
	r.WriteText(&text)
	for _, s := range []string{
		"line 2  佛山市某某甲五金制品厂 (" + idJia + "): uscc " + newCode,
		"line 4  某某同名化工厂: several registry enterprises have this name: " + idDup + " 440600 顺德区 or " + idDu2 + " 441200 高要区",
		"line 6  佛山市某某丙电镀厂: address 新地址 here, 旧地址 in the registry (data/enterprises.csv:7); the registry's is kept",
		"line 7  某某甲印染有限公司: credit code " + newCode + " is already 佛山市某某甲五金制品厂's",
		"line 8  佛山市某某丁厂: no registry enterprise has this name",
		"line 9  佛山市某某乙纺织有限公司: credit code \"91449906000008881X\"",
		"line 9  佛山市某某乙纺织有限公司: organisation code \"SAMPL0105\": check character",
		"line 9  佛山市某某乙纺织有限公司: industry \"9999\" is neither a code nor a name",
		"  conflicts:             2\n  ambiguous names:       1\n  names not found:       1\n  values not valid:      3\n",
	} {
		if !strings.Contains(text.String(), s) {
			t.Errorf("report lacks %q:\n%s", s, text.String())
		}
	}

	// Nothing new the second time: the registry file is not written again.
	r2, err := ImportRegistry(context.Background(), source, file)
	if err != nil {
		t.Fatal(err)
	}
	if len(r2.Filled) != 0 || r2.Written != "" {
		t.Errorf("second run filled %v", r2.Filled)
	}
}

// TestImportRegistryXLSX reads the facts from a workbook, with an organisation code written
// with its hyphen, and adds the org_code column to a registry that has none.
func TestImportRegistryXLSX(t *testing.T) {
	source := writeFiles(t, t.TempDir(), map[string]string{
		"data/enterprises.csv": "uscc,name,city,county,industry,control_level,address,local_id\n,佛山市某某甲五金制品厂,440600,南海区,,,," + idJia + "\n",
		"data/cities.csv":      citiesCSV,
	})
	f := excelize.NewFile()
	for cell, v := range map[string]string{"A1": "单位名称", "B1": "组织机构代码", "A2": "佛山市某某甲五金制品厂", "B2": "SAMPL010-4"} {
		if err := f.SetCellStr("Sheet1", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	file := filepath.Join(t.TempDir(), "registry.xlsx")
	if err := f.SaveAs(file); err != nil {
		t.Fatal(err)
	}
	if _, err := ImportRegistry(context.Background(), source, file); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(filepath.Join(source, "data", "enterprises.csv"))
	if want := "uscc,name,city,county,industry,control_level,address,local_id,org_code\n,佛山市某某甲五金制品厂,440600,南海区,,,," + idJia + ",SAMPL0104\n"; string(got) != want {
		t.Errorf("registry:\n%s\nwant:\n%s", got, want)
	}
}

func TestImportRegistryNeedsAFactColumn(t *testing.T) {
	source := completionSource(t)
	file := writeFiles(t, t.TempDir(), map[string]string{"names.csv": "企业名称,备注\n佛山市某某甲五金制品厂,无\n"})
	_, err := ImportRegistry(context.Background(), source, filepath.Join(file, "names.csv"))
	if err == nil || !strings.Contains(err.Error(), "no column holds a credit code") {
		t.Errorf("err = %v", err)
	}
}
