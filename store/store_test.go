package store_test

import (
	"bytes"
	"context"
	"errors"
	"maps"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/store"
)

// mustOpen opens a new database under t.TempDir. When the test ends it runs
// the store's consistency check and closes the database, failing the test
// on either error, so every test that uses it also checks consistency.
func mustOpen(t *testing.T) *store.DB {
	t.Helper()
	return mustOpenAt(t, filepath.Join(t.TempDir(), "kg.db"), store.Options{})
}

// mustOpenAt is mustOpen for a given path and options.
func mustOpenAt(t *testing.T, path string, opt store.Options) *store.DB {
	t.Helper()
	db, err := store.Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := db.Check(); err != nil {
			t.Error(err)
		}
		if err := db.Close(); err != nil {
			t.Error(err)
		}
	})
	return db
}

const (
	srcA = "docs/a.md"
	srcB = "docs/b.md"
)

// Node IDs of the fixture.
var (
	idDocA     = graph.NewID(graph.Document, srcA)
	idDocB     = graph.NewID(graph.Document, srcB)
	idGuangdon = graph.NewID(graph.Region, "广东省")
	idShenzhen = graph.NewID(graph.Region, "深圳市")
	idGuangzh  = graph.NewID(graph.Region, "广州市")
	idPlan     = graph.NewID(graph.Plan, "深圳市十四五规划")
	idTarget   = graph.NewID(graph.Target, "plan:深圳市十四五规划|地区生产总值|4000000000000|2025")
)

func ev(doc string, start, end int, rule string) graph.Evidence {
	return graph.Evidence{Doc: doc, Start: start, End: end, Rule: rule}
}

func region(name, code, level, parent string) graph.Node {
	n := graph.Node{ID: graph.NewID(graph.Region, name), Kind: graph.Region, Name: name}
	n.SetAttr("code", code)
	n.SetAttr("level", level)
	n.SetAttr("parent", parent)
	return n
}

func record(src, hash string) *graph.Record {
	r := graph.NewRecord(filepath.Base(src))
	r.Meta = &graph.DocMeta{Source: src, Path: src, Format: "markdown", Hash: hash, Rules: "rules-1", Bytes: 300}
	return r
}

// fixture returns the records of two documents, a.md and b.md, that share
// the regions 深圳市 (SZ) and 广东省 (GD) and the part_of edge between
// them; b2 is b.md re-extracted, no longer mentioning 深圳市. T is the
// target 地区生产总值 4万亿元 (2025) of the plan P 深圳市十四五规划, and
// GZ is 广州市.
//
//	T ◀────mentions──── a.md ───mentions────▶ P
//	│                    │                    ▲
//	├────────────────────┼───────set_by───────╯
//	│ applies_to         │ mentions
//	▼                    │
//	SZ ◀─────────────────╯
//	│ ▲
//	│ ╰────mentions──── b.md ───mentions────▶ GZ
//	│ part_of            │                    │
//	│ (a.md, b.md)       │ mentions           │ part_of
//	▼                    │                    │
//	GD ◀─────────────────┴────────────────────╯
//
// a.md states 5 nodes and 6 edges, b.md 4 nodes and 5 edges (b2 3 and 3);
// a.md and b.md together make 7 nodes and 10 edges.
func fixture() (a, b, b2 *graph.Record) {
	gd := region("广东省", "440000", "province", "")
	sz := region("深圳市", "440300", "city", "广东省")
	gz := region("广州市", "440100", "city", "广东省")

	a = record(srcA, "hash-a")
	a.Regions = []string{"深圳市"}
	a.Plans = []string{"深圳市十四五规划"}
	year, where := 2025, "深圳市"
	a.Targets = []graph.TargetItem{{Text: "地区生产总值达到4万亿元", Metric: "地区生产总值", Value: 4e12, Unit: "元", Qualifier: "=", Year: &year, Region: &where, Plan: "深圳市十四五规划", Span: &graph.Span{Start: 120, End: 153}, Rule: "target.reach"}}
	docA := graph.Node{ID: idDocA, Kind: graph.Document, Name: "a.md"}
	docA.SetAttr("title", "深圳市国民经济和社会发展第十四个五年规划")
	plan := graph.Node{ID: idPlan, Kind: graph.Plan, Name: "深圳市十四五规划", Evidence: []graph.Evidence{ev(srcA, 30, 54, "plan.title")}}
	plan.SetAttr("from", "2021")
	plan.SetAttr("to", "2025")
	target := graph.Node{ID: idTarget, Kind: graph.Target, Name: "地区生产总值 4万亿元", Evidence: []graph.Evidence{ev(srcA, 120, 153, "target.reach")}}
	target.SetAttr("metric", "地区生产总值")
	target.SetAttr("value", graph.FormatFloat(4e12))
	target.SetAttr("unit", "元")
	target.SetAttr("year", "2025")
	szA := sz
	szA.Evidence = []graph.Evidence{ev(srcA, 0, 9, "region.gazetteer"), ev(srcA, 120, 129, "region.gazetteer")}
	a.Nodes = []graph.Node{docA, gd, szA, plan, target}
	a.Edges = []graph.Edge{
		{From: idDocA, Rel: graph.Mentions, To: idShenzhen, Evidence: szA.Evidence},
		{From: idDocA, Rel: graph.Mentions, To: idPlan, Evidence: plan.Evidence},
		{From: idDocA, Rel: graph.Mentions, To: idTarget, Evidence: target.Evidence},
		{From: idShenzhen, Rel: graph.PartOf, To: idGuangdon},
		{From: idTarget, Rel: graph.SetBy, To: idPlan, Evidence: []graph.Evidence{ev(srcA, 120, 153, "target.plan")}},
		{From: idTarget, Rel: graph.AppliesTo, To: idShenzhen, Attrs: map[string]string{"via": "sentence"}},
	}

	mkB := func(hash string, shenzhen bool) *graph.Record {
		b := record(srcB, hash)
		b.Regions = []string{"广东省", "广州市"}
		docB := graph.Node{ID: idDocB, Kind: graph.Document, Name: "b.md"}
		gdB, gzB := gd, gz
		gdB.Evidence = []graph.Evidence{ev(srcB, 0, 9, "region.gazetteer")}
		gzB.Evidence = []graph.Evidence{ev(srcB, 40, 49, "region.gazetteer")}
		b.Nodes = []graph.Node{docB, gdB, gzB}
		b.Edges = []graph.Edge{
			{From: idDocB, Rel: graph.Mentions, To: idGuangdon, Evidence: gdB.Evidence},
			{From: idDocB, Rel: graph.Mentions, To: idGuangzh, Evidence: gzB.Evidence},
			{From: idGuangzh, Rel: graph.PartOf, To: idGuangdon},
		}
		if shenzhen {
			b.Regions = append(b.Regions, "深圳市")
			szB := sz
			szB.Evidence = []graph.Evidence{ev(srcB, 60, 69, "region.gazetteer")}
			b.Nodes = append(b.Nodes, szB)
			b.Edges = append(b.Edges,
				graph.Edge{From: idDocB, Rel: graph.Mentions, To: idShenzhen, Evidence: szB.Evidence},
				graph.Edge{From: idShenzhen, Rel: graph.PartOf, To: idGuangdon})
		}
		return b
	}
	return a, mkB("hash-b", true), mkB("hash-b2", false)
}

// put stores records and fails the test on error.
func put(t *testing.T, db *store.DB, recs ...*graph.Record) int {
	t.Helper()
	n, err := db.Put(context.Background(), recs...)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func dump(t *testing.T, db *store.DB) map[string]map[string]string {
	t.Helper()
	d, err := store.Dump(db)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// diffDump describes how two dumps differ, bucket by bucket.
func diffDump(want, got map[string]map[string]string) string {
	var b strings.Builder
	for _, name := range slices.Sorted(maps.Keys(want)) {
		w, g := want[name], got[name]
		for _, k := range slices.Sorted(maps.Keys(w)) {
			if gv, ok := g[k]; !ok {
				b.WriteString(name + ": missing " + strings.ReplaceAll(k, "\x00", "|") + "\n")
			} else if gv != w[k] {
				b.WriteString(name + ": " + strings.ReplaceAll(k, "\x00", "|") + "\n  want " + w[k] + "\n   got " + gv + "\n")
			}
		}
		for _, k := range slices.Sorted(maps.Keys(g)) {
			if _, ok := w[k]; !ok {
				b.WriteString(name + ": extra " + strings.ReplaceAll(k, "\x00", "|") + "\n")
			}
		}
	}
	return b.String()
}

func graphJSON(t *testing.T, kg *graph.KG) string {
	t.Helper()
	var b bytes.Buffer
	if err := kg.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func loadGraph(t *testing.T, db *store.DB) *graph.KG {
	t.Helper()
	kg, err := db.Graph(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return kg
}

func TestPutGraphRoundTrip(t *testing.T) {
	a, b, _ := fixture()
	db := mustOpen(t)
	if n := put(t, db, a, b); n != 2 {
		t.Errorf("Put changed %d records, want 2", n)
	}

	// The stored graph is the in-memory merge of the records, after sorting.
	a, b, _ = fixture()
	want := graph.NewKG()
	want.AddRecord(a)
	want.AddRecord(b)
	want.Finish()
	got := loadGraph(t, db)
	if w, g := graphJSON(t, want), graphJSON(t, got); w != g {
		t.Errorf("Graph differs from the records' merge:\nwant %s\n got %s", w, g)
	}
	deref := func(kg *graph.KG) ([]graph.Node, []graph.Edge) {
		var ns []graph.Node
		for _, n := range kg.Nodes() {
			ns = append(ns, *n)
		}
		var es []graph.Edge
		for _, e := range kg.Edges() {
			es = append(es, *e)
		}
		return ns, es
	}
	wn, we := deref(want)
	gn, ge := deref(got)
	if !reflect.DeepEqual(wn, gn) {
		t.Errorf("nodes:\nwant %+v\n got %+v", wn, gn)
	}
	if !reflect.DeepEqual(we, ge) {
		t.Errorf("edges:\nwant %+v\n got %+v", we, ge)
	}

	// Spot checks: the shared node has both documents' evidence, in order.
	sz := got.Node(idShenzhen)
	if sz == nil {
		t.Fatalf("no node %s", idShenzhen)
	}
	wantEv := []graph.Evidence{ev(srcA, 0, 9, "region.gazetteer"), ev(srcA, 120, 129, "region.gazetteer"), ev(srcB, 60, 69, "region.gazetteer")}
	if !reflect.DeepEqual(wantEv, sz.Evidence) {
		t.Errorf("%s evidence:\nwant %v\n got %v", idShenzhen, wantEv, sz.Evidence)
	}
	if w, g := "440300", sz.Attr("code"); w != g {
		t.Errorf("%s code = %q, want %q", idShenzhen, g, w)
	}
	if e := got.Edge(idTarget, graph.AppliesTo, idShenzhen); e == nil || e.Attrs["via"] != "sentence" {
		t.Errorf("edge %s applies_to %s: got %+v, want attribute via=sentence", idTarget, idShenzhen, e)
	}
	if n, e := got.Len(); n != 7 || e != 10 {
		t.Errorf("Len = %d nodes, %d edges; want 7, 10", n, e)
	}
}

func TestPutTwice(t *testing.T) {
	a, b, _ := fixture()
	db := mustOpen(t)
	put(t, db, a, b)
	before := dump(t, db)

	tests := []struct {
		name string
		recs func() []*graph.Record
	}{
		{"same values", func() []*graph.Record { return []*graph.Record{a, b} }},
		{"rebuilt records", func() []*graph.Record { a, b, _ := fixture(); return []*graph.Record{b, a} }},
		{"one of them", func() []*graph.Record { _, b, _ := fixture(); return []*graph.Record{b} }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if n := put(t, db, tc.recs()...); n != 0 {
				t.Errorf("second Put changed %d records, want 0", n)
			}
			if d := diffDump(before, dump(t, db)); d != "" {
				t.Errorf("buckets changed:\n%s", d)
			}
		})
	}
}

// A record whose text alone changed is a changed record (its sum covers
// the text), and putting it again, or putting the same values over and
// over, keeps every bucket's key count right (Check compares them).
func TestPutTextOnlyChange(t *testing.T) {
	a, b, _ := fixture()
	db := mustOpen(t)
	put(t, db, a, b)
	a2, _, _ := fixture()
	a2.Text += "。"
	if n := put(t, db, a2); n != 1 {
		t.Errorf("a record whose text changed: %d records changed, want 1", n)
	}
	for i := 0; i < 3; i++ {
		put(t, db, a2, b)
	}
	if err := db.Check(); err != nil {
		t.Errorf("after puts of unchanged values: %v", err)
	}
	fresh := mustOpen(t)
	a3, b3, _ := fixture()
	a3.Text += "。"
	put(t, fresh, a3, b3)
	if d := diffDump(dump(t, fresh), dump(t, db)); d != "" {
		t.Errorf("the database differs from a fresh one with the same records:\n%s", d)
	}
}

// TestReplace checks that a database after put(a, b) and an update holds
// exactly what a new database holds after putting the records the update
// leaves: a document's nodes and edges go with it unless another document
// states them too.
func TestReplace(t *testing.T) {
	ctx := context.Background()
	type recs = []*graph.Record
	tests := []struct {
		name   string
		update func(db *store.DB, a, b, b2 *graph.Record) error
		want   func(a, b, b2 *graph.Record) recs
	}{
		{"delete b",
			func(db *store.DB, _, _, _ *graph.Record) error { return db.Delete(ctx, srcB) },
			func(a, _, _ *graph.Record) recs { return recs{a} }},
		{"delete a",
			func(db *store.DB, _, _, _ *graph.Record) error { return db.Delete(ctx, srcA) },
			func(_, b, _ *graph.Record) recs { return recs{b} }},
		{"delete both",
			func(db *store.DB, _, _, _ *graph.Record) error {
				return errors.Join(db.Delete(ctx, srcA), db.Delete(ctx, srcB))
			},
			func(_, _, _ *graph.Record) recs { return nil }},
		{"delete unknown",
			func(db *store.DB, _, _, _ *graph.Record) error { return db.Delete(ctx, "docs/none.md") },
			func(a, b, _ *graph.Record) recs { return recs{a, b} }},
		{"replace b",
			func(db *store.DB, _, _, b2 *graph.Record) error { _, err := db.Put(ctx, b2); return err },
			func(a, _, b2 *graph.Record) recs { return recs{a, b2} }},
		{"replace a with nothing found",
			func(db *store.DB, _, _, _ *graph.Record) error {
				_, err := db.Put(ctx, record(srcA, "hash-a2"))
				return err
			},
			func(_, b, _ *graph.Record) recs { return recs{record(srcA, "hash-a2"), b} }},
		{"replace b twice in one Put",
			func(db *store.DB, _, b, b2 *graph.Record) error { _, err := db.Put(ctx, b2, b, b2); return err },
			func(a, _, b2 *graph.Record) recs { return recs{a, b2} }},
		// A document new in a Put and replaced in the same Put: the keys
		// of its first record are written before the second's replace them.
		{"new b replaced in one Put",
			func(db *store.DB, _, b, b2 *graph.Record) error {
				if err := db.Delete(ctx, srcB); err != nil {
					return err
				}
				_, err := db.Put(ctx, b, b2)
				return err
			},
			func(a, _, b2 *graph.Record) recs { return recs{a, b2} }},
		{"new b replaced and back in one Put",
			func(db *store.DB, _, b, b2 *graph.Record) error {
				if err := db.Delete(ctx, srcB); err != nil {
					return err
				}
				_, err := db.Put(ctx, b, b2, b)
				return err
			},
			func(a, b, _ *graph.Record) recs { return recs{a, b} }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			db := mustOpen(t)
			a, b, b2 := fixture()
			put(t, db, a, b)
			if err := tc.update(db, a, b, b2); err != nil {
				t.Fatal(err)
			}
			want := mustOpen(t)
			a, b, b2 = fixture()
			if rs := tc.want(a, b, b2); len(rs) > 0 {
				put(t, want, rs...)
			}
			if d := diffDump(dump(t, want), dump(t, db)); d != "" {
				t.Errorf("buckets differ from a database with only the remaining records:\n%s", d)
			}
		})
	}
}

func TestDeleteKeepsSharedNodes(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	a, b, _ := fixture()
	put(t, db, a, b)
	if err := db.Delete(ctx, srcA); err != nil {
		t.Fatal(err)
	}
	kg := loadGraph(t, db)

	for _, id := range []graph.ID{idDocA, idPlan, idTarget} {
		if n := kg.Node(id); n != nil {
			t.Errorf("node %s stated only by a.md survived its deletion", id)
		}
	}
	tests := []struct {
		id   graph.ID
		want []graph.Evidence
	}{
		{idShenzhen, []graph.Evidence{ev(srcB, 60, 69, "region.gazetteer")}},
		{idGuangdon, []graph.Evidence{ev(srcB, 0, 9, "region.gazetteer")}},
	}
	for _, tc := range tests {
		n := kg.Node(tc.id)
		if n == nil {
			t.Errorf("shared node %s was deleted with a.md", tc.id)
			continue
		}
		if !reflect.DeepEqual(tc.want, n.Evidence) {
			t.Errorf("%s evidence:\nwant %v\n got %v", tc.id, tc.want, n.Evidence)
		}
	}
	if kg.Edge(idShenzhen, graph.PartOf, idGuangdon) == nil {
		t.Errorf("shared edge %s part_of %s was deleted with a.md", idShenzhen, idGuangdon)
	}
	if got := kg.In(idShenzhen); len(got) != 1 || got[0].From != idDocB {
		t.Errorf("In(%s) = %v, want only the mention by %s", idShenzhen, got, idDocB)
	}
	if st, err := db.Stats(); err != nil {
		t.Fatal(err)
	} else if want := (store.Stats{Documents: 1, Nodes: 4, Edges: 5}); st != want {
		t.Errorf("Stats = %+v, want %+v", st, want)
	}
	if known, err := db.Known(); err != nil {
		t.Fatal(err)
	} else if _, ok := known[srcA]; ok {
		t.Errorf("Known still lists %s after Delete", srcA)
	}
}

func TestKnownStatus(t *testing.T) {
	db := mustOpen(t)
	a, b, _ := fixture()
	put(t, db, a, b)

	known, err := db.Known()
	if err != nil {
		t.Fatal(err)
	}
	wantKnown := map[string][2]string{srcA: {"hash-a", "rules-1"}, srcB: {"hash-b", "rules-1"}}
	if !reflect.DeepEqual(wantKnown, known) {
		t.Errorf("Known:\nwant %v\n got %v", wantKnown, known)
	}

	tests := []struct {
		source, hash, rules string
		want                bool
	}{
		{srcA, "hash-a", "rules-1", true},
		{srcB, "hash-b", "rules-1", true},
		{srcA, "hash-b", "rules-1", false}, // content changed
		{srcA, "hash-a", "rules-2", false}, // rules changed
		{srcA, "", "", false},
		{"docs/none.md", "hash-a", "rules-1", false}, // unknown
	}
	for _, tc := range tests {
		got, err := db.Status(tc.source, tc.hash, tc.rules)
		if err != nil {
			t.Fatal(err)
		}
		if got != tc.want {
			t.Errorf("Status(%q, %q, %q) = %v, want %v", tc.source, tc.hash, tc.rules, got, tc.want)
		}
	}
}

func TestRecords(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	a, b, _ := fixture()
	c := record("docs/0.md", "hash-0")
	put(t, db, b, a)
	put(t, db, c)

	var got []string
	if err := db.Records(ctx, false, func(r *graph.Record) error {
		got = append(got, r.Meta.Source)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if want := []string{"docs/0.md", srcA, srcB}; !slices.Equal(want, got) {
		t.Errorf("Records order:\nwant %q\n got %q", want, got)
	}

	// The stored record is the record as put.
	var gotA *graph.Record
	if err := db.Records(ctx, false, func(r *graph.Record) error {
		if r.Meta.Source == srcA {
			gotA = r
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	a, _, _ = fixture()
	if !reflect.DeepEqual(a, gotA) {
		t.Errorf("record %s:\nwant %+v\n got %+v", srcA, a, gotA)
	}

	// fn's error stops the walk and is returned.
	errStop := errors.New("stop")
	n := 0
	err := db.Records(ctx, false, func(*graph.Record) error { n++; return errStop })
	if !errors.Is(err, errStop) || n != 1 {
		t.Errorf("Records with failing fn: err %v after %d calls, want %v after 1", err, n, errStop)
	}

	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	n = 0
	err = db.Records(cancelled, false, func(*graph.Record) error { n++; return nil })
	if !errors.Is(err, context.Canceled) || n != 0 {
		t.Errorf("Records with cancelled context: err %v after %d calls, want %v after 0", err, n, context.Canceled)
	}
}

func TestStats(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	a, b, b2 := fixture()
	steps := []struct {
		name string
		do   func() error
		want store.Stats
	}{
		{"empty", func() error { return nil }, store.Stats{}},
		{"put a", func() error { _, err := db.Put(ctx, a); return err }, store.Stats{Documents: 1, Nodes: 5, Edges: 6}},
		{"put b", func() error { _, err := db.Put(ctx, b); return err }, store.Stats{Documents: 2, Nodes: 7, Edges: 10}},
		{"replace b", func() error { _, err := db.Put(ctx, b2); return err }, store.Stats{Documents: 2, Nodes: 7, Edges: 9}},
		{"delete a", func() error { return db.Delete(ctx, srcA) }, store.Stats{Documents: 1, Nodes: 3, Edges: 3}},
		{"delete b", func() error { return db.Delete(ctx, srcB) }, store.Stats{}},
	}
	for _, s := range steps {
		if err := s.do(); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		got, err := db.Stats()
		if err != nil {
			t.Fatal(err)
		}
		if got != s.want {
			t.Errorf("after %s: Stats = %+v, want %+v", s.name, got, s.want)
		}
	}
}

// failAfter is a context whose Err reports context.Canceled after n calls.
// Put asks once per record, so failAfter{n: 1} cancels it between the
// first record and the second.
type failAfter struct {
	context.Context
	n int
}

func (c *failAfter) Err() error {
	if c.n == 0 {
		return context.Canceled
	}
	c.n--
	return nil
}

func TestPutRollsBack(t *testing.T) {
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name    string
		ctx     context.Context
		initial func(a, b, b2 *graph.Record) []*graph.Record // put first
		put     func(a, b, b2 *graph.Record) []*graph.Record
		wantErr string
	}{
		{"cancelled into empty", cancelled, nil,
			func(a, b, _ *graph.Record) []*graph.Record { return []*graph.Record{a, b} },
			"context canceled"},
		{"cancelled after the first record", &failAfter{Context: context.Background(), n: 1}, nil,
			func(a, b, _ *graph.Record) []*graph.Record { return []*graph.Record{a, b} },
			"context canceled"},
		{"cancelled replacing", &failAfter{Context: context.Background(), n: 1},
			func(a, b, _ *graph.Record) []*graph.Record { return []*graph.Record{a, b} },
			func(_, _, b2 *graph.Record) []*graph.Record { return []*graph.Record{b2, record(srcA, "hash-a2")} },
			"context canceled"},
		{"record without source", context.Background(),
			func(a, _, _ *graph.Record) []*graph.Record { return []*graph.Record{a} },
			func(_, b, _ *graph.Record) []*graph.Record { return []*graph.Record{b, graph.NewRecord("c.md")} },
			`put c.md: invalid key: record "c.md" has no source`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			db := mustOpen(t)
			if tc.initial != nil {
				put(t, db, tc.initial(fixture())...)
			}
			before := dump(t, db)
			n, err := db.Put(tc.ctx, tc.put(fixture())...)
			if err == nil || err.Error() != tc.wantErr {
				t.Errorf("Put: err %v, want %q", err, tc.wantErr)
			}
			if n != 0 {
				t.Errorf("failed Put reported %d changed records, want 0", n)
			}
			if d := diffDump(before, dump(t, db)); d != "" {
				t.Errorf("failed Put changed the buckets:\n%s", d)
			}
		})
	}
}

func TestPutNothing(t *testing.T) {
	db := mustOpen(t)
	if n, err := db.Put(context.Background()); n != 0 || err != nil {
		t.Errorf("Put() = %d, %v; want 0, nil", n, err)
	}
}

// File stamps are stored with records, read back by path, and dropped when
// a document of the file is deleted (the file no longer stands for it).
func TestFileStamps(t *testing.T) {
	db := mustOpen(t)
	a, b, _ := fixture()
	stamps := []graph.FileStamp{
		{Path: srcA, Size: 300, ModTime: 1700000000000000000, Rules: "rules-1", Docs: 1},
		{Path: srcB, Size: 200, ModTime: 1700000000000000001, Rules: "rules-1", Docs: 1},
	}
	if n, err := db.PutWithFiles(context.Background(), []*graph.Record{a, b}, stamps); err != nil || n != 2 {
		t.Fatalf("PutWithFiles = %d, %v", n, err)
	}
	got, err := db.Files()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]graph.FileStamp{srcA: stamps[0], srcB: stamps[1]}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Files:\nwant %v\n got %v", want, got)
	}
	if err := db.Delete(context.Background(), srcA); err != nil {
		t.Fatal(err)
	}
	got, _ = db.Files()
	if _, ok := got[srcA]; ok || len(got) != 1 {
		t.Errorf("after deleting a.md, Files = %v; want only b.md", got)
	}
}

// TestPutRepeatedNodeAndEdge puts records that name a node and an edge
// twice (a loaded record may): put writes their evidence keys once, and
// the buckets' counts stay right, new and replaced alike.
func TestPutRepeatedNodeAndEdge(t *testing.T) {
	db, err := store.Open(filepath.Join(t.TempDir(), "kg.db"), store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rng := rand.New(rand.NewPCG(3, 4))
	for i, text := range []string{"", "改写后的正文。"} {
		r := tinyRecord(0, rng)
		if text != "" {
			r.Text = text
		}
		r.Nodes = append(r.Nodes, r.Nodes[1])
		r.Edges = append(r.Edges, r.Edges[0])
		if n, err := db.Put(context.Background(), r); err != nil || n != 1 {
			t.Fatalf("put %d: %d written, %v", i, n, err)
		}
		if err := db.Check(); err != nil {
			t.Errorf("put %d: %v", i, err)
		}
	}
}

// TestPutSharedNodeAndEdgeChanging puts documents that state the same node
// and edge with attributes that change from one document to the next,
// within one transaction and across transactions: the stored node and
// edge have the last document's attributes, and the reverse index and the
// buckets' counts stay right (put skips a node or edge it has just
// written with the same value, and writes one that changed without
// looking it up again).
func TestPutSharedNodeAndEdgeChanging(t *testing.T) {
	tests := []struct {
		name    string
		batches [][]string // per transaction, each document's attribute value ("" none)
	}{
		{"same in one", [][]string{{"a", "a", "a"}}},
		{"changing in one", [][]string{{"a", "b", "a", "c"}}},
		{"none then some", [][]string{{"", "a"}, {"a", ""}}},
		{"across", [][]string{{"a"}, {"a", "b"}, {"b"}, {"c", "c"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := mustOpen(t)
			doc := 0
			for bi, batch := range tt.batches {
				var recs []*graph.Record
				for _, val := range batch {
					doc++
					src := "docs/" + strings.Repeat("x", doc) + ".md"
					r := record(src, "hash")
					sz, gd := region("深圳市", "440300", "city", val), region("广东省", "440000", "province", "")
					d := graph.Node{ID: graph.NewID(graph.Document, src), Kind: graph.Document, Name: src}
					r.Nodes = []graph.Node{d, sz, gd}
					r.Edges = []graph.Edge{
						{From: d.ID, Rel: graph.Mentions, To: sz.ID, Evidence: []graph.Evidence{ev(src, 0, 3, "region.gazetteer")}},
						{From: sz.ID, Rel: graph.PartOf, To: gd.ID, Evidence: []graph.Evidence{ev(src, 0, 3, "region.gazetteer")}},
					}
					if val != "" {
						r.Edges[1].Attrs = map[string]string{"via": val}
					}
					recs = append(recs, r)
				}
				if n, err := db.Put(context.Background(), recs...); err != nil || n != len(recs) {
					t.Fatalf("batch %d: %d written, %v", bi, n, err)
				}
				if err := db.Check(); err != nil {
					t.Fatalf("batch %d: %v", bi, err)
				}
				kg, err := db.Graph(context.Background())
				if err != nil {
					t.Fatal(err)
				}
				last := batch[len(batch)-1]
				if got := kg.Node(idShenzhen).Attrs["parent"]; got != last {
					t.Errorf("batch %d: node parent = %q, want %q", bi, got, last)
				}
				e := kg.Edge(idShenzhen, graph.PartOf, idGuangdon)
				if e == nil || e.Attrs["via"] != last {
					t.Errorf("batch %d: edge = %+v, want via %q", bi, e, last)
				}
			}
		})
	}
}
