package generate

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"text/template"

	"cpportal/themes"
)

// texts are the interface strings of one language, read from the theme's own i18n files
// (themes/portal/i18n/<lang>.toml), so the bodies rendered here and the templates rendered by
// Hugo use the same words. A string may use Go template actions, as Hugo's i18n strings do:
// "已逾期 {{ .days }} 天".
//
// Every string is prepared once, when the language is loaded, so T is safe to call from
// several goroutines and costs no parsing: a string whose only actions print a named value
// ("{{ .days }}", nearly all of them) is kept as literal parts and names and filled without
// text/template; any other action is parsed once as a template.
type texts struct {
	lang    string
	strings map[string]*message // the language's strings, the default language's standing in
}

// message is one interface string, ready to fill.
type message struct {
	raw   string
	parts []string           // literal text around the holes: len(parts) == len(holes)+1
	holes []string           // the value name of each hole, in order
	tmpl  *template.Template // set when the string has an action other than {{ .name }}
}

// defaultLang is the site's default content language.
const defaultLang = "zh"

var (
	textsMu    sync.Mutex
	textsCache = map[string]*texts{}
)

// loadTexts returns the strings of lang from the embedded theme, the default language's
// strings standing in for keys the language lacks.
func loadTexts(lang string) (*texts, error) {
	textsMu.Lock()
	defer textsMu.Unlock()
	if t, ok := textsCache[lang]; ok {
		return t, nil
	}
	own, err := themes.Strings(lang)
	if err != nil {
		return nil, err
	}
	all := own
	if lang != defaultLang {
		fallback, err := themes.Strings(defaultLang)
		if err != nil {
			return nil, err
		}
		all = make(map[string]string, len(fallback))
		for k, v := range fallback {
			all[k] = v
		}
		for k, v := range own {
			all[k] = v
		}
	}
	t := &texts{lang: lang, strings: make(map[string]*message, len(all))}
	for k, v := range all {
		t.strings[k] = prepare(k, v)
	}
	textsCache[lang] = t
	return t, nil
}

// action matches one template action; hole matches the only kind filled without text/template.
var (
	action = regexp.MustCompile(`\{\{.*?\}\}`)
	hole   = regexp.MustCompile(`^\{\{-? *\.([A-Za-z_][A-Za-z0-9_]*) *-?\}\}$`)
)

// prepare splits s into literal parts and named holes, or parses it as a template when it has
// any other action (or trims spaces with "{{-"). A string that does not parse is shown as it is.
func prepare(key, s string) *message {
	m := &message{raw: s}
	if !strings.Contains(s, "{{") {
		return m
	}
	last := 0
	for _, loc := range action.FindAllStringIndex(s, -1) {
		a := s[loc[0]:loc[1]]
		sub := hole.FindStringSubmatch(a)
		if sub == nil || strings.Contains(a, "{{-") || strings.Contains(a, "-}}") {
			m.parts, m.holes = nil, nil
			if tmpl, err := template.New(key).Option("missingkey=zero").Parse(s); err == nil {
				m.tmpl = tmpl
			}
			return m
		}
		m.parts = append(m.parts, s[last:loc[0]])
		m.holes = append(m.holes, sub[1])
		last = loc[1]
	}
	m.parts = append(m.parts, s[last:])
	if strings.Contains(s[last:], "{{") { // an action left unclosed: let text/template decide
		m.parts, m.holes = nil, nil
		if tmpl, err := template.New(key).Option("missingkey=zero").Parse(s); err == nil {
			m.tmpl = tmpl
		}
	}
	return m
}

// T returns the string for key, with its template actions filled from args given as
// name, value pairs: T("status_overdue", "days", 16). An unknown key is returned in brackets,
// so a missing string shows on the page and in tests instead of vanishing.
func (t *texts) T(key string, args ...any) string {
	m, ok := t.strings[key]
	if !ok {
		return "[" + key + "]"
	}
	switch {
	case m.holes != nil:
		return m.fill(args)
	case m.tmpl != nil:
		return m.execute(args)
	}
	return m.raw
}

// fill prints each hole as text/template prints a value: strings and integers as they are,
// anything else through the template, and a name not given as "<no value>".
func (m *message) fill(args []any) string {
	var b strings.Builder
	for i, name := range m.holes {
		b.WriteString(m.parts[i])
		v, found := lookup(args, name)
		switch v := v.(type) {
		case string:
			b.WriteString(v)
		case int:
			b.WriteString(strconv.Itoa(v))
		default:
			if found && v != nil {
				return m.slow(args)
			}
			b.WriteString("<no value>")
		}
	}
	b.WriteString(m.parts[len(m.parts)-1])
	return b.String()
}

// slow fills a string of holes through text/template, for values of other types.
func (m *message) slow(args []any) string {
	tmpl, err := template.New("").Option("missingkey=zero").Parse(m.raw)
	if err != nil {
		return m.raw
	}
	return (&message{raw: m.raw, tmpl: tmpl}).execute(args)
}

func (m *message) execute(args []any) string {
	data := make(map[string]any, len(args)/2)
	for i := 0; i+1 < len(args); i += 2 {
		data[fmt.Sprint(args[i])] = args[i+1]
	}
	var b strings.Builder
	if err := m.tmpl.Execute(&b, data); err != nil {
		return m.raw
	}
	return b.String()
}

// lookup returns the value named name in args, the last one given winning as in a map.
func lookup(args []any, name string) (any, bool) {
	var v any
	found := false
	for i := 0; i+1 < len(args); i += 2 {
		if k, ok := args[i].(string); ok && k == name {
			v, found = args[i+1], true
		}
	}
	return v, found
}
