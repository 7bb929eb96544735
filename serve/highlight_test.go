package serve

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestHighlight(t *testing.T) {
	for _, tc := range []struct {
		name    string
		text    string
		marks   []mark
		want    string
		skipped int
	}{
		{"none", "a<b>&c", nil, "a&lt;b&gt;&amp;c", 0},
		{"one", "在深圳市", []mark{{Start: 3, End: 12, Kind: "region", ID: "region:深圳市", Name: "深圳市", Rule: "r"}},
			`在<mark class="m k-region" data-start="3" data-id="region:深圳市" title="region: 深圳市 (r)">深圳市</mark>`, 0},
		{"nested", "abcdef", []mark{{Start: 2, End: 3, Kind: "region", ID: "r"}, {Start: 0, End: 6, Kind: "target", ID: "t"}},
			`<mark class="m k-target" data-start="0" data-id="t" title="target:  ()">ab<mark class="m k-region" data-start="2" data-id="r" title="region:  ()">c</mark>def</mark>`, 0},
		{"same start, outer first", "abcd", []mark{{Start: 0, End: 2, Kind: "region", ID: "r"}, {Start: 0, End: 4, Kind: "agency", ID: "a"}},
			`<mark class="m k-agency" data-start="0" data-id="a" title="agency:  ()"><mark class="m k-region" data-start="0" data-id="r" title="region:  ()">ab</mark>cd</mark>`, 0},
		{"crossing is skipped", "abcdef", []mark{{Start: 0, End: 4, Kind: "plan", ID: "p"}, {Start: 2, End: 6, Kind: "region", ID: "r"}},
			`<mark class="m k-plan" data-start="0" data-id="p" title="plan:  ()">abcd</mark>ef`, 1},
		{"outside and mid-rune are skipped", "深圳", []mark{{Start: 1, End: 3, Kind: "region"}, {Start: 3, End: 9, Kind: "region"}, {Start: 2, End: 2}},
			"深圳", 3},
		{"hostile attributes", "x", []mark{{Start: 0, End: 1, Kind: `region" onclick="a`, ID: `"><script>`, Name: `<b>`, Rule: `'`}},
			`<mark class="m k-regiononclicka" data-start="0" data-id="&#34;&gt;&lt;script&gt;" title="region&#34; onclick=&#34;a: &lt;b&gt; (&#39;)">x</mark>`, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, skipped := highlight(tc.text, tc.marks)
			if string(got) != tc.want || skipped != tc.skipped {
				t.Errorf("got %s (skipped %d)\nwant %s (skipped %d)", got, skipped, tc.want, tc.skipped)
			}
		})
	}
}

// FuzzHighlight: whatever the text and the marks, the HTML parses into
// <mark> elements only, and its text is the article.
func FuzzHighlight(f *testing.F) {
	f.Add("在深圳市<script>", 3, 12, 0, 15, `"><x>`)
	f.Add("abc", 0, 3, 1, 2, "k")
	f.Add("a\nb", 2, 1, 0, 3, "")
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int, name string) {
		if strings.ContainsAny(text, "\x00\r") || !isUTF8(text) {
			return // the HTML parser rewrites these; the server's texts are clean UTF-8 with \n lines
		}
		marks := []mark{{Start: s1, End: e1, Kind: "region", ID: name, Name: name, Rule: name}, {Start: s2, End: e2, Kind: name, ID: "x", Name: name}}
		out, _ := highlight(text, marks)
		z := html.NewTokenizer(strings.NewReader(string(out)))
		var b strings.Builder
		depth := 0
		for {
			tt := z.Next()
			if tt == html.ErrorToken {
				break
			}
			tok := z.Token()
			switch tt {
			case html.TextToken:
				b.WriteString(tok.Data)
			case html.StartTagToken:
				if tok.Data != "mark" {
					t.Fatalf("element %q in %s", tok.Data, out)
				}
				depth++
			case html.EndTagToken:
				if tok.Data != "mark" || depth == 0 {
					t.Fatalf("end tag %q in %s", tok.Data, out)
				}
				depth--
			default:
				t.Fatalf("token %v in %s", tt, out)
			}
		}
		if depth != 0 {
			t.Fatalf("%d marks left open in %s", depth, out)
		}
		if b.String() != text {
			t.Fatalf("text %q, want %q", b.String(), text)
		}
	})
}

func isUTF8(s string) bool {
	return strings.ToValidUTF8(s, "\uFFFD") == s && !strings.ContainsRune(s, '\uFFFD')
}

func TestSentenceParts(t *testing.T) {
	text := "第一句。到2025年，深圳市GDP达到4万亿元！下一句\n另一行"
	s := strings.Index(text, "深圳市")
	for _, tc := range []struct {
		start, end, max        int
		before, mention, after string
	}{
		{s, s + len("深圳市"), 120, "到2025年，", "深圳市", "GDP达到4万亿元！"},
		{s, s + len("深圳市"), 2, "年，", "深圳市", "GD"},
		{0, len("第一句"), 120, "", "第一句", "。"},
		{-1, 2, 10, "", "", ""},
		{1, 2, 10, "", "", ""}, // mid-rune
	} {
		b, m, a := sentenceParts(text, tc.start, tc.end, tc.max)
		if b != tc.before || m != tc.mention || a != tc.after {
			t.Errorf("sentenceParts(%d, %d, %d) = %q %q %q, want %q %q %q", tc.start, tc.end, tc.max, b, m, a, tc.before, tc.mention, tc.after)
		}
	}
}

func TestDiffLines(t *testing.T) {
	raw := "标题\n导航 首页\n正文一\n\n正文二 来源：新华社\n版权所有"
	clean := "标题\n正文一\n\n正文二"
	got := diffLines(raw, clean)
	want := []DroppedLine{{2, "导航 首页", true}, {5, "正文二 来源：新华社", false}, {6, "版权所有", true}}
	if len(got) != len(want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
	if d := diffLines(clean, clean); len(d) != 0 {
		t.Errorf("nothing dropped: got %+v", d)
	}
}

func FuzzParseYears(f *testing.F) {
	for _, s := range []string{"", "2025", "2023-2025", "2025-2023", "x", "-", "2025-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		from, to, err := parseYears(s)
		if err != nil {
			if status(err) != 400 {
				t.Fatalf("%q: error %v is not a bad request", s, err)
			}
			return
		}
		if to < from {
			t.Fatalf("%q: %d-%d", s, from, to)
		}
	})
}

// FuzzDiffLines: every dropped line is a line of raw, at its number, in
// order, and nothing is dropped when raw is clean.
func FuzzDiffLines(f *testing.F) {
	f.Add("标题\n导航\n正文\n版权", "标题\n正文")
	f.Add("a\n\nb c\n", "a\n\nb")
	f.Fuzz(func(t *testing.T, raw, clean string) {
		rl := strings.Split(raw, "\n")
		last := 0
		for _, d := range diffLines(raw, clean) {
			if d.Line <= last || d.Line > len(rl) || rl[d.Line-1] != d.Text {
				t.Fatalf("dropped %+v after line %d of %q", d, last, raw)
			}
			last = d.Line
		}
		if d := diffLines(raw, raw); len(d) != 0 {
			t.Fatalf("%q against itself: %+v", raw, d)
		}
	})
}
