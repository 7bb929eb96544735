package graph

import (
	"fmt"
	"strings"
	"testing"
)

// indicatorKG builds a small graph: two provinces and a city, the GDP
// growth and unemployment indicators, targets of 2024 and 2025 from each
// province's report, and observations of 2024 from the next reports.
func indicatorKG(t *testing.T) *KG {
	t.Helper()
	g := NewKG()
	region := func(name, level string) ID {
		n := g.AddNode(&Node{ID: NewID(Region, name), Kind: Region, Name: name})
		n.SetAttr("level", level)
		return n.ID
	}
	sd, js, jn := region("山东省", "province"), region("江苏省", "province"), region("济南市", "city")
	g.AddEdge(&Edge{From: jn, Rel: PartOf, To: sd})
	indicator := func(name, better string, aliases ...string) ID {
		n := g.AddNode(&Node{ID: NewID(Indicator, name), Kind: Indicator, Name: name})
		n.SetAttr("unit", "%")
		n.SetAttr("better", better)
		n.SetAttr("aliases", strings.Join(aliases, ","))
		return n.ID
	}
	gdp := indicator("地区生产总值增长", "higher", "GDP增长", "经济增长")
	unemp := indicator("城镇调查失业率", "lower", "失业率")
	doc := func(name, reportYear, jurisdiction string) ID {
		n := g.AddNode(&Node{ID: NewID(Document, name), Kind: Document, Name: name})
		n.SetAttr("report_year", reportYear)
		n.SetAttr("jurisdiction", jurisdiction)
		return n.ID
	}
	k := 0
	fact := func(kind Kind, d, region, ind ID, attrs map[string]string) {
		k++
		n := g.AddNode(&Node{ID: NewID(kind, fmt.Sprint(k)), Kind: kind, Name: fmt.Sprint(kind, k)})
		for a, v := range attrs {
			n.SetAttr(a, v)
		}
		if region != "" {
			n.SetAttr("region", g.Node(region).Name)
			g.AddEdge(&Edge{From: n.ID, Rel: AppliesTo, To: region})
		}
		g.AddEdge(&Edge{From: n.ID, Rel: Measures, To: ind})
		g.AddEdge(&Edge{From: d, Rel: Mentions, To: n.ID, Evidence: []Evidence{{Doc: string(d.Key()), Start: 0, End: 1, Rule: "r"}}})
	}
	target := func(d, region, ind ID, year, q, v string) {
		fact(Target, d, region, ind, map[string]string{"year": year, "qualifier": q, "value": v, "unit": "%", "metric": "m", "indicator": g.Node(ind).Name})
	}
	observed := func(d, region, ind ID, period, v string) {
		fact(Observation, d, region, ind, map[string]string{"period": period, "value": v, "unit": "%", "indicator": g.Node(ind).Name})
	}
	sd24, sd25, js24, js25 := doc("sd-2024", "2024", "山东省"), doc("sd-2025", "2025", "山东省"), doc("js-2024", "2024", "江苏省"), doc("js-2025", "2025", "江苏省")
	target(sd24, sd, gdp, "2024", ">=", "5")
	target(sd24, sd, unemp, "2024", "~", "5.5")
	target(sd25, sd, gdp, "2025", ">=", "5")
	target(js24, js, gdp, "2024", "~", "5")
	target(js25, js, gdp, "2025", "~", "5")
	target(js24, js, unemp, "2024", "~", "5")
	target(sd24, sd, gdp, "2025", "~", "6") // a later year's goal stated a year early
	target(sd24, "", gdp, "2024", "~", "4") // no region in a province's report: in doubt
	observed(sd25, sd, gdp, "2024", "5.7")
	observed(sd25, sd, unemp, "2024", "5.1")
	observed(js25, js, gdp, "2024", "4.9")
	observed(doc("national-2024", "", ""), "", gdp, "2024", "5")
	g.Finish()
	return g
}

func TestFindIndicator(t *testing.T) {
	g := indicatorKG(t)
	for _, tt := range []struct{ name, want, err string }{
		{"地区生产总值增长", "地区生产总值增长", ""},
		{"GDP增长", "地区生产总值增长", ""},
		{"gdp增长", "地区生产总值增长", ""},
		{"失业率", "城镇调查失业率", ""},
		{"GDP增涨", "", `did you mean GDP增长`},
	} {
		n, err := FindIndicator(g, tt.name)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("FindIndicator(%q): err %v, want one containing %q", tt.name, err, tt.err)
			}
			continue
		}
		if err != nil || n.Name != tt.want {
			t.Errorf("FindIndicator(%q) = %v, %v; want %s", tt.name, n, err, tt.want)
		}
	}
}

func TestCompare(t *testing.T) {
	g := indicatorKG(t)
	var got []string
	for _, r := range Compare(g, NewID(Indicator, "地区生产总值增长"), 2025, "province", false) {
		got = append(got, fmt.Sprintf("%s %s%s %v others=%d", r.Region, r.Qualifier, FormatFloat(r.Value), r.Documents, r.Others))
	}
	// 山东's own 2025 report wins over the goal its 2024 report set.
	want := []string{"山东省 >=5 [sd-2025] others=1", "江苏省 ~5 [js-2025] others=0"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Compare:\n got %q\nwant %q", got, want)
	}
	if rows := Compare(g, NewID(Indicator, "地区生产总值增长"), 2025, "city", false); len(rows) != 0 {
		t.Errorf("Compare at city level: %v, want none", rows)
	}
}

func TestProgress(t *testing.T) {
	g := indicatorKG(t)
	var got []string
	for _, r := range Progress(g, ProgressFilter{}) {
		obs := "-"
		if r.Observation != nil {
			obs = FormatFloat(r.Observation.Value)
		}
		got = append(got, fmt.Sprintf("%s %s %d %s%s %s %s", r.Target.Region, r.Indicator, r.Target.Year, r.Target.Qualifier, FormatFloat(r.Target.Value), obs, r.Status))
	}
	want := []string{
		" 地区生产总值增长 2024 ~4 - no data", // its region is in doubt: not set beside the country's value
		"山东省 地区生产总值增长 2024 >=5 5.7 met",
		"山东省 地区生产总值增长 2025 >=5 - pending",
		"山东省 地区生产总值增长 2025 ~6 - pending",
		"山东省 城镇调查失业率 2024 ~5.5 5.1 met", // lower is better
		"江苏省 地区生产总值增长 2024 ~5 4.9 missed",
		"江苏省 地区生产总值增长 2025 ~5 - pending",
		"江苏省 城镇调查失业率 2024 ~5 - no data",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Progress:\n got %q\nwant %q", got, want)
	}
}

func TestJudge(t *testing.T) {
	higher := &Node{Attrs: map[string]string{"better": "higher", "unit": "%"}}
	lower := &Node{Attrs: map[string]string{"better": "lower", "unit": "%"}}
	f := func(v float64) *float64 { return &v }
	for _, tt := range []struct {
		q     string
		v     float64
		vmax  *float64
		unit  string
		ind   *Node
		obs   float64
		want  string
		about string
	}{
		{">=", 5, nil, "%", higher, 5, Met, "a floor reached"},
		{">=", 5, nil, "%", higher, 4.9, Missed, "a floor missed"},
		{"<=", 3, nil, "%", higher, 3.1, Missed, "a ceiling passed, whatever the direction"},
		{"~", 5.5, nil, "%", lower, 5.2, Met, "about 5.5% unemployment, 5.2% observed"},
		{"~", 5.5, nil, "%", lower, 5.6, Missed, "about 5.5% unemployment, 5.6% observed"},
		{"~", 6, nil, "%", higher, 5.7, Missed, "about 6% growth, 5.7% observed"},
		{"=", 5, f(5.5), "%", higher, 5.1, Met, "a range: its low end for growth"},
		{"=", 2, f(3), "%", lower, 2.9, Met, "a range: its high end for prices"},
		{"=", 5, nil, "万人", higher, 7, NoData, "a unit other than the indicator's"},
	} {
		row := TargetRow{Qualifier: tt.q, Value: tt.v, ValueMax: tt.vmax, Unit: tt.unit}
		if got := judge(row, tt.obs, tt.ind); got != tt.want {
			t.Errorf("%s: judge = %s, want %s", tt.about, got, tt.want)
		}
	}
}

func TestSeries(t *testing.T) {
	g := indicatorKG(t)
	var got []string
	for _, r := range Series(g, NewID(Region, "山东省"), false, NewID(Indicator, "地区生产总值增长"), true) {
		got = append(got, fmt.Sprintf("%d %s %s%s %v", r.Year, r.Kind, r.Qualifier, FormatFloat(r.Value), r.Documents))
		if r.Evidence == nil {
			t.Errorf("row %v: no evidence", r)
		}
	}
	want := []string{"2024 target >=5 [sd-2024]", "2024 observation 5.7 [sd-2025]", "2025 target >=5 [sd-2025]", "2025 target ~6 [sd-2024]"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Series:\n got %q\nwant %q", got, want)
	}
	var national []string
	for _, r := range Series(g, "", true, NewID(Indicator, "地区生产总值增长"), false) {
		national = append(national, fmt.Sprintf("%d %s %s", r.Year, r.Kind, FormatFloat(r.Value)))
	}
	if want := []string{"2024 target 4", "2024 observation 5"}; strings.Join(national, "\n") != strings.Join(want, "\n") {
		t.Errorf("national Series: got %q, want %q", national, want)
	}
}

func TestTargetsByIndicator(t *testing.T) {
	g := indicatorKG(t)
	five := 5.0
	rows := Targets(g, TargetFilter{Indicator: NewID(Indicator, "地区生产总值增长"), Min: &five, YearFrom: 2025, YearTo: 2025})
	var got []string
	for _, r := range rows {
		got = append(got, fmt.Sprintf("%s %s%s", r.Region, r.Qualifier, FormatFloat(r.Value)))
	}
	want := []string{"山东省 >=5", "山东省 ~6", "江苏省 ~5"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Targets by indicator:\n got %q\nwant %q", got, want)
	}
	if rows := Targets(g, TargetFilter{National: true}); len(rows) != 1 || rows[0].Region != "" {
		t.Errorf("national targets: %v, want the one without a region", rows)
	}
}

func TestIndicators(t *testing.T) {
	g := indicatorKG(t)
	var got []string
	for _, r := range Indicators(g) {
		got = append(got, fmt.Sprintf("%s %s %d %d %v", r.Name, r.Better, r.Targets, r.Observations, r.Aliases))
	}
	want := []string{"地区生产总值增长 higher 6 3 [GDP增长 经济增长]", "城镇调查失业率 lower 2 1 [失业率]"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Indicators:\n got %q\nwant %q", got, want)
	}
}
