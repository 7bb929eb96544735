package graph

// This file is the only one that imports dominikbraun/graph (as dg): the
// graph algorithms policygraph borrows — breadth-first neighbourhoods and
// shortest paths — run here on views built for them.

import (
	"errors"
	"fmt"
	"sort"

	dg "github.com/dominikbraun/graph"
)

// neighbourhood returns the nodes within depth edges of any start node,
// following edges either way. It runs dominikbraun/graph's BFS on an
// undirected view of g and measures depth itself: BFS visits nodes in
// order of distance, so a node's distance is one more than the smallest
// distance among its neighbours visited before it. (BFSWithDepth's depth
// counts visits, not levels, in v0.23.0.)
func (g *KG) neighbourhood(starts []ID, depth int) (map[ID]bool, error) {
	u := dg.New(func(id ID) ID { return id })
	for _, id := range g.order {
		if err := u.AddVertex(id); err != nil {
			return nil, err
		}
	}
	for _, e := range g.exportedEdges() {
		if e.From == e.To {
			continue
		}
		if err := u.AddEdge(e.From, e.To); err != nil && !errors.Is(err, dg.ErrEdgeAlreadyExists) {
			return nil, err
		}
	}
	near := map[ID]bool{}
	for _, s := range starts {
		dist := map[ID]int{}
		err := dg.BFS(u, s, func(v ID) bool {
			d := 0
			if v != s {
				d = -1
				for _, es := range [][]*Edge{g.out[v], g.in[v]} {
					for _, e := range es {
						other := e.To
						if other == v {
							other = e.From
						}
						if od, ok := dist[other]; ok && (d < 0 || od+1 < d) {
							d = od + 1
						}
					}
				}
			}
			if d > depth {
				return true // every node still to come is at least as far
			}
			dist[v] = d
			near[v] = true
			return false
		})
		if err != nil {
			return nil, err
		}
	}
	return near, nil
}

// Path returns a shortest chain of edges between a and b, following edges
// either way. It collects the neighbourhoods of both ends breadth first,
// up to maxDepth steps from each, and asks dominikbraun/graph for the
// shortest path through them. Documents are stepped through only when
// viaDocuments is set (otherwise every two entities of one article would be
// two steps apart).
func Path(r Reader, a, b ID, maxDepth int, viaDocuments bool) ([]Step, error) {
	if r.Node(a) == nil || r.Node(b) == nil {
		return nil, fmt.Errorf("path: unknown node")
	}
	g := dg.New(dg.StringHash)
	edges := map[[2]string]*Edge{}
	addV := func(id ID) { _ = g.AddVertex(string(id)) }
	addV(a)
	addV(b)
	expand := func(start ID) map[ID]bool {
		seen := map[ID]bool{start: true}
		frontier := []ID{start}
		for d := 0; d < maxDepth && len(frontier) > 0; d++ {
			var next []ID
			for _, id := range frontier {
				for _, e := range append(r.Out(id), r.In(id)...) {
					if !viaDocuments && (e.From.Kind() == Document || e.To.Kind() == Document) {
						continue
					}
					other := e.To
					if other == id {
						other = e.From
					}
					addV(e.From)
					addV(e.To)
					k := [2]string{string(e.From), string(e.To)}
					if k[0] > k[1] {
						k[0], k[1] = k[1], k[0]
					}
					if _, ok := edges[k]; !ok {
						edges[k] = e
						_ = g.AddEdge(k[0], k[1])
					}
					if !seen[other] {
						seen[other] = true
						next = append(next, other)
					}
				}
			}
			sort.Slice(next, func(i, j int) bool { return next[i] < next[j] })
			frontier = next
		}
		return seen
	}
	expand(a)
	expand(b)
	p, err := dg.ShortestPath(g, string(a), string(b))
	if err != nil {
		return nil, fmt.Errorf("%w within %d steps of each", ErrNoPath, maxDepth)
	}
	var steps []Step
	for i := 0; i+1 < len(p); i++ {
		k := [2]string{p[i], p[i+1]}
		if k[0] > k[1] {
			k[0], k[1] = k[1], k[0]
		}
		e := edges[k]
		steps = append(steps, Step{From: e.From, FromName: nameOf(r, e.From), Rel: e.Rel, To: e.To, ToName: nameOf(r, e.To)})
	}
	return steps, nil
}
