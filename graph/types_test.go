package graph_test

import (
	"encoding/json"
	"math"
	"reflect"
	"testing"

	"github.com/policygraph/policygraph/graph"
)

func TestParseKind(t *testing.T) {
	tests := []struct {
		in      string
		want    graph.Kind
		wantErr string
	}{
		{"region", graph.Region, ""},
		{"regions", graph.Region, ""},
		{" Regions ", graph.Region, ""},
		{"AGENCY", graph.Agency, ""},
		{"agencies", graph.Agency, ""},
		{"plan", graph.Plan, ""},
		{"plans", graph.Plan, ""},
		{"amounts", graph.Amount, ""},
		{"target", graph.Target, ""},
		{"documents", graph.Document, ""},
		{"regoin", "", `unknown kind "regoin" (want one of document, region, agency, plan, amount, target, indicator, observation)`},
		// The message quotes what was asked for, not what is left after
		// removing a plural s.
		{"bus", "", `unknown kind "bus" (want one of document, region, agency, plan, amount, target, indicator, observation)`},
		{"", "", `unknown kind "" (want one of document, region, agency, plan, amount, target, indicator, observation)`},
	}
	for _, tc := range tests {
		got, err := graph.ParseKind(tc.in)
		if tc.wantErr != "" {
			if err == nil || err.Error() != tc.wantErr {
				t.Errorf("ParseKind(%q): err %v, want %q", tc.in, err, tc.wantErr)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("ParseKind(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}

func TestID(t *testing.T) {
	tests := []struct {
		kind     graph.Kind
		key      string
		want     graph.ID
		wantKind graph.Kind
		wantKey  string
	}{
		{graph.Region, "深圳市", "region:深圳市", graph.Region, "深圳市"},
		{graph.Region, "朝阳区#110105", "region:朝阳区#110105", graph.Region, "朝阳区#110105"},
		// Keys may hold colons; only the first one separates.
		{graph.Target, "plan:十四五规划|GDP|5|2025", "target:plan:十四五规划|GDP|5|2025", graph.Target, "plan:十四五规划|GDP|5|2025"},
		// NUL is the store's separator and cannot be part of an ID.
		{graph.Agency, "a\x00b\x00", "agency:ab", graph.Agency, "ab"},
		{graph.Document, "", "document:", graph.Document, ""},
	}
	for _, tc := range tests {
		id := graph.NewID(tc.kind, tc.key)
		if id != tc.want {
			t.Errorf("NewID(%q, %q) = %q, want %q", tc.kind, tc.key, id, tc.want)
		}
		if got := id.Kind(); got != tc.wantKind {
			t.Errorf("%q.Kind() = %q, want %q", id, got, tc.wantKind)
		}
		if got := id.Key(); got != tc.wantKey {
			t.Errorf("%q.Key() = %q, want %q", id, got, tc.wantKey)
		}
	}
	if k, key := graph.ID("nocolon").Kind(), graph.ID("nocolon").Key(); k != "nocolon" || key != "" {
		t.Errorf(`ID("nocolon"): Kind %q, Key %q; want "nocolon", ""`, k, key)
	}
}

func TestFormatFloat(t *testing.T) {
	tests := []struct {
		v    float64
		want string
	}{
		{0, "0"},
		{3, "3"},
		{-3, "-3"},
		{0.1, "0.1"},
		{2.5, "2.5"},
		{4e12, "4000000000000"},
		{1.5e12, "1500000000000"},
		{1e21, "1000000000000000000000"},
		{2.5e-7, "0.00000025"},
		{1.0 / 3, "0.3333333333333333"},
	}
	for _, tc := range tests {
		got := graph.FormatFloat(tc.v)
		if got != tc.want {
			t.Errorf("FormatFloat(%v) = %q, want %q", tc.v, got, tc.want)
		}
		back, ok := graph.ParseFloat(got)
		if !ok || back != tc.v {
			t.Errorf("ParseFloat(%q) = %v, %v; want %v, true", got, back, ok, tc.v)
		}
	}
}

func TestParseFloat(t *testing.T) {
	tests := []struct {
		in     string
		want   float64
		wantOK bool
	}{
		{"", 0, false},
		{"abc", 0, false},
		{"1.5万", 0, false},
		{"42", 42, true},
		{"-0.5", -0.5, true},
		{"1e3", 1000, true},
	}
	for _, tc := range tests {
		got, ok := graph.ParseFloat(tc.in)
		if got != tc.want || ok != tc.wantOK {
			t.Errorf("ParseFloat(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.wantOK)
		}
	}
	if v, ok := graph.ParseFloat("NaN"); !ok || !math.IsNaN(v) {
		t.Errorf(`ParseFloat("NaN") = %v, %v; want NaN, true`, v, ok)
	}
}

func TestSortEvidence(t *testing.T) {
	e := func(doc string, start, end int, rule, sentence string) graph.Evidence {
		_ = sentence
		return graph.Evidence{Doc: doc, Start: start, End: end, Rule: rule}
	}
	in := []graph.Evidence{
		e("b.md", 0, 9, "r", ""),
		e("a.md", 30, 40, "r", ""),
		e("a.md", 10, 20, "r2", ""),
		e("a.md", 10, 20, "r1", ""),
		e("a.md", 10, 15, "r1", ""),
		e("b.md", 0, 9, "r", ""), // duplicate
		e("a.md", 30, 40, "r", ""),
	}
	want := []graph.Evidence{
		e("a.md", 10, 15, "r1", ""),
		e("a.md", 10, 20, "r1", ""),
		e("a.md", 10, 20, "r2", ""),
		e("a.md", 30, 40, "r", ""),
		e("b.md", 0, 9, "r", ""),
	}
	got := graph.SortEvidence(in)
	if !reflect.DeepEqual(want, got) {
		t.Errorf("SortEvidence:\nwant %v\n got %v", want, got)
	}
	if got := graph.SortEvidence(nil); len(got) != 0 {
		t.Errorf("SortEvidence(nil) = %v, want empty", got)
	}
	// The sentence is for reading; it does not make evidence distinct.
	same := []graph.Evidence{e("a.md", 0, 9, "r", "深圳市。"), e("a.md", 0, 9, "r", "深圳市。")}
	if got := graph.SortEvidence(same); len(got) != 1 {
		t.Errorf("SortEvidence of two equal spans = %v, want one", got)
	}
}

func TestEdgeKeyLess(t *testing.T) {
	a := &graph.Edge{From: "region:深圳市", Rel: graph.MemberOf, To: "region:粤港澳大湾区"}
	b := &graph.Edge{From: "region:深圳市", Rel: graph.PartOf, To: "region:广东省"}
	c := &graph.Edge{From: "region:深圳市", Rel: graph.PartOf, To: "region:珠三角"}
	if got, want := b.Key(), "region:深圳市\x00part_of\x00region:广东省"; got != want {
		t.Errorf("Key() = %q, want %q", got, want)
	}
	if !a.Less(b) || !b.Less(c) || c.Less(a) || b.Less(b) {
		t.Errorf("Less does not order edges by from, rel, to")
	}
}

func TestSetAttr(t *testing.T) {
	var n graph.Node
	if got := n.Attr("level"); got != "" {
		t.Errorf("Attr of a node without attributes = %q", got)
	}
	n.SetAttr("level", "") // no map needed to delete
	if n.Attrs != nil {
		t.Errorf("SetAttr with an empty value made %v", n.Attrs)
	}
	n.SetAttr("level", "city")
	n.SetAttr("code", "440300")
	n.SetAttr("code", "")
	if want := map[string]string{"level": "city"}; !reflect.DeepEqual(want, n.Attrs) {
		t.Errorf("Attrs = %v, want %v", n.Attrs, want)
	}
	// Attributes that are empty are left out of JSON.
	b, err := json.Marshal(graph.Node{ID: "region:x", Kind: graph.Region, Name: "x"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"id":"region:x","kind":"region","name":"x"}`; got != want {
		t.Errorf("Marshal:\n got %s\nwant %s", got, want)
	}
}
