package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/policygraph/policygraph/extract/ingest"
)

// webextractDir is the shared hand-made benchmark of Chinese web pages
// (original/*.html, cleaned/*.txt, date/*.txt), beside the repository.
const webextractDir = "../../shared/eval/webextract"

// Floors for TestWebExtract, a little under what the ingest stage measured
// (content F1 0.946, 44 of 48 dates): falling below them is a regression.
const (
	webextractMinF1    = 0.93
	webextractMinDates = 0.875
)

// TestWebExtract scores main text and dates on the webextract pages the way
// its score.py does: per page, F1 over the character bigrams of the text
// with white space removed, averaged over pages; dates right on the day.
func TestWebExtract(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 66 web pages")
	}
	pages, err := filepath.Glob(filepath.Join(webextractDir, "original", "*.html"))
	if err != nil || len(pages) == 0 {
		t.Skipf("webextract benchmark not available (%v)", err)
	}
	sort.Strings(pages)
	opt := shipped(t).IngestOptions()
	var sumF1 float64
	dated, right := 0, 0
	for _, p := range pages {
		key := strings.TrimSuffix(filepath.Base(p), ".html")
		gold, err := os.ReadFile(filepath.Join(webextractDir, "cleaned", key+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		docs, errs := ingest.ReadFile(p, opt)
		for _, e := range errs {
			t.Errorf("%v", e) // no page may be skipped
		}
		text, date := "", ""
		if len(docs) == 1 {
			text, date = docs[0].Text, docs[0].Date
		}
		f1 := bigramF1(text, string(gold))
		sumF1 += f1
		if gd := goldDay(filepath.Join(webextractDir, "date", key+".txt")); gd != "" {
			dated++
			if date == gd {
				right++
			} else {
				t.Logf("%s: date %q, gold %q", key, date, gd)
			}
		}
		if f1 < 0.5 {
			t.Logf("%s: content F1 %.2f", key, f1)
		}
	}
	f1 := sumF1 / float64(len(pages))
	acc := float64(right) / float64(max(dated, 1))
	t.Logf("webextract: %d pages, content F1 %.3f, dates %d/%d", len(pages), f1, right, dated)
	if f1 < webextractMinF1 {
		t.Errorf("content F1 %.3f, below the floor %.2f", f1, webextractMinF1)
	}
	if acc < webextractMinDates {
		t.Errorf("dates %d/%d (%.3f), below the floor %.3f", right, dated, acc, webextractMinDates)
	}
}

// bigramF1 is score.py's measure: F1 over the multisets of character
// bigrams of the two texts with all white space removed.
func bigramF1(pred, gold string) float64 {
	p, g := bigrams(pred), bigrams(gold)
	np, ng := total(p), total(g)
	if np == 0 || ng == 0 {
		return 0
	}
	tp := 0
	for b, n := range p {
		tp += min(n, g[b])
	}
	prec, rec := float64(tp)/float64(np), float64(tp)/float64(ng)
	if prec+rec == 0 {
		return 0
	}
	return 2 * prec * rec / (prec + rec)
}

func bigrams(s string) map[[2]rune]int {
	var rs []rune
	for _, r := range s {
		if !unicode.IsSpace(r) {
			rs = append(rs, r)
		}
	}
	m := map[[2]rune]int{}
	for i := 0; i+1 < len(rs); i++ {
		m[[2]rune{rs[i], rs[i+1]}]++
	}
	return m
}

func total(m map[[2]rune]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

var goldDayRE = regexp.MustCompile(`^\s*(\d{4})-(\d{1,2})-(\d{1,2})`)

// goldDay reads a gold date file as YYYY-MM-DD, or "" (UNKNOWN).
func goldDay(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	m := goldDayRE.FindStringSubmatch(string(b))
	if m == nil {
		return ""
	}
	pad := func(s string) string {
		if len(s) == 1 {
			return "0" + s
		}
		return s
	}
	return m[1] + "-" + pad(m[2]) + "-" + pad(m[3])
}
