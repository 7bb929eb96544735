package textnorm

import (
	_ "embed"
	"strings"
)

// The Traditional→Simplified tables are data files that gent2s generates
// from OpenCC (go generate; the first lines of t2s_chars.txt say how), read
// once when the package is initialised. Lines that start with # are
// comments.
var (
	//go:embed t2s_chars.txt
	t2sCharData string
	//go:embed t2s_phrases.txt
	t2sPhraseData string
)

// t2sCharTable holds the character conversions as pairs of runes:
// source, target, source, target, … sorted by source.
var t2sCharTable = dataLines(t2sCharData, "")

// t2sPhraseTable holds the phrase conversions, one per line as
// source TAB target, sorted by source; source and target have equal rune counts.
var t2sPhraseTable = dataLines(t2sPhraseData, "\n")

// dataLines joins the data lines of a generated file with sep, leaving out
// empty lines and comments.
func dataLines(data, sep string) string {
	var out []string
	for line := range strings.SplitSeq(data, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return strings.Join(out, sep)
}
