package relevance

import (
	"strings"
	"testing"
)

// TestEvaluateOnDocuments: a table judged against hand-made documents: precision@5 counts
// relevant hits out of the relevant documents there are (at most five), the first-hit
// requirement is checked, pages of the other language never count, and a suggestion is
// followed when a query finds nothing.
func TestEvaluateOnDocuments(t *testing.T) {
	docs := []Document{
		{"url": {"/a/"}, "type": {"enterprise"}, "title": {"甲印染"}, "body": {"印染 废水"}, "lang": {"zh"}, "id": {"91A"}, "city": {"佛山市"}},
		{"url": {"/b/"}, "type": {"enterprise"}, "title": {"乙电镀"}, "body": {"电镀"}, "lang": {"zh"}, "id": {"91B"}},
		{"url": {"/en/a/"}, "type": {"enterprise"}, "title": {"Jia dyeing"}, "body": {"dyeing"}, "lang": {"en"}},
	}
	table, err := ParseTable(strings.NewReader("# comment\n印染\turl=/a/\ttext~印染\n@en dyeing\turl=/en/a/\n@id.lower: city=佛山市\tid=$key\n电渡\ttype=enterprise\ttitle~电镀\n"), "t.tsv")
	if err != nil || len(table) != 4 {
		t.Fatalf("table: %d cases, %v", len(table), err)
	}
	rank := Following(func(q, lang string, size int) ([]string, string, error) {
		switch {
		case q == "印染" && lang == "zh":
			return []string{"/a/", "/en/a/"}, "", nil
		case q == "dyeing" && lang == "en":
			return []string{"/en/a/"}, "", nil
		case q == "91a":
			return []string{"/a/"}, "", nil
		case q == "电渡":
			return nil, "电镀", nil
		case q == "电镀":
			return []string{"/b/"}, "", nil
		}
		return nil, "", nil
	})
	rep := Evaluate(docs, table, rank)
	if rep.Failed != 0 || rep.FirstMet != 4 || rep.Precision != 1 {
		t.Errorf("report:\n%s", rep)
	}
	wrong := Evaluate(docs, table, func(string, string) ([]string, error) { return []string{"/b/"}, nil })
	if wrong.FirstMet != 1 || wrong.Precision >= 0.5 {
		t.Errorf("a ranker answering /b/ to everything:\n%s", wrong)
	}
}

// TestParseTableProblems: every bad line is reported with its line number, in one error.
func TestParseTableProblems(t *testing.T) {
	_, err := ParseTable(strings.NewReader("only one column\nq\tcolour=red\nq\t-\t-\n@id.upper: url=/a/\tid=$key\n"), "bad.tsv")
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"bad.tsv:1:", "bad.tsv:2: first: unknown field \"colour\"", "bad.tsv:3:", "bad.tsv:4: query:"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
}
