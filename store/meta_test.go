package store_test

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
)

// Document metadata a user's records may carry reads back as put (before
// schema 5 it was JSON, and any of these was stored and read back).
func TestMetaRoundTripsThroughPut(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		set  func(m *graph.DocMeta)
	}{
		{"bytes over 2^31", func(m *graph.DocMeta) { m.Bytes = 1 << 31 }},
		{"negative bytes", func(m *graph.DocMeta) { m.Bytes = -1 }},
		{"jurisdiction of 40 KB", func(m *graph.DocMeta) { m.Jurisdiction = strings.Repeat("省", 40000/3) }},
		{"date source of 40 KB", func(m *graph.DocMeta) { m.DateSource = "meta:" + strings.Repeat("x", 40000) }},
		{"path with # and |", func(m *graph.DocMeta) { m.Path = "docs/a#b.md" }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := mustOpen(t)
			r := record("docs/a#b.md#n1", "hash")
			tc.set(r.Meta)
			want := *r.Meta
			if _, err := db.Put(ctx, r); err != nil {
				t.Fatalf("Put: %v", err)
			}
			var got *graph.DocMeta
			if err := db.Records(ctx, false, func(r *graph.Record) error { got = r.Meta; return nil }); err != nil {
				t.Fatalf("Records: %v", err)
			}
			if !reflect.DeepEqual(*got, want) {
				t.Errorf("meta\n got %+v\nwant %+v", *got, want)
			}
		})
	}
}
