package graph

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Filter selects entities for the listing queries. Zero fields select
// everything.
type Filter struct {
	Regions  []ID // in any of these regions (expand with Subregions first)
	Agency   ID   // issued, located, set or funded by this agency
	Plan     ID   // set by or funding this plan
	YearFrom int
	YearTo   int
	// Amounts only: the currency (ISO code) and value bounds, inclusive.
	Currency string
	Min, Max *float64
}

// candidates returns the nodes of kind k to consider: those related to the
// filter's regions by rel (walking from the regions), or all of the kind.
func candidates(r Reader, f Filter, k Kind, rel Rel) []*Node {
	if len(f.Regions) == 0 {
		return r.Prefix(k, "")
	}
	seen := map[ID]bool{}
	var out []*Node
	for _, reg := range f.Regions {
		for _, n := range inRel(r, reg, rel) {
			if n.Kind == k && !seen[n.ID] {
				seen[n.ID] = true
				out = append(out, n)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func documents(r Reader, id ID) []string {
	var ds []string
	for _, d := range inRel(r, id, Mentions) {
		ds = append(ds, d.Name)
	}
	sort.Strings(ds)
	return ds
}

func names(ns []*Node) []string {
	var out []string
	for _, n := range ns {
		out = append(out, n.Name)
	}
	return out
}

// AmountRow is one amount as `query amounts` lists it.
type AmountRow struct {
	ID        ID       `json:"id"`
	Region    string   `json:"region"`
	Date      string   `json:"date,omitempty"`   // the document's date
	Year      int      `json:"year,omitempty"`   // the document's year
	Agency    string   `json:"agency,omitempty"` // the agency its sentence names`
	Qualifier string   `json:"qualifier"`
	Value     float64  `json:"value"`
	ValueMax  *float64 `json:"value_max,omitempty"`
	Currency  string   `json:"currency"`
	Plan      string   `json:"plan,omitempty"`
	Text      string   `json:"text"`
	Documents []string `json:"documents"`
	// Evidence is the first sentence that states it, when asked for.
	Evidence *RowEvidence `json:"evidence,omitempty"`
}

// Amounts lists the amounts that pass f (region, plan, agency — the one
// its sentence names or its plan's issuer —, the document's year,
// currency, value bounds), sorted by region, then currency (amounts in
// different currencies are not one scale), then value, largest first.
func Amounts(r Reader, f Filter) []AmountRow {
	var rows []AmountRow
	agencyName := ""
	if f.Agency != "" {
		agencyName = nameOf(r, f.Agency)
	}
	for _, n := range candidates(r, f, Amount, AppliesTo) {
		row := AmountRow{ID: n.ID, Qualifier: n.Attr("qualifier"), Currency: n.Attr("currency"), Text: n.Attr("text"), Date: n.Attr("date"), Agency: n.Attr("agency")}
		row.Year, _ = strconv.Atoi(n.Attr("year"))
		if (f.YearFrom != 0 && row.Year < f.YearFrom) || (f.YearTo != 0 && (row.Year == 0 || row.Year > f.YearTo)) {
			continue
		}
		if f.Currency != "" && !strings.EqualFold(row.Currency, f.Currency) {
			continue
		}
		row.Value, _ = ParseFloat(n.Attr("value"))
		if v, ok := ParseFloat(n.Attr("value_max")); ok {
			row.ValueMax = &v
		}
		if (f.Min != nil && row.Value < *f.Min) || (f.Max != nil && row.Value > *f.Max) {
			continue
		}
		if rs := outRel(r, n.ID, AppliesTo); len(rs) > 0 {
			row.Region = rs[0].Name
		}
		plans := outRel(r, n.ID, Funds)
		if len(plans) > 0 {
			row.Plan = plans[0].Name
		}
		if f.Plan != "" && !hasEdge(r, n.ID, Funds, f.Plan) {
			continue
		}
		if f.Agency != "" && row.Agency != agencyName && !anyIssuedBy(r, plans, f.Agency) {
			continue
		}
		row.Documents = documents(r, n.ID)
		rows = append(rows, row)
	}
	sort.SliceStable(rows, func(i, j int) bool {
		if rows[i].Region != rows[j].Region {
			return rows[i].Region < rows[j].Region
		}
		if rows[i].Currency != rows[j].Currency {
			return rows[i].Currency < rows[j].Currency
		}
		if rows[i].Value != rows[j].Value {
			return rows[i].Value > rows[j].Value
		}
		return rows[i].ID < rows[j].ID
	})
	return rows
}

func anyIssuedBy(r Reader, plans []*Node, agency ID) bool {
	for _, p := range plans {
		if hasEdge(r, p.ID, IssuedBy, agency) {
			return true
		}
	}
	return false
}

// PlanRow is one plan as `query plans` lists it.
type PlanRow struct {
	ID        ID           `json:"id"`
	Title     string       `json:"title"`
	From      int          `json:"from,omitempty"`
	To        int          `json:"to,omitempty"`
	Regions   []string     `json:"regions,omitempty"`
	Issuers   []string     `json:"issuers,omitempty"`
	Targets   int          `json:"targets"`
	Documents []string     `json:"documents"`
	Evidence  *RowEvidence `json:"evidence,omitempty"`
}

// Plans lists the plans that pass f (region, agency, period overlapping
// the years), sorted by title.
func Plans(r Reader, f Filter) []PlanRow {
	var rows []PlanRow
	for _, n := range candidates(r, f, Plan, AppliesTo) {
		row := PlanRow{ID: n.ID, Title: n.Name}
		row.From, _ = strconv.Atoi(n.Attr("from"))
		row.To, _ = strconv.Atoi(n.Attr("to"))
		if f.YearFrom != 0 || f.YearTo != 0 {
			if row.To == 0 || (f.YearFrom != 0 && row.To < f.YearFrom) || (f.YearTo != 0 && row.From > f.YearTo) {
				continue
			}
		}
		if f.Agency != "" && !hasEdge(r, n.ID, IssuedBy, f.Agency) {
			continue
		}
		row.Regions = names(outRel(r, n.ID, AppliesTo))
		row.Issuers = names(outRel(r, n.ID, IssuedBy))
		for _, t := range r.EdgesIn(n.ID, SetBy) {
			if t.From.Kind() == Target {
				row.Targets++
			}
		}
		row.Documents = documents(r, n.ID)
		rows = append(rows, row)
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Title < rows[j].Title })
	return rows
}

// AgencyRow is one agency as `query agencies` lists it.
type AgencyRow struct {
	ID        ID           `json:"id"`
	Name      string       `json:"name"`
	Level     string       `json:"level"`
	Region    string       `json:"region,omitempty"`
	Plans     []string     `json:"plans,omitempty"`
	Documents int          `json:"documents"`
	Evidence  *RowEvidence `json:"evidence,omitempty"`
}

// Agencies lists the agencies that pass f (located in the regions),
// sorted by how many documents mention them, then name.
func Agencies(r Reader, f Filter) []AgencyRow {
	var rows []AgencyRow
	for _, n := range candidates(r, f, Agency, LocatedIn) {
		row := AgencyRow{ID: n.ID, Name: n.Name, Level: n.Attr("level"), Region: n.Attr("region")}
		row.Plans = names(inRel(r, n.ID, IssuedBy))
		row.Documents = len(r.EdgesIn(n.ID, Mentions))
		rows = append(rows, row)
	}
	sort.SliceStable(rows, func(i, j int) bool {
		if rows[i].Documents != rows[j].Documents {
			return rows[i].Documents > rows[j].Documents
		}
		return rows[i].Name < rows[j].Name
	})
	return rows
}

// RegionRow is one region as `query regions` lists it.
type RegionRow struct {
	ID        ID           `json:"id"`
	Name      string       `json:"name"`
	Level     string       `json:"level"`
	Code      string       `json:"code,omitempty"`
	Parent    string       `json:"parent,omitempty"`
	Documents int          `json:"documents"`
	Targets   int          `json:"targets"`
	Agencies  int          `json:"agencies"`
	Evidence  *RowEvidence `json:"evidence,omitempty"`
}

// Regions lists the regions (the filter's regions and what they contain,
// or all), sorted by how many documents mention them, then name.
func Regions(r Reader, f Filter) []RegionRow {
	var ns []*Node
	if len(f.Regions) > 0 {
		for _, id := range f.Regions {
			if n := r.Node(id); n != nil {
				ns = append(ns, n)
			}
		}
	} else {
		ns = r.Prefix(Region, "")
	}
	var rows []RegionRow
	for _, n := range ns {
		row := RegionRow{ID: n.ID, Name: n.Name, Level: n.Attr("level"), Code: n.Attr("code"), Parent: n.Attr("parent")}
		row.Documents = len(r.EdgesIn(n.ID, Mentions))
		for _, e := range r.EdgesIn(n.ID, AppliesTo) {
			if e.From.Kind() == Target {
				row.Targets++
			}
		}
		row.Agencies = len(r.EdgesIn(n.ID, LocatedIn))
		if row.Documents == 0 && row.Targets == 0 && row.Agencies == 0 && len(f.Regions) == 0 {
			continue // an ancestor added for the hierarchy only
		}
		rows = append(rows, row)
	}
	sort.SliceStable(rows, func(i, j int) bool {
		if rows[i].Documents != rows[j].Documents {
			return rows[i].Documents > rows[j].Documents
		}
		return rows[i].ID < rows[j].ID
	})
	return rows
}

// EvidenceLine is one piece of evidence with its sentence.
type EvidenceLine struct {
	Doc      string `json:"doc"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Rule     string `json:"rule"`
	Sentence string `json:"sentence"`
}

// Link is one edge seen from an entity.
type Link struct {
	Rel       Rel    `json:"rel"`
	Direction string `json:"direction"` // "out" (entity → other) or "in"
	Other     ID     `json:"other"`
	OtherName string `json:"other_name"`
}

// EntityReport is everything connected to one entity.
type EntityReport struct {
	Node     *Node          `json:"node"`
	Links    []Link         `json:"links"`
	Evidence []EvidenceLine `json:"evidence"`
	More     int            `json:"more_evidence,omitempty"` // evidence left out by the limit
}

// Entity reports an entity's edges (except the documents that mention it,
// which are in its evidence) and up to limit pieces of evidence, each with
// the sentence it stands in.
func Entity(r Reader, id ID, limit int) (*EntityReport, error) {
	n := r.Node(id)
	if n == nil {
		return nil, fmt.Errorf("no node %s", id)
	}
	rep := &EntityReport{Node: n}
	for _, e := range r.Out(id) {
		rep.Links = append(rep.Links, Link{Rel: e.Rel, Direction: "out", Other: e.To, OtherName: nameOf(r, e.To)})
	}
	var mentions []*Edge
	for _, e := range r.In(id) {
		if e.Rel == Mentions {
			mentions = append(mentions, e)
			continue
		}
		rep.Links = append(rep.Links, Link{Rel: e.Rel, Direction: "in", Other: e.From, OtherName: nameOf(r, e.From)})
	}
	var ev []Evidence
	for _, e := range mentions {
		ev = append(ev, r.Evidence(e)...)
	}
	ev = SortEvidence(ev)
	texts := map[string]string{}
	for i, e := range ev {
		if limit > 0 && i >= limit {
			rep.More = len(ev) - limit
			break
		}
		t, ok := texts[e.Doc]
		if !ok {
			t = r.Text(e.Doc)
			texts[e.Doc] = t
		}
		rep.Evidence = append(rep.Evidence, EvidenceLine{Doc: e.Doc, Start: e.Start, End: e.End, Rule: e.Rule, Sentence: Sentence(t, e.Start, e.End, 120)})
	}
	return rep, nil
}

func nameOf(r Reader, id ID) string {
	if n := r.Node(id); n != nil {
		return n.Name
	}
	return string(id)
}

// Step is one edge of a path, in the direction it is stored.
type Step struct {
	From     ID     `json:"from"`
	FromName string `json:"from_name"`
	Rel      Rel    `json:"rel"`
	To       ID     `json:"to"`
	ToName   string `json:"to_name"`
}

// ErrNoPath is returned by Path when the entities are not connected
// within the search depth.
var ErrNoPath = errors.New("not connected")

// Summary is what `stats` reports.
type Summary struct {
	Nodes         int            `json:"nodes"`
	Edges         int            `json:"edges"`
	ByKind        map[Kind]int   `json:"by_kind"`
	ByRel         map[Rel]int    `json:"by_rel"`
	TopRegions    []NamedCount   `json:"top_regions"`
	TopAgencies   []NamedCount   `json:"top_agencies"`
	TargetsByYear map[string]int `json:"targets_by_year"`
}

// NamedCount is a name with how many documents mention it.
type NamedCount struct {
	Name      string `json:"name"`
	Documents int    `json:"documents"`
}

// Stats counts the graph: nodes by kind, edges by relation, the regions
// and agencies most documents mention, targets by year.
func Stats(r Reader, top int) *Summary {
	s := &Summary{ByKind: map[Kind]int{}, ByRel: map[Rel]int{}, TargetsByYear: map[string]int{}}
	for _, k := range Kinds {
		ns := r.Prefix(k, "")
		s.ByKind[k] = len(ns)
		s.Nodes += len(ns)
		for _, n := range ns {
			for _, e := range r.Out(n.ID) {
				s.ByRel[e.Rel]++
				s.Edges++
			}
			switch k {
			case Target:
				y := n.Attr("year")
				if y == "" {
					y = "none"
				}
				s.TargetsByYear[y]++
			case Region, Agency:
				c := NamedCount{Name: n.Name, Documents: len(r.EdgesIn(n.ID, Mentions))}
				if c.Documents == 0 {
					continue
				}
				if k == Region {
					s.TopRegions = append(s.TopRegions, c)
				} else {
					s.TopAgencies = append(s.TopAgencies, c)
				}
			}
		}
	}
	for _, l := range []*[]NamedCount{&s.TopRegions, &s.TopAgencies} {
		sort.SliceStable(*l, func(i, j int) bool {
			if (*l)[i].Documents != (*l)[j].Documents {
				return (*l)[i].Documents > (*l)[j].Documents
			}
			return (*l)[i].Name < (*l)[j].Name
		})
		if len(*l) > top {
			*l = (*l)[:top]
		}
	}
	return s
}

// FindAny looks a name up in every entity kind, regions first.
func FindAny(r Reader, name string) ([]*Node, error) {
	if k, key, ok := strings.Cut(name, ":"); ok {
		if kind, err := ParseKind(k); err == nil {
			if n := r.Node(NewID(kind, key)); n != nil {
				return []*Node{n}, nil
			}
		}
	}
	var firstErr error
	for _, k := range []Kind{Region, Agency, Plan, Target, Amount, Document} {
		ns, err := Find(r, k, name)
		if err == nil {
			return ns, nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	return nil, fmt.Errorf("no entity named %q (%v)", name, firstErr)
}
