package graph

import "slices"

// An extractor computes a document's nodes and edges as plain facts —
// kinds, keys, names, attributes, evidence — and hands them to
// BuildRecord in one step, instead of building nodes piece by piece.

// NodeRef names a node by kind and key, as NewID makes its ID.
type NodeRef struct {
	Kind Kind
	Key  string
}

// ID returns the node's ID.
func (r NodeRef) ID() ID { return NewID(r.Kind, r.Key) }

// NodeFact is a node with all its attributes.
type NodeFact struct {
	Ref   NodeRef
	Name  string
	Attrs map[string]string // empty values are left out
}

// EdgeFact is an edge with its evidence.
type EdgeFact struct {
	From     NodeRef
	Rel      Rel
	To       NodeRef
	Evidence []Evidence
}

// NewNode returns the node of kind k and key, named name, with the
// attributes given: the map becomes the node's, without its empty values
// (an empty value sets nothing).
func NewNode(k Kind, key, name string, attrs map[string]string) Node {
	for a, v := range attrs {
		if v == "" {
			delete(attrs, a)
		}
	}
	if len(attrs) == 0 {
		attrs = nil
	}
	return Node{ID: NewID(k, key), Kind: k, Name: name, Attrs: attrs}
}

// BuildRecord completes rec, whose guideline lists and metadata the
// extractor filled, with the graph facts: it makes the nodes and edges,
// gives every list that is nil an empty one (as NewRecord does), and sorts
// the record (Sort).
func BuildRecord(rec Record, nodes []NodeFact, edges []EdgeFact) *Record {
	empty := NewRecord(rec.Doc)
	for _, l := range []struct{ dst, def *[]string }{
		{&rec.Regions, &empty.Regions}, {&rec.Agencies, &empty.Agencies}, {&rec.Plans, &empty.Plans},
		{&rec.Optional.Regions, &empty.Optional.Regions}, {&rec.Optional.Agencies, &empty.Optional.Agencies}, {&rec.Optional.Plans, &empty.Optional.Plans},
	} {
		if *l.dst == nil {
			*l.dst = *l.def
		}
	}
	if rec.Amounts == nil {
		rec.Amounts = empty.Amounts
	}
	if rec.Targets == nil {
		rec.Targets = empty.Targets
	}
	if rec.Optional.Amounts == nil {
		rec.Optional.Amounts = empty.Optional.Amounts
	}
	if rec.Optional.Targets == nil {
		rec.Optional.Targets = empty.Optional.Targets
	}
	rec.Nodes = slices.Grow(rec.Nodes, len(nodes))
	for _, f := range nodes {
		rec.Nodes = append(rec.Nodes, NewNode(f.Ref.Kind, f.Ref.Key, f.Name, f.Attrs))
	}
	rec.Edges = slices.Grow(rec.Edges, len(edges))
	for _, f := range edges {
		rec.Edges = append(rec.Edges, Edge{From: f.From.ID(), Rel: f.Rel, To: f.To.ID(), Evidence: f.Evidence})
	}
	rec.Sort()
	return &rec
}
