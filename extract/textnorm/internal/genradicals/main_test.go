package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestGeneratedUpToDate reruns the generator into a temporary file and
// compares it with the committed radicals_table.go.
func TestGeneratedUpToDate(t *testing.T) {
	data, err := generate("EquivalentUnifiedIdeograph.txt")
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "radicals_table.go")
	if err := os.WriteFile(out, data, 0o644); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(out)
	want, err := os.ReadFile("../../radicals_table.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("radicals_table.go is stale: run go generate in extract/textnorm")
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
