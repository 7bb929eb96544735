package number

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Pattern fragments for the project's rule files, in regexp2 (.NET) syntax
// with default options: no named groups, no anchors, only (?:...) groups and
// lookarounds. They match text already passed through Normalize (half-width
// digits, Simplified characters); Parse and ParseQuantity have the last word,
// so the fragments may over-match a little (十四五 matches NumeralPattern and
// is rejected by Parse) but never under-match a numeral that Parse accepts.
const (
	cnDigitClass = `零〇○一二两三四五六七八九壹贰叁肆伍陆柒捌玖`
	cnUnitClass  = `十拾百佰千仟万亿`
	arabicFrag   = `(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+)(?:\.[0-9]+)?`
	cnCharFrag   = `[` + cnDigitClass + cnUnitClass + `]`

	// NumeralPattern matches a numeral: Arabic with optional thousands
	// separators and decimals (1,200.5), Chinese including capitals (两千亿,
	// 壹亿, 二〇二五, 十五点八万, and 二·六 with a middle dot for 点 and
	// 一、二〇九 with 、 between thousands as older texts write them) and
	// mixed forms (1.2万亿, 十1, 100000万).
	// An Arabic run never directly follows another (the (?<![0-9])), so a
	// run of digits can be cut only one way: a long run that fails to match
	// costs linear time, not exponential backtracking.
	NumeralPattern = `(?:` + arabicFrag + `|` + cnCharFrag + `)(?:(?<![0-9])` + arabicFrag + `|(?!` + dashOnePattern + `)` + cnCharFrag +
		`|点(?=[` + cnDigitClass + `])|(?<=[` + cnDigitClass + `])[·・](?=[` + cnDigitClass + `])` +
		`|(?<=[` + cnDigitClass + `])、(?=[` + cnDigitClass + `]{3}(?![` + cnDigitClass + `])))*`

	// ScalePattern matches a scale word: 万亿 千亿 百亿 十亿 亿 千万 百万 十万 万 千 百.
	ScalePattern = `(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百)`

	// RangeSepPattern matches a range separator: 至 到 - ‐ — —— – ― ~ 〜
	// (－ and ～ become - and ~ under Normalize), a typewriter's run of
	// hyphens (---), and 一 only right before an Arabic digit, where older
	// typesetting uses it as a dash (550万一600万); a numeral never holds
	// such a 一 (NumeralPattern stops before it).
	RangeSepPattern = `(?:至|到|——|―{1,2}|-{2,4}|` + dashOnePattern + `|[-—–~〜‒‐])`

	dashOnePattern = `一(?=[0-9])`

	quantityTerm = `(?:[数几上](?:` + ScalePattern + `|十)|(?:` + NumeralPattern + `)(?:\s(?:万亿|亿|万))?(?:[余多几](?:` + ScalePattern + `|十)?)?)`

	// QuantityPattern matches a numeral or a range of numerals with optional
	// 余/多/几 and scale, as it appears before a unit: 1—2, 5000万至1亿,
	// 1200余亿, 100多亿, 两三百万, 三五十亿, 数百亿, 上百亿; typeset text
	// may put a space before 万 or 亿 (5000 万元).
	QuantityPattern = quantityTerm + `(?:` + RangeSepPattern + quantityTerm + `)?`

	// PercentWordPattern matches a fraction written in words: 百分之三点五,
	// 千分之一点五, 万分之五.
	PercentWordPattern = `(?:百分之|千分之|万分之)(?:` + NumeralPattern + `)`

	// MultiplierPattern matches 翻番 and 翻一番, 翻两番, 翻了一番, 翻2番.
	MultiplierPattern = `翻了?(?:[一二两三四五六七八九十]|[0-9]+)?番`
)

// alternation returns a regexp2 alternation of words, longest first.
func alternation(words []string) string {
	if len(words) == 0 {
		return `(?!)`
	}
	ws := append([]string(nil), words...)
	sort.Slice(ws, func(i, j int) bool {
		li, lj := utf8.RuneCountInString(ws[i]), utf8.RuneCountInString(ws[j])
		if li != lj {
			return li > lj
		}
		return ws[i] < ws[j]
	})
	var b strings.Builder
	b.WriteString("(?:")
	for i, w := range ws {
		if i > 0 {
			b.WriteByte('|')
		}
		for _, r := range w {
			if strings.ContainsRune(`\.+*?()|[]{}^$#- `, r) {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
	}
	b.WriteString(")")
	return b.String()
}
