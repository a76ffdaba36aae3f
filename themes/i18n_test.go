package themes

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	toml "github.com/pelletier/go-toml/v2"
)

// TestI18nKeysAreUsedAndComplete: every interface string of the theme is used by a template,
// the Go code or a script, and every language has every key. A key counts as used when it
// is written out as a string, or when code builds it from a prefix ("stage_" + stage,
// printf "stage_%s") and strings the code writes (the stage's value). Built keys are judged
// by their parts, so a key whose parts are still written elsewhere passes: the test catches
// keys nothing spells, not every leftover.
func TestI18nKeysAreUsedAndComplete(t *testing.T) {
	langs := map[string]map[string]string{}
	for _, lang := range []string{"zh", "en"} {
		raw, err := fs.ReadFile(FS, "portal/i18n/"+lang+".toml")
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		if err := toml.Unmarshal(raw, &m); err != nil {
			t.Fatalf("%s.toml: %v", lang, err)
		}
		langs[lang] = m
	}
	for lang, m := range langs {
		for other, om := range langs {
			for k := range om {
				if _, ok := m[k]; !ok {
					t.Errorf("%s.toml lacks %q, which %s.toml has", lang, k, other)
				}
			}
		}
	}

	literals, prefixes := codeStrings(t, "..")
	var unused []string
	for k := range langs["zh"] {
		if !literals[k] && !builtFrom(k, literals, prefixes) {
			unused = append(unused, k)
		}
	}
	slices.Sort(unused)
	for _, k := range unused {
		t.Errorf("i18n key %q is used by no template, Go code or script", k)
	}
}

var (
	quoted = regexp.MustCompile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"|`([^`]*)`|'((?:[^'\\\\\\n]|\\\\.)*)'")
	// A key built from a prefix: "stage_" + s, T("stage_"+s), printf "stage_%s".
	goPrefix       = regexp.MustCompile(`"([a-z0-9_]+_)"\s*\+`)
	templatePrefix = regexp.MustCompile(`printf "([a-z0-9_]+_)%[sdv]"`)
	// Words inside a string (a value may be listed in one: "within1 1to3").
	word = regexp.MustCompile(`[\p{L}\p{N}_.-]+`)
	// A template action.
	action = regexp.MustCompile(`(?s)\{\{.*?\}\}`)
)

// codeStrings returns every string the repository's templates, Go code (tests excluded) and
// scripts write, with the words inside them, and the prefixes keys are built from.
func codeStrings(t *testing.T, root string) (map[string]bool, []string) {
	t.Helper()
	literals := map[string]bool{}
	prefixSet := map[string]bool{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if name == "node_modules" || name == "testdata" || name == "i18n" || (strings.HasPrefix(name, ".") && path != root) {
				return filepath.SkipDir
			}
			return nil
		}
		ext := filepath.Ext(name)
		if (ext != ".go" && ext != ".html" && ext != ".js") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		src := string(raw)
		if ext == ".html" { // a template's strings are inside its actions; quotes outside are HTML's
			src = strings.Join(action.FindAllString(src, -1), "\n")
		}
		for _, m := range quoted.FindAllStringSubmatch(src, -1) {
			s := m[1] + m[2] + m[3]
			literals[s] = true
			for _, w := range word.FindAllString(s, -1) {
				literals[w] = true
			}
		}
		for _, re := range []*regexp.Regexp{goPrefix, templatePrefix} {
			for _, m := range re.FindAllStringSubmatch(src, -1) {
				prefixSet[m[1]] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var prefixes []string
	for p := range prefixSet {
		prefixes = append(prefixes, p)
	}
	return literals, prefixes
}

// builtFrom reports whether key is a prefix followed by a string the code writes, or by
// several joined with "_" ("supervision_" + supervisor + "_" + assisting).
func builtFrom(key string, literals map[string]bool, prefixes []string) bool {
	for _, p := range prefixes {
		rest, ok := strings.CutPrefix(key, p)
		if !ok {
			continue
		}
		if literals[rest] {
			return true
		}
		parts := strings.Split(rest, "_")
		all := len(parts) > 1
		for _, part := range parts {
			all = all && literals[part]
		}
		if all {
			return true
		}
	}
	return false
}
