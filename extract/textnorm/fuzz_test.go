package textnorm

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzAlphabet turns fuzzer bytes into text that exercises every step: each
// byte picks one token. Without it the fuzzer rarely builds valid CJK text.
var fuzzAlphabet = func() []string {
	a := []string{
		"a", "z", "A", "1", " ", "(", ")", "（", "）", "-", ".", "%",
		"ā", "ò", "ǚ", "ü", "é", "ì", "ū", "ǘ", "dòng", "yè", "hàn", "shuāng",
		"１", "．", "ａ", "ｚ", "％", "\u3000", "\u00a0", "…", "①", "㎡", "⑴", "⒜", "㈠",
		"⻄", "⻑", "⺠", "⼈", "豈", "\u200b", "\u200d", "\ufeff", "\u00ad",
		"😀", "👍", "🏽", "\u0301", "\xff", "\xe4\xb8",
		"推", "動", "汉", "漢", "乾", "干", "隆", "淨", "藉", "以", "覆", "發", "沈", "坏", "么", "著", "昇",
		"于", "於", "爲", "为", "臺", "台", "溫", "温", "萬", "億", "里", "裏", "后", "後", "余", "餘",
	}
	var words []string
	for line := range strings.SplitSeq(t2sPhraseTable, "\n") {
		if from, to, ok := strings.Cut(line, "\t"); ok {
			words = append(words, from, to)
		}
	}
	// A deterministic spread of phrase sources and targets, and their pieces.
	for k := 0; len(a) < 256 && k < len(words); k += 7 {
		a = append(a, words[k])
		if rs := []rune(words[k]); len(rs) > 2 && len(a) < 256 {
			a = append(a, string(rs[1:]))
		}
	}
	return a
}()

func fromAlphabet(data []byte) string {
	var b strings.Builder
	for _, c := range data {
		b.WriteString(fuzzAlphabet[int(c)%len(fuzzAlphabet)])
	}
	return b.String()
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"", "推動(dòng)製造業(yè)", "😀投入1.8亿元", "投资１．８亿元用于", "陕西省⻄安市",
		"乾隆年間的乾淨", "傷亡枕藉以免藉口", "汉(hàn)(hàn)", "a\xffb", "（２０２２—２０２５年）",
		"2025 年 GDP 增长 5% 左右", "人民币 172534 外币 5432", "增长 ３．２％ 以上\n1 年 a",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, s := range []string{string(data), fromAlphabet(data)} {
			checkText(t, s)
		}
	})
}

// checkText checks the invariants Normalize promises for any input.
func checkText(t *testing.T, s string) {
	if e, n := runeEstimate(s), utf8.RuneCountInString(s); e > n || (utf8.ValidString(s) && e != n) {
		t.Fatalf("%q: runeEstimate %d, %d runes", s, e, n)
	}
	tx := Normalize(s, Options{})
	n := len(tx.Runes)
	if len(tx.starts) != n {
		t.Fatalf("%q: %d runes, %d span starts", s, n, len(tx.starts))
	}
	prevS, prevE := 0, 0
	for k := range n {
		st, e := tx.Span(k, k+1)
		if st < prevS || e < prevE || st < 0 || e > len(s) || st >= e {
			t.Fatalf("%q: rune %d: span [%d,%d) after [%d,%d)", s, k, st, e, prevS, prevE)
		}
		if _, size := utf8.DecodeRuneInString(s[st:]); size != e-st {
			t.Fatalf("%q: rune %d: span [%d,%d) is not one source rune", s, k, st, e)
		}
		if k > 0 && st != prevS && st < prevE {
			t.Fatalf("%q: rune %d: span [%d,%d) overlaps [%d,%d)", s, k, st, e, prevS, prevE)
		}
		if got := tx.RuneAt(st); got > k || got < 0 {
			t.Fatalf("%q: RuneAt(%d) = %d > %d", s, st, got, k)
		}
		prevS, prevE = st, e
	}
	for i := 0; i <= n; i++ {
		st, e := tx.Span(i, i)
		want := len(s)
		if i < n {
			want = int(tx.starts[i])
		}
		if st != e || st != want {
			t.Fatalf("%q: Span(%d,%d) = [%d,%d), want empty at %d", s, i, i, st, e, want)
		}
		if i < n {
			if st2, e2 := tx.Span(i, n); st2 != st || e2 != tx.end(n-1) {
				t.Fatalf("%q: Span(%d,%d) = [%d,%d)", s, i, n, st2, e2)
			}
		}
	}
	once := tx.String()
	if twice := Normalize(once, Options{}).String(); twice != once {
		t.Fatalf("not idempotent: %q → %q → %q", s, once, twice)
	}
}

// FuzzDecodeRune checks decodeRune's inline path against the standard
// decoder at every non-ASCII byte.
func FuzzDecodeRune(f *testing.F) {
	for _, s := range []string{"中文，标点。", "\xe1\x80\x80", "\xed\xa0\x80", "\xe0\x80\x80", "\xef\xbf\xbf", "\xe4\xb8", "\xee\x80\x80x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s); i++ {
			if s[i] < utf8.RuneSelf {
				continue
			}
			r, n := decodeRune(s, i)
			wr, wn := utf8.DecodeRuneInString(s[i:])
			if r != wr || n != wn {
				t.Fatalf("decodeRune(%q, %d) = %U, %d; want %U, %d", s, i, r, n, wr, wn)
			}
		}
	})
}
