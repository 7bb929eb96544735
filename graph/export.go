package graph

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"
)

// DOTOptions tune WriteDOT.
type DOTOptions struct {
	FontName string // a font with CJK glyphs; default "Noto Sans CJK SC"
	// Layout is the Graphviz engine written into the graph (dot, sfdp,
	// neato …). "" chooses: dot's layered drawing with clusters for graphs
	// up to DOTMaxLayered nodes plus edges, sfdp beyond (see DOTLayout).
	Layout string
	// EdgeLabels writes the relation as each edge's label: "on", "off", or
	// "" for on with the dot layout and off with the others, where tens of
	// thousands of labels cost minutes and show nothing. Edges are coloured
	// by relation either way, and carry the relation as a tooltip.
	EdgeLabels string
	Title      string // graph label
}

// DOTMaxLayered is the largest graph, in nodes plus edges, that WriteDOT
// draws with dot's layered layout when no layout is asked for. Measured on
// the policy corpus: 3,800 takes dot about 13 s; 13,000 more than 5 min,
// which sfdp draws in about 10 s.
const DOTMaxLayered = 4000

// DOTLayout returns the layout engine WriteDOT uses for a graph of this
// size with these options, and whether it writes edge labels.
func DOTLayout(nodes, edges int, opt DOTOptions) (layout string, edgeLabels bool) {
	layout = opt.Layout
	if layout == "" {
		layout = "dot"
		if nodes+edges > DOTMaxLayered {
			layout = "sfdp"
		}
	}
	switch opt.EdgeLabels {
	case "on":
		edgeLabels = true
	case "off":
	default:
		edgeLabels = layout == "dot"
	}
	return layout, edgeLabels
}

// dotRelColor colours edges by relation, so a drawing without edge labels
// still tells them apart.
var dotRelColor = map[Rel]string{
	Mentions:  "#b0b0b0",
	PartOf:    "#1f77b4",
	MemberOf:  "#17becf",
	LocatedIn: "#8c564b",
	IssuedBy:  "#ff7f0e",
	AppliesTo: "#9467bd",
	SetBy:     "#2ca02c",
	Funds:     "#bcbd22",
	Measures:  "#e377c2",
}

// style of each kind in DOT.
var dotStyle = map[Kind]struct{ shape, color string }{
	Document: {"note", "#eeeeee"},
	Region:   {"ellipse", "#cfe8ff"},
	Agency:   {"box", "#ffe0b2"},
	Plan:     {"folder", "#d7f5d0"},
	Amount:   {"octagon", "#fff6b3"},
	Target:   {"cds", "#f8cfd9"},
	// Indicators and observations: the measures, and past values of them.
	Indicator:   {"hexagon", "#e4d7f5"},
	Observation: {"parallelogram", "#d4f0ee"},
}

// dotLegend is an HTML-like label: the title, then one coloured row per
// relation the drawing has.
func dotLegend(title string, edges []*Edge, num map[ID]int) string {
	has := map[Rel]bool{}
	for _, e := range edges {
		_, ok1 := num[e.From]
		_, ok2 := num[e.To]
		if ok1 && ok2 {
			has[e.Rel] = true
		}
	}
	var b strings.Builder
	b.WriteString(`<table border="0" cellspacing="2">`)
	if title != "" {
		fmt.Fprintf(&b, `<tr><td colspan="2">%s</td></tr>`, htmlEscape(title))
	}
	for _, r := range Rels {
		if has[r] {
			fmt.Fprintf(&b, `<tr><td bgcolor="%s" width="24"> </td><td align="left">%s</td></tr>`, dotRelColor[r], htmlEscape(string(r)))
		}
	}
	b.WriteString(`</table>`)
	return b.String()
}

// htmlEscape escapes text for a Graphviz HTML-like label.
func htmlEscape(s string) string {
	return htmlReplacer.Replace(xmlSafe(s, `\`))
}

var htmlReplacer = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

// dotQuote returns s as a DOT double-quoted string. Characters that XML
// 1.0 forbids (control characters, U+FFFE, U+FFFF, bytes that are not
// UTF-8) would pass through Graphviz into an SVG no browser opens: they
// are written visibly as \xNN or \uXXXX (a DOT backslash is \\).
func dotQuote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", "")
	return `"` + xmlSafe(r.Replace(s), `\\`) + `"`
}

// xmlSafe writes the characters XML 1.0 does not allow (and the C1
// controls) as bs+"xNN" or bs+"uXXXX"; a line break and a tab are kept.
func xmlSafe(s, bs string) string {
	ok := utf8.ValidString(s)
	for _, r := range s {
		if !ok || !xmlChar(r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			fmt.Fprintf(&b, "%sx%02x", bs, s[i])
		case !xmlChar(r) && r < 0x100:
			fmt.Fprintf(&b, "%sx%02x", bs, r)
		case !xmlChar(r):
			fmt.Fprintf(&b, "%su%04x", bs, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func xmlChar(r rune) bool {
	if r == '\t' || r == '\n' {
		return true
	}
	return r >= 0x20 && !(r >= 0x7f && r < 0xa0) && r != 0xfffe && r != 0xffff
}

// ClusterOf returns the province-level region a node belongs to in
// pictures: a region's top ancestor, the region an agency is located in,
// or the region a plan, target or amount applies to. It returns nil for
// documents, central bodies and national facts.
func (g *KG) ClusterOf(n *Node) *Node {
	var r *Node
	switch n.Kind {
	case Region:
		r = n
	case Agency:
		if rs := g.OutRel(n.ID, LocatedIn); len(rs) > 0 {
			r = rs[0]
		}
	case Plan, Target, Amount, Observation:
		if rs := g.OutRel(n.ID, AppliesTo); len(rs) > 0 {
			r = rs[0]
		}
	}
	if r == nil || r.Attr("level") == "economic" {
		return nil
	}
	for seen := 0; seen < 8; seen++ {
		up := g.OutRel(r.ID, PartOf)
		if len(up) == 0 {
			break
		}
		r = up[0]
	}
	return r
}

// WriteDOT writes the graph in Graphviz DOT: one cluster per province-level
// region, node shapes and colours by kind, edge labels by relation. The
// output depends only on the graph: nodes are numbered in ID order.
func (g *KG) WriteDOT(w io.Writer, opt DOTOptions) error {
	if opt.FontName == "" {
		opt.FontName = "Noto Sans CJK SC"
	}
	bw := bufio.NewWriter(w)
	nodes := g.Nodes()
	num := make(map[ID]int, len(nodes))
	for i, n := range nodes {
		num[n.ID] = i
	}
	nedges := 0
	for _, e := range g.eord {
		_, ok1 := num[e.From]
		_, ok2 := num[e.To]
		if ok1 && ok2 {
			nedges++
		}
	}
	layout, edgeLabels := DOTLayout(len(nodes), nedges, opt)
	font := dotQuote(opt.FontName)
	fmt.Fprintf(bw, "digraph policygraph {\n")
	fmt.Fprintf(bw, "  graph [rankdir=LR, fontname=%s, fontsize=12, compound=true, newrank=true, layout=%s", font, dotQuote(layout))
	if layout != "dot" {
		fmt.Fprintf(bw, ", outputorder=edgesfirst")
	}
	switch {
	case !edgeLabels:
		// A legend: without labels, colour is what tells relations apart.
		fmt.Fprintf(bw, ", labelloc=t, label=<%s>", dotLegend(opt.Title, g.eord, num))
	case opt.Title != "":
		fmt.Fprintf(bw, ", label=%s, labelloc=t", dotQuote(opt.Title))
	}
	fmt.Fprintf(bw, "];\n")
	fmt.Fprintf(bw, "  node [fontname=%s, fontsize=10, style=filled];\n", font)
	fmt.Fprintf(bw, "  edge [fontname=%s, fontsize=8, color=\"#666666\"];\n", font)

	clusters := map[ID][]*Node{}
	var loose []*Node
	var clusterIDs []ID
	for _, n := range nodes {
		if c := g.ClusterOf(n); c != nil {
			if clusters[c.ID] == nil {
				clusterIDs = append(clusterIDs, c.ID)
			}
			clusters[c.ID] = append(clusters[c.ID], n)
		} else {
			loose = append(loose, n)
		}
	}
	sort.Slice(clusterIDs, func(i, j int) bool { return clusterIDs[i] < clusterIDs[j] })
	writeNode := func(indent string, n *Node) {
		st, ok := dotStyle[n.Kind]
		if !ok { // a record of a kind this version does not know
			st = dotStyle[Document]
		}
		fmt.Fprintf(bw, "%sn%d [label=%s, shape=%s, fillcolor=%s, tooltip=%s];\n", indent, num[n.ID], dotQuote(nodeLabel(n)), st.shape, dotQuote(st.color), dotQuote(string(n.ID)))
	}
	for i, cid := range clusterIDs {
		c := g.nodes[cid]
		fmt.Fprintf(bw, "  subgraph cluster_%d {\n    label=%s; style=\"rounded\"; color=\"#9fb3c8\";\n", i, dotQuote(c.Name))
		for _, n := range clusters[cid] {
			writeNode("    ", n)
		}
		fmt.Fprintf(bw, "  }\n")
	}
	for _, n := range loose {
		writeNode("  ", n)
	}
	for _, e := range g.eord {
		if _, ok := num[e.From]; !ok {
			continue
		}
		if _, ok := num[e.To]; !ok {
			continue
		}
		color := dotRelColor[e.Rel]
		if color == "" {
			color = "#666666"
		}
		if edgeLabels {
			fmt.Fprintf(bw, "  n%d -> n%d [label=%s, color=%s];\n", num[e.From], num[e.To], dotQuote(string(e.Rel)), dotQuote(color))
		} else {
			fmt.Fprintf(bw, "  n%d -> n%d [color=%s, tooltip=%s];\n", num[e.From], num[e.To], dotQuote(color), dotQuote(string(e.Rel)))
		}
	}
	fmt.Fprintf(bw, "}\n")
	return bw.Flush()
}

// nodeLabel is what a picture shows for a node.
func nodeLabel(n *Node) string {
	switch n.Kind {
	case Target:
		l := n.Name
		if y := n.Attr("year"); y != "" {
			l += "\n(" + y + ")"
		}
		return l
	case Document:
		if t := n.Attr("title"); t != "" {
			if r := []rune(t); len(r) > 24 {
				t = string(r[:24]) + "…"
			}
			return t
		}
	}
	return n.Name
}

type jsonNode struct {
	ID       ID                `json:"id"`
	Kind     Kind              `json:"kind"`
	Name     string            `json:"name"`
	Attrs    map[string]string `json:"attrs,omitempty"`
	Evidence []Evidence        `json:"evidence,omitempty"`
}

type jsonEdge struct {
	Source   ID                `json:"source"`
	Target   ID                `json:"target"`
	Key      Rel               `json:"key"`
	Rel      Rel               `json:"rel"`
	Attrs    map[string]string `json:"attrs,omitempty"`
	Evidence []Evidence        `json:"evidence,omitempty"`
}

// WriteJSON writes the graph as node-link JSON (networkx
// node_link_graph(data, edges="edges"), D3 force layouts): nodes and edges
// sorted, each with its attributes and evidence.
func (g *KG) WriteJSON(w io.Writer) error {
	s := NewJSONStream(w)
	for _, n := range g.Nodes() {
		if err := s.Node(n); err != nil {
			return err
		}
	}
	for _, e := range g.eord {
		if err := s.Edge(e); err != nil {
			return err
		}
	}
	return s.Close()
}

// Subgraph returns the graph induced by the nodes keep accepts.
func (g *KG) Subgraph(keep func(*Node) bool) *KG {
	s := NewKG()
	for _, id := range g.order {
		if n := g.nodes[id]; keep(n) {
			s.AddNode(n)
		}
	}
	for _, e := range g.eord {
		if s.nodes[e.From] != nil && s.nodes[e.To] != nil {
			s.AddEdge(e)
		}
	}
	s.Finish()
	return s
}
