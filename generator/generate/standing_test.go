package generate

import (
	"regexp"
	"strings"
	"testing"

	"cpportal/generator/derive"
	"cpportal/internal/fixture"
)

func TestStandingOpensWithTheCurrentStanding(t *testing.T) {
	g, f := testFrag(t)
	e := enterprise(t, g, fixture.Dyeing)
	f.standing(e, derive.SummaryOf(e, fixture.AsOf), fixture.AsOf.String())
	html := f.String()
	text := regexp.MustCompile(`<[^>]+>`).ReplaceAllString(html, "")
	for _, want := range []string{
		"当前审核轮次： 2009-1 · 审核进行中",
		"1 个步骤已逾期", "提交审核报告 · ✖已逾期 149 天 期限 2010-02-01",
		"2009 年超标：1 项", "化学需氧量 · DW001 超标 0.50 倍 150.0 / 100.0 mg/L",
		"2009 年超总量：1 项", "80.00 / 60.00 t/a",
		"2009 年未公开：1 行", "氨氮 · DW001 排放浓度",
		"1 项责令限期改正尚未完成", "涉及：提交审核报告",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("standing lacks %q:\n%s", want, text)
		}
	}
	// every line links to its detail below
	for _, want := range []string{`href="#round-2009-1"`, `href="#` + seriesID("化学需氧量", "DW001") + `"`, `href="#` + seriesID("氨氮", "DW001") + `"`, `class="standing st-has-bad"`} {
		if !strings.Contains(html, want) {
			t.Errorf("standing lacks %s", want)
		}
	}
	f.Reset()
	f.dossier(g, e)
	for _, id := range []string{`id="round-2009-1"`, `id="` + seriesID("化学需氧量", "DW001") + `"`, `id="` + seriesID("氨氮", "DW001") + `"`} {
		if !strings.Contains(f.String(), id) {
			t.Errorf("dossier has no target %s", id)
		}
	}
}

func TestStandingOfAnEnterpriseInOrder(t *testing.T) {
	g, f := testFrag(t)
	e := enterprise(t, g, fixture.Paper)
	f.standing(e, derive.SummaryOf(e, fixture.AsOf), fixture.AsOf.String())
	html := f.String()
	for _, want := range []string{"无逾期步骤", "2009 年公开的排放均未超标", "2009 年各项均已公开", `class="standing"`} {
		if !strings.Contains(html, want) {
			t.Errorf("standing lacks %q", want)
		}
	}
	for _, unwanted := range []string{"st-bad", "责令限期改正"} {
		if strings.Contains(html, unwanted) {
			t.Errorf("standing of an enterprise in order has %q", unwanted)
		}
	}
}

func TestDurationsReadAsYearsAndDays(t *testing.T) {
	zh, err := loadTexts("zh")
	if err != nil {
		t.Fatal(err)
	}
	en, err := loadTexts("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		days   int
		zh, en string
	}{
		{0, "0 天", "0 days"}, {1, "1 天", "1 day"}, {149, "149 天", "149 days"}, {364, "364 天", "364 days"},
		{365, "1 年", "1 year"}, {366, "1 年 1 天", "1 year 1 day"}, {400, "1 年 35 天", "1 year 35 days"},
		{730, "2 年", "2 years"}, {6424, "17 年 219 天", "17 years 219 days"},
	} {
		if got := duration(zh, c.days); got != c.zh {
			t.Errorf("duration(zh, %d) = %q, want %q", c.days, got, c.zh)
		}
		if got := duration(en, c.days); got != c.en {
			t.Errorf("duration(en, %d) = %q, want %q", c.days, got, c.en)
		}
	}
}

func TestRelistedAfterAcceptanceIsNotARollOver(t *testing.T) {
	g, f := testFrag(t)
	e := *enterprise(t, g, fixture.Paper)
	next := e.Listings[0]
	next.Batch, next.Outcome, next.NextBatch = "2010-1", derive.OutcomeNone, ""
	e.Listings = append([]derive.Listing{e.Listings[0]}, next)
	e.Listings[0].NextBatch = "2010-1"
	f.dossier(g, &e)
	html := f.String()
	if !strings.Contains(html, "通过验收后再次列入 2010-1 批") || strings.Contains(html, "转入 2010-1 批") {
		t.Errorf("a listing after a passed acceptance should read as 再次列入")
	}
	if !strings.Contains(html, `<span class="badge">再次列入</span>`) {
		t.Errorf("the later round carries no 再次列入 badge")
	}
	f.Reset()
	f.dossier(g, enterprise(t, g, fixture.Plating)) // failed, then listed again: a roll-over
	if strings.Contains(f.String(), "再次列入") {
		t.Errorf("a roll-over after failing reads as 再次列入")
	}
}
