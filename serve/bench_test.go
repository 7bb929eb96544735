package serve

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/store"
)

// corpus is the shared corpus the page benchmark builds its database from.
var corpus = filepath.Join("..", "..", "shared", "corpus")

var (
	corpusOnce sync.Once
	corpusDir  string
)

// corpusDB extracts the whole shared corpus once per test binary, or
// skips when it is absent. POLICYGRAPH_BENCH_DB names a database made
// already (policygraph extract ../shared/corpus) to use instead.
func corpusDB(b *testing.B) string {
	b.Helper()
	if p := os.Getenv("POLICYGRAPH_BENCH_DB"); p != "" {
		return p
	}
	if _, err := os.Stat(corpus); err != nil {
		b.Skipf("no corpus at %s: %v", corpus, err)
	}
	corpusOnce.Do(func() {
		dir, err := os.MkdirTemp("", "policygraph-serve-bench")
		if err != nil {
			b.Fatal(err)
		}
		corpusDir = dir
		extractInto(b, filepath.Join(dir, "kg.db"), corpus)
	})
	return filepath.Join(corpusDir, "kg.db")
}

// BenchmarkPages times each page and API call on the whole-corpus
// database, through the whole handler: opening the file read-only,
// querying and rendering. The issue asks for < 200 ms a page. Besides the
// wall time it reports the CPU time a page cost (cpu-ms/op), which a busy
// machine does not inflate.
func BenchmarkPages(b *testing.B) {
	p := corpusDB(b)
	// The busiest entities make the slowest pages.
	db, err := store.Open(p, store.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	var region, agency, doc string
	err = db.View(func(r graph.Reader) error {
		s := graph.Stats(r, 1)
		region, agency = s.TopRegions[0].Name, s.TopAgencies[0].Name
		most := 0
		for _, d := range r.Prefix(graph.Document, "") {
			if n := len(r.EdgesOut(d.ID, graph.Mentions)); n > most {
				most, doc = n, d.ID.Key()
			}
		}
		return nil
	})
	db.Close()
	if err != nil {
		b.Fatal(err)
	}
	s, err := New(Options{DB: p})
	if err != nil {
		b.Fatal(err)
	}
	cold, err := New(Options{DB: p})
	if err != nil {
		b.Fatal(err)
	}
	cold.cache.off = true
	q := url.QueryEscape
	for _, bc := range []struct{ name, path string }{
		{"search", "/?q=" + q(region[:len(region)-3])},
		{"search-agency", "/?q=" + q("发展和改革")},
		{"targets", "/targets"},
		{"targets-region-year", "/targets?region=" + q(region) + "&year=2025"},
		{"targets-sorted-last-page", "/targets?sort=value&desc=1&page=3"},
		{"targets-csv", "/targets.csv"},
		{"entity-region", "/entity?id=" + q("region:"+region)},
		{"entity-agency", "/entity?id=" + q("agency:"+agency)},
		{"document", "/doc?src=" + q(doc)},
		{"graph", "/graph?id=" + q("region:"+region)},
		{"api-neighbourhood", "/api/neighbourhood?id=" + q("region:"+region)},
		{"indicators", "/indicators"},
		{"compare", "/compare?indicator=" + q("GDP增长") + "&level=province"},
		{"progress-all", "/progress"},
		{"progress-region", "/progress?region=" + q(region)},
		{"series", "/series?region=" + q(region) + "&indicator=" + q("GDP增长")},
	} {
		run := func(name string, s *Server) {
			b.Run(name, func(b *testing.B) {
				req := httptest.NewRequest("GET", bc.path, nil)
				cpu := cpuTime()
				for b.Loop() {
					w := httptest.NewRecorder()
					s.ServeHTTP(w, req)
					if w.Code != http.StatusOK {
						b.Fatalf("%s: %d %s", bc.path, w.Code, w.Body.String())
					}
				}
				// On a shared machine the wall time per page counts other
				// processes' turns; the CPU time it cost does not.
				if used := cpuTime() - cpu; used > 0 {
					b.ReportMetric(float64(used.Milliseconds())/float64(b.N), "cpu-ms/op")
				}
			})
		}
		run(bc.name, s)
		if strings.HasPrefix(bc.name, "targets") {
			// The first request after an extract lists every target.
			run(bc.name+"-uncached", cold)
		}
	}
}
