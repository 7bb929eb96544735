package graph

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/policygraph/policygraph/internal/spelling"
)

// FindIndicator returns the indicator node named name or one of its
// aliases (GDP增长 → 地区生产总值增长; Latin letters in any case). An unknown
// name is an error that suggests the closest names.
func FindIndicator(r Reader, name string) (*Node, error) {
	name = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(name), string(Indicator)+":"))
	if n := r.Node(NewID(Indicator, name)); n != nil {
		return n, nil
	}
	var cs []spelling.Candidate
	for _, n := range r.Prefix(Indicator, "") {
		for _, a := range append([]string{n.Name}, splitAliases(n.Attr("aliases"))...) {
			if strings.EqualFold(a, name) {
				return n, nil
			}
			cs = append(cs, spelling.Candidate{Name: a, D: spelling.Distance(name, a)})
		}
	}
	return nil, fmt.Errorf("no indicator named %q%s", name, spelling.Hint(name, cs))
}

func splitAliases(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

// RowEvidence is where a listed row was read: the document and the
// sentence, so a row can be checked without `query entity`.
type RowEvidence struct {
	Doc      string `json:"doc"`
	Sentence string `json:"sentence"`
}

// FirstEvidence returns the first piece of evidence of the documents that
// mention id, with its sentence, or nil.
func FirstEvidence(r Reader, id ID) *RowEvidence { return firstEvidence(r, id) }

func firstEvidence(r Reader, id ID) *RowEvidence {
	var ev []Evidence
	for _, e := range r.EdgesIn(id, Mentions) {
		ev = append(ev, r.Evidence(e)...)
	}
	if len(ev) == 0 {
		return nil
	}
	ev = SortEvidence(ev)
	e := ev[0]
	return &RowEvidence{Doc: e.Doc, Sentence: Sentence(r.Text(e.Doc), e.Start, e.End, 120)}
}

// regionOf returns the region node id applies to, or nil.
func regionOf(r Reader, id ID) *Node {
	for _, n := range outRel(r, id, AppliesTo) {
		if n.Kind == Region {
			return n
		}
	}
	return nil
}

// documentYear returns the year the documents mentioning id speak in (a
// work report's report_year), the latest of them, or 0.
func documentYear(r Reader, id ID) int {
	y := 0
	for _, d := range inRel(r, id, Mentions) {
		if v, err := strconv.Atoi(d.Attr("report_year")); err == nil {
			y = max(y, v)
		}
	}
	return y
}

// unsure reports whether a target's region is in doubt: it has none
// though its document speaks for a region, or it is a province though its
// document speaks for a city of it (its jurisdiction, or voice=city: 全市,
// 全州). Such targets
// are not lined up with other regions' or with observations.
func unsure(r Reader, id ID, region *Node) bool {
	for _, d := range inRel(r, id, Mentions) {
		if region == nil && d.Attr("jurisdiction") != "" {
			return true
		}
		if region != nil && region.Attr("level") == "province" && (d.Attr("voice") == "city" || (d.Attr("jurisdiction") != "" && d.Attr("jurisdiction") != region.Name)) {
			return true // a city's document, a province's target
		}
	}
	return false
}

// CompareRow is one region's target for an indicator and year.
type CompareRow struct {
	ID        ID           `json:"id"` // the target's
	Region    string       `json:"region"`
	Level     string       `json:"level,omitempty"`
	Year      int          `json:"year"`
	Metric    string       `json:"metric"`
	Qualifier string       `json:"qualifier"`
	Value     float64      `json:"value"`
	ValueMax  *float64     `json:"value_max,omitempty"`
	Unit      string       `json:"unit"`
	Documents []string     `json:"documents"`
	Others    int          `json:"others,omitempty"` // more targets of the region for the year, left out
	Evidence  *RowEvidence `json:"evidence,omitempty"`
}

// Compare lists, one row per region, the target each region set for an
// indicator in a year; level (province, city …) keeps only regions of that
// level; evidence fills in each row's evidence. Where a region has several, the one stated in a document of that
// year (the year's work report) wins, then the lowest value, then the ID.
func Compare(r Reader, indicator ID, year int, level string, evidence bool) []CompareRow {
	type cand struct {
		row   TargetRow
		own   bool
		level string
	}
	byRegion := map[string][]cand{}
	for _, t := range Targets(r, TargetFilter{Indicator: indicator, YearFrom: year, YearTo: year, Evidence: evidence}) {
		if t.Region == "" {
			t.Region = "(national)"
		}
		lvl := "national"
		reg := regionOf(r, t.ID)
		if reg != nil {
			lvl = reg.Attr("level")
		}
		if unsure(r, t.ID, reg) {
			continue
		}
		if level != "" && lvl != level {
			continue
		}
		byRegion[t.Region] = append(byRegion[t.Region], cand{t, documentYear(r, t.ID) == year, lvl})
	}
	var rows []CompareRow
	for region, cs := range byRegion {
		sort.SliceStable(cs, func(i, j int) bool {
			if cs[i].own != cs[j].own {
				return cs[i].own
			}
			if cs[i].row.Value != cs[j].row.Value {
				return cs[i].row.Value < cs[j].row.Value
			}
			return cs[i].row.ID < cs[j].row.ID
		})
		t := cs[0].row
		rows = append(rows, CompareRow{ID: t.ID, Region: region, Level: cs[0].level, Year: year, Metric: t.Metric, Qualifier: t.Qualifier, Value: t.Value, ValueMax: t.ValueMax, Unit: t.Unit, Documents: t.Documents, Others: len(cs) - 1, Evidence: t.Evidence})
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].Value != rows[j].Value {
			return rows[i].Value > rows[j].Value
		}
		return rows[i].Region < rows[j].Region
	})
	return rows
}

// ObservationRow is one observed value of an indicator.
type ObservationRow struct {
	ID        ID           `json:"id"`
	Region    string       `json:"region"`
	Indicator string       `json:"indicator"`
	Period    int          `json:"period"`
	Value     float64      `json:"value"`
	Unit      string       `json:"unit"`
	Metric    string       `json:"metric,omitempty"`
	Documents []string     `json:"documents"`
	Evidence  *RowEvidence `json:"evidence,omitempty"`
}

// ObservationFilter selects observations. Zero fields select everything.
type ObservationFilter struct {
	Regions   []ID // observations of any of these regions (expand with Subregions first)
	National  bool // only observations of no region (the country)
	Indicator ID
	YearFrom  int
	YearTo    int
	Evidence  bool // fill in each row's evidence
}

// Observations lists the observations that pass f, sorted by region,
// indicator and period.
func Observations(r Reader, f ObservationFilter) []ObservationRow {
	var cands []*Node
	if len(f.Regions) > 0 {
		cands = applyingTo(r, f.Regions, Observation)
	} else if f.Indicator != "" {
		cands = inRel(r, f.Indicator, Measures)
	} else {
		cands = r.Prefix(Observation, "")
	}
	var rows []ObservationRow
	for _, n := range cands {
		if n.Kind != Observation {
			continue
		}
		if f.Indicator != "" && !hasEdge(r, n.ID, Measures, f.Indicator) {
			continue
		}
		row := ObservationRow{ID: n.ID, Region: n.Attr("region"), Indicator: n.Attr("indicator"), Unit: n.Attr("unit"), Metric: n.Attr("metric")}
		row.Value, _ = ParseFloat(n.Attr("value"))
		row.Period, _ = strconv.Atoi(n.Attr("period"))
		if f.National && row.Region != "" {
			continue
		}
		if (f.YearFrom != 0 && row.Period < f.YearFrom) || (f.YearTo != 0 && row.Period > f.YearTo) {
			continue
		}
		row.Documents = documents(r, n.ID)
		if f.Evidence {
			row.Evidence = firstEvidence(r, n.ID)
		}
		rows = append(rows, row)
	}
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if a.Region != b.Region {
			return a.Region < b.Region
		}
		if a.Indicator != b.Indicator {
			return a.Indicator < b.Indicator
		}
		if a.Period != b.Period {
			return a.Period < b.Period
		}
		return a.ID < b.ID
	})
	return rows
}

// The verdicts of [Progress].
const (
	Met     = "met"
	Missed  = "missed"
	Pending = "pending" // the year's value is not published yet
	NoData  = "no data" // the year is past, but no document states its value
)

// ProgressRow is a target beside what was observed for the same region,
// indicator and year.
type ProgressRow struct {
	Target      TargetRow       `json:"target"`
	Indicator   string          `json:"indicator"`
	Observation *ObservationRow `json:"observation,omitempty"`
	Status      string          `json:"status"`
}

// ProgressFilter selects the targets [Progress] judges.
type ProgressFilter struct {
	Regions   []ID // targets of these regions (not expanded: pass Subregions for that)
	National  bool // targets of no region
	Indicator ID   // "" = every indicator
	YearFrom  int
	YearTo    int
	Evidence  bool
}

// Progress sets each target of an indicator beside the observation of the
// same region, indicator and year, and says whether it was met. A target
// whose year no observation of its indicator reaches yet is pending; one
// whose year is covered for other regions but not its own has no data.
func Progress(r Reader, f ProgressFilter) []ProgressRow {
	targets := Targets(r, TargetFilter{Regions: f.Regions, National: f.National, Indicator: f.Indicator, HasIndicator: true, YearFrom: f.YearFrom, YearTo: f.YearTo, Evidence: f.Evidence})
	latest := map[string]int{} // indicator → latest period observed anywhere
	obs := map[string][]ObservationRow{}
	indicators := map[string]bool{}
	for _, t := range targets {
		indicators[t.Indicator] = true
	}
	for name := range indicators {
		id := NewID(Indicator, name)
		for _, o := range Observations(r, ObservationFilter{Indicator: id, Evidence: f.Evidence}) {
			latest[name] = max(latest[name], o.Period)
			k := o.Region + "\x00" + strconv.Itoa(o.Period)
			obs[name+"\x00"+k] = append(obs[name+"\x00"+k], o)
		}
	}
	var rows []ProgressRow
	for _, t := range targets {
		if t.Year == 0 {
			continue
		}
		row := ProgressRow{Target: t, Indicator: t.Indicator}
		os := obs[t.Indicator+"\x00"+t.Region+"\x00"+strconv.Itoa(t.Year)]
		if unsure(r, t.ID, regionOf(r, t.ID)) {
			os = nil // its region is in doubt: nothing to set it beside
		}
		if len(os) > 0 {
			o := pickObservation(r, os, t.Year)
			row.Observation = &o
			row.Status = judge(t, o.Value, r.Node(NewID(Indicator, t.Indicator)))
		} else if t.Year > latest[t.Indicator] {
			row.Status = Pending
		} else {
			row.Status = NoData
		}
		rows = append(rows, row)
	}
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i].Target, rows[j].Target
		if a.Region != b.Region {
			return a.Region < b.Region
		}
		if rows[i].Indicator != rows[j].Indicator {
			return rows[i].Indicator < rows[j].Indicator
		}
		return a.Year < b.Year
	})
	return rows
}

// pickObservation chooses among observations of one region, indicator and
// year: the one stated by the following year's report (or communiqué),
// else the first.
func pickObservation(r Reader, os []ObservationRow, year int) ObservationRow {
	for _, o := range os {
		if documentYear(r, o.ID) == year+1 {
			return o
		}
	}
	return os[0]
}

// judge says whether an observed value meets a target. A bound (≥5%,
// ≤3%) is met on its side; a plain or approximate value (5%左右) is met
// when the value reaches it in the direction the indicator improves
// (higher for growth, lower for unemployment or prices).
func judge(t TargetRow, v float64, ind *Node) string {
	lower := ind != nil && ind.Attr("better") == "lower"
	if ind != nil && ind.Attr("unit") != "" && t.Unit != ind.Attr("unit") {
		return NoData // values are compared in the indicator's unit only
	}
	hi := t.Value
	if t.ValueMax != nil {
		hi = *t.ValueMax
	}
	ok := false
	switch t.Qualifier {
	case ">", ">=":
		ok = v >= t.Value
	case "<", "<=":
		ok = v <= hi
	default:
		if lower {
			ok = v <= hi
		} else {
			ok = v >= t.Value
		}
	}
	if ok {
		return Met
	}
	return Missed
}

// SeriesRow is one value of an indicator for a region: a target or an
// observation.
type SeriesRow struct {
	Year      int          `json:"year"`
	Kind      Kind         `json:"kind"` // target or observation
	Qualifier string       `json:"qualifier,omitempty"`
	Value     float64      `json:"value"`
	ValueMax  *float64     `json:"value_max,omitempty"`
	Unit      string       `json:"unit"`
	Metric    string       `json:"metric,omitempty"`
	Documents []string     `json:"documents"`
	Evidence  *RowEvidence `json:"evidence,omitempty"`
}

// Series lists an indicator's targets and observations for a region (or,
// with national, the country) over the years.
func Series(r Reader, region ID, national bool, indicator ID, evidence bool) []SeriesRow {
	var regions []ID
	if region != "" {
		regions = []ID{region}
	}
	var rows []SeriesRow
	for _, t := range Targets(r, TargetFilter{Regions: regions, National: national, Indicator: indicator, Evidence: evidence}) {
		if t.Year == 0 {
			continue
		}
		rows = append(rows, SeriesRow{Year: t.Year, Kind: Target, Qualifier: t.Qualifier, Value: t.Value, ValueMax: t.ValueMax, Unit: t.Unit, Metric: t.Metric, Documents: t.Documents, Evidence: t.Evidence})
	}
	for _, o := range Observations(r, ObservationFilter{Regions: regions, National: national, Indicator: indicator, Evidence: evidence}) {
		rows = append(rows, SeriesRow{Year: o.Period, Kind: Observation, Value: o.Value, Unit: o.Unit, Metric: o.Metric, Documents: o.Documents, Evidence: o.Evidence})
	}
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if a.Year != b.Year {
			return a.Year < b.Year
		}
		if a.Kind != b.Kind {
			return a.Kind > b.Kind // target before observation
		}
		if a.Value != b.Value {
			return a.Value < b.Value
		}
		return strings.Join(a.Documents, ",") < strings.Join(b.Documents, ",")
	})
	return rows
}

// IndicatorRow is one indicator of the catalogue that the graph holds
// values of.
type IndicatorRow struct {
	Name         string   `json:"name"`
	Kind         string   `json:"kind"`
	Unit         string   `json:"unit"`
	Better       string   `json:"better"`
	Aliases      []string `json:"aliases,omitempty"`
	Targets      int      `json:"targets"`
	Observations int      `json:"observations"`
}

// Indicators lists the indicators the graph holds targets or observations
// of, with how many of each, sorted by name.
func Indicators(r Reader) []IndicatorRow {
	var rows []IndicatorRow
	for _, n := range r.Prefix(Indicator, "") {
		row := IndicatorRow{Name: n.Name, Kind: n.Attr("kind"), Unit: n.Attr("unit"), Better: n.Attr("better"), Aliases: splitAliases(n.Attr("aliases"))}
		for _, e := range r.EdgesIn(n.ID, Measures) {
			switch e.From.Kind() {
			case Target:
				row.Targets++
			case Observation:
				row.Observations++
			}
		}
		rows = append(rows, row)
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Name < rows[j].Name })
	return rows
}
