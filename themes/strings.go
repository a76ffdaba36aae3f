package themes

import (
	"fmt"
	"io/fs"

	toml "github.com/pelletier/go-toml/v2"
)

// Strings returns the theme's interface strings of one language (portal/i18n/<lang>.toml) by
// key, as written: a "{{ .name }}" in one is a value to fill in.
func Strings(lang string) (map[string]string, error) {
	b, err := fs.ReadFile(FS, "portal/i18n/"+lang+".toml")
	if err != nil {
		return nil, fmt.Errorf("interface strings: %w", err)
	}
	m := map[string]string{}
	if err := toml.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("interface strings %s.toml: %w", lang, err)
	}
	return m, nil
}
