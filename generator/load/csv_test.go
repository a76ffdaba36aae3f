package load

import (
	"testing"
	"testing/fstest"

	"golang.org/x/text/encoding/simplifiedchinese"

	"cpportal/internal/fixture"
)

const (
	entHeader = "uscc,name,city,county,industry,control_level,address\n"
	// entRow's fields start at characters 1, 20, 32, 39, 43, 48 and 51.
	entRow      = "91449901MA59AB121C,广州市示例印染有限公司,440100,番禺区,1713,省控,广州市番禺区示例路1号\n"
	entColumns  = "uscc,name,city,county,industry,control_level,address,org_code,local_id"
	entColsHint = " (hint: the columns are " + entColumns + ")"
)

func gbk(s string) string {
	b, err := simplifiedchinese.GBK.NewEncoder().String(s)
	if err != nil {
		panic(err)
	}
	return b
}

// TestCSVProblems breaks one CSV file of the valid source at a time and checks the exact
// report: position in characters, field, message and hint.
func TestCSVProblems(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             []string
	}{
		{"byte-order mark and CRLF are fine", "data/enterprises.csv",
			"\ufeff" + "uscc,name,city,county,industry,control_level,address\r\n" +
				"91449901MA59AB121C,广州市示例印染有限公司,440100,番禺区,1713,省控,广州市番禺区示例路1号\r\n" +
				"91449903708461C363,深圳市示例电镀有限公司（宝安）,440300,宝安区,3360,市控,地址\r\n", nil},
		{"columns in another order", "data/cities.csv", "name,code\n广州市,440100\n深圳市,440300\n", nil},
		{"empty file", "data/enterprises.csv", "",
			[]string{"data/enterprises.csv:1:1: file is empty (hint: the first line is the header: " + entColumns + ")"}},
		{"unknown column", "data/enterprises.csv", entHeader[:len(entHeader)-1] + ",phone\n" + entRow[:len(entRow)-1] + ",020-1\n",
			[]string{`data/enterprises.csv:1:54: unknown column "phone"` + entColsHint}},
		{"missing column", "data/enterprises.csv", "uscc,name,city,county,industry,control_level\n91449901MA59AB121C,广州,440100,番禺区,1713,省控\n",
			[]string{`data/enterprises.csv:1:1: missing column "address"` + entColsHint}},
		{"column twice", "data/enterprises.csv", entHeader[:len(entHeader)-1] + ",name\n" + entRow[:len(entRow)-1] + ",x\n",
			[]string{`data/enterprises.csv:1:54: column "name" appears twice`}},
		{"wrong number of fields", "data/enterprises.csv", entHeader + entRow + "91449903708461C363,深圳,440300\n",
			[]string{`data/enterprises.csv:3:1: line has 3 fields, the header has 7 (hint: a value that contains a comma must be quoted ("a,b"))`}},
		{"bare quote", "data/enterprises.csv", entHeader + "91449901MA59AB121C,广州\"示例,440100,番禺区,1713,省控,地址\n" + entRow,
			[]string{`data/enterprises.csv:2:22: bare " in non-quoted-field (hint: a value that contains a quote must be quoted, with the quote doubled ("say ""hi"""))`}},
		{"unclosed quote", "data/enterprises.csv", entHeader + entRow + "91449903708461C363,\"深圳,440300,宝安区,3360,市控,地址\n",
			[]string{`data/enterprises.csv:3:20: this quote opens a value that is never closed (hint: close the value with a quote; a quote inside a quoted value is doubled ("say ""hi"""))`}},
		{"unclosed quote with lines after it", "data/enterprises.csv", entHeader + "91449903708461C363,深圳,440300,宝安区,3360,市控,\"地址\n" + entRow + entRow,
			[]string{`data/enterprises.csv:2:42: this quote opens a value that is never closed (hint: close the value with a quote; a quote inside a quoted value is doubled ("say ""hi"""))`}},
		{"GBK-encoded file", "data/enterprises.csv", entHeader + gbk(entRow),
			[]string{"data/enterprises.csv:2:20: file is not valid UTF-8 (hint: file looks GBK-encoded; save it as UTF-8)"}},
		{"other invalid bytes", "data/enterprises.csv", entHeader + "\xff\xfe\xff\n",
			[]string{"data/enterprises.csv:2:1: file is not valid UTF-8 (hint: save it as UTF-8)"}},
		{"missing value and bad enum", "data/enterprises.csv", entHeader + "91449901MA59AB121C,,440100,番禺区,1713,省級,\n",
			[]string{
				`data/enterprises.csv:2:20: name: value is missing`,
				`data/enterprises.csv:2:37: control_level: "省級" is not one of 国控, 省控, 市控`,
			}},
		{"line numbers after a multi-line value", "data/enterprises.csv", entHeader +
			"91449901MA59AB121C,广州市示例印染有限公司,440100,番禺区,1713,省控,\"广州市\n番禺区\"\n" +
			"91449903708461C363,深圳市示例电镀有限公司,440300,宝安区,3360,X,地址\n",
			[]string{`data/enterprises.csv:4:48: control_level: "X" is not one of 国控, 省控, 市控`}},
		{"reasons", "data/lists/2010-1.csv", "uscc,name,control_level,reasons\n" +
			"91449903708461C363,深圳市示例电镀有限公司（宝安）,市控,涉重金属;超排；涉重金属\n" +
			"91449901MA59AB121C,广州市示例印染有限公司,省控, ; \n",
			[]string{
				`data/lists/2010-1.csv:2:39: reasons: "涉重金属" is given twice`,
				`data/lists/2010-1.csv:2:39: reasons: "超排" is not one of 超标排放, 超总量排放, 使用有毒有害原料, 排放有毒有害物质, 高耗能, 涉重金属, 重点VOCs排放 (hint: reasons are separated by ; or ；)`,
				`data/lists/2010-1.csv:3:35: reasons: value is missing`,
			}},
		{"disclosure fields", "data/disclosures.csv",
			"uscc,year,pollutant,outlet,discharge_method,concentration,unit,limit,total_t,quota_t,standard,published,source_url\n" +
				"91449901MA59AB121C,09,COD,DW001,间接排放,\"1,5\",mg/L,80,,,GB 4287-2012,2009-02-20,https://example.org/d/1\n",
			[]string{
				`data/disclosures.csv:2:20: year: "09" is not a year written as YYYY`,
				`data/disclosures.csv:2:23: pollutant: "COD" is not one of 化学需氧量, 氨氮, 总磷, 总铬, 六价铬, 总镍, 总铜, 总铅, 总锌, 二氧化硫, 氮氧化物, 颗粒物, 挥发性有机物`,
				`data/disclosures.csv:2:38: concentration: "1,5" is not a number (hint: write a plain number with a dot as decimal separator, e.g. 1250.5)`,
			}},
		{"calendar", "data/calendar.csv", "date,kind\n2009-02-30,休\n2009-05-02,放\n",
			[]string{
				`data/calendar.csv:2:1: date: "2009-02-30" is not a date written as YYYY-MM-DD`,
				`data/calendar.csv:3:12: kind: "放" is not one of 休, 班`,
			}},
		{"industry code and guide", "data/industries.csv", "code,name,guide\n1713,棉印染精加工,Printing Dyeing\n3360,金属表面处理,\nABC,其他,\n",
			[]string{
				`data/industries.csv:2:13: guide: "Printing Dyeing" is not a page name (lower-case letters, digits and -) (hint: a guide is named by its file stem in content/guides/, e.g. printing-dyeing)`,
				`data/industries.csv:4:1: code: "ABC" is not an industry code (hint: GB/T 4754-2017 codes are a section letter or 2 to 4 digits, e.g. 1713)`,
			}},
		{"option numbers", "data/options.csv",
			"uscc,batch,option_id,title,cost_class,investment_wan,status,planned,completed,cod_t,so2_t,nox_t,nh3n_t,water_t,energy_tce,benefit_wan\n" +
				"91449901MA59AB121C,2009-1,F01,中水回用,中等,1.,done,,,.5,１２,NaN,Inf,1.2.3,,\n",
			[]string{
				`data/options.csv:2:36: cost_class: "中等" is not one of 无低费, 中费, 高费`,
				`data/options.csv:2:39: investment_wan: "1." is not a number (hint: write a plain number with a dot as decimal separator, e.g. 1250.5)`,
				`data/options.csv:2:42: status: "done" is not one of planned, in_progress, completed, cancelled`,
				`data/options.csv:2:49: cod_t: ".5" is not a number (hint: write a plain number with a dot as decimal separator, e.g. 1250.5)`,
				`data/options.csv:2:52: so2_t: "１２" is not a number (hint: write a plain number with a dot as decimal separator, e.g. 1250.5)`,
				`data/options.csv:2:55: nox_t: "NaN" is not a number (hint: write a plain number with a dot as decimal separator, e.g. 1250.5)`,
				`data/options.csv:2:59: nh3n_t: "Inf" is not a number (hint: write a plain number with a dot as decimal separator, e.g. 1250.5)`,
				`data/options.csv:2:63: water_t: "1.2.3" is not a number (hint: write a plain number with a dot as decimal separator, e.g. 1250.5)`,
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fixture.Source()
			fsys[tt.file] = &fstest.MapFile{Data: []byte(tt.text)}
			checkProblems(t, problemLines(fsys), tt.want)
		})
	}
}

func TestCSVCharacterColumns(t *testing.T) {
	fsys := fixture.Source()
	fsys["data/enterprises.csv"] = &fstest.MapFile{Data: []byte("\ufeff" + entHeader + entRow)}
	ds, ps := Load(fsys)
	if len(ps) != 0 {
		t.Fatal(ps.Error())
	}
	want := map[string]int{"uscc": 1, "name": 20, "city": 32, "county": 39, "industry": 43, "control_level": 48, "address": 51}
	src := ds.Enterprises[0].Src
	for field, col := range want {
		if p := src.At(field); p.Line != 2 || p.Col != col {
			t.Errorf("%s at %s, want line 2 column %d", field, p, col)
		}
	}
}

func TestParseNumber(t *testing.T) {
	good := map[string]float64{"0": 0, "12": 12, "0.35": 0.35, "1250.5": 1250.5, "007": 7}
	for s, want := range good {
		if got, msg, _ := parseNumber(s); msg != "" || got != want {
			t.Errorf("parseNumber(%q) = %v, %q; want %v", s, got, msg, want)
		}
	}
	for _, s := range []string{"-1", "+1", "1e3", "1,000", ".5", "5.", "1.2.3", "NaN", "Inf", "１", " 1", "0x10", "1_000", ""} {
		if _, msg, _ := parseNumber(s); msg == "" {
			t.Errorf("parseNumber(%q) accepted", s)
		}
	}
	if _, msg, _ := parseNumber("1" + string(make([]byte, 0)) + "9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999"); msg == "" {
		t.Error("a number beyond float64 range was accepted")
	}
}
