package load

import (
	"testing"
	"testing/fstest"

	"cpportal/internal/fixture"
)

const siteKeysHint = " (hint: the keys are title, title_en, province, email, base_url, as_of, sample)"

// TestYAMLProblems breaks site.yaml or a list's yaml at a time and checks the exact report.
func TestYAMLProblems(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string // "" deletes the file
		want  []string
	}{
		{"syntax error", map[string]string{"data/site.yaml": "title: 门户\nprovince: 广东省\n  email: a@example.org\n"},
			[]string{"data/site.yaml:3:1: invalid YAML: mapping values are not allowed in this context"}},
		{"syntax error without a line", map[string]string{"data/site.yaml": "\ttitle: 门户\n"},
			[]string{"data/site.yaml: invalid YAML: found character that cannot start any token"}},
		{"not a mapping", map[string]string{"data/site.yaml": "- title\n- email\n"},
			[]string{"data/site.yaml:1:1: must be a mapping of keys to values"}},
		{"no keys", map[string]string{"data/site.yaml": "# nothing yet\n"},
			[]string{"data/site.yaml:1:1: no YAML keys found"}},
		{"missing, empty, repeated and unknown keys", map[string]string{"data/site.yaml": "title:\nTitle: x\nprovince: 广东省\nprovince: 广东\n"},
			[]string{
				"data/site.yaml:1:1: email: key is missing",
				"data/site.yaml:1:7: title: value is missing",
				"data/site.yaml:2:1: Title: unknown key" + siteKeysHint,
				"data/site.yaml:4:1: province: key appears twice",
			}},
		{"values of the wrong shape", map[string]string{"data/site.yaml": "title: [a, b]\nprovince: {name: 广东省}\nemail: a@example.org\nas_of: 2012-1-1\nsample: 1\n"},
			[]string{
				"data/site.yaml:1:8: title: must be a single value, not a list",
				"data/site.yaml:2:11: province: must be a single value, not a mapping",
				`data/site.yaml:4:8: as_of: "2012-1-1" is not a date written as YYYY-MM-DD`,
				`data/site.yaml:5:9: sample: "1" is not true or false`,
			}},
		{"list id differs from its file name", map[string]string{"data/lists/2010-1.yaml": "id: 2010-2\ntitle: 第二批\nissuer: 广东省环境保护厅\ndoc_number: 粤环〔2010〕12号\npublished: 2010-03-15\n"},
			[]string{`data/lists/2010-1.yaml:1:5: id: id "2010-2" does not match the file name "2010-1" (hint: the id is the file name without .yaml)`}},
		{"list keys", map[string]string{"data/lists/2010-1.yaml": "id: 2010-1\ntitle: 第二批\nissuer: 广东省环境保护厅\npublished: 2010-03-32\nurl: http://example.org/\n"},
			[]string{
				"data/lists/2010-1.yaml:1:1: doc_number: key is missing",
				`data/lists/2010-1.yaml:4:12: published: "2010-03-32" is not a date written as YYYY-MM-DD`,
				"data/lists/2010-1.yaml:5:1: url: unknown key (hint: the keys are id, title, issuer, doc_number, published, source_url)",
			}},
		{"list yaml without its members", map[string]string{"data/lists/2010-1.csv": ""},
			[]string{"data/lists/2010-1.yaml: list has no member file data/lists/2010-1.csv"}},
		{"list members without their yaml", map[string]string{"data/lists/2010-1.yaml": ""},
			[]string{"data/lists/2010-1.csv: list members have no list file data/lists/2010-1.yaml"}},
		{"other files in data/lists", map[string]string{"data/lists/2011-1.xlsx": "PK", "data/lists/.DS_Store": "x"},
			[]string{"data/lists/2011-1.xlsx: unexpected file in data/lists (hint: a list is a pair <id>.yaml and <id>.csv)"}},
		{"list file name", map[string]string{
			"data/lists/2011_1.yaml": "id: 2011_1\ntitle: 第三批\nissuer: 广东省环境保护厅\ndoc_number: 粤环〔2011〕1号\npublished: 2011-03-15\n",
			"data/lists/2011_1.csv":  "uscc,name,control_level,reasons\n",
		}, []string{"data/lists/2011_1.yaml: file name 2011_1 is not a list id (hint: list ids use letters, digits and -, e.g. 2009-1)"}},
		{"GBK list yaml", map[string]string{"data/lists/2010-1.yaml": "id: 2010-1\n" + gbk("title: 第二批\n")},
			[]string{"data/lists/2010-1.yaml:2:8: file is not valid UTF-8 (hint: file looks GBK-encoded; save it as UTF-8)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkProblems(t, problemLines(fixture.SourceWith(tt.files)), tt.want)
		})
	}
}

func TestListWithoutMembersStillLoads(t *testing.T) {
	fsys := fixture.Source()
	fsys["data/lists/2010-1.csv"] = &fstest.MapFile{Data: []byte("uscc,name,control_level,reasons\n")}
	ds, ps := Load(fsys)
	if len(ps) != 0 {
		t.Fatal(ps.Error())
	}
	if len(ds.Batches) != 2 || len(ds.Batches[1].Members) != 0 || ds.Batches[1].Title == "" {
		t.Errorf("batches = %+v", ds.Batches)
	}
}
