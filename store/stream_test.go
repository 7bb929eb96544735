package store_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/store"
)

// Stream gives what Graph gives, node by node: the streamed JSON is the
// loaded graph's, byte for byte, after puts, replacements and deletions.
func TestStreamMatchesGraph(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name   string
		update func(db *store.DB, a, b, b2 *graph.Record) error
	}{
		{"empty", func(db *store.DB, a, b, b2 *graph.Record) error { return nil }},
		{"a and b", func(db *store.DB, a, b, b2 *graph.Record) error { _, err := db.Put(ctx, a, b); return err }},
		{"b replaced", func(db *store.DB, a, b, b2 *graph.Record) error {
			_, err := db.Put(ctx, a, b)
			if err == nil {
				_, err = db.Put(ctx, b2)
			}
			return err
		}},
		{"a deleted", func(db *store.DB, a, b, b2 *graph.Record) error {
			_, err := db.Put(ctx, a, b)
			return errors.Join(err, db.Delete(ctx, srcA))
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			db := mustOpen(t)
			a, b, b2 := fixture()
			if err := tc.update(db, a, b, b2); err != nil {
				t.Fatal(err)
			}
			want := graphJSON(t, loadGraph(t, db))
			if got := streamJSON(t, db); got != want {
				t.Errorf("Stream differs from Graph:\nwant %s\n got %s", want, got)
			}
		})
	}
}

// An error of the callback ends the stream with it.
func TestStreamStops(t *testing.T) {
	db := mustOpen(t)
	a, b, _ := fixture()
	put(t, db, a, b)
	stop := fmt.Errorf("enough")
	n := 0
	err := db.Stream(context.Background(), func(*graph.Node) error {
		if n++; n == 2 {
			return stop
		}
		return nil
	}, func(*graph.Edge) error { return nil })
	if !errors.Is(err, stop) || n != 2 {
		t.Errorf("Stream = %v after %d nodes, want %v after 2", err, n, stop)
	}
}

// streamJSON is the JSON export that Stream makes of db.
func streamJSON(t *testing.T, db *store.DB) string {
	t.Helper()
	var b bytes.Buffer
	s := graph.NewJSONStream(&b)
	if err := db.Stream(context.Background(), s.Node, s.Edge); err != nil {
		t.Fatalf("Stream: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
