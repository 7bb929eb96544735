package extract

import (
	"regexp"
	"regexp/syntax"
	"unicode"
)

// runeFilter holds the runes a text must start with for an expression
// anchored at the start of the text (^…) to match it: a cheap test before
// running the expression on the many lines that cannot match. A nil
// filter lets every rune through.
type runeFilter []rune // pairs of inclusive bounds, as syntax.Regexp.Rune

// can reports whether a text that starts with r may match.
func (f runeFilter) can(r rune) bool {
	if f == nil {
		return true
	}
	for i := 0; i+1 < len(f); i += 2 {
		if f[i] <= r && r <= f[i+1] {
			return true
		}
	}
	return false
}

// leadingRunes returns the filter of re: the runes its matches can begin
// with, when every match begins at the start of the text (re starts with
// ^ outside (?m)) and is never empty; nil otherwise (no filter). Word
// boundaries and other assertions count as always true, which can only let
// more runes through.
func leadingRunes(re *regexp.Regexp) runeFilter {
	if re == nil {
		return nil
	}
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return nil
	}
	tree = tree.Simplify()
	for tree.Op == syntax.OpCapture {
		tree = tree.Sub[0]
	}
	if tree.Op != syntax.OpConcat || len(tree.Sub) == 0 || tree.Sub[0].Op != syntax.OpBeginText {
		return nil
	}
	rest := &syntax.Regexp{Op: syntax.OpConcat, Sub: tree.Sub[1:]}
	set, nullable, ok := firstRunes(rest)
	if !ok || nullable {
		return nil
	}
	if set == nil {
		set = runeFilter{} // nothing can match: no rune passes
	}
	return set
}

// firstRunes returns the runes a match of re can begin with (as bound
// pairs), whether re can match the empty string, and false when it cannot
// tell (any rune).
func firstRunes(re *syntax.Regexp) (set runeFilter, nullable, ok bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return nil, false, true
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return nil, true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil, true, true
		}
		r := re.Rune[0]
		set = runeFilter{r, r}
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				set = append(set, f, f)
			}
		}
		return set, false, true
	case syntax.OpCharClass:
		return append(runeFilter(nil), re.Rune...), false, true
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return nil, false, false
	case syntax.OpCapture:
		return firstRunes(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		set, _, ok = firstRunes(re.Sub[0])
		return set, true, ok
	case syntax.OpPlus:
		return firstRunes(re.Sub[0])
	case syntax.OpRepeat:
		set, nullable, ok = firstRunes(re.Sub[0])
		return set, nullable || re.Min == 0, ok
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			s, n, ok := firstRunes(sub)
			if !ok {
				return nil, false, false
			}
			set = append(set, s...)
			if !n {
				return set, false, true
			}
		}
		return set, true, true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			s, n, ok := firstRunes(sub)
			if !ok {
				return nil, false, false
			}
			set = append(set, s...)
			nullable = nullable || n
		}
		return set, nullable, true
	}
	return nil, false, false
}
