package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	keywordtok "github.com/blevesearch/bleve/v2/analysis/tokenizer/single"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"

	"cpportal/search/contract"
)

// Analyzer names registered in the index mapping. The choice was measured against the
// relevance table (search/relevance/testdata/relevance.tsv, see doc.go): bigrams alone miss single
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
	// analyzerEnglish: bleve's English analyzer (Unicode words, possessives dropped, lower
	// case, stop words dropped, Porter stemming), so "dyeing" finds "dye" and "printed"
	// finds "printing". English pages are indexed with it alone; Chinese names on them
	// (published names beside the English text) become one term per ideograph and are
	// found as phrases.
	analyzerEnglish = en.AnalyzerName
)

// Stored and indexed field names: those of the search contract.
const (
	fieldURL      = contract.FieldURL
	fieldType     = contract.FacetType
	fieldTitle    = contract.FieldTitle
	fieldTitleUni = contract.FieldTitleUni
	fieldBody     = contract.FieldBody
	fieldBodyUni  = contract.FieldBodyUni
	fieldID       = contract.FieldID
	fieldLang     = contract.FieldLang
	fieldTitleEn  = contract.FieldTitleEn
	fieldBodyEn   = contract.FieldBodyEn
)

// Languages of indexed pages: every document belongs to one, and every search to one.
const (
	LangZh = contract.LangZh
	LangEn = contract.LangEn
)

// Langs are the languages a search may ask for; the first is the default.
var Langs = contract.Langs

// FacetNames are the facets every search reports, in display order. Each is a keyword
// field filled from its data-search-<name> attribute.
var FacetNames = contract.Facets

// document is what one indexed page becomes; bleve reads it as fields().
type document struct {
	URL     string
	Type    string
	Title   string // Chinese pages
	Body    string // Chinese pages
	TitleEn string // English pages
	BodyEn  string // English pages
	ID      string
	Lang    string
	Facets  map[string][]string // contract.Stored facets that apply, by name
}

// fields is the document as bleve indexes it, by field name; empty values are left out.
func (d *document) fields() map[string]any {
	m := make(map[string]any, 8+len(d.Facets))
	for name, v := range map[string]string{fieldURL: d.URL, fieldType: d.Type, fieldTitle: d.Title, fieldBody: d.Body,
		fieldTitleEn: d.TitleEn, fieldBodyEn: d.BodyEn, fieldID: d.ID, fieldLang: d.Lang} {
		if v != "" || name == fieldURL || name == fieldType {
			m[name] = v
		}
	}
	for name, vs := range d.Facets {
		if len(vs) > 0 {
			m[name] = vs
		}
	}
	return m
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
	doc.AddFieldMappingsAt(fieldTitleEn, text(fieldTitleEn, analyzerEnglish, true))
	doc.AddFieldMappingsAt(fieldBodyEn, text(fieldBodyEn, analyzerEnglish, true))
	id := text(fieldID, analyzerCode, true)
	id.IncludeTermVectors = false
	doc.AddFieldMappingsAt(fieldID, id)
	for _, name := range contract.Stored {
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
