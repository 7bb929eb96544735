package graph

import (
	"sort"
	"strings"
)

// Reader is read access to a graph: the in-memory [KG], or a view of a
// database that reads only what a query touches (store.DB.View). Queries
// are written against a Reader, so they run the same on both.
//
// Every method returns sorted results and never nil-dereferences: an
// unknown ID gives a nil node and no edges. Returned values must not be
// modified.
type Reader interface {
	// Node returns the node with the given ID, or nil.
	Node(id ID) *Node
	// Out returns the edges leaving id, sorted. Their evidence may be
	// absent: ask Evidence for it.
	Out(id ID) []*Edge
	// In returns the edges entering id, sorted, like Out.
	In(id ID) []*Edge
	// EdgesOut returns the edges of relation rel leaving id, sorted.
	EdgesOut(id ID, rel Rel) []*Edge
	// EdgesIn returns the edges of relation rel entering id, sorted.
	EdgesIn(id ID, rel Rel) []*Edge
	// Evidence returns an edge's evidence, sorted.
	Evidence(e *Edge) []Evidence
	// Prefix returns the nodes of kind k whose key (the part of the ID
	// after "kind:") starts with prefix, sorted by ID. An empty prefix
	// lists every node of the kind.
	Prefix(k Kind, prefix string) []*Node
	// Text returns the article text of a document by its source key, or
	// "" when it is not known.
	Text(source string) string
}

var _ Reader = (*KG)(nil)

// Prefix implements [Reader].
func (g *KG) Prefix(k Kind, prefix string) []*Node {
	p := string(k) + ":" + prefix
	i := sort.Search(len(g.order), func(i int) bool { return string(g.order[i]) >= p })
	var out []*Node
	for ; i < len(g.order) && strings.HasPrefix(string(g.order[i]), p); i++ {
		out = append(out, g.nodes[g.order[i]])
	}
	return out
}

// EdgesOut implements [Reader].
func (g *KG) EdgesOut(id ID, rel Rel) []*Edge { return filterRel(g.out[id], rel) }

// EdgesIn implements [Reader].
func (g *KG) EdgesIn(id ID, rel Rel) []*Edge { return filterRel(g.in[id], rel) }

// Evidence implements [Reader].
func (g *KG) Evidence(e *Edge) []Evidence { return e.Evidence }

func filterRel(es []*Edge, rel Rel) []*Edge {
	var out []*Edge
	for _, e := range es {
		if e.Rel == rel {
			out = append(out, e)
		}
	}
	return out
}

// SetText records a document's article text, for evidence sentences.
func (g *KG) SetText(source, text string) {
	if g.texts == nil {
		g.texts = map[string]string{}
	}
	g.texts[source] = text
}

// Text implements [Reader].
func (g *KG) Text(source string) string { return g.texts[source] }

// outRel returns the targets of id's edges of relation rel.
func outRel(r Reader, id ID, rel Rel) []*Node {
	var out []*Node
	for _, e := range r.EdgesOut(id, rel) {
		if n := r.Node(e.To); n != nil {
			out = append(out, n)
		}
	}
	return out
}

// inRel returns the sources of the edges of relation rel entering id.
func inRel(r Reader, id ID, rel Rel) []*Node {
	var out []*Node
	for _, e := range r.EdgesIn(id, rel) {
		if n := r.Node(e.From); n != nil {
			out = append(out, n)
		}
	}
	return out
}
