package importer

import (
	"strings"

	"cpportal/domain"
)

// foldValue brings a published value to the form the alias tables use: brackets, widths and
// spaces folded, Latin letters upper case, and a trailing 企业 or 单位 ("… enterprise") dropped.
func foldValue(s string) string {
	s = strings.ToUpper(domain.NormalizeName(s))
	for _, suffix := range []string{"企业", "单位"} {
		if t := strings.TrimSuffix(s, suffix); t != "" {
			s = t
		}
	}
	return s
}

// levelAliases are the ways notices write the supervision level.
var levelAliases = map[string]domain.ControlLevel{}

func init() {
	for level, names := range map[domain.ControlLevel][]string{
		domain.LevelState:    {"国控", "国家", "国家级", "国家重点监控", "国家重点", "国控重点", "国家重点排污", "国家重点监控污染源", "国家重点监控排污"},
		domain.LevelProvince: {"省控", "省", "省级", "省重点监控", "省重点", "省控重点", "省级重点监控", "省重点监控污染源", "省重点排污"},
		domain.LevelCity:     {"市控", "市", "市级", "市重点监控", "市重点", "市控重点", "市级重点监控", "市重点监控污染源", "市重点排污"},
	} {
		for _, n := range names {
			levelAliases[foldValue(n)] = level
		}
	}
}

// ParseLevel maps a published supervision level (国家重点监控企业, 省控 …) to the domain's
// level. It reports false for an empty value or one it does not know.
func ParseLevel(s string) (domain.ControlLevel, bool) {
	l, ok := levelAliases[foldValue(s)]
	return l, ok
}

// reasonAliases are the ways notices write why an enterprise is listed; one published reason
// may stand for several of the domain's (双超 is over the standard and over the quota).
var reasonAliases = map[string][]domain.Reason{}

func init() {
	both := func(rs ...domain.Reason) []domain.Reason { return rs }
	for names, reasons := range map[string][]domain.Reason{
		"超标排放 超标 排放超标 污染物排放超标 超标准排放 超过排放标准 浓度超标":                        {domain.ReasonOverStandard},
		"超总量排放 超总量 超过总量 总量超标 超过总量控制指标 超过重点污染物排放总量控制指标 超总量控制":            {domain.ReasonOverQuota},
		"使用有毒有害原料 使用有毒有害原材料 有毒有害原料 有毒有害原材料 使用有毒有害物质":                    {domain.ReasonToxicInput},
		"排放有毒有害物质 排放有毒有害污染物 有毒有害物质排放 排放有毒有害":                            {domain.ReasonToxicOutput},
		"高耗能 高能耗 能耗超标 超过能耗限额 超过单位产品能源消耗限额标准 超能耗":                        {domain.ReasonEnergy},
		"涉重金属 重金属 涉重 重金属排放 排放重金属 涉重金属排放 重点重金属":                          {domain.ReasonHeavyMetal},
		"重点VOCS排放 VOCS VOCS排放 重点VOCS 涉VOCS VOC 挥发性有机物 挥发性有机物排放 涉挥发性有机物": {domain.ReasonVOC},
		"双超":   both(domain.ReasonOverStandard, domain.ReasonOverQuota),
		"双有":   both(domain.ReasonToxicInput, domain.ReasonToxicOutput),
		"双超双有": both(domain.ReasonOverStandard, domain.ReasonOverQuota, domain.ReasonToxicInput, domain.ReasonToxicOutput),
	} {
		for _, n := range strings.Fields(names) {
			reasonAliases[foldValue(n)] = reasons
		}
	}
}

// reasonSeparators split a cell that gives several reasons.
const reasonSeparators = ";；、,，/／\n"

// ParseReasons maps a published reasons cell ("双超；重金属") to the domain's reasons, in the
// order the site shows them and without repeats, and returns the parts it did not understand
// as written.
func ParseReasons(s string) (reasons []domain.Reason, unknown []string) {
	seen := map[domain.Reason]bool{}
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(reasonSeparators, r) }) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		rs, ok := reasonAliases[foldValue(part)]
		if !ok {
			unknown = append(unknown, part)
			continue
		}
		for _, r := range rs {
			seen[r] = true
		}
	}
	for _, r := range domain.Reasons {
		if seen[r] {
			reasons = append(reasons, r)
		}
	}
	return reasons, unknown
}
