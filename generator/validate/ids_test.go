package validate

import (
	"strings"
	"testing"

	"cpportal/domain"
	"cpportal/generator/load"
	"cpportal/internal/fixture"
)

// A registry with an enterprise of every identification: the fixture's two with credit codes,
// one with an organisation code, one with a local id and nothing else known, one with a credit
// code found after its local id. The list names them by whichever identifier it had.
var (
	orgOnly   = "SAMPL0104"
	localOnly = domain.LocalID("440100", "广州市示例漂染厂")
	completed = domain.LocalID("440300", "深圳市示例纸品厂")
)

const completedCode = "91449906MA4W5Y3U8W"

var idsRegistry = "uscc,name,city,county,industry,control_level,address,org_code,local_id\n" +
	dye + ",广州市示例印染有限公司,440100,番禺区,1713,省控,广州市番禺区示例路1号,,\n" +
	plate + ",深圳市示例电镀有限公司（宝安）,440300,宝安区,3360,市控,\"深圳市宝安区示例大道2号, 厂区B\",,\n" +
	",广州市示例五金厂,440100,白云区,3360,,广州市白云区示例路3号," + orgOnly + ",\n" +
	",广州市示例漂染厂,440100,,,,,," + localOnly + "\n" +
	completedCode + ",深圳市示例纸品厂,440300,龙华区,1713,省控,深圳市龙华区示例路5号,," + completed + "\n"

var idsList = "uscc,name,control_level,reasons\n" +
	orgOnly + ",广州市示例五金厂,,\n" +
	localOnly + ",广州市示例漂染厂,,\n" +
	completed + ",深圳市示例纸品厂,省控,超标排放\n"

func idsSource() map[string]string {
	return map[string]string{
		"data/enterprises.csv":   idsRegistry,
		"data/lists/2011-1.csv":  idsList,
		"data/lists/2011-1.yaml": "id: 2011-1\ntitle: 示例市2011年名单\nissuer: 示例市环境保护局\ndoc_number: 示环〔2011〕1号\npublished: 2011-06-17\n",
	}
}

// TestIdentifiers: every way of identifying an enterprise loads and validates; the gaps are
// warnings with their positions; references by a former id resolve to the id.
func TestIdentifiers(t *testing.T) {
	ds, ps := load.Load(fixture.SourceWith(idsSource()))
	if len(ps) > 0 {
		t.Fatalf("load:\n%s", ps.Error())
	}
	errs, warnings := Validate(ds).Split()
	if len(errs) > 0 {
		t.Fatalf("errors:\n%s", errs.Error())
	}
	want := []string{
		"data/enterprises.csv:4:1: warning: uscc: no credit code; the enterprise is identified by its organisation code SAMPL0104 (hint: import-registry fills in credit codes, industries and addresses from a spreadsheet)",
		"data/enterprises.csv:4:27: warning: control_level: control level not known; the site shows it as not stated",
		"data/enterprises.csv:5:1: warning: uscc: no credit code; the enterprise is identified by its local id " + localOnly + " (hint: import-registry fills in credit codes, industries and addresses from a spreadsheet)",
		"data/enterprises.csv:5:19: warning: industry: industry not known (hint: import-registry fills in credit codes, industries and addresses from a spreadsheet)",
		"data/enterprises.csv:5:20: warning: control_level: control level not known; the site shows it as not stated",
		"data/enterprises.csv:5:21: warning: address: address not known (hint: import-registry fills in credit codes, industries and addresses from a spreadsheet)",
		"data/lists/2011-1.csv:2:20: warning: control_level: the list does not state the control level; the site shows it as not stated",
		"data/lists/2011-1.csv:2:21: warning: reasons: the list does not state the reasons; the site shows them as not stated",
		"data/lists/2011-1.csv:3:27: warning: control_level: the list does not state the control level; the site shows it as not stated",
		"data/lists/2011-1.csv:3:28: warning: reasons: the list does not state the reasons; the site shows them as not stated",
	}
	var got []string
	for _, w := range warnings {
		got = append(got, w.String())
	}
	compare(t, got, want)
	members := ds.Batches[len(ds.Batches)-1].Members
	if members[2].USCC != completedCode || members[0].USCC != orgOnly || members[1].USCC != localOnly {
		t.Errorf("members resolve to %s, %s, %s; want %s, %s, %s", members[0].USCC, members[1].USCC, members[2].USCC, orgOnly, localOnly, completedCode)
	}
}

// TestIdentifierProblems: identifiers that fail their check, clash with another enterprise's
// or disagree with the credit code are errors.
func TestIdentifierProblems(t *testing.T) {
	files := idsSource()
	files["data/enterprises.csv"] = strings.Join([]string{
		"uscc,name,city,county,industry,control_level,address,org_code,local_id",
		dye + ",广州市示例印染有限公司,440100,番禺区,1713,省控,广州市番禺区示例路1号,SAMPL0104,",
		plate + ",深圳市示例电镀有限公司（宝安）,440300,宝安区,3360,市控,地址,,",
		",广州市示例五金厂,440100,白云区,3360,市控,地址,SAMPL0105,",
		",广州市示例漂染厂,440100,,3360,市控,地址,,L440100-ABC",
		",深圳市示例纸品厂,440300,,3360,市控,地址,," + localOnly,
		",广州市示例铸造厂,440100,,3360,市控,地址,,L440100-AAAAAAAA",
		",广州市示例铸造二厂,440100,,3360,市控,地址,,L440100-AAAAAAAA",
		",广州市示例无码厂,440100,,3360,市控,地址,,",
	}, "\n") + "\n"
	files["data/lists/2011-1.csv"] = ""
	files["data/lists/2011-1.yaml"] = ""
	ds, ps := load.Load(fixture.SourceWith(files))
	var got []string
	for _, p := range append(ps, Validate(ds)...).Reported() {
		if p.Severity == domain.Error {
			got = append(got, p.String())
		}
	}
	compare(t, got, []string{
		"data/enterprises.csv:2:63: org_code: organisation code SAMPL0104 differs from MA59AB121 in the credit code " + dye + " (hint: a credit code holds the organisation code in positions 9–17; correct one of them)",
		"data/enterprises.csv:4:33: org_code: organisation code \"SAMPL0105\": check character (position 9) is 5, want 4 (hint: write the 9 characters without the hyphen, e.g. 19034567X)",
		"data/enterprises.csv:5:31: local_id: local id \"L440100-ABC\" is not of the form L<city code>-<8 characters>, e.g. L440600-3FQ7K2XA",
		"data/enterprises.csv:8:32: local_id: duplicate enterprise L440100-AAAAAAAA, first at data/enterprises.csv:7",
		"data/enterprises.csv:9:1: uscc: the enterprise has no identifier (hint: give the credit code, the organisation code (org_code) or a local id (local_id); import assigns local ids)",
	})
}
