package main

import (
	"bytes"
	"context"
	"github.com/policygraph/policygraph/internal/testtools"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkExtractCommand is a cold `extract` of the shared corpus beside
// the repository ($POLICYGRAPH_BENCH_CORPUS, default ../shared/corpus;
// raw/ left out) into a fresh database, in-process: the whole pipeline —
// walking, reading, extraction, the store — for scripts/profile.sh
// (PKG=cmd). It skips when the corpus is absent.
func BenchmarkExtractCommand(b *testing.B) {
	corpus := testtools.BenchCorpus(b, filepath.Join("..", "..", "..", "shared", "corpus"))
	for b.Loop() {
		db := filepath.Join(b.TempDir(), "kg.db")
		var out, errb bytes.Buffer
		args := []string{"extract", "--quiet", "--exclude", "raw", "--db", db, corpus}
		if err := run(context.Background(), args, &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb}); err != nil {
			b.Fatalf("policygraph %s: %v\n%s", strings.Join(args, " "), err, errb.String())
		}
	}
}
