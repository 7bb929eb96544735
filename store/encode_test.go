package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
)

// TestSumCoversFields fails when a node, edge or evidence gains a field
// that sumWriter.graph does not hash: a record that changed only there
// would be taken for unchanged and not rewritten.
func TestSumCoversFields(t *testing.T) {
	for _, c := range []struct {
		v    any
		want int
	}{{graph.Node{}, 5}, {graph.Edge{}, 5}, {graph.Evidence{}, 4}} {
		if n := reflect.TypeOf(c.v).NumField(); n != c.want {
			t.Errorf("%T has %d fields, sumWriter writes %d: hash the new ones and update this test", c.v, n, c.want)
		}
	}
}

// TestRecordSumChanges checks that a change to any part of a record
// changes its sum, and that equal records sum equal.
func TestRecordSumChanges(t *testing.T) {
	base := func() *graph.Record {
		r := graph.NewRecord("d")
		r.Meta = &graph.DocMeta{Source: "a.md", Path: "a.md", Hash: "h", Rules: "r"}
		r.Text = "山东省到2025年培育企业100家。"
		r.Regions = []string{"山东省"}
		r.Nodes = []graph.Node{{ID: "region:山东省", Kind: graph.Region, Name: "山东省", Attrs: map[string]string{"level": "province", "code": "37"},
			Evidence: []graph.Evidence{{Doc: "a.md", Start: 0, End: 9, Rule: "region.gazetteer"}}}}
		r.Edges = []graph.Edge{{From: "document:a.md", Rel: graph.Mentions, To: "region:山东省", Attrs: map[string]string{"n": "1"},
			Evidence: []graph.Evidence{{Doc: "a.md", Start: 0, End: 9, Rule: "region.gazetteer"}}}}
		return r
	}
	sum := func(r *graph.Record) string {
		g, m, err := recordParts(r)
		if err != nil {
			t.Fatal(err)
		}
		return recordSum(r, g, m)
	}
	want := sum(base())
	if got := sum(base()); got != want {
		t.Fatalf("equal records: sums %s and %s", got, want)
	}
	for name, change := range map[string]func(*graph.Record){
		"source":         func(r *graph.Record) { r.Meta.Source = "b.md" },
		"meta":           func(r *graph.Record) { r.Meta.Title = "t" },
		"text":           func(r *graph.Record) { r.Text += " " },
		"regions":        func(r *graph.Record) { r.Regions = append(r.Regions, "广东省") },
		"node name":      func(r *graph.Record) { r.Nodes[0].Name = "山东" },
		"node attr":      func(r *graph.Record) { r.Nodes[0].Attrs["code"] = "38" },
		"node attr key":  func(r *graph.Record) { r.Nodes[0].Attrs = map[string]string{"level": "province", "cod": "37"} },
		"node evidence":  func(r *graph.Record) { r.Nodes[0].Evidence[0].End = 8 },
		"evidence rule":  func(r *graph.Record) { r.Nodes[0].Evidence[0].Rule = "x" },
		"edge rel":       func(r *graph.Record) { r.Edges[0].Rel = graph.AppliesTo },
		"edge attr":      func(r *graph.Record) { r.Edges[0].Attrs = nil },
		"edge evidence":  func(r *graph.Record) { r.Edges[0].Evidence = nil },
		"node kind":      func(r *graph.Record) { r.Nodes[0].Kind = graph.Agency },
		"shifted string": func(r *graph.Record) { r.Nodes[0].ID, r.Nodes[0].Kind = "region:山东省r", "egion" },
	} {
		r := base()
		change(r)
		if sum(r) == want {
			t.Errorf("%s changed, the sum did not", name)
		}
	}
}

// TestEncodeRecordReadsBack checks that the spliced JSON of encodeRecord
// decodes to the record's guideline part, sum and numbers.
func TestEncodeRecordReadsBack(t *testing.T) {
	r := graph.NewRecord("d")
	r.Meta = &graph.DocMeta{Source: "a.md"}
	r.Regions = []string{"山东省"}
	g, _, err := recordParts(r)
	if err != nil {
		t.Fatal(err)
	}
	data, err := encodeRecord(g, "abc", []uint32{3, 1}, []storedRef{{From: 3, Rel: 2, To: 1}})
	if err != nil {
		t.Fatal(err)
	}
	var s storedRecord
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatalf("%s: %v", data, err)
	}
	if s.Sum != "abc" || !reflect.DeepEqual(s.NodeNums, []uint32{3, 1}) || len(s.EdgeRefs) != 1 || s.EdgeRefs[0].To != 1 ||
		!reflect.DeepEqual(s.Regions, []string{"山东省"}) || s.Doc != "d" {
		t.Errorf("read back %+v from %s", s, data)
	}
	if _, err := encodeRecord([]byte("[]"), "abc", nil, nil); err == nil {
		t.Error("a JSON array spliced as an object")
	}
}

// BenchmarkRecordSum hashes a record of 20 nodes and 30 edges, a corpus
// document's size.
func BenchmarkRecordSum(b *testing.B) {
	r := sumRecord()
	g, m, err := recordParts(r)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		recordSum(r, g, m)
	}
}

func sumRecord() *graph.Record {
	r := graph.NewRecord("d")
	r.Meta = &graph.DocMeta{Source: "/corpus/news/a.md", Path: "/corpus/news/a.md", Hash: "h", Rules: "r"}
	r.Text = strings.Repeat("山东省到2025年培育企业100家。", 100)
	for i := range 20 {
		id := graph.ID(fmt.Sprintf("target:/corpus/news/a.md|山东省|培育企业|%d||家|=|2025", i))
		r.Nodes = append(r.Nodes, graph.Node{ID: id, Kind: graph.Target, Name: "培育企业 100家",
			Attrs:    map[string]string{"metric": "培育企业", "qualifier": "=", "region": "山东省", "unit": "家", "value": "100", "year": "2025"},
			Evidence: []graph.Evidence{{Doc: "/corpus/news/a.md", Start: 31 * i, End: 31*i + 9, Rule: "quantity.count"}}})
	}
	for i := range 30 {
		n := r.Nodes[i%20]
		r.Edges = append(r.Edges, graph.Edge{From: "document:/corpus/news/a.md", Rel: graph.Mentions, To: n.ID, Evidence: n.Evidence})
	}
	return r
}

// Every field of graph.DocMeta survives the docs bucket's encoding, in
// each of the ways it writes a path and a hash.
func TestMetaCoversFields(t *testing.T) {
	names := map[string]uint32{}
	var list []string
	num := func(s string) (uint32, error) {
		if n, ok := names[s]; ok {
			return n, nil
		}
		list = append(list, s)
		names[s] = uint32(len(list))
		return uint32(len(list)), nil
	}
	nameOf := func(n uint32) (string, error) {
		if n == 0 || int(n) > len(list) {
			return "", errors.New("no such name")
		}
		return list[n-1], nil
	}
	hash := strings.Repeat("0123456789abcdef", 4)
	for _, tc := range []struct{ source, path, hash string }{
		{"docs/a.md", "docs/a.md", hash},
		{"data/x.jsonl#n7", "data/x.jsonl", hash},
		{"data/x.jsonl#a#b", "data/x.jsonl", strings.ToUpper(hash)},
		{"stdin#L3", "", "not hex"},
		{"a.md", "b.md", hash[:62]},
	} {
		var m graph.DocMeta
		// Every field set, so a field the encoding leaves out fails.
		rv := reflect.ValueOf(&m).Elem()
		for i := 0; i < rv.NumField(); i++ {
			switch f := rv.Field(i); f.Kind() {
			case reflect.String:
				f.SetString(rv.Type().Field(i).Name + " 值")
			case reflect.Int:
				f.SetInt(int64(1000 + i))
			default:
				t.Fatalf("DocMeta.%s is a %s: teach appendMeta", rv.Type().Field(i).Name, f.Kind())
			}
		}
		m.Source, m.Path, m.Hash = tc.source, tc.path, tc.hash
		b, err := appendMeta(nil, &m, tc.source, num)
		if err != nil {
			t.Fatal(err)
		}
		got, err := parseMeta(b, tc.source, nameOf)
		if err != nil {
			t.Fatalf("%s: %v", tc.source, err)
		}
		if !reflect.DeepEqual(*got, m) {
			t.Errorf("%s:\n got %+v\nwant %+v", tc.source, *got, m)
		}
		if _, err := parseMeta(b[:len(b)-1], tc.source, nameOf); err == nil {
			t.Errorf("%s: a cut value decodes", tc.source)
		}
	}
}
