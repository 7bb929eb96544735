package graph_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
)

// Fixture IDs (see exportFacts).
const (
	fGD     = graph.ID("region:广东省")
	fSZ     = graph.ID("region:深圳市")
	fGX     = graph.ID("region:广西壮族自治区")
	fNN     = graph.ID("region:南宁市")
	fGBA    = graph.ID("region:粤港澳大湾区")
	fAgSZ   = graph.ID("agency:深圳市工业和信息化局")
	fNDRC   = graph.ID("agency:国家发展和改革委员会")
	fPlan   = graph.ID(`plan:"20+8"产业集群`)
	fTarget = graph.ID(`target:plan:"20+8"产业集群|产业增加值|1500000000000|2025`)
	fAmount = graph.ID("amount:C:\\政策\\草案\n第二稿|500000000")
	fDocSZ  = graph.ID("document:docs/sz.md")
	fDocNN  = graph.ID("document:C:\\政策\\草案\n第二稿")
)

// filterCases are the selections filter.txt records.
var filterCases = []struct {
	name string
	f    graph.ExportFilter
	want []graph.ID // the nodes kept
}{
	{"region 广东省", graph.ExportFilter{Regions: []graph.ID{fGD}},
		[]graph.ID{fAgSZ, fDocSZ, fPlan, fGD, fSZ, fTarget}},
	{"region 深圳市 (no parent)", graph.ExportFilter{Regions: []graph.ID{fSZ}},
		[]graph.ID{fAgSZ, fDocSZ, fPlan, fSZ, fTarget}},
	{"region 粤港澳大湾区 (economic: its members)", graph.ExportFilter{Regions: []graph.ID{fGBA}},
		[]graph.ID{fAgSZ, fDocSZ, fPlan, fSZ, fGBA, fTarget}},
	{"region 广西壮族自治区", graph.ExportFilter{Regions: []graph.ID{fGX}},
		[]graph.ID{fAmount, fDocNN, fNN, fGX}},
	{"two regions", graph.ExportFilter{Regions: []graph.ID{fSZ, fNN}},
		[]graph.ID{fAgSZ, fAmount, fDocNN, fDocSZ, fPlan, fNN, fSZ, fTarget}},
	{"kind region,agency", graph.ExportFilter{Kinds: []graph.Kind{graph.Region, graph.Agency}},
		[]graph.ID{fNDRC, fAgSZ, fNN, fGD, fGX, fSZ, fGBA}},
	{"kind document", graph.ExportFilter{Kinds: []graph.Kind{graph.Document}},
		[]graph.ID{fDocNN, fDocSZ}},
	{"region 广东省, kind document", graph.ExportFilter{Regions: []graph.ID{fGD}, Kinds: []graph.Kind{graph.Document}},
		[]graph.ID{fDocSZ}},
	{"region 广东省, kind target", graph.ExportFilter{Regions: []graph.ID{fGD}, Kinds: []graph.Kind{graph.Target}},
		[]graph.ID{fTarget}},
	{"year 2025 (the undated plan goes)", graph.ExportFilter{YearFrom: 2025, YearTo: 2025},
		[]graph.ID{fNDRC, fAgSZ, fAmount, fDocNN, fDocSZ, fNN, fGD, fGX, fSZ, fGBA, fTarget}},
	{"year 2026-2030", graph.ExportFilter{YearFrom: 2026, YearTo: 2030, Kinds: []graph.Kind{graph.Target, graph.Plan}},
		nil},
	{"year 2020-2025, kind target", graph.ExportFilter{YearFrom: 2020, YearTo: 2025, Kinds: []graph.Kind{graph.Target}},
		[]graph.ID{fTarget}},
	{"doc C:\\政策\\草案⏎第二稿", graph.ExportFilter{Docs: []graph.ID{fDocNN}},
		[]graph.ID{fAmount, fDocNN, fNN}},
	{"doc sz.md", graph.ExportFilter{Docs: []graph.ID{fDocSZ}},
		[]graph.ID{fNDRC, fDocSZ, fPlan, fSZ, fTarget}},
	{"doc sz.md, kind region", graph.ExportFilter{Docs: []graph.ID{fDocSZ}, Kinds: []graph.Kind{graph.Region}},
		[]graph.ID{fSZ}},
	{"around 深圳市 depth 0", graph.ExportFilter{Around: []graph.ID{fSZ}},
		[]graph.ID{fSZ}},
	{"around 深圳市 depth 1", graph.ExportFilter{Around: []graph.ID{fSZ}, Depth: 1},
		[]graph.ID{fAgSZ, fDocSZ, fPlan, fGD, fSZ, fGBA, fTarget}},
	{"around 深圳市 depth 2", graph.ExportFilter{Around: []graph.ID{fSZ}, Depth: 2},
		[]graph.ID{fNDRC, fAgSZ, fDocSZ, fPlan, fGD, fSZ, fGBA, fTarget}},
	{"around 深圳市 depth 9", graph.ExportFilter{Around: []graph.ID{fSZ}, Depth: 9},
		[]graph.ID{fNDRC, fAgSZ, fDocSZ, fPlan, fGD, fSZ, fGBA, fTarget}},
	{"around 深圳市 depth 2 without documents", graph.ExportFilter{Around: []graph.ID{fSZ}, Depth: 2,
		Kinds: []graph.Kind{graph.Region, graph.Agency, graph.Plan, graph.Amount, graph.Target}},
		[]graph.ID{fAgSZ, fPlan, fGD, fSZ, fGBA, fTarget}},
	{"around 国家发展和改革委员会 and 南宁市, depth 1", graph.ExportFilter{Around: []graph.ID{fNDRC, fNN}, Depth: 1},
		[]graph.ID{fNDRC, fAmount, fDocNN, fDocSZ, fNN, fGX}},
	{"region 广东省, around 深圳工信局 depth 1", graph.ExportFilter{Regions: []graph.ID{fGD}, Around: []graph.ID{fAgSZ}, Depth: 1},
		[]graph.ID{fAgSZ, fPlan, fSZ}},
}

// TestSelectGolden checks each case's nodes and records nodes and edges
// in testdata/filter.txt; shuffled construction gives the same file.
func TestSelectGolden(t *testing.T) {
	render := func(g *graph.KG) []byte {
		var b strings.Builder
		for _, tc := range filterCases {
			s, err := g.Select(tc.f)
			if err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			fmt.Fprintf(&b, "== %s\n", tc.name)
			for _, n := range s.Nodes() {
				fmt.Fprintf(&b, "%q\n", n.ID)
			}
			for _, e := range s.Edges() {
				fmt.Fprintf(&b, "%q -%s-> %q\n", e.From, e.Rel, e.To)
			}
		}
		return []byte(b.String())
	}
	g := buildKG(exportFacts())
	for _, tc := range filterCases {
		s, err := g.Select(tc.f)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		var got []graph.ID
		for _, n := range s.Nodes() {
			got = append(got, n.ID)
		}
		want := slices.Clone(tc.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, want)
		}
		// Edges are those of the graph between kept nodes.
		nodes := map[graph.ID]bool{}
		for _, id := range got {
			nodes[id] = true
		}
		var wantEdges int
		for _, e := range g.Edges() {
			if nodes[e.From] && nodes[e.To] {
				wantEdges++
			}
		}
		if _, ne := s.Len(); ne != wantEdges {
			t.Errorf("%s: %d edges, want %d", tc.name, ne, wantEdges)
		}
	}
	want := render(g)
	golden(t, "filter.txt", want)
	for i := range 10 {
		facts := exportFacts()
		r := rand.New(rand.NewPCG(uint64(i), 3))
		r.Shuffle(len(facts), func(a, b int) { facts[a], facts[b] = facts[b], facts[a] })
		if got := render(buildKG(facts)); string(got) != string(want) {
			t.Fatalf("shuffle %d: selections differ:\n%s", i, firstDiff(want, got))
		}
	}
}

func TestSelectZeroIsIdentity(t *testing.T) {
	g := buildKG(exportFacts())
	s, err := g.Select(graph.ExportFilter{Depth: 3})
	if err != nil || s != g {
		t.Errorf("zero filter: %v, same graph %v", err, s == g)
	}
}

func TestSelectErrors(t *testing.T) {
	g := buildKG(exportFacts())
	for _, tc := range []struct {
		f    graph.ExportFilter
		want string
	}{
		{graph.ExportFilter{Regions: []graph.ID{"region:火星"}}, `no region "region:火星"`},
		{graph.ExportFilter{Regions: []graph.ID{fAgSZ}}, "no region"},
		{graph.ExportFilter{Docs: []graph.ID{fSZ}}, "no document"},
		{graph.ExportFilter{Around: []graph.ID{"agency:nobody"}}, "no node"},
		{graph.ExportFilter{Around: []graph.ID{fSZ}, Depth: -1}, "depth -1"},
		{graph.ExportFilter{Regions: []graph.ID{fGD}, Around: []graph.ID{fNN}}, "not among the nodes the other filters keep"},
	} {
		if _, err := g.Select(tc.f); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: error %v, want %q", tc.f, err, tc.want)
		}
	}
}

// Plans, targets and amounts with no applies_to edge follow what they hang
// on; ones that apply elsewhere do not.
func TestSelectRegionFallback(t *testing.T) {
	g := graph.NewKG()
	for _, id := range []graph.ID{"region:浙江省", "region:杭州市", "region:江苏省", "agency:杭州市经信局", "agency:国务院",
		"plan:杭州计划", "plan:江苏计划", "plan:国家计划", "target:t1", "target:t2", "target:t3", "amount:a1", "amount:a2"} {
		g.AddNode(&graph.Node{ID: id, Kind: id.Kind(), Name: id.Key()})
	}
	for _, e := range [][3]string{
		{"region:杭州市", "part_of", "region:浙江省"},
		{"agency:杭州市经信局", "located_in", "region:杭州市"},
		{"plan:杭州计划", "issued_by", "agency:杭州市经信局"}, // no applies_to: follows its agency
		{"plan:江苏计划", "issued_by", "agency:杭州市经信局"}, // applies elsewhere: out
		{"plan:江苏计划", "applies_to", "region:江苏省"},
		{"plan:国家计划", "issued_by", "agency:国务院"},
		{"target:t1", "set_by", "plan:杭州计划"},     // follows its plan
		{"target:t2", "set_by", "agency:杭州市经信局"}, // follows its agency
		{"target:t3", "set_by", "plan:国家计划"},
		{"amount:a1", "funds", "plan:杭州计划"},
		{"amount:a2", "funds", "plan:江苏计划"},
	} {
		g.AddEdge(&graph.Edge{From: graph.ID(e[0]), Rel: graph.Rel(e[1]), To: graph.ID(e[2])})
	}
	g.Finish()
	s, err := g.Select(graph.ExportFilter{Regions: []graph.ID{"region:浙江省"}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, n := range s.Nodes() {
		got = append(got, string(n.ID))
	}
	want := []string{"agency:杭州市经信局", "amount:a1", "plan:杭州计划", "region:杭州市", "region:浙江省", "target:t1", "target:t2"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// Around agrees with a plain breadth-first search on random graphs.
func TestSelectAroundMatchesBFS(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := range 60 {
		n := 2 + r.IntN(30)
		g := graph.NewKG()
		ids := make([]graph.ID, n)
		for i := range ids {
			ids[i] = graph.NewID(graph.Region, fmt.Sprintf("r%02d", i))
			g.AddNode(&graph.Node{ID: ids[i], Kind: graph.Region, Name: ids[i].Key()})
		}
		for range r.IntN(2 * n) {
			a, b := ids[r.IntN(n)], ids[r.IntN(n)]
			g.AddEdge(&graph.Edge{From: a, Rel: graph.Rels[r.IntN(len(graph.Rels))], To: b})
		}
		g.Finish()
		starts := []graph.ID{ids[r.IntN(n)]}
		if r.IntN(3) == 0 {
			starts = append(starts, ids[r.IntN(n)])
		}
		depth := r.IntN(5)
		// Reference: level by level over Out and In.
		want := map[graph.ID]bool{}
		for _, s := range starts {
			dist := map[graph.ID]int{s: 0}
			queue := []graph.ID{s}
			for len(queue) > 0 {
				cur := queue[0]
				queue = queue[1:]
				want[cur] = true
				if dist[cur] == depth {
					continue
				}
				for _, e := range append(g.Out(cur), g.In(cur)...) {
					for _, o := range []graph.ID{e.From, e.To} {
						if _, ok := dist[o]; !ok {
							dist[o] = dist[cur] + 1
							queue = append(queue, o)
						}
					}
				}
			}
		}
		s, err := g.Select(graph.ExportFilter{Around: starts, Depth: depth})
		if err != nil {
			t.Fatal(err)
		}
		var got, exp []graph.ID
		for _, nd := range s.Nodes() {
			got = append(got, nd.ID)
		}
		for id := range want {
			exp = append(exp, id)
		}
		slices.Sort(exp)
		if !slices.Equal(got, exp) {
			t.Fatalf("round %d: around %q depth %d:\n got %q\nwant %q", round, starts, depth, got, exp)
		}
	}
}

func TestFindDocument(t *testing.T) {
	g := buildKG(exportFacts())
	for _, name := range []string{"document:docs/sz.md", "docs/sz.md", "sz.md", " sz.md ", "深圳市关于发展壮大战略性新兴产业集群和培育发展未来产业的意见"} {
		ns, err := graph.FindDocument(g, name)
		if err != nil || len(ns) != 1 || ns[0].ID != fDocSZ {
			t.Errorf("FindDocument(%q) = %v, %v", name, ns, err)
		}
	}
	if ns, err := graph.FindDocument(g, "C:\\政策\\草案\n第二稿"); err != nil || len(ns) != 1 || ns[0].ID != fDocNN {
		t.Errorf("FindDocument(name with newline) = %v, %v", ns, err)
	}
	_, err := graph.FindDocument(g, "sz.mdx")
	if err == nil || !strings.Contains(err.Error(), "did you mean sz.md?") {
		t.Errorf("unknown document: %v", err)
	}
}

func TestParseYears(t *testing.T) {
	for _, tc := range []struct {
		in       string
		from, to int
		err      string
	}{
		{"", 0, 0, ""},
		{"2025", 2025, 2025, ""},
		{"2023-2025", 2023, 2025, ""},
		{" 2023 - 2025 ", 2023, 2025, ""},
		{"abc", 0, 0, "want a year such as 2025"},
		{"2025-2023", 0, 0, "want a range"},
		{"2025-", 0, 0, "want a range"},
		{"0", 0, 0, "from 1900 to 2200"},
		{"2020-9999", 0, 0, "from 1900 to 2200"},
	} {
		from, to, err := graph.ParseYears(tc.in)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("ParseYears(%q) error %v, want %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || from != tc.from || to != tc.to {
			t.Errorf("ParseYears(%q) = %d, %d, %v; want %d, %d", tc.in, from, to, err, tc.from, tc.to)
		}
	}
}
