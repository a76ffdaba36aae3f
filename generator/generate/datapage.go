package generate

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"cpportal/generator/feeds"
	"cpportal/generator/opendata"
	"cpportal/search/contract"
)

// dataPage is the front matter of /data/, the page documenting the downloads. Its figures
// (files, sizes, digests, row counts, fields in both languages) are catalogue.json as package
// opendata wrote it, carried over unchanged, so the page cannot disagree with the files.
type dataPage struct {
	Title  string `json:"title"`
	Layout string `json:"layout"`
	Search search `json:"search"`
	// Catalogue is static/data/catalogue.json, verbatim.
	Catalogue json.RawMessage `json:"catalogue"`
	// JSONLD is static/data/dataset.jsonld, compact and with <, > and & escaped, so that it
	// can stand inside <script type="application/ld+json"> without ending the element.
	JSONLD string `json:"jsonld"`
}

// writeOpenData writes the downloads (static/data/) and the Atom feeds (static/feeds/), and
// the /data/ page from the catalogue of the downloads, and returns what it wrote. It runs
// beside the page writers (Write), with its own writer and without touching g.stats, and
// before the source's static/ files are copied; copying never replaces a file, so no source
// file can stand in for a download or a feed.
func (g *generator) writeOpenData() (opendata.Stats, feeds.Stats, error) {
	static := filepath.Join(g.files.root, "static")
	ost, err := opendata.Write(filepath.Join(static, "data"), g.in.Dataset, g.in.Facts, opendata.Options{})
	if err != nil {
		return ost, feeds.Stats{}, err
	}
	fst, err := feeds.Write(filepath.Join(static, "feeds"), g.in.Dataset, g.in.Facts, feeds.Options{})
	if err != nil {
		return ost, fst, err
	}
	catalogue, err := os.ReadFile(filepath.Join(static, "data", "catalogue.json"))
	if err != nil {
		return ost, fst, err
	}
	ld, err := os.ReadFile(filepath.Join(static, "data", "dataset.jsonld"))
	if err != nil {
		return ost, fst, err
	}
	var compact, escaped bytes.Buffer
	if err := json.Compact(&compact, ld); err != nil {
		return ost, fst, fmt.Errorf("dataset.jsonld: %w", err)
	}
	json.HTMLEscape(&escaped, compact.Bytes())
	p := dataPage{
		Title: "开放数据下载", Layout: "data", Search: searchOf(contract.TypePage, "data"),
		Catalogue: catalogue, JSONLD: escaped.String(),
	}
	return ost, fst, g.files.writer().page("content/data.md", p, "")
}
