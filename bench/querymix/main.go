package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
)

// frequent are words readers type that match many pages.
var frequent = []string{"审核", "印染", "化学需氧量", "COD", "电镀", "超标排放", "清洁生产", "二氧化硫",
	"氨氮", "镍", "造纸", "废水", "中高费方案", "逾期", "验收", "NOx", "VOCs", "总磷", "热电", "纺织"}

var levels = []string{"国控", "省控", "市控"}

func main() {
	source := flag.String("source", ".", "site root `DIR` holding data/")
	n := flag.Int("n", 2000, "number of requests to write")
	seed := flag.Uint64("seed", 7, "random seed")
	flag.Parse()
	if err := run(os.Stdout, *source, *n, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "querymix:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, source string, n int, seed uint64) error {
	ents, err := column(filepath.Join(source, "data", "enterprises.csv"), "uscc", "name")
	if err != nil {
		return err
	}
	cityRows, err := column(filepath.Join(source, "data", "cities.csv"), "name")
	if err != nil {
		return err
	}
	var cities []string
	for _, c := range cityRows {
		cities = append(cities, c[0])
	}
	if len(ents) == 0 || len(cities) == 0 {
		return fmt.Errorf("%s has no enterprises or no cities", source)
	}
	rng := rand.New(rand.NewPCG(seed, 2026))
	pick := func(s []string) string { return s[rng.IntN(len(s))] }
	for range n {
		v := url.Values{}
		switch r := rng.IntN(100); {
		case r < 30:
			v.Set("q", pick(frequent))
		case r < 55:
			v.Set("q", namePart(rng, []rune(ents[rng.IntN(len(ents))][1])))
		case r < 70:
			v.Set("q", ents[rng.IntN(len(ents))][0])
		case r < 90:
			v.Set("q", pick(frequent))
			switch rng.IntN(4) {
			case 0:
				v.Set("city", pick(cities))
			case 1:
				v.Set("type", "enterprise")
				v.Set("level", pick(levels))
			case 2:
				v.Set("year", strconv.Itoa(2009+rng.IntN(17)))
			default:
				v.Set("type", "enterprise")
				v.Set("overdue", "true")
			}
		default:
			v.Set("q", pick(frequent))
			v.Set("page", strconv.Itoa(2+rng.IntN(40)))
		}
		fmt.Fprintf(w, "/api/search?%s\n", v.Encode())
	}
	return nil
}

// namePart is two to four consecutive characters from the distinctive middle of a name:
// after the city prefix and before the company-form suffix, as readers remember names.
func namePart(rng *rand.Rand, name []rune) string {
	lo, hi := min(3, len(name)), max(len(name)-4, 0)
	if hi-lo < 2 {
		return string(name)
	}
	size := 2 + rng.IntN(3)
	start := lo + rng.IntN(max(hi-lo-size, 0)+1)
	return string(name[start:min(start+size, len(name))])
}

// column reads the named columns of a CSV file with a header row.
func column(path string, names ...string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	idx := make([]int, len(names))
	for i, name := range names {
		idx[i] = -1
		for j, h := range header {
			if h == name {
				idx[i] = j
			}
		}
		if idx[i] < 0 {
			return nil, fmt.Errorf("%s: no column %q", path, name)
		}
	}
	var out [][]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		row := make([]string, len(names))
		for i, j := range idx {
			row[i] = rec[j]
		}
		out = append(out, row)
	}
}
