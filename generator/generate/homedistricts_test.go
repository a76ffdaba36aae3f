package generate

import (
	"strings"
	"testing"
)

// TestDistrictPickerLinksEveryDistrict: the home page lists each city's counties and
// districts in pinyin order with their enterprises; a district's link asks the results page
// for that city and district (no script needed) and names the city page filtered to it.
func TestDistrictPickerLinksEveryDistrict(t *testing.T) {
	g, f := testFrag(t)
	f.districtPicker(g.districtsOf())
	html := f.String()
	for _, want := range []string{
		`<summary>佛山市 <span class="count">2 家</span></summary>`,
		`<a href="/cities/440600/#enterprises">佛山市全部企业</a>`,
		`<a href="/search?city=%E4%BD%9B%E5%B1%B1%E5%B8%82&amp;county=%E5%8D%97%E6%B5%B7%E5%8C%BA&amp;type=enterprise" data-city-href="/cities/440600/?county=%E5%8D%97%E6%B5%B7%E5%8C%BA#enterprises">南海区</a> <span class="count">1</span>`,
		`data-city-href="/cities/440600/?county=%E9%A1%BA%E5%BE%B7%E5%8C%BA#enterprises">顺德区</a>`,
		`<summary>广州市 <span class="count">1 家</span></summary>`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the picker lacks %q:\n%s", want, html)
		}
	}
	if strings.Index(html, "南海区") > strings.Index(html, "顺德区") {
		t.Error("districts are not in pinyin order (南海 before 顺德)")
	}

	en, err := g.newPageBody("en")
	if err != nil {
		t.Fatal(err)
	}
	en.districtPicker(g.districtsOf())
	html = en.String()
	for _, want := range []string{`href="/en/search?city=`, `data-city-href="/en/cities/440600/?county=`, "Shunde District (顺德区)</a>", "2 enterprises"} {
		if !strings.Contains(html, want) {
			t.Errorf("the English picker lacks %q:\n%s", want, html)
		}
	}
}
