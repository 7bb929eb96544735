package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestGeneratedUpToDate reruns the generator and compares its output with
// the committed radicals.txt.
func TestGeneratedUpToDate(t *testing.T) {
	data, err := generate("EquivalentUnifiedIdeograph.txt")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../radicals.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, want) {
		t.Fatal("radicals.txt is stale: run go generate in extract/textnorm")
	}
}

func TestRejectsOutsideBlock(t *testing.T) {
	p := filepath.Join(t.TempDir(), "in.txt")
	if err := os.WriteFile(p, []byte("2F00 ; 4E00 # KANGXI RADICAL ONE\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := generate(p); err == nil {
		t.Fatal("want an error for a code point outside U+2E80..U+2EFF")
	}
}
