package graph

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/policygraph/policygraph/internal/spelling"
)

// regionSuffixes complete a short region name the way writers shorten them.
var regionSuffixes = []string{"", "省", "市", "自治区", "特别行政区", "地区", "盟", "自治州", "县", "区", "新区"}

// Find returns the nodes of kind k whose canonical name is name, or — for
// regions — whose name is name with its suffix left off (深圳 → 深圳市,
// 广西 → 广西壮族自治区). An unknown name is an error that suggests the
// closest known names.
func (g *KG) Find(k Kind, name string) ([]*Node, error) { return Find(g, k, name) }

// Find is [KG.Find] on any [Reader]: it looks the name up as a key, then,
// for regions, as a key prefix with a region suffix left off.
func Find(r Reader, k Kind, name string) ([]*Node, error) {
	name = strings.TrimSpace(name)
	name = strings.TrimPrefix(name, string(k)+":")
	if n := r.Node(NewID(k, name)); n != nil {
		return []*Node{n}, nil
	}
	var exact, short []*Node
	cands := r.Prefix(k, name)
	if len([]rune(name)) < 2 {
		cands = nil
	}
	for _, n := range cands {
		if n.Name == name || string(n.ID) == name {
			exact = append(exact, n)
			continue
		}
		if k == Region && strings.HasPrefix(n.Name, name) && len([]rune(name)) >= 2 {
			rest := strings.TrimPrefix(n.Name, name)
			for _, s := range regionSuffixes[1:] {
				if rest == s || (strings.HasSuffix(rest, "自治区") || strings.HasSuffix(rest, "自治州") || strings.HasSuffix(rest, "自治县")) && len([]rune(rest)) <= 8 {
					short = append(short, n)
					break
				}
			}
		}
	}
	if len(exact) > 0 {
		return exact, nil
	}
	if k == Agency || k == Indicator {
		// An abbreviation or other alias (国家发改委, GDP增长).
		for _, n := range r.Prefix(k, "") {
			for _, a := range splitAliases(n.Attr("aliases")) {
				if strings.EqualFold(a, name) {
					return []*Node{n}, nil
				}
			}
		}
	}
	if len(short) > 0 {
		// 吉林 matches 吉林省 and 吉林市: prefer the higher level. Keep
		// every match at that level (朝阳 → both 朝阳区), as for full names.
		sort.SliceStable(short, func(i, j int) bool { return levelOrder(short[i]) < levelOrder(short[j]) })
		n := 1
		for n < len(short) && levelOrder(short[n]) == levelOrder(short[0]) {
			n++
		}
		return short[:n], nil
	}
	return nil, fmt.Errorf("no %s named %q%s", k, name, suggest(r, k, name))
}

func levelOrder(n *Node) int {
	switch n.Attr("level") {
	case "province":
		return 0
	case "economic":
		return 1
	case "city":
		return 2
	}
	return 3
}

// suggest lists the closest names of kind k, as ": did you mean …?".
func suggest(r Reader, k Kind, name string) string {
	var cs []spelling.Candidate
	for _, n := range r.Prefix(k, "") {
		d := spelling.Distance(name, n.Name)
		if strings.Contains(n.Name, name) || strings.Contains(name, n.Name) {
			d = 0
		}
		cs = append(cs, spelling.Candidate{Name: n.Name, D: d})
	}
	return spelling.Hint(name, cs)
}

// TargetRow is one target with what it is linked to, as `query targets`
// lists it.
type TargetRow struct {
	ID        ID       `json:"id"`
	Region    string   `json:"region"`
	Year      int      `json:"year,omitempty"`
	Metric    string   `json:"metric"`
	Indicator string   `json:"indicator,omitempty"`
	Qualifier string   `json:"qualifier"`
	Value     float64  `json:"value"`
	ValueMax  *float64 `json:"value_max,omitempty"`
	Unit      string   `json:"unit"`
	Plan      string   `json:"plan,omitempty"`
	Agency    string   `json:"agency,omitempty"`
	Documents []string `json:"documents"`
	Text      string   `json:"text,omitempty"`
	// Evidence is the first sentence that states the target, when asked for.
	Evidence *RowEvidence `json:"evidence,omitempty"`
}

// TargetFilter selects targets. Zero fields select everything.
type TargetFilter struct {
	Regions  []ID // targets for any of these regions (expand with Subregions first)
	YearFrom int
	YearTo   int
	Plan     ID
	Agency   ID
	// Indicator keeps the targets of this indicator; HasIndicator those of
	// any indicator.
	Indicator    ID
	HasIndicator bool
	National     bool     // only targets of no region (the country's)
	Min, Max     *float64 // value bounds, inclusive
	Evidence     bool     // fill in each row's evidence
	// NoDocuments leaves each row's Documents empty: they cost a third of
	// listing every target of a large database, and a page of rows can
	// fill them in afterwards with WithDocuments.
	NoDocuments bool
}

// Targets lists the targets that pass f, sorted by region, year, metric
// and value.
func (g *KG) Targets(f TargetFilter) []TargetRow { return Targets(g, f) }

// Targets is [KG.Targets] on any [Reader]. With a region filter it walks
// from the regions to what applies to them, so a database view reads only
// those targets.
func Targets(g Reader, f TargetFilter) []TargetRow {
	inRegion := map[ID]bool{}
	for _, r := range f.Regions {
		inRegion[r] = true
	}
	var cands []*Node
	if len(f.Regions) > 0 {
		seen := map[ID]bool{}
		for _, r := range f.Regions {
			for _, n := range inRel(g, r, AppliesTo) {
				if n.Kind == Target && !seen[n.ID] {
					seen[n.ID] = true
					cands = append(cands, n)
				}
			}
		}
	} else if f.Indicator != "" {
		cands = inRel(g, f.Indicator, Measures)
	} else {
		cands = g.Prefix(Target, "")
	}
	rows := make([]TargetRow, 0, len(cands))
	for _, n := range cands {
		id := n.ID
		if n.Kind != Target {
			continue
		}
		row := TargetRow{ID: n.ID, Metric: n.Attr("metric"), Indicator: n.Attr("indicator"), Qualifier: n.Attr("qualifier"), Unit: n.Attr("unit"), Text: n.Attr("text")}
		row.Value, _ = ParseFloat(n.Attr("value"))
		if v, ok := ParseFloat(n.Attr("value_max")); ok {
			row.ValueMax = &v
		}
		row.Year, _ = strconv.Atoi(n.Attr("year"))
		var region ID
		for _, e := range g.Out(id) {
			to := g.Node(e.To)
			if to == nil {
				continue
			}
			switch {
			case e.Rel == AppliesTo && to.Kind == Region:
				row.Region, region = to.Name, to.ID
			case e.Rel == SetBy && to.Kind == Plan:
				row.Plan = to.Name
			case e.Rel == SetBy && to.Kind == Agency:
				row.Agency = to.Name
			}
		}
		if len(f.Regions) > 0 && !inRegion[region] {
			continue
		}
		if f.YearFrom != 0 && (row.Year == 0 || row.Year < f.YearFrom) {
			continue
		}
		if f.YearTo != 0 && (row.Year == 0 || row.Year > f.YearTo) {
			continue
		}
		if f.Plan != "" && !hasEdge(g, id, SetBy, f.Plan) {
			continue
		}
		if (f.Indicator != "" && !hasEdge(g, id, Measures, f.Indicator)) || (f.HasIndicator && row.Indicator == "") {
			continue
		}
		if f.National && row.Region != "" {
			continue
		}
		if (f.Min != nil && row.Value < *f.Min) || (f.Max != nil && row.Value > *f.Max) {
			continue
		}
		if f.Agency != "" && !hasEdge(g, id, SetBy, f.Agency) && !planIssuedBy(g, id, f.Agency) {
			continue
		}
		if !f.NoDocuments {
			row.Documents = documentNames(g, id)
		}
		if f.Evidence {
			row.Evidence = firstEvidence(g, id)
		}
		rows = append(rows, row)
	}
	// Sort row numbers, not rows: a row is a few hundred bytes, and
	// moving rows made the sort a tenth of listing every target.
	order := make([]int, len(rows))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := &rows[order[i]], &rows[order[j]]
		if a.Region != b.Region {
			return a.Region < b.Region
		}
		if a.Year != b.Year {
			return a.Year < b.Year
		}
		if a.Metric != b.Metric {
			return a.Metric < b.Metric
		}
		if a.Value != b.Value {
			return a.Value < b.Value
		}
		return a.ID < b.ID
	})
	sorted := make([]TargetRow, len(rows))
	for k, i := range order {
		sorted[k] = rows[i]
	}
	return sorted
}

// WithDocuments returns a copy of rows with the names of the documents
// that state each target, as Targets gives them.
func WithDocuments(g Reader, rows []TargetRow) []TargetRow {
	out := make([]TargetRow, len(rows))
	for i, r := range rows {
		r.Documents = documentNames(g, r.ID)
		out[i] = r
	}
	return out
}

func documentNames(g Reader, id ID) []string {
	var out []string
	for _, d := range inRel(g, id, Mentions) {
		out = append(out, d.Name)
	}
	return out
}

// planIssuedBy reports whether target t is set by a plan that agency a issued.
func planIssuedBy(g Reader, t, a ID) bool {
	for _, p := range outRel(g, t, SetBy) {
		if p.Kind == Plan && hasEdge(g, p.ID, IssuedBy, a) {
			return true
		}
	}
	return false
}

// hasEdge reports whether the edge from -rel-> to exists.
func hasEdge(g Reader, from ID, rel Rel, to ID) bool {
	for _, e := range g.EdgesOut(from, rel) {
		if e.To == to {
			return true
		}
	}
	return false
}
