package generate

import (
	"strings"

	"cpportal/generator/generate/pagehtml"
)

// pageBody renders the HTML body of one page in one language. The bodies carry the data-heavy
// markup (timelines, charts, tables) so that Hugo only wraps them: rendering them here is
// several times cheaper than in templates and can be tested without Hugo.
type pageBody struct {
	*pagehtml.Page
	t    *texts
	base string // site path prefix of the language: "/" or "/en/" (under the base URL's path)
}

func (g *generator) newPageBody(lang string) (*pageBody, error) {
	t, err := loadTexts(lang)
	if err != nil {
		return nil, err
	}
	base := g.basePath
	if lang != defaultLang {
		base += lang + "/"
	}
	return &pageBody{Page: &pagehtml.Page{}, t: t, base: base}, nil
}

// fragments renders a page body in the default language and in every other language of
// Input.Languages, and writes each to fragments/<lang>/<rel> in the project; the page's
// template reads the one of its language (partial fragment.html).
func (g *generator) fragments(rel string, render func(*pageBody)) error {
	return g.main.fragments(rel, render)
}

// fragments is generator.fragments with the worker's own renderers and files.
func (p *pageWorker) fragments(rel string, render func(*pageBody)) error {
	for _, lang := range p.g.langs {
		f, err := p.bodyFor(lang)
		if err != nil {
			return err
		}
		f.Reset()
		render(f)
		if err := p.out.file("fragments/"+lang+"/"+rel, f.Bytes()); err != nil {
			return err
		}
	}
	return nil
}

// bodyFor returns the worker's renderer of lang, made once.
func (p *pageWorker) bodyFor(lang string) (*pageBody, error) {
	if f, ok := p.bodies[lang]; ok {
		return f, nil
	}
	f, err := p.g.newPageBody(lang)
	if err != nil {
		return nil, err
	}
	p.bodies[lang] = f
	return f, nil
}

// T is f.t.T.
func (f *pageBody) T(key string, args ...any) string { return f.t.T(key, args...) }

// url returns the page-relative URL of a site path such as "enterprises/X/".
func (f *pageBody) url(path string) string { return f.base + path }

// joinNonEmpty joins the non-empty parts with sep.
func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}
