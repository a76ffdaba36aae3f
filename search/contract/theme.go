package contract

// Theme is what the theme's templates need of the contract, written by the build as the
// Hugo data file data/search.json, so that no template spells an attribute or a facet.
type Theme struct {
	Body   string `json:"body"`   // AttrBody
	Title  string `json:"title"`  // AttrTitle
	Lang   string `json:"lang"`   // AttrLang
	Ignore string `json:"ignore"` // AttrIgnore
	Slot   string `json:"slot"`   // AttrSlot
	// Type is the front-matter key and attribute of the document type; PageType the type of
	// hand-written pages, which declare none.
	Type     Attribute `json:"type"`
	PageType string    `json:"page_type"`
	// ID is the record key's; Attributes are the record key's and every Stored facet's, in the
	// order a page writes them after its language.
	ID         Attribute   `json:"id"`
	Attributes []Attribute `json:"attributes"`
	// Facet names every facet (the filters of the results page), keyed by itself, so that a
	// template's form asks for $c.facet.city; Enterprise is the type of enterprise pages and
	// Statuses the status values, in display order.
	Facet      map[string]string `json:"facet"`
	Enterprise string            `json:"enterprise"`
	Statuses   []string          `json:"statuses"`
}

// Attribute is a front-matter key of a page's search parameters and the attribute the
// theme writes it to.
type Attribute struct {
	Key  string `json:"key"`
	Attr string `json:"attr"`
}

// ThemeData returns the contract as the theme reads it.
func ThemeData() Theme {
	t := Theme{
		Body: AttrBody, Title: AttrTitle, Lang: AttrLang, Ignore: AttrIgnore, Slot: AttrSlot,
		Type: Attribute{Key: FacetType, Attr: AttrType}, PageType: TypePage,
		ID: Attribute{Key: FieldID, Attr: AttrID},
	}
	t.Facet = map[string]string{}
	for _, f := range Facets {
		t.Facet[f] = f
	}
	t.Enterprise, t.Statuses = TypeEnterprise, Statuses
	t.Attributes = append(t.Attributes, t.ID)
	for _, f := range Stored {
		t.Attributes = append(t.Attributes, Attribute{Key: f, Attr: Attr(f)})
	}
	return t
}
