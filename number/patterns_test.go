package number

import (
	"testing"
	"unicode/utf8"

	"github.com/dlclark/regexp2/v2"
)

func compileFull(t *testing.T, name, pat string) *regexp2.Regexp {
	t.Helper()
	re, err := regexp2.Compile(`^(?:`+pat+`)$`, regexp2.None)
	if err != nil {
		t.Fatalf("%s does not compile: %v", name, err)
	}
	return re
}

func mustMatch(t *testing.T, re *regexp2.Regexp, name, s string) {
	t.Helper()
	n := Normalize(s)
	ok, err := re.MatchString(n)
	if err != nil || !ok {
		t.Errorf("%s does not fully match %q (normalised %q): %v", name, s, n, err)
	}
}

// quantityParts are the number parts (before the unit) of the quantity
// tables, as a rule file would see them.
var quantityParts = []string{
	"145亿", "1000万", "1.8亿", "一点八亿", "十五点八万", "1.2万亿", "万亿", "两千亿", "1200億", "壹億",
	"2.3万億", "１．８亿", "十１万", "1,200万", "１，２００万", "3亿", "500万", "2.5亿", "1亿", "七",
	"100000万", "1.7亿", "1万亿", "百亿", "1000亿", "2000万", "五百", "1200亿", "2万", "50万", "40万",
	"3.5万亿", "5000万至1亿", "5000万～1亿", "1—2亿", "1-2亿", "3至5亿", "1～2亿", "八到九百亿", "两三百万",
	"三五十亿", "1200余亿", "100多亿", "一千多万", "3000余万", "数百亿", "数十万", "上百亿", "2", "15",
	"15.5", "5", "10", "1.5", "两", "1—2", "3至5", "2.3万", "100", "300万", "1.5亿", "5万", "60万",
	"十七八", "一两", "七八十", "二十多", "十余", "10万余", "上千", "几十", "75.37亿", "1000万至2000万",
	"八百至一千二百万", "十至二十亿", "八至十万", "1.5-2亿", "3——5", "100余至200余", "5000至1亿", "1-2",
	"10-20", "十四五", "3~5", "3〜5", "3–5", "5000 万", "10 亿", "1.5 万亿",
}

func TestPatterns(t *testing.T) {
	numeral := compileFull(t, "NumeralPattern", NumeralPattern)
	quantity := compileFull(t, "QuantityPattern", QuantityPattern)
	scale := compileFull(t, "ScalePattern", ScalePattern)
	sep := compileFull(t, "RangeSepPattern", RangeSepPattern)
	percent := compileFull(t, "PercentWordPattern", PercentWordPattern)
	multiplier := compileFull(t, "MultiplierPattern", MultiplierPattern)

	for _, c := range parseCases {
		s := Normalize(c.in)
		if c.name == "spaces" {
			continue
		}
		mustMatch(t, numeral, "NumeralPattern", s)
		mustMatch(t, quantity, "QuantityPattern", s)
	}
	for _, s := range quantityParts {
		mustMatch(t, quantity, "QuantityPattern", s)
	}
	for _, s := range []string{"万亿", "千亿", "百亿", "十亿", "亿", "千万", "百万", "十万", "万", "千", "百"} {
		mustMatch(t, scale, "ScalePattern", s)
	}
	for _, s := range []string{"至", "到", "-", "—", "——", "–", "~", "～", "－", "〜", "―", "‐", "‑"} {
		mustMatch(t, sep, "RangeSepPattern", s)
	}
	for _, s := range []string{"百分之十五", "百分之三点五", "千分之一点五", "万分之五", "百分之五十"} {
		mustMatch(t, percent, "PercentWordPattern", s)
	}
	for _, s := range []string{"翻一番", "翻两番", "翻兩番", "翻三番", "翻番", "翻了一番", "翻2番"} {
		mustMatch(t, multiplier, "MultiplierPattern", s)
	}
	// The range separator 一 is deliberately absent: 一带一路 has no range.
	if ok, _ := sep.MatchString("一"); ok {
		t.Error("RangeSepPattern matches 一")
	}
}

// TestPatternsAgreeWithParser checks that a rule file built on the patterns
// finds a number in every valid expression of the tables.
func TestPatternsAgreeWithParser(t *testing.T) {
	re := regexp2.MustCompile(QuantityPattern+`|`+MultiplierPattern, regexp2.None)
	v := DefaultVocab()
	for _, c := range quantityCases {
		s := Normalize(c.in)
		m, err := re.FindStringMatch(s)
		if err != nil || m == nil {
			t.Errorf("%s: QuantityPattern finds nothing in %q", c.id, s)
			continue
		}
		if _, err := v.ParseQuantity(c.in); err != nil {
			t.Errorf("%s: %v", c.id, err)
		}
		// The match covers the whole number: no numeral rune, 余 or 多 is
		// left next to it (unless a unit starts with a numeral rune, as in
		// 3千米, where the rule file's unit alternation backtracks).
		rs := []rune(s)
		if m.RuneIndex > 0 && isNumeralRune(rs[m.RuneIndex-1]) {
			t.Errorf("%s: match %q in %q leaves a numeral rune before it", c.id, m.String(), s)
		}
		if end := m.RuneIndex + m.RuneLength; end < len(rs) && (isNumeralRune(rs[end]) || rs[end] == '余' || rs[end] == '多') {
			if _, n := v.units.longest(rs[end-1:]); n == 0 {
				t.Errorf("%s: match %q in %q stops inside the number", c.id, m.String(), s)
			}
		}
	}
}

func TestPatternOffsets(t *testing.T) {
	// O1/M10: regexp2 reports rune indexes; Normalize keeps rune count, so
	// the index is valid in the original text and converts to bytes.
	re := regexp2.MustCompile(QuantityPattern+`(?:元)`, regexp2.None)
	for _, c := range []struct {
		text      string
		span      string
		runeStart int
		byteStart int
	}{
		{"😀投入1.8亿元", "1.8亿元", 3, 10},
		{"投资１．８亿元用于", "１．８亿元", 2, 6},
	} {
		m, err := re.FindStringMatch(Normalize(c.text))
		if err != nil || m == nil {
			t.Fatalf("no match in %q", c.text)
		}
		if m.RuneIndex != c.runeStart {
			t.Errorf("%q: rune index %d, want %d", c.text, m.RuneIndex, c.runeStart)
		}
		// rune offsets → byte offsets in the original string
		b, i := 0, 0
		for i < m.RuneIndex {
			_, size := utf8.DecodeRuneInString(c.text[b:])
			b += size
			i++
		}
		e := b
		for j := 0; j < m.RuneLength; j++ {
			_, size := utf8.DecodeRuneInString(c.text[e:])
			e += size
		}
		if b != c.byteStart || c.text[b:e] != c.span {
			t.Errorf("%q: bytes [%d,%d) = %q, want start %d span %q", c.text, b, e, c.text[b:e], c.byteStart, c.span)
		}
		q, err := DefaultVocab().ParseQuantity(c.text[b:e])
		if err != nil || q.Value != 1.8e8 {
			t.Errorf("%q: %+v %v", c.text[b:e], q, err)
		}
	}
}

func TestQualifierPattern(t *testing.T) {
	// B5/B6 at the pattern level: the leftmost, longest qualifier wins.
	v := DefaultVocab()
	re := regexp2.MustCompile(`(?:`+v.QualifierPattern(false)+`)(?:`+QuantityPattern+`)(?:元)`, regexp2.None)
	for text, want := range map[string]string{
		"单个项目补助不超过1.8亿元。": "不超过1.8亿元",
		"最高不超过1000万元的补助":  "最高不超过1000万元",
		"研发投入不少于500万元":    "不少于500万元",
		"不低于500万元":        "不低于500万元",
	} {
		m, err := re.FindStringMatch(Normalize(text))
		if err != nil || m == nil || m.String() != want {
			t.Errorf("%q: match %v, want %q", text, m, want)
			continue
		}
		q, err := v.ParseQuantity(m.String())
		if err != nil || (q.Qualifier != QualLessEqual && q.Qualifier != QualGreaterEqual) {
			t.Errorf("%q: %+v %v", m.String(), q, err)
		}
	}
	suffix := regexp2.MustCompile(`^(?:`+v.QualifierPattern(true)+`)$`, regexp2.None)
	for _, s := range []string{"以上", "(含)以上", "以上(含)", "左右", "以内"} {
		if ok, _ := suffix.MatchString(s); !ok {
			t.Errorf("suffix pattern does not match %q", s)
		}
	}
}
