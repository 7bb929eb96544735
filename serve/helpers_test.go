package serve

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/extract/batch"
	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/rules"
	"github.com/policygraph/policygraph/store"
)

// samples is the directory of sample documents the tests extract.
var samples = filepath.Join("..", "testdata", "samples")

// evilName is an entity name a hostile document could give: it must show
// as text on every page.
const evilName = `<script>alert("pg")</script>"市`

const evilSource = "evil/<img src=x onerror=alert(1)>.md"

var (
	extractorOnce sync.Once
	extractor     *extract.Extractor
	extractorErr  error
)

// compiled returns the built-in rules, compiled once per test binary.
func compiled(t testing.TB) *extract.Extractor {
	t.Helper()
	extractorOnce.Do(func() {
		set, err := rules.LoadWithDefaults()
		if err != nil {
			extractorErr = err
			return
		}
		extractor, extractorErr = extract.Compile(set)
	})
	if extractorErr != nil {
		t.Fatal(extractorErr)
	}
	return extractor
}

// extractInto extracts paths into the database at dbPath the way
// `policygraph extract` does: open for writing (waiting at most the
// store's default second for the lock), run the batch, close.
func extractInto(t testing.TB, dbPath string, paths ...string) *batch.Summary {
	t.Helper()
	x := compiled(t)
	db, err := store.Open(dbPath, store.Options{})
	if err != nil {
		t.Fatalf("extract: %v", err)
	}
	defer db.Close()
	sum, err := batch.Run(context.Background(), x, paths, db, batch.Options{Ingest: x.IngestOptions(), Jobs: 2})
	if err != nil {
		t.Fatalf("extract %v: %v", paths, err)
	}
	return sum
}

// putEvil stores a document whose region has a hostile name.
func putEvil(t testing.TB, dbPath string) {
	t.Helper()
	text := "标题\n" + evilName + "发布了规划。"
	start := strings.Index(text, evilName)
	ev := []graph.Evidence{{Doc: evilSource, Start: start, End: start + len(evilName), Rule: `rule"><b>x</b>`}}
	docID := graph.NewID(graph.Document, evilSource)
	regID := graph.NewID(graph.Region, evilName)
	rec := graph.NewRecord(evilSource)
	rec.Meta = &graph.DocMeta{Source: evilSource, Path: evilSource, Title: `<i>title</i>`, Hash: "x", Rules: "x", Bytes: len(text)}
	rec.Regions = []string{evilName}
	rec.Nodes = []graph.Node{
		{ID: docID, Kind: graph.Document, Name: evilSource, Attrs: map[string]string{"title": `<i>title</i>`, "path": evilSource}},
		{ID: regID, Kind: graph.Region, Name: evilName, Attrs: map[string]string{"level": "city", "parent": `</td><script>alert(2)</script>`}, Evidence: ev},
	}
	rec.Edges = []graph.Edge{{From: docID, Rel: graph.Mentions, To: regID, Evidence: ev}}
	rec.Text = text
	db, err := store.Open(dbPath, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Put(context.Background(), rec); err != nil {
		t.Fatal(err)
	}
}

var (
	fixtureOnce sync.Once
	fixtureDir  string
	fixtureErr  error
)

// fixtureDB returns a database of the samples plus the hostile document,
// built once per test binary. Tests must not write to it.
func fixtureDB(t testing.TB) string {
	t.Helper()
	fixtureOnce.Do(func() {
		fixtureDir, fixtureErr = os.MkdirTemp("", "policygraph-serve-test")
		if fixtureErr != nil {
			return
		}
		p := filepath.Join(fixtureDir, "kg.db")
		extractInto(t, p, samples)
		putEvil(t, p)
	})
	if fixtureErr != nil {
		t.Fatal(fixtureErr)
	}
	return filepath.Join(fixtureDir, "kg.db")
}

func TestMain(m *testing.M) {
	code := m.Run()
	for _, dir := range []string{fixtureDir, corpusDir} {
		if dir != "" {
			os.RemoveAll(dir)
		}
	}
	os.Exit(code)
}

// newTestServer serves the database at dbPath on a loopback port.
func newTestServer(t testing.TB, dbPath string) *httptest.Server {
	t.Helper()
	x := compiled(t)
	s, err := New(Options{DB: dbPath, Ingest: x.IngestOptions()})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return ts
}

// get fetches path and returns the status and body.
func get(t testing.TB, ts *httptest.Server, path string) (int, string) {
	t.Helper()
	resp, err := http.Get(ts.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}
