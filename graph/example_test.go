package graph_test

import (
	"fmt"
	"os"

	"github.com/policygraph/policygraph/graph"
)

func ExampleKG_WriteDOT() {
	g := graph.NewKG()
	g.AddNode(&graph.Node{ID: "region:广东省", Kind: graph.Region, Name: "广东省", Attrs: map[string]string{"level": "province"}})
	g.AddNode(&graph.Node{ID: "region:深圳市", Kind: graph.Region, Name: "深圳市", Attrs: map[string]string{"level": "city"}})
	g.AddNode(&graph.Node{ID: "document:a.md", Kind: graph.Document, Name: "a.md", Attrs: map[string]string{"title": "深圳市促进新能源汽车产业发展的措施"}})
	g.AddEdge(&graph.Edge{From: "region:深圳市", Rel: graph.PartOf, To: "region:广东省"})
	g.AddEdge(&graph.Edge{From: "document:a.md", Rel: graph.Mentions, To: "region:深圳市"})
	g.Finish()
	if err := g.WriteDOT(os.Stdout, graph.DOTOptions{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// digraph policygraph {
	//   graph [rankdir=LR, fontname="Noto Sans CJK SC", fontsize=12, compound=true, newrank=true, layout="dot"];
	//   node [fontname="Noto Sans CJK SC", fontsize=10, style=filled];
	//   edge [fontname="Noto Sans CJK SC", fontsize=8, color="#666666"];
	//   subgraph cluster_0 {
	//     label="广东省"; style="rounded"; color="#9fb3c8";
	//     n1 [label="广东省", shape=ellipse, fillcolor="#cfe8ff", tooltip="region:广东省"];
	//     n2 [label="深圳市", shape=ellipse, fillcolor="#cfe8ff", tooltip="region:深圳市"];
	//   }
	//   n0 [label="深圳市促进新能源汽车产业发展的措施", shape=note, fillcolor="#eeeeee", tooltip="document:a.md"];
	//   n0 -> n2 [label="mentions", color="#b0b0b0"];
	//   n2 -> n1 [label="part_of", color="#1f77b4"];
	// }
}

func ExampleKG_Find() {
	g := graph.NewKG()
	for _, r := range []struct{ name, level string }{
		{"吉林市", "city"},
		{"吉林省", "province"},
		{"深圳市", "city"},
		{"广西壮族自治区", "province"},
	} {
		g.AddNode(&graph.Node{ID: graph.NewID(graph.Region, r.name), Kind: graph.Region, Name: r.name, Attrs: map[string]string{"level": r.level}})
	}
	g.Finish()
	for _, q := range []string{"深圳市", "深圳", "广西", "吉林", "深证"} {
		ns, err := g.Find(graph.Region, q)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(q, "→", ns[0].ID)
	}
	// Output:
	// 深圳市 → region:深圳市
	// 深圳 → region:深圳市
	// 广西 → region:广西壮族自治区
	// 吉林 → region:吉林省
	// no region named "深证"; did you mean 深圳市?
}
