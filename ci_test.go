package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// readYAML parses a YAML file into generic values, failing the test on a syntax error.
func readYAML(t *testing.T, path string) map[string]any {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var v map[string]any
	if err := yaml.Unmarshal(data, &v); err != nil {
		t.Fatalf("%s does not parse: %v", path, err)
	}
	return v
}

func mapAt(t *testing.T, v any, keys ...string) map[string]any {
	t.Helper()
	for _, k := range keys {
		m, ok := v.(map[string]any)
		if !ok {
			t.Fatalf("%s: not a mapping", strings.Join(keys, "."))
		}
		v = m[k]
	}
	m, ok := v.(map[string]any)
	if !ok {
		t.Fatalf("%s: not a mapping but %T", strings.Join(keys, "."), v)
	}
	return m
}

// steps joins what a job runs and uses, to look for commands in it.
func stepsText(t *testing.T, job map[string]any) string {
	t.Helper()
	b, err := yaml.Marshal(job["steps"])
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestGitHubWorkflowsParse: every workflow parses, and the portal workflow checks pull
// requests with annotations and builds and publishes main, with Go's caches.
func TestGitHubWorkflowsParse(t *testing.T) {
	files, _ := filepath.Glob(".github/workflows/*.yml")
	if len(files) == 0 {
		t.Fatal("no workflow in .github/workflows")
	}
	for _, f := range files {
		wf := readYAML(t, f)
		jobs := mapAt(t, wf, "jobs")
		if len(jobs) == 0 {
			t.Errorf("%s has no jobs", f)
		}
		for name := range jobs {
			job := mapAt(t, jobs, name)
			if job["runs-on"] == nil {
				t.Errorf("%s: job %s has no runs-on", f, name)
			}
			steps, ok := job["steps"].([]any)
			if !ok || len(steps) == 0 {
				t.Errorf("%s: job %s has no steps", f, name)
			}
			for i, s := range steps {
				st, _ := s.(map[string]any)
				if (st["uses"] == nil) == (st["run"] == nil) {
					t.Errorf("%s: job %s step %d needs exactly one of uses and run", f, name, i+1)
				}
			}
		}
	}
	wf := readYAML(t, ".github/workflows/portal.yml")
	on := mapAt(t, wf, "on")
	if _, ok := on["pull_request"]; !ok {
		t.Error("the portal workflow does not run on pull requests")
	}
	if push := mapAt(t, on, "push"); !strings.Contains(strings.Join(strs(push["branches"]), ","), "main") {
		t.Error("the portal workflow does not run on pushes to main")
	}
	check := stepsText(t, mapAt(t, wf, "jobs", "check"))
	for _, want := range []string{"actions/setup-go", "cache-dependency-path", "check --source . --format github"} {
		if !strings.Contains(check, want) {
			t.Errorf("the check job lacks %q", want)
		}
	}
	publish := mapAt(t, wf, "jobs", "publish")
	if !strings.Contains(publish["if"].(string), "refs/heads/main") || publish["needs"] != "check" {
		t.Errorf("publish runs on %v after %v", publish["if"], publish["needs"])
	}
	for _, want := range []string{" build --source .", "upload-pages-artifact", "deploy-pages"} {
		if !strings.Contains(stepsText(t, publish), want) {
			t.Errorf("the publish job lacks %q", want)
		}
	}
}

func strs(v any) []string {
	var out []string
	list, _ := v.([]any)
	for _, x := range list {
		out = append(out, strings.TrimSpace(toString(x)))
	}
	return out
}

func toString(v any) string {
	s, _ := v.(string)
	return s
}

// TestGitLabPipelineParses: the pipeline checks merge requests into a Code Quality report and
// publishes Pages from the default branch, with Go's caches.
func TestGitLabPipelineParses(t *testing.T) {
	ci := readYAML(t, ".gitlab-ci.yml")
	def := mapAt(t, ci, "default")
	cache := mapAt(t, def, "cache")
	if paths := strings.Join(strs(cache["paths"]), " "); !strings.Contains(paths, ".go/pkg/mod") || !strings.Contains(paths, "build-cache") {
		t.Errorf("cache paths %q", paths)
	}
	check := mapAt(t, ci, "check")
	script := strings.Join(strs(check["script"]), "\n")
	if !strings.Contains(script, "check --source . --format gitlab") {
		t.Errorf("check script %q", script)
	}
	if mapAt(t, check, "artifacts", "reports")["codequality"] != "gl-code-quality-report.json" {
		t.Error("the check job does not hand GitLab its Code Quality report")
	}
	rules, _ := check["rules"].([]any)
	if len(rules) == 0 || !strings.Contains(toString(mapAt(t, rules[0])["if"]), "merge_request_event") {
		t.Error("the check job does not run on merge requests")
	}
	pages := mapAt(t, ci, "pages")
	if !strings.Contains(strings.Join(strs(pages["script"]), "\n"), " build --source . --out public") {
		t.Error("the pages job does not build into public/")
	}
	if got := strs(mapAt(t, pages, "artifacts")["paths"]); len(got) != 1 || got[0] != "public" {
		t.Errorf("pages artifacts %v", got)
	}
}

// TestDockerfileAndREADME: the image is a static binary run by an unprivileged user, and the
// docker run line in README mounts what the image's command reads and writes.
func TestDockerfileAndREADME(t *testing.T) {
	b, err := os.ReadFile("Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	df := string(b)
	for _, want := range []string{"CGO_ENABLED=0", "FROM scratch", "USER 65532:65532", `VOLUME ["/srv"]`,
		`CMD ["serve", "--source", "/data", "--out", "/srv/public", "--index", "/srv/index", "--cache", "/srv/cache", "--addr", ":8080"]`} {
		if !strings.Contains(df, want) {
			t.Errorf("Dockerfile lacks %q", want)
		}
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	run := regexp.MustCompile("(?m)^docker run .*$").Find(readme)
	if run == nil {
		t.Fatal("README has no docker run line")
	}
	for _, want := range []string{"--read-only", "--user", ":/data:ro", ":/srv", "-p 127.0.0.1:8080:8080"} {
		if !strings.Contains(string(run), want) {
			t.Errorf("README's docker run line lacks %q: %s", want, run)
		}
	}
}
