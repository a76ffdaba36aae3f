package contract

// Attributes of the markup contract. A facet's attribute is Attr(facet).
const (
	AttrPrefix = "data-search-"
	AttrBody   = AttrPrefix + "body" // the one indexable element of a page
	AttrType   = AttrPrefix + FacetType
	AttrTitle  = AttrPrefix + "title" // the title shown in results
	AttrID     = AttrPrefix + FieldID // the record key
	AttrLang   = AttrPrefix + FieldLang
	AttrIgnore = AttrPrefix + "ignore" // shown, never indexed
	AttrSlot   = AttrPrefix + "slot"   // where the results page's results go
)

// Attr is the attribute that carries a facet (or the record key) on a page.
func Attr(name string) string { return AttrPrefix + name }

// Separator separates several values of one facet attribute.
const Separator = "|"

// Facets: each is a keyword field of the index filled from its attribute, a filter of the
// search API (?city=佛山市) and a list of counts in every answer.
const (
	FacetType     = "type"     // one of Types
	FacetCity     = "city"     // the city's published name
	FacetCounty   = "county"   // enterprises: the county or district as published
	FacetIndustry = "industry" // the industry's published name
	FacetLevel    = "level"    // enterprises: the control level (domain.ControlLevels)
	FacetStatus   = "status"   // enterprises: Statuses that apply now
	FacetYear     = "year"     // years listed (enterprises, agencies)
	FacetReason   = "reason"   // enterprises: why they were listed, as published
	FacetOverdue  = "overdue"  // enterprises: "true" or "false"
)

// Facets are the facets every search reports, in the order the results page shows them.
var Facets = []string{FacetType, FacetCity, FacetCounty, FacetIndustry, FacetLevel, FacetStatus, FacetYear, FacetReason, FacetOverdue}

// Stored are the facets in the order a page writes them and a hit's fields list them (the
// order they joined the contract; any order would do, but pages and answers keep theirs).
var Stored = []string{FacetCity, FacetIndustry, FacetLevel, FacetYear, FacetReason, FacetOverdue, FacetCounty, FacetStatus}

// Document types (values of the type facet).
const (
	TypeEnterprise = "enterprise"
	TypeBatch      = "batch"
	TypeCase       = "case"
	TypeCity       = "city"
	TypeIndustry   = "industry"
	TypeAgency     = "agency"
	TypePage       = "page" // hand-written and section pages; also the default
)

// Types are the document types a page may declare, in the order the site shows them.
var Types = []string{TypeEnterprise, TypeBatch, TypeCase, TypeCity, TypeIndustry, TypeAgency, TypePage}

// Statuses of an enterprise's current standing (values of the status facet), in the order
// every list of enterprises shows them.
const (
	StatusOverdue       = "overdue"       // steps past their deadline
	StatusExceeding     = "exceeding"     // over a limit or quota in the latest year disclosed
	StatusUndisclosed   = "undisclosed"   // items not disclosed in that year
	StatusRectification = "rectification" // a rectification order not yet met
)

// Statuses lists the statuses in display order.
var Statuses = []string{StatusOverdue, StatusExceeding, StatusUndisclosed, StatusRectification}

// Languages of indexed pages: every document belongs to one, and every search to one.
const (
	LangZh = "zh"
	LangEn = "en"
)

// Langs are the languages a search may ask for; the first is the default.
var Langs = []string{LangZh, LangEn}

// Fields of an indexed document besides the facets. Text fields are analysed per language:
// Title and Body (with their unigram twins) on Chinese pages, TitleEn and BodyEn on English
// ones.
const (
	FieldURL      = "url"
	FieldID       = "id"
	FieldLang     = "lang"
	FieldTitle    = "title"
	FieldTitleUni = "title_uni"
	FieldBody     = "body"
	FieldBodyUni  = "body_uni"
	FieldTitleEn  = "title_en"
	FieldBodyEn   = "body_en"
)
