package ingest

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Test sentences written for these tests, in both scripts.
var (
	simplifiedSentences = []string{
		"省政府印发关于加快发展数字经济的实施意见。",
		"到2025年，全市高新技术企业数量力争突破一万家。",
		"会议强调，要坚持稳中求进工作总基调，扎实推进高质量发展。",
		"财政部下达专项资金二十亿元，支持农村公路建设。",
		"该项目总投资约45亿元，预计明年六月建成投产。",
		"记者从市统计局获悉，上半年地区生产总值同比增长百分之五点二。",
		"各地区各部门要结合实际，认真抓好贯彻落实。",
		"新能源汽车产量连续九年位居全球第一。",
		"人民银行决定下调存款准备金率零点五个百分点。",
		"加强生态环境保护，推动绿色低碳转型。",
	}
	traditionalSentences = []string{
		"省政府印發關於加快發展數位經濟的實施意見。",
		"到2025年，全市高新技術企業數量力爭突破一萬家。",
		"會議強調，要堅持穩中求進工作總基調，紮實推進高品質發展。",
		"財政部下達專項資金二十億元，支持農村公路建設。",
		"該項目總投資約45億元，預計明年六月建成投產。",
		"記者從市統計局獲悉，上半年地區生產總值同比增長百分之五點二。",
		"各地區各部門要結合實際，認真抓好貫徹落實。",
		"新能源汽車產量連續九年位居全球第一。",
		"人民銀行決定下調存款準備金率零點五個百分點。",
		"加強生態環境保護，推動綠色低碳轉型。",
	}
)

func mustEncode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode %q: %v", s, err)
	}
	return b
}

func TestDecode(t *testing.T) {
	gbk := mustEncode(t, simplifiedchinese.GBK, strings.Join(simplifiedSentences, "\n"))
	big5 := mustEncode(t, traditionalchinese.Big5, strings.Join(traditionalSentences, "\n"))
	utf16le := mustEncode(t, xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM), "统计公报\n")
	utf16be := mustEncode(t, xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM), "统计公报\n")
	for _, tc := range []struct {
		name     string
		data     []byte
		hint     string
		wantEnc  string
		wantText string // "" means the UTF-8 text of the first sentence list must come back
		wantErrs int
	}{
		{"utf-8", []byte("印发实施方案"), "", encUTF8, "印发实施方案", 0},
		{"utf-8 bom", []byte("\xEF\xBB\xBF印发实施方案"), "", encUTF8BOM, "印发实施方案", 0},
		{"utf-16le bom", utf16le, "", encUTF16LE, "统计公报\n", 0},
		{"utf-16be bom", utf16be, "", encUTF16BE, "统计公报\n", 0},
		{"gbk", gbk, "", encGB18030, strings.Join(simplifiedSentences, "\n"), 0},
		{"big5", big5, "", encBig5, strings.Join(traditionalSentences, "\n"), 0},
		{"gbk declared big5", gbk, "big5", encGB18030, strings.Join(simplifiedSentences, "\n"), 0},
		{"big5 declared gb2312", big5, "gb2312", encBig5, strings.Join(traditionalSentences, "\n"), 0},
		{"gbk declared utf-8", gbk, "utf-8", encGB18030, strings.Join(simplifiedSentences, "\n"), 0},
		{"gb18030 four-byte", mustEncode(t, simplifiedchinese.GB18030, "欧元符号€与𠀀字，发展改革委员会"), "", encGB18030, "欧元符号€与𠀀字，发展改革委员会", 0},
		{"truncated gbk", gbk[:len(gbk)-1], "", encGB18030, "", 1},
		{"utf-8 with one bad byte", []byte("关于印发\xff实施方案的通知，各省人民政府"), "", encUTF8, "关于印发\uFFFD实施方案的通知，各省人民政府", 1},
		{"latin-1 declared", mustEncode(t, charmap.Windows1252, "Café crème brûlée"), "windows-1252", "windows-1252", "Café crème brûlée", 0},
		{"ascii ignores hint", []byte("plain ascii"), "gbk", encUTF8, "plain ascii", 0},
		{"gbk that is valid utf-8", mustEncode(t, simplifiedchinese.GBK, "通知"), "", encGB18030, "通知", 0},
		{"latin utf-8", []byte("Café crème brûlée, naïve façade"), "", encUTF8, "Café crème brûlée, naïve façade", 0},
		{"cyrillic utf-8", []byte("Правительство утвердило план"), "", encUTF8, "Правительство утвердило план", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := decode(tc.data, tc.hint)
			if d.encoding != tc.wantEnc {
				t.Errorf("encoding = %s, want %s", d.encoding, tc.wantEnc)
			}
			if !utf8.ValidString(d.text) {
				t.Errorf("text is not valid UTF-8")
			}
			if tc.wantText != "" && d.text != tc.wantText {
				t.Errorf("text = %q, want %q", d.text, tc.wantText)
			}
			if d.errors != tc.wantErrs {
				t.Errorf("errors = %d, want %d", d.errors, tc.wantErrs)
			}
		})
	}
}

// TestTruncatedGBK cuts a GBK file in the middle of a two-byte character:
// everything before the cut survives and the half character becomes U+FFFD.
func TestTruncatedGBK(t *testing.T) {
	full := strings.Join(simplifiedSentences[:3], "\n") + "\n国务院"
	data := mustEncode(t, simplifiedchinese.GBK, full)
	data = data[:len(data)-1] // half of 院
	docs, errs := Parse("cut.txt", data, Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	d := docs[0]
	if d.Encoding != encGB18030 {
		t.Errorf("encoding = %s, want %s", d.Encoding, encGB18030)
	}
	want := strings.Join(simplifiedSentences[:3], "\n") + "\n国务\uFFFD"
	if d.Text != want {
		t.Errorf("Text = %q, want %q", d.Text, want)
	}
	if d.Meta["decode_errors"] != "1" {
		t.Errorf("Meta[decode_errors] = %q, want 1", d.Meta["decode_errors"])
	}
}

// TestDetectSentences checks the GB18030/Big5 decision on every single test
// sentence, encoded both ways where the script allows.
func TestDetectSentences(t *testing.T) {
	check := func(s string, e encoding.Encoding, want string) {
		t.Helper()
		b, err := e.NewEncoder().Bytes([]byte(s))
		if err != nil {
			return // a character this encoding lacks
		}
		if d := decode(b, ""); d.encoding != want || d.text != s {
			t.Errorf("%q as %s: detected %s, text %q", s, want, d.encoding, d.text)
		}
	}
	for _, s := range simplifiedSentences {
		check(s, simplifiedchinese.GBK, encGB18030)
	}
	for _, s := range traditionalSentences {
		check(s, traditionalchinese.Big5, encBig5)
		check(s, simplifiedchinese.GBK, encGB18030) // GBK holds traditional characters too
	}
}

func TestCharsetHint(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`<html><head><meta charset="gbk"><title>x</title>`, "gbk"},
		{`<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />`, "gb2312"},
		{`<META CHARSET=Big5>`, "Big5"},
		{`<?xml version="1.0" encoding="GB18030"?><html>`, "GB18030"},
		{`<p>no declaration</p>`, ""},
	} {
		if got := charsetHint([]byte(tc.in)); got != tc.want {
			t.Errorf("charsetHint(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestHTMLCharsetParse(t *testing.T) {
	page := `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>关于印发行动计划的通知</title></head><body><p>` +
		strings.Join(simplifiedSentences, "</p><p>") + `</p></body></html>`
	docs, errs := Parse("page.htm", mustEncode(t, simplifiedchinese.GBK, page), Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	d := docs[0]
	if d.Encoding != encGB18030 || d.Title != "关于印发行动计划的通知" {
		t.Errorf("Encoding %s, Title %q", d.Encoding, d.Title)
	}
	if want := "关于印发行动计划的通知\n" + strings.Join(simplifiedSentences, "\n"); d.Text != want {
		t.Errorf("Text = %q, want %q", d.Text, want)
	}
}

func TestLooksBinary(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
		want bool
	}{
		{"nul", []byte("abc\x00def"), true},
		{"controls", bytes.Repeat([]byte("\x01\x02\x03a"), 100), true},
		{"png header", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), true},
		{"text", []byte("正文\t内容\n第二行\r\n"), false},
		{"utf-16 text", mustEncode(t, xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM), "abc正文"), false},
	} {
		if got := looksBinary(tc.data, decode(tc.data, "")); got != tc.want {
			t.Errorf("%s: looksBinary = %v, want %v", tc.name, got, tc.want)
		}
	}
}
