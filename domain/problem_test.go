package domain

import (
	"testing"
)

func TestProblemString(t *testing.T) {
	tests := []struct {
		p    Problem
		want string
	}{
		{Problem{Pos: Pos{File: "data/enterprises.csv", Line: 12, Col: 20}, Field: "uscc", Message: "credit code is empty"},
			"data/enterprises.csv:12:20: uscc: credit code is empty"},
		{Problem{Pos: Pos{File: "data/enterprises.csv", Line: 2, Col: 1}, Message: "file is not valid UTF-8", Hint: "file looks GBK-encoded; save it as UTF-8"},
			"data/enterprises.csv:2:1: file is not valid UTF-8 (hint: file looks GBK-encoded; save it as UTF-8)"},
		{Problem{Pos: Pos{File: "data/lists"}, Message: "file is missing"}, "data/lists: file is missing"},
		{Problem{Pos: Pos{File: "data/site.yaml", Line: 3}, Field: "email", Message: "bad"}, "data/site.yaml:3:1: email: bad"},
	}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("got  %s\nwant %s", got, tt.want)
		}
	}
}

func TestSourceAt(t *testing.T) {
	src := Source{File: "content/cases/a.md", Line: 2,
		Cols:  map[string]int{"title": 8, "date": 7},
		Lines: map[string]int{"date": 9}}
	for field, want := range map[string]string{
		"title":   "content/cases/a.md:2:8",
		"date":    "content/cases/a.md:9:7",
		"missing": "content/cases/a.md:2:1",
	} {
		if got := src.At(field).String(); got != want {
			t.Errorf("At(%q) = %s, want %s", field, got, want)
		}
	}
}

func TestProblemsSortAndError(t *testing.T) {
	a := Source{File: "data/a.csv", Line: 3, Cols: map[string]int{"x": 5, "y": 9}}
	b := Source{File: "data/b.csv", Line: 1}
	var ps Problems
	ps.Add(b, "", "whole line")
	ps.Add(a, "y", "later column")
	ps.AddHint(a, "x", "fix it", "first %s", "column")
	ps.Add(a, "y", "later column") // an exact duplicate is reported once
	ps.Add(Source{File: "data/a.csv", Line: 2}, "z", "earlier line")
	want := "data/a.csv:2:1: z: earlier line\n" +
		"data/a.csv:3:5: x: first column (hint: fix it)\n" +
		"data/a.csv:3:9: y: later column\n" +
		"data/b.csv:1:1: whole line"
	if got := ps.Error(); got != want {
		t.Errorf("Error():\n%s\nwant:\n%s", got, want)
	}
	if len(ps) != 5 || len(ps.Sort()) != 4 {
		t.Errorf("Sort must copy and drop duplicates: %d → %d", len(ps), len(ps.Sort()))
	}
	if ps[0].Pos.File != "data/b.csv" {
		t.Error("Sort changed the receiver")
	}
}
