package number

import (
	"math"
	"testing"
)

// fuzzSeeds are inputs of every shape the parsers see, valid and not.
var fuzzSeeds = []string{
	"1.8", "１．８", "1,200", "１，２００", "一点八", "两千", "两千亿", "壹億", "十１", "2.3万億",
	"1.2万亿", "万亿", "百亿", "十五点八万", "二〇二五", "十四五", "一带一路", "", "一千零五",
	"十万零三百", "一万五", "3千5百", "100000万", "1亿2000万", "超1.7亿元", "不超过2000万元",
	"5000万元至1亿元", "1—2户", "3至5家", "1200余亿元", "人民币2.5亿元", "$3亿", "百分之三点五",
	"15.5％", "5个百分点", "翻两番", "1.5倍", "1.5‰", "千分之一点五", "八到九百亿元", "两三百万元",
	"三五十亿元", "数百亿元", "上百亿元", "2万元以上（含）", "300万千瓦", "3千米", "十七八家",
	"约人民币75.37亿元", "20+8", "第一批", "9999999999999万亿", "99999999999999999999",
	"0.0000000000000000000000000000001亿", "零点零零一", "1,234,567.891万", "翻了一番", "几十家",
	"百分之十到百分之二十", "1‰至2‰", "$1亿至$2亿", "超过100家以上", "5至3家", "一亿零五百万",
	"两三至四五百万元", "万余家", "最高可达500万元", "1亿至2亿美元", "千瓦", "十七八万", "１—２戶",
	"約１．８億元", "不超過2000萬元", "50萬元（含）以上", "港币100万元", "1.5亿千瓦时", "HK$5亿",
}

func checkQuantity(t *testing.T, s string, q Quantity) {
	t.Helper()
	if math.IsNaN(q.Value) || math.IsInf(q.Value, 0) || q.Value < 0 {
		t.Fatalf("%q: bad Value %v", s, q.Value)
	}
	if q.HasMax {
		if math.IsNaN(q.Max) || math.IsInf(q.Max, 0) || q.Max < q.Value {
			t.Fatalf("%q: bad Max %v (Value %v)", s, q.Max, q.Value)
		}
	} else if q.Max != 0 {
		t.Fatalf("%q: Max %v without HasMax", s, q.Max)
	}
	if !q.Qualifier.Valid() {
		t.Fatalf("%q: bad Qualifier %q", s, q.Qualifier)
	}
	if !q.Kind.Valid() {
		t.Fatalf("%q: bad Kind %q", s, q.Kind)
	}
	if (q.Kind == KindMoney) != (q.Currency != "") {
		t.Fatalf("%q: Kind %q with Currency %q", s, q.Kind, q.Currency)
	}
	if (q.Kind == KindBare) != (q.Unit == "") {
		t.Fatalf("%q: Kind %q with Unit %q", s, q.Kind, q.Unit)
	}
	_ = q.String()
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := Parse(s)
		if err != nil {
			return
		}
		if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
			t.Fatalf("Parse(%q) = %v", s, v)
		}
		_ = Humanize(v, "元")
		// Normalisation is part of parsing: the normalised and the
		// full-width spellings mean the same.
		for _, alt := range []string{Normalize(s), fullWidth(s)} {
			if w, err := Parse(alt); err != nil || w != v {
				t.Fatalf("Parse(%q) = %v but Parse(%q) = %v, %v", s, v, alt, w, err)
			}
		}
		// Whatever Parse accepts, ParseQuantity accepts as a bare number
		// with the same value.
		q, err := DefaultVocab().ParseQuantity(s)
		if err != nil {
			t.Fatalf("Parse(%q) = %v but ParseQuantity fails: %v", s, v, err)
		}
		if q.Value != v || q.Kind != KindBare || q.HasMax {
			t.Fatalf("Parse(%q) = %v but ParseQuantity = %+v", s, v, q)
		}
	})
}

var fuzzVocab = DefaultVocab()

func FuzzParseQuantity(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := fuzzVocab.ParseQuantity(s)
		if err != nil {
			return
		}
		checkQuantity(t, s, q)
		for _, alt := range []string{Normalize(s), fullWidth(s)} {
			if w, err := fuzzVocab.ParseQuantity(alt); err != nil || w != q {
				t.Fatalf("ParseQuantity(%q) = %+v but ParseQuantity(%q) = %+v, %v", s, q, alt, w, err)
			}
		}
	})
}

// FuzzASCIIDigitsRunes holds the rune version to ASCIIDigits of the
// runes' string, invalid runes included.
func FuzzASCIIDigitsRunes(f *testing.F) {
	f.Add("二〇二四年一月二十一日", int32(0))
	f.Add("零点九", int32(0xD800))
	f.Add("abc", int32(-1))
	f.Fuzz(func(t *testing.T, s string, extra int32) {
		rs := append([]rune(s), extra)
		if got, want := ASCIIDigitsRunes(rs), ASCIIDigits(string(rs)); got != want {
			t.Errorf("ASCIIDigitsRunes(%q) = %q, want %q", rs, got, want)
		}
	})
}
