package graph

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/policygraph/policygraph/internal/spelling"
)

// ExportFilter selects the part of a graph an export writes. Its fields
// combine: a node is kept when every set field keeps it, and an edge when
// both its ends are kept. The zero ExportFilter keeps everything.
type ExportFilter struct {
	// Regions keeps, of the entities, the regions inside any of these
	// (the region itself, what is part_of it transitively, and for an
	// economic region its member_of members and what is inside them), the
	// agencies located_in them, and the plans, targets and amounts that
	// apply_to them. A plan, target or amount with no applies_to edge at
	// all follows what it hangs on: a plan the agency that issued it, a
	// target the plan or agency that set it, an amount the plan it funds.
	// Documents are kept when they mention an entity the filters keep
	// (before Kinds is applied, so --kind document lists the documents).
	Regions []ID
	// Kinds keeps only nodes of these kinds; empty keeps every kind.
	Kinds []Kind
	// YearFrom and YearTo (0 for open) keep only the targets whose year
	// lies in [YearFrom, YearTo] and the plans whose period (attributes
	// from and to, or year) overlaps it; undated targets and plans are
	// left out. Other kinds, documents too, are not dated and stay.
	YearFrom, YearTo int
	// Docs keeps only what these documents state: the documents, the
	// nodes they mention, and the edges between those.
	Docs []ID
	// Around keeps only the nodes within Depth edges of these, following
	// edges either way, in the graph the other fields select.
	Around []ID
	// Depth is the radius of Around; 0 keeps only the Around nodes.
	Depth int
}

// IsZero reports whether f keeps everything.
func (f ExportFilter) IsZero() bool {
	return len(f.Regions) == 0 && len(f.Kinds) == 0 && f.YearFrom == 0 && f.YearTo == 0 && len(f.Docs) == 0 && len(f.Around) == 0
}

// Select returns the subgraph f keeps (g itself for the zero filter). It
// is an error when an ID in f names no node of the right kind, or when an
// Around node is not among the nodes the other fields keep.
func (g *KG) Select(f ExportFilter) (*KG, error) {
	if f.IsZero() {
		return g, nil
	}
	if f.Depth < 0 {
		return nil, fmt.Errorf("depth %d: want 0 or more", f.Depth)
	}
	for _, set := range []struct {
		what string
		kind Kind
		ids  []ID
	}{{"region", Region, f.Regions}, {"document", Document, f.Docs}, {"node", "", f.Around}} {
		for _, id := range set.ids {
			n := g.nodes[id]
			if n == nil || set.kind != "" && n.Kind != set.kind {
				return nil, fmt.Errorf("no %s %q in the graph", set.what, id)
			}
		}
	}

	inRegion := func(*Node) bool { return true }
	if len(f.Regions) > 0 {
		inRegion = g.regionSelector(f.Regions)
	}
	inYear := func(*Node) bool { return true }
	if f.YearFrom != 0 || f.YearTo != 0 {
		inYear = func(n *Node) bool { return yearSelects(n, f.YearFrom, f.YearTo) }
	}
	inDocs := func(*Node) bool { return true }
	if len(f.Docs) > 0 {
		stated := map[ID]bool{}
		for _, d := range f.Docs {
			stated[d] = true
			for _, e := range g.out[d] {
				if e.Rel == Mentions {
					stated[e.To] = true
				}
			}
		}
		inDocs = func(n *Node) bool { return stated[n.ID] }
	}
	kindOK := func(k Kind) bool { return len(f.Kinds) == 0 || slices.Contains(f.Kinds, k) }
	byRegion := len(f.Regions) > 0

	// Entities first, without the kind filter: documents are kept by
	// what they mention.
	entity := map[ID]bool{}
	for _, id := range g.order {
		n := g.nodes[id]
		if n.Kind != Document && inRegion(n) && inYear(n) && inDocs(n) {
			entity[id] = true
		}
	}
	keep := map[ID]bool{}
	for _, id := range g.order {
		n := g.nodes[id]
		if !kindOK(n.Kind) {
			continue
		}
		if n.Kind != Document {
			keep[id] = entity[id]
			continue
		}
		if !inDocs(n) {
			continue
		}
		if !byRegion {
			keep[id] = true
			continue
		}
		for _, e := range g.out[id] {
			if e.Rel == Mentions && entity[e.To] {
				keep[id] = true
				break
			}
		}
	}
	sub := g.Subgraph(func(n *Node) bool { return keep[n.ID] })
	if len(f.Around) == 0 {
		return sub, nil
	}
	for _, id := range f.Around {
		if sub.nodes[id] == nil {
			return nil, fmt.Errorf("%q is not among the nodes the other filters keep", id)
		}
	}
	near, err := sub.neighbourhood(f.Around, f.Depth)
	if err != nil {
		return nil, err
	}
	return sub.Subgraph(func(n *Node) bool { return near[n.ID] }), nil
}

// regionSelector returns whether an entity lies in the given regions, as
// ExportFilter.Regions describes.
func (g *KG) regionSelector(regions []ID) func(*Node) bool {
	in := map[ID]bool{}
	var add func(id ID)
	add = func(id ID) {
		if in[id] {
			return
		}
		for _, s := range Subregions(g, id) {
			in[s] = true
		}
		for _, e := range g.in[id] { // an economic region's members
			if e.Rel == MemberOf {
				add(e.From)
			}
		}
	}
	for _, r := range regions {
		add(r)
	}
	anyTo := func(id ID, rel Rel, ok func(ID) bool) (has, hit bool) {
		for _, e := range g.out[id] {
			if e.Rel == rel {
				has = true
				if ok(e.To) {
					return true, true
				}
			}
		}
		return has, false
	}
	isIn := func(id ID) bool { return in[id] }
	agency := func(id ID) bool { _, hit := anyTo(id, LocatedIn, isIn); return hit }
	plan := func(id ID) bool {
		if has, hit := anyTo(id, AppliesTo, isIn); has {
			return hit
		}
		_, hit := anyTo(id, IssuedBy, agency)
		return hit
	}
	return func(n *Node) bool {
		switch n.Kind {
		case Region:
			return in[n.ID]
		case Agency:
			return agency(n.ID)
		case Plan:
			return plan(n.ID)
		case Target:
			if has, hit := anyTo(n.ID, AppliesTo, isIn); has {
				return hit
			}
			_, hit := anyTo(n.ID, SetBy, func(id ID) bool { return plan(id) || agency(id) })
			return hit
		case Amount:
			if has, hit := anyTo(n.ID, AppliesTo, isIn); has {
				return hit
			}
			_, hit := anyTo(n.ID, Funds, plan)
			return hit
		case Observation:
			_, hit := anyTo(n.ID, AppliesTo, isIn)
			return hit
		}
		return false
	}
}

// yearSelects reports whether a target's year, an observation's period or
// a plan's period meets
// [from, to] (0 for open); other kinds are not dated and pass.
func yearSelects(n *Node, from, to int) bool {
	year := func(k string) (int, bool) {
		y, err := strconv.Atoi(strings.TrimSpace(n.Attr(k)))
		return y, err == nil
	}
	var lo, hi int
	switch n.Kind {
	case Target:
		y, ok := year("year")
		if !ok {
			return false
		}
		lo, hi = y, y
	case Observation:
		y, ok := year("period")
		if !ok {
			return false
		}
		lo, hi = y, y
	case Plan:
		a, okA := year("from")
		b, okB := year("to")
		switch {
		case okA && okB:
			lo, hi = a, b
		case okA:
			lo, hi = a, a
		case okB:
			lo, hi = b, b
		default:
			y, ok := year("year")
			if !ok {
				return false
			}
			lo, hi = y, y
		}
	default:
		return true
	}
	return (from == 0 || hi >= from) && (to == 0 || lo <= to)
}

// FindDocument returns the documents a name stands for: a document ID
// ("document:path"), a source key (path), a file name, or a title. An
// unknown name is an error that suggests close names.
func FindDocument(r Reader, name string) ([]*Node, error) {
	name = strings.TrimSpace(name)
	key := strings.TrimPrefix(name, string(Document)+":")
	if n := r.Node(NewID(Document, key)); n != nil {
		return []*Node{n}, nil
	}
	all := r.Prefix(Document, "")
	var out []*Node
	for _, n := range all {
		if n.Name == name || n.Attr("title") == name || strings.HasSuffix(n.ID.Key(), "/"+key) {
			out = append(out, n)
		}
	}
	if len(out) > 0 {
		return out, nil
	}
	var cs []spelling.Candidate
	for _, n := range all {
		best := -1
		for _, s := range []string{n.Name, n.ID.Key(), n.Attr("title")} {
			if s == "" {
				continue
			}
			d := spelling.Distance(name, s)
			if strings.Contains(s, name) {
				d = 0
			}
			if best < 0 || d < best {
				best = d
			}
		}
		cs = append(cs, spelling.Candidate{Name: n.Name, D: best})
	}
	return nil, fmt.Errorf("no document named %q%s", name, spelling.Hint(name, cs))
}

// ParseYears reads a year filter as the command line and the browser take
// it: "2025", or a range "2023-2025"; "" is no filter (0, 0). Years must lie
// between 1900 and 2200: 0 means "no year" inside the program, so a year 0
// would silently filter nothing, and no policy sets a target outside them.
func ParseYears(s string) (from, to int, err error) {
	if s == "" {
		return 0, 0, nil
	}
	a, b, found := strings.Cut(s, "-")
	from, err = strconv.Atoi(strings.TrimSpace(a))
	if err != nil {
		return 0, 0, fmt.Errorf("%q: want a year such as 2025 or a range such as 2023-2025", s)
	}
	to = from
	if found {
		if to, err = strconv.Atoi(strings.TrimSpace(b)); err != nil || to < from {
			return 0, 0, fmt.Errorf("%q: want a range such as 2023-2025", s)
		}
	}
	if from < 1900 || to > 2200 {
		return 0, 0, fmt.Errorf("%q: want years from 1900 to 2200", s)
	}
	return from, to, nil
}
