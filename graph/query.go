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

// TargetRowReader is a [Reader] that keeps every target's row ready, as
// a database does: [Targets] reads the rows instead of walking from each
// target to its region, plan, agency and documents (a dozen look-ups a
// target).
type TargetRowReader interface {
	Reader
	// TargetRows calls fn with the row of every target that applies to
	// one of regions (of every target when regions is empty), as
	// [TargetRowOf] makes it, and the ID of the row's region. It reports
	// false, having called fn for none, when it keeps no rows.
	TargetRows(regions []ID, fn func(row *TargetRow, region ID)) bool
}

// Targets is [KG.Targets] on any [Reader]. With a region filter it walks
// from the regions to what applies to them, so a database view reads only
// those targets.
func Targets(g Reader, f TargetFilter) []TargetRow {
	inRegion := map[ID]bool{}
	for _, r := range f.Regions {
		inRegion[r] = true
	}
	// Rows are kept by pointer: appending a few hundred bytes a row to a
	// growing slice moved them all again at every growth.
	var rows []*TargetRow
	var slab []TargetRow // where the rows are, in chunks
	// add keeps a row that passes f; a row from targetRowOf gets its
	// documents only then.
	add := func(row *TargetRow, region ID, fromGraph bool) {
		if !f.keep(g, row, region, inRegion) {
			return
		}
		switch {
		case f.NoDocuments:
			row.Documents = nil
		case fromGraph:
			row.Documents = documentNames(g, row.ID)
		}
		if f.Evidence {
			row.Evidence = firstEvidence(g, row.ID)
		}
		if len(slab) == cap(slab) {
			slab = make([]TargetRow, 0, min(max(2*cap(slab), 64), 4096))
		}
		slab = append(slab, *row)
		rows = append(rows, &slab[len(slab)-1])
	}
	// Every target of an indicator is fewer than every target.
	tr, ok := g.(TargetRowReader)
	if !ok || (len(f.Regions) == 0 && f.Indicator != "") || !tr.TargetRows(f.Regions, func(row *TargetRow, region ID) { add(row, region, false) }) {
		rows = rows[:0]
		for _, n := range targetCandidates(g, f) {
			if n.Kind != Target {
				continue
			}
			row, region := targetRowOf(g, n, false)
			add(&row, region, true)
		}
	}
	// Sort pointers, not rows: a row is a few hundred bytes, and moving
	// rows made the sort a tenth of listing every target.
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
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
	for i, r := range rows {
		sorted[i] = *r
	}
	return sorted
}

// targetCandidates returns the nodes Targets looks at without rows kept
// ready: those that apply to f's regions, measure its indicator, or every
// target.
func targetCandidates(g Reader, f TargetFilter) []*Node {
	switch {
	case len(f.Regions) > 0:
		return applyingTo(g, f.Regions, Target)
	case f.Indicator != "":
		return inRel(g, f.Indicator, Measures)
	}
	return g.Prefix(Target, "")
}

// applyingTo returns the nodes of kind k that apply to any of regions,
// each once, in the order the regions and their edges give.
func applyingTo(g Reader, regions []ID, k Kind) []*Node {
	var out []*Node
	seen := map[ID]bool{}
	for _, r := range regions {
		for _, n := range inRel(g, r, AppliesTo) {
			if n.Kind == k && !seen[n.ID] {
				seen[n.ID] = true
				out = append(out, n)
			}
		}
	}
	return out
}

// TargetRowOf makes the row of target n as Targets lists it (without
// evidence), and returns the ID of its region ("" for none).
func TargetRowOf(g Reader, n *Node) (TargetRow, ID) { return targetRowOf(g, n, true) }

func targetRowOf(g Reader, n *Node, withDocuments bool) (TargetRow, ID) {
	row := TargetRow{ID: n.ID, Metric: n.Attr("metric"), Indicator: n.Attr("indicator"), Qualifier: n.Attr("qualifier"), Unit: n.Attr("unit"), Text: n.Attr("text")}
	row.Value, _ = ParseFloat(n.Attr("value"))
	if v, ok := ParseFloat(n.Attr("value_max")); ok {
		row.ValueMax = &v
	}
	row.Year, _ = strconv.Atoi(n.Attr("year"))
	var region ID
	for _, e := range g.Out(n.ID) {
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
	if withDocuments {
		row.Documents = documentNames(g, n.ID)
	}
	return row, region
}

// keep reports whether the row of a target, whose region is region, passes f.
func (f *TargetFilter) keep(g Reader, row *TargetRow, region ID, inRegion map[ID]bool) bool {
	id := row.ID
	switch {
	case len(f.Regions) > 0 && !inRegion[region],
		f.YearFrom != 0 && (row.Year == 0 || row.Year < f.YearFrom),
		f.YearTo != 0 && (row.Year == 0 || row.Year > f.YearTo),
		f.National && row.Region != "",
		f.Min != nil && row.Value < *f.Min,
		f.Max != nil && row.Value > *f.Max,
		f.HasIndicator && row.Indicator == "",
		f.Plan != "" && !hasEdge(g, id, SetBy, f.Plan),
		f.Indicator != "" && !hasEdge(g, id, Measures, f.Indicator),
		f.Agency != "" && !hasEdge(g, id, SetBy, f.Agency) && !planIssuedBy(g, id, f.Agency):
		return false
	}
	return true
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
