package index

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
	"golang.org/x/text/width"

	"cpportal/domain"
)

// Limits on what a user may type. The server checks them first to answer with the right
// status; Search checks them again so that no caller can bypass them.
const (
	MaxQueryRunes = 200 // longer text is rejected, never truncated silently
	MaxClauses    = 12  // words and quoted phrases in one query
)

// Clause is one part of a query: a run of text between spaces, or a quoted phrase.
type Clause struct {
	Text   string
	Phrase bool // it was quoted: its words must appear together in this order
}

// quote pairs users type: ASCII, full-width and Chinese quotation marks and corner brackets.
var closingQuote = map[rune]rune{'"': '"', '＂': '＂', '“': '”', '”': '”', '「': '」', '『': '』'}

// ParseQuery splits what a user typed into clauses. It never interprets any other syntax:
// +, -, :, *, ?, ~, ^, / and the like are just characters that the analyzers drop. Control
// and invisible formatting characters are removed; an unclosed quote runs to the end.
func ParseQuery(text string) ([]Clause, error) {
	if !utf8.ValidString(text) {
		return nil, &RequestError{Status: 400, Code: "invalid_query", Message: "the query is not valid UTF-8"}
	}
	if n := utf8.RuneCountInString(text); n > MaxQueryRunes {
		return nil, &RequestError{Status: 413, Code: "query_too_long", Message: "the query is longer than the limit of " + itoa(MaxQueryRunes) + " characters"}
	}
	var clauses []Clause
	var cur strings.Builder
	var closing rune // non-zero inside quotes
	emit := func(phrase bool) {
		t := strings.TrimSpace(cur.String())
		cur.Reset()
		if t != "" {
			clauses = append(clauses, Clause{Text: t, Phrase: phrase})
		}
	}
	for _, r := range text {
		switch {
		case closing != 0 && r == closing:
			emit(true)
			closing = 0
		case closing == 0 && closingQuote[r] != 0:
			emit(false)
			closing = closingQuote[r]
		case unicode.IsSpace(r):
			if closing != 0 {
				cur.WriteRune(' ')
			} else {
				emit(false)
			}
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			// zero-width and bidi controls: not part of any word
		default:
			cur.WriteRune(r)
		}
	}
	emit(closing != 0)
	if len(clauses) > MaxClauses {
		return nil, &RequestError{Status: 400, Code: "too_many_terms", Message: "the query has more than " + itoa(MaxClauses) + " words or phrases"}
	}
	return clauses, nil
}

// Boosts: a record key outranks a title, a title outranks the body, a phrase outranks
// words found apart.
const (
	boostID     = 40
	boostTitle  = 5
	boostName   = 3
	boostBody   = 1
	boostLoose  = 0.3
	boostAlias  = 0.8
	maxIDLength = 64
)

// queryBuilder turns clauses into a bleve query made only of match, phrase and term queries.
type queryBuilder struct {
	m mapping.IndexMapping
	features
	quoted bool // the clause being built was quoted: its words must stand together
	// bodyOnly builds the query that locates matches for snippets: only the body fields, and
	// any clause's matches, since the documents it runs on are known to match the query.
	bodyOnly bool
	// english builds the query for English pages: their fields, analysed as English.
	english bool
}

// Fields and analyzer of the language being searched.
func (b queryBuilder) titleField() string {
	if b.english {
		return fieldTitleEn
	}
	return fieldTitle
}

func (b queryBuilder) bodyField() string {
	if b.english {
		return fieldBodyEn
	}
	return fieldBody
}

func (b queryBuilder) analyzer() string {
	if b.english {
		return analyzerEnglish
	}
	return analyzerBigram
}

// unigrams reports whether lone ideographs are looked up in the unigram fields: Chinese
// pages only (English fields hold every ideograph as a term of its own already).
func (b queryBuilder) unigrams(toks analysis.TokenStream) bool {
	return !b.english && !b.noUnigrams && hasLoneIdeograph(toks)
}

// features switch parts of the query analysis off, to measure what each part contributes
// against the relevance table (see TestAnalysisChoice). The zero value is the full analysis.
type features struct {
	noUnigrams  bool // bigram fields only: single characters inside words are not found
	unigramOnly bool // unigram fields only, as phrases of single characters
	noAliases   bool // no pollutant synonyms
	noNameBoost bool // enterprise names weigh no more than other titles
	exactWords  bool // unquoted words of several bigrams are checked as phrases too
	noPartial   bool // no fallback to the documents holding most of the words
	noSuggest   bool // no "did you mean" for words found nowhere
}

func (b queryBuilder) tokens(analyzer, text string) analysis.TokenStream {
	a := b.m.AnalyzerNamed(analyzer)
	if a == nil {
		return nil
	}
	return a.Analyze([]byte(text))
}

// build returns nil when no clause has anything searchable in it.
func (b queryBuilder) build(clauses []Clause) query.Query {
	clauses = joinAlias(clauses)
	var parts []query.Query
	for _, c := range clauses {
		if q := b.clause(c); q != nil {
			parts = append(parts, q)
		}
	}
	switch len(parts) {
	case 0:
		return nil
	case 1:
		return parts[0]
	}
	if b.bodyOnly {
		return query.NewDisjunctionQuery(parts)
	}
	return query.NewConjunctionQuery(parts)
}

func (b queryBuilder) clause(c Clause) query.Query {
	// Full-width Latin letters and digits (ＣＯＤ, a credit code typed on a Chinese keyboard) are
	// folded before analysis: the tokenizer would otherwise take full-width digits for
	// ideographs and cut them into bigrams that never match the indexed half-width code.
	c.Text = width.Fold.String(c.Text)
	b.quoted = c.Phrase
	toks := b.tokens(b.analyzer(), c.Text)
	if len(toks) == 0 {
		return nil
	}
	if b.unigramOnly && !b.english && b.bodyOnly {
		return b.phrase(c.Text, fieldBodyUni, 1)
	}
	if b.unigramOnly && !b.english {
		return query.NewDisjunctionQuery(b.phrases(c.Text, 1, fieldTitleUni, fieldBodyUni))
	}
	var alts []query.Query
	alts = append(alts, b.text(c.Text, toks, 1)...)
	if !c.Phrase && len(toks) > 1 {
		// All words present but not together: found, ranked below the phrase.
		for _, f := range []struct {
			field string
			boost float64
		}{{b.titleField(), boostTitle * boostLoose}, {b.bodyField(), boostBody * boostLoose}} {
			if b.bodyOnly && f.field != b.bodyField() {
				continue
			}
			m := query.NewMatchQuery(c.Text)
			m.SetField(f.field)
			m.SetOperator(query.MatchQueryOperatorAnd)
			m.SetBoost(f.boost)
			alts = append(alts, m)
		}
	}
	// Names: readers who type part of a name mostly look for the enterprise itself, so a
	// match in an enterprise's title (its registered name) counts extra.
	if !b.noNameBoost && !b.bodyOnly {
		nameField := b.titleField()
		if b.unigrams(toks) {
			nameField = fieldTitleUni
		}
		name := b.phrase(c.Text, nameField, 1)
		enterprise := query.NewTermQuery("enterprise")
		enterprise.SetField(fieldType)
		named := query.NewConjunctionQuery([]query.Query{name, enterprise})
		named.SetBoost(boostName)
		alts = append(alts, named)
	}
	if !b.bodyOnly && !strings.ContainsRune(c.Text, ' ') && utf8.RuneCountInString(c.Text) <= maxIDLength {
		id := query.NewMatchQuery(c.Text)
		id.SetField(fieldID)
		id.SetBoost(boostID)
		alts = append(alts, id)
	}
	for _, alias := range aliasesOf(c.Text) {
		if b.noAliases {
			break
		}
		if at := b.tokens(b.analyzer(), alias); len(at) > 0 {
			alts = append(alts, b.text(alias, at, boostAlias)...)
		}
	}
	if len(alts) == 1 {
		return alts[0]
	}
	return query.NewDisjunctionQuery(alts)
}

// text matches text as a phrase in the title and the body. When the text holds an ideograph
// standing alone (a single character such as 镍), bigrams cannot find it inside longer words,
// so the unigram fields are searched as well.
func (b queryBuilder) text(text string, toks analysis.TokenStream, weight float64) []query.Query {
	fields := []string{b.titleField(), b.bodyField()}
	if b.unigrams(toks) {
		fields = append(fields, fieldTitleUni, fieldBodyUni)
	}
	if b.bodyOnly {
		fields = slices.DeleteFunc(fields, isTitleField)
	}
	return b.phrases(text, weight, fields...)
}

// phrases matches text as a phrase in each field; title fields weigh more than body fields.
func (b queryBuilder) phrases(text string, weight float64, fields ...string) []query.Query {
	out := make([]query.Query, 0, len(fields))
	for _, f := range fields {
		boost := float64(boostBody)
		if isTitleField(f) {
			boost = boostTitle
		}
		out = append(out, b.phrase(text, f, boost*weight))
	}
	return out
}

// phrase matches text as a phrase in one field. Text that the field's analyzer turns into a
// single term (审核, COD, 镍) becomes a term query: it finds and scores the same documents,
// but a phrase search reads every candidate's term positions to check their order, which for
// a frequent word means decoding the positions of tens of thousands of documents.
func (b queryBuilder) phrase(text, field string, boost float64) query.Query {
	analyzer := analyzerBigram
	switch field {
	case fieldTitleUni, fieldBodyUni:
		analyzer = analyzerUnigram
	case fieldTitleEn, fieldBodyEn:
		analyzer = analyzerEnglish
	}
	toks := b.tokens(analyzer, text)
	if len(toks) == 1 {
		return termQuery(string(toks[0].Term), field, boost)
	}
	if !b.quoted && !b.exactWords && analyzer == analyzerBigram && bigramChain(toks) {
		// An unquoted word of several ideographs (化学需氧量: 化学 学需 需氧 氧量) needs all
		// its overlapping bigrams; checking their order as well means decoding the positions
		// of every candidate, which costs a second or more for a word on 50,000 pages. Its
		// bigrams apart almost never occur (学需 and 需氧 only inside the word), and a
		// phrase scores exactly as the conjunction of its terms, so the ranking stays.
		// Quoted text is still matched as a phrase.
		terms := make([]query.Query, len(toks))
		for i, t := range toks {
			terms[i] = termQuery(string(t.Term), field, boost)
		}
		return query.NewConjunctionQuery(terms)
	}
	p := query.NewMatchPhraseQuery(text)
	p.SetField(field)
	p.SetBoost(boost)
	return p
}

func isTitleField(f string) bool { return f == fieldTitle || f == fieldTitleUni || f == fieldTitleEn }

func termQuery(term, field string, boost float64) *query.TermQuery {
	t := query.NewTermQuery(term)
	t.SetField(field)
	t.SetBoost(boost)
	return t
}

// bigramChain reports whether toks are the overlapping bigrams of one unbroken run of
// ideographs: each starts one character after the previous one, at the next position.
func bigramChain(toks analysis.TokenStream) bool {
	for i, t := range toks {
		if t.Type != analysis.Double {
			return false
		}
		if i == 0 {
			continue
		}
		prev := toks[i-1]
		_, size := utf8.DecodeRune(prev.Term)
		if t.Position != prev.Position+1 || t.Start != prev.Start+size {
			return false
		}
	}
	return true
}

func hasLoneIdeograph(toks analysis.TokenStream) bool {
	for _, t := range toks {
		if t.Type == analysis.Single {
			return true
		}
		if t.Type == analysis.Ideographic && utf8.RuneCount(t.Term) == 1 {
			return true
		}
	}
	return false
}

// Aliases: the names of one pollutant that readers use interchangeably (化学需氧量, COD,
// CODcr, Chemical oxygen demand). A query for one also finds the others.
var aliasGroups = func() map[string][]string {
	groups := map[string][]string{}
	for _, p := range domain.Pollutants {
		names := []string{p.Name, p.Key}
		names = append(names, p.Aliases...)
		en := p.English
		if i := strings.Index(en, " ("); i > 0 && strings.HasSuffix(en, ")") {
			names = append(names, en[:i], en[i+2:len(en)-1])
		} else {
			names = append(names, en)
		}
		for _, n := range names {
			k := foldKey(n)
			if k == "" {
				continue
			}
			for _, other := range names {
				if foldKey(other) != k && !contains(groups[k], other) {
					groups[k] = append(groups[k], other)
				}
			}
		}
	}
	return groups
}()

func aliasesOf(text string) []string { return aliasGroups[foldKey(text)] }

// joinAlias treats a whole multi-word query that is a known name (ammonia nitrogen) as one
// phrase, so that its aliases are found.
func joinAlias(clauses []Clause) []Clause {
	if len(clauses) < 2 {
		return clauses
	}
	words := make([]string, len(clauses))
	for i, c := range clauses {
		if c.Phrase {
			return clauses
		}
		words[i] = c.Text
	}
	whole := strings.Join(words, " ")
	if aliasGroups[foldKey(whole)] != nil {
		return []Clause{{Text: whole, Phrase: true}}
	}
	return clauses
}

func foldKey(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(width.Fold.String(s))), " ")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func itoa(n int) string { return strconv.Itoa(n) }
