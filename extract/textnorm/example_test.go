package textnorm_test

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/policygraph/policygraph/extract/textnorm"
)

func ExampleNormalize() {
	t := textnorm.Normalize("推動(dòng)製造業投資１．８億元", textnorm.Options{})
	fmt.Println(t.String())

	// A matcher finds "1.8亿元" at runes [i, i+5) of the normalised text;
	// Span gives the bytes of the original spelling.
	i := utf8.RuneCountInString(t.String()[:strings.Index(t.String(), "1.8亿元")])
	start, end := t.Span(i, i+5)
	fmt.Println(i, start, end, t.Orig[start:end])
	// Output:
	// 推动制造业投资1.8亿元
	// 7 28 43 １．８億元
}
