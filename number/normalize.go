package number

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// maxRunes is the longest input, in runes after trimming, that Parse and
// ParseQuantity accept. Real numerals and quantity expressions are far
// shorter; the limit bounds the work done on hostile input.
const maxRunes = 64

// t2sPairs lists Traditional characters (even positions) and their standard
// Simplified forms (odd positions). It is deliberately narrow: it covers the
// characters of numerals, qualifiers, units and currencies, not general text.
const t2sPairs = "" +
	"億亿萬万兩两貳贰陸陆點点餘余數数幾几個个項项戶户臺台圓圆幣币歐欧鎊镑達达" +
	"約约過过於于內内將将筆笔輛辆噸吨畝亩頃顷處处種种類类條条張张隻只間间棟栋" +
	"層层場场屆届單单價价網网統统帶带會会國国計计額额總总頂顶為为時时標标準准" +
	"車车門门對对雙双塊块頭头冊册級级樣样線线館馆園园區区貨货廠厂機机電电術术" +
	"實实業业務务員员專专學学醫医療疗並并樓楼發发僅仅與与歲岁週周爲为"

var t2s = func() map[rune]rune {
	m := make(map[rune]rune, 128)
	rs := []rune(t2sPairs)
	for i := 0; i+1 < len(rs); i += 2 {
		if rs[i] != rs[i+1] {
			m[rs[i]] = rs[i+1]
		}
	}
	return m
}()

// Normalize maps s rune by rune the way the project normalises text before
// matching: each rune is replaced by its NFKC form when that form is a single
// rune (full-width digits, letters and punctuation become half-width, "￥"
// becomes "¥", U+3000 becomes a space), then a narrow Traditional→Simplified
// table is applied to the characters of numerals, qualifiers, units and
// currencies (億→亿, 萬→万, 兩→两, 貳→贰, 點→点, 餘→余, 戶→户, 個→个 ...).
//
// The output has exactly as many runes as the input, so a rune offset found
// in Normalize(s) (for example a regexp2 Match.Index, which counts runes) is
// the same rune offset in s. Runes whose NFKC form is longer than one rune
// (such as "㎡" or "½") are left unchanged for that reason.
func Normalize(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = utf8.AppendRune(b, normRune(r))
	}
	return string(b)
}

// normRune is the per-rune mapping behind Normalize.
func normRune(r rune) rune {
	if r < utf8.RuneSelf {
		return r
	}
	if r == '·' || r == '・' {
		// Inside a numeral (the patterns allow it only between Chinese
		// digits) a middle dot is the decimal point: 二·六 = 二点六.
		return '点'
	}
	if r >= 0x4E00 && r <= 0x9FFF { // CJK unified ideographs: NFKC is the identity
		if s, ok := t2s[r]; ok {
			return s
		}
		return r
	}
	r = nfkcRune(r)
	if s, ok := t2s[r]; ok {
		return s
	}
	return r
}

// nfkcRune returns the NFKC form of r when it is a single rune, r otherwise.
func nfkcRune(r rune) rune {
	if r >= 0xFF01 && r <= 0xFF5E { // full-width ASCII, the common case
		return r - 0xFEE0
	}
	if r == 0x3000 {
		return ' '
	}
	var in [utf8.UTFMax]byte
	n := utf8.EncodeRune(in[:], r)
	if norm.NFKC.IsNormal(in[:n]) {
		return r
	}
	out := norm.NFKC.Append(nil, in[:n]...)
	r2, size := utf8.DecodeRune(out)
	if size != len(out) || r2 == utf8.RuneError {
		return r
	}
	return r2
}

// normalizeInto writes the normalised runes of s, with surrounding
// whitespace trimmed, into buf. When dropSpace is set, interior whitespace is
// dropped too, except between two ASCII digits (where it is an error, as "1 2"
// is not a numeral). It returns the used part of buf.
func normalizeInto(buf *[maxRunes]rune, s string, dropSpace bool) ([]rune, error) {
	n := 0
	pendingSpace := false
	for _, r := range s {
		r = normRune(r)
		if unicode.IsSpace(r) {
			if n > 0 {
				pendingSpace = true
			}
			continue
		}
		if pendingSpace {
			pendingSpace = false
			if !dropSpace || (isASCIIDigit(buf[n-1]) && isASCIIDigit(r)) {
				return nil, errSpace
			}
		}
		if n == maxRunes {
			return nil, ErrTooLong
		}
		buf[n] = r
		n++
	}
	if n == 0 {
		return nil, ErrEmpty
	}
	return buf[:n], nil
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }
