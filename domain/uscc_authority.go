package domain

import (
	"fmt"
	"strings"
)

// usccAuthority is a registration authority of GB 32100-2015 (position 1 of a credit code) with
// the entity types it registers (position 2). The standard defined 1, 5, 9 and Y; the amendment
// that followed added the authorities 2–4, 6–8, A and N. A code whose first two positions are
// not a pair listed here was not issued under the standard.
type usccAuthority struct {
	name  string
	types map[byte]string
}

var usccAuthorities = map[byte]usccAuthority{
	'1': {"机构编制", map[byte]string{'1': "机关", '2': "事业单位", '3': "中央编办直接管理机构编制的群众团体", '9': "其他"}},
	'2': {"外交", map[byte]string{'1': "外国常住新闻机构", '9': "其他"}},
	'3': {"司法行政", map[byte]string{'1': "律师执业机构", '2': "公证处", '3': "基层法律服务所", '4': "司法鉴定机构", '5': "仲裁委员会", '9': "其他"}},
	'4': {"文化", map[byte]string{'1': "外国在华文化中心", '9': "其他"}},
	'5': {"民政", map[byte]string{'1': "社会团体", '2': "民办非企业单位", '3': "基金会", '9': "其他"}},
	'6': {"旅游", map[byte]string{'1': "外国旅游部门常驻代表机构", '2': "港澳台地区旅游部门常驻内地（大陆）代表机构", '9': "其他"}},
	'7': {"宗教", map[byte]string{'1': "宗教活动场所", '2': "宗教院校", '9': "其他"}},
	'8': {"工会", map[byte]string{'1': "基层工会", '9': "其他"}},
	'9': {"工商", map[byte]string{'1': "企业", '2': "个体工商户", '3': "农民专业合作社"}},
	'A': {"中央军委改革和编制办公室", map[byte]string{'1': "军队事业单位", '9': "其他"}},
	'N': {"农业", map[byte]string{'1': "组级集体经济组织", '2': "村级集体经济组织", '3': "乡镇级集体经济组织", '9': "其他"}},
	'Y': {"其他", map[byte]string{'1': "其他"}},
}

// USCCEntityType names the registration authority and entity type of a credit code's first two
// positions ("工商/企业" for 91). It reports false when the standard defines no such pair.
func USCCEntityType(code string) (authority, entity string, ok bool) {
	if len(code) < 2 {
		return "", "", false
	}
	a, found := usccAuthorities[code[0]]
	if !found {
		return "", "", false
	}
	t, found := a.types[code[1]]
	if !found {
		return a.name, "", false
	}
	return a.name, t, true
}

// checkUSCCHead refuses a code of all zeros (its check characters are zeros too, so the sums
// alone accept it) and a code whose positions 1–2 are no registration authority and entity type
// of the standard. code is 18 symbols of the code's alphabet.
func checkUSCCHead(code string) error {
	if strings.Trim(code, "0") == "" {
		return fmt.Errorf("credit code %q is all zeros, a placeholder, not a code", code)
	}
	authority, _, ok := USCCEntityType(code)
	switch {
	case ok:
		return nil
	case authority == "":
		return fmt.Errorf("credit code %q: position 1 %q is no registration authority of GB 32100-2015 (1, 2, 3, 4, 5, 6, 7, 8, 9, A, N, Y)", code, code[0])
	default:
		return fmt.Errorf("credit code %q: position 2 %q is no entity type registered by %s (authority %c: %s)", code, code[1], authority, code[0], usccTypeList(code[0]))
	}
}

// usccTypeList lists the entity types of an authority in code order, "1, 2, 3".
func usccTypeList(authority byte) string {
	var codes []string
	for _, c := range "123456789" {
		if _, ok := usccAuthorities[authority].types[byte(c)]; ok {
			codes = append(codes, string(c))
		}
	}
	return strings.Join(codes, ", ")
}
