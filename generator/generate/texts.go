package generate

import (
	"fmt"
	"io/fs"
	"strings"
	"sync"
	"text/template"

	toml "github.com/pelletier/go-toml/v2"

	"cpportal/themes"
)

// texts are the interface strings of one language, read from the theme's own i18n files
// (themes/portal/i18n/<lang>.toml), so the bodies rendered here and the templates rendered by
// Hugo use the same words. A string may use Go template actions, as Hugo's i18n strings do:
// "已逾期 {{ .days }} 天".
type texts struct {
	lang     string
	strings  map[string]string
	fallback map[string]string // the default language's strings, for keys a translation lacks
	mu       sync.Mutex
	parsed   map[string]*template.Template
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
	own, err := readI18n(themes.FS, lang)
	if err != nil {
		return nil, err
	}
	t := &texts{lang: lang, strings: own, parsed: map[string]*template.Template{}}
	if lang != defaultLang {
		if t.fallback, err = readI18n(themes.FS, defaultLang); err != nil {
			return nil, err
		}
	}
	textsCache[lang] = t
	return t, nil
}

func readI18n(fsys fs.FS, lang string) (map[string]string, error) {
	b, err := fs.ReadFile(fsys, "portal/i18n/"+lang+".toml")
	if err != nil {
		return nil, fmt.Errorf("interface strings: %w", err)
	}
	m := map[string]string{}
	if err := toml.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("interface strings %s.toml: %w", lang, err)
	}
	return m, nil
}

// T returns the string for key, with its template actions filled from args given as
// name, value pairs: T("status_overdue", "days", 16). An unknown key is returned in brackets,
// so a missing string shows on the page and in tests instead of vanishing.
func (t *texts) T(key string, args ...any) string {
	s, ok := t.strings[key]
	if !ok {
		if s, ok = t.fallback[key]; !ok {
			return "[" + key + "]"
		}
	}
	if !strings.Contains(s, "{{") {
		return s
	}
	t.mu.Lock()
	tmpl, ok := t.parsed[key]
	if !ok {
		var err error
		if tmpl, err = template.New(key).Option("missingkey=zero").Parse(s); err != nil {
			tmpl = nil
		}
		t.parsed[key] = tmpl
	}
	t.mu.Unlock()
	if tmpl == nil {
		return s
	}
	data := make(map[string]any, len(args)/2)
	for i := 0; i+1 < len(args); i += 2 {
		data[fmt.Sprint(args[i])] = args[i+1]
	}
	var b strings.Builder
	if err := tmpl.Execute(&b, data); err != nil {
		return s
	}
	return b.String()
}
