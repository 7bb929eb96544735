package graph

import (
	"maps"
	"sort"
)

// KG is a knowledge graph in memory: nodes by ID, typed edges, and
// adjacency in both directions. Build it with AddNode and AddEdge, then
// call Finish; after that it is read-only and safe for concurrent use.
type KG struct {
	nodes map[ID]*Node
	edges map[string]*Edge
	out   map[ID][]*Edge
	in    map[ID][]*Edge
	order []ID    // sorted node IDs, after Finish
	eord  []*Edge // sorted edges, after Finish
	texts map[string]string
}

// NewKG returns an empty graph.
func NewKG() *KG {
	return &KG{nodes: map[ID]*Node{}, edges: map[string]*Edge{}, out: map[ID][]*Edge{}, in: map[ID][]*Edge{}}
}

// AddNode adds n, or merges it into the node with the same ID: attributes
// are overwritten, evidence appended.
func (g *KG) AddNode(n *Node) *Node {
	if old := g.nodes[n.ID]; old != nil {
		for k, v := range n.Attrs {
			old.SetAttr(k, v)
		}
		old.Evidence = append(old.Evidence, n.Evidence...)
		return old
	}
	c := *n
	if n.Attrs != nil {
		c.Attrs = make(map[string]string, len(n.Attrs))
		for k, v := range n.Attrs {
			c.Attrs[k] = v
		}
	}
	c.Evidence = append([]Evidence(nil), n.Evidence...)
	g.nodes[n.ID] = &c
	return &c
}

// AddEdge adds e, or merges its evidence into the edge with the same key.
func (g *KG) AddEdge(e *Edge) *Edge {
	k := e.Key()
	if old := g.edges[k]; old != nil {
		old.Evidence = append(old.Evidence, e.Evidence...)
		for a, v := range e.Attrs {
			if old.Attrs == nil {
				old.Attrs = map[string]string{}
			}
			old.Attrs[a] = v
		}
		return old
	}
	c := *e
	c.Attrs = maps.Clone(e.Attrs) // merges must not write into the caller's map
	c.Evidence = append([]Evidence(nil), e.Evidence...)
	g.edges[k] = &c
	g.out[e.From] = append(g.out[e.From], &c)
	g.in[e.To] = append(g.in[e.To], &c)
	return &c
}

// AddRecord merges a record's nodes and edges into the graph.
func (g *KG) AddRecord(r *Record) {
	for i := range r.Nodes {
		g.AddNode(&r.Nodes[i])
	}
	for i := range r.Edges {
		g.AddEdge(&r.Edges[i])
	}
}

// Finish sorts everything and gives each node the evidence of the
// documents that mention it; call it once after the last Add.
func (g *KG) Finish() {
	for _, e := range g.edges {
		if e.Rel == Mentions {
			if n := g.nodes[e.To]; n != nil {
				n.Evidence = append(n.Evidence, e.Evidence...)
			}
		}
	}
	g.order = g.order[:0]
	for id, n := range g.nodes {
		g.order = append(g.order, id)
		n.Evidence = SortEvidence(n.Evidence)
	}
	sort.Slice(g.order, func(i, j int) bool { return g.order[i] < g.order[j] })
	g.eord = g.eord[:0]
	for _, e := range g.edges {
		e.Evidence = SortEvidence(e.Evidence)
		g.eord = append(g.eord, e)
	}
	sort.Slice(g.eord, func(i, j int) bool { return g.eord[i].Less(g.eord[j]) })
	for _, es := range g.out {
		sort.Slice(es, func(i, j int) bool { return es[i].Less(es[j]) })
	}
	for _, es := range g.in {
		sort.Slice(es, func(i, j int) bool { return es[i].Less(es[j]) })
	}
}

// Node returns the node with the given ID, or nil.
func (g *KG) Node(id ID) *Node { return g.nodes[id] }

// Edge returns the edge from → to of relation rel, or nil.
func (g *KG) Edge(from ID, rel Rel, to ID) *Edge {
	return g.edges[string(from)+"\x00"+string(rel)+"\x00"+string(to)]
}

// Nodes returns every node, sorted by ID.
func (g *KG) Nodes() []*Node {
	out := make([]*Node, len(g.order))
	for i, id := range g.order {
		out[i] = g.nodes[id]
	}
	return out
}

// Edges returns every edge, sorted by from, rel, to.
func (g *KG) Edges() []*Edge { return append([]*Edge(nil), g.eord...) }

// Out returns the edges leaving id, sorted.
func (g *KG) Out(id ID) []*Edge { return g.out[id] }

// In returns the edges entering id, sorted.
func (g *KG) In(id ID) []*Edge { return g.in[id] }

// Len returns the number of nodes and edges.
func (g *KG) Len() (nodes, edges int) { return len(g.nodes), len(g.edges) }

// OutRel returns the targets of id's edges of relation rel, sorted.
func (g *KG) OutRel(id ID, rel Rel) []*Node {
	var out []*Node
	for _, e := range g.out[id] {
		if e.Rel == rel {
			if n := g.nodes[e.To]; n != nil {
				out = append(out, n)
			}
		}
	}
	return out
}

// InRel returns the sources of edges of relation rel entering id, sorted.
func (g *KG) InRel(id ID, rel Rel) []*Node {
	var out []*Node
	for _, e := range g.in[id] {
		if e.Rel == rel {
			if n := g.nodes[e.From]; n != nil {
				out = append(out, n)
			}
		}
	}
	return out
}

// Subregions returns id and every region that is part_of it, transitively.
func (g *KG) Subregions(id ID) []ID { return Subregions(g, id) }

// Subregions returns id and every region that is part_of it, or a member
// of it (the provinces of 长三角), transitively, sorted.
func Subregions(r Reader, id ID) []ID {
	seen := map[ID]bool{id: true}
	queue := []ID{id}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, e := range append(r.EdgesIn(cur, PartOf), r.EdgesIn(cur, MemberOf)...) {
			if !seen[e.From] {
				seen[e.From] = true
				queue = append(queue, e.From)
			}
		}
	}
	out := make([]ID, 0, len(seen))
	for id := range seen {
		out = append(out, id)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}
