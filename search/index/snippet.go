package index

import (
	"html"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search"
)

// SnippetRunes is the length of a snippet in characters.
const SnippetRunes = 120

// span is a byte range [start, end) of the stored body that a query term matched.
type span struct{ start, end int }

// matchRanges collects the byte ranges matched in the given fields, sorted and merged.
func matchRanges(locs search.FieldTermLocationMap, fields ...string) []span {
	var spans []span
	for _, f := range fields {
		for _, list := range locs[f] {
			for _, l := range list {
				spans = append(spans, span{int(l.Start), int(l.End)})
			}
		}
	}
	sort.Slice(spans, func(i, j int) bool {
		if spans[i].start != spans[j].start {
			return spans[i].start < spans[j].start
		}
		return spans[i].end < spans[j].end
	})
	var merged []span
	for _, s := range spans {
		if s.start < 0 || s.end <= s.start {
			continue
		}
		if n := len(merged); n > 0 && s.start <= merged[n-1].end {
			if s.end > merged[n-1].end {
				merged[n-1].end = s.end
			}
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

// snippet cuts a window of about width characters from text around the densest cluster of
// matches and returns it as HTML: every character of text escaped, matches wrapped in
// <mark>. Ranges that do not fall on character boundaries of text are ignored.
func snippet(text string, spans []span, width int) string {
	valid := spans[:0:0]
	for _, s := range spans {
		if s.end <= len(text) && utf8.RuneStart(text[s.start]) && (s.end == len(text) || utf8.RuneStart(text[s.end])) {
			valid = append(valid, s)
		}
	}
	spans = valid
	// Byte offset of each rune, to measure the window in characters.
	offsets := make([]int, 0, utf8.RuneCountInString(text)+1)
	for i := range text {
		offsets = append(offsets, i)
	}
	offsets = append(offsets, len(text))
	runeAt := func(byteOff int) int { return sort.SearchInts(offsets, byteOff) }
	total := len(offsets) - 1

	from, to := 0, min(total, width)
	if len(spans) > 0 {
		// Choose the window start (a match start) that covers the most matches.
		best, bestCount := 0, 0
		for i := range spans {
			end := runeAt(spans[i].start) + width
			n := 0
			for j := i; j < len(spans) && runeAt(spans[j].end) <= end; j++ {
				n++
			}
			if n > bestCount {
				best, bestCount = i, n
			}
		}
		first := runeAt(spans[best].start)
		from = max(0, first-width/4) // a little context before the first match
		to = min(total, from+width)
		from = max(0, min(from, to-width))
	}
	lo, hi := offsets[from], offsets[to]

	var b strings.Builder
	if from > 0 {
		b.WriteString("…")
	}
	pos := lo
	write := func(s string) { b.WriteString(html.EscapeString(oneLine(s))) }
	for _, s := range spans {
		if s.end <= lo || s.start >= hi {
			continue
		}
		st, en := max(s.start, lo), min(s.end, hi)
		write(text[pos:st])
		b.WriteString("<mark>")
		write(text[st:en])
		b.WriteString("</mark>")
		pos = en
	}
	write(text[pos:hi])
	if to < total {
		b.WriteString("…")
	}
	return b.String()
}

// oneLine turns line breaks between blocks into spaces for one-line display.
func oneLine(s string) string {
	if !strings.ContainsRune(s, '\n') {
		return s
	}
	return strings.ReplaceAll(s, "\n", " ")
}
