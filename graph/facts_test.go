package graph_test

import (
	"encoding/json"
	"testing"

	"github.com/policygraph/policygraph/graph"
)

func TestNewNode(t *testing.T) {
	for _, tc := range []struct {
		name  string
		attrs map[string]string
		want  string
	}{
		{"no attributes", nil, `{"id":"plan:p","kind":"plan","name":"P"}`},
		{"empty values set nothing", map[string]string{"from": "", "to": ""}, `{"id":"plan:p","kind":"plan","name":"P"}`},
		{"values", map[string]string{"to": "2025", "from": "2021", "x": ""}, `{"id":"plan:p","kind":"plan","name":"P","attrs":{"from":"2021","to":"2025"}}`},
	} {
		n := graph.NewNode(graph.Plan, "p", "P", tc.attrs)
		b, err := json.Marshal(n)
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != tc.want {
			t.Errorf("%s: got %s, want %s", tc.name, b, tc.want)
		}
	}
}

// BuildRecord gives the same bytes as building the record node by node.
func TestBuildRecord(t *testing.T) {
	doc := graph.NodeRef{Kind: graph.Document, Key: "a.md"}
	plan := graph.NodeRef{Kind: graph.Plan, Key: "P"}
	region := graph.NodeRef{Kind: graph.Region, Key: "R"}
	ev := []graph.Evidence{{Doc: "a.md", Start: 9, End: 12, Rule: "r2"}, {Doc: "a.md", Start: 1, End: 3, Rule: "r1"}}
	got := graph.BuildRecord(graph.Record{Doc: "a.md", Plans: []string{"P"}},
		[]graph.NodeFact{
			{Ref: region, Name: "R", Attrs: map[string]string{"level": "province"}},
			{Ref: plan, Name: "P"},
			{Ref: doc, Name: "a.md", Attrs: map[string]string{"path": "a.md"}},
		},
		[]graph.EdgeFact{
			{From: plan, Rel: graph.AppliesTo, To: region},
			{From: doc, Rel: graph.Mentions, To: plan, Evidence: ev},
		})

	want := graph.NewRecord("a.md")
	want.Plans = append(want.Plans, "P")
	dn := graph.Node{ID: doc.ID(), Kind: graph.Document, Name: "a.md"}
	dn.SetAttr("path", "a.md")
	rn := graph.Node{ID: region.ID(), Kind: graph.Region, Name: "R"}
	rn.SetAttr("level", "province")
	want.Nodes = []graph.Node{dn, {ID: plan.ID(), Kind: graph.Plan, Name: "P"}, rn}
	want.Edges = []graph.Edge{
		{From: doc.ID(), Rel: graph.Mentions, To: plan.ID(), Evidence: append([]graph.Evidence(nil), ev...)},
		{From: plan.ID(), Rel: graph.AppliesTo, To: region.ID()},
	}
	want.Sort()
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(want)
	if string(g) != string(w) {
		t.Errorf("BuildRecord:\n got %s\nwant %s", g, w)
	}
	if got.Edges[0].Evidence[0].Start != 1 {
		t.Errorf("evidence not sorted: %+v", got.Edges[0].Evidence)
	}
}
