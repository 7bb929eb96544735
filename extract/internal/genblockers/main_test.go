package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/rules"
)

// TestGeneratedUpToDate regenerates the four word lists from gse's
// dictionary and the shipped rules, and compares them with the committed
// files: a change to the region names (divisions.tsv, regions.yaml) must be
// followed by `go generate ./extract`.
func TestGeneratedUpToDate(t *testing.T) {
	dict, err := moduleDict()
	if err != nil {
		t.Skipf("gse module not found: %v", err)
	}
	if _, err := os.Stat(dict); err != nil {
		t.Skipf("gse dictionary absent: %v", err)
	}
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.Compile(set)
	if err != nil {
		t.Fatal(err)
	}
	contain, overlap, right, err := blockers(dict, x.RegionNames(), 20)
	if err != nil {
		t.Fatal(err)
	}
	words, err := everyday(dict, x.RegionNames(), 20)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		file  string
		words []string
	}{
		{"region-blockers.txt", contain},
		{"region-overlaps.txt", overlap},
		{"region-overlaps-right.txt", right},
		{"region-words.txt", words},
	} {
		data, err := os.ReadFile(filepath.Join("..", "..", "..", "rules", "default", c.file))
		if err != nil {
			t.Fatal(err)
		}
		var committed []string
		for line := range strings.SplitSeq(strings.TrimSuffix(string(data), "\n"), "\n") {
			if !strings.HasPrefix(line, "#") {
				committed = append(committed, line)
			}
		}
		if !slices.Equal(committed, c.words) {
			t.Errorf("rules/default/%s is stale (%d words committed, %d generated): run `go generate ./extract`", c.file, len(committed), len(c.words))
		}
	}
}
