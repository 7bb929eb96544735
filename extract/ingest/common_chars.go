package ingest

import (
	_ "embed"
	"strings"
)

// commonCharsData is the frequency table gen_common.go generates (go
// generate): lines of characters, # comments, and a line %% between the
// simplified and the traditional half.
//
//go:embed common_chars.txt
var commonCharsData string

// commonSimplified holds the 1000 most frequent simplified Han characters,
// most frequent first; commonTraditional the 1000 most frequent Han
// characters of traditional-script text.
var commonSimplified, commonTraditional = splitCommon(commonCharsData)

func splitCommon(data string) (simplified, traditional string) {
	var half [2]strings.Builder
	i := 0
	for line := range strings.SplitSeq(data, "\n") {
		switch {
		case line == "%%":
			i = 1
		case line == "" || strings.HasPrefix(line, "#"):
		default:
			half[i].WriteString(line)
		}
	}
	return half[0].String(), half[1].String()
}
