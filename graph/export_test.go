package graph_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/internal/testtools"
)

var update = flag.Bool("update", false, "rewrite golden files")

// golden compares got with the file testdata/name, or rewrites the file
// when the test runs with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs (run go test -update if the change is intended):\n%s", path, firstDiff(want, got))
	}
}

// firstDiff describes the first line:col where a and b differ.
func firstDiff(a, b []byte) string {
	line, col := 1, 1
	for i := 0; ; i++ {
		if i == len(a) || i == len(b) || a[i] != b[i] {
			tail := func(s []byte) string {
				s = s[min(i, len(s)):]
				if j := bytes.IndexByte(s, '\n'); j >= 0 {
					s = s[:j]
				}
				return fmt.Sprintf("%q", s)
			}
			return fmt.Sprintf("%d:%d: want %s\n%d:%d:  got %s", line, col, tail(a), line, col, tail(b))
		}
		if a[i] == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
}

// fact is one AddNode or AddEdge call.
type fact struct {
	node *graph.Node
	edge *graph.Edge
}

// exportFacts returns the calls that build the export fixture. Some nodes
// and edges come in two calls, each with part of their evidence (and one
// piece twice), so the order of the calls matters unless Finish sorts.
//
//	T ─────set_by─────▶ P ────issued_by─────▶ A
//	│        applies_to │╭─────located_in─────╯
//	│ applies_to        ▼▼
//	╰─────────────────▶ SZ ────member_of────▶ GBA
//	                    │▲
//	D1 ────mentions,────┼╯
//	      applies_to    │ part_of
//	                    ▼
//	                    GD
//
//	M ───applies_to───▶ NN ─────part_of─────▶ GX
//	▲                   ▲
//	╰─ment.─ D2 ─ment.──╯
//
// GD 广东省, SZ 深圳市, A 深圳市工业和信息化局, P the plan "20+8"产业集群
// and T its target 产业增加值 ≥1.5万亿元 (2025) make the cluster 广东省;
// GX 广西壮族自治区, NN 南宁市 and M the amount 5亿元 the cluster
// 广西壮族自治区. In no cluster: the economic region GBA 粤港澳大湾区 (the
// member_of edge has an attribute), the documents D1 sz.md (which also
// mentions P, T and the national agency 国家发展和改革委员会; its title is
// too long for a label) and D2, named C:\政策\草案⏎第二稿 with two
// backslashes and a newline. D1 and SZ are joined by two relations.
func exportFacts() []fact {
	const (
		docSZ   = graph.ID("document:docs/sz.md")
		docNN   = graph.ID("document:C:\\政策\\草案\n第二稿")
		gd      = graph.ID("region:广东省")
		sz      = graph.ID("region:深圳市")
		gx      = graph.ID("region:广西壮族自治区")
		nn      = graph.ID("region:南宁市")
		gba     = graph.ID("region:粤港澳大湾区")
		agSZ    = graph.ID("agency:深圳市工业和信息化局")
		agNDRC  = graph.ID("agency:国家发展和改革委员会")
		plan    = graph.ID(`plan:"20+8"产业集群`)
		target  = graph.ID(`target:plan:"20+8"产业集群|产业增加值|1500000000000|2025`)
		amount  = graph.ID("amount:C:\\政策\\草案\n第二稿|500000000")
		srcSZ   = "docs/sz.md"
		srcNN   = "C:\\政策\\草案\n第二稿"
		sentSZ  = `到2025年，"20+8"产业集群增加值达到1.5万亿元以上<含>&。`
		sentSZ2 = "深圳市工业和信息化局印发《关于发展壮大\"20+8\"产业集群的意见》。"
	)
	e := func(doc string, start, end int, rule, sentence string) graph.Evidence {
		_ = sentence
		return graph.Evidence{Doc: doc, Start: start, End: end, Rule: rule}
	}
	evSZ1 := e(srcSZ, 0, 9, "region.gazetteer", sentSZ2)
	evSZ2 := e(srcSZ, 200, 209, "region.gazetteer", "")
	evPlan := e(srcSZ, 60, 80, "plan.quoted", sentSZ2)
	evTarget := e(srcSZ, 100, 160, "target.reach", sentSZ)
	evNN := e(srcNN, 0, 9, "region.gazetteer", "南宁市安排专项资金5亿元。")
	evAmount := e(srcNN, 27, 37, "amount.money", "南宁市安排专项资金5亿元。")
	attrs := func(kv ...string) map[string]string {
		m := map[string]string{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return m
	}
	n := func(id graph.ID, name string, a map[string]string, ev ...graph.Evidence) fact {
		return fact{node: &graph.Node{ID: id, Kind: id.Kind(), Name: name, Attrs: a, Evidence: ev}}
	}
	ed := func(from graph.ID, rel graph.Rel, to graph.ID, a map[string]string, ev ...graph.Evidence) fact {
		return fact{edge: &graph.Edge{From: from, Rel: rel, To: to, Attrs: a, Evidence: ev}}
	}
	return []fact{
		n(docSZ, "sz.md", attrs("title", "深圳市关于发展壮大战略性新兴产业集群和培育发展未来产业的意见", "date", "2022-06-06")),
		n(docNN, srcNN, nil),
		n(gd, "广东省", attrs("code", "440000", "level", "province")),
		n(sz, "深圳市", attrs("code", "440300", "level", "city", "parent", "广东省"), evSZ2),
		n(sz, "深圳市", attrs("code", "440300", "level", "city", "parent", "广东省"), evSZ1, evSZ2),
		n(gx, "广西壮族自治区", attrs("code", "450000", "level", "province")),
		n(nn, "南宁市", attrs("code", "450100", "level", "city", "parent", "广西壮族自治区"), evNN),
		n(gba, "粤港澳大湾区", attrs("level", "economic", "members", "广州市,深圳市,香港特别行政区")),
		n(agSZ, "深圳市工业和信息化局", attrs("level", "city", "region", "深圳市"), evPlan),
		n(agNDRC, "国家发展和改革委员会", attrs("level", "national")),
		n(plan, `"20+8"产业集群`, nil, evPlan),
		n(target, "产业增加值 ≥1.5万亿元", attrs("metric", "产业增加值<含>&", "value", "1500000000000", "unit", "元", "qualifier", ">=", "year", "2025"), evTarget),
		n(amount, "5亿元", attrs("value", "500000000", "currency", "CNY", "qualifier", "=", "text", "5亿元"), evAmount),

		ed(sz, graph.PartOf, gd, nil),
		ed(nn, graph.PartOf, gx, nil),
		ed(sz, graph.MemberOf, gba, attrs("source", "regions.yaml")),
		ed(agSZ, graph.LocatedIn, sz, nil),
		ed(plan, graph.IssuedBy, agSZ, nil, evPlan),
		ed(plan, graph.AppliesTo, sz, nil),
		ed(target, graph.AppliesTo, sz, nil),
		ed(target, graph.SetBy, plan, nil, evTarget),
		ed(amount, graph.AppliesTo, nn, nil),
		ed(docSZ, graph.Mentions, sz, nil, evSZ1),
		ed(docSZ, graph.Mentions, sz, nil, evSZ2, evSZ1),
		ed(docSZ, graph.AppliesTo, sz, attrs("via", "jurisdiction")),
		ed(docSZ, graph.Mentions, plan, nil, evPlan),
		ed(docSZ, graph.Mentions, target, nil, evTarget),
		ed(docSZ, graph.Mentions, agNDRC, nil),
		ed(docNN, graph.Mentions, nn, nil, evNN),
		ed(docNN, graph.Mentions, amount, nil, evAmount),
	}
}

// buildKG adds facts to a new graph in the given order and finishes it.
func buildKG(facts []fact) *graph.KG {
	g := graph.NewKG()
	for _, f := range facts {
		if f.node != nil {
			g.AddNode(f.node)
		} else {
			g.AddEdge(f.edge)
		}
	}
	g.Finish()
	return g
}

func export(t *testing.T, g *graph.KG) (dot, js []byte) {
	t.Helper()
	var d, j bytes.Buffer
	if err := g.WriteDOT(&d, graph.DOTOptions{Title: `policygraph "fixture"`}); err != nil {
		t.Fatal(err)
	}
	if err := g.WriteJSON(&j); err != nil {
		t.Fatal(err)
	}
	return d.Bytes(), j.Bytes()
}

func TestExportGolden(t *testing.T) {
	dot, js := export(t, buildKG(exportFacts()))
	golden(t, "export.dot", dot)
	golden(t, "export.json", js)
}

func TestExportDeterministic(t *testing.T) {
	want, wantJSON := export(t, buildKG(exportFacts()))
	for i := range 20 {
		facts := exportFacts()
		r := rand.New(rand.NewPCG(uint64(i), 42))
		r.Shuffle(len(facts), func(a, b int) { facts[a], facts[b] = facts[b], facts[a] })
		dot, js := export(t, buildKG(facts))
		if !bytes.Equal(want, dot) {
			t.Errorf("shuffle %d: DOT differs:\n%s", i, firstDiff(want, dot))
		}
		if !bytes.Equal(wantJSON, js) {
			t.Errorf("shuffle %d: JSON differs:\n%s", i, firstDiff(wantJSON, js))
		}
	}
}

func TestWriteDOTEscapes(t *testing.T) {
	dot, _ := export(t, buildKG(exportFacts()))
	s := string(dot)
	for _, want := range []string{
		`label="\"20+8\"产业集群"`,    // quotes escaped
		`label="C:\\政策\\草案\n第二稿"`, // backslashes doubled, newline as \n
		`tooltip="document:C:\\政策\\草案\n第二稿"`,
		`label="产业增加值 ≥1.5万亿元\n(2025)"`,     // a target's year on its own line
		`label="深圳市关于发展壮大战略性新兴产业集群和培育发展未…"`, // long titles cut to 24 runes
		`label="policygraph \"fixture\"", labelloc=t`,
		`fontname="Noto Sans CJK SC"`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("DOT lacks %s", want)
		}
	}
	if strings.Count(s, "\n") != strings.Count(s, ";\n")+strings.Count(s, "{\n")+strings.Count(s, "}\n") {
		t.Errorf("DOT has a raw newline inside a statement:\n%s", s)
	}
}

func TestWriteDOTGraphviz(t *testing.T) {
	dotCmd := testtools.Path(t, "dot")
	dot, _ := export(t, buildKG(exportFacts()))
	// The default font may be missing; Graphviz then falls back quietly
	// with pango, but warns without it. Name a generic family instead.
	var b bytes.Buffer
	if err := buildKG(exportFacts()).WriteDOT(&b, graph.DOTOptions{FontName: "sans-serif", Layout: "dot", Title: `policygraph "fixture"`}); err != nil {
		t.Fatal(err)
	}
	for name, src := range map[string][]byte{"default font": dot, "sans-serif": b.Bytes()} {
		cmd := exec.Command(dotCmd, "-Tsvg")
		cmd.Stdin = bytes.NewReader(src)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		if err != nil || stderr.Len() > 0 {
			t.Errorf("%s: dot -Tsvg: %v\n%s", name, err, stderr.String())
			continue
		}
		svg := stdout.String()
		for _, want := range []string{`&quot;20+8&quot;产业集群`, `C:\政策\草案`, "第二稿", "cluster_0", "cluster_1"} {
			if !strings.Contains(svg, want) {
				t.Errorf("%s: SVG lacks %q", name, want)
			}
		}
	}
}

func TestDOTLayout(t *testing.T) {
	tests := []struct {
		nodes, edges int
		opt          graph.DOTOptions
		layout       string
		labels       bool
	}{
		{10, 20, graph.DOTOptions{}, "dot", true},
		{2000, 2000, graph.DOTOptions{}, "dot", true},
		{2000, 2001, graph.DOTOptions{}, "sfdp", false},
		{2000, 2001, graph.DOTOptions{EdgeLabels: "on"}, "sfdp", true},
		{2000, 2001, graph.DOTOptions{Layout: "dot"}, "dot", true},
		{10, 20, graph.DOTOptions{Layout: "neato"}, "neato", false},
		{10, 20, graph.DOTOptions{EdgeLabels: "off"}, "dot", false},
	}
	for _, tc := range tests {
		layout, labels := graph.DOTLayout(tc.nodes, tc.edges, tc.opt)
		if layout != tc.layout || labels != tc.labels {
			t.Errorf("DOTLayout(%d, %d, %+v) = %q, %v; want %q, %v", tc.nodes, tc.edges, tc.opt, layout, labels, tc.layout, tc.labels)
		}
	}
}

// bigKG is a graph past DOTMaxLayered: documents mentioning regions and
// agencies, regions inside provinces.
func bigKG() *graph.KG {
	g := graph.NewKG()
	g.AddNode(&graph.Node{ID: "region:广东省", Kind: graph.Region, Name: "广东省", Attrs: map[string]string{"level": "province"}})
	for i := range 300 {
		r := graph.ID(fmt.Sprintf("region:城市%03d", i))
		g.AddNode(&graph.Node{ID: r, Kind: graph.Region, Name: fmt.Sprintf("城市%03d", i), Attrs: map[string]string{"level": "city"}})
		g.AddEdge(&graph.Edge{From: r, Rel: graph.PartOf, To: "region:广东省"})
		a := graph.ID(fmt.Sprintf("agency:城市%03d发展和改革委员会", i))
		g.AddNode(&graph.Node{ID: a, Kind: graph.Agency, Name: fmt.Sprintf("城市%03d发展和改革委员会", i)})
		g.AddEdge(&graph.Edge{From: a, Rel: graph.LocatedIn, To: r})
	}
	for i := range 1500 {
		d := graph.ID(fmt.Sprintf("document:d%04d.md", i))
		g.AddNode(&graph.Node{ID: d, Kind: graph.Document, Name: fmt.Sprintf("d%04d.md", i)})
		g.AddEdge(&graph.Edge{From: d, Rel: graph.Mentions, To: graph.ID(fmt.Sprintf("region:城市%03d", i%300))})
		g.AddEdge(&graph.Edge{From: d, Rel: graph.Mentions, To: graph.ID(fmt.Sprintf("agency:城市%03d发展和改革委员会", (i*7)%300))})
	}
	g.Finish()
	return g
}

func TestWriteDOTLarge(t *testing.T) {
	g := bigKG()
	n, m := g.Len()
	if n+m <= graph.DOTMaxLayered {
		t.Fatalf("fixture too small: %d nodes, %d edges", n, m)
	}
	var b bytes.Buffer
	if err := g.WriteDOT(&b, graph.DOTOptions{FontName: "sans-serif"}); err != nil {
		t.Fatal(err)
	}
	src := b.String()
	for _, want := range []string{`layout="sfdp"`, `outputorder=edgesfirst`, `<td bgcolor="#1f77b4" width="24"> </td><td align="left">part_of</td>`, `tooltip="mentions"`} {
		if !strings.Contains(src, want) {
			t.Errorf("large DOT lacks %q", want)
		}
	}
	if strings.Contains(src, `label="mentions"`) {
		t.Errorf("large DOT has edge labels")
	}
	if testing.Short() {
		t.Skip("-short")
	}
	dotCmd := testtools.Path(t, "dot")
	// dot -Tsvg honours layout=sfdp: it must draw this quickly and quietly,
	// where the layered layout takes minutes.
	cmd := exec.Command(dotCmd, "-Tsvg", "-o", os.DevNull)
	cmd.Stdin = strings.NewReader(src)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil || stderr.Len() > 0 {
		t.Errorf("dot -Tsvg: %v\n%s", err, stderr.String())
	}
}

func TestWriteDOTClusters(t *testing.T) {
	g := buildKG(exportFacts())
	tests := []struct {
		id   graph.ID
		want graph.ID // "" for no cluster
	}{
		{"region:广东省", "region:广东省"},
		{"region:深圳市", "region:广东省"},
		{"region:南宁市", "region:广西壮族自治区"},
		{"region:粤港澳大湾区", ""},
		{"agency:深圳市工业和信息化局", "region:广东省"},
		{"agency:国家发展和改革委员会", ""},
		{`plan:"20+8"产业集群`, "region:广东省"},
		{`target:plan:"20+8"产业集群|产业增加值|1500000000000|2025`, "region:广东省"},
		{"amount:C:\\政策\\草案\n第二稿|500000000", "region:广西壮族自治区"},
		{"document:docs/sz.md", ""},
	}
	for _, tc := range tests {
		var got graph.ID
		if c := g.ClusterOf(g.Node(tc.id)); c != nil {
			got = c.ID
		}
		if got != tc.want {
			t.Errorf("ClusterOf(%q) = %q, want %q", tc.id, got, tc.want)
		}
	}
}

func TestWriteJSON(t *testing.T) {
	g := buildKG(exportFacts())
	_, js := export(t, g)
	var top map[string]json.RawMessage
	if err := json.Unmarshal(js, &top); err != nil {
		t.Fatalf("WriteJSON wrote invalid JSON: %v", err)
	}
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range top {
			if !yield(k) {
				return
			}
		}
	})
	if want := []string{"directed", "edges", "graph", "multigraph", "nodes"}; !slices.Equal(want, keys) {
		t.Errorf("top-level keys %q, want %q", keys, want)
	}
	var doc struct {
		Directed   bool `json:"directed"`
		Multigraph bool `json:"multigraph"`
		Nodes      []struct {
			ID graph.ID `json:"id"`
		} `json:"nodes"`
		Edges []struct {
			Source graph.ID  `json:"source"`
			Target graph.ID  `json:"target"`
			Key    graph.Rel `json:"key"`
		} `json:"edges"`
	}
	if err := json.Unmarshal(js, &doc); err != nil {
		t.Fatal(err)
	}
	if !doc.Directed || !doc.Multigraph {
		t.Errorf("directed %v, multigraph %v; want both true", doc.Directed, doc.Multigraph)
	}
	ids := map[graph.ID]bool{}
	for _, n := range doc.Nodes {
		if ids[n.ID] {
			t.Errorf("node %q listed twice", n.ID)
		}
		ids[n.ID] = true
	}
	for _, e := range doc.Edges {
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("edge %q -%s-> %q names a node that is not listed", e.Source, e.Key, e.Target)
		}
	}
	nodes, edges := g.Len()
	if len(doc.Nodes) != nodes || len(doc.Edges) != edges {
		t.Errorf("JSON has %d nodes, %d edges; graph has %d, %d", len(doc.Nodes), len(doc.Edges), nodes, edges)
	}
	// HTML characters are written as they are.
	if !bytes.Contains(js, []byte(`<含>&`)) {
		t.Errorf("JSON escaped <, > or &")
	}
}

func TestWriteJSONNetworkx(t *testing.T) {
	py := testtools.Python(t, "networkx")
	g := buildKG(exportFacts())
	_, js := export(t, g)
	const script = `
import json, sys
import networkx as nx
data = json.load(sys.stdin)
try:
    g = nx.node_link_graph(data, edges="edges")  # networkx >= 3.4
except TypeError:
    g = nx.node_link_graph(data, link="edges")  # networkx 2.8.6-3.3 (Debian 12: 2.8.8)
print(g.number_of_nodes(), g.number_of_edges(), g.is_directed(), g.is_multigraph())
`
	cmd := exec.Command(py, "-c", script)
	cmd.Stdin = bytes.NewReader(js)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("networkx: %v\n%s", err, stderr.String())
	}
	nodes, edges := g.Len()
	if got, want := strings.TrimSpace(string(out)), fmt.Sprintf("%d %d True True", nodes, edges); got != want {
		t.Errorf("networkx read %q, want %q", got, want)
	}
}

func TestWriteEmpty(t *testing.T) {
	g := graph.NewKG()
	g.Finish()
	var d, j bytes.Buffer
	if err := g.WriteDOT(&d, graph.DOTOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := g.WriteJSON(&j); err != nil {
		t.Fatal(err)
	}
	wantJSON := "{\n \"directed\": true,\n \"multigraph\": true,\n \"graph\": {\n  \"edges_key\": \"edges\",\n  \"name\": \"policygraph\"\n },\n \"nodes\": [],\n \"edges\": []\n}\n"
	if got := j.String(); got != wantJSON {
		t.Errorf("empty JSON:\n got %q\nwant %q", got, wantJSON)
	}
	if !strings.HasPrefix(d.String(), "digraph policygraph {\n") || !strings.HasSuffix(d.String(), "}\n") {
		t.Errorf("empty DOT:\n%s", d.String())
	}
}

// Names with characters XML 1.0 forbids (ESC, BEL, U+FFFE, bytes that are
// not UTF-8) made DOT that Graphviz turned into invalid SVG; a node of a
// kind this version does not know wrote shape=,.
func TestWriteDOTHostileNames(t *testing.T) {
	g := graph.NewKG()
	doc := graph.ID("document:/in/b\x1b[31m\a.txt")
	plan := graph.ID("plan:《行动\ufffe计划》\xff")
	odd := graph.ID("widget:x")
	g.AddNode(&graph.Node{ID: doc, Kind: graph.Document, Name: "b\x1b[31m\a.txt"})
	g.AddNode(&graph.Node{ID: plan, Kind: graph.Plan, Name: "行动\ufffe计划\xff\u0085"})
	g.AddNode(&graph.Node{ID: odd, Kind: graph.Kind("widget"), Name: "x"})
	g.AddEdge(&graph.Edge{From: plan, To: doc, Rel: graph.Rel("mentioned_in")})
	g.Finish()
	for _, opt := range []graph.DOTOptions{{}, {Title: "标题\ufffe\x07"}, {Title: "标题\ufffe", Layout: "sfdp"}} {
		var b bytes.Buffer
		if err := g.WriteDOT(&b, opt); err != nil {
			t.Fatal(err)
		}
		s := b.String()
		if !utf8.ValidString(s) {
			t.Errorf("DOT is not UTF-8: %q", s)
		}
		for _, r := range s {
			if r != '\n' && r != '\t' && (r < 0x20 || r >= 0x7f && r < 0xa0 || r == 0xfffe || r == 0xffff) {
				t.Errorf("DOT holds %U, which XML 1.0 forbids:\n%q", r, s)
			}
		}
		for _, want := range []string{`b\\x1b[31m\\x07.txt`, `\\ufffe`, `\\xff`} {
			if !strings.Contains(s, want) {
				t.Errorf("DOT lacks %s:\n%s", want, s)
			}
		}
		if strings.Contains(s, "shape=,") || strings.Contains(s, "fillcolor=\"\"") {
			t.Errorf("a node of an unknown kind has no shape:\n%s", s)
		}
	}
}
