package serve

import (
	"context"
	"fmt"
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
		reports := filepath.Join(fixtureDir, "reports")
		if fixtureErr = writeReports(reports); fixtureErr != nil {
			return
		}
		extractInto(t, p, samples, reports)
		putEvil(t, p)
	})
	if fixtureErr != nil {
		t.Fatal(fixtureErr)
	}
	return filepath.Join(fixtureDir, "kg.db")
}

// reportFacts are the invented figures of the fixture's work reports: a
// province's GDP growth achieved in 2023 and 2024 and its growth target,
// the same for 2024 and 2025.
var reportFacts = []struct {
	province         string
	grew2023, grew24 string
	target           string
}{
	{"江苏省", "5.8", "5.3", "5"},
	{"浙江省", "6.0", "5.5", "5.5"},
	{"广东省", "4.8", "4.1", "5"},
	{"四川省", "6.0", "5.7", "5.5"},
	{"河南省", "4.1", "5.1", "5.5"},
}

// writeReports writes short work reports of five provinces for 2024 and
// 2025 (text made up for the tests, in the shape of the real ones): each
// reviews the year before and sets the year's goals, so the indicator
// pages have targets and observations to set side by side.
func writeReports(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, f := range reportFacts {
		for i, year := range []int{2024, 2025} {
			grew := f.grew2023
			if i == 1 {
				grew = f.grew24
			}
			text := fmt.Sprintf("# %[1]s政府工作报告\n\n——%[2]d年1月20日在%[1]s第十四届人民代表大会第%[3]d次会议上\n\n"+
				"一、%[4]d年工作回顾\n\n过去一年，全省地区生产总值增长%[5]s%%，城镇新增就业8%[3]d万人。\n\n"+
				"二、%[2]d年工作安排\n\n今年全省经济社会发展的主要预期目标是：地区生产总值增长%[6]s%%左右，城镇新增就业80万人以上，城镇调查失业率5.5%%左右。\n",
				f.province, year, year-2022, year-1, grew, f.target)
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%s-%d.md", f.province, year)), []byte(text), 0o644); err != nil {
				return err
			}
		}
	}
	return nil
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
