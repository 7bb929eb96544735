package serve

import (
	"sort"

	"github.com/policygraph/policygraph/graph"
)

// CyElement is one Cytoscape.js element: a node (with Parent when it sits
// in a province cluster), a cluster (a compound node) or an edge.
type CyElement struct {
	Group string `json:"group"` // nodes or edges
	Data  CyData `json:"data"`
}

// CyData is an element's data.
type CyData struct {
	ID      string `json:"id"`
	Label   string `json:"label,omitempty"`
	Kind    string `json:"kind,omitempty"`   // node kind, or "cluster"
	Parent  string `json:"parent,omitempty"` // the cluster's ID
	Source  string `json:"source,omitempty"`
	Target  string `json:"target,omitempty"`
	Rel     string `json:"rel,omitempty"`
	Centre  bool   `json:"centre,omitempty"`
	Entity  string `json:"entity,omitempty"` // the node's graph ID (ID may differ for clusters)
	Cluster string `json:"cluster,omitempty"`
}

// NeighbourhoodResult answers /api/neighbourhood: the entity, its
// neighbours and the edges between them, as Cytoscape.js elements.
type NeighbourhoodResult struct {
	Centre   graph.ID    `json:"centre"`
	Name     string      `json:"name"`
	Elements []CyElement `json:"elements"`
	More     int         `json:"more,omitempty"` // neighbours left out by the limit
}

// neighbourhood returns id and the nodes one edge away. Documents are
// evidence rather than neighbours and are left out unless docs is set.
// Every node carries its province-level cluster, as in the DOT export.
func neighbourhood(r graph.Reader, id graph.ID, docs bool) (*NeighbourhoodResult, error) {
	n := r.Node(id)
	if n == nil {
		return nil, notFound("no node %s", id)
	}
	res := &NeighbourhoodResult{Centre: id, Name: n.Name, Elements: []CyElement{}}
	nodes := map[graph.ID]*graph.Node{id: n}
	var edges []*graph.Edge
	add := func(e *graph.Edge, other graph.ID) {
		if _, ok := nodes[other]; !ok {
			if len(nodes) > maxNeighbours {
				res.More++
				return
			}
			o := r.Node(other)
			if o == nil || (o.Kind == graph.Document && !docs) {
				return
			}
			nodes[other] = o
		}
		edges = append(edges, e)
	}
	for _, e := range r.Out(id) {
		add(e, e.To)
	}
	for _, e := range r.In(id) {
		if e.Rel == graph.Mentions && !docs {
			continue
		}
		add(e, e.From)
	}
	ids := make([]graph.ID, 0, len(nodes))
	for k := range nodes {
		ids = append(ids, k)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	clusters := map[graph.ID]*graph.Node{}
	var cids []graph.ID
	for _, k := range ids {
		nd := nodes[k]
		d := CyData{ID: string(nd.ID), Entity: string(nd.ID), Label: nd.Name, Kind: string(nd.Kind), Centre: nd.ID == id}
		if c := clusterOf(r, nd); c != nil {
			d.Parent = "cluster:" + string(c.ID)
			d.Cluster = c.Name
			if _, ok := clusters[c.ID]; !ok {
				clusters[c.ID] = c
				cids = append(cids, c.ID)
			}
		}
		res.Elements = append(res.Elements, CyElement{Group: "nodes", Data: d})
	}
	sort.Slice(cids, func(i, j int) bool { return cids[i] < cids[j] })
	for _, c := range cids {
		res.Elements = append(res.Elements, CyElement{Group: "nodes", Data: CyData{ID: "cluster:" + string(c), Entity: string(c), Label: clusters[c].Name, Kind: "cluster"}})
	}
	sort.Slice(edges, func(i, j int) bool { return edges[i].Less(edges[j]) })
	for _, e := range edges {
		res.Elements = append(res.Elements, CyElement{Group: "edges", Data: CyData{ID: string(e.From) + "|" + string(e.Rel) + "|" + string(e.To), Source: string(e.From), Target: string(e.To), Rel: string(e.Rel)}})
	}
	return res, nil
}

// clusterOf is graph.KG.ClusterOf on a Reader: the province-level region a
// node belongs to in pictures, or nil.
func clusterOf(r graph.Reader, n *graph.Node) *graph.Node {
	first := func(id graph.ID, rel graph.Rel) *graph.Node {
		for _, e := range r.EdgesOut(id, rel) {
			if to := r.Node(e.To); to != nil {
				return to
			}
		}
		return nil
	}
	var reg *graph.Node
	switch n.Kind {
	case graph.Region:
		reg = n
	case graph.Agency:
		reg = first(n.ID, graph.LocatedIn)
	case graph.Plan, graph.Target, graph.Amount:
		reg = first(n.ID, graph.AppliesTo)
	}
	if reg == nil || reg.Attr("level") == "economic" {
		return nil
	}
	for i := 0; i < 8; i++ {
		up := first(reg.ID, graph.PartOf)
		if up == nil {
			break
		}
		reg = up
	}
	return reg
}
