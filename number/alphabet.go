package number

import (
	"slices"
	"strconv"
	"strings"
)

// This file is the numeral alphabet for packages that read numbers outside
// the grammar (a run of numeral runes to find, a heading's ordinal, a year
// written digit by digit): its one home, so that no other package spells
// the Chinese digits.

// Ten is the numeral 十, which packages that read small numbers and months
// handle apart from the digits.
const Ten = '十'

// IsNumeralRune reports runes that can begin a numeral or a fuzzy quantity
// (数百, 上百, 百分之): ASCII digits, Chinese and capital digits, the
// scales, and 数, 几, 上.
func IsNumeralRune(r rune) bool {
	if r >= '0' && r <= '9' {
		return true
	}
	switch r {
	case '零', '〇', '○', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿',
		'壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖', '拾', '佰', '仟', '数', '几', '上':
		return true
	}
	return false
}

// IsFuzzyNumeral reports 数, 几 and 上, which begin a numeral only before
// a numeral rune (数百, 上千).
func IsFuzzyNumeral(r rune) bool { return r == '数' || r == '几' || r == '上' }

// IsNumeralRunRune reports the runes that continue a run of numerals
// besides numeral runes: decimal points and separators, 余 and 多, 点, and
// range words and dashes (3.5万, 1,200, 十余, 三点五, 5至8).
func IsNumeralRunRune(r rune) bool {
	return strings.ContainsRune(".,，．余多几点至到-—–~～〜 ·・", r)
}

// HasDigit reports whether s holds a digit (0–9, full-width, Chinese or
// capital, 两): 3万 and 三万 do, a lone scale (万, 千亿, 百万) does not.
func HasDigit(s string) bool {
	for _, r := range s {
		if (r >= '0' && r <= '9') || (r >= '０' && r <= '９') || strings.ContainsRune("零〇○一二两三四五六七八九壹贰叁肆伍陆柒捌玖", r) {
			return true
		}
	}
	return false
}

// IsLargeScale reports the scales 万 and 亿.
func IsLargeScale(r rune) bool { return r == '万' || r == '亿' }

// IsCountRune reports the Chinese digits 一 to 九 and 十, of which
// headings' ordinals are made (三、, 第十章, （二）).
func IsCountRune(r rune) bool { return strings.ContainsRune("一二三四五六七八九十", r) }

// SmallCount reads a count of 1–99 written in digits or Chinese numerals
// (4, 四, 十, 十五, 二十), or returns 0.
func SmallCount(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	digit := func(r rune) int { return slices.Index([]rune("零一二三四五六七八九"), r) }
	rs := []rune(strings.ReplaceAll(s, "两", "二"))
	switch {
	case len(rs) == 1 && rs[0] == Ten:
		return 10
	case len(rs) == 1:
		return max(digit(rs[0]), 0)
	case len(rs) == 2 && rs[0] == Ten:
		return 10 + max(digit(rs[1]), 0)
	case len(rs) == 2 && rs[1] == Ten:
		return 10 * max(digit(rs[0]), 0)
	case len(rs) == 3 && rs[1] == Ten:
		return 10*max(digit(rs[0]), 0) + max(digit(rs[2]), 0)
	}
	return 0
}

// YearDigits reads a year written in digits (2025) or digit by digit in
// Chinese numerals (一九八五, 二〇二五), or returns 0.
func YearDigits(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	n := 0
	for _, r := range s {
		d, ok := DateDigit(r) // 〇, 零, and the ○ of old typesetting (一九六○)
		if !ok {
			return 0
		}
		n = n*10 + d
	}
	return n
}

// asciiDigits replaces the Chinese digits of a year written digit by digit.
var asciiDigits = strings.NewReplacer("〇", "0", "零", "0", "○", "0", "一", "1", "二", "2", "三", "3", "四", "4", "五", "5", "六", "6", "七", "7", "八", "8", "九", "9")

// ASCIIDigits replaces each Chinese digit 〇 (零), 一 … 九 of s by its ASCII
// digit (二〇二四年 → 2024年); 十 and the scales are left.
func ASCIIDigits(s string) string { return asciiDigits.Replace(s) }

// ASCIIDigitsRunes is ASCIIDigits(string(rs)), written in one pass over
// the runes without the intermediate string.
func ASCIIDigitsRunes(rs []rune) string {
	var b strings.Builder
	b.Grow(len(rs) * 3)
	for _, r := range rs {
		switch r {
		case '〇', '零', '○':
			b.WriteByte('0')
		case '一', '二', '三', '四', '五', '六', '七', '八', '九':
			b.WriteByte(byte('0' + strings.IndexRune("一二三四五六七八九", r)/len("一") + 1))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// DateDigit returns the value of a Chinese digit as dates write it (〇, 零,
// ○, a full-width Ｏ, 一 … 九).
func DateDigit(r rune) (int, bool) {
	switch r {
	case '〇', '零', '○', 'Ｏ':
		return 0, true
	}
	if i := strings.IndexRune("一二三四五六七八九", r); i >= 0 {
		return i/len("一") + 1, true
	}
	return 0, false
}
