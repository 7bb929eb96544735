package ingest

import (
	"strings"
	"testing"
)

func TestURLDate(t *testing.T) {
	for _, tc := range []struct {
		in      string
		y, m, d int
	}{
		{"https://www.example.gov.cn/xwdt/2023/11-20/123.html", 2023, 11, 20},
		{"http://example.com/news/2023-11/20/c_1.htm", 2023, 11, 20},
		{"http://example.com/2023/11/20/story.html", 2023, 11, 20},
		{"https://example.gov.cn/zwgk/202311/t20231120_4567.html", 2023, 11, 20},
		{"http://auto.example.com/20050513/n225551143.shtml", 2005, 5, 13},
		{"https://example.com/content_20240102.htm", 2024, 1, 2},
		{"https://example.gov.cn/zwgk/202311/abc.html", 2023, 11, 0}, // month only
		{"corpus/site/2019-06-01-title.html", 2019, 6, 1},
		{"https://example.com/2023/13-45/x.html", -1, -1, -1}, // no such day
		{"https://example.com/item/12345678901.html", -1, -1, -1},
		{"https://example.com/p/20231301.html", -1, -1, -1},
		{"", -1, -1, -1},
	} {
		y, m, d := urlDate(tc.in)
		if y != tc.y || m != tc.m || d != tc.d {
			t.Errorf("urlDate(%q) = %d-%d-%d, want %d-%d-%d", tc.in, y, m, d, tc.y, tc.m, tc.d)
		}
	}
}

func TestDateLine(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"发布时间：2023-11-20 10:05", "2023-11-20"},
		{"2023年11月20日 10:05 来源：某某日报", "2023-11-20"},
		{"EXAMPLE.COM　2005年3月11日12:12 来源：[ 某报 ]", "2005-03-11"},
		{"某网 |发布: 2021-1-29 13:18|点击: 313", "2021-01-29"},
		{"２０２４年１月５日", "2024-01-05"},
		{"二〇二四年一月五日", "2024-01-05"},
		{"12/07/2022 11:02", "2022-07-12"},               // year last: day first
		{"发布时间：07/25/2022", "2022-07-25"},                // ... unless only the second is a day
		{"序号 项目 1/2/2019", ""},                           // a table's cell, not a date line
		{"比分 3/1/2020", ""},                              // a score
		{"12/07/2022 第3版", ""},                           // a date and more
		{"12/7/22 11:02", ""},                            // a two-digit year is no year
		{"1/2/3/2022", ""},                               // no date
		{"2023-02-30 10:00", ""},                         // no such day
		{"2023年11月20日，市委召开常委会议，研究部署下一步工作。", ""},          // a sentence
		{"· 某市召开会议 2023-11-20", ""},                      // a list item
		{"某市召开全市经济工作会议并部署明年重点任务 (2023-11-20 10:05)", ""}, // a related headline
		{"本栏目共有文章一千余篇，最近一次整理时间较早，日期为 2023-11-20", ""},    // date too far into the line
	} {
		if got := dateLine(tc.in); got != tc.want {
			t.Errorf("dateLine(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFindDate(t *testing.T) {
	prose := "市政府召开常务会议，研究部署加快发展数字经济的政策措施，会议由市长主持。"
	for _, tc := range []struct {
		name       string
		s          dateSearch
		date, from string
	}{
		{"printed under the title", dateSearch{lines: []string{"首页", "某市召开常务会议", "2023-11-20 来源：某日报", prose}, title: "某市召开常务会议", mainLine: -1}, "2023-11-20", dateFromPrinted},
		{"printed beats url", dateSearch{lines: []string{"某市召开常务会议", "发布时间：2023-11-20", prose}, title: "某市召开常务会议", mainLine: -1, url: "https://e.x/2022/01-01/1.html"}, "2023-11-20", dateFromPrinted},
		{"a body date is not a publication date", dateSearch{lines: []string{"某市召开常务会议", prose, "2019年5月1日", prose}, title: "某市召开常务会议", mainLine: -1}, "", ""},
		{"url", dateSearch{lines: []string{"某市召开常务会议", prose}, title: "某市召开常务会议", mainLine: -1, url: "https://e.x/zwgk/202311/t20231120_1.html"}, "2023-11-20", dateFromURL},
		{"path", dateSearch{lines: []string{prose}, mainLine: -1, path: "pages/2021/06-30/x.html"}, "2021-06-30", dateFromURL},
		{"json-ld first", dateSearch{lines: []string{"发布时间：2023-11-20", prose}, mainLine: -1, raw: `<script type="application/ld+json">{"datePublished": "2023-11-19T08:00:00+08:00"}</script>`}, "2023-11-19", dateFromJSONLD},
		{"signature", dateSearch{lines: []string{"关于开展申报工作的通知", prose, "某市科学技术局", "2024年3月15日"}, title: "关于开展申报工作的通知", mainLine: -1}, "2024-03-15", dateFromSignature},
		{"signature with its issuer and 印发", dateSearch{lines: []string{prose, "  某省人民政府办公厅2019年3月15日印发"}, mainLine: -1}, "2019-03-15", dateFromSignature},
		{"a closing sentence with a date is no signature", dateSearch{lines: []string{prose, "截至2019年3月15日"}, mainLine: -1}, "", ""},
		{"subtitle", dateSearch{lines: []string{"政府工作报告", "——2024年1月20日在某市第十六届人民代表大会第四次会议上", prose}, title: "政府工作报告", mainLine: -1}, "2024-01-20", dateFromSubtitle},
		{"dateline, year from the url", dateSearch{lines: []string{"某地加快发展", "新华社北京1月5日电（记者某某）" + prose}, title: "某地加快发展", mainLine: -1, url: "https://e.x/2024-01/05/c_1.htm"}, "2024-01-05", dateFromURL},
		{"dateline, year from a month url", dateSearch{lines: []string{"某地加快发展", "新华社北京1月5日电（记者某某）" + prose}, title: "某地加快发展", mainLine: -1, url: "https://e.x/202401/c_1.htm"}, "2024-01-05", dateFromDateline},
		{"dateline, year from the text", dateSearch{lines: []string{"某地加快发展", "新华社北京1月5日电（记者某某）2023年12月以来，" + prose}, title: "某地加快发展", mainLine: -1}, "2023-01-05", dateFromDateline},
		{"dateline without a year", dateSearch{lines: []string{"某地加快发展", "新华社北京1月5日电（记者某某）" + prose}, title: "某地加快发展", mainLine: -1}, "", ""},
		{"dateline, year from a congress session", dateSearch{lines: []string{"某报告获通过", "新华社北京3月11日电 十三届全国人大四次会议今天闭幕。" + prose}, title: "某报告获通过", mainLine: -1}, "2021-03-11", dateFromDateline},
		{"dateline, year from a CPPCC session", dateSearch{lines: []string{"某会闭幕", "新华社北京3月10日电 全国政协十四届二次会议今天闭幕。" + prose}, title: "某会闭幕", mainLine: -1}, "2024-03-10", dateFromDateline},
		{"dateline, a session named as a time", dateSearch{lines: []string{"某会闭幕", "新华社北京3月5日电 自十四届全国人大一次会议以来，各地加快发展。" + prose}, title: "某会闭幕", mainLine: -1}, "", ""},
		{"dateline, a session ahead in December", dateSearch{lines: []string{"某会将开", "新华社北京12月30日电 十四届全国人大一次会议将于明年3月召开。" + prose}, title: "某会将开", mainLine: -1}, "", ""},
		{"dateline, a mentioned month wins", dateSearch{lines: []string{"某会闭幕", "新华社北京3月10日电 2023年12月以来，全国政协十四届二次会议筹备有序。" + prose}, title: "某会闭幕", mainLine: -1}, "2023-03-10", dateFromDateline},
		{"dateline, a session of an early term", dateSearch{lines: []string{"某会闭幕", "新华社北京3月10日电 三届全国人大一次会议今天闭幕。" + prose}, title: "某会闭幕", mainLine: -1}, "", ""},
		{"htmldate last", dateSearch{lines: []string{prose}, mainLine: -1, htmlDate: func() string { return "2022-02-02" }}, "2022-02-02", dateFromHTMLDate},
		{"adopted by a congress", dateSearch{lines: []string{"某国五年计划摘要", "（1982 年 12 月 10 日第五届全国人民代表大会第五次会议通过）", prose}, title: "某国五年计划摘要", mainLine: -1}, "1982-12-10", dateFromSubtitle},
		{"delivered before adopted", dateSearch{lines: []string{"政府工作报告", "（2025年2月27日某市第七届人民代表大会第六次会议通过）", "——2025年2月25日在某市第七届人民代表大会第六次会议上", prose}, title: "政府工作报告", mainLine: -1}, "2025-02-25", dateFromSubtitle},
		{"a meeting's date in a sentence is no adoption", dateSearch{lines: []string{"某市召开会议", "2024年3月1日，市政府常务会议审议通过了实施方案。" + prose}, title: "某市召开会议", mainLine: -1}, "", ""},
		{"a law quoted in a page's body", dateSearch{lines: []string{"我市开展宪法宣传周活动", prose, prose, "（1982年12月4日第五届全国人民代表大会第五次会议通过）", prose}, title: "我市开展宪法宣传周活动", mainLine: -1, htmlDate: func() string { return "2024-12-04" }}, "2024-12-04", dateFromHTMLDate},
		{"a revised law keeps its revision's date", dateSearch{lines: []string{"某某条例", "（1989年12月26日某会第十一次会议通过", "2014年4月24日某会第八次会议修订）", prose}, title: "某某条例", mainLine: -1}, "2014-04-24", dateFromPrinted},
		{"a printed date below an adoption", dateSearch{lines: []string{"某市物业管理条例", "（2023年10月27日某市人民代表大会常务委员会第十次会议通过）", "发布时间：2023-12-05", prose}, title: "某市物业管理条例", mainLine: -1}, "2023-12-05", dateFromPrinted},
		{"an indented adoption line", dateSearch{lines: []string{"某国五年计划摘要", "\u3000\u3000（1982年12月10日第五届全国人民代表大会第五次会议通过）", prose}, title: "某国五年计划摘要", mainLine: -1}, "1982-12-10", dateFromSubtitle},
		{"subtitle without its dash", dateSearch{lines: []string{"政府工作报告——", "2024年1月20日在某市第十六届人民代表大会第四次会议上", prose}, title: "政府工作报告", mainLine: -1}, "2024-01-20", dateFromSubtitle},
		{"review year", dateSearch{lines: []string{"2025年某市政府工作报告", "一、2024年工作回顾", prose}, title: "2025年某市政府工作报告", mainLine: -1}, "2025-01-01", dateFromReview},
		{"a work report's title year", dateSearch{lines: []string{"2018年某国政府工作报告", "一、过去五年工作回顾", prose}, title: "2018年某国政府工作报告", mainLine: -1}, "2018-01-01", dateFromReview},
		{"a work report's title year with a note", dateSearch{lines: []string{"1964年某国政府工作报告（摘要）", prose}, title: "1964年某国政府工作报告（摘要）", mainLine: -1}, "1964-01-01", dateFromReview},
		{"a note that is no title's end", dateSearch{lines: []string{"1964年某国政府工作报告（摘要）的说明", prose}, title: "1964年某国政府工作报告（摘要）的说明", mainLine: -1}, "", ""},
		{"a title that is only a year", dateSearch{lines: []string{"**中华人民共和国2011年国民经济和社会发展统计公报**", "中华人民共和国国家统计局", "2012年2月22日", "2011年，" + prose}, title: "2011年", mainLine: 3}, "2012-02-22", dateFromPrinted},
		{"review of a year and more", dateSearch{lines: []string{"政府工作报告", "一、2022年及本届政府工作回顾", prose}, title: "政府工作报告", mainLine: -1}, "2023-01-01", dateFromReview},
		{"review of two years", dateSearch{lines: []string{"政府工作报告", "一、2019年及2020年工作回顾", prose}, title: "政府工作报告", mainLine: -1}, "2021-01-01", dateFromReview},
		{"review of a year and a plan period", dateSearch{lines: []string{"政府工作报告", "一、2025年工作及“十四五”时期发展回顾", prose}, title: "政府工作报告", mainLine: -1}, "2026-01-01", dateFromReview},
		{"a heading of the year's work", dateSearch{lines: []string{"政府工作报告", "一、过去五年工作回顾", prose, "二、2023年工作总体要求和主要目标", prose}, title: "政府工作报告", mainLine: -1}, "2023-01-01", dateFromReview},
		{"a year's work in prose is no heading", dateSearch{lines: []string{"政府工作报告", "一、过去五年工作回顾", "做好2023年工作安排意义重大。"}, title: "政府工作报告", mainLine: -1}, "", ""},
		{"review needs a work report", dateSearch{lines: []string{"某单位年终总结", "一、2024年工作回顾", prose}, title: "某单位年终总结", mainLine: -1}, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := findDate(tc.s)
			if h.date != tc.date || h.source != tc.from {
				t.Errorf("findDate = %q from %q, want %q from %q", h.date, h.source, tc.date, tc.from)
			}
		})
	}
}

// TestDateFromTextDropsPrintedLine: the printed date line under the
// headline goes from the text, and the date and its source are recorded.
func TestDateFromTextDropsPrintedLine(t *testing.T) {
	in := "某市召开数字经济推进会议\n发布时间：2023-11-20 10:05  来源：某日报\n会议强调，要加快推进数字产业化和产业数字化，推动数字经济高质量发展。"
	docs, errs := Parse("page.txt", []byte(in), Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	d := docs[0]
	if d.Date != "2023-11-20" || d.Meta["date_source"] != dateFromPrinted || strings.Contains(d.Text, "发布时间") {
		t.Errorf("Date %q source %q Text %q", d.Date, d.Meta["date_source"], d.Text)
	}
	if len(d.Dropped) != 1 || d.Dropped[0].Stage != "date" {
		t.Errorf("Dropped %+v, want the date line", d.Dropped)
	}
}

// A Traditional-script text is dated as its Simplified twin: the finders
// read it converted (發佈時間, 工作報告, 國辦發〔1996〕32號).
func TestTraditionalDates(t *testing.T) {
	for _, tc := range []struct {
		name, file, in, date, source string
	}{
		{"printed", "page.txt", "某市召開數字經濟推進會議\n發佈時間：2023-11-20 10:05  來源：某日報\n會議強調，要加快推進數字產業化和產業數字化，推動數字經濟高質量發展。", "2023-11-20", dateFromPrinted},
		{"a work report's title year", "report.txt", "2018年某國政府工作報告\n各位代表：\n現在，我代表國務院，向大會報告政府工作，請予審議。", "2018-01-01", dateFromReview},
		{"an archived notice", "page.html", `<html><head><title>國務院辦公廳轉發某委關於某事請示的通知</title><meta name="date" content="2019-01-08"></head><body>` +
			`<h1>國務院辦公廳轉發某委關於某事請示的通知</h1><p>國辦發〔1996〕32號</p><p>各省、自治區、直轄市人民政府：</p>` +
			`<p>某委《關於某事的請示》已經國務院批准，現轉發給你們，請認真貫徹執行，確保此項工作順利進行。</p><p>國務院辦公廳</p><p>一九九六年七月十七日</p></body></html>`, "1996-07-17", dateFromNumber},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs, errs := Parse(tc.file, []byte(tc.in), Options{})
			if len(errs) > 0 || len(docs) != 1 {
				t.Fatalf("Parse: %v", errs)
			}
			if d := docs[0]; d.Date != tc.date || d.Meta["date_source"] != tc.source {
				t.Errorf("date %q from %q, want %q from %q", d.Date, d.Meta["date_source"], tc.date, tc.source)
			}
		})
	}
}

// validDate checks a finder's output: "" or a real YYYY-MM-DD.
func validDate(t *testing.T, in, d string) {
	if d != "" && normalizeDate(d) != d {
		t.Errorf("%q gave %q, not a YYYY-MM-DD date", in, d)
	}
}

func FuzzURLDate(f *testing.F) {
	for _, s := range []string{"https://e.x/2023/11-20/1.html", "/zwgk/202311/t20231120_1.html", "/20050513/n1.shtml", "/2023-11/", "t99999999_", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		y, m, d := urlDate(s)
		y2, m2, d2 := urlDate(s)
		if y != y2 || m != m2 || d != d2 {
			t.Fatalf("urlDate(%q) not deterministic", s)
		}
		switch {
		case y < 0:
			if m != -1 || d != -1 {
				t.Fatalf("urlDate(%q) = %d-%d-%d: no year but a month or day", s, y, m, d)
			}
		case d == 0:
			if m < 1 || m > 12 {
				t.Fatalf("urlDate(%q) = %d-%d: bad month", s, y, m)
			}
		default:
			validDate(t, s, formatDate(y, m, d))
			if formatDate(y, m, d) == "" {
				t.Fatalf("urlDate(%q) = %d-%d-%d: not a date", s, y, m, d)
			}
		}
	})
}

func FuzzDateText(f *testing.F) {
	for _, s := range []string{"发布时间：2023-11-20 10:05", "——2024年1月20日在某市人民代表大会上", "新华社北京1月5日电", "2024年工作回顾\n政府工作报告", "二〇二四年一月五日", "2023年12月", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lines := strings.Split(s, "\n")
		validDate(t, s, dateLine(s))
		validDate(t, s, subtitleDate(lines, true).date)
		validDate(t, s, datelineDate(lines, lines, -1, -1).date)
		validDate(t, s, signatureDate(lines).date)
		validDate(t, s, reviewYearDate("", lines))
		h := findDate(dateSearch{lines: lines, title: lines[0], mainLine: -1, raw: s, path: s})
		validDate(t, s, h.date)
		if (h.date == "") != (h.source == "") {
			t.Fatalf("findDate(%q) = %q from %q", s, h.date, h.source)
		}
		if h.line >= len(lines) {
			t.Fatalf("findDate(%q): line %d of %d", s, h.line, len(lines))
		}
	})
}

func FuzzClassifyLines(f *testing.F) {
	for _, s := range []string{"首页 | 新闻\n正文很长的一句话，有标点。\n· 列表", "东城区\n西城区", "[头条\n】", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lines := strings.Split(s, "\n")
		kept, dropped := dropClassified(lines, "")
		n := 0
		for _, d := range dropped {
			n += strings.Count(d.Text, "\n") + 1
		}
		if len(kept)+n != len(lines) {
			t.Fatalf("%q: kept %d + dropped %d != %d lines", s, len(kept), n, len(lines))
		}
	})
}

// A page that republishes an older notice is dated by the notice: the
// year of its number, and the signature of that year.
func TestArchivedDate(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string
		page  string
		want  string
	}{
		{"signed", []string{"关于某事的通知", "国办发〔1996〕32号", "各省人民政府：", "现转发给你们。", "国务院办公厅", "一九九六年七月十七日", "附件"}, "2019-01-08", "1996-07-17"},
		{"number only", []string{"关于某事的通知", "国办发〔2004〕15号", "各省人民政府：", "现转发给你们。"}, "2019-01-08", "2004-01-01"},
		{"the page's own year", []string{"关于某事的通知", "国发〔2019〕4号", "现印发给你们。", "国务院", "2019年1月24日"}, "2019-02-13", ""},
		{"a signature of another year is not the notice's", []string{"国办发〔1996〕32号", "2018年5月1日"}, "2019-01-08", "1996-01-01"},
		{"no number", []string{"关于某事的通知", "现转发给你们。", "一九九六年七月十七日"}, "2019-01-08", ""},
		{"a number the text cites", []string{"关于某事的通知", "各市人民政府：", "为贯彻落实《国务院关于某事的意见》（国发〔2015〕40号），现通知如下。", "某省人民政府", "2019年3月15日"}, "2019-03-20", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := archivedDate(tc.lines, tc.page); got != tc.want {
				t.Errorf("archivedDate = %q, want %q", got, tc.want)
			}
		})
	}
}

// Through Parse: the page's meta date gives way to the notice it carries.
func TestArchivedPageDate(t *testing.T) {
	page := `<html><head><title>国务院办公厅转发某委关于某事请示的通知</title><meta name="date" content="2019-01-08"></head><body>` +
		`<h1>国务院办公厅转发某委关于某事请示的通知</h1><p>国办发〔1996〕32号</p><p>各省、自治区、直辖市人民政府：</p>` +
		`<p>某委《关于某事的请示》已经国务院批准，现转发给你们，请认真贯彻执行，确保此项工作顺利进行。</p><p>国务院办公厅</p><p>一九九六年七月十七日</p></body></html>`
	docs, errs := Parse("page.html", []byte(page), Options{})
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("Parse: %v", errs)
	}
	if d := docs[0]; d.Date != "1996-07-17" || d.Meta["date_source"] != dateFromNumber {
		t.Errorf("date %q from %q, want 1996-07-17 from %q", d.Date, d.Meta["date_source"], dateFromNumber)
	}
}
