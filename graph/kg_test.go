package graph_test

import (
	"reflect"
	"testing"

	"github.com/policygraph/policygraph/graph"
)

func ev(doc string, start int, rule string) graph.Evidence {
	return graph.Evidence{Doc: doc, Start: start, End: start + 9, Rule: rule}
}

func TestAddNodeMerges(t *testing.T) {
	g := graph.NewKG()
	id := graph.NewID(graph.Region, "深圳市")
	e1, e2, e3 := ev("a.md", 0, "region"), ev("a.md", 30, "region"), ev("b.md", 0, "region")
	in := &graph.Node{ID: id, Kind: graph.Region, Name: "深圳市", Attrs: map[string]string{"code": "440300", "level": "city"}, Evidence: []graph.Evidence{e2, e1}}
	first := g.AddNode(in)
	// The graph keeps its own copy.
	in.Attrs["code"] = "changed"
	in.Evidence[0].Rule = "changed"

	merged := g.AddNode(&graph.Node{ID: id, Kind: graph.Region, Name: "深圳市", Attrs: map[string]string{"level": "prefecture", "parent": "广东省"}, Evidence: []graph.Evidence{e3, e1}})
	if merged != first {
		t.Errorf("AddNode of a known ID returned another node")
	}
	g.Finish()
	n := g.Node(id)
	if want := map[string]string{"code": "440300", "level": "prefecture", "parent": "广东省"}; !reflect.DeepEqual(want, n.Attrs) {
		t.Errorf("attributes:\nwant %v\n got %v", want, n.Attrs)
	}
	if want := []graph.Evidence{e1, e2, e3}; !reflect.DeepEqual(want, n.Evidence) {
		t.Errorf("evidence:\nwant %v\n got %v", want, n.Evidence)
	}
	if nodes, edges := g.Len(); nodes != 1 || edges != 0 {
		t.Errorf("Len = %d, %d; want 1, 0", nodes, edges)
	}
}

func TestAddEdgeMerges(t *testing.T) {
	g := graph.NewKG()
	from, to := graph.NewID(graph.Document, "a.md"), graph.NewID(graph.Region, "深圳市")
	e1, e2 := ev("a.md", 0, "region"), ev("a.md", 30, "region")
	attrs := map[string]string{"via": "title"}
	in := &graph.Edge{From: from, Rel: graph.Mentions, To: to, Attrs: attrs, Evidence: []graph.Evidence{e2}}
	first := g.AddEdge(in)
	in.Evidence[0].Rule = "changed"
	merged := g.AddEdge(&graph.Edge{From: from, Rel: graph.Mentions, To: to, Attrs: map[string]string{"weight": "2"}, Evidence: []graph.Evidence{e1, e2}})
	if merged != first {
		t.Errorf("AddEdge of a known key returned another edge")
	}
	g.Finish()
	e := g.Edge(from, graph.Mentions, to)
	if want := map[string]string{"via": "title", "weight": "2"}; !reflect.DeepEqual(want, e.Attrs) {
		t.Errorf("attributes:\nwant %v\n got %v", want, e.Attrs)
	}
	if want := []graph.Evidence{e1, e2}; !reflect.DeepEqual(want, e.Evidence) {
		t.Errorf("evidence:\nwant %v\n got %v", want, e.Evidence)
	}
	// Merging must not write into the map of the edge first added (a
	// record's edge, say).
	if want := map[string]string{"via": "title"}; !reflect.DeepEqual(want, attrs) {
		t.Errorf("AddEdge changed its argument's attributes to %v, want %v", attrs, want)
	}
	if g.Edge(to, graph.Mentions, from) != nil || g.Edge(from, graph.PartOf, to) != nil {
		t.Errorf("Edge found an edge that was not added")
	}
}

// regionGraph builds, adding nodes and edges in reverse order:
//
//	南山区 ──part_of──▶ 深圳市 ──part_of──▶ 广东省 ◀──part_of── 广州市
//	                      │                  ▲
//	                      └──member_of──▶ 粤港澳大湾区
//	a.md ──mentions──▶ 深圳市, 广东省
//
// 粤港澳大湾区 is an economic region and not part of 广东省.
func regionGraph() *graph.KG {
	r := func(name string) graph.ID { return graph.NewID(graph.Region, name) }
	nodes := []graph.Node{
		{ID: "document:a.md", Kind: graph.Document, Name: "a.md"},
		{ID: r("南山区"), Kind: graph.Region, Name: "南山区"},
		{ID: r("深圳市"), Kind: graph.Region, Name: "深圳市", Attrs: map[string]string{"level": "city"}},
		{ID: r("广东省"), Kind: graph.Region, Name: "广东省"},
		{ID: r("广州市"), Kind: graph.Region, Name: "广州市"},
		{ID: r("粤港澳大湾区"), Kind: graph.Region, Name: "粤港澳大湾区", Attrs: map[string]string{"level": "economic"}},
	}
	edges := []graph.Edge{
		{From: r("南山区"), Rel: graph.PartOf, To: r("深圳市")},
		{From: r("深圳市"), Rel: graph.PartOf, To: r("广东省")},
		{From: r("广州市"), Rel: graph.PartOf, To: r("广东省")},
		{From: r("深圳市"), Rel: graph.MemberOf, To: r("粤港澳大湾区")},
		{From: "document:a.md", Rel: graph.Mentions, To: r("深圳市")},
		{From: "document:a.md", Rel: graph.Mentions, To: r("广东省")},
	}
	g := graph.NewKG()
	for i := len(nodes) - 1; i >= 0; i-- {
		g.AddNode(&nodes[i])
	}
	for i := len(edges) - 1; i >= 0; i-- {
		g.AddEdge(&edges[i])
	}
	g.Finish()
	return g
}

func nodeIDs(ns []*graph.Node) []graph.ID {
	var ids []graph.ID
	for _, n := range ns {
		ids = append(ids, n.ID)
	}
	return ids
}

func edgeKeys(es []*graph.Edge) []string {
	var ks []string
	for _, e := range es {
		ks = append(ks, string(e.From)+" "+string(e.Rel)+" "+string(e.To))
	}
	return ks
}

func TestFinishSorts(t *testing.T) {
	g := regionGraph()
	wantNodes := []graph.ID{"document:a.md", "region:南山区", "region:广东省", "region:广州市", "region:深圳市", "region:粤港澳大湾区"}
	if got := nodeIDs(g.Nodes()); !reflect.DeepEqual(wantNodes, got) {
		t.Errorf("Nodes:\nwant %q\n got %q", wantNodes, got)
	}
	wantEdges := []string{
		"document:a.md mentions region:广东省",
		"document:a.md mentions region:深圳市",
		"region:南山区 part_of region:深圳市",
		"region:广州市 part_of region:广东省",
		"region:深圳市 member_of region:粤港澳大湾区",
		"region:深圳市 part_of region:广东省",
	}
	if got := edgeKeys(g.Edges()); !reflect.DeepEqual(wantEdges, got) {
		t.Errorf("Edges:\nwant %q\n got %q", wantEdges, got)
	}
	// Edges returns a copy.
	es := g.Edges()
	es[0] = nil
	if g.Edges()[0] == nil {
		t.Errorf("Edges returned the graph's own slice")
	}
	// A second Finish changes nothing.
	g.Finish()
	if got := nodeIDs(g.Nodes()); !reflect.DeepEqual(wantNodes, got) {
		t.Errorf("Nodes after a second Finish:\nwant %q\n got %q", wantNodes, got)
	}
}

func TestAdjacency(t *testing.T) {
	g := regionGraph()
	sz, gd := graph.NewID(graph.Region, "深圳市"), graph.NewID(graph.Region, "广东省")
	tests := []struct {
		name string
		got  any
		want any
	}{
		{"Out(深圳市)", edgeKeys(g.Out(sz)), []string{"region:深圳市 member_of region:粤港澳大湾区", "region:深圳市 part_of region:广东省"}},
		{"In(深圳市)", edgeKeys(g.In(sz)), []string{"document:a.md mentions region:深圳市", "region:南山区 part_of region:深圳市"}},
		{"In(广东省)", edgeKeys(g.In(gd)), []string{"document:a.md mentions region:广东省", "region:广州市 part_of region:广东省", "region:深圳市 part_of region:广东省"}},
		{"Out(广东省)", edgeKeys(g.Out(gd)), []string(nil)},
		{"OutRel(深圳市, part_of)", nodeIDs(g.OutRel(sz, graph.PartOf)), []graph.ID{gd}},
		{"OutRel(a.md, mentions)", nodeIDs(g.OutRel("document:a.md", graph.Mentions)), []graph.ID{gd, sz}},
		{"OutRel(深圳市, issued_by)", nodeIDs(g.OutRel(sz, graph.IssuedBy)), []graph.ID(nil)},
		{"InRel(广东省, part_of)", nodeIDs(g.InRel(gd, graph.PartOf)), []graph.ID{"region:广州市", sz}},
		{"InRel(深圳市, mentions)", nodeIDs(g.InRel(sz, graph.Mentions)), []graph.ID{"document:a.md"}},
		{"InRel(unknown, part_of)", nodeIDs(g.InRel("region:火星", graph.PartOf)), []graph.ID(nil)},
	}
	for _, tc := range tests {
		if !reflect.DeepEqual(tc.want, tc.got) {
			t.Errorf("%s:\nwant %q\n got %q", tc.name, tc.want, tc.got)
		}
	}
}

func TestOutRelSkipsMissingNodes(t *testing.T) {
	g := graph.NewKG()
	g.AddNode(&graph.Node{ID: "region:深圳市", Kind: graph.Region, Name: "深圳市"})
	g.AddEdge(&graph.Edge{From: "region:深圳市", Rel: graph.PartOf, To: "region:广东省"})
	g.Finish()
	if got := g.OutRel("region:深圳市", graph.PartOf); len(got) != 0 {
		t.Errorf("OutRel to a node that was never added = %v, want none", nodeIDs(got))
	}
	if got := g.InRel("region:广东省", graph.PartOf); len(got) != 1 {
		t.Errorf("InRel(广东省) = %v, want 深圳市", nodeIDs(got))
	}
}

func TestSubregions(t *testing.T) {
	g := regionGraph()
	tests := []struct {
		id   graph.ID
		want []graph.ID
	}{
		{"region:广东省", []graph.ID{"region:南山区", "region:广东省", "region:广州市", "region:深圳市"}},
		{"region:深圳市", []graph.ID{"region:南山区", "region:深圳市"}},
		{"region:南山区", []graph.ID{"region:南山区"}},
		// An economic region holds its members and what is part of them.
		{"region:粤港澳大湾区", []graph.ID{"region:南山区", "region:深圳市", "region:粤港澳大湾区"}},
		{"region:火星", []graph.ID{"region:火星"}},
	}
	for _, tc := range tests {
		if got := g.Subregions(tc.id); !reflect.DeepEqual(tc.want, got) {
			t.Errorf("Subregions(%s):\nwant %q\n got %q", tc.id, tc.want, got)
		}
	}

	// A cycle (bad data) ends.
	c := graph.NewKG()
	c.AddEdge(&graph.Edge{From: "region:a", Rel: graph.PartOf, To: "region:b"})
	c.AddEdge(&graph.Edge{From: "region:b", Rel: graph.PartOf, To: "region:a"})
	c.Finish()
	if got, want := c.Subregions("region:a"), []graph.ID{"region:a", "region:b"}; !reflect.DeepEqual(want, got) {
		t.Errorf("Subregions in a cycle:\nwant %q\n got %q", want, got)
	}
}

func TestSubgraph(t *testing.T) {
	g := regionGraph()
	s := g.Subgraph(func(n *graph.Node) bool { return n.Kind == graph.Region && n.Attr("level") != "economic" })
	wantNodes := []graph.ID{"region:南山区", "region:广东省", "region:广州市", "region:深圳市"}
	if got := nodeIDs(s.Nodes()); !reflect.DeepEqual(wantNodes, got) {
		t.Errorf("Subgraph nodes:\nwant %q\n got %q", wantNodes, got)
	}
	wantEdges := []string{
		"region:南山区 part_of region:深圳市",
		"region:广州市 part_of region:广东省",
		"region:深圳市 part_of region:广东省",
	}
	if got := edgeKeys(s.Edges()); !reflect.DeepEqual(wantEdges, got) {
		t.Errorf("Subgraph edges:\nwant %q\n got %q", wantEdges, got)
	}
	if got := nodeIDs(s.InRel("region:广东省", graph.PartOf)); len(got) != 2 {
		t.Errorf("Subgraph adjacency: InRel(广东省) = %q", got)
	}
	// The subgraph is a copy: changing it leaves the graph alone.
	s.Node("region:深圳市").SetAttr("code", "440300")
	if got := g.Node("region:深圳市").Attr("code"); got != "" {
		t.Errorf("changing the subgraph changed the graph: code %q", got)
	}
	if n, e := g.Len(); n != 6 || e != 6 {
		t.Errorf("graph Len = %d, %d after Subgraph; want 6, 6", n, e)
	}
	if n, e := g.Subgraph(func(*graph.Node) bool { return false }).Len(); n != 0 || e != 0 {
		t.Errorf("empty Subgraph Len = %d, %d", n, e)
	}
}

func TestAddRecord(t *testing.T) {
	g := graph.NewKG()
	r := sampleRecord()
	g.AddRecord(r)
	g.AddRecord(sampleRecord()) // the same facts again change nothing
	g.Finish()
	if n, e := g.Len(); n != 3 || e != 3 {
		t.Errorf("Len = %d, %d; want 3, 3", n, e)
	}
	r.Sort()
	if want, got := r.Nodes[2].Evidence, g.Node("region:深圳市").Evidence; !reflect.DeepEqual(want, got) {
		t.Errorf("evidence after adding a record twice:\nwant %v\n got %v", want, got)
	}
}
