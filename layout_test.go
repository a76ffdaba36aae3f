package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// goPackage is what `go list -json` says of a package that the layout tests need.
type goPackage struct {
	ImportPath string
	Dir        string
	Imports    []string
	GoFiles    []string
}

func listPackages(t *testing.T) []goPackage {
	t.Helper()
	out, err := exec.Command("go", "list", "-json", "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var pkgs []goPackage
	dec := json.NewDecoder(bytes.NewReader(out))
	for dec.More() {
		var p goPackage
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
	return pkgs
}

// Hugo is linked by one package only, so that one test binary and one stage know it exists.
func TestOnlyTheRenderStageImportsHugo(t *testing.T) {
	var importers []string
	for _, p := range listPackages(t) {
		for _, imp := range p.Imports {
			if strings.HasPrefix(imp, "github.com/gohugoio/hugo") {
				importers = append(importers, p.ImportPath)
				break
			}
		}
	}
	if len(importers) != 1 {
		t.Errorf("packages importing Hugo: %q, want exactly one", importers)
	}
}

// Every production source file is small enough to read in one sitting.
func TestNoProductionFileOver500Lines(t *testing.T) {
	root, _ := os.Getwd()
	for _, p := range listPackages(t) {
		for _, name := range p.GoFiles {
			b, err := os.ReadFile(filepath.Join(p.Dir, name))
			if err != nil {
				t.Fatal(err)
			}
			if n := bytes.Count(b, []byte("\n")); n > 500 {
				rel, _ := filepath.Rel(root, filepath.Join(p.Dir, name))
				t.Errorf("%s has %d lines", rel, n)
			}
		}
	}
}

// README's layout table names every package folder, and every folder it names exists.
func TestREADMELayoutMatchesTheTree(t *testing.T) {
	f, err := os.Open("README.md")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cell := regexp.MustCompile("^\\| `([^`|]+)`")
	listed := map[string]bool{}
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "## ") {
			in = line == "## Layout"
			continue
		}
		if !in {
			continue
		}
		// A row may name several paths: "| `a`, `b` | …".
		if m := cell.FindStringSubmatch(line); m != nil {
			first := strings.SplitN(line, "|", 3)[1]
			for _, p := range regexp.MustCompile("`([^`]+)`").FindAllStringSubmatch(first, -1) {
				listed[strings.TrimSuffix(p[1], "/")] = true
			}
		}
	}
	if len(listed) == 0 {
		t.Fatal("README has no layout table under \"## Layout\"")
	}
	for path := range listed {
		if _, err := os.Stat(path); err != nil {
			t.Errorf("README's layout names %s, which does not exist", path)
		}
	}
	root, _ := os.Getwd()
	for _, p := range listPackages(t) {
		rel, _ := filepath.Rel(root, p.Dir)
		rel = filepath.ToSlash(rel)
		if rel == "." || strings.HasPrefix(rel, "e2e") {
			continue
		}
		// A package is covered when its folder or one of its parents is listed.
		covered := false
		for dir := rel; dir != "."; dir = filepath.ToSlash(filepath.Dir(dir)) {
			if listed[dir] {
				covered = true
				break
			}
		}
		if !covered {
			t.Errorf("README's layout does not name %s", rel)
		}
	}
}
