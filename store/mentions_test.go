package store_test

import (
	"context"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/store"
)

// A document's mentions are kept with their nodes (schema 5), and an edge
// of relation mentions that another record states (or one with
// attributes) is stored as any edge: the database reads as the records'
// merge whichever way each mention is kept, also when one edge is kept
// both ways, through every read and after each document goes.
func TestMentionsKeptEitherWay(t *testing.T) {
	ctx := context.Background()
	a, b, _ := fixture()
	// c.md states that a.md mentions 深圳市 (the edge a.md keeps with the
	// node) and 广州市 (which a.md does not), and mentions 广东省 itself
	// with an attribute.
	const srcC = "docs/c.md"
	idDocC := graph.NewID(graph.Document, srcC)
	c := record(srcC, "hash-c")
	c.Regions = []string{"广东省"}
	gd := region("广东省", "440000", "province", "")
	sz := region("深圳市", "440300", "city", "广东省")
	gz := region("广州市", "440100", "city", "广东省")
	docA := a.Nodes[0]
	if docA.ID != idDocA {
		t.Fatalf("fixture's first node is %s", docA.ID)
	}
	c.Nodes = []graph.Node{{ID: idDocC, Kind: graph.Document, Name: "c.md"}, docA, gd, sz, gz}
	c.Edges = []graph.Edge{
		{From: idDocA, Rel: graph.Mentions, To: idShenzhen, Evidence: []graph.Evidence{ev(srcC, 5, 14, "citation")}},
		{From: idDocA, Rel: graph.Mentions, To: idGuangzh, Evidence: []graph.Evidence{ev(srcC, 20, 29, "citation")}},
		{From: idDocC, Rel: graph.Mentions, To: idGuangdon, Attrs: map[string]string{"role": "subject"}, Evidence: []graph.Evidence{ev(srcC, 0, 9, "region.gazetteer")}},
	}
	c.Sort()

	db := mustOpen(t)
	check := func(step string, recs ...*graph.Record) {
		t.Helper()
		want := graph.NewKG()
		for _, r := range recs {
			want.AddRecord(r)
		}
		want.Finish()
		got := loadGraph(t, db)
		if w, g := graphJSON(t, want), graphJSON(t, got); w != g {
			t.Fatalf("%s: Graph differs from the records' merge:\nwant %s\n got %s", step, w, g)
		}
		if w, g := graphJSON(t, want), streamJSON(t, db); g != w {
			t.Errorf("%s: Stream differs from the merge:\nwant %s\n got %s", step, w, g)
		}
		nodes, edges := want.Len()
		st, err := db.Stats()
		if err != nil {
			t.Fatal(err)
		}
		if st.Nodes != nodes || st.Edges != edges {
			t.Errorf("%s: Stats = %d nodes, %d edges; want %d, %d", step, st.Nodes, st.Edges, nodes, edges)
		}
		sum, err := db.Summary(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if sum.Edges != edges || sum.Rels[graph.Mentions] != len(relEdges(want, graph.Mentions)) {
			t.Errorf("%s: Summary = %d edges, %d mentions; want %d, %d", step, sum.Edges, sum.Rels[graph.Mentions], edges, len(relEdges(want, graph.Mentions)))
		}
		// The reader gives each node's edges, either way, with the
		// evidence of both.
		if err := db.View(func(r graph.Reader) error {
			for _, n := range want.Nodes() {
				for _, dir := range []struct {
					name      string
					got, want []*graph.Edge
				}{
					{"Out", r.Out(n.ID), want.Out(n.ID)},
					{"In", r.In(n.ID), want.In(n.ID)},
					{"EdgesOut mentions", r.EdgesOut(n.ID, graph.Mentions), filterRel(want.Out(n.ID), graph.Mentions)},
					{"EdgesIn mentions", r.EdgesIn(n.ID, graph.Mentions), filterRel(want.In(n.ID), graph.Mentions)},
				} {
					if g, w := edgeKeys(dir.got), edgeKeys(dir.want); !reflect.DeepEqual(g, w) {
						t.Errorf("%s: %s(%s) = %v, want %v", step, dir.name, n.ID, g, w)
					}
					for _, e := range dir.got {
						if g, w := r.Evidence(e), want.Edge(e.From, e.Rel, e.To).Evidence; !reflect.DeepEqual(g, w) {
							t.Errorf("%s: Evidence(%s) = %v, want %v", step, e.Key(), g, w)
						}
					}
				}
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if err := db.Check(); err != nil {
			t.Errorf("%s: Check: %v", step, err)
		}
	}
	put(t, db, a, b, c)
	a, b, _ = fixture()
	check("a, b and c", a, b, c)
	// The records read back as they were put.
	var recs []*graph.Record
	if err := db.Records(ctx, false, func(r *graph.Record) error { recs = append(recs, r); return nil }); err != nil {
		t.Fatal(err)
	}
	for i, want := range []*graph.Record{a, b, c} {
		if got := recs[i]; !reflect.DeepEqual(got.Edges, want.Edges) {
			t.Errorf("record %s: edges\n got %+v\nwant %+v", want.Meta.Source, got.Edges, want.Edges)
		}
	}
	if err := db.Delete(ctx, srcA); err != nil {
		t.Fatal(err)
	}
	check("a deleted", b, c)
	if err := db.Delete(ctx, srcC); err != nil {
		t.Fatal(err)
	}
	check("c deleted", b)
	put(t, db, c, a)
	check("c and a again", a, b, c)
}

func relEdges(g *graph.KG, rel graph.Rel) []*graph.Edge {
	var out []*graph.Edge
	for _, e := range g.Edges() {
		if e.Rel == rel {
			out = append(out, e)
		}
	}
	return out
}

func filterRel(es []*graph.Edge, rel graph.Rel) []*graph.Edge {
	var out []*graph.Edge
	for _, e := range es {
		if e.Rel == rel {
			out = append(out, e)
		}
	}
	return out
}

func edgeKeys(es []*graph.Edge) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Key()+" "+fmtAttrs(e.Attrs))
	}
	return out
}

func fmtAttrs(m map[string]string) string {
	if len(m) == 0 {
		return ""
	}
	b, _ := json.Marshal(m)
	return string(b)
}

// A document's own nodes are numbered with their ID short of its source
// (node_ids); a node that outlives its document there, because another
// record holds it too, keeps its ID when the document is replaced without
// it or deleted.
func TestNodeIDsOutliveTheirSource(t *testing.T) {
	ctx := context.Background()
	const srcX, srcY, srcZ = "docs/x-report.md", "docs/y-report.md", "docs/z-report.md"
	amount := graph.NewID(graph.Amount, srcX+"|5000000|CNY|元")
	mk := func(src string, withAmount bool) *graph.Record {
		r := record(src, "hash-"+src)
		doc := graph.NewID(graph.Document, src)
		r.Nodes = []graph.Node{{ID: doc, Kind: graph.Document, Name: src}}
		if withAmount {
			n := graph.Node{ID: amount, Kind: graph.Amount, Name: "500万元"}
			n.SetAttr("value", "5000000")
			r.Nodes = append(r.Nodes, n)
			r.Edges = []graph.Edge{{From: doc, Rel: graph.Mentions, To: amount, Evidence: []graph.Evidence{ev(src, 3, 9, "amount.money")}}}
		}
		r.Sort()
		return r
	}
	for _, tc := range []struct {
		name  string
		steps func(db *store.DB) error
	}{
		{"deleted", func(db *store.DB) error { return db.Delete(ctx, srcX) }},
		{"replaced, then deleted", func(db *store.DB) error {
			if _, err := db.Put(ctx, mk(srcX, false)); err != nil {
				return err
			}
			return db.Delete(ctx, srcX)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := mustOpen(t)
			// x first: its number is in the node's node_ids value.
			put(t, db, mk(srcX, true))
			put(t, db, mk(srcY, true))
			if err := tc.steps(db); err != nil {
				t.Fatal(err)
			}
			put(t, db, mk(srcZ, false))
			want := graph.NewKG()
			want.AddRecord(mk(srcY, true))
			want.AddRecord(mk(srcZ, false))
			want.Finish()
			if w, g := graphJSON(t, want), graphJSON(t, loadGraph(t, db)); w != g {
				t.Errorf("Graph:\nwant %s\n got %s", w, g)
			}
			if err := db.Check(); err != nil {
				t.Error(err)
			}
		})
	}
}
