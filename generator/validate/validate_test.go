package validate

import (
	"cmp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"cpportal/domain"
	"cpportal/generator/load"
	"cpportal/internal/fixture"
)

const (
	dye   = fixture.SourceDyeing
	plate = fixture.SourcePlating
	// unregistered is a valid credit code that is not in the fixture's registry.
	unregistered = "91449906MA4W5Y3U8W"
)

// check loads fsys, which must load without problems, and returns Validate's report lines.
func check(t *testing.T, fsys fstest.MapFS) []string {
	t.Helper()
	ds, ps := load.Load(fsys)
	if len(ps) != 0 {
		t.Fatalf("the test data must load cleanly:\n%s", ps.Error())
	}
	var out []string
	for _, p := range Validate(ds) {
		out = append(out, p.String())
	}
	return out
}

func compare(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n  got:\n\t%s\n  want:\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

func TestUnregisteredCodeIsValid(t *testing.T) {
	if err := domain.CheckUSCC(unregistered); err != nil {
		t.Fatal(err)
	}
}

func TestValidSource(t *testing.T) {
	compare(t, check(t, fixture.Source()), nil)
}

const (
	optHeader  = "uscc,batch,option_id,title,cost_class,investment_wan,status,planned,completed,cod_t,so2_t,nox_t,nh3n_t,water_t,energy_tce,benefit_wan\n"
	discHeader = "uscc,year,pollutant,outlet,discharge_method,concentration,unit,limit,total_t,quota_t,standard,published,source_url\n"
	caseFront  = "---\ntitle: 测试\nuscc: " + unregistered + "\nindustry: \"9999\"\ntechnology: 膜法\nproblem: 超标\n" +
		"reductions: {cod: 1, water: 3}\ndate: 2011-04-01\n---\n"
	caseBody = "## 问题\n\n用水多。\n\n## 技术方案\n\n回用。\n\n## 投资与效益\n\n" // lines 10–19
)

// validateCases each break different files of the valid source, so that together they also
// make one source folder with every kind of problem (TestEverythingAtOnce).
var validateCases = []struct {
	name  string
	files map[string]string
	want  []string
}{
	{"registry", map[string]string{"data/enterprises.csv": "uscc,name,city,county,industry,control_level,address\n" +
		dye + ",广州市示例印染有限公司,440100,番禺区,1713,省控,广州市番禺区示例路1号\n" +
		plate + ",深圳市示例电镀有限公司（宝安）,440300,宝安区,3360,市控,地址\n" +
		"91440101MA59AB1210,某公司,440100,,1713,市控,\n" +
		"92449906L12345674J,某公司,440199,,9999,市控,\n" +
		dye + ",广州市示例印染有限公司,440100,番禺区,1713,省控,\n"},
		[]string{
			`data/enterprises.csv:4:1: uscc: credit code "91440101MA59AB1210": check character (position 18) is 0, want K`,
			`data/enterprises.csv:4:40: warning: address: address not known (hint: import-registry fills in credit codes, industries and addresses from a spreadsheet)`,
			`data/enterprises.csv:5:24: city: unknown city code "440199" (hint: the cities are listed in data/cities.csv)`,
			`data/enterprises.csv:5:32: industry: unknown industry code "9999" (hint: the industries are listed in data/industries.csv)`,
			`data/enterprises.csv:5:40: warning: address: address not known (hint: import-registry fills in credit codes, industries and addresses from a spreadsheet)`,
			`data/enterprises.csv:6:1: uscc: duplicate enterprise 91449901MA59AB121C, first at data/enterprises.csv:2`,
			`data/enterprises.csv:6:51: warning: address: address not known (hint: import-registry fills in credit codes, industries and addresses from a spreadsheet)`,
		}},
	{"duplicate codes", map[string]string{
		"data/cities.csv":     "code,name\n440100,广州市\n440300,深圳市\n440100,广州\n",
		"data/industries.csv": "code,name\n1713,棉印染精加工\n3360,金属表面处理\n1713,印染\n",
	}, []string{
		`data/cities.csv:4:1: code: duplicate city code 440100, first at data/cities.csv:2`,
		`data/industries.csv:4:1: code: duplicate industry code 1713, first at data/industries.csv:2`,
	}},
	{"agencies and calendar", map[string]string{
		"data/agencies.csv": "id,name,city\nag01,咨询甲,440100\nag01,咨询乙,440999\n",
		"data/calendar.csv": "date,kind\n2009-05-01,休\n2009-05-01,休\n2010-02-22,班\n",
	}, []string{
		`data/agencies.csv:3:1: id: duplicate agency ag01, first at data/agencies.csv:2`,
		`data/agencies.csv:3:10: city: unknown city code "440999" (hint: the cities are listed in data/cities.csv)`,
		`data/calendar.csv:3:1: date: 2009-05-01 appears twice, first at data/calendar.csv:2`,
		`data/calendar.csv:4:12: kind: 2010-02-22 is a weekday (hint: 班 marks a Saturday or Sunday that is a working day)`,
	}},
	{"list members", map[string]string{"data/lists/2009-1.csv": "uscc,name,control_level,reasons\n" +
		dye + ",广州市示例染整有限公司,省控,超标排放\n" +
		plate + ",深圳市示例电镀有限公司 (宝安),市控,涉重金属\n" +
		plate + ",深圳市示例电镀有限公司（宝安）,市控,涉重金属\n" +
		unregistered + ",新公司,市控,高耗能\n"},
		[]string{
			`data/lists/2009-1.csv:2:20: name: "广州市示例染整有限公司" differs from the registry name "广州市示例印染有限公司" (data/enterprises.csv:2) (hint: names are compared ignoring brackets, spaces and width; correct the list or the registry)`,
			`data/lists/2009-1.csv:4:1: uscc: 91449903708461C363 is listed twice in 2009-1, first at data/lists/2009-1.csv:3`,
			`data/lists/2009-1.csv:5:1: uscc: 91449906MA4W5Y3U8W is not in the enterprise registry (hint: add the enterprise to data/enterprises.csv)`,
		}},
	{"list source link", map[string]string{"data/lists/2010-1.yaml": "id: 2010-1\ntitle: 第二批\nissuer: 广东省环境保护厅\n" +
		"doc_number: 粤环〔2010〕12号\npublished: 2010-03-15\nsource_url: \"data:text/html,<script>alert(1)</script>\"\n"},
		[]string{`data/lists/2010-1.yaml:6:13: source_url: "data:text/html,<script>alert(1)</script>" is not an http(s) URL (hint: source links are absolute http:// or https:// URLs)`}},
	{"audit events", map[string]string{"data/audits.csv": "uscc,batch,event,date,doc_number,agency\n" +
		dye + ",2009-1,started,2009-03-15,,ag01\n" +
		dye + ",2009-1,evaluated,2009-12-01,,\n" +
		dye + ",2009-1,report_submitted,2010-01-20,,\n" +
		dye + ",2009-1,accepted,2009-03-01,,\n" +
		dye + ",2010-1,started,2010-04-01,,\n" +
		plate + ",2009-1,disclosed,2008-12-30,,\n" +
		plate + ",2009-1,failed,2009-06-01,,ag02\n" +
		plate + ",2011-1,started,2011-05-01,,\n" +
		"9144010IMA59AB121K,2009-1,started,2009-03-01,,\n"},
		[]string{
			`data/audits.csv:3:37: date: evaluated on 2009-12-01 is before report_submitted on 2010-01-20 (data/audits.csv:4)`,
			`data/audits.csv:5:27: warning: event: accepted on 2009-03-01 while 2 medium/high-cost options of 91449901MA59AB121C in 2009-1 were unfinished (F01, F02) (hint: the notice has an enterprise apply for acceptance once its medium/high-cost options are implemented)`,
			`data/audits.csv:5:36: date: accepted on 2009-03-01 is before evaluated on 2009-12-01 (data/audits.csv:3)`,
			`data/audits.csv:6:20: batch: 91449901MA59AB121C is not on list 2010-1 (hint: add it to data/lists/2010-1.csv or correct the list)`,
			`data/audits.csv:7:37: date: 2008-12-30 is before list 2009-1 was published on 2009-01-31`,
			`data/audits.csv:8:27: event: failed without a report_submitted event for 91449903708461C363 in 2009-1 (hint: add the report_submitted event to data/audits.csv)`,
			`data/audits.csv:8:46: agency: unknown agency "ag02" (hint: the agencies are listed in data/agencies.csv)`,
			`data/audits.csv:9:20: batch: unknown list "2011-1" (hint: the lists are the files data/lists/<id>.yaml)`,
			`data/audits.csv:10:1: uscc: credit code "9144010IMA59AB121K": character 8 'I' is not allowed (I, O, S, V and Z are not used in credit codes)`,
		}},
	{"options", map[string]string{"data/options.csv": optHeader +
		dye + ",2009-1,F01,t,中费,120,completed,2010-06-30,,,,,,,,\n" +
		dye + ",2009-1,F02,t,无低费,1,planned,2008-12-31,2010-01-01,,,,,,,\n" +
		dye + ",2009-1,F01,t,中费,1,cancelled,,,,,,,,,\n" +
		plate + ",2010-1,F01,t,中费,1,planned,,,,,,,,,\n" +
		dye + ",2010-1,F01,t,中费,1,planned,,,,,,,,,\n"},
		[]string{
			`data/options.csv:2:61: completed: value is missing; the status is completed`,
			`data/options.csv:3:47: planned: 2008-12-31 is before list 2009-1 was published on 2009-01-31`,
			`data/options.csv:3:58: completed: set, but the status is planned (hint: a completion date goes with status completed)`,
			`data/options.csv:4:27: option_id: duplicate option F01 for 91449901MA59AB121C in 2009-1, first at data/options.csv:2`,
			`data/options.csv:6:20: batch: 91449901MA59AB121C is not on list 2010-1 (hint: add it to data/lists/2010-1.csv or correct the list)`,
		}},
	{"disclosures", map[string]string{"data/disclosures.csv": discHeader +
		dye + ",2009,化学需氧量,DW001,间接排放,95,mg/m³,80,,,GB,2009-02-20,https://example.org/d/1\n" +
		dye + ",2009,二氧化硫,DA001,有组织排放,35,,50,,,GB,2009-02-20,javascript:alert(1)\n" +
		dye + ",2009,化学需氧量,DW001,间接排放,,,,,,,,\n" +
		dye + ",2009,氨氮,DW001,间接排放,,,,,,,,/d/1\n" +
		unregistered + ",2009,氨氮,DW001,间接排放,,,,,,,,https://example.org/d/2\n"},
		[]string{
			`data/disclosures.csv:2:45: unit: "mg/m³" is not the unit of 化学需氧量 (mg/L) (hint: write the unit exactly as mg/L)`,
			`data/disclosures.csv:3:45: unit: value is missing; 二氧化硫 concentrations are in mg/m³`,
			`data/disclosures.csv:3:65: source_url: "javascript:alert(1)" is not an http(s) URL (hint: source links are absolute http:// or https:// URLs)`,
			`data/disclosures.csv:4:25: pollutant: duplicate disclosure of 化学需氧量 at outlet "DW001" in 2009, first at data/disclosures.csv:2`,
			`data/disclosures.csv:5:46: source_url: "/d/1" is not an http(s) URL (hint: source links are absolute http:// or https:// URLs)`,
			`data/disclosures.csv:6:1: uscc: 91449906MA4W5Y3U8W is not in the enterprise registry (hint: add the enterprise to data/enterprises.csv)`,
		}},
	{"site", map[string]string{"data/site.yaml": "title: 门户\nprovince: 广东省\nemail: cp-audit(at)example.org\nbase_url: ftp://example.org/\n"},
		[]string{
			`data/site.yaml:3:8: email: "cp-audit(at)example.org" is not an e-mail address (hint: write a bare address such as cp-audit@example.org)`,
			`data/site.yaml:4:11: base_url: "ftp://example.org/" is not an absolute http(s) URL (hint: e.g. https://cp.example.gov.cn/, or leave base_url out)`,
		}},
	{"case study", map[string]string{"content/cases/test-case.md": caseFront + caseBody + strings.Join([]string{
		"[a](/enterprises/91440101MA59AB121X/)",
		"[b](/enterprises/" + unregistered + "/)",
		"[c](/lists/2011-1/)",
		"[d](/cities/440199/)",
		"[e](/industries/0000/)",
		"[f](/enterprises/" + dye + "/extra/)",
		"[ok](/lists/2009-1/) [ok](/industries/1713/) [ok](/cities/440300/) [ok](/enterprises/" + plate + "/) [ok](/enterprises/)",
	}, "\n") + "\n"},
		[]string{
			`content/cases/test-case.md:3:7: uscc: 91449906MA4W5Y3U8W is not in the enterprise registry (hint: add the enterprise to data/enterprises.csv)`,
			`content/cases/test-case.md:4:11: industry: unknown industry code "9999" (hint: the industries are listed in data/industries.csv)`,
			`content/cases/test-case.md:20:1: link: /enterprises/91440101MA59AB121X/: credit code "91440101MA59AB121X": check character (position 18) is X, want K`,
			`content/cases/test-case.md:21:1: link: /enterprises/91449906MA4W5Y3U8W/ names no enterprise in the registry`,
			`content/cases/test-case.md:22:1: link: /lists/2011-1/ names no list`,
			`content/cases/test-case.md:23:1: link: /cities/440199/ names no city`,
			`content/cases/test-case.md:24:1: link: /industries/0000/ names no industry`,
			`content/cases/test-case.md:25:1: link: /enterprises/91449901MA59AB121C/extra/ leads to no page`,
		}},
}

func TestValidate(t *testing.T) {
	for _, tt := range validateCases {
		t.Run(tt.name, func(t *testing.T) {
			compare(t, check(t, fixture.SourceWith(tt.files)), tt.want)
		})
	}
}

// TestEverythingAtOnce breaks every file the cases above break, in one source folder: the
// report holds every problem of every case, sorted by file, line and column.
func TestEverythingAtOnce(t *testing.T) {
	files := map[string]string{}
	var want []string
	for _, tt := range validateCases {
		for name, text := range tt.files {
			if _, dup := files[name]; dup {
				t.Fatalf("case %q breaks %s, which another case breaks too", tt.name, name)
			}
			files[name] = text
		}
		want = append(want, tt.want...)
	}
	got := check(t, fixture.SourceWith(files))
	ds, _ := load.Load(fixture.SourceWith(files))
	sorted := Validate(ds)
	if !slices.IsSortedFunc(sorted, func(a, b domain.Problem) int {
		return cmp.Or(strings.Compare(a.Pos.File, b.Pos.File), cmp.Compare(a.Pos.Line, b.Pos.Line), cmp.Compare(a.Pos.Col, b.Pos.Col))
	}) {
		t.Error("problems are not sorted by file, line and column")
	}
	// Warnings that records of two cases give together (an acceptance of one case and the
	// options of another) have tests of their own; here the errors must add up.
	errorsOnly := func(ps []string) []string {
		return slices.DeleteFunc(ps, func(p string) bool { return strings.Contains(p, ": warning: ") })
	}
	got, want = errorsOnly(got), errorsOnly(want)
	slices.Sort(got)
	slices.Sort(want)
	compare(t, got, want)
	if len(got) < 40 {
		t.Errorf("only %d problems", len(got))
	}
}

// TestBaseURLMustBeAbsolute: a site path as base_url would leave feeds and sitemaps
// pointing nowhere; only an absolute http(s) URL (or no base_url) is accepted.
func TestBaseURLMustBeAbsolute(t *testing.T) {
	for _, c := range []struct{ value, want string }{
		{"/portal/", `data/site.yaml:4:11: base_url: "/portal/" is not an absolute http(s) URL (hint: e.g. https://cp.example.gov.cn/, or leave base_url out)`},
		{"cp.example.gov.cn", `data/site.yaml:4:11: base_url: "cp.example.gov.cn" is not an absolute http(s) URL (hint: e.g. https://cp.example.gov.cn/, or leave base_url out)`},
		{"https://cp.example.gov.cn/", ""},
	} {
		files := map[string]string{"data/site.yaml": "title: 门户\nprovince: 广东省\nemail: cp-audit@example.org\nbase_url: " + c.value + "\n"}
		var want []string
		if c.want != "" {
			want = []string{c.want}
		}
		compare(t, check(t, fixture.SourceWith(files)), want)
	}
}
