// Package spelling suggests what a user may have meant: the edit distance
// behind every "did you mean …?" of the command line, the rule checker and
// the graph's name lookups.
package spelling

import (
	"sort"
	"strings"
)

// Distance is the Levenshtein distance between a and b, counted in runes.
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// Closest returns the candidate nearest to s, or "" when none is near
// enough to be a likely typo: two edits, or up to a third of a long word.
// Ties go to the candidate that sorts first, whatever the input order.
func Closest(s string, candidates []string) string {
	best, bestD := "", 1<<30
	for _, c := range candidates {
		if d := Distance(s, c); d < bestD || (d == bestD && c < best) {
			best, bestD = c, d
		}
	}
	if bestD <= 2 || (bestD <= len([]rune(s))/3 && bestD < 5) {
		return best
	}
	return ""
}

// Candidate is a known name and its distance from what was asked for.
type Candidate struct {
	Name string
	D    int
}

// Hint ranks candidates by distance, then name, and formats the nearest
// few as "; did you mean a, b?" — "" when none is within half the length
// of name (plus one).
func Hint(name string, cs []Candidate) string {
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].D != cs[j].D {
			return cs[i].D < cs[j].D
		}
		return cs[i].Name < cs[j].Name
	})
	var names []string
	for i := 0; i < len(cs) && i < 5 && cs[i].D <= len([]rune(name))/2+1; i++ {
		names = append(names, cs[i].Name)
	}
	if len(names) == 0 {
		return ""
	}
	return "; did you mean " + strings.Join(names, ", ") + "?"
}
