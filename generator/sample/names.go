package sample

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"cpportal/domain"
)

// Placeholder is the word every generated enterprise and agency name carries: 某某 ("so-and-so")
// marks a name as made up, the way Chinese documents anonymise a party.
const Placeholder = "某某"

// FictionalDivision is the division-code stem of every generated credit code (positions 3–6).
// 44 is Guangdong, but Guangdong has no prefecture 99, so no registering authority has this
// code and no real enterprise can hold a code that starts with it. Positions 7–8 are the
// city's position (01–21) in the code order of cities.csv.
const FictionalDivision = "4499"

// ReservedBrand is the brand of the one enterprise the search tests look for
// (佛山市某某千百丽纺织印染有限公司); no other enterprise draws it.
const ReservedBrand = "千百丽"

// brandChars are characters Chinese firms like in their trade names.
var brandChars = []rune("华兴丰达宏盛鑫永泰利源祥隆昌德信嘉恒俊美金新诚辉明瑞佳富裕通和安志海天宝丽雅景翔鹏骏锦荣升益南粤百千万合众创立博晟卓凯汇联广东星光彩伟豪顺发龙腾")

// brand draws a trade name of two or three characters.
func brand(rng *rand.Rand) string {
	for {
		n := 2 + rng.IntN(2)
		var b strings.Builder
		for range n {
			b.WriteRune(brandChars[rng.IntN(len(brandChars))])
		}
		if s := b.String(); s != ReservedBrand && !strings.Contains(s, Placeholder[:3]) {
			return s
		}
	}
}

// codeSymbols are the symbols of the credit-code alphabet (GB 32100-2015).
const codeSymbols = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// creditCode makes a valid credit code in the fictional division of the given city (0-based
// position in cities): positions 1–2 the entity type, 3–8 4499 and the city's ordinal, 9–16 a
// seeded organisation code (older ones all digits, newer ones the MA… form), 17–18 computed.
func creditCode(rng *rand.Rand, entityType string, cityPos int) string {
	var org strings.Builder
	if rng.Float64() < 0.45 {
		org.WriteString("MA")
		for range 6 {
			org.WriteByte(codeSymbols[rng.IntN(len(codeSymbols))])
		}
	} else {
		org.WriteByte(byte('1' + rng.IntN(9)))
		for range 7 {
			org.WriteByte(byte('0' + rng.IntN(10)))
		}
	}
	code, err := domain.CompleteUSCC(fmt.Sprintf("%s%s%02d%s", entityType, FictionalDivision, cityPos+1, org.String()))
	if err != nil {
		panic(err) // the prefix is built from the code's own alphabet
	}
	return code
}

// entityForm chooses the entity type (positions 1–2 of the credit code) and the organisation
// form that ends the name: mostly companies (91), some sole proprietorships (92) in small-plant
// industries, a few public institutions (12) among power and sugar plants and farmers'
// co-operatives (93) in sugar.
func entityForm(rng *rand.Rand, ind *industry) (entityType, form string) {
	r := rng.Float64()
	switch {
	case r < 0.06 && (ind.code == "3360" || ind.code == "2319" || ind.code == "1713" || ind.code == "1910" || ind.code == "3071"):
		return "92", "厂"
	case r < 0.08 && (ind.code == "4411" || ind.code == "4412" || ind.code == "1340"):
		return "12", "厂"
	case r < 0.12 && ind.code == "1340":
		return "93", "专业合作社"
	}
	switch r := rng.Float64(); {
	case r < 0.14:
		return "91", "股份有限公司"
	case r < 0.28:
		return "91", "有限责任公司"
	}
	return "91", "有限公司"
}

var (
	parkWords = []string{"工业园", "工业区", "科技园", "产业园", "工业集聚区"}
	roadWords = []string{"兴业", "创业", "环保", "科技", "发展", "新材料", "工业", "富民", "振兴", "前进", "和谐", "共富"}
	roadKinds = []string{"路", "大道", "街"}
)

// address makes a street address that names the city and county but a placeholder park.
func address(rng *rand.Rand, c *city, county string) string {
	return fmt.Sprintf("%s%s%s%s%s%s%d号", c.name, county, Placeholder,
		parkWords[rng.IntN(len(parkWords))], roadWords[rng.IntN(len(roadWords))],
		roadKinds[rng.IntN(len(roadKinds))], 1+rng.IntN(188))
}

var agencyForms = []string{"环境技术咨询有限公司", "环保科技有限公司", "节能环保技术服务有限公司", "清洁生产技术咨询有限公司", "环境工程有限公司"}
