package graph

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Kind is the kind of a node.
type Kind string

// The node kinds. Rule files may only name Region, Agency, Plan, Amount and Target.
const (
	Document Kind = "document"
	Region   Kind = "region"
	Agency   Kind = "agency"
	Plan     Kind = "plan"
	Amount   Kind = "amount"
	Target   Kind = "target"
	// Indicator is a measure of the indicator catalogue (地区生产总值增长):
	// targets and observations of it measure it.
	Indicator Kind = "indicator"
	// Observation is a value an indicator had in a past period, for a
	// region (2024年全省地区生产总值增长5.6%): never a target.
	Observation Kind = "observation"
)

// EntityKinds are the kinds extracted from text, in record order.
var EntityKinds = []Kind{Region, Agency, Plan, Amount, Target}

// Kinds lists every node kind.
var Kinds = []Kind{Document, Region, Agency, Plan, Amount, Target, Indicator, Observation}

// ParseKind returns the Kind named name ("region", "regions", …).
func ParseKind(name string) (Kind, error) {
	s := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(name)), "s")
	if s == "agencie" {
		s = "agency"
	}
	for _, k := range Kinds {
		if string(k) == s {
			return k, nil
		}
	}
	return "", fmt.Errorf("unknown kind %q (want one of %s)", name, joinKinds(Kinds))
}

func joinKinds(ks []Kind) string {
	s := make([]string, len(ks))
	for i, k := range ks {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

// Rel names an edge type. The direction is part of its meaning.
type Rel string

// The relations.
const (
	Mentions  Rel = "mentions"   // document → any entity it mentions
	PartOf    Rel = "part_of"    // region → the region that contains it (深圳市 → 广东省)
	MemberOf  Rel = "member_of"  // region → economic region it belongs to (上海市 → 长三角)
	LocatedIn Rel = "located_in" // agency → the region it governs (山东省科学技术厅 → 山东省)
	IssuedBy  Rel = "issued_by"  // plan → agency that issued it
	AppliesTo Rel = "applies_to" // plan, target or amount → region it applies to
	SetBy     Rel = "set_by"     // target → plan or agency that sets it
	Funds     Rel = "funds"      // amount → plan it funds or is stated in
	Measures  Rel = "measures"   // target or observation → the indicator it is a value of
)

// Rels lists every relation.
var Rels = []Rel{Mentions, PartOf, MemberOf, LocatedIn, IssuedBy, AppliesTo, SetBy, Funds, Measures}

// ID identifies a node: "kind:key".
type ID string

// NewID returns the ID of the node of kind k with the given key. Keys must not
// contain NUL bytes (the store uses NUL as a separator); NewID removes them.
func NewID(k Kind, key string) ID {
	return ID(string(k) + ":" + strings.ReplaceAll(key, "\x00", ""))
}

// Kind returns the kind part of the ID.
func (id ID) Kind() Kind {
	k, _, _ := strings.Cut(string(id), ":")
	return Kind(k)
}

// Key returns the key part of the ID.
func (id ID) Key() string {
	_, key, _ := strings.Cut(string(id), ":")
	return key
}

// Evidence records where a fact was found: a byte span [Start, End) of the
// article text of document Doc (its source key) and the rule that matched.
// The store keeps each article's text once; [Sentence] cuts the sentence
// around a span from it for people to read.
type Evidence struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Rule  string `json:"rule"`
}

// Sentence returns the sentence of text around the byte span [start, end):
// from after the previous 。！？ or line break to the next one, at most
// max runes on each side of the span.
func Sentence(text string, start, end, max int) string {
	if start < 0 || end > len(text) || start > end {
		return ""
	}
	isEnd := func(r rune) bool {
		switch r {
		case '。', '！', '？', '!', '?', '\n':
			return true
		}
		return false
	}
	left := []rune(text[:start])
	i, n := len(left), 0
	for i > 0 && !isEnd(left[i-1]) && n < max {
		i--
		n++
	}
	right := []rune(text[end:])
	j, m := 0, 0
	for j < len(right) && m < max {
		j++
		m++
		if isEnd(right[j-1]) {
			break
		}
	}
	return strings.TrimSpace(string(left[i:]) + text[start:end] + string(right[:j]))
}

// Less orders evidence by document, then position, then rule.
func (e Evidence) Less(o Evidence) bool {
	if e.Doc != o.Doc {
		return e.Doc < o.Doc
	}
	if e.Start != o.Start {
		return e.Start < o.Start
	}
	if e.End != o.End {
		return e.End < o.End
	}
	return e.Rule < o.Rule
}

// Node is a vertex of the knowledge graph.
type Node struct {
	ID       ID                `json:"id"`
	Kind     Kind              `json:"kind"`
	Name     string            `json:"name"`
	Attrs    map[string]string `json:"attrs,omitempty"`
	Evidence []Evidence        `json:"evidence,omitempty"`
}

// Attr returns the attribute named k, or "".
func (n *Node) Attr(k string) string { return n.Attrs[k] }

// SetAttr sets attribute k to v; an empty v deletes it.
func (n *Node) SetAttr(k, v string) {
	if v == "" {
		delete(n.Attrs, k)
		return
	}
	if n.Attrs == nil {
		n.Attrs = map[string]string{}
	}
	n.Attrs[k] = v
}

// Edge is a directed, typed relation between two nodes.
type Edge struct {
	From     ID                `json:"from"`
	Rel      Rel               `json:"rel"`
	To       ID                `json:"to"`
	Attrs    map[string]string `json:"attrs,omitempty"`
	Evidence []Evidence        `json:"evidence,omitempty"`
}

// Key returns the edge's identity, "from\x00rel\x00to".
func (e *Edge) Key() string { return string(e.From) + "\x00" + string(e.Rel) + "\x00" + string(e.To) }

// Less orders edges by from, rel, to.
func (e *Edge) Less(o *Edge) bool {
	if e.From != o.From {
		return e.From < o.From
	}
	if e.Rel != o.Rel {
		return e.Rel < o.Rel
	}
	return e.To < o.To
}

// SortEvidence sorts and deduplicates evidence in place and returns it.
func SortEvidence(ev []Evidence) []Evidence {
	sort.Slice(ev, func(i, j int) bool { return ev[i].Less(ev[j]) })
	out := ev[:0]
	for i, e := range ev {
		if i > 0 && e.Doc == ev[i-1].Doc && e.Start == ev[i-1].Start && e.End == ev[i-1].End && e.Rule == ev[i-1].Rule {
			continue
		}
		out = append(out, e)
	}
	return out
}

// FormatFloat writes a number the way attributes and keys store it: the
// shortest decimal that round-trips, never in exponent form.
func FormatFloat(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// ParseFloat reads an attribute written by FormatFloat; it returns ok=false
// for an empty or malformed string.
func ParseFloat(s string) (float64, bool) {
	if s == "" {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}
