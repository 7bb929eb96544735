package ingest

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSourceOf(t *testing.T) {
	abs, err := filepath.Abs("seeds/a.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"seeds/a.md", "./seeds/a.md", "seeds//a.md", "seeds/x/../a.md", abs} {
		if got := SourceOf(p); got != abs {
			t.Errorf("SourceOf(%q) = %q, want %q", p, got, abs)
		}
	}
}

// Escaping keeps names distinct, valid UTF-8 and free of control
// characters, and SplitSource gives back the path.
func TestEscapeIsInjective(t *testing.T) {
	names := []string{"a.txt", "a\xff.txt", "a\xfe.txt", `a\xff.txt`, `a\\xff.txt`, "a\x1b.txt", `a\x1b.txt`, "a#b.txt", `a\x23b.txt`, "a\u0085.txt", "a\n.txt", "报告.txt", `a\.txt`}
	seen := map[string]string{}
	for _, n := range names {
		p := "/corpus/" + n
		src := SourceOf(p)
		if prev, ok := seen[src]; ok {
			t.Errorf("%q and %q both give %q", prev, p, src)
		}
		seen[src] = p
		if !utf8.ValidString(src) || strings.ContainsFunc(src, func(r rune) bool { return r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 }) {
			t.Errorf("SourceOf(%q) = %q: not printable UTF-8", p, src)
		}
		if strings.Contains(src, "#") {
			t.Errorf("SourceOf(%q) = %q keeps a #", p, src)
		}
		back, rec, ok := SplitSource(src + "#id")
		if !ok || back != p || rec != "id" {
			t.Errorf("SplitSource(%q) = %q %q %v, want %q", src+"#id", back, rec, ok, p)
		}
		if e := EscapeName(n); !utf8.ValidString(e) {
			t.Errorf("EscapeName(%q) = %q", n, e)
		}
	}
	// Record names: an id can never look like a generated one.
	ids := map[string]bool{}
	for _, id := range []string{"L2", `\sha256:0123456789abcdef`, `\\sha256:0123456789abcdef`, ""} {
		n := recordName(id, "0123456789abcdef0123")
		if ids[n] {
			t.Errorf("record name %q repeats", n)
		}
		ids[n] = true
	}
	for _, src := range []string{"stdin#a", "relative/a.md", `/bad\q`} {
		if _, _, ok := SplitSource(src); ok {
			t.Errorf("SplitSource(%q) ok, want not a file", src)
		}
	}
}
