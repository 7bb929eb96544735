package graph

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
)

// The typed exports (GraphML, Cytoscape.js, Neo4j) share one idea of what
// an attribute is: attrType gives its type, typedAttr its value.

// attrType is the type an attribute has in typed exports: "double" for
// value and value_max, "int" for year, period and report_year, "string"
// for everything else.
func attrType(name string) string {
	switch name {
	case "value", "value_max":
		return "double"
	case "year", "period", "report_year":
		return "int"
	}
	return "string"
}

// typedAttr returns v as the type attrType(name) names: a finite float64,
// an int or a non-empty string. ok is false when v is empty or does not
// parse; typed exports leave such a value out rather than write a value
// readers would reject.
func typedAttr(name, v string) (val any, ok bool) {
	switch attrType(name) {
	case "double":
		f, ok := ParseFloat(strings.TrimSpace(v))
		if !ok || math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, false
		}
		return f, true
	case "int":
		i, err := strconv.ParseInt(strings.TrimSpace(v), 10, 32)
		if err != nil {
			return nil, false
		}
		return int(i), true
	}
	if v == "" {
		return nil, false
	}
	return v, true
}

// typedText is typedAttr written as text: doubles the way FormatFloat
// writes them (never in exponent form), ints in decimal.
func typedText(name, v string) (string, bool) {
	val, ok := typedAttr(name, v)
	if !ok {
		return "", false
	}
	switch x := val.(type) {
	case float64:
		return FormatFloat(x), true
	case int:
		return strconv.Itoa(x), true
	}
	return val.(string), true
}

// attrNames returns the sorted union of the attribute names in attrs.
func attrNames(attrs []map[string]string) []string {
	seen := map[string]bool{}
	var out []string
	for _, a := range attrs {
		for k := range a {
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	sort.Strings(out)
	return out
}

// renameAttrs maps each attribute name to the name an export writes it
// under: clean(name), with "attr_" in front when that would collide with a
// field the export writes itself (reserved) or with another attribute.
// clean may be nil.
func renameAttrs(names []string, reserved []string, clean func(string) string) map[string]string {
	taken := map[string]bool{}
	for _, r := range reserved {
		taken[r] = true
	}
	out := make(map[string]string, len(names))
	for _, n := range names { // sorted, so the renaming is deterministic
		c := n
		if clean != nil {
			c = clean(n)
		}
		for taken[c] {
			c = "attr_" + c
		}
		taken[c] = true
		out[n] = c
	}
	return out
}

// exportedEdges returns the sorted edges whose ends are both nodes of g:
// only those can be written in formats that name nodes by reference.
func (g *KG) exportedEdges() []*Edge {
	out := make([]*Edge, 0, len(g.eord))
	for _, e := range g.eord {
		if g.nodes[e.From] != nil && g.nodes[e.To] != nil {
			out = append(out, e)
		}
	}
	return out
}

// clusterName is the name of the province-level region a node is drawn
// in (see [KG.ClusterOf]), or "".
func (g *KG) clusterName(n *Node) string {
	if c := g.ClusterOf(n); c != nil {
		return c.Name
	}
	return ""
}

// graphmlKey is one <key> declaration.
type graphmlKey struct {
	id, name, typ string
	attr          string // the attribute it carries; "" for a built-in field
}

// WriteGraphML writes the graph as GraphML for Gephi, yEd, Cytoscape and
// networkx (read_graphml): a directed graph whose nodes are numbered n0,
// n1 … in ID order and edges e0, e1 … in edge order (parse.nodeids and
// parse.edgeids "canonical"). Every node carries its graph ID (kg_id),
// label, kind, name, cluster (province) and evidence count; every edge
// its relation (rel and label) and evidence count. Attributes follow as
// typed <key>s: value and value_max double, year int, the rest string; a
// value that does not parse as its type is left out. Two relations
// between the same pair stay two edges, so networkx reads a MultiDiGraph
// whenever the graph has such pairs. Text is XML-escaped, so IDs with
// quotes, ampersands or newlines survive.
func (g *KG) WriteGraphML(w io.Writer) error {
	nodes := g.Nodes()
	edges := g.exportedEdges()
	num := make(map[ID]int, len(nodes))
	nattrs := make([]map[string]string, len(nodes))
	for i, n := range nodes {
		num[n.ID] = i
		nattrs[i] = n.Attrs
	}
	eattrs := make([]map[string]string, len(edges))
	for i, e := range edges {
		eattrs[i] = e.Attrs
	}

	nodeBuiltin := []graphmlKey{{name: "kg_id", typ: "string"}, {name: "label", typ: "string"}, {name: "kind", typ: "string"}, {name: "name", typ: "string"}, {name: "cluster", typ: "string"}, {name: "evidence", typ: "int"}}
	edgeBuiltin := []graphmlKey{{name: "rel", typ: "string"}, {name: "label", typ: "string"}, {name: "evidence", typ: "int"}}
	keys := func(builtin []graphmlKey, attrs []map[string]string, first int) []graphmlKey {
		var reserved []string
		for _, k := range builtin {
			reserved = append(reserved, k.name)
		}
		names := attrNames(attrs)
		rename := renameAttrs(names, reserved, nil)
		out := append([]graphmlKey(nil), builtin...)
		for _, a := range names {
			out = append(out, graphmlKey{name: rename[a], typ: attrType(a), attr: a})
		}
		for i := range out {
			out[i].id = "d" + strconv.Itoa(first+i)
		}
		return out
	}
	nkeys := keys(nodeBuiltin, nattrs, 0)
	ekeys := keys(edgeBuiltin, eattrs, len(nkeys))

	bw := bufio.NewWriter(w)
	esc := func(s string) string {
		var b strings.Builder
		xml.EscapeText(&b, []byte(s)) // never fails on a strings.Builder
		return b.String()
	}
	fmt.Fprint(bw, xml.Header)
	fmt.Fprint(bw, `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`+"\n")
	for _, set := range []struct {
		what string
		keys []graphmlKey
	}{{"node", nkeys}, {"edge", ekeys}} {
		for _, k := range set.keys {
			fmt.Fprintf(bw, "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n", k.id, set.what, esc(k.name), k.typ)
		}
	}
	fmt.Fprintf(bw, "  <graph id=\"policygraph\" edgedefault=\"directed\" parse.nodes=\"%d\" parse.edges=\"%d\" parse.nodeids=\"canonical\" parse.edgeids=\"canonical\" parse.order=\"nodesfirst\">\n", len(nodes), len(edges))
	data := func(key, text string) {
		fmt.Fprintf(bw, "      <data key=\"%s\">%s</data>\n", key, esc(text))
	}
	writeData := func(keys []graphmlKey, builtin map[string]string, attrs map[string]string) {
		for _, k := range keys {
			if k.attr == "" {
				if v := builtin[k.name]; v != "" {
					data(k.id, v)
				}
				continue
			}
			if v, ok := typedText(k.attr, attrs[k.attr]); ok {
				data(k.id, v)
			}
		}
	}
	for i, n := range nodes {
		fmt.Fprintf(bw, "    <node id=\"n%d\">\n", i)
		writeData(nkeys, map[string]string{
			"kg_id":    string(n.ID),
			"label":    nodeLabel(n),
			"kind":     string(n.Kind),
			"name":     n.Name,
			"cluster":  g.clusterName(n),
			"evidence": strconv.Itoa(len(n.Evidence)),
		}, n.Attrs)
		fmt.Fprint(bw, "    </node>\n")
	}
	for i, e := range edges {
		fmt.Fprintf(bw, "    <edge id=\"e%d\" source=\"n%d\" target=\"n%d\">\n", i, num[e.From], num[e.To])
		writeData(ekeys, map[string]string{
			"rel":      string(e.Rel),
			"label":    string(e.Rel),
			"evidence": strconv.Itoa(len(e.Evidence)),
		}, e.Attrs)
		fmt.Fprint(bw, "    </edge>\n")
	}
	fmt.Fprint(bw, "  </graph>\n</graphml>\n")
	return bw.Flush()
}
