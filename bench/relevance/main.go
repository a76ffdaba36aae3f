package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"

	"cpportal/search/index"
	"cpportal/search/relevance"
)

func main() {
	ixDir := flag.String("index", "", "portal search index `DIR`")
	table := flag.String("table", "search/relevance/testdata/relevance.tsv", "relevance table `FILE`")
	bundle := flag.String("pagefind", "", "Pagefind bundle `DIR` built from the same site (optional)")
	script := flag.String("node-script", "bench/lib/pagefind-query.mjs", "Node script that queries a Pagefind bundle")
	verbose := flag.Bool("v", false, "print every query's result on stderr")
	flag.Parse()
	if err := run(*ixDir, *table, *bundle, *script, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "relevance:", err)
		os.Exit(1)
	}
}

func run(ixDir, tablePath, bundle, script string, verbose bool) error {
	if ixDir == "" {
		return fmt.Errorf("--index is required")
	}
	ix, err := index.Open(ixDir)
	if err != nil {
		return err
	}
	defer ix.Close()
	table, err := relevance.LoadTable(tablePath)
	if err != nil {
		return err
	}
	docs, err := ix.StoredDocuments()
	if err != nil {
		return err
	}
	report := func(engine string, rep relevance.Report) {
		if verbose {
			fmt.Fprintf(os.Stderr, "== %s\n%s", engine, rep)
		}
		fmt.Printf("%s\t%.3f\t%d\t%d\n", engine, rep.Precision, rep.FirstMet, len(rep.Cases))
	}
	report("portal", relevance.Evaluate(docs, table, relevance.Following(func(q, lang string, size int) ([]string, string, error) {
		res, err := ix.Search(context.Background(), index.Request{Query: q, Size: size, FacetSize: -1, Lang: lang})
		var urls []string
		for _, h := range res.Hits {
			urls = append(urls, h.URL)
		}
		return urls, res.Suggestion, err
	})))
	if bundle == "" {
		return nil
	}
	pf, err := startPagefind(script, bundle)
	if err != nil {
		return err
	}
	defer pf.close()
	report("pagefind", relevance.Evaluate(docs, table, pf.rank))
	return pf.err
}

// pagefind is the Node process answering queries over a Pagefind bundle, one line each way.
type pagefind struct {
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Reader
	err error
}

func startPagefind(script, bundle string) (*pagefind, error) {
	cmd := exec.Command("node", script, bundle)
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting node: %w", err)
	}
	return &pagefind{cmd: cmd, in: in, out: bufio.NewReader(out)}, nil
}

// rank sends one query and reads its line: the query, then the result URLs, tab-separated.
// The bundle is queried as it is, whatever the language of the case.
func (p *pagefind) rank(query, _ string) ([]string, error) {
	q := strings.Join(strings.Fields(query), " ")
	if p.err != nil {
		return nil, p.err
	}
	if q == "" {
		return nil, nil
	}
	if _, err := fmt.Fprintln(p.in, q); err != nil {
		p.err = fmt.Errorf("pagefind query process: %w", err)
		return nil, p.err
	}
	line, err := p.out.ReadString('\n')
	if err != nil {
		p.err = fmt.Errorf("pagefind query process: %w", err)
		return nil, p.err
	}
	fields := strings.Split(strings.TrimRight(line, "\n"), "\t")
	if fields[0] != q {
		p.err = fmt.Errorf("pagefind answered %q for the query %q", fields[0], q)
		return nil, p.err
	}
	return fields[1:], nil
}

func (p *pagefind) close() {
	p.in.Close()
	p.cmd.Wait()
}
