package store_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/store"
)

// ---- the model: what the stored records merge to ----

func rvMerge(recs map[string]*graph.Record, last rvLast) *graph.KG {
	kg := graph.NewKG()
	for _, src := range slices.Sorted(mapsKeys(recs)) {
		kg.AddRecord(rvClone(recs[src]))
	}
	kg.Finish()
	for _, n := range kg.Nodes() {
		if l, ok := last[n.ID]; ok {
			n.Kind, n.Name, n.Attrs = l.Kind, l.Name, nil
			for k, v := range l.Attrs {
				n.SetAttr(k, v)
			}
		}
	}
	return kg
}

func mapsKeys(m map[string]*graph.Record) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

func rvClone(r *graph.Record) *graph.Record {
	b, err := json.Marshal(r)
	if err != nil {
		panic(err)
	}
	var c graph.Record
	if err := json.Unmarshal(b, &c); err != nil {
		panic(err)
	}
	return &c
}

func rvEdgeKeys(es []*graph.Edge) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Key()+" "+fmtAttrs(e.Attrs))
	}
	return out
}

// rvCheck compares every read of db with the merge of recs.
func rvCheck(t *testing.T, db *store.DB, step string, recs map[string]*graph.Record, last rvLast) {
	t.Helper()
	ctx := context.Background()
	want := rvMerge(recs, last)
	wj := graphJSON(t, want)
	kg, err := db.Graph(ctx)
	if err != nil {
		t.Fatalf("%s: Graph: %v", step, err)
	}
	if g := graphJSON(t, kg); g != wj {
		os.WriteFile(os.TempDir()+"/rv-want.json", []byte(wj), 0o644)
		os.WriteFile(os.TempDir()+"/rv-got.json", []byte(g), 0o644)
		t.Fatalf("%s: Graph differs from the merge (see $TMPDIR/rv-want.json, rv-got.json)", step)
	}
	if streamed := streamJSON(t, db); streamed != wj {
		os.WriteFile(os.TempDir()+"/rv-want.json", []byte(wj), 0o644)
		os.WriteFile(os.TempDir()+"/rv-got.json", []byte(streamed), 0o644)
		t.Fatalf("%s: Stream differs from the merge (see $TMPDIR/rv-want.json, rv-got.json)", step)
	}
	nodes, edges := want.Len()
	st, err := db.Stats()
	if err != nil {
		t.Fatalf("%s: Stats: %v", step, err)
	}
	if st.Nodes != nodes || st.Edges != edges || st.Documents != len(recs) {
		t.Fatalf("%s: Stats = %+v; want %d docs, %d nodes, %d edges", step, st, len(recs), nodes, edges)
	}
	sum, err := db.Summary(ctx)
	if err != nil {
		t.Fatalf("%s: Summary: %v", step, err)
	}
	wsum := &store.Summary{Kinds: map[graph.Kind]int{}, Rels: map[graph.Rel]int{}, Mentioned: map[graph.Kind][]store.Mentioned{}}
	wsum.Nodes, wsum.Edges = want.Len()
	for _, n := range want.Nodes() {
		wsum.Kinds[n.Kind]++
		if c := len(want.EdgesIn(n.ID, graph.Mentions)); c > 0 && (n.Kind == graph.Region || n.Kind == graph.Agency) {
			wsum.Mentioned[n.Kind] = append(wsum.Mentioned[n.Kind], store.Mentioned{Name: n.Name, Documents: c})
		}
	}
	for _, m := range wsum.Mentioned {
		sort.SliceStable(m, func(i, j int) bool {
			if m[i].Documents != m[j].Documents {
				return m[i].Documents > m[j].Documents
			}
			return m[i].Name < m[j].Name
		})
	}
	for _, e := range want.Edges() {
		wsum.Rels[e.Rel]++
	}
	if !reflect.DeepEqual(sum, wsum) {
		t.Fatalf("%s: Summary\n got %+v\nwant %+v", step, sum, wsum)
	}
	// The reader, for every node and a few that are not there.
	ids := []graph.ID{"document:nowhere.md", "region:无"}
	for _, n := range want.Nodes() {
		ids = append(ids, n.ID)
	}
	for src := range recs {
		ids = append(ids, graph.NewID(graph.Document, src))
	}
	kinds := map[graph.Kind]bool{}
	for _, n := range want.Nodes() {
		kinds[n.ID.Kind()] = true
	}
	if err := db.View(func(r graph.Reader) error {
		for _, id := range ids {
			for _, rel := range []graph.Rel{"", graph.Mentions, graph.PartOf, graph.AppliesTo} {
				for _, dir := range []struct {
					name      string
					got, want []*graph.Edge
				}{
					{"Out", r.EdgesOut(id, rel), want.EdgesOut(id, rel)},
					{"In", r.EdgesIn(id, rel), want.EdgesIn(id, rel)},
				} {
					if rel == "" {
						if dir.name == "Out" {
							dir.got, dir.want = r.Out(id), want.Out(id)
						} else {
							dir.got, dir.want = r.In(id), want.In(id)
						}
					}
					if g, w := rvEdgeKeys(dir.got), rvEdgeKeys(dir.want); !reflect.DeepEqual(g, w) {
						t.Fatalf("%s: %s(%s, %q) = %v, want %v", step, dir.name, id, rel, g, w)
					}
					for _, e := range dir.got {
						if g, w := r.Evidence(e), want.Edge(e.From, e.Rel, e.To).Evidence; !reflect.DeepEqual(g, w) && !(len(g) == 0 && len(w) == 0) {
							t.Fatalf("%s: Evidence(%q) = %v, want %v", step, e.Key(), g, w)
						}
					}
				}
			}
			g, w := r.Node(id), want.Node(id)
			if (g == nil) != (w == nil) {
				t.Fatalf("%s: Node(%s) = %v, want %v", step, id, g, w)
			}
			if g != nil && (g.Kind != w.Kind || g.Name != w.Name || fmtAttrs(g.Attrs) != fmtAttrs(w.Attrs)) {
				t.Fatalf("%s: Node(%s) = %+v, want %+v", step, id, g, w)
			}
		}
		for k := range kinds {
			var g, w []string
			for _, n := range r.Prefix(k, "") {
				g = append(g, string(n.ID)+fmtAttrs(n.Attrs))
			}
			for _, n := range want.Prefix(k, "") {
				w = append(w, string(n.ID)+fmtAttrs(n.Attrs))
			}
			if !reflect.DeepEqual(g, w) {
				t.Fatalf("%s: Prefix(%s) = %v, want %v", step, k, g, w)
			}
		}
		return nil
	}); err != nil {
		t.Fatalf("%s: View: %v", step, err)
	}
	// The target rows, as the merge's targets.
	for _, f := range []graph.TargetFilter{{}, {Regions: []graph.ID{"region:深圳市"}}, {Regions: []graph.ID{"region:广东省"}}, {Plan: "plan:深圳市十四五规划"}} {
		var got string
		if err := db.View(func(r graph.Reader) error {
			got = jsonOf(t, graph.Targets(r, f))
			return nil
		}); err != nil {
			t.Fatalf("%s: targets: %v", step, err)
		}
		if w := jsonOf(t, graph.Targets(want, f)); len(w) > 10 {
			rvTargetsSeen++
		}
		if w := jsonOf(t, graph.Targets(want, f)); got != w {
			t.Fatalf("%s: targets %+v\n got %s\nwant %s", step, f, got, w)
		}
	}
	// Records give back the records as put.
	n := 0
	if err := db.Records(ctx, true, func(r *graph.Record) error {
		n++
		w := recs[r.Meta.Source]
		if w == nil {
			return fmt.Errorf("record %s is not stored", r.Meta.Source)
		}
		if !reflect.DeepEqual(r.Meta, w.Meta) {
			return fmt.Errorf("record %s: meta\n got %+v\nwant %+v", r.Meta.Source, *r.Meta, *w.Meta)
		}
		gj, _ := json.Marshal(struct {
			N []graph.Node
			E []graph.Edge
		}{r.Nodes, r.Edges})
		wn := slices.Clone(w.Nodes)
		for i := range wn {
			l := last[wn[i].ID]
			wn[i].Kind, wn[i].Name, wn[i].Attrs = l.Kind, l.Name, l.Attrs
		}
		wj, _ := json.Marshal(struct {
			N []graph.Node
			E []graph.Edge
		}{wn, w.Edges})
		if string(gj) != string(wj) {
			return fmt.Errorf("record %s:\n got %s\nwant %s", r.Meta.Source, gj, wj)
		}
		return nil
	}); err != nil {
		t.Fatalf("%s: Records: %v", step, err)
	}
	if n != len(recs) {
		t.Fatalf("%s: Records gave %d, want %d", step, n, len(recs))
	}
	if err := db.Check(); err != nil {
		t.Fatalf("%s: Check: %v", step, err)
	}
}

var rvTargetsSeen int

// ---- a generator of odd records ----

// rvVary lets records state a node in different ways (the store keeps the
// last written); rvVaryDocs also a document's node.
var rvVary, rvVaryDocs = os.Getenv("POLICYGRAPH_SEQ_VARY") != "", os.Getenv("POLICYGRAPH_SEQ_VARY_DOCS") != ""

// rvLast is the model of the nodes bucket: each node as last written.
type rvLast map[graph.ID]graph.Node

func (l rvLast) put(r *graph.Record) {
	for _, n := range r.Nodes {
		n.Evidence = nil
		l[n.ID] = n
	}
}

var rvSources = []string{
	"a.md",                 // shorter than 8 bytes
	"b.md#1",               // short, with #
	"docs/a.md",            // a prefix of the next three
	"docs/a.md|x",          // with |
	"docs/a.md#1",          // with #
	"docs/a.md|x|y",        // prefix-of chain
	"c:/x/report-2024.md",  // with a colon; its document node has another kind
	"docs/其他/报告.md",        // non-ASCII
	"data/x.jsonl#n7|2025", // path#id with a |
}

// rvNode makes node id with attributes that depend only on the ID.
func rvNode(id graph.ID) graph.Node { return rvNodeV(id, 0) }

// rvNodeV is rvNode, restated by a record in another way (variant > 0):
// another attribute, name or kind.
func rvNodeV(id graph.ID, variant int) graph.Node {
	n := rvNode0(id)
	switch variant % 4 {
	case 1:
		n.SetAttr("v", strconv.Itoa(variant))
	case 2:
		n.Name = "别名"
	case 3:
		if n.Kind == graph.Target {
			n.Kind = graph.Amount
		} else {
			n.Kind = "other"
		}
	}
	return n
}

func rvNode0(id graph.ID) graph.Node {
	n := graph.Node{ID: id, Kind: id.Kind(), Name: id.Key()}
	key := id.Key()
	switch id.Kind() {
	case graph.Document:
		n.Name = key
		if strings.Contains(key, ":") {
			n.Kind = "report" // a kind its ID does not say
		}
		n.SetAttr("path", key) // a value the ID spells
		n.SetAttr("format", "jsonl")
	case graph.Region:
		n.SetAttr("level", "city")
		n.SetAttr("code", "4403"+strconv.Itoa(len(key)))
	case graph.Target:
		parts := strings.Split(key, "|")
		n.Name = "target " + parts[len(parts)-1]
		n.SetAttr("metric", "地区生产总值")
		n.SetAttr("region", "深圳市")
		n.SetAttr("year", "2025")
		n.SetAttr("value", parts[len(parts)-1])
		n.SetAttr("unit", "元")
		n.SetAttr("qualifier", "=")
	case graph.Amount:
		parts := strings.Split(key, "|")
		n.SetAttr("value", parts[len(parts)-1])
		n.SetAttr("currency", "CNY")
		n.SetAttr("text", key) // the whole key
	case graph.Plan:
		n.SetAttr("from", "2021")
	}
	return n
}

func rvEv(rng *rand.Rand, src string) []graph.Evidence {
	k := rng.IntN(3)
	var out []graph.Evidence
	for i := 0; i < k; i++ {
		doc := src
		if rng.IntN(8) == 0 {
			doc = rvSources[rng.IntN(len(rvSources))]
		}
		s := rng.IntN(50)
		out = append(out, graph.Evidence{Doc: doc, Start: s, End: s + 1 + rng.IntN(9), Rule: []string{"region.gazetteer", "citation", "amount.money", "target.reach"}[rng.IntN(4)]})
	}
	return out
}

func rvOwn(src string, k int) []graph.ID {
	return []graph.ID{
		graph.ID("amount:" + src + "|" + strconv.Itoa(1000*(k+1))),
		graph.ID("target:" + src + "|深圳市|地区生产总值|" + strconv.Itoa(4000+k) + "|2025"),
	}
}

var rvShared = []graph.ID{"region:深圳市", "region:广东省", "region:广州市", "agency:深圳市人民政府办公厅", "plan:深圳市十四五规划"}

func rvRecord(rng *rand.Rand, src string, version int) *graph.Record {
	r := record(src, fmt.Sprintf("h-%s-%d", src, version))
	// Metadata in every form appendMeta knows.
	m := r.Meta
	if i := strings.IndexByte(src, '#'); i >= 0 && rng.IntN(2) == 0 {
		m.Path = src[:i]
	} else if rng.IntN(4) == 0 {
		m.Path = "other/" + src
	}
	if rng.IntN(2) == 0 {
		m.Hash = fmt.Sprintf("%064x", rng.Uint64())
	}
	m.Title = fmt.Sprintf("标题 %d", version)
	m.DateSource = []string{"", "meta:date", "front-matter"}[rng.IntN(3)]
	m.Jurisdiction = []string{"", "深圳市"}[rng.IntN(2)]
	m.Bytes = rng.IntN(1000)
	r.Text = fmt.Sprintf("正文 %s %d", src, version)

	doc := graph.NewID(graph.Document, src)
	have := map[graph.ID]bool{}
	var ids []graph.ID
	add := func(id graph.ID) {
		if !have[id] {
			have[id] = true
			ids = append(ids, id)
		}
	}
	if rng.IntN(10) != 0 {
		add(doc)
	}
	for _, id := range rvShared {
		if rng.IntN(2) == 0 {
			add(id)
		}
	}
	for k := 0; k < 2; k++ {
		for _, id := range rvOwn(src, k) {
			if rng.IntN(2) == 0 {
				add(id)
			}
		}
	}
	// Another document's node, and its own nodes (held by two records).
	other := rvSources[rng.IntN(len(rvSources))]
	if other != src && rng.IntN(2) == 0 {
		add(graph.NewID(graph.Document, other))
		for _, id := range rvOwn(other, rng.IntN(2)) {
			if rng.IntN(2) == 0 {
				add(id)
			}
		}
	}
	// A node whose ID holds the source in the middle.
	if rng.IntN(3) == 0 {
		add(graph.ID("plan:x|" + src + "|y"))
	}
	for _, id := range ids {
		n := rvNode(id)
		if rvVary && (id.Kind() != graph.Document || rvVaryDocs) && rng.IntN(3) == 0 {
			n = rvNodeV(id, 1+rng.IntN(6))
		}
		n.Evidence = rvEv(rng, src)
		r.Nodes = append(r.Nodes, n)
	}
	if len(ids) == 0 {
		return r
	}
	pick := func() graph.ID { return ids[rng.IntN(len(ids))] }
	ne := rng.IntN(8)
	seenEdge := map[string]bool{}
	for i := 0; i < ne; i++ {
		var e graph.Edge
		switch rng.IntN(7) {
		case 0, 1, 2: // the document's own mention: kept
			if !have[doc] {
				continue
			}
			e = graph.Edge{From: doc, Rel: graph.Mentions, To: pick()}
			if e.To == doc && rng.IntN(2) == 0 {
				continue
			}
		case 3: // a mention with attributes (to the agency only, always with them)
			if !have[doc] || !have["agency:深圳市人民政府办公厅"] {
				continue
			}
			e = graph.Edge{From: doc, Rel: graph.Mentions, To: "agency:深圳市人民政府办公厅", Attrs: map[string]string{"role": "subject"}}
		case 4: // another document's mention (never of the agency)
			od := graph.NewID(graph.Document, other)
			if !have[od] {
				continue
			}
			e = graph.Edge{From: od, Rel: graph.Mentions, To: pick()}
			if e.To == "agency:深圳市人民政府办公厅" {
				continue
			}
		case 5: // a mention from a node that is no document
			e = graph.Edge{From: pick(), Rel: graph.Mentions, To: pick()}
			if e.From.Kind() == graph.Document || e.To == "agency:深圳市人民政府办公厅" {
				continue
			}
		case 6:
			e = graph.Edge{From: pick(), Rel: graph.PartOf, To: pick()}
			if e.From.Kind() == graph.Target {
				e.Rel = graph.AppliesTo
				e.Attrs = map[string]string{"via": "sentence"}
			}
		}
		// One edge a key (with and without attributes count as two: a
		// record may state a mention both ways).
		dk := e.Key() + fmtAttrs(e.Attrs)
		if seenEdge[dk] {
			continue
		}
		seenEdge[dk] = true
		e.Evidence = rvEv(rng, src)
		r.Edges = append(r.Edges, e)
	}
	// Exact duplicates of a node and an edge.
	if rng.IntN(4) == 0 && len(r.Nodes) > 0 {
		r.Nodes = append(r.Nodes, r.Nodes[rng.IntN(len(r.Nodes))])
	}
	if rng.IntN(4) == 0 && len(r.Edges) > 0 {
		r.Edges = append(r.Edges, r.Edges[rng.IntN(len(r.Edges))])
	}
	if rng.IntN(2) == 0 {
		rng.Shuffle(len(r.Nodes), func(i, j int) { r.Nodes[i], r.Nodes[j] = r.Nodes[j], r.Nodes[i] })
		rng.Shuffle(len(r.Edges), func(i, j int) { r.Edges[i], r.Edges[j] = r.Edges[j], r.Edges[i] })
	}
	return r
}

func TestRandomSequences(t *testing.T) {
	steps := 300
	if s := os.Getenv("POLICYGRAPH_SEQ_STEPS"); s != "" {
		steps, _ = strconv.Atoi(s)
	}
	seeds := 4
	if s := os.Getenv("POLICYGRAPH_SEQ_SEEDS"); s != "" {
		seeds, _ = strconv.Atoi(s)
	}
	envVary, envVaryDocs := rvVary, rvVaryDocs
	defer func() { rvVary, rvVaryDocs = envVary, envVaryDocs }()
	for seed := 0; seed < seeds; seed++ {
		// Half the seeds let records state nodes (documents' too) in
		// different ways.
		rvVary, rvVaryDocs = envVary || seed%2 == 1, envVaryDocs || seed%2 == 1
		t.Run(strconv.Itoa(seed), func(t *testing.T) {
			ctx := context.Background()
			rng := rand.New(rand.NewPCG(uint64(seed), 99))
			db := mustOpen(t)
			recs := map[string]*graph.Record{}
			last := rvLast{}
			version := 0
			for i := 0; i < steps; i++ {
				var step string
				switch op := rng.IntN(20); {
				case op < 11: // put or replace one
					version++
					src := rvSources[rng.IntN(len(rvSources))]
					r := rvRecord(rng, src, version)
					if _, err := db.Put(ctx, rvClone(r)); err != nil {
						t.Fatalf("step %d put %s: %v\n%+v", i, src, err, r)
					}
					recs[src] = r
					last.put(r)
					step = "put " + src
				case op < 14: // a batch, the same source maybe twice
					var batch []*graph.Record
					for k := 0; k < 2+rng.IntN(3); k++ {
						version++
						src := rvSources[rng.IntN(len(rvSources))]
						batch = append(batch, rvRecord(rng, src, version))
					}
					var cl []*graph.Record
					for _, r := range batch {
						cl = append(cl, rvClone(r))
					}
					if _, err := db.Put(ctx, cl...); err != nil {
						t.Fatalf("step %d batch: %v", i, err)
					}
					for _, r := range batch {
						recs[r.Meta.Source] = r
						last.put(r)
					}
					step = "batch"
				case op < 18: // delete
					src := rvSources[rng.IntN(len(rvSources))]
					if err := db.Delete(ctx, src); err != nil {
						t.Fatalf("step %d delete %s: %v", i, src, err)
					}
					delete(recs, src)
					step = "delete " + src
				default: // a batch that fails after replacing records
					var batch []*graph.Record
					for k := 0; k < 1+rng.IntN(3); k++ {
						version++
						batch = append(batch, rvRecord(rng, rvSources[rng.IntN(len(rvSources))], version))
					}
					fa := &failAfter{Context: ctx, n: len(batch)}
					batch = append(batch, rvRecord(rng, rvSources[0], 1<<30))
					if _, err := db.Put(fa, batch...); err == nil {
						t.Fatalf("step %d: a cancelled put succeeded", i)
					}
					step = "failed batch"
				}
				rvCheck(t, db, fmt.Sprintf("seed %d step %d (%s)", seed, i, step), recs, last)
			}
			t.Logf("target lists checked non-empty: %d", rvTargetsSeen)
		})
	}
}
