package textnorm

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func norm0(s string) string { return Normalize(s, Options{}).String() }

type normCase struct{ in, want string }

func runCases(t *testing.T, opt Options, cases []normCase) {
	t.Helper()
	for _, c := range cases {
		tx := Normalize(c.in, opt)
		if got := tx.String(); got != c.want {
			t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
		}
		checkSpans(t, tx)
	}
}

func TestWidth(t *testing.T) {
	runCases(t, Options{}, []normCase{
		{"１２３４５６７８９０", "1234567890"},
		{"１．８", "1.8"},
		{"（２０２２—２０２５年）", "(2022—2025年)"},
		{"１，２００万元", "1,200万元"},
		{"１５．５％", "15.5%"},
		{"３～５家", "3~5家"},
		{"－１", "-1"},
		{"ＡＢＣａｂｃ", "ABCabc"},
		{"全角\u3000空格", "全角 空格"},
		{"不换\u00a0行", "不换 行"},
		{"。、《》“”‘’——", "。、《》“”‘’——"}, // NFKC leaves these alone
		{"⼈⼤", "人大"},                 // Kangxi radicals U+2F08, U+2F24
		{"……", "......"},
		{"１０㎡", "10m2"},
		{"①②", "①②"},                 // enclosed numbers mark notes and items
		{"总值①10920亿元", "总值①10920亿元"}, // and must not join the number
		{"⒜Ⓐ", "(a)A"},               // enclosed letters still fold
		{"ｶﾀｶﾅ", "カタカナ"},
	})
	// With KeepWidth the full-width forms stay.
	runCases(t, Options{KeepWidth: true}, []normCase{
		{"１．８亿元", "１．８亿元"},
		{"⻄安", "西安"},
	})
}

func TestRadicals(t *testing.T) {
	runCases(t, Options{}, []normCase{
		{"⻄⻓⻔⻅⻋⻢⻛⻜⻘⻩⻝⻨⻰⻳⻬⻮⺠⺟", "西长门见车马风飞青黄食麦龙龟齐齿民母"},
		{"陕西省⻄安市", "陕西省西安市"}, // G11
		{"⻑", "长"}, // U+2ED1 → 長, then Traditional → Simplified
	})
	runCases(t, Options{KeepTraditional: true}, []normCase{{"⻑", "長"}})
	runCases(t, Options{KeepRadicals: true}, []normCase{{"⻄安", "⻄安"}})
	// Every code point of the block becomes a unified ideograph, except
	// U+2E80 (no equivalent) and the unassigned ones, which stay.
	for r := rune(0x2E80); r <= 0x2EFF; r++ {
		got := []rune(norm0(string(r)))
		if len(got) != 1 {
			t.Fatalf("%U: got %q", r, string(got))
		}
		if unicode.Is(unicode.Radical, r) && r != 0x2E80 {
			if !unicode.Is(unicode.Unified_Ideograph, got[0]) {
				t.Errorf("%U → %U, not a unified ideograph", r, got[0])
			}
		} else if got[0] != r {
			t.Errorf("%U → %U, want unchanged", r, got[0])
		}
	}
}

func TestTraditional(t *testing.T) {
	runCases(t, Options{}, []normCase{
		{"推動", "推动"},
		{"製造業", "制造业"},
		{"億萬戶", "亿万户"},
		{"臺灣", "台湾"},
		{"爲於裏", "为于里"},
		{"發展", "发展"},
		{"山西省工業和信息化廳", "山西省工业和信息化厅"},
		{"2.3萬億元", "2.3万亿元"},
		{"壹億元", "壹亿元"},
		{"國務院關於印發規劃的通知", "国务院关于印发规划的通知"},
		{"溫", "温"}, {"温", "温"}, // HK variant reversed, then back
		{"爲為", "为为"},
		{"衹", "只"},
		{"乾淨", "干净"},      // character table
		{"乾隆年間", "乾隆年间"},  // phrase keeps 乾
		{"扭轉乾坤", "扭转乾坤"},  // phrase
		{"函覆", "函复"},      // phrase
		{"瞭解情況", "了解情况"},  // phrase
		{"乾斷", "乾断"},      // phrase; its target is protected by an identity entry
		{"乾斷乾淨", "乾断干净"},  // phrase then characters
		{"乾(gān)淨", "干净"}, // pinyin removed before phrases and characters
		{"推動(dòng)製造業(yè)", "推动制造业"},
		{"（以下簡稱《行動計劃》）", "(以下简称《行动计划》)"},
	})
	runCases(t, Options{KeepTraditional: true}, []normCase{{"推動製造業", "推動製造業"}})
}

// simplifiedSample is ordinary Simplified policy prose, written for this test.
const simplifiedSample = `省发展和改革委员会、省工业和信息化厅、省科学技术厅联合印发通知，要求各市县着力推进制造业高质量发展。
到二〇二五年，全省规模以上工业增加值年均增长百分之七左右，战略性新兴产业营业收入突破一万亿元。
干部队伍建设方面，各级党委要把政治标准放在首位，后来调整的范围涉及十余个部门。
全市耕地面积稳定在三百万亩以上，高速公路通车里程达到八千公里，农村公路实现乡镇全覆盖。
台湾同胞、港澳居民来内地投资兴业，享受同等待遇；钟楼区、余杭区、范县、里水镇的企业也可申报。
支持龙头企业牵头组建创新联合体，对认定的国家级制造业创新中心给予最高一千万元奖励。
加快发展新能源汽车、集成电路、生物医药、人工智能、高端装备等产业集群，培育一批专精特新企业。
国务院关于印发《新一代人工智能发展规划》的通知，要求各地区各部门认真贯彻执行。
什么是著名的哪吒精神？蒜薹和芸薹都是蔬菜；鲲鹏和昇腾生态加快发展；干净、干部、若干元、乾隆、于是、台风。
只有坚持改革开放，才能实现共同富裕；系统谋划，面向未来，复兴之路越走越宽广。
沈阳市、松原市、吉林市、郑州市、钟祥市、余姚市、范县、涿州市、陆丰市、苏州工业园区。
深化“放管服”改革，优化营商环境，全面落实减税降费政策，稳住经济大盘。
累计发行地方政府专项债券二千五百亿元，带动社会投资约一点二万亿元。
`

func TestSimplifiedUnchanged(t *testing.T) {
	if n := utf8.RuneCountInString(simplifiedSample); n < 300 {
		t.Fatalf("sample has only %d runes", n)
	}
	// KeepWidth: the full-width punctuation would fold; this test is about step 3.
	opt := Options{KeepWidth: true}
	for _, line := range strings.Split(simplifiedSample, "\n") {
		if got := Normalize(line, opt).String(); got != line {
			t.Errorf("Simplified text changed:\n got %s\nwant %s", got, line)
		}
	}
	// The same per character, to name the culprit; 乾 alone is Traditional
	// (乾淨 → 干净), Simplified only in phrases such as 乾隆.
	for _, r := range simplifiedSample {
		if r == '乾' {
			continue
		}
		if got := Normalize(string(r), opt).String(); got != string(r) {
			t.Errorf("%c (%U) → %q", r, r, got)
		}
	}
}

func TestPinyin(t *testing.T) {
	runCases(t, Options{}, []normCase{
		{"推動(dòng)製造業(yè)", "推动制造业"},
		{"推动（dòng）", "推动"},
		{"绿(lǜ)色", "绿色"},
		{"女(nǚ)", "女"},
		{"旅(lü)", "旅"},
		{"创(chuàng)新(xīn)", "创新"},
		{"汉(hàn)(hàn)", "汉"},                 // consecutive annotations
		{"汉(h\u200bàn)", "汉"},                // zero-width inside
		{"汉（ｈàｎ）", "汉"},                      // full-width letters fold first
		{"双(shuāngg)", "双"},                  // 7 letters
		{"双(shuānggg)", "双(shuānggg)"},       // 8 letters: too long
		{"社會(huì )保障部", "社会保障部"},             // a space before the bracket
		{"社(shè  )会", "社(shè  )会"},           // two spaces: no annotation
		{"会(huì x)", "会(huì x)"},             // a letter after the space
		{"项(a )目", "项(a )目"},                 // no tone mark
		{"创新(GII)", "创新(GII)"},               // upper case
		{"基金(NSFC)", "基金(NSFC)"},             // upper case
		{"计划(2022-2025年)", "计划(2022-2025年)"}, // digits
		{"项目(含)", "项目(含)"},                   // Han
		{"项目(培育)", "项目(培育)"},
		{"附件(a)", "附件(a)"},       // no tone mark
		{"附件(dong)", "附件(dong)"}, // no tone mark
		{"治理(City Management and Governance)", "治理(City Management and Governance)"},
		{"abc(dòng)", "abc(dòng)"}, // not after Han
		{"汉 (hàn)", "汉 (hàn)"},     // space between
		{"汉(Hàn)", "汉(Hàn)"},       // capital letter
		{"汉(hàn", "汉(hàn"},         // unclosed
		{"汉(hàn)字(zì)。", "汉字。"},
		{"汉()", "汉()"},
	})
	runCases(t, Options{KeepPinyin: true}, []normCase{{"推動(dòng)", "推动(dòng)"}})
}

func TestInvisible(t *testing.T) {
	runCases(t, Options{}, []normCase{
		{"深\u200b圳\u200c市\u200d发\u2060改\ufeff委", "深圳市发改委"},
		{"co\u00adoperation", "cooperation"},
		{"\ufeff开头", "开头"},
	})
	runCases(t, Options{KeepInvisible: true}, []normCase{{"a\u200bb", "a\u200bb"}})
}

func TestInvalidUTF8(t *testing.T) {
	tx := Normalize("a\xffb\xe4\xb8", Options{})
	if got := tx.String(); got != "a\ufffdb\ufffd\ufffd" {
		t.Fatalf("got %q", got)
	}
	if s, e := tx.Span(1, 2); s != 1 || e != 2 {
		t.Errorf("Span(1,2) = %d,%d", s, e)
	}
	checkSpans(t, tx)
}

// seg is one source rune (or a dropped piece) and what it normalises to.
type seg struct{ orig, norm string }

// TestSpanMapping builds texts from pieces whose normalisation is known, and
// checks every rune range against the pieces' byte ranges.
func TestSpanMapping(t *testing.T) {
	tests := [][]seg{
		{{"😀", ""}, {"投", "投"}, {"入", "入"}, {"1", "1"}, {".", "."}, {"8", "8"}, {"亿", "亿"}, {"元", "元"}},
		{{"投", "投"}, {"资", "资"}, {"１", "1"}, {"．", "."}, {"８", "8"}, {"亿", "亿"}, {"元", "元"}},
		{{"推", "推"}, {"動", "动"}, {"(dòng)", ""}, {"製", "制"}, {"造", "造"}, {"業", "业"}, {"(yè)", ""}, {"。", "。"}},
		{{"乾", "乾"}, {"隆", "隆"}, {"年", "年"}, {"間", "间"}, {"\u200b", ""}, {"…", "..."}, {"⻄", "西"}},
		{{"ﬁ", "fi"}, {"\u3000", " "}, {"👍", "👍"}, {"🏽", "🏽"}, {"\xff", "\ufffd"}, {"（", "("}, {"ａ", "a"}, {"）", ")"}},
	}
	for _, segs := range tests {
		var orig, want strings.Builder
		var segOf []int // normalised rune → segment
		var bounds [][2]int
		for k, s := range segs {
			start := orig.Len()
			orig.WriteString(s.orig)
			bounds = append(bounds, [2]int{start, orig.Len()})
			want.WriteString(s.norm)
			for range []rune(s.norm) {
				segOf = append(segOf, k)
			}
		}
		tx := Normalize(orig.String(), Options{})
		if tx.String() != want.String() {
			t.Fatalf("Normalize(%q) = %q, want %q", orig.String(), tx.String(), want.String())
		}
		n := len(tx.Runes)
		for i := 0; i <= n; i++ {
			for j := i; j <= n; j++ {
				s, e := tx.Span(i, j)
				var ws, we int
				switch {
				case i < j:
					ws, we = bounds[segOf[i]][0], bounds[segOf[j-1]][1]
				case i < n:
					ws, we = bounds[segOf[i]][0], bounds[segOf[i]][0]
				default:
					ws, we = len(tx.Orig), len(tx.Orig)
				}
				if s != ws || e != we {
					t.Errorf("%q: Span(%d,%d) = [%d,%d), want [%d,%d)", tx.Orig, i, j, s, e, ws, we)
				}
			}
		}
		checkSpans(t, tx)
	}
}

// checkSpans checks the invariants that hold for every text.
func checkSpans(t *testing.T, tx *Text) {
	t.Helper()
	n := len(tx.Runes)
	prevEnd := 0
	for k := range n {
		s, e := tx.Span(k, k+1)
		if s < prevEnd && s != int(tx.starts[max(k-1, 0)]) || e < s || e > len(tx.Orig) {
			t.Fatalf("%q: rune %d span [%d,%d) after end %d", tx.Orig, k, s, e, prevEnd)
		}
		if r, size := utf8.DecodeRuneInString(tx.Orig[s:]); size != e-s {
			t.Fatalf("%q: rune %d span [%d,%d) is not one source rune (%q)", tx.Orig, k, s, e, r)
		}
		if k > 0 && (tx.starts[k] < tx.starts[k-1] || tx.end(k) < tx.end(k-1)) {
			t.Fatalf("%q: spans decrease at %d", tx.Orig, k)
		}
		prevEnd = e
	}
}

func TestEdgeCases(t *testing.T) {
	// O1: an emoji before the amount; the span is in bytes of the original.
	tx := Normalize("😀投入1.8亿元", Options{})
	i := runeIndex(tx, "1.8亿元")
	if s, e := tx.Span(i, i+5); s != 10 || e != 19 || tx.Orig[s:e] != "1.8亿元" {
		t.Errorf("O1: Span = [%d,%d) %q, want [10,19) 1.8亿元", s, e, tx.Orig[s:e])
	}
	// M10 / O2: full-width digits; the span points at the original spelling.
	tx = Normalize("投资１．８亿元用于", Options{})
	if tx.String() != "投资1.8亿元用于" {
		t.Fatalf("M10: %q", tx.String())
	}
	i = runeIndex(tx, "1.8亿元")
	if s, e := tx.Span(i, i+5); tx.Orig[s:e] != "１．８亿元" {
		t.Errorf("M10: original span %q, want １．８亿元", tx.Orig[s:e])
	}
	// G11: radical supplement character.
	tx = Normalize("陕西省⻄安市", Options{})
	i = runeIndex(tx, "西安市")
	if s, e := tx.Span(i, i+3); tx.String() != "陕西省西安市" || tx.Orig[s:e] != "⻄安市" {
		t.Errorf("G11: %q, span %q", tx.String(), tx.Orig[s:e])
	}
}

func runeIndex(tx *Text, sub string) int {
	k := strings.Index(tx.String(), sub)
	if k < 0 {
		panic("not found: " + sub)
	}
	return utf8.RuneCountInString(tx.String()[:k])
}

func TestRuneAt(t *testing.T) {
	tx := Normalize("a推動(dòng)１\u200b😀", Options{})
	// runes: a 推 动 1 😀 ; sources: a@0 推@1 動@4 (dòng)@7..14 １@14 zw@17 😀@20
	for _, c := range []struct{ off, want int }{
		{-1, 0}, {0, 0}, {1, 1}, {2, 2}, {4, 2}, {5, 3}, {7, 3}, {14, 3}, {15, 4}, {20, 4}, {21, 5}, {24, 5}, {99, 5},
	} {
		if got := tx.RuneAt(c.off); got != c.want {
			t.Errorf("RuneAt(%d) = %d, want %d", c.off, got, c.want)
		}
	}
	// Span(RuneAt(s), RuneAt(e)) round-trips a span found in Orig.
	s := strings.Index(tx.Orig, "推")
	e := strings.Index(tx.Orig, "１") + len("１")
	if gs, ge := tx.Span(tx.RuneAt(s), tx.RuneAt(e)); gs != s || ge != e {
		t.Errorf("round trip: [%d,%d), want [%d,%d)", gs, ge, s, e)
	}
}

func TestSpanPanics(t *testing.T) {
	tx := Normalize("abc", Options{})
	for _, c := range [][2]int{{-1, 0}, {2, 1}, {0, 4}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Span(%d,%d) did not panic", c[0], c[1])
				}
			}()
			tx.Span(c[0], c[1])
		}()
	}
	if s, e := tx.Span(3, 3); s != 3 || e != 3 {
		t.Errorf("Span(3,3) = %d,%d", s, e)
	}
	if s, e := Normalize("", Options{}).Span(0, 0); s != 0 || e != 0 {
		t.Errorf("empty: %d,%d", s, e)
	}
}

// TestIdempotentPerRune normalises every code point alone and after a Han
// character (so that pinyin and phrase rules see it in context).
func TestIdempotentPerRune(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		for _, s := range []string{string(r), "漢(" + string(r) + "ā)"} {
			once := norm0(s)
			if twice := norm0(once); twice != once {
				t.Errorf("%U: %q → %q → %q", r, s, once, twice)
			}
		}
	}
}

// TestIdempotentPhrases normalises every pair of phrase sources and targets
// (and characters of the table next to them) twice.
func TestIdempotentPhrases(t *testing.T) {
	var words []string
	seen := map[string]bool{}
	for line := range strings.SplitSeq(t2sPhraseTable, "\n") {
		if from, to, ok := strings.Cut(line, "\t"); ok {
			for _, w := range []string{from, to} {
				if !seen[w] {
					seen[w] = true
					words = append(words, w)
				}
			}
		}
	}
	if testing.Short() {
		words = words[:100]
	}
	for _, a := range words {
		for _, b := range words {
			s := a + b
			once := norm0(s)
			if twice := norm0(once); twice != once {
				t.Errorf("%q → %q → %q", s, once, twice)
			}
		}
	}
	// Every table character before and after every phrase source.
	tab := []rune(t2sCharTable)
	for k := 0; k < len(tab); k += 2 {
		for _, w := range words[:min(len(words), 40)] {
			for _, s := range []string{string(tab[k]) + w, w + string(tab[k]), string(tab[k+1]) + w} {
				once := norm0(s)
				if twice := norm0(once); twice != once {
					t.Errorf("%q → %q → %q", s, once, twice)
				}
			}
		}
	}
}

// TestTableTargetsStable checks that no target of the character table is
// converted again and that no excluded Simplified character is converted.
func TestTableTargetsStable(t *testing.T) {
	tab := []rune(t2sCharTable)
	if len(tab)%2 != 0 || len(tab) < 6000 {
		t.Fatalf("table has %d runes", len(tab))
	}
	for k := 0; k < len(tab); k += 2 {
		if got := norm0(string(tab[k+1])); got != string(tab[k+1]) {
			t.Errorf("target %c of %c converts to %s", tab[k+1], tab[k], got)
		}
		if got := norm0(string(tab[k])); got != string(tab[k+1]) {
			t.Errorf("%c → %s, want %c", tab[k], got, tab[k+1])
		}
	}
	for _, r := range "么著昇吒薹袷扞" {
		if got := norm0(string(r)); got != string(r) {
			t.Errorf("excluded %c → %s", r, got)
		}
	}
}

// Without drops runes and keeps the others' sources: a span across a
// dropped line break still covers it in Orig.
func TestWithout(t *testing.T) {
	orig := "提高4\n个百分点"
	n := Normalize(orig, Options{})
	w := n.Without([]int{3})
	if got := string(w.Runes); got != "提高4个百分点" {
		t.Fatalf("Runes = %q", got)
	}
	if s, e := w.Span(2, 4); orig[s:e] != "4\n个" {
		t.Errorf("Span(2, 4) = %q, want %q", orig[s:e], "4\n个")
	}
	if s, e := w.Span(3, 7); orig[s:e] != "个百分点" {
		t.Errorf("Span(3, 7) = %q", orig[s:e])
	}
	if n.Without(nil) != n {
		t.Error("Without(nil) copied the text")
	}
}

// HasTraditional tells a text that step 3 would change from one it would not.
func TestHasTraditional(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"2018年某国政府工作报告", false},
		{"2018年某國政府工作報告", true},
		{"plain ASCII 2024-05-06", false},
		{"", false},
	} {
		if got := HasTraditional(tc.s); got != tc.want {
			t.Errorf("HasTraditional(%q) = %v, want %v", tc.s, got, tc.want)
		}
		if changed := Normalize(tc.s, Options{KeepWidth: true, KeepPinyin: true, KeepInvisible: true, KeepRadicals: true}).String() != tc.s; changed != tc.want {
			t.Errorf("%q: step 3 changes it: %v, want %v", tc.s, changed, tc.want)
		}
	}
}

func TestSpacing(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025 年 GDP 增长 5% 左右", "2025年GDP增长5%左右"},
		{"比 1990 年增长 66%。", "比1990年增长66%。"},
		{"专栏8　部分限制开发区域", "专栏8 部分限制开发区域"},
		{"增长 5%左右", "增长 5%左右"},
		{"由 1975 年的 15 万 5000 吨提高到 55 万吨", "由1975年的15万5000吨提高到55万吨"},
		{"GDP 增长 5% 左右", "GDP增长5%左右"},
		{"新增 16 家门店，覆盖 3 座城市。", "新增16家门店,覆盖3座城市。"},
		{"2002 年中华人民共和国", "2002年中华人民共和国"},
		{"增长 ３．２％ 以上", "增长3.2%以上"},
		{"使用 iPhone 16 拍摄", "使用 iPhone 16 拍摄"}, // two words: as a table's
		// a table's rows: a word after a word, or at the line's end
		{"其中：人民币 86911 17.8", "其中:人民币 86911 17.8"},
		{"城乡居民储蓄存款 94307\n下一行", "城乡居民储蓄存款 94307\n下一行"},
		{"各项存款余额 183388 18.1 其中", "各项存款余额 183388 18.1 其中"},
		{"本外币存款余额 人民币 172534 外币 5432", "本外币存款余额 人民币 172534 外币 5432"},
		{"其中:人民币 260,772 19.7", "其中:人民币 260,772 19.7"},
		{"收入 1,234,567 万元", "收入1,234,567万元"},
		{"甲 1 乙 2\r\n下", "甲 1 乙 2\r\n下"},
		// a heading's number at the line's start keeps its space
		{"1 总体要求\n2.1 主要目标\n3 万元以下项目", "1 总体要求\n2.1 主要目标\n3 万元以下项目"},
		// figures set one digit apart, as some typesetting writes them
		{"1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元", "1997年国内生产总值达到74772亿元"},
		{"比上年增长1 0 ．3 ％。下降到1 0 ．0 6 ，", "比上年增长10.3%。下降到10.06,"},
		{"　1 9 9 8 年是关键一年", " 1998年是关键一年"},
		{"合计 1 2 3\n指标 272 0 3.1 -31.8\n增长1 ％", "合计 1 2 3\n指标 272 0 3.1 -31.8\n增长1 %"},
		// runs of spaces, Han and Han, words and words stay
		{"增长  5%", "增长  5%"},
		{"中国 美国", "中国 美国"},
		{"GDP 5G", "GDP 5G"},
		{"增长 5", "增长 5"},
	}
	for _, tc := range tests {
		if got := Normalize(tc.in, Options{}).String(); got != tc.want {
			t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if got := Normalize(tc.in, Options{KeepSpacing: true}).String(); strings.Count(got, " ") != strings.Count(tc.in, " ")+strings.Count(tc.in, "\u3000") {
			t.Errorf("KeepSpacing: Normalize(%q) = %q dropped spaces", tc.in, got)
		}
	}
}

func TestFullStop(t *testing.T) {
	tests := []struct{ in, want string }{
		// a sentence of Chinese typed with ASCII punctuation
		{"达到100亿元.全省新增5家.", "达到100亿元。全省新增5家。"},
		{"增长5%.下一句", "增长5%。下一句"},
		{"（试行）.下一句", "(试行)。下一句"},
		{"“十四五”.下一句", "“十四五”。下一句"},
		{"达到5000.全省", "达到5000。全省"},
		{"达到12EFLOPS.存储总量", "达到12EFLOPS。存储总量"},
		{"美国GDP.\n下", "美国GDP。\n下"},
		{"达到1,000.\n下", "达到1,000。\n下"},
		{"增长１００．全省", "增长100。全省"},
		// figures, Latin, dates, list numbers, ellipses and headings stay
		{"增长5.2%", "增长5.2%"},
		{"第3.5条", "第3.5条"},
		{"1. 总体要求\n2.1 主要目标", "1. 总体要求\n2.1 主要目标"},
		{"一.总体要求\n  十二. 保障措施", "一.总体要求\n  十二. 保障措施"},
		{"2025.6.30发布", "2025.6.30发布"},
		{"详见www.gov.cn和政府网.cn", "详见www.gov.cn和政府网.cn"},
		{"U.S.经济", "U.S.经济"},
		{"Inc.公司", "Inc.公司"},
		{"见附件A.1", "见附件A.1"},
		{"等等...下", "等等...下"},
		{"版本2.0", "版本2.0"},
		{"v1.下", "v1.下"},
		{"主要任务如下1.加强", "主要任务如下1.加强"},
		{"苹果Inc.发布", "苹果Inc.发布"},
		// steps 6 and 7 see each other's results (the fuzzer's finds)
		{"增长 500. 下", "增长500。 下"},
		{"不可赀計．％\u00a0漢", "不可赀計。%汉"},
	}
	checkNormalized(t, tests)
	for _, tc := range tests {
		if got := Normalize(tc.in, Options{KeepFullStop: true}).String(); strings.Count(got, ".") != strings.Count(tc.in, ".")+strings.Count(tc.in, "\uff0e") {
			t.Errorf("KeepFullStop: Normalize(%q) = %q folded a point", tc.in, got)
		}
	}
}

// checkNormalized checks that each in normalises to want, and that want
// normalises to itself.
func checkNormalized(t *testing.T, tests []struct{ in, want string }) {
	t.Helper()
	for _, tc := range tests {
		got := Normalize(tc.in, Options{}).String()
		if got != tc.want {
			t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if again := Normalize(got, Options{}).String(); again != got {
			t.Errorf("Normalize(%q) = %q, normalised again %q", tc.in, got, again)
		}
	}
}

func TestLineSymbols(t *testing.T) {
	tests := []struct{ in, want string }{
		// a post's decoration opening a line goes
		{"📌到2025年，新增5家。", "到2025年,新增5家。"},
		{"▶ 一、总体要求", " 一、总体要求"},
		{"正文\n★★★\n✅️👍🏽全省新增", "正文\n\n全省新增"},
		{"  ■ 二、主要目标\r\n→ 详见附件", "   二、主要目标\r\n 详见附件"},
		// inside a line, and enclosed numbers, they stay
		{"我们👍新增", "我们👍新增"},
		{"①新增10家", "①新增10家"},
		{"增长5%▲", "增长5%▲"},
		{"二\n○二三年十二月", "二\n○二三年十二月"},
		{"├──┼──┤\n│ 地区 │", "├──┼──┤\n│ 地区 │"},
	}
	checkNormalized(t, tests)
	if got := Normalize("📌到", Options{KeepLineSymbols: true}).String(); got != "📌到" {
		t.Errorf("KeepLineSymbols: %q", got)
	}
}

func TestHanRewritten(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"", 0},
		{"全市新建学校12所。", 0},
		{"全市新建學校12所。", 1},
		{"澳門特區政府發放現金", 4},
		{"ＡＢＣ１２３", 0}, // full-width letters and digits are folded, but they are no Han
	} {
		if got := Normalize(tc.in, Options{}).HanRewritten(); got != tc.want {
			t.Errorf("HanRewritten(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}
