package extract

import (
	"regexp"
	"testing"
	"unicode/utf8"
)

func TestLeadingRunes(t *testing.T) {
	for _, tc := range []struct {
		pattern   string
		filter    bool   // a filter is made
		pass, not string // runes it lets through, runes it does not
	}{
		{`^\s*(?:#+\s|[一二三]+、|第[一二]+[章节])`, true, "# \t\n一二三第", "四1a（"},
		{`^\s*(?:[（(][一二]+[）)]|\d{1,2}[、.．]\D|[-*]\s)`, true, "（(0129-*", "一#a"},
		{`^(?i)ab|^c`, false, "", ""}, // two anchors: not handled
		{`^(?i)a`, true, "aA", "b"},
		{`(?i)^k`, true, "kK\u212a", "j"},
		{`a`, false, "", ""},           // not anchored
		{`(?m)^a`, false, "", ""},      // any line's start
		{`^a?`, false, "", ""},         // matches the empty text
		{`^.b`, false, "", ""},         // any rune
		{`^\bx`, true, "x", "y"},       // assertions pass through
		{`^(?:)[^a]`, true, "b中", "a"}, // a negated class
	} {
		re := regexp.MustCompile(tc.pattern)
		f := leadingRunes(re)
		if (f != nil) != tc.filter {
			t.Errorf("%s: filter %v, want one: %v", tc.pattern, f, tc.filter)
			continue
		}
		for _, r := range tc.pass {
			if !f.can(r) {
				t.Errorf("%s: %q does not pass", tc.pattern, r)
			}
		}
		for _, r := range tc.not {
			if f.can(r) {
				t.Errorf("%s: %q passes", tc.pattern, r)
			}
		}
	}
	// The shipped heading patterns get a filter, or headingOf runs them on
	// every short line.
	x := shipped(t)
	if x.txt.headingFirst == nil || x.txt.subheadingFirst == nil {
		t.Errorf("no filter for the shipped heading patterns")
	}
}

// FuzzLeadingRunes checks that a text the filter stops never matches.
func FuzzLeadingRunes(f *testing.F) {
	f.Add(`^\s*(?:#+\s|[一二三四五六七八九十]+、|第[一二三四五六七八九十百]+[章节部分])`, "一、总体要求")
	f.Add(`^\s*(?:[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、.．]\D|[-*]\s)`, "1、加快")
	f.Add(`^(?i)(?:ab|c+|d{2,3})x*`, "Abx")
	f.Add(`^(?:a|)b?c`, "c")
	f.Fuzz(func(t *testing.T, pattern, text string) {
		re, err := regexp.Compile(pattern)
		if err != nil || !utf8.ValidString(text) || text == "" {
			return
		}
		r, _ := utf8.DecodeRuneInString(text)
		if !leadingRunes(re).can(r) && re.MatchString(text) {
			t.Fatalf("%q matches %q, but the filter stops %q", pattern, text, r)
		}
	})
}
func TestRuneBits(t *testing.T) {
	var b runeBits
	for _, r := range []rune{'京', 'a', 0xFFFF, 0x20000} {
		b.add(r)
	}
	for _, tc := range []struct {
		r    rune
		want bool
	}{{'京', true}, {'沪', false}, {'a', true}, {'b', false}, {0xFFFF, true}, {0xFFFE, false}, {0x20000, true}, {0x20001, true}, {-1, true}} {
		if got := b.maybe(tc.r); got != tc.want {
			t.Errorf("maybe(%U) = %v, want %v", tc.r, got, tc.want)
		}
	}
}
