package testtools

import "testing"

func TestBenchEnv(t *testing.T) {
	for _, tc := range []struct {
		env  string
		want int
	}{{"", 8}, {"3", 3}, {"1", 1}} {
		t.Setenv("POLICYGRAPH_BENCH_EVERY", tc.env)
		if got := BenchEvery(t, 8); got != tc.want {
			t.Errorf("POLICYGRAPH_BENCH_EVERY=%q: BenchEvery = %d, want %d", tc.env, got, tc.want)
		}
	}
	dir := t.TempDir()
	t.Setenv("POLICYGRAPH_BENCH_CORPUS", dir)
	if got := BenchCorpus(t, "elsewhere"); got != dir {
		t.Errorf("BenchCorpus = %q, want the environment's %q", got, dir)
	}
	t.Setenv("POLICYGRAPH_BENCH_CORPUS", "")
	if got := BenchCorpus(t, dir); got != dir {
		t.Errorf("BenchCorpus = %q, want the default %q", got, dir)
	}
}
