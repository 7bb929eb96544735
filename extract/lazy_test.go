package extract

import (
	"strings"
	"testing"
)

// IngestOptions hands out one boilerplate rule list: ingest keeps each
// list's anchor index by the list's address, so a new list per document
// would rebuild the index for every document (a cold extract of the
// corpus took 1.7 times as long when batch asked per document).
func TestIngestOptionsShareOneRuleList(t *testing.T) {
	x := shipped(t)
	a, b := x.IngestOptions().Boilerplate, x.IngestOptions().Boilerplate
	if len(a) == 0 || &a[0] != &b[0] {
		t.Fatalf("two calls gave different rule lists (%d rules)", len(a))
	}
	l := NewLazy(x.set.Fingerprint, func() (*Extractor, error) { return x, nil })
	c, err := l.Compiled()
	if err != nil || c != x {
		t.Fatalf("Lazy.Compiled() = %p, %v; want the compiled extractor %p", c, err, x)
	}
}

// A lazy extractor whose declared fingerprint is not the compiled rules'
// (a stale rules.DefaultFingerprint) fails, naming the fix, instead of
// stamping files with one fingerprint and records with another.
func TestLazyStaleFingerprint(t *testing.T) {
	x := shipped(t)
	l := NewLazy("0000000000000000", func() (*Extractor, error) { return x, nil })
	if _, err := l.Compiled(); err == nil || !strings.Contains(err.Error(), "TestDefaultFingerprint -update") {
		t.Fatalf("Compiled() error = %v, want one that names the -update test", err)
	}
}
