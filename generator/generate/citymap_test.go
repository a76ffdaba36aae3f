package generate

import (
	"encoding/csv"
	"os"
	"strings"
	"testing"
)

func TestEveryCityHasItsOwnTile(t *testing.T) {
	f, err := os.Open("../../data/cities.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[tile]string{}
	for _, r := range rows[1:] {
		code := strings.TrimPrefix(r[0], "\ufeff")
		pos, ok := cityTiles[code]
		if !ok {
			t.Errorf("city %s (%s) has no tile", code, r[1])
			continue
		}
		if other, dup := seen[pos]; dup {
			t.Errorf("cities %s and %s share the tile %v", other, code, pos)
		}
		if pos.col < 0 || pos.col >= mapCols || pos.row < 0 || pos.row >= mapRows {
			t.Errorf("city %s lies outside the map: %v", code, pos)
		}
		seen[pos] = code
	}
	if len(rows)-1 != 21 || len(cityTiles) != 21 {
		t.Errorf("%d cities, %d tiles; want 21 of each", len(rows)-1, len(cityTiles))
	}
}

func TestCityMapLinksEveryCityAndStatesItsFigure(t *testing.T) {
	g, f := testFrag(t)
	figs := g.cityFiguresOf()
	f.cityMap(figs)
	html := f.String()
	// 佛山市 in the fixture: both enterprises listed are overdue now; 广州市's one is not, and
	// 佛山市 has no disclosure rows to rate for completeness
	for _, want := range []string{
		`<figure class="map-fig" id="map-overdue">`, `<figure class="map-fig" id="map-exceeding">`, `<figure class="map-fig" id="map-completeness">`,
		`<a href="/cities/440600/"><title>佛山市 100.0%</title>`, `<a href="/cities/440100/"><title>广州市 0.0%</title>`, `<a href="/cities/440600/"><title>佛山市 —</title>`,
		`<a href="#map-exceeding">`, `<details class="map-table">`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("map lacks %s", want)
		}
	}
	if n := strings.Count(html, `<a href="/cities/440600/">`); n != 4 { // three maps and the table
		t.Errorf("佛山市 is linked %d times, want 4", n)
	}
	for _, c := range []struct {
		share float64
		class int
	}{{0, 0}, {0.19, 0}, {0.2, 1}, {0.5, 2}, {0.79, 3}, {0.8, 4}, {1, 4}} {
		if got := classOf(c.share); got != c.class {
			t.Errorf("classOf(%v) = %d, want %d", c.share, got, c.class)
		}
	}
}
