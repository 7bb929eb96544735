package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const (
	committed = "../../t2s_table.go"
	sharedDir = "../../../../../shared/data/opencc"
)

// TestGeneratedUpToDate reruns the generator into a temporary file and
// compares it with the committed t2s_table.go.
func TestGeneratedUpToDate(t *testing.T) {
	if _, err := os.Stat(sharedDir); err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	data, err := generate(sharedDir)
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "t2s_table.go")
	if err := os.WriteFile(out, data, 0o644); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(out)
	want, err := os.ReadFile(committed)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is stale: run go generate in extract/textnorm", committed)
	}
	if again, err := generate(sharedDir); err != nil || !bytes.Equal(again, data) {
		t.Fatalf("generation is not deterministic (err %v)", err)
	}
}

func TestBuild(t *testing.T) {
	if _, err := os.Stat(sharedDir); err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	tb, err := build(sharedDir)
	if err != nil {
		t.Fatal(err)
	}
	for from, to := range map[rune]rune{'動': '动', '億': '亿', '萬': '万', '戶': '户', '臺': '台', '爲': '为', '於': '于', '裏': '里', '溫': '温', '衹': '只'} {
		if got := tb.chars[from]; got != to {
			t.Errorf("%c → %c, want %c", from, got, to)
		}
	}
	for _, r := range "么著昇吒薹袷扞台温户才核" {
		if got, ok := tb.chars[r]; ok {
			t.Errorf("%c is converted (to %c)", r, got)
		}
	}
	if tb.phrasesSkippedLen != 0 || tb.phrasesTotal != 477 {
		t.Errorf("phrases: %d total, %d skipped", tb.phrasesTotal, tb.phrasesSkippedLen)
	}
	if got := tb.phrases["乾隆年間"]; got != "乾隆年间" {
		t.Errorf("乾隆年間 → %q", got)
	}
	if _, ok := tb.phrases["打坏"]; ok {
		t.Error("打坏 must not be a phrase")
	}
	for k, v := range tb.phrases {
		if w, ok := tb.phrases[v]; !ok || w != v {
			t.Errorf("target %q of %q has no identity entry", v, k)
		}
		if strings.ContainsAny(k+v, "\t\n") {
			t.Errorf("phrase %q → %q has a tab or newline", k, v)
		}
	}
}
