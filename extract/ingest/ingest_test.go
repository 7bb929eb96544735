package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func TestParseRefuses(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
		opt  Options
		want error
	}{
		{"nul byte", []byte("正文\x00正文"), Options{}, ErrBinary},
		{"control characters", bytes.Repeat([]byte{1, 2, 3, 4, 'a'}, 50), Options{}, ErrBinary},
		{"empty", nil, Options{}, ErrEmpty},
		{"whitespace", []byte(" \n\t\r\n\u3000\n"), Options{}, ErrEmpty},
		{"only a BOM", []byte("\xEF\xBB\xBF\n"), Options{}, ErrEmpty},
		{"too large", []byte("0123456789"), Options{MaxBytes: 5}, ErrTooLarge},
		{"html without text", []byte("<html><head><title></title></head><body><img src=x></body></html>"), Options{}, ErrEmpty},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs, errs := Parse("x.txt", tc.data, tc.opt)
			if tc.name == "html without text" {
				docs, errs = Parse("x.html", tc.data, tc.opt)
			}
			if len(docs) != 0 || len(errs) != 1 || !errors.Is(errs[0], tc.want) {
				t.Fatalf("got %d docs, errs %v; want error %v", len(docs), errs, tc.want)
			}
			if !strings.HasPrefix(errs[0].Error(), "parse x.") {
				t.Errorf("error %q does not name the file", errs[0])
			}
		})
	}
	if _, errs := Parse("x.txt", []byte("a"), Options{Format: "pdf"}); len(errs) != 1 || !strings.Contains(errs[0].Error(), `unknown format "pdf"`) {
		t.Errorf("unknown format: %v", errs)
	}
}

func TestReadFileRefuses(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, bytes.Repeat([]byte("字"), 100), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errs := ReadFile(big, Options{MaxBytes: 200}); len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) || !strings.Contains(errs[0].Error(), "read "+big) {
		t.Errorf("too large: %v", errs)
	}
	if _, errs := ReadFile(dir, Options{}); len(errs) != 1 || !strings.Contains(errs[0].Error(), "is a directory") {
		t.Errorf("directory: %v", errs)
	}
	if _, errs := ReadFile(filepath.Join(dir, "missing.txt"), Options{}); len(errs) != 1 || !errors.Is(errs[0], os.ErrNotExist) {
		t.Errorf("missing: %v", errs)
	}
	bin := filepath.Join(dir, "prog")
	if err := os.WriteFile(bin, []byte("\x7fELF\x02\x01\x01\x00\x00\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errs := ReadFile(bin, Options{}); len(errs) != 1 || !errors.Is(errs[0], ErrBinary) {
		t.Errorf("binary: %v", errs)
	}
}

func TestSniffFormat(t *testing.T) {
	for _, tc := range []struct{ path, text, want string }{
		{"post.txt", "---\ntitle: x\n---\n正文", FormatMarkdown},
		{"post.txt", "\n---\ntitle: x\n---\n正文", FormatMarkdown},
		{"note.md", "正文，没有 front matter", FormatMarkdown},
		{"page.txt", "<!DOCTYPE html><html><body>x</body></html>", FormatHTML},
		{"page", "  <html><p>x</p></html>", FormatHTML},
		{"frag.txt", "<div><p>一</p><p>二</p></div>", FormatHTML},
		{"page.htm", "纯文本也按扩展名", FormatHTML},
		{"records.txt", "{\"id\": 1, \"content\": \"x\"}\n{\"id\": 2, \"content\": \"y\"}\n", FormatJSONL},
		{"records.ndjson", "不是 JSON", FormatJSONL},
		{"README", "纯文本", FormatText},
		{"notes.txt", "增速<5%，a < b。---\n", FormatText},
		{"notes.txt", "{不是 JSON}\n第二行", FormatText},
		{"dashes.txt", "---\n不是 front matter\n", FormatText},
	} {
		if got := sniffFormat(tc.path, tc.text); got != tc.want {
			t.Errorf("sniffFormat(%q, %q) = %s, want %s", tc.path, tc.text, got, tc.want)
		}
	}
}

// A file with Windows line ends is read as the same file with LF ones: a
// Jekyll post saved as .txt keeps its front matter and its HTML body.
func TestParseLineEnds(t *testing.T) {
	post := "---\ntitle: \"山东今年投入145亿\"\ndate: 2022-02-23\n---\n<p>2021年山东省创新平台建设提速。</p>\n<p>到2025年新建省重点实验室20家。</p>\n"
	for _, nl := range []string{"\n", "\r\n", "\r"} {
		docs, errs := Parse("post.txt", []byte(strings.ReplaceAll(post, "\n", nl)), Options{})
		if len(errs) > 0 || len(docs) != 1 {
			t.Fatalf("%q: %d documents, errors %v", nl, len(docs), errs)
		}
		d := docs[0]
		if d.Format != FormatMarkdown || d.Title != "山东今年投入145亿" || d.Date != "2022-02-23" || strings.Contains(d.Text, "<p>") || strings.Contains(d.Text, "title:") {
			t.Errorf("%q: format %s, title %q, date %q, text %q", nl, d.Format, d.Title, d.Date, d.Text)
		}
	}
}

func TestTextComposition(t *testing.T) {
	// A text hard-wrapped at 20 runes, as a PDF's text is: its first line
	// is a piece of its first paragraph, not a title, unless it is shorter
	// than the rest (a headline above the paragraph).
	var b strings.Builder
	for i := range 9 {
		b.WriteString(string(rune('甲'+i)) + "二三四五六七八九十，一二三四五六七八九\n")
	}
	wrapped := b.String() + "结尾。"
	for _, tc := range []struct {
		name, path, in, title, text string
	}{
		{"CRLF and CR", "a.txt", "第一行\r\n第二行\r第三行\r\n", "第一行", "第一行\n第二行\n第三行"},
		{"trailing spaces and blank runs", "a.txt", "\n\n标题  \n\n\n\n正文 \u3000\n\n\n结尾\n\n", "标题", "标题\n\n正文\n\n结尾"},
		{"leading indentation kept", "a.txt", "标题\n\u3000\u3000正文。", "标题", "标题\n\u3000\u3000正文。"},
		{"sentence is not a title", "a.txt", "各位代表：\n正文。", "", "各位代表：\n正文。"},
		{"long first line is not a title", "a.txt", strings.Repeat("字", 90) + "\n正文", "", strings.Repeat("字", 90) + "\n正文"},
		{"wrapped paragraph's first line is not a title", "a.txt", wrapped, "", wrapped},
		{"wrapped addressees are no title", "a.txt", "各省、自治区、直辖市、计划单列市发改委和\n" + wrapped, "", "各省、自治区、直辖市、计划单列市发改委和\n" + wrapped},
		{"headline over a wrapped paragraph", "a.txt", "标题\n" + wrapped, "标题", "标题\n" + wrapped},
		{"long headline over a wrapped paragraph", "a.txt", "关于加快转型、推动产业发展实施意见\n" + wrapped, "关于加快转型、推动产业发展实施意见", "关于加快转型、推动产业发展实施意见\n" + wrapped},
		{"repeated headline printed once", "a.txt", "引题\n主标题\n引题\n主标题\n正文。", "引题", "引题\n主标题\n正文。"},
		{"zero-width and control characters removed", "a.txt", "标\u200b题\n正\x07文\u00ad。", "标题", "标题\n正文。"},
		{"page break marked by a zero-width line joins the sentence", "a.txt", "标题\n\n经济运行缓中趋稳、稳中向好。国内生产总值达到74.4\n\u200b\n万亿元，增长6.7%，名列世界前茅。\n\u200b\n下一句。\n\n\u200b\n\n结尾。", "标题", "标题\n\n经济运行缓中趋稳、稳中向好。国内生产总值达到74.4万亿元，增长6.7%，名列世界前茅。\n下一句。\n\n结尾。"},
		{"page break after a short line and before a decimal joins too", "a.txt", "标题\n\n今年预期目标设定\n\u200b\n为6%以上。新增规上工业企业\n\u200b\n1.5万家。", "标题", "标题\n\n今年预期目标设定为6%以上。新增规上工业企业1.5万家。"},
		{"zero-width line after a heading or before an item joins nothing", "a.txt", "标题\n\n二、2024年工作安排\n\u200b\n地区生产总值增长5%左右，城镇新增就业50万人。\n\n经济运行缓中趋稳、稳中向好，就业形势总体稳定\n\u200b\n- 新建公园10个", "标题", "标题\n\n二、2024年工作安排\n\n地区生产总值增长5%左右，城镇新增就业50万人。\n\n经济运行缓中趋稳、稳中向好，就业形势总体稳定\n\n- 新建公园10个"},
		{"html title prepended", "a.html", "<title>标题</title><p>正文。</p>", "标题", "标题\n正文。"},
		{"html h1 not repeated", "a.html", "<title>标题_某网</title><h1>标题</h1><p>正文。</p>", "标题", "标题\n正文。"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs, errs := Parse(tc.path, []byte(tc.in), Options{})
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			if d := docs[0]; d.Title != tc.title || d.Text != tc.text {
				t.Errorf("Title %q Text %q\nwant %q %q", d.Title, d.Text, tc.title, tc.text)
			}
		})
	}
}

func TestNormalizeDate(t *testing.T) {
	for in, want := range map[string]string{
		"2022-06-06 16:01:03 +0800": "2022-06-06",
		"2019-3-5":                  "2019-03-05",
		"2025年1月22日":                "2025-01-22",
		"２０２５年１２月３日":                "2025-12-03",
		"2024/08/31":                "2024-08-31",
		"20250122":                  "2025-01-22",
		"2025-11-12T08:00:00Z":      "2025-11-12",
		// a zone given: the day in China's time
		"2025-11-11T20:00:00Z":            "2025-11-12",
		"2025-11-11T23:30:00-05:00":       "2025-11-12",
		"2025-11-11 23:30:00 +0800":       "2025-11-11",
		"Wed, 12 Nov 2025 10:41:52 +0800": "2025-11-12",
		"Tue, 11 Nov 2025 20:41:52 GMT":   "2025-11-12",
		"11 Nov 2025 10:41:52 +0000":      "2025-11-11",
		"2025-11-11 20:00:00 +0000 UTC":   "2025-11-12",
		// a zone's name: the day written, on every machine
		"Tue, 11 Nov 2025 20:41:52 CST":   "2025-11-11",
		"Tue, 11 Nov 2025 20:41:52 GMT+8": "2025-11-11",
		// none: as written
		"2025-11-11 23:30:00": "2025-11-11",
		" +0800":              "",
		"2023-02-30":          "",
		"12345678901":         "",
		"":                    "",
	} {
		if got := normalizeDate(in); got != want {
			t.Errorf("normalizeDate(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]int{"2025": 2025, "二〇二五": 2025, "十二": 12, "二十二": 22, "三十一": 31, "十": 10, "九": 9, "０８": 8, "x": -1, "": -1} {
		if got := parseDatePart(in); got != want {
			t.Errorf("parseDatePart(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestJSONL(t *testing.T) {
	long := strings.Repeat("很长的正文。", 400000) // 7.2 MB on one line
	in := fmt.Sprintf("{\"id\":\"a\",\"title\":\"甲\",\"content\":%q}\r\n\n{\"id\":\"a\",\"title\":\"重复编号\",\"content\":\"正文\"}\n{\"title\":\"无编号\",\"text\":\"正文\"}\nnot json\n{\"id\":\"b\",\"content\":\"\"}\n{\"id\":\"c\",\"content\":\"x\"} {\"id\":\"d\"}\n", long)
	docs, errs := Parse("news.jsonl", []byte(in), Options{})
	if len(docs) != 3 {
		t.Fatalf("%d docs, want 3", len(docs))
	}
	src := SourceOf("news.jsonl")
	if !filepath.IsAbs(src) {
		t.Errorf("source %q is not absolute", src)
	}
	if docs[0].Name != "a" || docs[0].Source != src+"#a" || docs[0].Text != "甲\n"+long || docs[0].Line != 1 {
		t.Errorf("first record: Name %q Source %q", docs[0].Name, docs[0].Source)
	}
	if want := hashHex([]byte(fmt.Sprintf("{\"id\":\"a\",\"title\":\"甲\",\"content\":%q}", long))); docs[0].Hash != want {
		t.Errorf("Hash is not the hash of the line")
	}
	// A repeated id keeps its source (the batch reports it); a record
	// without an id is named by the hash of its line, not by the line.
	idless := `\sha256:` + hashHex([]byte(`{"title":"无编号","text":"正文"}`))[:16]
	if docs[1].Source != src+"#a" || docs[1].Line != 3 || docs[2].Source != src+"#"+idless || docs[2].Name != "news.jsonl#"+idless || docs[2].Line != 4 {
		t.Errorf("Sources %q %q, Name %q", docs[1].Source, docs[2].Source, docs[2].Name)
	}
	var msgs []string
	for _, e := range errs {
		var re *RecordError
		if !errors.As(e, &re) {
			t.Errorf("%v is not a *RecordError", e)
		}
		msgs = append(msgs, e.Error())
	}
	want := []string{
		"news.jsonl:5: invalid JSON: invalid character 'o' in literal null (expecting 'u')",
		"news.jsonl:6: record has no text (fields content, text, body, article, …; name the field that holds it with --jsonl-text)",
		"news.jsonl:7: invalid JSON: more than one value on the line",
	}
	if strings.Join(msgs, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(msgs, "\n"), strings.Join(want, "\n"))
	}
}

func TestJSONFieldsAndFiles(t *testing.T) {
	opt := Options{JSONL: JSONLFields{ID: "uuid", Title: "headline", Date: "published", Text: []string{"body"}}}
	docs, errs := Parse("x.jsonl", []byte(`{"uuid":"u1","headline":"标题","published":"2024/5/6","body":"正文","url":"https://e.x/1","tags":["a"]}`), opt)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if d := docs[0]; d.Name != "u1" || d.Title != "标题" || d.Date != "2024-05-06" || d.Text != "标题\n正文" || d.Meta["source_url"] != "https://e.x/1" || d.Meta["date_source"] != "jsonl" || len(d.Meta) != 2 {
		t.Errorf("got %+v", d)
	}

	// Without fields named, the text is the first of content, text, body
	// and article a record has.
	docs, errs = Parse("y.jsonl", []byte(`{"id":"b","body":"乙"}`+"\n"+`{"id":"c","article":"丙","text":"丁"}`), Options{})
	if len(errs) > 0 || len(docs) != 2 || docs[0].Text != "乙" || docs[1].Text != "丁" {
		t.Errorf("default text fields: %v %+v", errs, docs)
	}
	// and the title and date the first of their usual names it has.
	docs, errs = Parse("z.jsonl", []byte(`{"id":"d","headline":"标题","publish_time":"2024-05-06 10:00:00","pub_date":"2023-01-01","content":"正文"}`), Options{})
	if len(errs) > 0 || len(docs) != 1 || docs[0].Title != "标题" || docs[0].Date != "2024-05-06" || len(docs[0].Meta) != 1 {
		t.Errorf("default title and date fields: %v %+v", errs, docs)
	}
	// A Unix time, in seconds or milliseconds, is a day in China's time.
	docs, errs = Parse("e.jsonl", []byte(`{"id":"e","date":1700000000,"content":"甲"}`+"\n"+`{"id":"f","date":"1704040200000","content":"乙"}`+"\n"+`{"id":"g","date":"2024/05/06","content":"丙"}`), Options{})
	if len(errs) > 0 || len(docs) != 3 || docs[0].Date != "2023-11-15" || docs[1].Date != "2024-01-01" || docs[2].Date != "2024-05-06" {
		t.Errorf("Unix times: %v %+v", errs, docs)
	}
	// A flag or a placeholder before the field that holds the date does
	// not hide it; ten digits that open with a date are that date.
	docs, errs = Parse("f.jsonl", []byte(`{"id":"h","published":true,"published_at":"2024-05-06T10:00:00+08:00","content":"甲"}`+"\n"+`{"id":"i","date":"暂无","publish_time":"2024-05-07","content":"乙"}`+"\n"+`{"id":"j","date":"2024050612","content":"丙"}`), Options{})
	if len(errs) > 0 || len(docs) != 3 || docs[0].Date != "2024-05-06" || docs[1].Date != "2024-05-07" || docs[2].Date != "2024-05-06" {
		t.Errorf("dates behind flags: %v %+v", errs, docs)
	}

	// A pretty-printed JSON object is one record; an array is one per element.
	obj := "{\n  \"id\": \"2025-10-31-0\",\n  \"title\": \"标题\",\n  \"content\": \"正文\"\n}\n"
	docs, errs = Parse("2025-10-31-0.json", []byte(obj), Options{})
	if len(errs) > 0 || len(docs) != 1 || docs[0].Source != SourceOf("2025-10-31-0.json")+"#2025-10-31-0" || docs[0].Hash != hashHex([]byte(obj)) {
		t.Errorf("object file: %v %+v", errs, docs)
	}
	arr := "[\n {\"id\": \"a\", \"content\": \"甲\"},\n {\"content\": \"乙\"},\n 7\n]"
	docs, errs = Parse("list.json", []byte(arr), Options{})
	if len(docs) != 2 || docs[1].Source != SourceOf("list.json")+`#\sha256:`+hashHex([]byte(`{"content": "乙"}`))[:16] || docs[1].Line != 3 || len(errs) != 1 || errs[0].Error() != "list.json:4: not a JSON object" {
		t.Errorf("array file: %v %+v", errs, docs)
	}
}

// TestParseConcurrent parses the golden inputs from many goroutines with one
// shared Options; run with -race.
func TestParseConcurrent(t *testing.T) {
	paths, _ := filepath.Glob("testdata/*.*")
	opt := Options{Boilerplate: testRules()}
	type result struct{ text, errs string }
	want := map[string]result{}
	inputs := map[string][]byte{}
	for _, p := range paths {
		if strings.HasSuffix(p, ".golden") {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		inputs[p] = data
		docs, errs := Parse(p, data, opt)
		want[p] = result{jsonString(t, docs), fmt.Sprint(errs)}
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p, data := range inputs {
				docs, errs := Parse(p, data, opt)
				if got := (result{jsonString(t, docs), fmt.Sprint(errs)}); got != want[p] {
					t.Errorf("%s: concurrent result differs", p)
				}
			}
		}()
	}
	wg.Wait()
}

func jsonString(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Error(err)
	}
	return string(b)
}

func TestJSONLLooseKeys(t *testing.T) {
	for _, tc := range []struct {
		name, record        string
		wantID, title, date string
		wantText, notInMeta string
	}{
		{"case and separators", `{"ID":"a1","Title":"通知","publishTime":"2025-11-11T20:00:00Z","Content":"山东省新增企业100家。"}`,
			"a1", "通知", "2025-11-12", "山东省新增企业100家。", "Content"},
		{"a later default", `{"id":"a2","news_title":"通知","ctime":1762862400,"summary":"全省新增企业5家。"}`,
			"a2", "通知", "2025-11-11", "全省新增企业5家。", "summary"},
		{"the exact key first", `{"id":"a3","content":"甲。","Content":"乙。"}`,
			"a3", "", "", "甲。", "content"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs, errs := Parse("news.jsonl", []byte(tc.record+"\n"), Options{})
			if len(errs) > 0 || len(docs) != 1 {
				t.Fatalf("Parse: %d docs, errors %v", len(docs), errs)
			}
			d := docs[0]
			if d.Name != tc.wantID || d.Title != tc.title || d.Date != tc.date || !strings.Contains(d.Text, tc.wantText) {
				t.Errorf("got name %q title %q date %q text %q", d.Name, d.Title, d.Date, d.Text)
			}
			if _, ok := d.Meta[tc.notInMeta]; ok {
				t.Errorf("the text field %s is also in Meta: %v", tc.notInMeta, d.Meta)
			}
		})
	}
}

func TestJSONLSummaryStaysMeta(t *testing.T) {
	docs, errs := Parse("news.jsonl", []byte(`{"id":"a4","content":"甲。","summary":"摘要","URL":"https://e.x/4"}`+"\n"), Options{})
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("Parse: %d docs, errors %v", len(docs), errs)
	}
	if m := docs[0].Meta; m["summary"] != "摘要" || m["source_url"] != "https://e.x/4" {
		t.Errorf("a summary beside the content and a URL field: Meta %v", m)
	}
}
