package build

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"syscall"

	"cpportal/generator/render"
)

// The build cache lets a build render only the pages whose inputs changed since the
// previous build into the same output, and take the others from the published site. It is
// one small file per output (a manifest): the hash of each reusable page's inputs (its
// content file and the body fragments it names, in every language), the hash of what every
// page reads (the program, which holds the theme and Hugo; the site facts and as-of date;
// the lookup tables; the source's layout overrides; the guides), the list of the project's
// files, and the identity of the published site folder the manifest describes. When any of
// the site-wide inputs or the list of files changed, or the published folder is not the
// one described, the build renders everything and says why.

// manifestFormat changes whenever what a manifest means changes.
const manifestFormat = 1

type manifest struct {
	Format    int               `json:"format"`
	Out       string            `json:"out"`    // the published site folder, absolute
	OutID     string            `json:"out_id"` // its device and inode once published
	Global    map[string]string `json:"global"` // what every page reads, by name
	Structure string            `json:"structure"`
	Pages     map[string]string `json:"pages"` // content file → hash of its inputs
}

// reusePlan is what a build found in its cache: a full render and why, or the pages to render.
type reusePlan struct {
	file   string    // the manifest's file; "" without a cache
	cur    *manifest // the manifest of this build, saved once it has published
	full   string    // why every page is rendered; "" when only changed pages are
	render map[string]bool
}

// cacheDir is the cache folder: --cache, else SOURCE/.cache/build; "-" means none.
func (c *Config) cacheDir() string {
	if c.Cache == "" {
		return filepath.Join(c.Source, ".cache", "build")
	}
	return c.Cache
}

// manifestFile names the manifest of the build's outputs: builds into different outputs
// keep their own manifests in one cache.
func (c *Config) manifestFile() (string, error) {
	out, err := filepath.Abs(c.Out)
	if err != nil {
		return "", err
	}
	ix := c.Index
	if ix != "-" {
		if ix, err = filepath.Abs(ix); err != nil {
			return "", err
		}
	}
	h := sha256.Sum256([]byte(out + "\x00" + ix))
	return filepath.Join(c.cacheDir(), "site-"+hex.EncodeToString(h[:8])+".json"), nil
}

// planReuse compares the generated project with the cache's manifest.
func planReuse(cfg Config) (*reusePlan, error) {
	if cfg.cacheDir() == "-" {
		return &reusePlan{full: "no cache (--cache -)"}, nil
	}
	file, err := cfg.manifestFile()
	if err != nil {
		return nil, err
	}
	cur, err := projectManifest(cfg.BuildDir)
	if err != nil {
		return nil, err
	}
	cur.Out, _ = filepath.Abs(cfg.Out)
	plan := &reusePlan{file: file, cur: cur}
	old, err := readManifest(file)
	switch {
	case err != nil:
		plan.full = "no previous build in the cache"
	case old.Format != manifestFormat || old.Out != cur.Out:
		plan.full = "the cache describes another build"
	case old.OutID == "" || old.OutID != folderID(cfg.Out):
		plan.full = "the published site is not the one the cache describes"
	case old.Structure != cur.Structure:
		plan.full = "pages or files were added or removed"
	}
	if plan.full == "" {
		var changed []string
		for _, name := range slices.Sorted(maps.Keys(cur.Global)) {
			if old.Global[name] != cur.Global[name] {
				changed = append(changed, name)
			}
		}
		if len(changed) > 0 {
			plan.full = strings.Join(changed, ", ") + " changed"
		}
	}
	if plan.full != "" {
		return plan, nil
	}
	plan.render = map[string]bool{}
	for rel, h := range cur.Pages {
		if old.Pages[rel] != h || h == alwaysRender {
			plan.render[rel] = true
		}
	}
	return plan, nil
}

func readManifest(file string) (*manifest, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var m manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	return &m, nil
}

// save writes the manifest once the site is published, through a temporary file so that a
// killed build leaves the previous manifest or none.
func (p *reusePlan) save(out string) error {
	if p.file == "" {
		return nil
	}
	p.cur.Format = manifestFormat
	p.cur.OutID = folderID(out)
	b, err := json.Marshal(p.cur)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(p.file), 0o755); err != nil {
		return err
	}
	tmp := p.file + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, p.file)
}

// forget removes the manifest before the published site changes, so that a build that dies
// between the swap and the new manifest is followed by a full one.
func (p *reusePlan) forget() error {
	if p.file == "" {
		return nil
	}
	if err := os.Remove(p.file); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// folderID is the device and inode of a folder: publishing renames a new folder into place,
// so a site published by any other build, or put back by hand, has another.
func folderID(dir string) string {
	fi, err := os.Stat(dir)
	if err != nil {
		return ""
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return ""
	}
	return fmt.Sprintf("%d:%d", st.Dev, st.Ino)
}

// alwaysRender is the hash of a page that is rendered in every build: one with aliases,
// whose redirect files only a render writes.
const alwaysRender = "always"

// fragmentRef finds the names of body fragments in a content file's front matter.
var fragmentRef = regexp.MustCompile(`[A-Za-z0-9_./-]+\.html`)

// projectManifest hashes the inputs of the generated project's pages.
func projectManifest(project string) (*manifest, error) {
	m := &manifest{Global: map[string]string{}, Pages: map[string]string{}}
	var err error
	if m.Global["the program (theme, Hugo)"], err = programHash(); err != nil {
		return nil, err
	}
	if m.Global["the site settings or the as-of date"], err = siteFactsHash(project); err != nil {
		return nil, err
	}
	for name, dirs := range map[string][]string{
		"the lookup tables of cities, industries and agencies": {"data"},
		"the source's layouts, assets or interface words":      {"layouts", "assets", "i18n"},
		"the guides": {"content/guides"},
	} {
		h := sha256.New()
		for _, d := range dirs {
			if err := hashTree(h, filepath.Join(project, filepath.FromSlash(d)), func(rel string) bool {
				return d != "data" || rel != "portal.json"
			}); err != nil {
				return nil, err
			}
		}
		m.Global[name] = hex.EncodeToString(h.Sum(nil))
	}

	// The list of files, and the pages of the reusable sections.
	list := sha256.New()
	var pages []string
	for _, top := range []string{"content", "fragments", "static", "data"} {
		root := filepath.Join(project, top)
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if p == root && errors.Is(err, fs.ErrNotExist) {
					return fs.SkipDir
				}
				return err
			}
			rel, _ := filepath.Rel(root, p)
			rel = filepath.ToSlash(rel)
			fmt.Fprintf(list, "%s/%s %v\n", top, rel, d.IsDir())
			if top == "content" && !d.IsDir() && render.Reusable(rel) {
				pages = append(pages, rel)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("cache: %w", err)
		}
	}
	m.Structure = hex.EncodeToString(list.Sum(nil))

	hashes := make([]string, len(pages))
	errs := make([]error, len(pages))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				hashes[i], errs[i] = pageHash(project, pages[i])
			}
		}()
	}
	for i := range pages {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, rel := range pages {
		if errs[i] != nil {
			return nil, errs[i]
		}
		m.Pages[rel] = hashes[i]
	}
	return m, nil
}

// pageHash hashes a reusable page's content file and the fragments it names, in every language.
func pageHash(project, rel string) (string, error) {
	b, err := os.ReadFile(filepath.Join(project, "content", filepath.FromSlash(rel)))
	if err != nil {
		return "", fmt.Errorf("cache: %w", err)
	}
	if bytes.Contains(b, []byte(`"aliases"`)) || bytes.Contains(b, []byte("\naliases:")) {
		return alwaysRender, nil
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s %d\n", rel, len(b))
	h.Write(b)
	refs := fragmentRef.FindAll(b, -1)
	slices.SortFunc(refs, bytes.Compare)
	refs = slices.CompactFunc(refs, bytes.Equal)
	for _, lang := range append([]string{"zh"}, render.OtherLanguages...) {
		for _, ref := range refs {
			f, err := os.ReadFile(filepath.Join(project, "fragments", lang, filepath.FromSlash(string(ref))))
			if errors.Is(err, fs.ErrNotExist) {
				fmt.Fprintf(h, "%s/%s absent\n", lang, ref)
				continue
			}
			if err != nil {
				return "", fmt.Errorf("cache: %w", err)
			}
			fmt.Fprintf(h, "%s/%s %d\n", lang, ref, len(f))
			h.Write(f)
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// siteFactsHash hashes what every page shows of data/portal.json: the site's settings and
// the as-of date (the header and footer). The rest of it (totals, batches) is read only by
// pages that are always rendered.
func siteFactsHash(project string) (string, error) {
	b, err := os.ReadFile(filepath.Join(project, "data", "portal.json"))
	if err != nil {
		return "", fmt.Errorf("cache: %w", err)
	}
	var facts struct {
		Site json.RawMessage `json:"site"`
		AsOf json.RawMessage `json:"as_of"`
	}
	if err := json.Unmarshal(b, &facts); err != nil {
		return "", fmt.Errorf("cache: data/portal.json: %w", err)
	}
	h := sha256.New()
	h.Write(facts.Site)
	h.Write([]byte{0})
	h.Write(facts.AsOf)
	return hex.EncodeToString(h.Sum(nil)), nil
}

// hashTree hashes the names and contents of the files under dir (nothing when absent) that keep accepts.
func hashTree(h io.Writer, dir string, keep func(rel string) bool) error {
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir && errors.Is(err, fs.ErrNotExist) {
				return fs.SkipDir
			}
			return err
		}
		if d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if !keep(rel) {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "%s %d\n", rel, len(b))
		h.Write(b)
		return nil
	})
	if err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	return nil
}

var self struct {
	once sync.Once
	hash string
	err  error
}

// programHash hashes the running program, which holds the theme, the site configuration
// and Hugo: a new version of any of them renders every page. Computed once per process.
func programHash() (string, error) {
	self.once.Do(func() {
		exe, err := os.Executable()
		if err != nil {
			self.err = err
			return
		}
		f, err := os.Open(exe)
		if err != nil {
			self.err = err
			return
		}
		defer f.Close()
		h := sha256.New()
		if _, err := io.Copy(h, f); err != nil {
			self.err = err
			return
		}
		self.hash = hex.EncodeToString(h.Sum(nil))
	})
	if self.err != nil {
		return "", fmt.Errorf("cache: hashing the program: %w", self.err)
	}
	return self.hash, nil
}
