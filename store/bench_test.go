package store_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/store"
)

// tinyRecord is a record as extract makes of one line of
// scripts/bench-tiny.sh ("山东省到2024年培育企业123家，投入123亿元。"): the
// document, its region (and the region's province), a target and an
// amount scoped by the document, the mentions and applies_to edges.
func tinyRecord(i int, rng *rand.Rand) *graph.Record {
	regions := [][2]string{{"山东省", ""}, {"广东省", ""}, {"深圳市", "广东省"}, {"山西省", ""}, {"杭州市", "浙江省"}, {"江苏省", ""}, {"浙江省", ""}, {"上海市", ""}}
	reg := regions[rng.IntN(len(regions))]
	year, k := 2023+rng.IntN(3), 1+rng.IntN(500)
	src := "/bench/tiny.jsonl#n" + strconv.Itoa(i)
	text := fmt.Sprintf("%s到%d年培育企业%d家，投入%d亿元。", reg[0], year, k, k)
	r := graph.NewRecord("n" + strconv.Itoa(i))
	r.Meta = &graph.DocMeta{Source: src, Path: "/bench/tiny.jsonl", Format: "jsonl", Encoding: "utf-8",
		Hash: fmt.Sprintf("%064x", i), Rules: "7bf9e489da8629df-46b56e32c5d7", Bytes: len(text)}
	r.Text = text
	r.Regions = []string{reg[0]}
	y := year
	r.Targets = []graph.TargetItem{{Text: text[:len(text)/2], Metric: "培育企业", Value: float64(k), Unit: "家", Qualifier: "=", Year: &y, Region: &reg[0], Span: &graph.Span{Start: 31, End: 37}, Rule: "quantity.count"}}
	r.Amounts = []graph.AmountItem{{Text: strconv.Itoa(k) + "亿元", Value: float64(k) * 1e8, Currency: "CNY", Qualifier: "=", Span: &graph.Span{Start: 46, End: 55}, Rule: "amount.money"}}
	doc := graph.Node{ID: graph.NewID(graph.Document, src), Kind: graph.Document, Name: r.Doc, Attrs: map[string]string{"format": "jsonl", "path": "/bench/tiny.jsonl"}}
	region := graph.Node{ID: graph.NewID(graph.Region, reg[0]), Kind: graph.Region, Name: reg[0], Attrs: map[string]string{"level": "province"},
		Evidence: []graph.Evidence{{Doc: src, Start: 0, End: 9, Rule: "region.gazetteer"}}}
	target := graph.Node{ID: graph.ID(fmt.Sprintf("target:%s|%s|培育企业|%d||家|=|%d", src, reg[0], k, year)), Kind: graph.Target, Name: fmt.Sprintf("培育企业 %d家", k),
		Attrs:    map[string]string{"metric": "培育企业", "qualifier": "=", "region": reg[0], "unit": "家", "value": strconv.Itoa(k), "year": strconv.Itoa(year)},
		Evidence: []graph.Evidence{{Doc: src, Start: 31, End: 37, Rule: "quantity.count"}}}
	amount := graph.Node{ID: graph.ID(fmt.Sprintf("amount:%s|%d|CNY|元", src, k*100000000)), Kind: graph.Amount, Name: strconv.Itoa(k) + "亿元",
		Attrs:    map[string]string{"currency": "CNY", "qualifier": "=", "text": strconv.Itoa(k) + "亿元", "value": strconv.Itoa(k * 100000000)},
		Evidence: []graph.Evidence{{Doc: src, Start: 46, End: 55, Rule: "amount.money"}}}
	r.Nodes = []graph.Node{doc, region, target, amount}
	r.Edges = []graph.Edge{
		{From: doc.ID, Rel: graph.Mentions, To: region.ID, Evidence: region.Evidence},
		{From: doc.ID, Rel: graph.Mentions, To: target.ID, Evidence: target.Evidence},
		{From: doc.ID, Rel: graph.Mentions, To: amount.ID, Evidence: amount.Evidence},
		{From: target.ID, Rel: graph.AppliesTo, To: region.ID},
		{From: amount.ID, Rel: graph.AppliesTo, To: region.ID},
	}
	if reg[1] != "" {
		parent := graph.Node{ID: graph.NewID(graph.Region, reg[1]), Kind: graph.Region, Name: reg[1], Attrs: map[string]string{"level": "province"}}
		r.Nodes = append(r.Nodes, parent)
		r.Edges = append(r.Edges, graph.Edge{From: region.ID, Rel: graph.PartOf, To: parent.ID})
	}
	r.Sort()
	return r
}

// tinyDB makes a database of n tiny records, in batches of 1,000 as
// extract commits them, and returns its path and the records' size as
// JSON Lines input (one {"id","content"} line each).
func tinyDB(b *testing.B, n int) (string, int64) {
	b.Helper()
	path := filepath.Join(b.TempDir(), "kg.db")
	db, err := store.Open(path, store.Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var input int64
	var batch []*graph.Record
	for i := range n {
		r := tinyRecord(i, rng)
		input += int64(len(fmt.Sprintf(`{"id":"n%d","content":"%s"}`+"\n", i, r.Text)))
		if batch = append(batch, r); len(batch) == 1000 || i == n-1 {
			if _, err := db.Put(context.Background(), batch...); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	if err := db.Close(); err != nil {
		b.Fatal(err)
	}
	return path, input
}

func openRead(b *testing.B, path string) *store.DB {
	b.Helper()
	db, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

// BenchmarkTiny measures the store on 20,000 tiny records (issue 10's
// shape, scripts/bench-tiny.sh at a size a benchmark can build): the
// database's size as a multiple of the input, query targets over all of
// it and over a province with its cities, and a whole export as JSON.
func BenchmarkTiny(b *testing.B) {
	n := 20000
	if s := os.Getenv("POLICYGRAPH_BENCH_TINY"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	path, input := tinyDB(b, n)
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	ratio := float64(fi.Size()) / float64(input)
	b.Run("size", func(b *testing.B) {
		for b.Loop() {
		}
		b.ReportMetric(ratio, "x-input")
		b.ReportMetric(float64(fi.Size())/float64(n), "B/record")
	})
	db := openRead(b, path)
	targets := func(b *testing.B, region string) {
		for b.Loop() {
			rows := 0
			err := db.View(func(r graph.Reader) error {
				var f graph.TargetFilter
				if region != "" {
					f.Regions = graph.Subregions(r, graph.NewID(graph.Region, region))
				}
				rows = len(graph.Targets(r, f))
				return nil
			})
			if err != nil || rows == 0 {
				b.Fatalf("targets: %d rows, %v", rows, err)
			}
		}
	}
	b.Run("query-targets", func(b *testing.B) { targets(b, "") })
	b.Run("query-targets-region", func(b *testing.B) { targets(b, "广东省") })
	b.Run("export-json-loaded", func(b *testing.B) {
		for b.Loop() {
			kg, err := db.Graph(context.Background())
			if err != nil {
				b.Fatal(err)
			}
			w := bufio.NewWriter(io.Discard)
			if err := kg.WriteJSON(w); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("export-json-streamed", func(b *testing.B) {
		for b.Loop() {
			w := bufio.NewWriter(io.Discard)
			s := graph.NewJSONStream(w)
			if err := db.Stream(context.Background(), s.Node, s.Edge); err != nil {
				b.Fatal(err)
			}
			if err := s.Close(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkPut measures writing 5,000 tiny records into a new database in
// batches of 1,000, as a cold extract does: the writer's share of a run
// (numbering, the node, edge and evidence keys, compression of records
// and texts).
func BenchmarkPut(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	recs := make([]*graph.Record, 5000)
	var bytes int64
	for i := range recs {
		recs[i] = tinyRecord(i, rng)
		bytes += int64(len(recs[i].Text))
	}
	b.SetBytes(bytes)
	for b.Loop() {
		putInBatches(b, recs, 1000)
	}
}

// putInBatches is one iteration of a Put benchmark: recs put into a new
// database in batches of n; opening and closing it are not timed.
func putInBatches(b *testing.B, recs []*graph.Record, n int) {
	b.StopTimer()
	db, err := store.Open(filepath.Join(b.TempDir(), "kg.db"), store.Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	b.StartTimer()
	for i := 0; i < len(recs); i += n {
		if _, err := db.Put(context.Background(), recs[i:min(i+n, len(recs))]...); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	if err := db.Close(); err != nil {
		b.Fatal(err)
	}
	b.StartTimer()
}
