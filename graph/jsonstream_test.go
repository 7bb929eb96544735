package graph

import (
	"bytes"
	"encoding/json"
	"testing"
)

// jsonGraph is the node-link form networkx and D3 read, as one value:
// the reference JSONStream must match byte for byte.
type jsonGraph struct {
	Directed   bool              `json:"directed"`
	Multigraph bool              `json:"multigraph"`
	Graph      map[string]string `json:"graph"`
	Nodes      []jsonNode        `json:"nodes"`
	Edges      []jsonEdge        `json:"edges"`
}

func referenceJSON(t *testing.T, g *KG) []byte {
	t.Helper()
	out := jsonGraph{Directed: true, Multigraph: true, Graph: map[string]string{"name": "policygraph", "edges_key": "edges"}}
	out.Nodes = []jsonNode{}
	out.Edges = []jsonEdge{}
	for _, n := range g.Nodes() {
		out.Nodes = append(out.Nodes, jsonNode{ID: n.ID, Kind: n.Kind, Name: n.Name, Attrs: n.Attrs, Evidence: n.Evidence})
	}
	for _, e := range g.Edges() {
		out.Edges = append(out.Edges, jsonEdge{Source: e.From, Target: e.To, Key: e.Rel, Rel: e.Rel, Attrs: e.Attrs, Evidence: e.Evidence})
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(out); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestJSONStreamMatchesOneValue(t *testing.T) {
	nodesOnly := NewKG()
	nodesOnly.AddNode(&Node{ID: "region:山东省", Kind: Region, Name: "山东省", Attrs: map[string]string{"code": "370000", "x": "<&>"}})
	nodesOnly.Finish()
	edgesOnly := NewKG()
	edgesOnly.AddEdge(&Edge{From: "a:1", Rel: Mentions, To: "b:2", Evidence: []Evidence{{Doc: "d\n\u2028", Start: 1, End: 2, Rule: "r"}}})
	edgesOnly.Finish()
	tests := []struct {
		name string
		g    *KG
	}{
		{"empty", func() *KG { g := NewKG(); g.Finish(); return g }()},
		{"nodes only", nodesOnly},
		{"edges only", edgesOnly},
		{"small", func() *KG {
			g := NewKG()
			g.AddNode(&Node{ID: "region:深圳市", Kind: Region, Name: "深圳市", Attrs: map[string]string{"parent": "广东省"}})
			g.AddNode(&Node{ID: "region:广东省", Kind: Region, Name: "广东省"})
			g.AddNode(&Node{ID: "document:a.md", Kind: Document, Name: "a.md"})
			g.AddEdge(&Edge{From: "region:深圳市", Rel: PartOf, To: "region:广东省"})
			g.AddEdge(&Edge{From: "document:a.md", Rel: Mentions, To: "region:深圳市", Attrs: map[string]string{"via": "x"}, Evidence: []Evidence{{Doc: "a.md", Start: 0, End: 9, Rule: "region.gazetteer"}}})
			g.Finish()
			return g
		}()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got bytes.Buffer
			if err := tc.g.WriteJSON(&got); err != nil {
				t.Fatal(err)
			}
			if want := referenceJSON(t, tc.g); !bytes.Equal(want, got.Bytes()) {
				t.Errorf("stream differs from one encoded value:\nwant %s\n got %s", want, got.Bytes())
			}
		})
	}
	s := NewJSONStream(&bytes.Buffer{})
	s.Edge(&Edge{From: "a:1", Rel: Mentions, To: "b:2"})
	if err := s.Node(&Node{ID: "a:1"}); err == nil {
		t.Error("a node after the edges was written")
	}
}
