package store_test

import (
	"context"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/extract/ingest"
	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/internal/testtools"
	"github.com/policygraph/policygraph/rules"
	"github.com/policygraph/policygraph/store"
)

var (
	corpusOnce sync.Once
	corpusRecs []*graph.Record
	corpusText int64
	corpusErr  error
)

// corpusRecords extracts, once, the records of every Nth document of the
// shared corpus beside the repository (../../shared/corpus, or
// $POLICYGRAPH_BENCH_CORPUS; raw/ left out as the README's `--exclude
// raw`; N is $POLICYGRAPH_BENCH_EVERY, default 2), in walk order as
// extract puts them. It skips when the corpus is absent.
func corpusRecords(b *testing.B) []*graph.Record {
	b.Helper()
	dir := testtools.BenchCorpus(b, "../../shared/corpus")
	every := testtools.BenchEvery(b, 2)
	corpusOnce.Do(func() {
		set, err := rules.Default()
		if err != nil {
			corpusErr = err
			return
		}
		x, err := extract.Compile(set)
		if err != nil {
			corpusErr = err
			return
		}
		i := 0
		corpusErr = ingest.WalkWith([]string{dir}, ingest.WalkOptions{Exclude: []string{"raw"}}, func(path string, err error) error {
			if err != nil {
				return nil
			}
			docs, _ := ingest.ReadFile(path, x.IngestOptions())
			for _, d := range docs {
				if i++; i%every != 0 {
					continue
				}
				res, err := x.Extract(context.Background(), d)
				if err != nil || store.CheckRecord(res.Record) != nil {
					continue
				}
				corpusRecs = append(corpusRecs, res.Record)
				corpusText += int64(len(res.Record.Text))
			}
			return nil
		})
	})
	if corpusErr != nil {
		b.Fatal(corpusErr)
	}
	if len(corpusRecs) == 0 {
		b.Skipf("no documents under %s", dir)
	}
	return corpusRecs
}

// BenchmarkPutCorpus is the store's writer alone over the records of the
// corpus sample, into a new database in batches of 500 (a cold extract
// commits every 250 ms, some hundreds of documents); MB/s is of article
// text. It is the writer goroutine's share of a cold extract without the
// extractor running beside it.
func BenchmarkPutCorpus(b *testing.B) {
	recs := corpusRecords(b)
	b.SetBytes(corpusText)
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		putInBatches(b, recs, 500)
	}
	// The process's CPU time, GC included, is steadier than wall time on
	// a shared machine (it includes opening and closing the databases).
	b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
}

// cpuTime returns the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
