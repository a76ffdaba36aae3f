package generate

import (
	"fmt"
	"strings"
	"testing"
	"text/template"
)

// viaTemplate fills s the way Hugo's i18n strings are filled: as a Go template over a map.
func viaTemplate(t *testing.T, s string, args ...any) string {
	t.Helper()
	tmpl, err := template.New("").Option("missingkey=zero").Parse(s)
	if err != nil {
		t.Fatalf("%q: %v", s, err)
	}
	data := map[string]any{}
	for i := 0; i+1 < len(args); i += 2 {
		data[fmt.Sprint(args[i])] = args[i+1]
	}
	var b strings.Builder
	if err := tmpl.Execute(&b, data); err != nil {
		t.Fatalf("%q: %v", s, err)
	}
	return b.String()
}

// TestTextsFillAsTemplates checks that every interface string of every language is filled
// exactly as text/template fills it, with strings, integers, other types and missing values.
func TestTextsFillAsTemplates(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		tx, err := loadTexts(lang)
		if err != nil {
			t.Fatal(err)
		}
		filled := 0
		for key, m := range tx.strings {
			names := map[string]bool{}
			for _, loc := range action.FindAllString(m.raw, -1) {
				if sub := hole.FindStringSubmatch(loc); sub != nil {
					names[sub[1]] = true
				}
			}
			if len(names) > 0 {
				filled++
			}
			var ints, strs, others, some []any
			i := 0
			for name := range names {
				i++
				ints = append(ints, name, 1000+i)
				strs = append(strs, name, "<值&"+name+">")
				others = append(others, name, float64(i)+0.25)
				if i%2 == 0 {
					some = append(some, name, i)
				}
			}
			for _, args := range [][]any{nil, ints, strs, others, some} {
				got, want := tx.T(key, args...), viaTemplate(t, m.raw, args...)
				if got != want {
					t.Errorf("%s %s %v: got %q, text/template gives %q", lang, key, args, got, want)
				}
			}
		}
		if filled < 20 {
			t.Errorf("%s: only %d strings have values to fill", lang, filled)
		}
	}
}

func TestTextsPrepare(t *testing.T) {
	for _, c := range []struct {
		s        string
		args     []any
		want     string
		template bool
	}{
		{"已逾期 {{ .days }} 天", []any{"days", 16}, "已逾期 16 天", false},
		{"{{.a}}{{ .b }}!", []any{"a", "x", "b", 2}, "x2!", false},
		{"{{ .a }} and {{ .a }}", []any{"a", 1, "a", 2}, "2 and 2", false},
		{"{{ if .a }}yes{{ else }}no{{ end }}", []any{"a", true}, "yes", true},
		{"{{ .a | printf \"%03d\" }}", []any{"a", 7}, "007", true},
		{"x {{- .a }}", []any{"a", 1}, "x1", true},
		{"plain", nil, "plain", false},
	} {
		m := prepare("k", c.s)
		if (m.tmpl != nil) != c.template {
			t.Errorf("%q: parsed as a template = %v, want %v", c.s, m.tmpl != nil, c.template)
		}
		tx := &texts{strings: map[string]*message{"k": m}}
		if got := tx.T("k", c.args...); got != c.want {
			t.Errorf("%q %v = %q, want %q", c.s, c.args, got, c.want)
		}
	}
	tx := &texts{strings: map[string]*message{}}
	if got := tx.T("nope"); got != "[nope]" {
		t.Errorf("unknown key = %q", got)
	}
}
