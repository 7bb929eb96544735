package testtools

import (
	"os"
	"strconv"
	"testing"
)

// BenchCorpus returns the shared corpus that benchmarks read:
// $POLICYGRAPH_BENCH_CORPUS, else def (the corpus beside the repository,
// relative to the test's package). It skips tb when the folder is absent.
func BenchCorpus(tb testing.TB, def string) string {
	tb.Helper()
	dir := os.Getenv("POLICYGRAPH_BENCH_CORPUS")
	if dir == "" {
		dir = def
	}
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("no corpus: %v", err)
	}
	return dir
}

// BenchEvery returns how many documents a corpus sample steps over:
// $POLICYGRAPH_BENCH_EVERY, else def; a value that is no positive
// integer fails tb.
func BenchEvery(tb testing.TB, def int) int {
	tb.Helper()
	s := os.Getenv("POLICYGRAPH_BENCH_EVERY")
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		tb.Fatalf("POLICYGRAPH_BENCH_EVERY=%q: want a positive integer", s)
	}
	return n
}
