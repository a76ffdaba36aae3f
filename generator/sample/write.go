package sample

import (
	"bufio"
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"cpportal/domain"
)

// Write generates the data set cfg describes and writes it as a complete source folder under
// dir: dir/data/… and dir/content/cases/*.md. Existing files of the same names are replaced;
// nothing else in dir is touched. The same cfg always gives byte-identical files.
func Write(dir string, cfg Config) error {
	cfg, err := cfg.normalized()
	if err != nil {
		return err
	}
	w := build(cfg)
	data := filepath.Join(dir, "data")
	for _, d := range []string{filepath.Join(data, "lists"), filepath.Join(dir, "content", "cases")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	steps := []func(string) error{
		w.writeSite, w.writeCities, w.writeIndustries, w.writeEnterprises, w.writeLists,
		w.writeDisclosures, w.writeAudits, w.writeOptions, w.writeAgencies, w.writeCalendar, w.writeReports,
	}
	for _, step := range steps {
		if err := step(data); err != nil {
			return err
		}
	}
	return w.writeCases(filepath.Join(dir, "content", "cases"))
}

// table streams the rows of one CSV file. It writes what encoding/csv writes (a field is
// quoted when it holds a comma, a quote or a line break, or starts with a space), without the
// per-field overhead that matters at two million disclosure rows.
type table struct {
	f   *os.File
	buf *bufio.Writer
	row []byte
}

func createTable(path string, header []string) (*table, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	t := &table{f: f, buf: bufio.NewWriterSize(f, 1<<20)}
	return t, t.write(header)
}

func (t *table) write(fields []string) error {
	b := t.row[:0]
	for i, f := range fields {
		if i > 0 {
			b = append(b, ',')
		}
		if f == `\.` || strings.ContainsAny(f, "\",\r\n") || f != "" && (f[0] == ' ' || f[0] == '\t') {
			b = append(b, '"')
			b = append(b, strings.ReplaceAll(f, `"`, `""`)...)
			b = append(b, '"')
			continue
		}
		b = append(b, f...)
	}
	b = append(b, '\n')
	t.row = b
	_, err := t.buf.Write(b)
	return err
}

func (t *table) close() error {
	return cmp.Or(t.buf.Flush(), t.f.Close())
}

// writeTable writes a whole small table.
func writeTable(path string, header []string, rows [][]string) error {
	t, err := createTable(path, header)
	if err != nil {
		return err
	}
	for _, r := range rows {
		if err := t.write(r); err != nil {
			t.close()
			return err
		}
	}
	return t.close()
}

// yamlValue writes a scalar plainly when YAML reads it back as the same string, quoted
// otherwise.
func yamlValue(s string) string {
	if s == "" || strings.ContainsAny(s, "#\"'\n{}[]&*!|>%@`") || strings.Contains(s, ": ") ||
		strings.HasPrefix(s, "-") || strings.HasPrefix(s, "?") || strings.TrimSpace(s) != s {
		return strconv.Quote(s)
	}
	return s
}

func (w *world) writeSite(data string) error {
	site := fmt.Sprintf(`# Fictional sample data written by generator/sample: no record describes a real enterprise.
title: 广东省强制性清洁生产审核信息公开平台（示例数据）
title_en: Guangdong Compulsory Cleaner-Production Audit Portal (sample data)
province: 广东省
email: cp-audit@example.org
as_of: %s
sample: true
`, AsOf)
	return os.WriteFile(filepath.Join(data, "site.yaml"), []byte(site), 0o644)
}

func (w *world) writeCities(data string) error {
	var rows [][]string
	for _, c := range cities {
		rows = append(rows, []string{c.code, c.name, c.nameEN})
	}
	return writeTable(filepath.Join(data, "cities.csv"), []string{"code", "name", "name_en"}, rows)
}

func (w *world) writeIndustries(data string) error {
	var rows [][]string
	for _, ind := range industries {
		rows = append(rows, []string{ind.code, ind.name, ind.nameEN, ind.guide})
	}
	return writeTable(filepath.Join(data, "industries.csv"), []string{"code", "name", "name_en", "guide"}, rows)
}

func (w *world) writeEnterprises(data string) error {
	t, err := createTable(filepath.Join(data, "enterprises.csv"), []string{"uscc", "name", "city", "county", "industry", "control_level", "address", "org_code", "local_id"})
	if err != nil {
		return err
	}
	for _, e := range w.ents {
		if err := t.write([]string{e.CreditCode, e.Name, e.City, e.County, e.Industry, string(e.Level), e.Address, e.OrgCode, e.LocalID}); err != nil {
			t.close()
			return err
		}
	}
	return t.close()
}

func (w *world) writeLists(data string) error {
	for _, b := range w.batches {
		meta := fmt.Sprintf("id: %s\ntitle: %s\nissuer: %s\ndoc_number: %s\npublished: %s\nsource_url: %s\n",
			yamlValue(b.ID), yamlValue(b.Title), yamlValue(b.Issuer), yamlValue(b.DocNumber), b.Published, yamlValue(b.SourceURL))
		if err := os.WriteFile(filepath.Join(data, "lists", b.ID+".yaml"), []byte(meta), 0o644); err != nil {
			return err
		}
		var rows [][]string
		for _, l := range b.listings {
			reasons := make([]string, len(l.reasons))
			for i, r := range l.reasons {
				reasons[i] = string(r)
			}
			rows = append(rows, []string{cmp.Or(l.listedAs, l.ent.USCC), l.ent.Name, string(l.ent.Level), strings.Join(reasons, "；")})
		}
		if err := writeTable(filepath.Join(data, "lists", b.ID+".csv"), []string{"uscc", "name", "control_level", "reasons"}, rows); err != nil {
			return err
		}
	}
	return nil
}

func (w *world) writeDisclosures(data string) error {
	t, err := createTable(filepath.Join(data, "disclosures.csv"), disclosureHeader)
	if err != nil {
		return err
	}
	for _, e := range w.ents {
		if e.early {
			continue // closed long before disclosures were published online
		}
		if err := writeDisclosures(t, e, w.cfg); err != nil {
			t.close()
			return err
		}
	}
	return t.close()
}

// eventRank orders events of one day the way a round goes through them.
func eventRank(k domain.EventKind) int { return slices.Index(domain.EventKinds, k) }

func (w *world) writeAudits(data string) error {
	var events []domain.AuditEvent
	for _, b := range w.batches {
		for _, l := range b.listings {
			events = append(events, l.events...)
		}
	}
	slices.SortFunc(events, func(a, b domain.AuditEvent) int {
		return cmp.Or(cmp.Compare(a.USCC, b.USCC), a.Date.Compare(b.Date), cmp.Compare(a.Batch, b.Batch),
			cmp.Compare(eventRank(a.Event), eventRank(b.Event)))
	})
	t, err := createTable(filepath.Join(data, "audits.csv"), []string{"uscc", "batch", "event", "date", "doc_number", "agency",
		"media", "source_url", "grounds", "deadline"})
	if err != nil {
		return err
	}
	for _, ev := range events {
		deadline := ""
		if !ev.Deadline.IsZero() {
			deadline = ev.Deadline.String()
		}
		if err := t.write([]string{ev.USCC, ev.Batch, string(ev.Event), ev.Date.String(), ev.DocNumber, ev.Agency,
			ev.Media, ev.SourceURL, string(ev.Grounds), deadline}); err != nil {
			t.close()
			return err
		}
	}
	return t.close()
}

func optNum(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}

func (w *world) writeOptions(data string) error {
	slices.SortFunc(w.options, func(a, b domain.Option) int {
		return cmp.Or(cmp.Compare(a.USCC, b.USCC), cmp.Compare(a.Batch, b.Batch), cmp.Compare(a.ID, b.ID))
	})
	header := []string{"uscc", "batch", "option_id", "title", "cost_class", "investment_wan", "status", "planned", "completed"}
	for _, k := range domain.OptionReductionKinds {
		header = append(header, k.Column())
	}
	t, err := createTable(filepath.Join(data, "options.csv"), append(header, "verified"))
	if err != nil {
		return err
	}
	for _, o := range w.options {
		row := []string{o.USCC, o.Batch, o.ID, o.Title, string(o.CostClass), optNum(o.InvestmentWan), string(o.Status),
			o.Planned.String(), o.Completed.String()}
		for _, k := range domain.OptionReductionKinds {
			row = append(row, optNum(o.Reductions.Ptr(k)))
		}
		row = append(row, o.Verified.String())
		if err := t.write(row); err != nil {
			t.close()
			return err
		}
	}
	return t.close()
}

func (w *world) writeAgencies(data string) error {
	var rows [][]string
	for _, a := range w.agencies {
		rows = append(rows, []string{a.ID, a.Name, a.City})
	}
	return writeTable(filepath.Join(data, "agencies.csv"), []string{"id", "name", "city"}, rows)
}

func (w *world) writeCalendar(data string) error {
	var rows [][]string
	for _, d := range calendarDays() {
		rows = append(rows, []string{d.Date.String(), string(d.Kind)})
	}
	return writeTable(filepath.Join(data, "calendar.csv"), []string{"date", "kind"}, rows)
}
