package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// audit draws the same facts for the same seed, each with its sentence,
// and --score totals a marked form; a bad mark is an error with its line.
func TestAuditCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	must(t, "extract", "--quiet", "--db", db, samples)
	a := must(t, "audit", "--db", db, "--sample", "4", "--seed", "3")
	if b := must(t, "audit", "--db", db, "--sample", "4", "--seed", "3"); a != b {
		t.Fatalf("the same seed drew different facts:\n%s\n%s", a, b)
	}
	lines := strings.Split(strings.TrimRight(a, "\n"), "\n")
	if len(lines) != 5 || !strings.HasPrefix(lines[0], "mark\tn\tkind\tdoc") {
		t.Fatalf("want a header and 4 rows:\n%s", a)
	}
	for _, l := range lines[1:] {
		if cols := strings.Split(l, "\t"); len(cols) != 13 || cols[2] != "targets" || cols[12] == "" {
			t.Errorf("row without its kind or evidence sentence: %q", l)
		}
	}
	marks := []string{"y", "n", "year", ""}
	for i := range marks {
		lines[i+1] = marks[i] + lines[i+1]
	}
	form := writeFile(t, filepath.Join(dir, "form.tsv"), []byte(strings.Join(lines, "\n")+"\n"))
	out := must(t, "audit", "--score", form)
	if !strings.Contains(out, "marked 3, right 1") || !strings.Contains(out, "not a fact 1, unmarked 1") || !strings.Contains(out, "year") {
		t.Errorf("totals:\n%s", out)
	}
	lines[1] = "colour" + strings.TrimPrefix(lines[1], "y")
	bad := writeFile(t, filepath.Join(dir, "bad.tsv"), []byte(strings.Join(lines, "\n")+"\n"))
	if _, stderr, code := pg(t, "audit", "--score", bad); code != 1 || !strings.Contains(stderr, "bad.tsv:2:") {
		t.Errorf("a bad mark: exit %d, %s", code, stderr)
	}
}
