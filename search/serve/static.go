package serve

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"

	"cpportal/generator/precompress"
)

// contentTypes are the types of the files a rendered portal holds; the system's MIME table
// is only consulted for anything else, and unknown files are sent as octet streams (the
// browser is told not to sniff).
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".mjs":         "text/javascript; charset=utf-8",
	".json":        "application/json; charset=utf-8",
	".xml":         "application/xml; charset=utf-8",
	".rss":         "application/rss+xml; charset=utf-8",
	".atom":        "application/atom+xml; charset=utf-8",
	".svg":         "image/svg+xml",
	".csv":         "text/csv; charset=utf-8",
	".txt":         "text/plain; charset=utf-8",
	".webmanifest": "application/manifest+json",
	".png":         "image/png",
	".jpg":         "image/jpeg",
	".jpeg":        "image/jpeg",
	".gif":         "image/gif",
	".webp":        "image/webp",
	".ico":         "image/x-icon",
	".woff":        "font/woff",
	".woff2":       "font/woff2",
	".pdf":         "application/pdf",
	".xlsx":        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
	".zip":         "application/zip",
}

func contentType(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

// cacheControl: pages and data revalidate every time (cheap with ETag); assets may be
// reused for an hour.
func cacheControl(name string) string {
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".json", ".xml", ".rss", ".atom", ".csv", ".txt", ".webmanifest":
		return "no-cache"
	}
	return "public, max-age=3600"
}

// handleStatic serves files from SiteDir through an os.Root, so that no path (.., encoded
// slashes, symbolic links pointing elsewhere) can reach outside it.
func (s *Server) handleStatic(w http.ResponseWriter, r *http.Request) {
	if !allowMethods(w, r) {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name, ok := sitePath(r)
	if !ok {
		s.notFound(w, r)
		return
	}
	root, err := s.openSite()
	if err != nil {
		s.log.Printf("site folder: %v", err)
		http.Error(w, "the site is being published; try again", http.StatusServiceUnavailable)
		return
	}
	defer root.Close()
	f, err := root.Open(name)
	if err != nil {
		s.notFound(w, r)
		return
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		s.notFound(w, r)
		return
	}
	if !fi.IsDir() && strings.HasSuffix(r.URL.Path, "/") && name != "." {
		s.notFound(w, r) // a file is not a folder
		return
	}
	if fi.IsDir() {
		if !strings.HasSuffix(r.URL.Path, "/") {
			target := r.URL.Path + "/"
			if r.URL.RawQuery != "" {
				target += "?" + r.URL.RawQuery
			}
			http.Redirect(w, r, target, http.StatusMovedPermanently)
			return
		}
		f.Close()
		name = path.Join(name, "index.html")
		if f, err = root.Open(name); err != nil {
			s.notFound(w, r) // never a listing
			return
		}
		defer f.Close()
		if fi, err = f.Stat(); err != nil || !fi.Mode().IsRegular() {
			s.notFound(w, r)
			return
		}
	}
	if !fi.Mode().IsRegular() {
		s.notFound(w, r)
		return
	}
	if s.cfg.Live != nil && strings.HasSuffix(name, ".html") {
		serveLivePage(w, r, f)
		return
	}
	h := w.Header()
	h.Set("Content-Type", contentType(name))
	h.Set("Cache-Control", cacheControl(name))
	if precompress.Compressible(name) {
		h.Add("Vary", "Accept-Encoding")
		if gz, gzi, ok := openGzip(root, name, r); ok {
			defer gz.Close()
			h.Set("Content-Encoding", "gzip")
			h.Set("ETag", fmt.Sprintf(`W/"%x-%x-gz"`, gzi.Size(), gzi.ModTime().UnixNano()))
			http.ServeContent(w, r, name, gzi.ModTime(), gz)
			return
		}
	}
	h.Set("ETag", fmt.Sprintf(`W/"%x-%x"`, fi.Size(), fi.ModTime().UnixNano()))
	http.ServeContent(w, r, name, fi.ModTime(), f)
}

// sitePath turns the request path into a name inside the site, refusing anything that is
// not a plain relative path: encoded slashes or backslashes, NUL, dot segments and hidden
// files (.git, .env), apart from .well-known.
func sitePath(r *http.Request) (string, bool) {
	raw := r.URL.EscapedPath()
	lower := strings.ToLower(raw)
	if strings.Contains(lower, "%2f") || strings.Contains(lower, "%5c") || strings.Contains(lower, "%00") {
		return "", false
	}
	p := r.URL.Path
	if !strings.HasPrefix(p, "/") || strings.ContainsAny(p, "\\\x00") {
		return "", false
	}
	for _, seg := range strings.Split(p, "/") {
		if seg == ".." || (strings.HasPrefix(seg, ".") && seg != ".well-known") {
			return "", false
		}
	}
	name := strings.TrimPrefix(path.Clean(p), "/")
	if name == "" {
		name = "."
	}
	return name, fs.ValidPath(name)
}

// notFound answers 404 with the site's own 404 page when it has one.
func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Cache-Control", "no-cache")
	root, err := s.openSite()
	if err != nil {
		http.Error(w, "404 page not found", http.StatusNotFound)
		return
	}
	defer root.Close()
	page := "404.html"
	if r.URL.Path == "/en" || strings.HasPrefix(r.URL.Path, "/en/") {
		page = "en/404.html" // an English reader gets the English page
	}
	f, err := root.Open(page)
	if errors.Is(err, fs.ErrNotExist) && page != "404.html" {
		f, err = root.Open("404.html")
	}
	if err == nil {
		defer f.Close()
		body, err := io.ReadAll(io.LimitReader(f, 1<<20))
		if err == nil {
			h.Set("Content-Type", "text/html; charset=utf-8")
			w.WriteHeader(http.StatusNotFound)
			if r.Method != http.MethodHead {
				w.Write(body)
			}
			return
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		s.log.Printf("reading 404.html: %v", err)
	}
	h.Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	if r.Method != http.MethodHead {
		io.WriteString(w, "404 page not found\n")
	}
}
