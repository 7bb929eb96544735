package graph

import (
	"encoding/json"
	"io"
	"strconv"
)

// cyElements is the Cytoscape.js elements JSON: the "elements" object that
// cytoscape({elements: …}) and cy.json() take, with nodes and edges apart.
type cyElements struct {
	Elements struct {
		Nodes []cyElement `json:"nodes"`
		Edges []cyElement `json:"edges"`
	} `json:"elements"`
}

// cyElement is one node or edge: its data and its style classes.
type cyElement struct {
	Data    map[string]any `json:"data"`
	Classes string         `json:"classes"`
}

// cyEdgeID returns the Cytoscape.js id of an edge. Node IDs start with
// their kind ("region:…"), so "edge:…" never names a node.
func cyEdgeID(e *Edge) string {
	return "edge:" + string(e.From) + " -" + string(e.Rel) + "-> " + string(e.To)
}

// WriteCytoscape writes the graph as Cytoscape.js elements JSON:
//
//	{"elements": {"nodes": [{"data": {"id", "label", "kind", "name", …}, "classes": kind}],
//	              "edges": [{"data": {"id", "source", "target", "label", "rel", …}, "classes": rel}]}}
//
// Nodes keep their graph IDs; an edge's id is "edge:FROM -REL-> TO". Node
// data also holds the cluster (province name, see [KG.ClusterOf]) and the
// evidence count; edge data the evidence count. Attributes follow in data,
// typed as in [KG.WriteGraphML] (value and value_max numbers, year an
// integer), renamed attr_NAME when they would shadow a field above (or
// Cytoscape's parent). The kind and the relation are also the elements'
// classes, for style selectors like node.region or edge.part_of. Nodes
// and edges are sorted and data keys are in order, so the same graph
// gives the same bytes.
func (g *KG) WriteCytoscape(w io.Writer) error {
	nodes := g.Nodes()
	edges := g.exportedEdges()
	var out cyElements
	out.Elements.Nodes = make([]cyElement, 0, len(nodes))
	out.Elements.Edges = make([]cyElement, 0, len(edges))

	nattrs := make([]map[string]string, len(nodes))
	for i, n := range nodes {
		nattrs[i] = n.Attrs
	}
	nnames := attrNames(nattrs)
	nrename := renameAttrs(nnames, []string{"id", "label", "kind", "name", "cluster", "evidence", "parent", "source", "target"}, nil)
	for _, n := range nodes {
		d := map[string]any{
			"id":       string(n.ID),
			"label":    nodeLabel(n),
			"kind":     string(n.Kind),
			"name":     n.Name,
			"evidence": len(n.Evidence),
		}
		if c := g.clusterName(n); c != "" {
			d["cluster"] = c
		}
		for _, a := range nnames {
			if v, ok := typedAttr(a, n.Attrs[a]); ok {
				d[nrename[a]] = v
			}
		}
		out.Elements.Nodes = append(out.Elements.Nodes, cyElement{Data: d, Classes: string(n.Kind)})
	}

	eattrs := make([]map[string]string, len(edges))
	for i, e := range edges {
		eattrs[i] = e.Attrs
	}
	enames := attrNames(eattrs)
	erename := renameAttrs(enames, []string{"id", "source", "target", "label", "rel", "evidence", "parent"}, nil)
	used := map[string]int{}
	for _, e := range edges {
		id := cyEdgeID(e)
		// IDs that contain " -rel-> " could make two edges' ids meet;
		// number the later one (edges are sorted, so this is stable).
		if k := used[id]; k > 0 {
			used[id]++
			id += "#" + strconv.Itoa(k+1)
		} else {
			used[id] = 1
		}
		d := map[string]any{
			"id":       id,
			"source":   string(e.From),
			"target":   string(e.To),
			"label":    string(e.Rel),
			"rel":      string(e.Rel),
			"evidence": len(e.Evidence),
		}
		for _, a := range enames {
			if v, ok := typedAttr(a, e.Attrs[a]); ok {
				d[erename[a]] = v
			}
		}
		out.Elements.Edges = append(out.Elements.Edges, cyElement{Data: d, Classes: string(e.Rel)})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	return enc.Encode(out)
}
