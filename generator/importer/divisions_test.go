package importer

import (
	"bytes"
	"encoding/csv"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"cpportal/domain"
)

// TestCountiesTable checks the built-in table against what is publicly known of Guangdong:
// 122 county-level divisions (65 districts, 20 county-level cities, 37 counties of which 3
// autonomous), codes unique and inside their city's code, every city of the province but
// 东莞市 and 中山市 holding some.
func TestCountiesTable(t *testing.T) {
	counties := Counties()
	if len(counties) != 122 {
		t.Fatalf("%d county-level divisions, want 122", len(counties))
	}
	kinds := map[string]int{}
	codes, names := map[string]bool{}, map[string]bool{}
	perCity := map[string]int{}
	for _, c := range counties {
		if codes[c.Code] || names[c.Name] {
			t.Errorf("%s %s appears twice", c.Code, c.Name)
		}
		codes[c.Code], names[c.Name] = true, true
		if !strings.HasPrefix(c.Code, c.City[:4]) || len(c.Code) != 6 {
			t.Errorf("%s %s is not in city %s", c.Code, c.Name, c.City)
		}
		last, _ := utf8.DecodeLastRuneInString(c.Name)
		kinds[string(last)]++
		perCity[c.City]++
	}
	if kinds["区"] != 65 || kinds["市"] != 20 || kinds["县"] != 37 {
		t.Errorf("kinds %v, want 65 区, 20 市, 37 县", kinds)
	}
	// the 21 prefecture-level cities with their real division codes, as the bundled data lists them
	cities, err := os.ReadFile("../../data/cities.csv")
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := csv.NewReader(bytes.NewReader(cities)).ReadAll()
	for _, row := range rows[1:] {
		switch code := row[0]; {
		case code == "441900" || code == "442000":
			if perCity[code] != 0 {
				t.Errorf("%s %s has no county level, the table gives it %d", code, row[1], perCity[code])
			}
		case perCity[code] == 0:
			t.Errorf("%s %s has no county-level division in the table", code, row[1])
		}
		delete(perCity, row[0])
	}
	for code := range perCity {
		t.Errorf("city %s of the table is not a city of Guangdong", code)
	}
}

func TestPlace(t *testing.T) {
	d := newDivisions([]domain.City{{Code: "440600", Name: "佛山市"}, {Code: "441200", Name: "肇庆市"}, {Code: "440100", Name: "广州市"}, {Code: "441500", Name: "汕尾市"}})
	for region, want := range map[string][2]string{
		"南海区":     {"440600", "南海区"},
		"南海":      {"440600", "南海区"},
		"南海市":     {"440600", "南海区"}, // before 2002
		"佛山市南海区":  {"440600", "南海区"},
		"佛山 南海区":  {"440600", "南海区"},
		"佛山市":     {"440600", ""},
		"佛山":      {"440600", ""},
		"高要市":     {"441200", "高要区"},
		"萝岗区":     {"440100", "黄埔区"},
		"城区":      {"441500", "城区"},
		"城":       {"", ""},
		"某某县":     {"", ""},
		"宝安区":     {"", "宝安区"}, // a real county of a city the source does not hold
		"":        {"", ""},
		"（南海区）":   {"440600", "南海区"},
		"佛山市/顺德区": {"440600", "顺德区"},
		"广州市 南海区": {"", ""}, // contradictory: the county is not in that city
	} {
		city, county := d.place(region)
		if city != want[0] || county != want[1] {
			t.Errorf("place(%q) = %q, %q; want %q, %q", region, city, county, want[0], want[1])
		}
	}
}

// FuzzPlace feeds region cells as notices might hold them: place never panics and only
// returns cities of the source.
func FuzzPlace(f *testing.F) {
	for _, s := range []string{"南海区", "佛山市南海区", "佛山 南海", "城区", "（）", "市", "区县"} {
		f.Add(s)
	}
	d := newDivisions([]domain.City{{Code: "440600", Name: "佛山市"}, {Code: "441500", Name: "汕尾市"}})
	f.Fuzz(func(t *testing.T, region string) {
		city, _ := d.place(region)
		if city != "" && city != "440600" && city != "441500" {
			t.Errorf("place(%q) = %q, not a city of the source", region, city)
		}
	})
}

// TestCountiesEnglish checks the romanised names: one per division, unique, in ASCII, and of
// the division's kind (区 District, 市 county-level City, 县 County, 自治县 Autonomous County).
func TestCountiesEnglish(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range Counties() {
		if c.NameEn == "" || seen[c.NameEn] {
			t.Errorf("%s %s: English name %q missing or repeated", c.Code, c.Name, c.NameEn)
		}
		seen[c.NameEn] = true
		for _, r := range c.NameEn {
			if r > 127 {
				t.Errorf("%s %s: %q is not plain romanisation", c.Code, c.Name, c.NameEn)
				break
			}
		}
		var suffix string
		switch {
		case strings.HasSuffix(c.Name, "自治县"):
			suffix = " Autonomous County"
		case strings.HasSuffix(c.Name, "区"):
			suffix = " District"
		case strings.HasSuffix(c.Name, "市"):
			suffix = " City (county-level)"
		case strings.HasSuffix(c.Name, "县"):
			suffix = " County"
		}
		if !strings.HasSuffix(c.NameEn, suffix) {
			t.Errorf("%s %s: %q does not end in %q", c.Code, c.Name, c.NameEn, suffix)
		}
	}
	for code, want := range map[string]string{
		"440606": "Shunde District", "440781": "Taishan City (county-level)",
		"441826": "Liannan Yao Autonomous County", "440281": "Lechang City (county-level)",
		"445303": "Yun'an District",
	} {
		found := false
		for _, c := range Counties() {
			if c.Code == code {
				found = c.NameEn == want
			}
		}
		if !found {
			t.Errorf("%s: English name is not %q", code, want)
		}
	}
}

func TestCountyEn(t *testing.T) {
	for _, tc := range []struct{ city, county, want string }{
		{"440600", "顺德区", "Shunde District"},
		{"440600", "顺德", "Shunde District"},
		{"440600", "顺德市", "Shunde District"}, // as it was before 2003
		{"440600", "佛山市顺德区", "Shunde District"},
		{"440600", "（南海区）", "Nanhai District"},
		{"440700", "台山市", "Taishan City (county-level)"},
		{"441800", "连南瑶族自治县", "Liannan Yao Autonomous County"},
		{"441500", "城区", "Chengqu District"},
		{"440100", "萝岗区", "Huangpu District"},
		{"440100", "顺德区", ""}, // not a county of that city
		{"441900", "虎门镇", ""}, // a town of a city without counties
		{"440600", "", ""},
	} {
		if got := CountyEn(tc.city, tc.county); got != tc.want {
			t.Errorf("CountyEn(%s, %q) = %q, want %q", tc.city, tc.county, got, tc.want)
		}
	}
}
