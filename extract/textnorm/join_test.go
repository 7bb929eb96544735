package textnorm

import (
	"slices"
	"strings"
	"testing"
)

// sameText reports how got differs from Normalize(orig), or "".
func sameText(got *Text, orig string) string {
	want := Normalize(orig, Options{})
	switch {
	case got.Orig != want.Orig:
		return "Orig differs"
	case !slices.Equal(got.Runes, want.Runes):
		return "runes " + string(got.Runes) + " != " + string(want.Runes)
	case !slices.Equal(got.starts, want.starts):
		return "span starts differ"
	}
	return ""
}

// joinFrom rebuilds a text from the lines of s, picked, repeated and
// reordered by pick, some of them changed (trimmed) and normalised alone,
// and checks Join against Normalize of the joined text.
func joinFrom(t *testing.T, s string, pick []byte) {
	t.Helper()
	lines := Normalize(s, Options{}).Lines()
	if want := strings.Count(s, "\n") + 1; len(lines) != want {
		t.Fatalf("%q: %d lines, want %d", s, len(lines), want)
	}
	var texts []string
	for _, l := range lines {
		texts = append(texts, l.String())
	}
	if got := strings.Join(texts, "\n"); got != s {
		t.Fatalf("lines of %q join to %q", s, got)
	}
	if tx, ok := Join(s, lines); !ok {
		t.Fatalf("%q: Join of its own lines failed", s)
	} else if d := sameText(tx, s); d != "" {
		t.Fatalf("%q: Join of its own lines: %s", s, d)
	}
	var parts []Line
	texts = texts[:0]
	for _, c := range pick {
		l := lines[int(c)%len(lines)]
		if c&0x80 != 0 { // a changed line, normalised alone
			cut := strings.TrimRight(l.String(), " )")
			ls := Normalize(cut, Options{}).Lines()
			parts = append(parts, ls...)
			texts = append(texts, cut)
			continue
		}
		parts = append(parts, l)
		texts = append(texts, l.String())
	}
	if len(parts) == 0 {
		return
	}
	orig := strings.Join(texts, "\n")
	tx, ok := Join(orig, parts)
	if !ok {
		t.Fatalf("%q from %q: Join failed", orig, s)
	}
	if d := sameText(tx, orig); d != "" {
		t.Fatalf("%q from %q: %s", orig, s, d)
	}
	if _, ok := Join(orig+"x", parts); ok {
		t.Fatalf("%q: Join accepted a different text", orig)
	}
}

func TestJoin(t *testing.T) {
	for _, s := range []string{
		"", "\n", "\n\n", "推動(dòng)\n製造業(yè)", "汉(\nhàn)", "乾\n淨", "１．８\n億元\n",
		"a\xff\nb\xe4\xb8\n(dòng)", "\u200b\n\u200b推", "第一行\n\n第三行 ",
	} {
		joinFrom(t, s, []byte{0, 1, 2, 0x81, 3, 0x80, 1})
	}
	if _, ok := Join("a", nil); ok {
		t.Fatal("Join of no lines succeeded")
	}
	lines := Normalize("甲\n乙", Options{}).Lines()
	if _, ok := Join("甲\n丙", lines); ok {
		t.Fatal("Join accepted a text that is not the join of its lines")
	}
	if _, ok := Join("甲 乙", lines); ok {
		t.Fatal("Join accepted a text without the line break")
	}
}

func FuzzJoin(f *testing.F) {
	for _, s := range []string{"推動(dòng)\n製造業(yè)", "汉(\nhàn)", "乾\n淨", "a\n\nb"} {
		f.Add([]byte(s), []byte{0, 1, 0x82})
	}
	f.Fuzz(func(t *testing.T, data, pick []byte) {
		if len(pick) > 64 {
			pick = pick[:64]
		}
		joinFrom(t, string(data), pick)
		// The alphabet rarely yields a line break: put some in.
		s := fromAlphabet(data)
		var b strings.Builder
		for k, r := range []rune(s) {
			if k > 0 && k%5 == int(len(data)%5) {
				b.WriteByte('\n')
			}
			b.WriteRune(r)
		}
		joinFrom(t, b.String(), pick)
	})
}
