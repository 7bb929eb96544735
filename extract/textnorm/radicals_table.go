package textnorm

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

const (
	radicalFirst = 0x2E80
	radicalLast  = 0x2EFF
)

// radicalsData is the table genradicals generates from Unicode's
// EquivalentUnifiedIdeograph.txt (go generate; its first lines say how):
// one radical a line, with its equivalent unified ideograph, in hexadecimal.
//
//go:embed radicals.txt
var radicalsData string

// radicalTable maps r-radicalFirst, for r in the CJK Radicals Supplement, to the
// equivalent unified ideograph, or 0 where there is none.
var radicalTable = *mustRadicals(radicalsData)

func mustRadicals(data string) *[radicalLast - radicalFirst + 1]rune {
	t, err := parseRadicals(data)
	if err != nil {
		panic("textnorm: radicals.txt: " + err.Error()) // embedded: a test reads it
	}
	return t
}

// parseRadicals reads lines of two hexadecimal code points, a radical of
// the block and its ideograph; the rest of a line, and lines starting with
// #, are comments.
func parseRadicals(data string) (*[radicalLast - radicalFirst + 1]rune, error) {
	var t [radicalLast - radicalFirst + 1]rune
	for i, line := range strings.Split(data, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 2 {
			return nil, fmt.Errorf("%d: want RADICAL IDEOGRAPH in hexadecimal", i+1)
		}
		from, err1 := strconv.ParseUint(f[0], 16, 32)
		to, err2 := strconv.ParseUint(f[1], 16, 32)
		if err1 != nil || err2 != nil || from < radicalFirst || from > radicalLast || to == 0 || to > 0x10FFFF {
			return nil, fmt.Errorf("%d: %q is not a radical of U+%04X..U+%04X and a code point", i+1, line, radicalFirst, radicalLast)
		}
		t[from-radicalFirst] = rune(to)
	}
	return &t, nil
}
