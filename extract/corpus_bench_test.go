package extract

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/policygraph/policygraph/extract/ingest"
	"github.com/policygraph/policygraph/extract/textnorm"
	"github.com/policygraph/policygraph/internal/testtools"
	"github.com/policygraph/policygraph/rules"
)

// The corpus benchmarks read a sample of the shared corpus beside the
// repository (../shared/corpus, or $POLICYGRAPH_BENCH_CORPUS), leaving out
// raw/ as the README's `--exclude raw` does: every Nth document
// ($POLICYGRAPH_BENCH_EVERY, default 8) in walk order, so that every
// folder and format is represented. They skip when the corpus is absent.
// scripts/profile.sh runs them with -cpuprofile.

var (
	corpusOnce  sync.Once
	corpusDocs  []*ingest.Document
	corpusFiles []string
	corpusBytes int64
)

func corpusSample(b *testing.B) ([]*ingest.Document, []string) {
	b.Helper()
	dir := testtools.BenchCorpus(b, "../../shared/corpus")
	every := testtools.BenchEvery(b, 8)
	x := shipped(b)
	corpusOnce.Do(func() {
		i := 0
		_ = ingest.WalkWith([]string{dir}, ingest.WalkOptions{Exclude: []string{"raw"}}, func(path string, err error) error {
			if err != nil {
				return nil
			}
			if i%every == 0 {
				corpusFiles = append(corpusFiles, path)
			}
			docs, _ := ingest.ReadFile(path, x.IngestOptions())
			for _, d := range docs {
				if i%every == 0 {
					corpusDocs = append(corpusDocs, d)
					corpusBytes += int64(len(d.Text))
				}
				i++
			}
			return nil
		})
	})
	if len(corpusDocs) == 0 {
		b.Skipf("no documents under %s", dir)
	}
	return corpusDocs, corpusFiles
}

// BenchmarkExtractCorpus is the extractor alone (no reading, no store)
// over the corpus sample; MB/s is of article text.
func BenchmarkExtractCorpus(b *testing.B) {
	x := shipped(b)
	docs, _ := corpusSample(b)
	b.SetBytes(corpusBytes)
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		for _, d := range docs {
			if _, err := x.Extract(context.Background(), d); err != nil {
				b.Fatalf("%s: %v", d.Source, err)
			}
		}
	}
	reportCPU(b, cpu, corpusBytes)
}

// cpuTime returns the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds MB of text per CPU second since since: on a machine
// shared with other work the wall-clock MB/s moves with the load, the CPU
// time the benchmark itself used much less. With -cpu 1 it is the speed
// per core (the garbage collector's share included).
func reportCPU(b *testing.B, since time.Duration, bytes int64) {
	used := cpuTime() - since
	if used <= 0 || b.N == 0 {
		return
	}
	b.ReportMetric(float64(bytes)*float64(b.N)/1e6/used.Seconds(), "MB/cpu-s")
}

// BenchmarkIngestCorpus reads every file of the sample (one in N files of
// the walk) into documents: decoding, format detection, boilerplate rules.
// MB/s is of the files' bytes.
func BenchmarkIngestCorpus(b *testing.B) {
	x := shipped(b)
	_, files := corpusSample(b)
	var size int64
	for _, f := range files {
		if st, err := os.Stat(f); err == nil {
			size += st.Size()
		}
	}
	b.SetBytes(size)
	b.ReportAllocs()
	opt := x.IngestOptions()
	for b.Loop() {
		for _, f := range files {
			ingest.ReadFile(f, opt)
		}
	}
}

// BenchmarkTrieScan is the lexicon trie's pass alone over the normalised
// text of the corpus sample: the scan every document starts with.
func BenchmarkTrieScan(b *testing.B) {
	x := shipped(b)
	docs, _ := corpusSample(b)
	x.scanner.Do(x.buildScanner)
	texts := make([][]rune, len(docs))
	for i, d := range docs {
		texts[i] = textnorm.Normalize(d.Text, textnorm.Options{}).Runes
	}
	b.SetBytes(corpusBytes)
	b.ResetTimer()
	hits := 0
	for b.Loop() {
		for _, t := range texts {
			x.trie.scan(t, func(hit) { hits++ })
		}
	}
	if hits == 0 {
		b.Fatal("no hits")
	}
}

// BenchmarkRuleProfile runs the extractor over the corpus sample, as
// BenchmarkExtractCorpus does, timing each pattern rule's expression
// (windows, prefilters and regexp2 together), and logs the rules by time
// spent: for whoever writes or tunes rules. Where the system tells a
// thread's CPU time (Linux), the times are that: the benchmark keeps to
// one thread, and other processes' load does not count; elsewhere they
// are wall time, best taken on a quiet machine:
//
//	go test ./extract -run '^$' -bench RuleProfile -benchtime 3x -cpu 1 -v
func BenchmarkRuleProfile(b *testing.B) {
	x := shipped(b)
	docs, _ := corpusSample(b)
	x.scanner.Do(x.buildScanner)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	clock := threadCPU
	if clock() == 0 {
		start := time.Now()
		clock = func() time.Duration { return time.Since(start) }
	}
	// The extractor is the package's shared one; tests do not run beside
	// benchmarks, and the profile is taken off again at the end.
	x.matcher.prof = newRuleProfile(x.matcher.rules, clock)
	defer func() { x.matcher.prof = nil }()
	b.SetBytes(corpusBytes)
	for b.Loop() {
		for _, d := range docs {
			if _, err := x.Extract(context.Background(), d); err != nil {
				b.Fatalf("%s: %v", d.Source, err)
			}
		}
	}
	b.Log("\n" + profileTable(x.matcher.prof, x.matcher.rules, b.N))
}

// profileTable lists the rules of a profile by time, most first, per
// pass over the sample: milliseconds, share of all rules' time, texts the
// rule ran on, calls of regexp2 (a window or numeral tried, or a next
// match looked for), matches.
func profileTable(p *ruleProfile, rs []*rules.Rule, n int) string {
	idx := make([]int, len(rs))
	var total int64
	for i := range idx {
		idx[i] = i
		total += p.ns[i].Load()
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(p.ns[b].Load(), p.ns[a].Load()) })
	var sb strings.Builder
	fmt.Fprintf(&sb, "%-32s %9s %6s %7s %8s %8s\n", "rule", "ms/pass", "share", "texts", "tries", "matches")
	for _, i := range idx {
		ns := p.ns[i].Load()
		if ns == 0 {
			continue
		}
		fmt.Fprintf(&sb, "%-32s %9.2f %5.1f%% %7d %8d %8d\n", rs[i].ID, float64(ns)/1e6/float64(n), 100*float64(ns)/float64(max(total, 1)), p.texts[i].Load()/int64(n), p.tries[i].Load()/int64(n), p.matches[i].Load()/int64(n))
	}
	fmt.Fprintf(&sb, "%-32s %9.2f\n", "all rules", float64(total)/1e6/float64(n))
	return sb.String()
}
