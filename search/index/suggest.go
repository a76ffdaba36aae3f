package index

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// Suggestions ("您是不是要找", "Did you mean"). When a word of the query is found in no
// document, the search looks for a word one edit away that the index holds: a wrong, missing,
// extra or swapped character in a Chinese word (千百力 for 千百丽, 化学需养量 for 化学需氧量),
// or a Latin word within one or two edits (amonia for ammonia). Chinese text is indexed as
// bigrams, so a Chinese candidate is built from the dictionary's bigrams around the
// characters whose bigrams the index lacks; a Latin candidate comes from bleve's Levenshtein
// automaton over the dictionary. A word of the same length comes before one with a character
// added or dropped, then the more frequent; the first candidate found in a document within
// the filters wins.
//
// It is a public endpoint's work, so it is bounded: only words found nowhere are looked at, at
// most suggestWords of them, each of at most suggestRunes characters; each dictionary walk
// reads at most suggestTerms terms; at most suggestTrials candidates per word are searched;
// and the whole takes at most suggestBudget, after which the results go out without a
// suggestion.
const (
	suggestWords  = 4
	suggestRunes  = 20
	suggestTerms  = 400
	suggestTrials = 10
	suggestBudget = 250 * time.Millisecond
)

// suggestion returns the query with its unfound words corrected, or "" when no correction is
// found in the budget. p names the query's clauses and which of them some document holds.
func (ix *Index) suggestion(ctx context.Context, p *partialPlan, b queryBuilder, filters query.Query) string {
	if p == nil || ix.features.noSuggest {
		return ""
	}
	ctx, cancel := context.WithTimeout(ctx, suggestBudget)
	defer cancel()
	adv, err := ix.bleve.Advanced()
	if err != nil {
		return ""
	}
	r, err := adv.Reader()
	if err != nil {
		return ""
	}
	defer r.Close()
	d := dictionary{r: r}
	corrected := slices.Clone(p.clauses)
	changed, tried := false, 0
	for i, c := range p.clauses {
		if p.found[i] || tried == suggestWords {
			continue
		}
		tried++
		// The candidates come likeliest first: the first found in a document (within the
		// filters) wins.
		best := ""
		for _, cand := range d.candidates(foldKey(c.Text)) {
			if ctx.Err() != nil {
				return ""
			}
			// Checked as a phrase: the candidate must stand in a document as it is written,
			// not as bigrams found apart.
			q := b.clause(Clause{Text: cand.text, Phrase: true})
			if q == nil {
				continue
			}
			n, err := ix.count(ctx, withFilters(q, filters))
			if err != nil {
				return ""
			}
			if n > 0 {
				best = cand.text
				break
			}
		}
		if best != "" {
			corrected[i].Text = best
			changed = true
		}
	}
	if !changed || ctx.Err() != nil {
		return ""
	}
	return queryText(corrected)
}

// queryText writes clauses back as a query: words separated by spaces, phrases quoted.
func queryText(cs []Clause) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = c.Text
		if c.Phrase {
			parts[i] = "“" + c.Text + "”"
		}
	}
	return strings.Join(parts, " ")
}

// dictionary reads the terms of the bigram fields (title and body).
type dictionary struct {
	r     index.IndexReader
	terms int // terms read so far, against suggestTerms per walk
}

var dictFields = []string{fieldBody, fieldTitle}

// count returns in how many documents of the busiest field term occurs.
func (d *dictionary) count(term string) uint64 {
	var best uint64
	for _, f := range dictFields {
		fd, err := d.r.FieldDictRange(f, []byte(term), []byte(term))
		if err != nil {
			continue
		}
		if e, err := fd.Next(); err == nil && e != nil && e.Term == term {
			best = max(best, e.Count)
		}
		fd.Close()
	}
	return best
}

// walk calls visit with the terms of a dictionary walk, at most suggestTerms of them.
func walk(fd index.FieldDict, err error, visit func(term string)) {
	if err != nil {
		return
	}
	defer fd.Close()
	for n := 0; n < suggestTerms; n++ {
		e, err := fd.Next()
		if err != nil || e == nil {
			return
		}
		visit(e.Term)
	}
}

// edit is a candidate correction and how it differs from the word typed.
type edit struct {
	text string
	kind int // editReplace, editInsert, editDelete: a word of the same length is the likelier
}

const (
	editReplace = iota // a character replaced, or two swapped
	editInsert         // a character added
	editDelete         // a character dropped
)

// candidates returns corrections of word one edit away whose every term the index holds,
// likeliest first (same length first, then the most frequent), at most suggestTrials of them.
// Chinese words of two characters are left alone: too many words are one character away
// from them for the dictionary to tell which was meant.
func (d *dictionary) candidates(word string) []edit {
	runes := []rune(word)
	if len(runes) == 0 || len(runes) > suggestRunes {
		return nil
	}
	type scored struct {
		edit
		count uint64
	}
	seen := map[string]bool{word: true}
	var out []scored
	add := func(e edit, count uint64) {
		if !seen[e.text] && count > 0 {
			seen[e.text] = true
			out = append(out, scored{e, count})
		}
	}
	switch {
	case allHan(runes) && len(runes) >= 3:
		for _, e := range d.hanCandidates(runes) {
			add(e, d.hanCount([]rune(e.text)))
		}
	case allLatin(runes) && len(runes) >= 4:
		fuzz := 1
		if len(runes) >= 6 {
			fuzz = 2
		}
		fr, ok := d.r.(index.IndexReaderFuzzy)
		if !ok {
			return nil
		}
		for _, f := range dictFields {
			// The first letter is rarely the one mistyped, and fixing it bounds the walk.
			fd, err := fr.FieldDictFuzzy(f, word, fuzz, string(runes[0]))
			walk(fd, err, func(term string) {
				kind := editReplace
				switch n := utf8.RuneCountInString(term); {
				case n > len(runes):
					kind = editInsert
				case n < len(runes):
					kind = editDelete
				}
				add(edit{term, kind}, d.count(term))
			})
		}
	}
	slices.SortFunc(out, func(a, b scored) int {
		return cmp.Or(cmp.Compare(a.kind, b.kind), cmp.Compare(b.count, a.count), strings.Compare(a.text, b.text))
	})
	edits := make([]edit, 0, suggestTrials)
	for _, s := range out[:min(len(out), suggestTrials)] {
		edits = append(edits, s.edit)
	}
	return edits
}

// hanCount is the smallest document count of the word's bigrams: an upper bound of the
// documents holding the word, 0 when a bigram is missing.
func (d *dictionary) hanCount(rs []rune) uint64 {
	if len(rs) == 1 {
		return d.count(string(rs))
	}
	least := ^uint64(0)
	for i := 0; i+1 < len(rs); i++ {
		least = min(least, d.count(string(rs[i:i+2])))
		if least == 0 {
			return 0
		}
	}
	return least
}

// hanCandidates returns the words one edit away from a Chinese word, changing only characters
// next to a bigram the index lacks (the rest of the word is known text).
func (d *dictionary) hanCandidates(rs []rune) []edit {
	n := len(rs)
	missing := make([]bool, n-1) // missing[i]: the bigram rs[i]rs[i+1] is not indexed
	gap := false
	for i := range missing {
		missing[i] = d.count(string(rs[i:i+2])) == 0
		gap = gap || missing[i]
	}
	if !gap {
		return nil // every bigram is known, only not together: not a typing error
	}
	suspect := func(i int) bool { return (i > 0 && missing[i-1]) || (i < n-1 && missing[i]) }
	var out []edit
	word := func(parts ...[]rune) string {
		var b strings.Builder
		for _, p := range parts {
			b.WriteString(string(p))
		}
		return b.String()
	}
	for i := range n {
		if !suspect(i) {
			continue
		}
		// A wrong character: the characters the dictionary puts after the previous one (or,
		// at the start, before the next one).
		for _, x := range d.neighbours(rs, i) {
			out = append(out, edit{word(rs[:i], []rune{x}, rs[i+1:]), editReplace})
		}
		// An extra character.
		if n > 2 {
			out = append(out, edit{word(rs[:i], rs[i+1:]), editDelete})
		}
		// Two characters swapped.
		if i+1 < n {
			out = append(out, edit{word(rs[:i], []rune{rs[i+1], rs[i]}, rs[i+2:]), editReplace})
		}
	}
	// A missing character, inside a missing bigram: what the dictionary puts after its first
	// character.
	for i, m := range missing {
		if !m {
			continue
		}
		for _, x := range d.after(rs[i]) {
			out = append(out, edit{word(rs[:i+1], []rune{x}, rs[i+1:]), editInsert})
		}
	}
	return out
}

// neighbours returns the characters that could stand at position i of rs: those following
// rs[i-1] in an indexed bigram, or at the start those preceding rs[1].
func (d *dictionary) neighbours(rs []rune, i int) []rune {
	if i > 0 {
		return d.after(rs[i-1])
	}
	var out []rune
	fr, ok := d.r.(index.IndexReaderFuzzy)
	if !ok {
		return nil
	}
	// Bigrams one edit from rs[0]rs[1] include every X rs[1]; keep those.
	fd, err := fr.FieldDictFuzzy(fieldBody, string(rs[:2]), 1, "")
	walk(fd, err, func(term string) {
		t := []rune(term)
		if len(t) == 2 && t[1] == rs[1] && t[0] != rs[0] && unicode.Is(unicode.Han, t[0]) {
			out = append(out, t[0])
		}
	})
	return out
}

// after returns the Han characters that follow r in an indexed bigram.
func (d *dictionary) after(r rune) []rune {
	var out []rune
	fd, err := d.r.FieldDictPrefix(fieldBody, []byte(string(r)))
	walk(fd, err, func(term string) {
		t := []rune(term)
		if len(t) == 2 && unicode.Is(unicode.Han, t[1]) {
			out = append(out, t[1])
		}
	})
	return out
}

func allHan(rs []rune) bool {
	for _, r := range rs {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

func allLatin(rs []rune) bool {
	for _, r := range rs {
		if r >= utf8.RuneSelf || !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
