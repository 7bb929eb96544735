package extract

import (
	"slices"
	"testing"

	"github.com/dlclark/regexp2/v2"

	"github.com/policygraph/policygraph/extract/internal/litreq"
	"github.com/policygraph/policygraph/rules"
)

// TestRunRuleRest holds the check that stops looking for further matches
// in a window (the rest of it holds no word every match needs) to what
// asking regexp2 for every next match finds.
func TestRunRuleRest(t *testing.T) {
	tests := []struct {
		pattern, text string
		want          int // matches
	}{
		{`a\d`, "a1 a2 xa3", 3},
		{`a\d`, "a1 xxxxxxxxxx", 1},
		{`a\d`, "a1a2", 2},         // the next match starts where the last ends
		{`a(?=b)`, "ab ab a", 2},   // a lookahead's word counts as needed
		{`(?<=x)a\d`, "xa1 a2", 1}, // a lookbehind's does not
		{`(?:ab|cd)\d`, "ab1 cd2 ab", 2},
		{`\d`, "1 2 3", 3},           // no needed word: every match is asked for
		{`a\d[bc]`, "a1b a2 a3c", 2}, // the rest needs an a and a b or c
	}
	for _, tt := range tests {
		re := regexp2.MustCompile(tt.pattern, regexp2.None)
		r := &rules.Rule{ID: "t", Pattern: tt.pattern, Re: re, Window: 4}
		text := []rune(tt.text)
		var rest needs
		for _, ws := range litreq.RequiredAll(tt.pattern) {
			rest = append(rest, litreq.NewSet(ws))
		}
		m := newMatcher([]*rules.Rule{r})
		wins := []span{{0, len(text)}}
		got, err := m.runRule(r, nil, rest, nil, text, slices.Clone(wins))
		if err != nil {
			t.Fatal(err)
		}
		all, err := m.runRule(r, nil, nil, nil, text, slices.Clone(wins))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.EqualFunc(got, all, func(a, b match) bool { return a.all == b.all }) || len(got) != tt.want {
			t.Errorf("%s on %q: %d matches %v, asking for every next match gives %d %v, want %d", tt.pattern, tt.text, len(got), got, len(all), all, tt.want)
		}
	}
}
