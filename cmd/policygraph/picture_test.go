package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// docs/seeds.svg, the README's picture, is drawn from docs/seeds.dot, the
// export of the seed documents' graph. The export must still be what the
// extractor makes of the seeds, so the picture shows the tool as it is.
func TestPictureIsCurrent(t *testing.T) {
	// From the repository root, as scripts/picture.sh runs: documents are
	// named by the path they were given as.
	t.Chdir(filepath.Join("..", ".."))
	seeds := filepath.Join("..", "shared", "corpus", "seeds")
	if _, err := os.Stat(seeds); err != nil {
		t.Skip("the shared corpus is not here")
	}
	db := filepath.Join(t.TempDir(), "seeds.db")
	must(t, "extract", "--quiet", "--db", db, seeds)
	got := must(t, "export", "--db", db, "--format", "dot", "--no-documents")
	// Documents are known by absolute paths: the picture names them from
	// the repository, as scripts/picture.sh writes them.
	if abs, err := filepath.Abs(filepath.Dir(seeds)); err == nil {
		got = strings.ReplaceAll(got, abs, filepath.Dir(seeds))
	}
	path := filepath.Join("docs", "seeds.dot")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		dot, err := exec.LookPath("dot")
		if err != nil {
			t.Fatal("-update redraws docs/seeds.svg: install Graphviz")
		}
		out, err := exec.Command(dot, "-Tsvg", path, "-o", filepath.Join("docs", "seeds.svg")).CombinedOutput()
		if err != nil || len(out) > 0 {
			t.Fatalf("dot: %v\n%s", err, out)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(want) != got {
		t.Errorf("docs/seeds.dot is not what the extractor makes of the seeds now: run scripts/picture.sh (or go test ./cmd/policygraph -run Picture -update) and commit docs/")
	}
}
