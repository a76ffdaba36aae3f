package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	keywordtok "github.com/blevesearch/bleve/v2/analysis/tokenizer/single"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
)

// Analyzer names registered in the index mapping. The choice was measured against the
// relevance table (testdata/relevance.tsv, see doc.go): bigrams alone miss single
// characters such as 镍, unigrams alone rank phrase-like matches poorly, so text is indexed
// twice.
const (
	// analyzerBigram: Unicode words, full-width folded to half-width, lower case, and
	// overlapping bigrams of consecutive ideographs (bleve's cjk analyzer). Two characters
	// separated by anything (a space, a block boundary) never form a bigram.
	analyzerBigram = cjk.AnalyzerName
	// analyzerUnigram: the same without bigrams, so every ideograph is its own term.
	analyzerUnigram = "zh_unigram"
	// analyzerCode: the whole value as one term, width and case folded, for record keys
	// (credit codes, batch ids) typed in any case or width.
	analyzerCode = "code"
)

// Stored and indexed field names.
const (
	fieldURL      = "url"
	fieldType     = "type"
	fieldTitle    = "title"
	fieldTitleUni = "title_uni"
	fieldBody     = "body"
	fieldBodyUni  = "body_uni"
	fieldID       = "id"
	fieldLang     = "lang"
)

// FacetNames are the facets every search reports, in display order. Each is a keyword
// field filled from the data-search-<name> attribute.
var FacetNames = []string{"type", "city", "county", "industry", "level", "status", "year", "reason", "overdue"}

// document is what one indexed page becomes. bleve reads it through the json names.
type document struct {
	URL      string   `json:"url"`
	Type     string   `json:"type"`
	Title    string   `json:"title"`
	Body     string   `json:"body"`
	ID       string   `json:"id,omitempty"`
	Lang     string   `json:"lang,omitempty"`
	City     []string `json:"city,omitempty"`
	Industry []string `json:"industry,omitempty"`
	Level    []string `json:"level,omitempty"`
	Year     []string `json:"year,omitempty"`
	Reason   []string `json:"reason,omitempty"`
	Overdue  []string `json:"overdue,omitempty"`
	County   []string `json:"county,omitempty"` // enterprises: the county or district
	Status   []string `json:"status,omitempty"` // enterprises: overdue, exceeding, undisclosed, rectification
}

func newMapping() (*mapping.IndexMappingImpl, error) {
	im := bleve.NewIndexMapping()
	if err := im.AddCustomAnalyzer(analyzerUnigram, map[string]any{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []string{cjk.WidthName, lowercase.Name},
	}); err != nil {
		return nil, err
	}
	if err := im.AddCustomAnalyzer(analyzerCode, map[string]any{
		"type":          custom.Name,
		"tokenizer":     keywordtok.Name,
		"token_filters": []string{cjk.WidthName, lowercase.Name},
	}); err != nil {
		return nil, err
	}

	text := func(name, analyzer string, store bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Name = name
		f.Analyzer = analyzer
		f.Store = store
		f.IncludeTermVectors = true // phrases and snippet positions
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	kw := func(store bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = store
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = true // facets
		return f
	}

	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(fieldURL, kw(true))
	doc.AddFieldMappingsAt(fieldType, kw(true))
	doc.AddFieldMappingsAt(fieldLang, kw(true))
	doc.AddFieldMappingsAt(fieldTitle, text(fieldTitle, analyzerBigram, true), text(fieldTitleUni, analyzerUnigram, false))
	doc.AddFieldMappingsAt(fieldBody, text(fieldBody, analyzerBigram, true), text(fieldBodyUni, analyzerUnigram, false))
	id := text(fieldID, analyzerCode, true)
	id.IncludeTermVectors = false
	doc.AddFieldMappingsAt(fieldID, id)
	for _, name := range FacetNames[1:] {
		doc.AddFieldMappingsAt(name, kw(true))
	}
	im.DefaultMapping = doc
	im.TypeMapping = nil
	im.DefaultAnalyzer = analyzerBigram
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false
	return im, nil
}
