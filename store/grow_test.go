package store_test

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/store"
	bolt "go.etcd.io/bbolt"
)

// A database past bbolt's 16 MiB growth step carries about 1 MiB of file
// it has not written (bbolt's own step left a cold extract of the shared
// corpus 6 MB larger).
func TestFileGrowsInSmallSteps(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	p := filepath.Join(t.TempDir(), "kg.db")
	db, err := store.Open(p, store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 12000; i += 300 {
		recs := make([]*graph.Record, 0, 300)
		for j := i; j < i+300; j++ {
			recs = append(recs, tinyRecord(j, rng))
		}
		if _, err := db.Put(context.Background(), recs...); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	bdb, err := bolt.Open(p, 0o644, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	var pages int64
	_ = bdb.View(func(tx *bolt.Tx) error { pages = tx.Size(); return nil })
	if pages <= 16<<20 {
		t.Fatalf("only %d bytes of pages: the test needs more than bbolt's 16 MiB step", pages)
	}
	// One step past the pages, and a page of rounding.
	if slack := fi.Size() - pages; slack > 1<<20+int64(os.Getpagesize()) {
		t.Errorf("file %d bytes for %d of pages: %d bytes never written, want at most 1 MiB and a page", fi.Size(), pages, slack)
	}
}
