package number

import (
	"errors"
	"testing"
)

// Helpers for expected quantities.
func cny(v float64, q Qualifier) Quantity {
	return Quantity{Value: v, Qualifier: q, Kind: KindMoney, Unit: "元", Currency: "CNY"}
}

func cnyRange(lo, hi float64, q Qualifier) Quantity {
	x := cny(lo, q)
	x.Max, x.HasMax = hi, true
	return x
}

func count(v float64, unit string, q Qualifier) Quantity {
	return Quantity{Value: v, Qualifier: q, Kind: KindCount, Unit: unit}
}

func countRange(lo, hi float64, unit string, q Qualifier) Quantity {
	x := count(lo, unit, q)
	x.Max, x.HasMax = hi, true
	return x
}

func bare(v float64, q Qualifier) Quantity {
	return Quantity{Value: v, Qualifier: q, Kind: KindBare}
}

func pct(v float64, q Qualifier) Quantity {
	return Quantity{Value: v, Qualifier: q, Kind: KindPercent, Unit: "%"}
}

func mult(v float64) Quantity {
	return Quantity{Value: v, Qualifier: QualEqual, Kind: KindMultiple, Unit: "倍"}
}

func with(q Quantity, f func(*Quantity)) Quantity { f(&q); return q }

// quantityCases are the rows of EDGE_CASES.md sections 2.1–2.5 (and extra
// cases). Rows whose input is a sentence (B5, B6, B8, B9, M10, T1, T2, P1,
// P3, P4) are tested on the quantity part; locating it in the sentence is
// done elsewhere in the project.
var quantityCases = []struct {
	id   string
	in   string
	want Quantity
}{
	// 2.1 Magnitudes, scripts, units
	{"M1", "145亿", bare(1.45e10, QualEqual)}, // the caller decides it is money: see TestAsMoney
	{"M2", "1000万元", cny(1e7, QualEqual)},
	{"M3", "1.8亿元", cny(1.8e8, QualEqual)},
	{"M4", "一点八亿元", cny(1.8e8, QualEqual)},
	{"M4", "十五点八万元", cny(158000, QualEqual)},
	{"M5", "1.2万亿元", cny(1.2e12, QualEqual)},
	{"M5", "3.3万亿元", cny(3.3e12, QualEqual)},
	{"M6", "万亿元", cny(1e12, QualEqual)},
	{"M7", "两千亿元", cny(2e11, QualEqual)},
	{"M8", "1200億元", cny(1.2e11, QualEqual)},
	{"M8", "壹億元", cny(1e8, QualEqual)},
	{"M9", "2.3万億元", cny(2.3e12, QualEqual)},
	{"M9", "2.3萬億元", cny(2.3e12, QualEqual)},
	{"M10", "１．８亿元", cny(1.8e8, QualEqual)}, // from 投资１．８亿元用于
	{"M11", "十１万元", cny(1.1e5, QualEqual)},
	{"M12", "1,200万元", cny(1.2e7, QualEqual)},
	{"M12", "１，２００万元", cny(1.2e7, QualEqual)},
	{"M13", "3亿美元", Quantity{Value: 3e8, Qualifier: QualEqual, Kind: KindMoney, Unit: "美元", Currency: "USD"}},
	{"M13", "500万欧元", Quantity{Value: 5e6, Qualifier: QualEqual, Kind: KindMoney, Unit: "欧元", Currency: "EUR"}},
	{"M14", "人民币2.5亿元", cny(2.5e8, QualEqual)},
	{"M15", "$3亿", Quantity{Value: 3e8, Qualifier: QualEqual, Kind: KindMoney, Unit: "美元", Currency: "USD", UnitInferred: true}},
	{"M15", "＄3亿", Quantity{Value: 3e8, Qualifier: QualEqual, Kind: KindMoney, Unit: "美元", Currency: "USD", UnitInferred: true}},
	{"M15", "US$3亿", Quantity{Value: 3e8, Qualifier: QualEqual, Kind: KindMoney, Unit: "美元", Currency: "USD", UnitInferred: true}},
	{"M15", "￥1亿", with(cny(1e8, QualEqual), func(q *Quantity) { q.UnitInferred = true })},
	{"M15", "RMB1亿元", cny(1e8, QualEqual)},
	{"M16", "七元", cny(7, QualEqual)},
	{"M17", "100000万美元", Quantity{Value: 1e9, Qualifier: QualEqual, Kind: KindMoney, Unit: "美元", Currency: "USD"}},

	// 2.2 Bounds and modifiers
	{"B1", "超1.7亿元", cny(1.7e8, QualGreater)},
	{"B2", "近1万亿元", cny(1e12, QualLess)},
	{"B3", "逾百亿元", cny(1e10, QualGreater)},
	{"B3", "逾1000亿元", cny(1e11, QualGreater)},
	{"B4", "不超过2000万元", cny(2e7, QualLessEqual)},
	{"B4", "不超過2000萬元", cny(2e7, QualLessEqual)},
	{"B5", "不超过1.8亿元", cny(1.8e8, QualLessEqual)}, // from 单个项目补助不超过1.8亿元。
	{"B6", "最高不超过1000万元", cny(1e7, QualLessEqual)},
	{"B7", "不低于500万元", cny(5e6, QualGreaterEqual)},
	{"B8", "不少于500万元", cny(5e6, QualGreaterEqual)}, // also from 研发投入不少于500万元
	{"B9", "最高500万元", cny(5e6, QualLessEqual)},     // from 给予最高500万元奖励
	{"B10", "最多500万元", cny(5e6, QualLessEqual)},
	{"B11", "1000万元以上", cny(1e7, QualGreaterEqual)},
	{"B11", "五百以上", bare(500, QualGreaterEqual)},
	{"B12", "达1200亿元", cny(1.2e11, QualEqual)},
	{"B12", "达500万元", cny(5e6, QualEqual)},
	{"B12", "达到3万家", count(30000, "家", QualEqual)},
	{"B13", "突破1000亿元", cny(1e11, QualGreater)},
	{"B14", "2万元以上（含）", cny(2e4, QualGreaterEqual)},
	{"B14", "50万元（含）以上", cny(5e5, QualGreaterEqual)},
	{"B15", "小于40万", bare(4e5, QualLess)},
	{"B16", "约3.5万亿元", cny(3.5e12, QualApprox)},
	{"B16", "约1.8亿元", cny(1.8e8, QualApprox)},
	// Typeset plans put a space between the digits and the scale.
	{"", "5000 万元", cny(5e7, QualEqual)},
	{"", "超 10 亿元", cny(1e9, QualGreater)},

	// 2.3 Ranges and fuzzy quantities
	{"R1", "5000万元至1亿元", cnyRange(5e7, 1e8, QualEqual)},
	{"R2", "5000万～1亿元", cnyRange(5e7, 1e8, QualEqual)},
	{"R3", "1—2亿元", cnyRange(1e8, 2e8, QualEqual)},
	{"R3", "1-2亿元", cnyRange(1e8, 2e8, QualEqual)},
	{"R3", "3至5亿元", cnyRange(3e8, 5e8, QualEqual)},
	{"R4", "1～2亿元", cnyRange(1e8, 2e8, QualEqual)},
	{"R5", "八到九百亿元", with(cnyRange(8e10, 9e10, QualEqual), func(q *Quantity) { q.Ambiguous = true })},
	{"R6", "两三百万元", cnyRange(2e6, 3e6, QualApprox)},
	{"R7", "三五十亿元", cnyRange(3e9, 5e9, QualApprox)},
	{"R-percent-fuzzy", "百分之六七十", with(pct(60, QualApprox), func(q *Quantity) { q.Max, q.HasMax = 70, true })},
	{"R-percent-fuzzy-digits", "百分之六七", with(pct(6, QualApprox), func(q *Quantity) { q.Max, q.HasMax = 7, true })},
	{"R8", "1200余亿元", cny(1.2e11, QualApprox)},
	{"R9", "100多亿元", cny(1e10, QualApprox)},
	{"R9", "一千多万元", cny(1e7, QualApprox)},
	// 几 below the numeral's last unit fills a place, it scales nothing.
	{"R9-ji-place", "一百几十亿元", cny(1e10, QualApprox)},
	{"R9-ji-place", "一千几百万元", cny(1e7, QualApprox)},
	{"R9-ji-place", "二百几十个", count(200, "个", QualApprox)},
	{"R9-ji-scale", "十几亿元", cny(1e9, QualApprox)},
	{"R10", "3000余万元", cny(3e7, QualApprox)},
	{"R11", "数百亿元", cnyRange(1e10, 1e11, QualApprox)},
	{"R11", "数十万元", cnyRange(1e5, 1e6, QualApprox)},
	{"R12", "上百亿元", cny(1e10, QualGreaterEqual)},
	{"R13", "2个", count(2, "个", QualEqual)}, // from 打造2个千亿级产业集群; 千亿级 itself: TestScaleClass

	// 2.4 Percentages, percentage points, multiples
	{"P1", "15%", pct(15, QualEqual)}, // from 研发经费投入增长15%
	{"P2", "百分之十五", pct(15, QualEqual)},
	{"P2", "百分之三点五", pct(3.5, QualEqual)},
	{"P2", "15.5％", pct(15.5, QualEqual)},
	{"P3", "5个百分点", Quantity{Value: 5, Qualifier: QualEqual, Kind: KindPoints, Unit: "个百分点"}},
	{"P3", "5個百分點", Quantity{Value: 5, Qualifier: QualEqual, Kind: KindPoints, Unit: "个百分点"}},
	{"P4", "10%以上", pct(10, QualGreaterEqual)}, // from 年均增长10%以上
	{"P5", "1.5‰", with(pct(1.5, QualEqual), func(q *Quantity) { q.Unit = "‰" })},
	{"P5-word", "千分之一点五", with(pct(1.5, QualEqual), func(q *Quantity) { q.Unit = "‰" })},
	{"P6", "翻一番", mult(2)},
	{"P6", "翻两番", mult(4)},
	{"P6", "翻兩番", mult(4)},
	{"P6", "翻三番", mult(8)},
	{"P7", "1.5倍", mult(1.5)},
	{"P7", "两倍", mult(2)},

	// 2.5 Counts and targets
	{"T1", "1—2户", countRange(1, 2, "户", QualEqual)}, // from 培育国家技术创新示范企业1—2户
	{"T1", "1—2戶", countRange(1, 2, "户", QualEqual)},
	{"T2", "3至5家", countRange(3, 5, "家", QualEqual)}, // from 新建3至5家创新中心
	// Older typesetting: 一 before an Arabic digit, or a run of hyphens, is
	// a range's dash.
	{"dash-one", "550万一600万吨", countRange(5.5e6, 6e6, "吨", QualEqual)},
	{"dash-one-decimal", "3.7一4.4倍", with(mult(3.7), func(q *Quantity) { q.Max, q.HasMax = 4.4, true })},
	{"dash-one-percent", "23.6一34.8%", with(pct(23.6, QualEqual), func(q *Quantity) { q.Max, q.HasMax = 34.8, true })},
	{"dash-one-percents", "50%一70%", with(pct(50, QualEqual), func(q *Quantity) { q.Max, q.HasMax = 70, true })},
	{"one-in-numeral", "一万一千吨", count(11000, "吨", QualEqual)},
	{"dash-hyphens", "42,500万---45,000万吨", countRange(4.25e8, 4.5e8, "吨", QualEqual)},
	{"dash-hyphens-four", "3,000万----3,500万千瓦", countRange(3e7, 3.5e7, "千瓦", QualEqual)},
	{"T3", "达1200亿元", cny(1.2e11, QualEqual)}, // GUIDELINES: 达 is "=", not ">="

	// Beyond the table
	{"count-scale", "2.3万家", count(23000, "家", QualEqual)},
	{"count-approx", "100项左右", count(100, "项", QualApprox)},
	{"count-ge", "100家以上", count(100, "家", QualGreaterEqual)},
	{"count-ge", "5家及以上", count(5, "家", QualGreaterEqual)},
	{"count-le", "不超过4项", count(4, "项", QualLessEqual)},
	{"count-unit-paren", "20台（套）", count(20, "台(套)", QualEqual)},
	{"count-unit-paren", "20台(套)", count(20, "台(套)", QualEqual)},
	{"scaled-unit", "300万千瓦", count(3e6, "千瓦", QualEqual)},
	{"scaled-unit", "1.5亿千瓦时", count(1.5e8, "千瓦时", QualEqual)},
	{"scaled-unit", "5万人", count(5e4, "人", QualEqual)},
	{"scaled-unit", "60万吨", count(6e5, "吨", QualEqual)},
	{"unit-overlap", "3千米", count(3, "千米", QualEqual)},
	{"unit-overlap", "5百分点", Quantity{Value: 5, Qualifier: QualEqual, Kind: KindPoints, Unit: "个百分点"}},
	{"fuzzy-count", "十七八家", countRange(17, 18, "家", QualApprox)},
	{"fuzzy-count", "一两个", countRange(1, 2, "个", QualApprox)},
	{"fuzzy-count", "七八十家", countRange(70, 80, "家", QualApprox)},
	{"approx-count", "二十多个", count(20, "个", QualApprox)},
	{"approx-count", "十余家", count(10, "家", QualApprox)},
	{"approx-tail", "10万余元", cny(1e5, QualApprox)},
	{"vague-count", "上千家", count(1000, "家", QualGreaterEqual)},
	{"vague-count", "几十家", countRange(10, 100, "家", QualApprox)},
	{"qual-currency", "约人民币75.37亿元", cny(7.537e9, QualApprox)},
	{"qual-currency", "人民币约2.5亿元", cny(2.5e8, QualApprox)},
	{"bare-scale-qual", "超万亿元", cny(1e12, QualGreater)},
	{"bare-ge", "10亿以上", bare(1e9, QualGreaterEqual)},
	{"near", "近9000亿元", cny(9e11, QualLess)},
	{"approx-is", "约为8.5亿元", cny(8.5e8, QualApprox)},
	{"hkd", "港币100万元", Quantity{Value: 1e6, Qualifier: QualEqual, Kind: KindMoney, Unit: "港元", Currency: "HKD"}},
	{"cny-suffix", "100万元人民币", cny(1e6, QualEqual)},
	{"gbp", "2亿英镑", Quantity{Value: 2e8, Qualifier: QualEqual, Kind: KindMoney, Unit: "英镑", Currency: "GBP"}},
	{"range-wan", "1000万至2000万元", cnyRange(1e7, 2e7, QualEqual)},
	{"range-distribute-big", "八百至一千二百万元", cnyRange(8e6, 1.2e7, QualEqual)},
	{"range-distribute-ten", "十至二十亿元", cnyRange(1e9, 2e9, QualEqual)},
	{"range-bare-scale", "八至十万元", cnyRange(8e4, 1e5, QualEqual)},
	{"range-decimal", "1.5-2亿元", cnyRange(1.5e8, 2e8, QualEqual)},
	{"range-double-dash", "3——5家", countRange(3, 5, "家", QualEqual)},
	{"range-hyphen", "3‐5家", countRange(3, 5, "家", QualEqual)},
	{"range-nb-hyphen", "3‑5家", countRange(3, 5, "家", QualEqual)},
	{"range-fallback", "5000至1亿元", with(cnyRange(5000, 1e8, QualEqual), func(q *Quantity) { q.Ambiguous = true })},
	{"range-qual", "约1-2亿元", cnyRange(1e8, 2e8, QualApprox)},
	{"range-percent", "10%-20%", with(pct(10, QualEqual), func(q *Quantity) { q.Max, q.HasMax = 20, true })},
	{"range-percent", "10-20%", with(pct(10, QualEqual), func(q *Quantity) { q.Max, q.HasMax = 20, true })},
	{"range-percent", "百分之十到百分之二十", with(pct(10, QualEqual), func(q *Quantity) { q.Max, q.HasMax = 20, true })},
	{"range-approx-ends", "100余至200余家", countRange(100, 200, "家", QualApprox)},
	{"range-usd", "$1亿至$2亿", Quantity{Value: 1e8, Max: 2e8, HasMax: true, Qualifier: QualEqual, Kind: KindMoney, Unit: "美元", Currency: "USD", UnitInferred: true}},
	{"strict-wins", "超过100家以上", count(100, "家", QualGreater)},
	{"bound-wins", "约100万元以上", cny(1e6, QualGreaterEqual)},
	{"exclusive", "2万元以上(不含)", cny(2e4, QualGreater)},
	{"permille-range", "1‰至2‰", with(pct(1, QualEqual), func(q *Quantity) { q.Unit, q.Max, q.HasMax = "‰", 2, true })},
	{"ten-thousandth", "万分之五", pct(0.05, QualEqual)},
	{"percent-ge", "百分之五十以上", pct(50, QualGreaterEqual)},
	{"double", "翻番", mult(2)},
	{"double", "翻了一番", mult(2)},
	{"spaces", " 1.8 亿元 ", cny(1.8e8, QualEqual)},
	{"cap", "最高可达500万元", cny(5e6, QualLessEqual)},
	{"range-usd-suffix", "1亿至2亿美元", Quantity{Value: 1e8, Max: 2e8, HasMax: true, Qualifier: QualEqual, Kind: KindMoney, Unit: "美元", Currency: "USD"}},
	{"range-kw", "1至2千瓦", countRange(1, 2, "千瓦", QualEqual)},
	{"fuzzy-ends", "两三至四五百万元", with(cnyRange(2e6, 5e6, QualApprox), func(q *Quantity) { q.Ambiguous = true })},
	{"approx-wan", "万余家", count(1e4, "家", QualApprox)},
	{"traditional", "約１．８億元", cny(1.8e8, QualApprox)},
}

func TestParseQuantity(t *testing.T) {
	v := DefaultVocab()
	for _, c := range quantityCases {
		t.Run(c.id, func(t *testing.T) {
			got, err := v.ParseQuantity(c.in)
			if err != nil {
				t.Fatalf("ParseQuantity(%q): %v", c.in, err)
			}
			if got != c.want {
				t.Errorf("ParseQuantity(%q)\n got  %+v\n want %+v", c.in, got, c.want)
			}
		})
	}
}

func TestParseQuantityErrors(t *testing.T) {
	v := DefaultVocab()
	cases := []struct {
		id   string
		in   string
		want error
	}{
		{"F1", "十四五", ErrNotQuantity},
		{"F1", "十五五", nil}, // any error: it is malformed as a numeral
		{"F1", "十四五规划", ErrNotQuantity},
		{"F2", "一带一路", ErrNotQuantity},
		{"F3", "一网通办", ErrNotQuantity},
		{"F3", "单一窗口", ErrNotQuantity},
		{"F3", "统一零售价", ErrNotQuantity},
		{"F4", "20+8", ErrNotQuantity},
		{"F6", "全国两会", ErrNotQuantity},
		{"F6", "年过半百", ErrNotQuantity},
		{"T4", "一批", ErrNotQuantity},
		{"T4", "第一批", ErrNotQuantity},
		{"T4", "培育一批", ErrNotQuantity},
		{"R13", "千亿级", ErrNotQuantity},
		{"Y2", "2022-2025年", ErrNotQuantity}, // dates are not quantities here
		{"vague", "数家", ErrNotQuantity},
		{"fuzzy-bare", "两三", ErrNotQuantity},
		{"conflict", "不低于100万元以下", ErrNotQuantity},
		{"currency-conflict", "人民币100万美元", ErrNotQuantity},
		{"currency-percent", "$15%", ErrNotQuantity},
		{"unit-conflict", "3家至5户", ErrNotQuantity},
		{"range-order", "5至3家", ErrNotQuantity},
		{"only-qualifier", "超过", ErrNotQuantity},
		{"only-unit", "元", ErrNotQuantity},
		{"empty", "", ErrEmpty},
		{"bad-numeral", "一千五十家", ErrSyntax},
		{"multiplier", "翻一百番", ErrNotQuantity},
		{"trailing-sep", "3至", ErrNotQuantity},
		{"unit-only", "千瓦", ErrNotQuantity},
		{"fuzzy-bare-range", "两三至四五", ErrNotQuantity},
		{"plan", "十三五", nil},
		{"plan", "十三五个", nil},
		{"plan", "十一五", nil},
		{"unit-only", "百分点", ErrNotQuantity},
		{"range-currency", "1亿美元至2亿元", ErrNotQuantity},
		{"too-long", "约一二三四五六七八九〇一二三四五六七八九〇一二三四五六七八九〇一二三四五六七八九〇一二三四五六七八九〇一二三四五六七八九〇一二三四元", ErrTooLong},
	}
	for _, c := range cases {
		t.Run(c.id, func(t *testing.T) {
			got, err := v.ParseQuantity(c.in)
			if err == nil {
				t.Fatalf("ParseQuantity(%q) = %+v, want error", c.in, got)
			}
			if c.want != nil && !errors.Is(err, c.want) {
				t.Errorf("ParseQuantity(%q) error %v, want %v", c.in, err, c.want)
			}
		})
	}
}

func TestAsMoney(t *testing.T) {
	// M1: 145亿 alone is bare; with 资金 nearby the caller makes it money.
	q, err := DefaultVocab().ParseQuantity("145亿")
	if err != nil {
		t.Fatal(err)
	}
	got, err := q.AsMoney("CNY")
	want := with(cny(1.45e10, QualEqual), func(q *Quantity) { q.UnitInferred = true })
	if err != nil || got != want {
		t.Errorf("AsMoney = %+v, %v; want %+v", got, err, want)
	}
	if _, err := pct(5, QualEqual).AsMoney("CNY"); err == nil {
		t.Error("percent became money")
	}
}

func TestScaleClass(t *testing.T) {
	// R13: 千亿级 is a size class, not an amount.
	for in, want := range map[string]float64{"千亿级": 1e11, "百亿级": 1e10, "万亿级": 1e12, "10亿级": 1e9, "千亿元级": 1e11} {
		got, err := ParseScaleClass(in)
		if err != nil || got != want {
			t.Errorf("ParseScaleClass(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"级", "千亿", "十四五级", ""} {
		if _, err := ParseScaleClass(in); err == nil {
			t.Errorf("ParseScaleClass(%q) succeeded", in)
		}
	}
}

func TestVocabAdd(t *testing.T) {
	v := DefaultVocab()
	v.AddUnit("万千瓦", KindCount) // stored as 千瓦: scales go into the value
	v.AddUnit("年", KindCount)
	v.AddUnit("块", KindMoney)
	v.AddUnitAs("人（次）", "人次", KindCount)   // written with a bracket, stands for 人次
	v.AddUnitAs("万场(次)", "万场次", KindCount) // the scale goes into the value, of the unit too
	v.AddCurrency("卢布", "rub")
	v.AddQualifier("逾越", QualGreater, false)
	v.AddQualifier("开外", QualGreater, true)
	v.AddQualifier("", QualGreater, true)
	v.AddQualifier("坏", Qualifier("!"), false)
	cases := []struct {
		in   string
		want Quantity
	}{
		{"300万千瓦", count(3e6, "千瓦", QualEqual)},
		{"三年", count(3, "年", QualEqual)},
		{"100块", cny(100, QualEqual)},
		{"35.4万人（次）", count(354000, "人次", QualEqual)},
		{"3万场(次)", count(30000, "场次", QualEqual)},
		{"5亿卢布", Quantity{Value: 5e8, Qualifier: QualEqual, Kind: KindMoney, Unit: "卢布", Currency: "RUB"}},
		{"逾越5家", count(5, "家", QualGreater)},
		{"50岁开外", Quantity{}},
	}
	for _, c := range cases {
		got, err := v.ParseQuantity(c.in)
		if c.want == (Quantity{}) {
			if err == nil {
				t.Errorf("ParseQuantity(%q) = %+v, want error (岁 is not a unit)", c.in, got)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("ParseQuantity(%q) = %+v, %v; want %+v", c.in, got, err, c.want)
		}
	}
	if _, err := v.ParseQuantity("坏5家"); err == nil {
		t.Error("invalid qualifier was added")
	}
	// DefaultVocab returns independent copies.
	if _, err := DefaultVocab().ParseQuantity("三年"); err == nil {
		t.Error("AddUnit leaked into a new DefaultVocab")
	}
}

func TestQualifierLongestMatch(t *testing.T) {
	// JioNLP's B5/B6/B7 bug: 不超过 read as 超过, 不低于 as 低于.
	v := DefaultVocab()
	pairs := map[string]Qualifier{
		"不超过": QualLessEqual, "超过": QualGreater, "不低于": QualGreaterEqual, "低于": QualLess,
		"不少于": QualGreaterEqual, "少于": QualLess, "不高于": QualLessEqual, "高于": QualGreater,
		"不到": QualLess, "达到": QualEqual, "最高不超过": QualLessEqual, "至少": QualGreaterEqual,
		"至多": QualLessEqual, "不足": QualLess, "将近": QualLess, "大约": QualApprox,
	}
	for w, want := range pairs {
		q, err := v.ParseQuantity(w + "100万元")
		if err != nil || q.Qualifier != want {
			t.Errorf("%s100万元: qualifier %q (%v), want %q", w, q.Qualifier, err, want)
		}
	}
}

func TestHumanize(t *testing.T) {
	cases := []struct {
		v    float64
		unit string
		want string
	}{
		{1.45e10, "元", "145亿元"},
		{23000, "家", "2.3万家"},
		{15, "%", "15%"},
		{0.15, "%", "0.15%"},
		{1.2e12, "元", "1.2万亿元"},
		{1e7, "元", "1000万元"},
		{1500, "家", "1500家"},
		{99999999.99, "元", "1亿元"},
		{12345, "人", "1.2345万人"},
		{5, "个百分点", "5个百分点"},
		{4, "倍", "4倍"},
		{0, "", "0"},
		{1.5, "", "1.5"},
		{-2e8, "元", "-2亿元"},
	}
	for _, c := range cases {
		if got := Humanize(c.v, c.unit); got != c.want {
			t.Errorf("Humanize(%v, %q) = %q, want %q", c.v, c.unit, got, c.want)
		}
	}
}

func TestQuantityString(t *testing.T) {
	v := DefaultVocab()
	for in, want := range map[string]string{
		"不低于500万元":   "≥500万元",
		"5000万元至1亿元": "5000万–1亿元",
		"约1200亿元":    "约1200亿元",
		"超1.7亿元":     ">1.7亿元",
		"近1万亿元":      "<1万亿元",
		"不超过1.8亿元":   "≤1.8亿元",
		"翻两番":        "4倍",
	} {
		q, err := v.ParseQuantity(in)
		if err != nil {
			t.Fatal(err)
		}
		if got := q.String(); got != want {
			t.Errorf("%s: String() = %q, want %q", in, got, want)
		}
	}
}

func TestTrailingQualifier(t *testing.T) {
	v := DefaultVocab()
	tests := []struct {
		in   string
		want Qualifier
		ok   bool
	}{
		{"8%以上", QualGreaterEqual, true},
		{"35%及以上", QualGreaterEqual, true},
		{"20万吨左右", QualApprox, true},
		{"5.5%以内", QualLessEqual, true},
		{"达到90%", "", false},
		{"超过90%", "", false},
		{"以上", QualGreaterEqual, true},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := v.TrailingQualifier(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("TrailingQualifier(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestLeadingQualifier(t *testing.T) {
	v := DefaultVocab()
	for _, tt := range []struct {
		in   string
		want Qualifier
		ok   bool
	}{
		{"以上。", QualGreaterEqual, true},
		{"左右，", QualApprox, true},
		{"以内的", QualLessEqual, true},
		{"人以上", "", false},
		{"", "", false},
	} {
		got, ok := v.LeadingQualifier(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("LeadingQualifier(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestQualifierBefore(t *testing.T) {
	v := DefaultVocab()
	for _, tt := range []struct {
		in   string
		want Qualifier
		ok   bool
	}{
		{"盘中一度突破", QualGreater, true},
		{"价格不超过", QualLessEqual, true},
		{"超过", QualGreater, true},
		{"突破了", "", false},
		{"价格", "", false},
		{"", "", false},
	} {
		got, ok := v.QualifierBefore(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("QualifierBefore(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
