package graph_test

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/policygraph/policygraph/graph"
)

func TestNewRecordMarshal(t *testing.T) {
	b, err := json.Marshal(graph.NewRecord("a.md"))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"doc":"a.md","regions":[],"agencies":[],"plans":[],"amounts":[],"targets":[],` +
		`"optional":{"regions":[],"agencies":[],"plans":[],"amounts":[],"targets":[]}}`
	if got := string(b); got != want {
		t.Errorf("Marshal(NewRecord):\n got %s\nwant %s", got, want)
	}
}

func TestRecordItemsMarshal(t *testing.T) {
	// Year and region are null when unknown, as in the guidelines.
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"target without year or region", graph.TargetItem{Text: "新增就业10万人", Metric: "新增就业", Value: 1e5, Unit: "人", Qualifier: "="},
			`{"text":"新增就业10万人","metric":"新增就业","value":100000,"unit":"人","qualifier":"=","year":null,"region":null}`},
		{"amount range", graph.AmountItem{Text: "1至2亿元", Value: 1e8, ValueMax: ptr(2e8), Currency: "CNY", Qualifier: "range", Span: &graph.Span{Start: 3, End: 14}},
			`{"text":"1至2亿元","value":100000000,"value_max":200000000,"currency":"CNY","qualifier":"range","span":{"start":3,"end":14}}`},
	}
	for _, tc := range tests {
		b, err := json.Marshal(tc.v)
		if err != nil {
			t.Fatal(err)
		}
		if got := string(b); got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, got, tc.want)
		}
	}
}

func ptr[T any](v T) *T { return &v }

// sampleRecord is a record with its graph facts out of order.
func sampleRecord() *graph.Record {
	r := graph.NewRecord("a.md")
	r.Regions = []string{"深圳市", "广东省"} // document order, not sorted
	r.Meta = &graph.DocMeta{Source: "docs/a.md", Path: "docs/a.md", Hash: "h", Rules: "r"}
	ev := func(start int) graph.Evidence {
		return graph.Evidence{Doc: "docs/a.md", Start: start, End: start + 9, Rule: "region"}
	}
	r.Nodes = []graph.Node{
		{ID: "region:深圳市", Kind: graph.Region, Name: "深圳市", Evidence: []graph.Evidence{ev(30), ev(0), ev(30)}},
		{ID: "document:docs/a.md", Kind: graph.Document, Name: "a.md"},
		{ID: "region:广东省", Kind: graph.Region, Name: "广东省", Evidence: []graph.Evidence{ev(9)}},
	}
	r.Edges = []graph.Edge{
		{From: "region:深圳市", Rel: graph.PartOf, To: "region:广东省"},
		{From: "document:docs/a.md", Rel: graph.Mentions, To: "region:深圳市", Evidence: []graph.Evidence{ev(30), ev(0), ev(0)}},
		{From: "document:docs/a.md", Rel: graph.Mentions, To: "region:广东省", Evidence: []graph.Evidence{ev(9)}},
	}
	return r
}

func TestRecordSort(t *testing.T) {
	r := sampleRecord()
	r.Sort()
	var ids []graph.ID
	for _, n := range r.Nodes {
		ids = append(ids, n.ID)
	}
	if want := []graph.ID{"document:docs/a.md", "region:广东省", "region:深圳市"}; !reflect.DeepEqual(want, ids) {
		t.Errorf("node order:\nwant %q\n got %q", want, ids)
	}
	var keys []string
	for _, e := range r.Edges {
		keys = append(keys, string(e.From)+" "+string(e.Rel)+" "+string(e.To))
	}
	want := []string{
		"document:docs/a.md mentions region:广东省",
		"document:docs/a.md mentions region:深圳市",
		"region:深圳市 part_of region:广东省",
	}
	if !reflect.DeepEqual(want, keys) {
		t.Errorf("edge order:\nwant %q\n got %q", want, keys)
	}
	wantEv := []graph.Evidence{{Doc: "docs/a.md", Start: 0, End: 9, Rule: "region"}, {Doc: "docs/a.md", Start: 30, End: 39, Rule: "region"}}
	if got := r.Nodes[2].Evidence; !reflect.DeepEqual(wantEv, got) {
		t.Errorf("node evidence:\nwant %v\n got %v", wantEv, got)
	}
	if got := r.Edges[1].Evidence; !reflect.DeepEqual(wantEv, got) {
		t.Errorf("edge evidence:\nwant %v\n got %v", wantEv, got)
	}
	if want := []string{"深圳市", "广东省"}; !reflect.DeepEqual(want, r.Regions) {
		t.Errorf("Sort reordered the name list: %q, want %q", r.Regions, want)
	}

	// Equal records marshal to equal bytes once sorted.
	r2 := sampleRecord()
	r2.Nodes[0], r2.Nodes[2] = r2.Nodes[2], r2.Nodes[0]
	r2.Sort()
	b1, _ := json.Marshal(r)
	b2, _ := json.Marshal(r2)
	if string(b1) != string(b2) {
		t.Errorf("sorted records marshal differently:\n%s\n%s", b1, b2)
	}
}

func TestRecordSlim(t *testing.T) {
	r := sampleRecord()
	s := r.Slim()
	if s.Meta != nil || s.Nodes != nil || s.Edges != nil {
		t.Errorf("Slim kept meta, nodes or edges: %+v", s)
	}
	if r.Meta == nil || len(r.Nodes) != 3 || len(r.Edges) != 3 {
		t.Errorf("Slim changed the original record")
	}
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"doc":"a.md","regions":["深圳市","广东省"],"agencies":[],"plans":[],"amounts":[],"targets":[],` +
		`"optional":{"regions":[],"agencies":[],"plans":[],"amounts":[],"targets":[]}}`
	if got := string(b); got != want {
		t.Errorf("Marshal(Slim):\n got %s\nwant %s", got, want)
	}
}

func TestRecordEmpty(t *testing.T) {
	r := graph.NewRecord("a.md")
	r.Ambiguous = []graph.Ambiguity{{Kind: graph.Region, Text: "朝阳区", Candidates: []string{"朝阳区(110105)", "朝阳区(220104)"}}}
	if !r.Empty() {
		t.Errorf("a record with only ambiguous mentions is not Empty")
	}
	r.Amounts = append(r.Amounts, graph.AmountItem{Text: "5亿元", Value: 5e8, Currency: "CNY"})
	if r.Empty() {
		t.Errorf("a record with an amount is Empty")
	}
}
