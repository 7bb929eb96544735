package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

const (
	committedChars   = "../../t2s_chars.txt"
	committedPhrases = "../../t2s_phrases.txt"
	sharedDir        = "../../../../../shared/data/opencc"
)

// TestGeneratedUpToDate reruns the generator and compares its output with
// the committed data files.
func TestGeneratedUpToDate(t *testing.T) {
	if _, err := os.Stat(sharedDir); err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	chars, phrases, err := generate(sharedDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct {
		path string
		got  []byte
	}{{committedChars, chars}, {committedPhrases, phrases}} {
		want, err := os.ReadFile(f.path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(f.got, want) {
			t.Errorf("%s is stale: run go generate in extract/textnorm", f.path)
		}
	}
	if c2, p2, err := generate(sharedDir); err != nil || !bytes.Equal(c2, chars) || !bytes.Equal(p2, phrases) {
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
