package index

import (
	"github.com/blevesearch/bleve/v2"

	"cpportal/search/contract"
)

// StoredDocuments returns the stored values of every document, by the contract's field names (url,
// type, title and body of the page's own language, id, lang and the facets), in URL order:
// for judging a search against a relevance table (search/relevance), not for serving.
func (ix *Index) StoredDocuments() ([]map[string][]string, error) {
	var out []map[string][]string
	const page = 1000
	for from := 0; ; from += page {
		req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), page, from, false)
		req.Fields = storedFields
		req.SortBy([]string{"_id"})
		res, err := ix.bleve.Search(req)
		if err != nil {
			return nil, err
		}
		for _, h := range res.Hits {
			hit := toHit(h)
			body, _ := h.Fields[fieldBody].(string)
			if hit.Fields.Lang == LangEn {
				body, _ = h.Fields[fieldBodyEn].(string)
			}
			d := map[string][]string{fieldURL: {hit.URL}, fieldType: {hit.Type}, fieldTitle: {hit.Title},
				fieldBody: {body}, fieldLang: {hit.Fields.Lang}}
			if hit.Fields.ID != "" {
				d[fieldID] = []string{hit.Fields.ID}
			}
			for _, name := range contract.Stored {
				if vs := hit.Fields.Values(name); len(vs) > 0 {
					d[name] = vs
				}
			}
			out = append(out, d)
		}
		if len(res.Hits) < page {
			return out, nil
		}
	}
}
