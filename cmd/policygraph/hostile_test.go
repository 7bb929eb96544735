//go:build unix

package main

// Issue 10's input and output requirements, tested on the real binary:
// no document is lost to a crash, documents keep one identity however
// they arrive, signals stop every reader, inputs stay inside what the user
// named, outputs never overwrite what they read, and the exit status says
// what happened.

import (
	"path/filepath"
	"strings"
	"testing"
)

// A line 200万 under 全市人口 (a table of a statistical communiqué)
// crashed the extractor and the document was dropped, with exit 0.
func TestHostileTableRowIsExtracted(t *testing.T) {
	dir := t.TempDir()
	doc := writeFile(t, filepath.Join(dir, "table.txt"), []byte("2023年国民经济和社会发展统计公报\n全市人口\n200万\n"))
	_, stderr, code := pg(t, "extract", "--db", filepath.Join(dir, "kg.db"), doc)
	if code != 0 || !strings.Contains(stderr, "extracted 1 of 1") {
		t.Errorf("extract: exit %d, want 0 and the document extracted\n%s", code, stderr)
	}
	if _, stderr, code := pg(t, "explain", doc); code != 0 || strings.Contains(stderr, "panic") {
		t.Errorf("explain: exit %d, want 0\n%s", code, stderr)
	}
}

// Failures exit 1, usage mistakes 2.
func TestHostileExitCodes(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, filepath.Join(dir, "good.txt"), []byte(goodDoc))
	empty := writeFile(t, filepath.Join(dir, "empty.txt"), nil)
	db := filepath.Join(dir, "kg.db")
	for _, tc := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"explain", filepath.Join(dir, "missing.txt")}, 1, "no such file"},
		{[]string{"explain", good, empty}, 1, "1 inputs failed"},
		{[]string{"extract", "--db", db, empty}, 1, "no document could be read"},
		{[]string{"extract", "--db", db, good, empty}, 1, "1 inputs failed"},
		{[]string{"extract", "--db", db, good}, 0, ""},
	} {
		_, stderr, code := pg(t, tc.args...)
		if code != tc.code || !strings.Contains(stderr, tc.msg) {
			t.Errorf("%s: exit %d, want %d and %q\n%s", strings.Join(tc.args, " "), code, tc.code, tc.msg, stderr)
		}
	}
}
