package ingest

import (
	"slices"
	"testing"

	"github.com/policygraph/policygraph/extract/textnorm"
)

// sameNormalized reports whether Normalized gave what Normalize of the
// whole text gives: the same runes, and the same source span for each.
func sameNormalized(t *testing.T, name string, got *textnorm.Text, text string) {
	t.Helper()
	want := textnorm.Normalize(text, textnorm.Options{})
	if got.Orig != text || !slices.Equal(got.Runes, want.Runes) {
		t.Fatalf("%s: Normalized runes differ from Normalize", name)
	}
	for k := range want.Runes {
		gs, ge := got.Span(k, k+1)
		ws, we := want.Span(k, k+1)
		if gs != ws || ge != we {
			t.Fatalf("%s: rune %d (%q): span [%d,%d), Normalize gives [%d,%d)", name, k, want.Runes[k], gs, ge, ws, we)
		}
	}
}

func TestNormalizedMatchesNormalize(t *testing.T) {
	opt := Options{Boilerplate: testRules()}
	for _, in := range []struct{ name, src string }{
		{"a.md", "---\ntitle: 推動(dòng)製造業\n---\n\n第一段１．８億元。  \n\n推動(dòng)製造業(yè)發展。\n"},
		{"b.txt", "標題\n\n正文（２０２２—２０２５年）乾淨。\n\n正文 \n"},
		{"c.html", "<html><head><title>標題</title></head><body><p>推動(dòng)製造業(yè)</p><p>第二段１．８億元。</p></body></html>"},
	} {
		docs, errs := Parse(in.name, []byte(in.src), opt)
		if len(errs) > 0 || len(docs) != 1 {
			t.Fatalf("%s: %d documents, errors %v", in.name, len(docs), errs)
		}
		for _, d := range docs {
			sameNormalized(t, in.name, d.Normalized(), d.Text)
			sameNormalized(t, in.name+" again", d.Normalized(), d.Text)
		}
	}
}

// TestCorpusNormalized checks Normalized against Normalize on a sample of
// the shared corpus (every fifth file), and that it reuses most lines.
func TestCorpusNormalized(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus sample")
	}
	files := corpusFiles(t)
	opt := Options{Boilerplate: testRules()}
	lines, reused := 0, 0
	for i := 0; i < len(files); i += 5 {
		docs, _ := ReadFile(files[i], opt)
		for _, d := range docs {
			if len(d.bodyLines) > 0 {
				for _, l := range knownLines(d.Text, d.bodyLines) {
					lines++
					for _, b := range d.bodyLines {
						if b == l {
							reused++
							break
						}
					}
				}
			}
			sameNormalized(t, files[i], d.Normalized(), d.Text)
		}
	}
	t.Logf("%d lines of Text, %d reused from the boilerplate pass", lines, reused)
	if lines > 0 && reused*2 < lines {
		t.Errorf("only %d of %d lines reused", reused, lines)
	}
}
