package importer

import (
	"slices"
	"testing"

	"cpportal/domain"
)

func TestParseLevel(t *testing.T) {
	cases := map[string]domain.ControlLevel{
		"国控": domain.LevelState, "国家重点监控企业": domain.LevelState, "国家级": domain.LevelState, " 国家 重点监控 ": domain.LevelState,
		"省控": domain.LevelProvince, "省重点监控企业": domain.LevelProvince, "省级": domain.LevelProvince,
		"市控": domain.LevelCity, "市级": domain.LevelCity, "市重点监控单位": domain.LevelCity,
	}
	for in, want := range cases {
		if got, ok := ParseLevel(in); !ok || got != want {
			t.Errorf("ParseLevel(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "重点", "企业", "区控", "国控省控"} {
		if got, ok := ParseLevel(in); ok {
			t.Errorf("ParseLevel(%q) = %q, want not understood", in, got)
		}
	}
}

func TestParseReasons(t *testing.T) {
	cases := []struct {
		in      string
		want    []domain.Reason
		unknown []string
	}{
		{"双超", []domain.Reason{domain.ReasonOverStandard, domain.ReasonOverQuota}, nil},
		{"双有", []domain.Reason{domain.ReasonToxicInput, domain.ReasonToxicOutput}, nil},
		{"双超双有", []domain.Reason{domain.ReasonOverStandard, domain.ReasonOverQuota, domain.ReasonToxicInput, domain.ReasonToxicOutput}, nil},
		{"重金属", []domain.Reason{domain.ReasonHeavyMetal}, nil},
		{"涉重金属企业", []domain.Reason{domain.ReasonHeavyMetal}, nil},
		// Order follows domain.Reasons; repeats collapse; every separator works.
		{"高耗能；超总量、超标/超标排放", []domain.Reason{domain.ReasonOverStandard, domain.ReasonOverQuota, domain.ReasonEnergy}, nil},
		{"ｖｏｃｓ, 重点VOCs排放", []domain.Reason{domain.ReasonVOC}, nil},
		{"超标，其他; 待定", []domain.Reason{domain.ReasonOverStandard}, []string{"其他", "待定"}},
		{"", nil, nil},
	}
	for _, c := range cases {
		got, unknown := ParseReasons(c.in)
		if !slices.Equal(got, c.want) || !slices.Equal(unknown, c.unknown) {
			t.Errorf("ParseReasons(%q) = %q, %q; want %q, %q", c.in, got, unknown, c.want, c.unknown)
		}
	}
}

func TestHeaderMapping(t *testing.T) {
	cases := map[string]Field{
		"序号": FieldSeq, "企业名称": FieldName, "单位名称": FieldName, "企业（单位）名称": FieldName,
		"企业(单位)名称": FieldName, " 企 业 名 称 ": FieldName, "企业名称*": FieldName,
		"统一社会信用代码": FieldUSCC, "信用代码": FieldUSCC,
		"地市": FieldRegion, "所在地": FieldRegion, "所在地市": FieldRegion, "县（市、区）": FieldRegion,
		"县(市、区)": FieldRegion, "地区": FieldRegion, "所属地区": FieldRegion,
		"行业": FieldIndustry, "所属行业": FieldIndustry, "行业类别": FieldIndustry,
		"列入原因": FieldReasons, "审核原因": FieldReasons, "类型": FieldReasons, "列入类型": FieldReasons,
		"监管级别": FieldLevel, "类别": FieldLevel, "控制级别": FieldLevel,
		"备注": FieldUnknown, "联系电话": FieldUnknown, "": FieldUnknown,
	}
	for title, want := range cases {
		if got := fieldOfHeader(title); got != want {
			t.Errorf("fieldOfHeader(%q) = %q, want %q", title, got, want)
		}
	}
}

func TestSecondColumnForAFieldIsReported(t *testing.T) {
	g := grid{rows: [][]string{{"企业名称", "单位名称", "地市", "县（市、区）"}, {"某某甲有限公司", "某某甲", "某某市", "某某区"}}, locs: []Loc{{N: 1}, {N: 2}}}
	tb, ok := buildTable("x.csv", []grid{g})
	if !ok {
		t.Fatal("no table")
	}
	if got := tb.Unmapped(); !slices.Equal(got, []string{"单位名称"}) {
		t.Errorf("unmapped = %q, want the second name column", got)
	}
	if got := tb.Value(tb.Rows[0], FieldName); got != "某某甲有限公司" {
		t.Errorf("name = %q, want the first name column's", got)
	}
	if got := tb.Value(tb.Rows[0], FieldRegion); got != "某某市 某某区" {
		t.Errorf("region = %q, want both region columns", got)
	}
}

func TestCleanCell(t *testing.T) {
	cases := map[string]string{
		"  某某 有限 公司 ":    "某某有限公司",
		"某某\u3000有限公司":   "某某有限公司",
		"某某（佛山） 有限公司":    "某某（佛山）有限公司",
		"Co.,\u00a0 Ltd": "Co., Ltd",
		"某某 (佛山) 有限公司":   "某某 (佛山) 有限公司",
		"\n\t":           "",
		"ABC 某某公司":       "ABC 某某公司",
	}
	for in, want := range cases {
		if got := cleanCell(in); got != want {
			t.Errorf("cleanCell(%q) = %q, want %q", in, got, want)
		}
	}
}
