package number

import (
	"errors"
	"math"
	"testing"
)

// parseCases are numerals that Parse accepts. The patterns test checks that
// NumeralPattern matches each of them (after Normalize).
var parseCases = []struct {
	name string
	in   string
	want float64
}{
	{"arabic", "1.8", 1.8},
	{"M10", "１．８", 1.8},
	{"M12", "1,200", 1200},
	{"M12", "１，２００", 1200},
	{"arabic-group", "12,345,678.25", 12345678.25},
	{"arabic-zero", "0", 0},
	{"arabic-frac", "0.5", 0.5},
	{"M4", "一点八", 1.8},
	{"M4", "一点八亿", 1.8e8},
	{"M4", "十五点八万", 158000},
	{"middle-dot", "二·六", 2.6}, {"middle-dot-katakana", "四・一", 4.1},
	{"zero-point", "零点五", 0.5},
	{"M7", "两千", 2000},
	{"M7", "两千亿", 2e11},
	{"M8", "壹億", 1e8},
	{"M8", "1200億", 1.2e11},
	{"capitals", "贰拾伍万叁仟", 253000},
	{"traditional-liang", "兩千萬", 2e7},
	{"M11", "十１", 11},
	{"M11", "十1万", 110000},
	{"M9", "2.3万億", 2.3e12},
	{"M9", "2.3萬億", 2.3e12},
	{"M5", "1.2万亿", 1.2e12},
	{"M5", "3.3万亿", 3.3e12},
	{"M6", "万亿", 1e12},
	{"bare-scale", "百亿", 1e10},
	{"bare-scale", "千万", 1e7},
	{"bare-scale", "十万", 1e5},
	{"bare-scale", "亿", 1e8},
	{"bare-scale", "百", 100},
	{"digit-string", "二〇二五", 2025},
	{"digit-string", "二零二二", 2022},
	{"digit-string", "一〇八", 108},
	{"digit-string", "一九九八", 1998},
	{"digit-string-three", "二五一", 251},
	{"digit-string-scale", "二五一万", 2510000},
	{"digit-string-scale", "一〇〇亿", 1e10},
	{"digit-string-decimal", "七六六·四亿", 7.664e10},
	{"digit-string-decimal", "二五·一亿", 2.51e9},
	{"digit-string-decimal", "三〇·八亿", 3.08e9},
	{"digit-string-grouped", "一、二〇九亿", 1.209e11},
	{"digit-string-grouped", "三〇、八二四", 30824},
	{"digit-string-grouped", "一、二四九·九亿", 1.2499e11},
	{"ten", "十", 10},
	{"teen", "十五", 15},
	{"teen", "一十五", 15},
	{"tens", "二十", 20},
	{"hundreds", "一百一十五", 115},
	{"hundreds", "一百十五", 115},
	{"zero-gap", "一千零五", 1005},
	{"zero-gap", "一千零五十", 1050},
	{"zero-gap", "十万零三百", 100300},
	{"zero-gap", "一亿零五百万", 105000000},
	{"zero-gap", "一亿零五十万", 100500000},
	{"zero-gap", "一万零五", 10005},
	{"elision", "一万五", 15000},
	{"elision", "三千五", 3500},
	{"elision", "一百五", 150},
	{"elision", "一亿五", 1.5e8},
	{"wan-yi", "一万五千亿", 1.5e12},
	{"wan-yi", "三万亿", 3e12},
	{"yi-wan", "一亿二千万", 1.2e8},
	{"mixed", "1亿2000万", 1.2e8},
	{"mixed", "3千5百", 3500},
	{"mixed", "1万5千", 15000},
	{"M17", "100000万", 1e9},
	{"big", "120万亿", 1.2e14},
	{"decimal-scale", "3.5千万", 3.5e7},
	{"decimal-scale", "1.5百万", 1.5e6},
	{"decimal-scale", "1.1万", 11000},
	{"decimal-scale", "1.1十万", 110000},
	{"decimal-scale", "0.5亿", 5e7},
	{"decimal-scale", "11.5亿", 1.15e9},
	{"decimal-scale", "977.79亿", 9.7779e10},
	{"liang-alone", "两", 2},
	{"zero-alone", "零", 0},
	{"zero-alone", "〇", 0},
	{"spaces", "  1.8 ", 1.8},
}

func TestParse(t *testing.T) {
	for _, c := range parseCases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Parse(c.in)
			if err != nil {
				t.Fatalf("Parse(%q): %v", c.in, err)
			}
			if got != c.want {
				t.Errorf("Parse(%q) = %v, want %v", c.in, got, c.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want error
	}{
		{"F1", "十四五", ErrSyntax},
		{"F1", "十五五", ErrSyntax},
		{"F2", "一带一路", ErrSyntax},
		{"empty", "", ErrEmpty},
		{"empty", "   ", ErrEmpty},
		{"fuzzy-pair", "三五", ErrSyntax},
		{"fuzzy-pair-scale", "三五亿", ErrSyntax},
		{"counting-off", "一二三", ErrSyntax},
		{"list-not-group", "一、二", ErrSyntax},
		{"list-not-group-four", "一、二〇二四", ErrSyntax},
		{"counting-off-scale", "一二三万", ErrSyntax},
		{"digit-string-small-scale", "二五一百", ErrSyntax},
		{"fuzzy-pair", "两三", ErrSyntax},
		{"short-digit-string", "一二", ErrSyntax},
		{"liang-units", "十两", ErrSyntax},
		{"liang-tens", "两十", ErrSyntax},
		{"missing-zero", "一千五十", ErrSyntax},
		{"spurious-zero", "一千零五百", ErrSyntax},
		{"missing-zero-yi", "一亿五千", ErrSyntax},
		{"double-zero", "一千零零五", ErrSyntax},
		{"trailing-zero", "一千零", ErrSyntax},
		{"leading-zero", "零五", ErrSyntax},
		{"unit-order", "十百", ErrSyntax},
		{"unit-order", "五十百", ErrSyntax},
		{"repeated-yi", "一亿亿", ErrSyntax},
		{"repeated-wan", "一万二万", ErrSyntax},
		{"bare-unit-inside", "一万千", ErrSyntax},
		{"arabic-before-small-unit", "12千", ErrSyntax},
		{"arabic-elision", "3千5", ErrSyntax},
		{"separator", "1,20", ErrSyntax},
		{"separator", "1234,567", ErrSyntax},
		{"separator", "1,,234", ErrSyntax},
		{"separator", ",123", ErrSyntax},
		{"point", "1.", ErrSyntax},
		{"point", ".5", ErrSyntax},
		{"point", "1.2.3", ErrSyntax},
		{"point", "一点", ErrSyntax},
		{"point", "点五", ErrSyntax},
		{"decimal-then-digits", "1.5万3千", ErrSyntax},
		{"decimal-ten", "1.5十", ErrSyntax},
		{"inner-space", "1 200", ErrSyntax},
		{"sign", "-5", ErrSyntax},
		{"sign", "+5", ErrSyntax},
		{"mixed-digit-string", "二0二五", ErrSyntax},
		{"non-final-elision", "一万五亿", ErrSyntax},
		{"qualifier", "超100", ErrSyntax},
		{"unit", "100元", ErrSyntax},
		{"zhao", "一兆", ErrSyntax},
		{"overflow", "99999999999999999999", ErrRange},
		{"overflow", "9999999999999万亿", ErrRange},
		{"too-long", "一二三四五六七八九〇一二三四五六七八九〇一二三四五六七八九〇一二三四五六七八九〇一二三四五六七八九〇一二三四五六七八九〇一二三四五", ErrTooLong},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Parse(c.in)
			if err == nil {
				t.Fatalf("Parse(%q) = %v, want error", c.in, got)
			}
			if !errors.Is(err, c.want) {
				t.Errorf("Parse(%q) error %v, want %v", c.in, err, c.want)
			}
		})
	}
}

func TestDecFloatExact(t *testing.T) {
	cases := []struct {
		d    dec
		want float64
	}{
		{dec{11, -1 + 5}, 110000},
		{dec{18, -1 + 8}, 1.8e8},
		{dec{15, -2}, 0.15},
		{dec{1, 25}, 1e25},
		{dec{123456789012345678, 0}, 123456789012345678},
		{dec{1, -30}, 1e-30},
	}
	for _, c := range cases {
		got, err := c.d.float()
		if err != nil || got != c.want {
			t.Errorf("%+v.float() = %v, %v; want %v", c.d, got, err, c.want)
		}
	}
	if _, err := (dec{1, 400}).float(); err == nil {
		t.Error("1e400 converted without error")
	}
	if f, err := (dec{1, 308}).float(); err != nil || math.IsInf(f, 0) {
		t.Errorf("1e308: %v %v", f, err)
	}
}

func TestNormalizeKeepsRuneCount(t *testing.T) {
	for _, s := range []string{"投资１．８亿元用于", "😀投入1.8亿元", "約１．８億元", "㎡½", "台（套）", "\u3000１２"} {
		got := Normalize(s)
		if a, b := len([]rune(s)), len([]rune(got)); a != b {
			t.Errorf("Normalize(%q) = %q: %d runes, want %d", s, got, b, a)
		}
	}
	if got, want := Normalize("約１．８億元（含）以上"), "约1.8亿元(含)以上"; got != want {
		t.Errorf("Normalize = %q, want %q", got, want)
	}
	if got, want := Normalize("￥＄１００％"), "¥$100%"; got != want {
		t.Errorf("Normalize = %q, want %q", got, want)
	}
}
