package extract

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortRuns checks sortRuns against slices.SortStableFunc on lists of
// sorted runs, some of them not sorted, with many equal starts (the
// rule of each match tells equal starts apart, and must keep its order).
func TestSortRuns(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var buf []match
	for n := 0; n < 2000; n++ {
		var ms []match
		var ends []int
		for r := range rng.IntN(7) {
			size := rng.IntN(6)
			run := make([]match, size)
			for i := range run {
				s := rng.IntN(12)
				run[i] = match{all: span{r, r + 1}, span: span{s, s + 1}}
			}
			if rng.IntN(4) > 0 {
				slices.SortStableFunc(run, func(a, b match) int { return cmp.Compare(a.span.start, b.span.start) })
			}
			ms = append(ms, run...)
			ends = append(ends, len(ms))
		}
		want := slices.Clone(ms)
		slices.SortStableFunc(want, func(a, b match) int { return cmp.Compare(a.span.start, b.span.start) })
		buf = sortRuns(ms, ends, buf)
		if !slices.EqualFunc(ms, want, func(a, b match) bool { return a.all == b.all && a.span == b.span }) {
			t.Fatalf("case %d: runs %v\ngot  %v\nwant %v", n, ends, ms, want)
		}
	}
}
