package store_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/store"
)

// Summary counts from the keys what the loaded graph says.
func TestSummaryMatchesGraph(t *testing.T) {
	db := mustOpen(t)
	a, b, _ := fixture()
	put(t, db, a, b)
	kg := loadGraph(t, db)
	want := &store.Summary{Kinds: map[graph.Kind]int{}, Rels: map[graph.Rel]int{}, Mentioned: map[graph.Kind][]store.Mentioned{}}
	want.Nodes, want.Edges = kg.Len()
	for _, n := range kg.Nodes() {
		want.Kinds[n.Kind]++
		if c := len(kg.InRel(n.ID, graph.Mentions)); c > 0 && (n.Kind == graph.Region || n.Kind == graph.Agency) {
			want.Mentioned[n.Kind] = append(want.Mentioned[n.Kind], store.Mentioned{Name: n.Name, Documents: c})
		}
	}
	for _, e := range kg.Edges() {
		want.Rels[e.Rel]++
	}
	got, err := db.Summary(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// The fixture's mentioned nodes are few: order them as Summary does.
	for _, m := range want.Mentioned {
		for i := 1; i < len(m); i++ {
			for j := i; j > 0 && (m[j].Documents > m[j-1].Documents || m[j].Documents == m[j-1].Documents && m[j].Name < m[j-1].Name); j-- {
				m[j], m[j-1] = m[j-1], m[j]
			}
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Summary:\n got %+v\nwant %+v", got, want)
	}
	if len(got.Mentioned[graph.Region]) == 0 {
		t.Error("the fixture mentions no region: the test proves little")
	}
}
