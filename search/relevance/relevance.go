package relevance

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"

	"golang.org/x/text/width"

	"cpportal/search/contract"
)

// A relevance table lists queries with what must come first and what counts as relevant.
// It is a tab-separated file, one case a line, '#' starting a comment line:
//
//	query <TAB> first <TAB> relevant
//
// first and relevant are judgements: alternatives separated by " | ", each a space-separated
// list of predicates that must all hold. A predicate is field=value (one of the document's
// values equals value) or field~value (one contains value, ignoring case and width). Fields:
// url, type, title, id, text (title and body), lang, city, industry, level, year, reason, overdue.
// "-" means no requirement; an empty relevant column means the same as first. The value $key
// stands for the record key an @id query searched for.
//
// A query of the form "@id: predicates" (or "@id.lower:", "@id.wide:") searches for the
// record key of the first document, in URL order, that satisfies the predicates, written in
// lower case or in full-width characters: credit codes in the table then follow the data.
//
// A query starting with "@en " searches the English pages; every other query the Chinese
// pages.

// Case is one line of a relevance table.
type Case struct {
	Line     int
	Query    string    // the text to search for, when given literally
	KeyOf    Judgement // else: search for the record key of the first document matching this
	KeyForm  string    // "", "lower" or "wide"
	Lang     string    // the language searched: "" (Chinese) or "en"
	First    Judgement // the first hit must satisfy this (nil: no requirement)
	Relevant Judgement // hits that count for precision@5
}

// Judgement holds when any of its alternatives holds; an alternative when all its predicates do.
type Judgement [][]Predicate

// Predicate tests one stored field of a document.
type Predicate struct {
	Field    string
	Contains bool // ~ rather than =
	Value    string
}

var predicateFields = map[string]bool{contract.FieldURL: true, contract.FacetType: true, contract.FieldTitle: true,
	contract.FieldID: true, fieldText: true, contract.FieldLang: true, contract.FacetCity: true, contract.FacetIndustry: true,
	contract.FacetLevel: true, contract.FacetYear: true, contract.FacetReason: true, contract.FacetOverdue: true}

// fieldText is the predicate field of a document's title and body together.
const fieldText = "text"

// LoadTable reads a relevance table file.
func LoadTable(path string) ([]Case, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ParseTable(f, path)
}

// ParseTable reads a relevance table; name is used in error messages (file:line: message).
func ParseTable(r io.Reader, name string) ([]Case, error) {
	var cases []Case
	var problems []string
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(strings.TrimSpace(text), "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) < 2 || len(cols) > 3 {
			problems = append(problems, fmt.Sprintf("%s:%d: want query<TAB>first<TAB>relevant, got %d columns", name, line, len(cols)))
			continue
		}
		c := Case{Line: line, Query: strings.TrimSpace(cols[0])}
		if rest, ok := strings.CutPrefix(c.Query, "@en "); ok {
			c.Lang, c.Query = contract.LangEn, strings.TrimSpace(rest)
		}
		var err error
		if rest, ok := strings.CutPrefix(c.Query, "@id"); ok {
			form, preds, found := strings.Cut(rest, ":")
			c.KeyForm = strings.TrimPrefix(form, ".")
			if !found || (c.KeyForm != "" && c.KeyForm != "lower" && c.KeyForm != "wide") {
				problems = append(problems, fmt.Sprintf("%s:%d: query: want @id: or @id.lower: or @id.wide: followed by predicates", name, line))
				continue
			}
			c.Query = ""
			if c.KeyOf, err = parseJudgement(preds); err != nil || c.KeyOf == nil {
				problems = append(problems, fmt.Sprintf("%s:%d: query: %v", name, line, orNone(err)))
				continue
			}
		}
		if c.First, err = parseJudgement(cols[1]); err != nil {
			problems = append(problems, fmt.Sprintf("%s:%d: first: %v", name, line, err))
			continue
		}
		if len(cols) == 3 {
			if c.Relevant, err = parseJudgement(cols[2]); err != nil {
				problems = append(problems, fmt.Sprintf("%s:%d: relevant: %v", name, line, err))
				continue
			}
		}
		if c.Relevant == nil {
			c.Relevant = c.First
		}
		if c.Relevant == nil {
			problems = append(problems, fmt.Sprintf("%s:%d: the case judges nothing: give first or relevant", name, line))
			continue
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(problems) > 0 {
		return cases, fmt.Errorf("%s", strings.Join(problems, "\n"))
	}
	return cases, nil
}

func orNone(err error) error {
	if err == nil {
		return fmt.Errorf("no predicates")
	}
	return err
}

func parseJudgement(s string) (Judgement, error) {
	s = strings.TrimSpace(s)
	if s == "" || s == "-" {
		return nil, nil
	}
	var j Judgement
	for _, alt := range strings.Split(s, " | ") {
		var preds []Predicate
		for _, p := range strings.Fields(alt) {
			i := strings.IndexAny(p, "=~")
			if i <= 0 || i == len(p)-1 {
				return nil, fmt.Errorf("%q is not field=value or field~value", p)
			}
			pr := Predicate{Field: p[:i], Contains: p[i] == '~', Value: p[i+1:]}
			if !predicateFields[pr.Field] {
				return nil, fmt.Errorf("unknown field %q", pr.Field)
			}
			preds = append(preds, pr)
		}
		if len(preds) == 0 {
			return nil, fmt.Errorf("empty alternative")
		}
		j = append(j, preds)
	}
	return j, nil
}

// Document is an indexed page's stored values, by the contract's field names: its url,
// type, title, body (of its language), id, lang and facets.
type Document = map[string][]string

// stored is a document's values by predicate field.
type stored map[string][]string

func storedOf(d Document) stored {
	s := stored{}
	for k, v := range d {
		s[k] = v
	}
	var title, body string
	if len(d[contract.FieldTitle]) > 0 {
		title = d[contract.FieldTitle][0]
	}
	if len(d[contract.FieldBody]) > 0 {
		body = d[contract.FieldBody][0]
	}
	s[fieldText] = []string{title + "\n" + body}
	return s
}

// withKey replaces the value $key with the record key searched for, in its stored form.
func (j Judgement) withKey(key string) Judgement {
	if j == nil {
		return nil
	}
	out := make(Judgement, len(j))
	for i, alt := range j {
		out[i] = make([]Predicate, len(alt))
		for k, p := range alt {
			if p.Value == "$key" {
				p.Value = key
			}
			out[i][k] = p
		}
	}
	return out
}

func (j Judgement) holds(d stored) bool {
	for _, alt := range j {
		all := true
		for _, p := range alt {
			if !p.holds(d) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

func (p Predicate) holds(d stored) bool {
	want := fold(p.Value)
	for _, v := range d[p.Field] {
		if p.Contains && strings.Contains(fold(v), want) || !p.Contains && v == p.Value {
			return true
		}
	}
	return false
}

func fold(s string) string { return strings.ToLower(width.Fold.String(s)) }

// CaseResult is how one case went.
type CaseResult struct {
	Case      Case
	Query     string   // the text searched for
	Top       []string // URLs of the first five hits
	Relevant  int      // relevant documents among them
	Possible  int      // min(5, relevant documents in the index)
	Precision float64  // Relevant / Possible
	FirstOK   bool     // the first hit satisfies Case.First (true when there is no requirement)
	Err       error
}

// Report is the outcome of a relevance table.
type Report struct {
	Cases     []CaseResult
	Precision float64 // mean precision@5 over all cases
	FirstMet  int     // cases whose first-hit requirement held
	Failed    int     // cases with an error or a failed first-hit requirement
}

// Ranker returns the URLs of the best hits for a query in the pages of one language (zh or
// en), best first; only the first five count.
type Ranker func(query, lang string) ([]string, error)

// Search is a search engine's own search: the URLs of its best hits for a query in the pages
// of one language, and the query it suggests instead ("did you mean"), "" for none.
type Search func(query, lang string, size int) (urls []string, suggestion string, err error)

// Following ranks with search, following its suggestion when a query finds nothing: what
// the reader reaches with one click.
func Following(search Search) Ranker {
	return func(query, lang string) ([]string, error) {
		urls, suggestion, err := search(query, lang, 5)
		if err == nil && len(urls) == 0 && suggestion != "" {
			urls, _, err = search(suggestion, lang, 5)
		}
		return urls, err
	}
}

// Evaluate runs every case with hits from rank, judged against docs, the documents of the
// index searched (or of the same pages, to compare another search engine). Precision@5 of a
// case is the share of its first five hits that are relevant, out of the number of relevant
// documents there are if that is less than five, so that a query with one right answer can
// reach 1.
func Evaluate(docs []Document, table []Case, rank Ranker) Report {
	all := make([]stored, len(docs))
	for i, d := range docs {
		all[i] = storedOf(d)
	}
	var rep Report
	for _, c := range table {
		cr := evaluate(rank, all, c)
		if cr.Err != nil || !cr.FirstOK {
			rep.Failed++
		}
		if cr.FirstOK && cr.Err == nil {
			rep.FirstMet++
		}
		rep.Precision += cr.Precision
		rep.Cases = append(rep.Cases, cr)
	}
	if len(table) > 0 {
		rep.Precision /= float64(len(table))
	}
	return rep
}

func evaluate(rank Ranker, docs []stored, c Case) CaseResult {
	cr := CaseResult{Case: c, Query: c.Query, FirstOK: true}
	key := ""
	if c.KeyOf != nil {
		for _, d := range docs {
			if c.KeyOf.holds(d) && len(d[contract.FieldID]) > 0 {
				key = d[contract.FieldID][0]
				cr.Query = key
				break
			}
		}
		if cr.Query == "" {
			cr.Err = fmt.Errorf("line %d: no document with a record key matches the @id predicates", c.Line)
			cr.FirstOK = false
			return cr
		}
		switch c.KeyForm {
		case "lower":
			cr.Query = strings.ToLower(cr.Query)
		case "wide":
			cr.Query = width.Widen.String(cr.Query)
		}
	}
	first, relevant := c.First.withKey(key), c.Relevant.withKey(key)
	// Only pages of the language searched count: a page of another language is never a
	// right answer, and is not among the relevant pages a search could have found.
	lang := c.Lang
	if lang == "" {
		lang = contract.LangZh
	}
	total := 0
	byURL := map[string]stored{}
	for _, d := range docs {
		if len(d[contract.FieldLang]) == 0 || d[contract.FieldLang][0] != lang || len(d[contract.FieldURL]) == 0 {
			continue
		}
		byURL[d[contract.FieldURL][0]] = d
		if relevant.holds(d) {
			total++
		}
	}
	hits, err := rank(cr.Query, lang)
	if err != nil {
		cr.Err = err
		cr.FirstOK = false
		return cr
	}
	hits = hits[:min(len(hits), 5)]
	for i, url := range hits {
		cr.Top = append(cr.Top, url)
		d := byURL[url] // nil for a page the index does not hold: it satisfies nothing
		if relevant.holds(d) {
			cr.Relevant++
		}
		if i == 0 && first != nil && !first.holds(d) {
			cr.FirstOK = false
		}
	}
	if c.First != nil && len(hits) == 0 {
		cr.FirstOK = false
	}
	cr.Possible = min(5, total)
	switch {
	case total == 0:
		cr.Err = fmt.Errorf("line %d: no document in the index is relevant to %q: the table does not fit the data", c.Line, cr.Query)
	default:
		cr.Precision = float64(cr.Relevant) / float64(cr.Possible)
	}
	return cr
}

// String prints the report as a table, one case a line, and the summary.
func (r Report) String() string {
	var b strings.Builder
	for _, c := range r.Cases {
		mark := "ok  "
		if c.Err != nil || !c.FirstOK {
			mark = "FAIL"
		}
		fmt.Fprintf(&b, "%s P@5 %.2f (%d/%d)  %-24s", mark, c.Precision, c.Relevant, c.Possible, quoteQuery(langMark(c.Case.Lang)+c.Query))
		if c.Err != nil {
			fmt.Fprintf(&b, "  %v", c.Err)
		} else if !c.FirstOK {
			first := "(none)"
			if len(c.Top) > 0 {
				first = c.Top[0]
			}
			fmt.Fprintf(&b, "  line %d: first hit %s does not satisfy the requirement", c.Case.Line, first)
		}
		b.WriteByte('\n')
	}
	fmt.Fprintf(&b, "mean precision@5 %.3f over %d queries; first hit right in %d, failures %d\n",
		r.Precision, len(r.Cases), r.FirstMet, r.Failed)
	return b.String()
}

func quoteQuery(q string) string {
	if strings.IndexFunc(q, unicode.IsSpace) >= 0 || q == "" {
		return "«" + q + "»"
	}
	return q
}

// langMark is how the table writes the language of a query searching other than Chinese pages.
func langMark(lang string) string {
	if lang == contract.LangEn {
		return "@en "
	}
	return ""
}
