package ingest

import (
	"regexp"
	"strings"

	"github.com/policygraph/policygraph/extract/internal/litreq"
)

// quickRE is a pattern with the literals its matches need: a set of words
// per piece of the pattern (litreq.RequiredAll), one word of each set in
// every match. may answers from them, with a few substring searches, that
// most lines cannot match, so the regexp engine runs on the few that can.
type quickRE struct {
	*regexp.Regexp
	need [][]string // nil: nothing known, every text may match
}

// newQuickRE compiles pattern and finds the words its matches need. litreq
// reads the .NET dialect conservatively; where RE2 differs (\d, \b, \s are
// ASCII-only here) only classes are concerned, never a literal, and a class
// of more than a handful of characters gives no requirement.
func newQuickRE(pattern string) quickRE {
	return quickRE{Regexp: regexp.MustCompile(pattern), need: litreq.RequiredAll(pattern)}
}

// may reports whether s holds a word of every set: false means no match.
func (q quickRE) may(s string) bool {
	for _, set := range q.need {
		found := false
		for _, w := range set {
			if strings.Contains(s, w) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
