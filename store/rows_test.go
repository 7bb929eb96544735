package store_test

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"math/rand/v2"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/store"
)

// copyOfA is a.md stated again by c.md: the same plan's target, so that
// the target has two documents.
func copyOfA() *graph.Record {
	a, _, _ := fixture()
	const srcC = "docs/c.md"
	idDocC := graph.NewID(graph.Document, srcC)
	c := record(srcC, "hash-c")
	c.Regions, c.Plans, c.Targets = a.Regions, a.Plans, a.Targets
	for _, n := range a.Nodes {
		if n.ID == idDocA {
			n = graph.Node{ID: idDocC, Kind: graph.Document, Name: "c.md"}
		}
		for i := range n.Evidence {
			n.Evidence[i].Doc = srcC
		}
		c.Nodes = append(c.Nodes, n)
	}
	for _, e := range a.Edges {
		if e.From == idDocA {
			e.From = idDocC
		}
		for i := range e.Evidence {
			e.Evidence[i].Doc = srcC
		}
		c.Edges = append(c.Edges, e)
	}
	c.Sort()
	return c
}

// targetQueries are the filters TestTargetRowsMatchGraph asks both ways.
func targetQueries() map[string]graph.TargetFilter {
	min := 300.0
	return map[string]graph.TargetFilter{
		"all":             {},
		"深圳市":             {Regions: []graph.ID{idShenzhen}},
		"广东省 and 深圳市":     {Regions: []graph.ID{idGuangdon, idShenzhen, graph.NewID(graph.Region, "广东省")}},
		"山东省 2024":        {Regions: []graph.ID{graph.NewID(graph.Region, "山东省")}, YearFrom: 2024, YearTo: 2024},
		"山东省 >= 300":      {Regions: []graph.ID{graph.NewID(graph.Region, "山东省")}, Min: &min},
		"plan":            {Plan: idPlan},
		"no documents":    {Regions: []graph.ID{idShenzhen}, NoDocuments: true},
		"with evidence":   {Regions: []graph.ID{idShenzhen}, Evidence: true},
		"region not here": {Regions: []graph.ID{graph.NewID(graph.Region, "西藏自治区")}},
	}
}

// TestTargetRowsMatchGraph checks that Targets over a database view, which
// reads the target rows the store keeps, lists what it lists over the
// graph the records make, after puts, a re-put that drops a region, and
// deletes, with a target that two documents state.
func TestTargetRowsMatchGraph(t *testing.T) {
	db := mustOpen(t)
	a, b, b2 := fixture()
	recs := []*graph.Record{a, b, copyOfA()}
	rng := rand.New(rand.NewPCG(5, 6))
	for i := range 40 {
		recs = append(recs, tinyRecord(i, rng))
	}
	put(t, db, recs...)
	compareTargets(t, db, "after put")
	put(t, db, b2)
	compareTargets(t, db, "after b.md dropped 深圳市")
	if err := db.Delete(context.Background(), srcA); err != nil {
		t.Fatal(err)
	}
	compareTargets(t, db, "after a.md was deleted")
	if err := db.Delete(context.Background(), "docs/c.md"); err != nil {
		t.Fatal(err)
	}
	compareTargets(t, db, "after c.md was deleted too")
}

// plainReader hides a view's target rows: Targets walks the graph.
type plainReader struct{ graph.Reader }

// compareTargets lists the targets of each query from the rows, walking
// the view's graph, and walking the graph of the database loaded into
// memory (without texts: evidence sentences are empty there).
func compareTargets(t *testing.T, db *store.DB, when string) {
	t.Helper()
	kg, err := db.Graph(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for name, f := range targetQueries() {
		var got, walked string
		if err := db.View(func(r graph.Reader) error {
			tr, ok := r.(graph.TargetRowReader)
			if !ok || !tr.TargetRows(nil, func(*graph.TargetRow, graph.ID) {}) {
				t.Fatalf("%s: the view keeps no target rows", when)
			}
			got = jsonOf(t, graph.Targets(r, f))
			walked = jsonOf(t, graph.Targets(plainReader{r}, f))
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if got != walked {
			t.Errorf("%s, %s:\n got %s\nwant %s", when, name, got, walked)
		}
		if f.Evidence {
			continue
		}
		if want := jsonOf(t, graph.Targets(kg, f)); got != want {
			t.Errorf("%s, %s, against the graph in memory:\n got %s\nwant %s", when, name, got, want)
		}
	}
}

func jsonOf(t *testing.T, v any) string {
	t.Helper()
	j, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(j)
}

// TestTargetRowDamage changes a stored row: Check says so.
func TestTargetRowDamage(t *testing.T) {
	path := boltFile(t, newDB(t), func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("target_rows"))
		k, v := b.Cursor().First()
		if k == nil {
			t.Fatal("no target rows")
		}
		// Another region, sealed again, as a bug in making rows would.
		p := v[4:] // the checksum, then the row: the region's ID first
		n, w := binary.Uvarint(p)
		region := "region:广州市"
		nv := append(binary.AppendUvarint(nil, uint64(len(region))), region...)
		nv = append(nv, p[w+int(n):]...)
		key := append([]byte{}, k...)
		return b.Put(key, store.SealForTest("target_rows", key, nv))
	})
	db, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Check(); err == nil {
		t.Error("Check passed a target row that is not what its target makes")
	}
}

// TestTargetRowsFollowNeighbours puts records that change what a target's
// row shows without holding the target — another name for its region or
// its document, a node whose kind is not what its ID says, a kind that
// changes — and checks that the rows still list what walking the graph
// lists, and that Check passes.
func TestTargetRowsFollowNeighbours(t *testing.T) {
	ev := func(src string) []graph.Evidence { return []graph.Evidence{{Doc: src, Start: 0, End: 3, Rule: "r"}} }
	withTarget := func(hash, region string, kind graph.Kind) *graph.Record {
		r := record("docs/a.md", hash)
		tg := graph.Node{ID: "target:a|培育企业|5", Kind: kind, Name: "培育企业 5家", Attrs: map[string]string{"metric": "培育企业", "value": "5", "unit": "家"}, Evidence: ev("docs/a.md")}
		reg := graph.Node{ID: "region:甲市", Kind: graph.Region, Name: region, Evidence: ev("docs/a.md")}
		doc := graph.Node{ID: "document:docs/a.md", Kind: graph.Document, Name: "a.md"}
		r.Nodes = []graph.Node{doc, reg, tg}
		r.Edges = []graph.Edge{{From: tg.ID, Rel: graph.AppliesTo, To: reg.ID}, {From: doc.ID, Rel: graph.Mentions, To: tg.ID, Evidence: ev("docs/a.md")}}
		r.Sort()
		return r
	}
	restating := func(nodes ...graph.Node) *graph.Record {
		r := record("docs/b.md", "hash-b")
		for _, n := range nodes {
			n.Evidence = ev("docs/b.md")
			r.Nodes = append(r.Nodes, n)
		}
		r.Sort()
		return r
	}
	tests := []struct {
		name string
		recs []*graph.Record
	}{
		{"region named otherwise by another record", []*graph.Record{
			withTarget("h1", "甲市", graph.Target),
			restating(graph.Node{ID: "region:甲市", Kind: graph.Region, Name: "甲市（新）"}),
		}},
		{"document named otherwise by another record", []*graph.Record{
			withTarget("h1", "甲市", graph.Target),
			restating(graph.Node{ID: "document:docs/a.md", Kind: graph.Document, Name: "a-renamed.md"}),
		}},
		{"a target ID of another kind, put twice", []*graph.Record{
			withTarget("h1", "甲市", graph.Indicator),
			withTarget("h2", "甲市", graph.Indicator),
		}},
		{"another record gives the target another kind", []*graph.Record{
			withTarget("h1", "甲市", graph.Target),
			restating(graph.Node{ID: "target:a|培育企业|5", Kind: graph.Indicator, Name: "培育企业"}),
		}},
		{"a kind that changes to target and back", []*graph.Record{
			withTarget("h1", "甲市", graph.Indicator),
			withTarget("h2", "甲市", graph.Target),
			withTarget("h3", "甲市", graph.Indicator),
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			db := mustOpen(t) // its cleanup runs Check
			for i, r := range tc.recs {
				put(t, db, r)
				if err := db.View(func(rd graph.Reader) error {
					for _, f := range []graph.TargetFilter{{}, {Regions: []graph.ID{"region:甲市"}}} {
						if got, want := jsonOf(t, graph.Targets(rd, f)), jsonOf(t, graph.Targets(plainReader{rd}, f)); got != want {
							t.Errorf("after put %d, %+v:\n got %s\nwant %s", i+1, f, got, want)
						}
					}
					return nil
				}); err != nil {
					t.Fatal(err)
				}
				if err := db.Check(); err != nil {
					t.Errorf("after put %d: %v", i+1, err)
				}
			}
		})
	}
}
