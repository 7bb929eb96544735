package extract

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/policygraph/policygraph/extract/ingest"
	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/internal/testtools"
	"github.com/policygraph/policygraph/rules"
)

var (
	defaultOnce sync.Once
	defaultX    *Extractor
	defaultErr  error
)

// shipped returns an extractor of the embedded rule set, compiled once.
func shipped(t testing.TB) *Extractor {
	t.Helper()
	defaultOnce.Do(func() {
		set, err := rules.Default()
		if err != nil {
			defaultErr = err
			return
		}
		defaultX, defaultErr = Compile(set)
	})
	if defaultErr != nil {
		t.Fatal(defaultErr)
	}
	return defaultX
}

// doc describes a test document: its text and, optionally, its context.
type doc struct {
	text, title, date, region string
}

// run extracts a test document and returns the record.
func run(t testing.TB, d doc) *graph.Record {
	t.Helper()
	x := shipped(t)
	text := d.text
	if d.title != "" {
		text = d.title + "\n" + text
	}
	in := &ingest.Document{Name: "t", Source: "t", Title: d.title, Date: d.date, Text: text, Format: "text"}
	res, err := x.extract(context.Background(), in, d.region)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Errors {
		t.Errorf("rule error: %v", e)
	}
	checkSpans(t, in.Text, res.Record)
	return res.Record
}

// checkSpans asserts that every span in a record lies in the text, on rune
// boundaries, and that evidence text matches what the span covers.
func checkSpans(t testing.TB, text string, r *graph.Record) {
	t.Helper()
	ok := func(s *graph.Span) {
		if s == nil {
			return
		}
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			t.Fatalf("span [%d,%d) outside text of %d bytes", s.Start, s.End, len(text))
		}
		if !validBoundary(text, s.Start) || !validBoundary(text, s.End) {
			t.Fatalf("span [%d,%d) cuts a rune", s.Start, s.End)
		}
	}
	for _, a := range r.Amounts {
		ok(a.Span)
		if a.Span != nil && text[a.Span.Start:a.Span.End] != a.Text {
			t.Errorf("amount text %q, span covers %q", a.Text, text[a.Span.Start:a.Span.End])
		}
	}
	for _, tg := range r.Targets {
		ok(tg.Span)
	}
	for _, n := range r.Nodes {
		for _, e := range n.Evidence {
			s := graph.Span{Start: e.Start, End: e.End}
			ok(&s)
		}
	}
}

// validBoundary reports whether i is where a rune starts as Go decodes s:
// a stray continuation byte is a rune (U+FFFD) of its own, so a span may
// end before one (营\xe6\x94$1000\x82).
func validBoundary(s string, i int) bool {
	if i == len(s) || i == 0 || (s[i]&0xC0) != 0x80 {
		return true
	}
	for j := range s {
		if j == i {
			return true
		}
		if j > i {
			break
		}
	}
	return false
}

func amount(r *graph.Record, v float64) *graph.AmountItem {
	for i := range r.Amounts {
		if r.Amounts[i].Value == v {
			return &r.Amounts[i]
		}
	}
	return nil
}

func target(r *graph.Record, v float64, unit string) *graph.TargetItem {
	for i := range r.Targets {
		if r.Targets[i].Value == v && r.Targets[i].Unit == unit {
			return &r.Targets[i]
		}
	}
	return nil
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Amount rows of EDGE_CASES.md that need a sentence, not just the quantity:
// where the amount is, and what its bound is.
func TestAmountsInSentences(t *testing.T) {
	tests := []struct {
		row, text string
		value     float64
		max       float64 // 0 = no range
		qual      string
		currency  string
		span      string // the original text the amount covers
	}{
		{"M1", "山东今年投入145亿攻关“高精尖”", 1.45e10, 0, "=", "CNY", "145亿"},
		{"list-bound-before", "对主营业务收入首次突破1000亿元、500亿元、200亿元的企业给予奖励", 2e10, 0, ">", "CNY", "200亿元"},
		{"list-item-own-verb", "三产增加值突破4000亿元、达到4355.99亿元", 4.35599e11, 0, "=", "CNY", "达到4355.99亿元"},
		{"list-bound-after", "培育营收100亿元以上、50亿元企业各1家", 5e9, 0, "=", "CNY", "50亿元"},
		{"list-bound-inside", "两项工程分别投入100多亿元、50亿元", 5e9, 0, "=", "CNY", "50亿元"},
		{"more-than-guo", "全市规上工业营收过万亿元", 1e12, 0, ">", "CNY", "过万亿元"},
		{"through-not-more-than", "通过100亿元专项资金支持企业", 1e10, 0, "=", "CNY", "100亿元"},
		{"past-tense-guo", "该企业先后获得过5000万元投资", 5e7, 0, "=", "CNY", "5000万元"},
		{"tugrik", "规模为150亿元人民币或7.25万亿蒙古图格里克", 7.25e12, 0, "=", "MNT", "7.25万亿蒙古图格里克"},
		{"turnover-shrinks", "沪深两市半日成交额2.07万亿，较上个交易日缩量898亿", 8.98e10, 0, "=", "CNY", "898亿"},
		{"M2", "给予1000万元经费支持", 1e7, 0, "=", "CNY", "1000万元"},
		{"M4", "安排资金一点八亿元", 1.8e8, 0, "=", "CNY", "一点八亿元"},
		{"M6", "全市数字经济规模迈向万亿元", 1e12, 0, "=", "CNY", "万亿元"},
		{"M8", "总投资壹億元", 1e8, 0, "=", "CNY", "壹億元"},
		{"M9", "产业规模达2.3万億元", 2.3e12, 0, "=", "CNY", "达2.3万億元"},
		{"M10", "投资１．８亿元用于建设", 1.8e8, 0, "=", "CNY", "１．８亿元"},
		{"M12", "安排１，２００万元", 1.2e7, 0, "=", "CNY", "１，２００万元"},
		{"M13", "吸引外资3亿美元", 3e8, 0, "=", "USD", "3亿美元"},
		{"M14", "募集资金人民币2.5亿元", 2.5e8, 0, "=", "CNY", "人民币2.5亿元"},
		{"M15", "公司募资$3亿用于扩产", 3e8, 0, "=", "USD", "$3亿"},
		{"M16", "7月销售额为5723.5亿元新台币", 5.7235e11, 0, "=", "TWD", "5723.5亿元新台币"},
		{"M17", "成交额1000亿元港币", 1e11, 0, "=", "HKD", "1000亿元港币"},
		{"M18", "投资100亿台币建厂", 1e10, 0, "=", "TWD", "100亿台币"},
		{"B1", "支持金额超1.7亿元", 1.7e8, 0, ">", "CNY", "超1.7亿元"},
		{"B2", "带动实现新产品销售收入近1万亿元", 1e12, 0, "<", "CNY", "近1万亿元"},
		{"B3", "产值逾1000亿元", 1e11, 0, ">", "CNY", "逾1000亿元"},
		{"B4", "资助不超过2000万元", 2e7, 0, "<=", "CNY", "不超过2000万元"},
		{"B5", "单个项目补助不超过1.8亿元。", 1.8e8, 0, "<=", "CNY", "不超过1.8亿元"},
		{"B6", "给予最高不超过1000万元的补助", 1e7, 0, "<=", "CNY", "最高不超过1000万元"},
		{"B7", "研发投入不低于500万元", 5e6, 0, ">=", "CNY", "不低于500万元"},
		{"B8", "研发投入不少于500万元", 5e6, 0, ">=", "CNY", "不少于500万元"},
		{"B9", "给予最高500万元奖励", 5e6, 0, "<=", "CNY", "最高500万元"},
		{"B11", "年营业收入1000万元以上的企业", 1e7, 0, ">=", "CNY", "1000万元以上"},
		{"B12", "大健康产业营收达1200亿元", 1.2e11, 0, "=", "CNY", "达1200亿元"},
		{"B13", "产值突破1000亿元", 1e11, 0, ">", "CNY", "突破1000亿元"},
		{"B16", "合同销售金额约人民币75.37亿元", 7.537e9, 0, "~", "CNY", "约人民币75.37亿元"},
		{"R1", "项目总投资5000万元至1亿元", 5e7, 1e8, "=", "CNY", "5000万元至1亿元"},
		{"R2", "项目总投资5000万～1亿元", 5e7, 1e8, "=", "CNY", "5000万～1亿元"},
		{"R3", "每个项目支持1—2亿元", 1e8, 2e8, "=", "CNY", "1—2亿元"},
		{"R8", "投资1200余亿元", 1.2e11, 0, "~", "CNY", "1200余亿元"},
		{"R9", "资金100多亿元", 1e10, 0, "~", "CNY", "100多亿元"},
		{"after-comma", "省财政安排专项资金，2亿元用于支持重点项目", 2e8, 0, "=", "CNY", "2亿元"},
		{"spaced", "拟安排国拨经费总概算 5000 万元", 5e7, 0, "=", "CNY", "5000 万元"},
		{"spaced-bound", "主营业务收入超 10 亿元的企业", 1e9, 0, ">", "CNY", "超 10 亿元"},
		// A currency word before the number names the sum's currency;
		// after a number it is that number's unit (1美元约合160日元).
		{"currency-word-before", "公司宣布捐出首期港币1000万元用于防疫", 1e7, 0, "=", "HKD", "港币1000万元"},
		{"currency-word-before-thousands", "总计向香港抗疫支援港币5，000万元", 5e7, 0, "=", "HKD", "港币5，000万元"},
		{"currency-word-after-number", "1美元约合160日元", 160, 0, "~", "JPY", "约合160日元"},
		// Words of spending make a bare 亿 money (豪掷, 斥资).
		{"bare-yi-splurge", "紫金矿业豪掷3.5亿入股天风期货", 3.5e8, 0, "=", "CNY", "3.5亿"},
		{"bare-yi-spend", "公司斥资10亿建设新工厂", 1e9, 0, "=", "CNY", "10亿"},
		{"bare-yi-injection", "7月全面降准置换到期MLF后，净投放为6000亿", 6e11, 0, "=", "CNY", "6000亿"},
	}
	for _, tc := range tests {
		t.Run(tc.row, func(t *testing.T) {
			r := run(t, doc{text: tc.text})
			a := amount(r, tc.value)
			if a == nil {
				t.Fatalf("%s: no amount %g in %q; got %+v", tc.row, tc.value, tc.text, r.Amounts)
			}
			if a.Qualifier != tc.qual || a.Currency != tc.currency {
				t.Errorf("%s: qualifier %s currency %s, want %s %s", tc.row, a.Qualifier, a.Currency, tc.qual, tc.currency)
			}
			if tc.max != 0 && (a.ValueMax == nil || *a.ValueMax != tc.max) {
				t.Errorf("%s: value_max %v, want %g", tc.row, a.ValueMax, tc.max)
			}
			if a.Text != tc.span {
				t.Errorf("%s: span text %q, want %q", tc.row, a.Text, tc.span)
			}
		})
	}
}

// F rows and R13, T4: text that holds digits or numerals but no amount and
// no target.
func TestNotQuantities(t *testing.T) {
	tests := []struct{ row, text string }{
		{"F1", "“十四五”期间，要加快建设现代化产业体系。"},
		{"F2", "要高质量共建“一带一路”，加快推进一网通办。"},
		{"F3", "推行一网通办、单一窗口和统一零售价。"},
		{"F4", "到2025年，要做强“20+8”产业集群。"},
		{"F5", "今年要落实《深圳市培育发展新能源产业集群行动计划(2022-2025年)》。"},
		{"F6", "全国两会期间，他已年过半百。"},
		{"F7", "今年将制定《山西省制造业振兴三年行动计划》。"},
		{"F8", "基站总数是10000，其中有9000台。"},
		{"R13", "到2025年，要打造2个千亿级产业集群。"},
		{"T4", "今年要培育一批专精特新企业，认定第一批示范企业。"},
		{"docnumber", "根据《国务院关于印发〈中国制造2025〉的通知》（国发〔2015〕28号）精神，今年要推进。"},
		{"date", "今年要在2024年6月30日前完成。"},
		{"duration", "今年要组织失业青年参加3—12个月的就业见习。"},
		{"phone", "如需授权请联系版权部：021-22002972。"},
		{"table-header", "今年要统计资产总额（万元）和主营业务收入（万元）。"},
		{"ocr-slip", "今年将安排再就业补助资金25l亿元。"},
		// A currency word before a number with no unit of money is no sum.
		{"currency-word-bare-year", "人民币兑美元汇率走稳，美元2022年走强，欧元2年期国债收益率上升。"},
	}
	for _, tc := range tests {
		t.Run(tc.row, func(t *testing.T) {
			r := run(t, doc{text: tc.text, date: "2022-06-10", region: "深圳市"})
			if tc.row != "R13" && len(r.Amounts) > 0 {
				t.Errorf("%s: amounts %+v in %q", tc.row, r.Amounts, tc.text)
			}
			for _, tg := range r.Targets {
				if tc.row == "R13" && tg.Unit == "个" && tg.Value == 2 {
					continue // 2 clusters is a count; 千亿级 is not money
				}
				t.Errorf("%s: target %+v in %q", tc.row, tg, tc.text)
			}
			if tc.row == "R13" && len(r.Amounts) > 0 {
				t.Errorf("R13: 千亿级 is a scale class, not money: %+v", r.Amounts)
			}
		})
	}
}

// T and Y rows: goals, their units, ranges and years.
func TestTargets(t *testing.T) {
	tests := []struct {
		row         string
		d           doc
		value, max  float64
		unit, qual  string
		year        int
		region      string // "" = null
		metricHas   string // "^…": the metric begins with …; "=…": it is …
		wantMissing bool
	}{
		{"T1", doc{text: "今年要力争培育国家技术创新示范企业1—2户。", date: "2023-03-09", region: "山西省"}, 1, 2, "户", "=", 2023, "山西省", "国家技术创新示范企业", false},
		// Undated, reporting 2019's results (2019年，…比上年增长): the
		// figures of 2018 are the past; a deadline ahead of 2019 is a goal.
		{"undated-reported-year-past", doc{text: "2019年，某区生产总值实现1697亿元，比上年增长8.1%。2018年，全区农牧民人均纯收入达到11600元。"}, 11600, 0, "元", "=", 2018, "", "", true},
		{"undated-reported-year-deadline-past", doc{text: "2019年，某区生产总值实现1697亿元，比上年增长8.1%。生产总值从1965年的3亿元增长到2018年的1477亿元。"}, 147700000000, 0, "元", "=", 2018, "", "", true},
		{"undated-reported-year-goal-ahead", doc{text: "2019年，某区生产总值实现1697亿元，比上年增长8.1%。到2025年，全区农牧民人均纯收入达到20000元。"}, 20000, 0, "元", "=", 2025, "", "", false},
		// A news item that opens on its source (据…大会，) names its
		// subject after it; 全国 as the field a place ranks in does not make
		// a goal the country's.
		// The size of a set a place ranks in is no goal; a goal for
		// places of a set (在30个县建设…中心) still is.
		{"size-of-a-ranked-set", doc{title: "鹤岗市政府工作报告", text: "2023年主要目标任务\n抓在建项目投产达效，在全省27个百亿级开发区中争先晋位。", date: "2023-01-10", region: "鹤岗市"}, 27, 0, "个", "=", 2023, "鹤岗市", "", true},
		{"goal-in-places-of-a-set", doc{title: "贵州省政府工作报告", text: "2026年主要目标任务\n在30个县建设运营现代农事综合服务中心。", date: "2026-01-20", region: "贵州省"}, 30, 0, "个", "=", 2026, "贵州省", "", false},
		{"place-opening-like-a-source", doc{title: "广州新闻", text: "从化区加快建设，力争新增企业100家。", date: "2024-03-01"}, 100, 0, "家", "=", 0, "从化区", "", false},
		{"unit-picul", doc{title: "玉溪市政府工作报告", text: "2024年主要目标任务\n种植烤烟60万亩，收购烟叶160万担。", date: "2024-01-10", region: "玉溪市"}, 1.6e6, 0, "担", "=", 2024, "玉溪市", "收购烟叶", false},
		{"subject-after-source", doc{title: "每日财经", text: "1. 北京市统计局发布数据显示，上半年北京市地区生产总值同比增长5.4%。\n2. 广州市商务局表示，广州市社会消费品零售总额同比增长3.1%。\n3. 据上海召开低空经济产业高质量发展推进大会，上海将全面打造低空经济产业创新高地，核心产业规模达到500亿元以上。", date: "2024-08-01"}, 5e10, 0, "元", ">=", 0, "上海市", "核心产业规模", false},
		{"rank-among-provinces", doc{title: "每日财经早报", text: "7、全面建设美丽北京实施意见发布。\n文件提出，到2027年，单位GDP二氧化碳排放保持全国省级最优水平，可再生能源消费占比达到20%左右。", date: "2024-08-02"}, 20, 0, "%", "~", 2027, "北京市", "可再生能源消费占比", false},
		// A list that runs on past the number's clause names what is counted
		// after its last 等 or 的; a list of numbered items does not.
		{"metric-etc-list", doc{text: "到2027年，全省将制定80项以上通用、专用、地方等技术标准。", date: "2026-01-10"}, 80, 0, "项", ">=", 2027, "", "^技术标准", false},
		{"metric-etc-short-head", doc{text: "到2027年，制定50项再制造管理、技术、装备等标准。", date: "2026-01-10"}, 50, 0, "项", "=", 2027, "", "^再制造管理标准", false},
		{"metric-etc-ends-list", doc{text: "到2027年，建立100家再制造示范企业、研发中心、服务企业等。", date: "2026-01-10"}, 100, 0, "家", "=", 2027, "", "=再制造示范企业", false},
		{"metric-list-then-clause", doc{text: "到2027年，新增100家高新技术企业、推动形成产业集聚的良好发展格局。", date: "2026-01-10"}, 100, 0, "家", "=", 2027, "", "=新增高新技术企业", false},
		// A list item may open with a quotation mark or Latin letters; a
		// 、 that no item follows names nothing more (a typo: 、的).
		{"metric-list-quoted-item", doc{text: "到2027年，培育30家以上专业水平高、“链主”型的骨干企业。", date: "2026-01-10"}, 30, 0, "家", ">=", 2027, "", "=骨干企业", false},
		{"metric-list-latin-item", doc{text: "到2027年，培育30家以上实力强、AI领域的骨干企业。", date: "2026-01-10"}, 30, 0, "家", ">=", 2027, "", "=骨干企业", false},
		{"metric-list-no-item", doc{text: "到2027年，培育30家以上龙头企业、的配套企业。", date: "2026-01-10"}, 30, 0, "家", ">=", 2027, "", "=龙头企业", false},
		{"metric-de-list", doc{text: "到2027年，培育60家以上规模大、实力强的系统集成服务商。", date: "2026-01-10"}, 60, 0, "家", ">=", 2027, "", "^系统集成服务商", false},
		{"metric-numbered-list", doc{text: "到2027年，培育5个万亿级产业群、20个千亿级产业群、一批百亿级产业群。", date: "2026-01-10"}, 20, 0, "个", "=", 2027, "", "=千亿级产业群", false},
		// A report's sentence that opens with a year still ahead sets that
		// year's goals, and its 比上年 is that year's base, not the past;
		// news needs a goal word of its own.
		// A plan period opening a clause sets its last year's goals in a
		// document written before that year (cue.period-ahead); in its last
		// year it reviews them. Investment brought in (引进…亿元) and 利用外资
		// are levels to reach. A 今年 after the period's deadline and
		// nearer the figure is the figure's year.
		{"period-ahead-attract", doc{text: "“十四五”期间，累计引进省外内资10000亿元，累计实际利用外资1000亿美元。", date: "2022-02-08", region: "浙江省"}, 1e12, 0, "元", "=", 2025, "浙江省", "", false},
		{"period-ahead-foreign", doc{text: "“十四五”期间，累计引进省外内资10000亿元，累计实际利用外资1000亿美元。", date: "2022-02-08", region: "浙江省"}, 1e11, 0, "美元", "=", 2025, "浙江省", "", false},
		{"period-ahead-no-comma", doc{text: "绿色升级工程明确，“十四五”时期规模以上工业单位增加值能耗下降13.5%。", date: "2022-01-25"}, 13.5, 0, "%", "=", 2025, "", "^“十四五”时期规模以上工业", false},
		{"period-reviewed-in-its-last-year", doc{text: "“十四五”期间，全省累计建成5G基站20万个。", date: "2025-12-20"}, 2e5, 0, "个", "=", 0, "", "", true},
		{"this-year-after-period", doc{title: "2007年政府工作报告", text: "我代表国务院向大会报告工作。二是加强农村公路建设。“十一五”期间，新建农村公路120万公里，今年要新建农村公路30万公里。", date: "2007-03-05"}, 3e5, 0, "公里", "=", 2007, "", "", false},
		// ... but not in a review, after a past cue, nor for the period's
		// first years; and 比今年 is a base, not the figure's year.
		{"period-in-a-review", doc{title: "某省2024年政府工作报告", text: "我代表省人民政府向大会报告工作。\n一、2023年工作回顾\n“十四五”期间，全省累计完成固定资产投资2.1万亿元，年均增长8%。", date: "2024-01-20"}, 8, 0, "%", "=", 0, "", "", true},
		{"period-after-past-cue", doc{title: "某省2023年政府工作报告", text: "我代表省人民政府向大会报告工作。“十四五”期间，全省已累计新建5G基站3万个，完成投资120亿元。", date: "2023-01-20"}, 1.2e10, 0, "元", "=", 0, "", "", true},
		{"period-first-years", doc{text: "“十四五”时期前三年，全省地区生产总值年均增长6.1%，累计引进项目500个。", date: "2024-05-01"}, 500, 0, "个", "=", 0, "", "", true},
		{"deadline-then-this-year-base", doc{text: "到2025年，全省新建5G基站8万个，比今年增加2万个。", date: "2023-06-01"}, 2e4, 0, "个", "=", 2025, "", "", false},
		// A speaker's label (答：) opens no clause: 截至… after it reports.
		{"interview-answer-reports", doc{text: "问：造成外汇储备规模变动的原因是什么？今后的外汇储备规模趋势是怎样的？\n答：截至2021年8月末，我国外汇储备规模为32321亿美元，较7月末下降38亿美元。", date: "2021-09-07"}, 3.2321e12, 0, "美元", "=", 0, "", "", true},
		// Staged goals: a later year opening the figure's clause is its
		// deadline, not the stage before it.
		{"staged-deadlines", doc{text: "合肥市推出《合肥市数字经济发展规划（2020-2025年）》，提出到2020年数字经济总量占GDP比重达40%以上，2022年数字经济总量占GDP比重达45%以上，2025年数字经济总量占GDP比重达50%以上。", date: "2021-06-01"}, 45, 0, "%", ">=", 2022, "合肥市", "", false},
		// 预计到Y年 opening the sentence after a plan's statement (《…计划
		// (2020-2022年)》提出，…。) gives the plan's figures; after a
		// sentence that states no plan it is a forecast.
		{"plan-stated-before", doc{text: "《南昌市数字经济发展三年行动计划（2020-2022年）》提出，将发展数字经济作为重要抓手。预计到2022年，南昌数字经济增加值达到4000亿元，占GDP的比重达到50%。", date: "2021-06-01"}, 4e11, 0, "元", "=", 2022, "南昌市", "", false},
		{"forecast-without-plan", doc{text: "机构认为数字经济将保持较快增长。预计到2022年，南昌数字经济增加值达到4000亿元。", date: "2021-06-01"}, 4e11, 0, "元", "=", 0, "", "", true},
		// A goal shared out among places, each share in brackets after
		// its place: every share is that place's, measuring the list's
		// head; in a sentence that reports, shares are no goals.
		{"shares-among-places", doc{text: "“十四五”期间，保障性租赁住房配额较多的省市包括广东（129.7万套）、浙江（120万套）、江苏（50万套）。", date: "2022-03-01"}, 1.2e6, 0, "套", "=", 2025, "浙江省", "=保障性租赁住房配额较多的省市", false},
		{"shares-reported", doc{text: "去年新建保障性租赁住房较多的省市包括广东（29.7万套）、浙江（12万套）。", date: "2022-03-01"}, 1.2e5, 0, "套", "=", 0, "", "", true},
		{"project-size-class", doc{text: "“十四五”期间，引进总投资超1亿美元项目500个，超50亿美元项目取得突破。", date: "2022-02-08"}, 5e9, 0, "美元", ">", 0, "", "", true},
		{"fund-provided", doc{text: "2022年合计将为试点企业提供扶持资金约2.5亿元。", date: "2022-01-18", region: "东莞市"}, 2.5e8, 0, "元", "~", 2022, "东莞市", "", false},
		{"year-ahead-report", doc{title: "1964年政府工作报告", text: "一九六五年国家预算收入比上年增长百分之十以上，收支平衡。", date: "1964-12-21"}, 10, 0, "%", ">=", 1965, "", "=国家预算收入增长", false},
		// The same report in Traditional script: its title is read
		// normalised too (工作報告 is a work report).
		{"year-ahead-report-traditional", doc{title: "1964年政府工作報告", text: "一九六五年國家預算收入比上年增長百分之十以上，收支平衡。", date: "1964-12-21"}, 10, 0, "%", ">=", 1965, "", "=国家预算收入增长", false},
		// Hard-wrapped text (a PDF export): the break between a number and
		// its unit goes (4⏎个百分点).
		{"wrapped-number-unit", doc{title: "某省规划", text: strings.Repeat("产业整体水平显著提升产业形态持续优化升级\n", 8) + "到2025年服务业增加值比重提高4\n个百分点。", date: "2021-03-01"}, 4, 0, "个百分点", "=", 2025, "", "", false},
		// ... and so does one inside or before a qualifier or unit word
		// (左⏎右, 以上 after its unit).
		{"wrapped-qualifier-split", doc{title: "某省规划", text: strings.Repeat("产业整体水平显著提升产业形态持续优化升级\n", 8) + "到2025年全省新增高新技术企业500家左\n右。", date: "2021-03-01"}, 500, 0, "家", "~", 2025, "", "", false},
		{"wrapped-qualifier-after", doc{title: "某省规划", text: strings.Repeat("产业整体水平显著提升产业形态持续优化升级\n", 8) + "到2025年全省新增高新技术企业500家\n以上。", date: "2021-03-01"}, 500, 0, "家", ">=", 2025, "", "", false},
		{"year-ahead-news", doc{title: "某市经济运行情况", text: "2026年全市地区生产总值比上年增长5%。", date: "2025-12-21"}, 5, 0, "%", "=", 2026, "", "", true},
		// A baseline year in Chinese numerals is cut from the metric.
		{"base-chinese-year", doc{title: "1964年政府工作报告", text: "一九六五年计划草案拟定，农业总产值比一九六四年增长百分之五左右。", date: "1964-12-21"}, 5, 0, "%", "~", 1965, "", "=农业总产值增长", false},
		// A goal before that measures only a change lends no subject.
		{"metric-bare-change-twice", doc{text: "到2027年，较2022年增长一倍以上，较2020年增长两倍以上。", date: "2026-01-10"}, 2, 0, "倍", ">=", 2027, "", "=增长", false},
		// A stripped prefix does not break a word (再生资源, not 生资源);
		// 要求 goes whole.
		{"metric-strip-keeps-word", doc{text: "到2027年，再生资源回收量达到5000万吨。", date: "2026-01-10"}, 50000000, 0, "吨", "=", 2027, "", "=再生资源回收量", false},
		{"metric-strip-yaoqiu", doc{title: "1981年政府工作报告", text: "一九八二年，要求消费部分增长5.7%。", date: "1981-12-01"}, 5.7, 0, "%", "=", 1982, "", "=消费部分增长", false},
		// N人制 is a game's format, not a number of people.
		{"people-format", doc{text: "今年建成250个社区健身路径或3人制篮球场。", date: "2024-01-10", title: "政府工作报告"}, 3, 0, "人", "=", 2024, "", "", true},
		// 稳定在 leaves the metric whole; in news it states a level held,
		// not a goal.
		{"steady-at", doc{text: "二、2026年工作安排\n基本医疗保险参保率稳定在95%以上。", date: "2026-01-10", title: "政府工作报告"}, 95, 0, "%", ">=", 2026, "", "=基本医疗保险参保率", false},
		// A value dated by a year before the document's is its base or
		// its result, not a goal (由2020年的…, 1952年为…).
		{"past-year-base-plan", doc{title: "某省国民经济和社会发展第十四个五年规划纲要", text: "第一章 主要目标\n到2025年，全省地区生产总值由2020年的5000亿元增加到8000亿元。", date: "2021-03-01"}, 5e11, 0, "元", "=", 0, "", "", true},
		{"past-year-base-plan-goal", doc{title: "某省国民经济和社会发展第十四个五年规划纲要", text: "第一章 主要目标\n到2025年，全省地区生产总值由2020年的5000亿元增加到8000亿元。", date: "2021-03-01"}, 8e11, 0, "元", "=", 2025, "", "", false},
		{"past-year-value-plan", doc{title: "中华人民共和国发展国民经济的第一个五年计划", text: "第一章 任务\n私营工业产值1952年为105.3亿元，到1957年将增加到150亿元。", date: "1955-07-30"}, 1.053e10, 0, "元", "=", 0, "", "", true},
		// Figures written digit by digit, as texts of the 1950s write them
		// (四二七·四亿元 is 427.4亿元, 二五一万吨 is 251万吨).
		{"digit-string-money", doc{title: "第一个五年计划", text: "到1957年，全国基本建设投资总额将达到四二七·四亿元。", date: "1955-07-30"}, 4.274e10, 0, "元", "=", 1957, "", "", false},
		{"digit-string-count", doc{title: "第一个五年计划", text: "到1957年，钢的产量将达到二五一万吨。", date: "1955-07-30"}, 2.51e6, 0, "吨", "=", 1957, "", "", false},
		// Units of bandwidth in words and rates per 100,000 people.
		{"unit-bandwidth-words", doc{title: "某省信息通信业发展规划", text: "到2025年，城市家庭用户带宽实现1000兆比特每秒以上接入能力。", date: "2021-06-01"}, 1000, 0, "兆比特每秒", ">=", 2025, "", "", false},
		{"unit-per-100k", doc{title: "某省卫生健康发展规划", text: "到2025年，肺结核发病率降至50/10万。", date: "2021-06-01"}, 50, 0, "/10万", "=", 2025, "", "", false},
		{"population-registered-poor", doc{title: "某省脱贫攻坚规划", text: "到2020年，实现约300万建档立卡贫困人口脱贫。", date: "2016-06-01"}, 3e6, 0, "人", "~", 2020, "", "", false},
		// A plan's section of achievements reviews the past period.
		{"plan-review-section", doc{title: "某省国民经济和社会发展第十四个五年规划纲要", text: "第一章 发展环境\n第一节 全面建成小康社会取得决定性成就\n全省城镇新增就业超过300万人。\n第二节 主要目标\n到2025年，全省城镇新增就业250万人以上。", date: "2021-02-01"}, 3e6, 0, "人", ">", 0, "", "", true},
		{"plan-review-section-goal", doc{title: "某省国民经济和社会发展第十四个五年规划纲要", text: "第一章 发展环境\n第一节 全面建成小康社会取得决定性成就\n全省城镇新增就业超过300万人。\n第二节 主要目标\n到2025年，全省城镇新增就业250万人以上。", date: "2021-02-01"}, 2.5e6, 0, "人", ">=", 2025, "", "", false},
		{"plan-environment-chapter", doc{title: "某省国民经济和社会发展第十四个五年规划纲要", text: "第一篇 指导思想和主要目标\n第一章 发展环境\n全省常住人口城镇化率达到60.5%，人均地区生产总值增至6万元。\n第二章 主要目标\n到2025年，常住人口城镇化率达到65%。", date: "2021-02-01"}, 60.5, 0, "%", "=", 0, "", "", true},
		{"digit-string-grouped", doc{title: "第一个五年计划", text: "到1957年，麻袋的产量将达到六、八〇〇万条。", date: "1955-07-30"}, 6.8e7, 0, "条", "=", 1957, "", "", false},
		// A past year's value after a bound is a level to hold, not a base.
		{"past-year-level", doc{title: "就业形势", text: "今年高校毕业生就业人数力争不低于2024年的1200万人。", date: "2025-03-01"}, 1.2e7, 0, "人", "=", 2025, "", "", false},
		// A fulfilment rate reports progress, unless its clause sets it.
		{"fulfilment-rate-goal", doc{title: "某市2025年政府工作报告", text: "今年要确保民生实事完成率是100%。", date: "2025-01-20"}, 100, 0, "%", "=", 2025, "", "", false},
		{"fulfilment-rate-report", doc{title: "立法工作进展", text: "截至目前，任期内拟提请审议的80件项目已完成60件，完成率为75%，其他项目有序推动。", date: "2026-03-09"}, 75, 0, "%", "=", 0, "", "", true},
		// Old names of metric units (公尺 for 米) count as units.
		{"unit-gongchi", doc{title: "第一个五年计划", text: "到1957年，全国新建职工住宅面积将达到四千六百万平方公尺。", date: "1955-07-30"}, 4.6e7, 0, "平方公尺", "=", 1957, "", "", false},
		// 发展环境 inside a longer heading heads goals (优化发展环境).
		{"goal-heading-environment", doc{title: "某市2025年政府工作报告", text: "二、2025年工作安排\n（三）持续优化发展环境\n今年新增市场主体10万户。", date: "2025-01-20"}, 1e5, 0, "户", "=", 2025, "", "", false},
		// A part of this year as a base keeps this year (比今年夏季).
		{"this-year-part-base", doc{title: "粮食生产", text: "全年粮食产量力争比今年夏季增产5万吨。", date: "2025-07-10"}, 5e4, 0, "吨", "=", 2025, "", "", false},
		{"steady-at-news", doc{text: "该专列每月计划开通二至四个班次，全程运输时效稳定在12天。", date: "2025-11-12", title: "铁路邮政集装箱专列开通"}, 12, 0, "天", "=", 0, "", "", true},
		// 力争/确保 govern the quantity after them in their clause; in
		// another clause they govern nothing.
		{"striving-governs", doc{text: "力争粮食产量1500亿斤以上。", date: "2024-01-10", title: "政府工作报告"}, 150000000000, 0, "斤", ">=", 0, "", "=粮食产量", false},
		{"striving-other-clause", doc{text: "力争稳中有进，粮食产量1500亿斤以上。", date: "2024-03-10", title: "粮食生产形势"}, 150000000000, 0, "斤", ">=", 0, "", "", true},
		{"people-making", doc{text: "到2027年，带动10万人制造业就业。", date: "2026-01-10"}, 100000, 0, "人", "=", 2027, "", "", false},
		{"year-ahead-goal-word-after", doc{title: "1964年政府工作报告", text: "一九六五年国家预算收入比上年增长百分之十以上，力争收支平衡。", date: "1964-12-21"}, 10, 0, "%", ">=", 1965, "", "", false},
		{"year-ahead-base-year", doc{title: "1985年政府工作报告", text: "按一九八○年不变价格计算，一九九○年工农业总产值比一九八○年增长一点三倍。", date: "1985-12-21"}, 1.3, 0, "倍", "=", 1990, "", "=工农业总产值增长", false},
		{"metric-strip-keeps-bingwang", doc{text: "到2027年，并网光伏装机容量达到500万千瓦。", date: "2026-01-10"}, 5000000, 0, "千瓦", "=", 2027, "", "=并网光伏装机容量", false},
		// A plan's stipulation sets the plan's goals, of its last year.
		{"plan-stipulates", doc{title: "1986年政府工作报告", text: "“七五”计划草案规定，五年内全国工农业总产值增长百分之三十八。", date: "1986-01-01"}, 38, 0, "%", "=", 1990, "", "", false},
		// A document that writes its figures in words counts small ones in
		// a sentence of figures (六条铁路新干线和五个重点港口), not alone.
		{"word-numbers-small-count", doc{title: "1978年政府工作报告", text: "今后八年，国家计划新建和续建一百二十个大型项目，其中有三十个大电站，六条铁路新干线和五个重点港口。钢产量要达到六千万吨，粮食产量要达到八千亿斤，棉花产量要达到六千万担，原油产量要达到二亿五千万吨，原煤产量要达到九亿吨，发电量要达到三千亿度，化肥产量要达到五千万吨，货运量要达到三十亿吨，造林面积要达到三亿亩。", date: "1978-01-01"}, 6, 0, "条", "=", 1985, "", "", false},
		{"word-numbers-structure", doc{title: "1978年政府工作报告", text: "要实现四个现代化，建设两个文明。钢产量要达到六千万吨，粮食产量要达到八千亿斤，棉花产量要达到六千万担，原油产量要达到二亿五千万吨，原煤产量要达到九亿吨，发电量要达到三千亿度，化肥产量要达到五千万吨，货运量要达到三十亿吨，造林面积要达到三亿亩，铁路要达到十万公里。", date: "1978-01-01"}, 4, 0, "个", "=", 0, "", "", true},
		// 在三年内 is a span from now; 五年内 in a report of the 五年计划
		// years, the plan's.
		{"within-years", doc{title: "1978年政府工作报告", text: "争取在三年内把我国人口自然增长率降到百分之一以下。", date: "1978-01-01"}, 1, 0, "%", "<=", 1980, "", "", false},
		{"within-five-plan", doc{title: "1955年政府工作报告", text: "第一个五年计划已经公布。\n\n五年内，全国新建铁路四千公里。", date: "1955-01-01"}, 4000, 0, "公里", "=", 1957, "", "", false},
		// A year after the publication that opens a clause dates and
		// licenses the levels after it; a span of years from now does not
		// license a bare level (a review says 五年内 of its past).
		{"clause-year-ahead", doc{title: "油气概念表现活跃", text: "国家能源局印发《石油天然气发展规划》，2030年，国内油气供应量4.4亿吨油当量。", date: "2026-08-18"}, 440000000, 0, "吨油当量", "=", 2030, "", "", false},
		{"clause-year-past", doc{title: "全市经济运行", text: "据统计，2025年，全市新增就业2万人。", date: "2026-02-18"}, 20000, 0, "人", "=", 2025, "", "", true},
		{"horizon-licenses-no-level", doc{title: "2003年政府工作报告", text: "五年内，全国造林面积2787万公顷。", date: "2003-03-05"}, 27870000, 0, "公顷", "=", 2007, "", "", true},
		{"within-years-past", doc{title: "投资进展", text: "2020年以来，全省在四年内累计完成投资1000亿元。", date: "2024-05-20"}, 100000000000, 0, "元", "=", 0, "", "", true},
		{"plan-schedule-not-goal", doc{title: "政府工作报告", text: "根据年度计划安排，全年实施重点项目300个。", date: "2024-01-20"}, 300, 0, "个", "=", 0, "", "", true},
		{"contract-term-licenses-nothing", doc{title: "签约公告", text: "该合同有效期至2027年，合同总金额8.5亿元，首期付款30%。", date: "2024-05-20"}, 30, 0, "%", "=", 2027, "", "", true},
		// A 、 inside brackets ends no clause: the share's verb follows them.
		{"share-bracket-list", doc{text: "到2027年，全省80%的县（市、区）建成美丽乡村。", date: "2026-01-10"}, 80, 0, "%", "=", 2027, "", "县(市、区)建成美丽乡村", false},
		// A lone scale's phrase may run on across a wrapped line's break
		// (unwrapped into a space), not across a break that ends a line.
		{"lone-scale-line-break", doc{title: "智能制造发展规划", text: "到2025年，研制百万吨以上 智能化乙烯成套装备，新建工厂50个。", date: "2021-12-01"}, 1000000, 0, "吨", ">=", 2025, "", "", true},
		{"lone-scale-line-end", doc{title: "石化产业发展规划", text: "到2027年，全省乙烯产能达到百万吨以上\n推进高标准农田建设。", date: "2026-01-10"}, 1000000, 0, "吨", ">=", 2027, "", "乙烯产能", false},
		// A bounded throughput running into an airport classes airports.
		{"airport-size-class", doc{title: "示范工程实施方案", text: "三、主要目标\n在年吞吐量大于3000万人次以上的大型机场开展示范验证。", date: "2021-01-10"}, 3e7, 0, "人次", ">", 0, "", "", true},
		{"metric-bracket-list", doc{text: "到2027年，新建20个县（市、区）级物流中心。", date: "2026-01-10"}, 20, 0, "个", "=", 2027, "", "县(市、区)级物流中心", false},
		// A work report's goal that names no year takes the session year,
		// unless its sentence names a span or the report speaks more of a
		// plan over years than of this year.
		// A sentence opening with another country or its forces states
		// that country's plan; Hong Kong is no foreign country.
		{"foreign-plan", doc{text: "泰国计划明年发行2000亿泰铢的政府债券。", date: "2024-09-18"}, 2e11, 0, "THB", "=", 0, "", "", true},
		{"foreign-forces", doc{text: "以军称，部署到位后，在南部作战的以军将达到6个师。", date: "2026-03-22"}, 6, 0, "个", "=", 0, "", "", true},
		{"firm-opener", doc{text: "5、英伟达表示，其新平台是首个实现100%液冷的计算平台，明年将出货10万台。", date: "2026-06-22"}, 100000, 0, "台", "=", 0, "", "", true},
		{"hong-kong-plan", doc{title: "香港特区政府发布施政报告", text: "香港今年将新建公营房屋3万个。", date: "2024-10-16"}, 30000, 0, "个", "=", 2024, "香港特别行政区", "", false},
		// Words that only begin like a force, a goal heading counting its
		// goals in words, one goal, employee share schemes, and a span's
		// own deadline are none of the classes above (review of this
		// session's changes).
		{"foreign-force-lookalike", doc{title: "2026年政府工作报告", text: "以军民融合为重点，今年全省将建设军民融合产业园10个。", date: "2026-01-20"}, 10, 0, "个", "=", 2026, "", "", false},
		{"counted-goals-heading", doc{title: "2026年政府工作报告", text: "三、今年经济工作的几个目标\n城镇新增就业10万人。", date: "2026-01-20"}, 100000, 0, "人", "=", 2026, "", "", false},
		{"one-goal-cue", doc{title: "2026年政府工作报告", text: "今年的一个目标是新增就业10万人。", date: "2026-01-20"}, 100000, 0, "人", "=", 2026, "", "", false},
		{"span-deadline-over-report-year", doc{title: "2026年政府工作报告", text: "二、今后五年的奋斗目标\n2026年是开局之年。到2030年，全省粮食产量达到7000万吨。要新建农田水利工程500处。", date: "2026-01-20"}, 500, 0, "处", "=", 2030, "", "", false},
		{"employee-share-pilot", doc{title: "2026年政府工作报告", text: "到2027年，推动50家国有控股混合所有制企业开展员工持股试点。", date: "2026-01-20"}, 50, 0, "家", "=", 2027, "", "", false},
		// A figure's label counts nothing (图1人…: not one person).
		{"figure-caption", doc{title: "人工智能产业发展指南", text: "一、总体要求\n到2027年，新建人工智能创新中心10个。\n图2人工智能产业链全景图", date: "2024-06-05"}, 2, 0, "人", "=", 0, "", "", true},
		// A headline whose 目标 are things hit names no section of goals.
		{"headline-targets-hit", doc{title: "外长称将暂缓地面行动", text: "央视网消息：外长27日表示，将暂缓地面行动。\n军方称空袭约30个目标\n军方27日称，过去一天，部队空袭了约30个目标。据媒体报道，当天的空袭造成至少12人死亡。", date: "2024-04-28"}, 12, 0, "人", ">=", 0, "", "", true},
		// 预期 names the planned figure in a work report and a forecast in
		// the news; 预期性指标 are kinds of indicators.
		{"report-expected-growth", doc{title: "2015年政府工作报告", text: "今年广义货币预期增长12%左右。", date: "2015-03-05"}, 12, 0, "%", "~", 2015, "", "", false},
		{"report-expected-indicators", doc{title: "2026年政府工作报告", text: "二、“十五五”时期主要目标\n以上共计30项指标，其中预期性指标18项、约束性指标12项。", date: "2026-01-20"}, 18, 0, "项", "=", 0, "", "", true},
		{"news-expected-growth", doc{title: "专家解读经济走势", text: "专家表示，明年经济增长预期为5%左右。", date: "2026-03-01"}, 5, 0, "%", "~", 0, "", "", true},
		// Inside a review chapter, 今年 with a goal word of its own looks
		// ahead in a report of the year's first half, not in December.
		{"review-this-year-ahead", doc{title: "2003年政府工作报告", text: "一、过去五年政府工作的回顾\n五年来，税费改革试点扩大。今年中央财政用于支持这项改革的资金将达200亿元。", date: "2003-03-05"}, 2e10, 0, "元", "=", 2003, "", "", false},
		{"review-this-year-december", doc{title: "2003年政府工作报告", text: "一、过去一年政府工作的回顾\n一年来，税费改革试点扩大。今年中央财政用于支持这项改革的资金将达200亿元。", date: "2003-12-20"}, 2e10, 0, "元", "=", 0, "", "", true},
		{"report-undated-goal", doc{title: "2026年政府工作报告", text: "今年要做好各项工作。\n三、推动产业升级\n全省将用二十亿元改造老旧厂房。", date: "2026-01-20"}, 2e9, 0, "元", "=", 2026, "", "", false},
		{"span-report-undated-goal", doc{title: "1955年政府工作报告", text: "第一个五年计划规定了五年内的建设任务。五年计划的执行情况良好。\n三、工业建设\n全国将用三亿元建设职工宿舍。", date: "1955-07-05"}, 3e8, 0, "元", "=", 0, "", "", false},
		{"report-goal-beside-span", doc{title: "2026年政府工作报告", text: "今年要做好各项工作。\n三、推动产业升级\n未来，全省将用二十亿元改造老旧厂房。", date: "2026-01-20"}, 2e9, 0, "元", "=", 0, "", "", false},
		{"T2", doc{text: "下一步，将再布局新建3至5家创新中心。", date: "2022-02-23", region: "山东省"}, 3, 5, "家", "=", 0, "山东省", "创新中心", false},
		{"T3", doc{text: "到2025年，新能源产业集群营收达1200亿元。", date: "2022-06-10", region: "深圳市"}, 1.2e11, 0, "元", "=", 2025, "深圳市", "营收", false},
		{"P1", doc{text: "今年全省规上工业企业研发经费投入增长15%。", date: "2023-03-09", region: "山西省"}, 15, 0, "%", "=", 2023, "山西省", "研发经费投入增长", false},
		{"P3", doc{text: "到2025年，研发经费支出占营业收入比重提高5个百分点。", region: "杭州市"}, 5, 0, "个百分点", "=", 2025, "杭州市", "比重", false},
		{"P4", doc{text: "到2025年，营业收入年均增长10%以上。", region: "杭州市"}, 10, 0, "%", ">=", 2025, "杭州市", "增长", false},
		{"P6", doc{text: "到2035年，力争经济总量翻两番。", region: "杭州市"}, 4, 0, "倍", "=", 2035, "杭州市", "", false},
		{"Y3", doc{text: "“十四五”期间，力争新增国家级专精特新企业100家。", date: "2021-05-01", region: "山东省"}, 100, 0, "家", "=", 2025, "山东省", "专精特新", false},
		{"Y5", doc{text: "力争2023年6月底前新建5G基站3000个。", date: "2023-01-10", region: "山东省"}, 3000, 0, "个", "=", 2023, "山东省", "5G基站", false},
		{"Y6", doc{text: "2025年底前，全市新增高新技术企业500家。", date: "2023-01-10", region: "杭州市"}, 500, 0, "家", "=", 2025, "杭州市", "高新技术企业", false},
		{"past", doc{text: "2021年，全省高新技术企业达到2.3万家，同比增长20%。", date: "2022-02-23", region: "山东省"}, 23000, 0, "家", "=", 0, "", "", true},
		// A package of policies counted by its articles is named, not a level to reach.
		// 突破 with what is counted after the number is the verb, not a bound.
		// 商超 (supermarkets) ends in 超 but bounds nothing.
		{"supermarket-not-bound", doc{title: "政府工作报告", text: "今年推动“无锡好物”上平台30家、上商超100家。", date: "2026-01-20", region: "无锡市"}, 100, 0, "家", "=", 2026, "无锡市", "商超", false},
		// A count of the places or the quoted characters listed right
		// before it tallies them; a list of things to build stays a goal.
		{"tally-of-listed-places", doc{title: "政府工作报告", text: "到2025年，支持北京、天津、上海、重庆4个直辖市先行先试。", date: "2023-01-20"}, 4, 0, "个", "=", 0, "", "", true},
		{"tally-of-listed-places-etc", doc{title: "政府工作报告", text: "到2025年，支持长春市、杭州市、宁波市、武汉市、成都市等5个副省级城市开展试点。", date: "2023-01-20"}, 5, 0, "个", "=", 0, "", "", true},
		{"tally-of-quoted-characters", doc{title: "政府工作报告", text: "今年培育“牛羊菜果薯药粮种”8个产业集群。", date: "2025-01-20", region: "甘肃省"}, 8, 0, "个", "=", 0, "", "", true},
		{"quoted-abbreviation-with-numerals", doc{title: "政府工作报告", text: "今年启动“两工两农”4个示范镇建设。", date: "2023-01-20", region: "肇庆市"}, 4, 0, "个", "=", 2023, "肇庆市", "示范镇", false},
		{"listed-places-get-things", doc{title: "政府工作报告", text: "今年在北京、上海建设2个中心。", date: "2026-01-20"}, 2, 0, "个", "=", 2026, "", "中心", false},
		{"listed-things-to-build", doc{title: "政府工作报告", text: "今年建设海洋生物、低空经济2个国家高质量数据集。", date: "2026-01-20", region: "青岛市"}, 2, 0, "个", "=", 2026, "青岛市", "数据集", false},
		{"listed-places-in-a-park-name", doc{title: "政府工作报告", text: "今年打造海勃湾、乌达2个美丽乡村示范片区。", date: "2024-01-20", region: "乌海市"}, 2, 0, "个", "=", 2024, "乌海市", "示范片区", false},
		// A heading's count of its items, and the items after it.
		{"heading-item-count", doc{title: "政府工作报告", text: "附件\n2023年民生实事\n二、加强社会保障（10件）\n8.新增基本养老保险参保3.04万人。", date: "2023-01-20", region: "呼伦贝尔市"}, 10, 0, "件", "=", 0, "", "", true},
		{"annexed-livelihood-projects", doc{title: "政府工作报告", text: "各位代表！让我们团结奋斗。\n附件\n巴彦淖尔市2025年20件民生实事清单\n6.新建14所公办托育机构。", date: "2025-01-20", region: "巴彦淖尔市"}, 14, 0, "所", "=", 2025, "巴彦淖尔市", "托育机构", false},
		// Cubic metres are written 方 (370亿方), but not in 方面 or 方案.
		{"cubic-metres", doc{title: "政府工作报告", text: "二、2025年重点工作\n力争全年原煤产量8亿吨，天然气产量370亿方。", date: "2025-01-20", region: "陕西省"}, 3.7e10, 0, "方", "=", 2025, "陕西省", "天然气产量", false},
		{"aspects-not-cubic-metres", doc{title: "政府工作报告", text: "二、2025年重点工作\n重点抓好10方面工作。", date: "2025-01-20", region: "浙江省"}, 10, 0, "方", "=", 0, "", "", true},
		// The size of a population that describes a place is no goal;
		// coverage of a population is.
		{"population-size", doc{title: "政府工作报告", text: "二、2016年工作总体部署\n在这样一个14亿人口的大国，稳定就业始终是头等大事。", date: "2016-03-05"}, 1.4e9, 0, "人", "=", 0, "", "", true},
		{"population-had", doc{title: "政府工作报告", text: "二、2016年工作总体部署\n全省有9000万人口，必须守牢耕地红线。", date: "2016-03-05"}, 9e7, 0, "人", "=", 0, "", "", true},
		{"population-served", doc{title: "政府工作报告", text: "二、2016年重点工作\n解决3000万人口的饮水安全问题。", date: "2016-03-05"}, 3e7, 0, "人", "=", 2016, "", "", false},
		{"population-lifted", doc{title: "政府工作报告", text: "二、2016年重点工作\n今年要确保有1000万人口实现脱贫。", date: "2016-03-05"}, 1e7, 0, "人", "=", 2016, "", "", false},
		{"population-covered", doc{title: "政府工作报告", text: "二、2016年重点工作\n新型合作医疗试点扩大到800个县，覆盖农村4亿人口。", date: "2016-03-05"}, 4e8, 0, "人", "=", 2016, "", "", false},
		// 过去一年 opening a paragraph's second sentence makes the rest of
		// the paragraph a review.
		{"review-inside-a-paragraph", doc{title: "政府工作报告", text: "三、2016年的工作\n2016年是开局之年。过去一年，各项工作取得显著成效。城镇新增就业1250万人，物价保持稳定。这为今年的工作打下了基础。", date: "2016-03-05"}, 12500000, 0, "人", "=", 0, "", "", true},
		// Inside a report's numbered chapter a short line that names no
		// section (a piece of a sentence broken at a link) leaves the
		// chapter's section: the review goes on.
		{"broken-line-no-heading", doc{title: "政府工作报告", text: "一、过去一年和五年工作回顾\n\n过去五年很不平凡。\n\n——开放水平明显提高。对外开放持续扩大，营商环境不断优化。合作平台建设深入推进。推动\n某某区域贸易协定\n（ABC）生效实施，贸易规模稳步扩大。\n\n将企业社保缴费比例从20%降至16%，减轻企业负担。\n\n二、对今年政府工作的建议\n今年发展主要预期目标是：国内生产总值增长5%左右。", date: "2023-03-05"}, 16, 0, "%", "=", 0, "", "", true},
		// 2011年的工作 heads the year's work; its goals take its year.
		{"year-of-work-heading", doc{title: "政府工作报告", text: "三、2016年的工作\n中央财政拟安排住房保障补助资金900亿元。", date: "2016-03-05"}, 9e10, 0, "元", "=", 2016, "", "补助资金", false},
		{"unit-spelt-out", doc{title: "政府工作报告", text: "二、2025年重点工作\n全省PM2.5平均浓度不超过35微克每立方米。", date: "2025-01-20", region: "陕西省"}, 35, 0, "微克每立方米", "<=", 2025, "陕西省", "PM2.5", false},
		// An undated guide: the heading names the year of its funding plan.
		{"funding-plan-heading-year", doc{text: "一、科学目标\n发展新方法。\n五、2024年度资助计划\n拟资助培育项目约25项，直接费用资助强度不超过80万元/项。"}, 25, 0, "项", "~", 2024, "", "培育项目", false},
		// A bounded count of people or households running into villages or
		// towns classes them; households of firms are counted (户 is their counter).
		{"size-class-of-villages", doc{title: "政府工作报告", text: "今年要基本实现20人以上的自然村4G网络覆盖。", date: "2021-01-20", region: "山东省"}, 20, 0, "人", ">=", 0, "", "", true},
		{"size-class-of-parks", doc{title: "政府工作报告", text: "今年要推动大宗货物年运量150万吨以上的物流园区发展多式联运。", date: "2026-01-20", region: "河南省"}, 1500000, 0, "吨", ">=", 0, "", "", true},
		{"size-class-of-towns", doc{title: "政府工作报告", text: "今年要基本实现3万人以上乡镇15分钟上高速。", date: "2026-01-20", region: "温州市"}, 30000, 0, "人", ">=", 0, "", "", true},
		{"households-of-firms", doc{title: "政府工作报告", text: "今年要培育10户以上绿色制造企业。", date: "2023-01-20", region: "鞍山市"}, 10, 0, "户", ">=", 2023, "鞍山市", "绿色制造企业", false},
		{"size-class-of-mines", doc{title: "煤矿智能化建设实施方案", text: "到2027年底，年产能90万吨/年以上煤矿全部实现智能化开采。", date: "2025-05-20"}, 900000, 0, "吨/年", ">=", 0, "", "", true},
		// An approval of a plan with a period states the plan's goals, to its end.
		{"approval-of-a-plan", doc{title: "国务院关于河北雄安新区总体规划（2018—2035年）的批复", text: "国务院关于河北雄安新区总体规划（2018—2035年）的批复\n河北省人民政府：\n原则同意《河北雄安新区总体规划（2018—2035年）》。要将雄安新区蓝绿空间占比稳定在70%。", date: "2018-12-25"}, 70, 0, "%", "=", 2035, "雄安新区", "蓝绿空间占比", false},
		// A long national item whose title names no place: a city named
		// twice in passing is not whose goal it is.
		{"long-national-news", doc{title: "城市更新稳步推进", text: "央视网消息（新闻联播）：城市更新稳步推进。在福建福州鼓楼区，老旧小区焕然一新。" + strings.Repeat("各地加快推进城市更新，完善基础设施和公共服务。", 45) + "福建福州还建成了一批口袋公园。最新公布的规划明确提出，今年还将新增口袋公园15万个。", date: "2026-06-02"}, 150000, 0, "个", "=", 2026, "", "口袋公园", false},
		{"joint-stock-reform", doc{title: "政府工作报告", text: "今年要深化企业上市工程，完成6家以上企业股份制改造。", date: "2025-01-12", region: "吉安市"}, 6, 0, "家", ">=", 2025, "吉安市", "股份制改造", false},
		// A count right after 每 is the base of a ratio.
		{"ratio-base", doc{title: "山东省“十四五”教育发展规划", text: "到2025年，强化日常监管，每5所幼儿园配备1名责任督学。", date: "2021-08-01", region: "山东省"}, 5, 0, "所", "=", 0, "", "", true},
		{"ratio-base-people", doc{title: "政府工作报告", text: "今年配置AED达每10万人45台。", date: "2025-01-20", region: "浙江省"}, 45, 0, "台", "=", 2025, "浙江省", "AED", false},
		// A count after 这/该/上述 refers back to things already named.
		{"demonstrative-count", doc{title: "“智能机器人”重点专项2019年度项目申报指南", text: "一、指南说明\n本专项实施周期为5年。\n二、2019年度资助计划\n拟支持项目数为1~2项。若评审结果前两位的项目评价相近，可同时支持这 2 个项目。", date: "2019-03-01"}, 2, 0, "个", "=", 0, "", "", true},
		// A report delivered in December for the next year: 年内 is its own year.
		{"december-report-within-the-year", doc{title: "黔南州政府工作报告", text: "——2022年12月29日在黔南州第十四届人民代表大会第二次会议上\n一、2022年工作回顾\n经济运行稳中有进。\n二、2023年工作安排\n加快新能源电池材料产业发展，年内正极材料链条形成产能180万吨。", date: "2022-12-29", region: "黔南布依族苗族自治州"}, 1.8e6, 0, "吨", "=", 2023, "黔南布依族苗族自治州", "产能", false},
		// In a section of goals a level's noun makes a sum a level to reach.
		{"money-level-in-goals", doc{title: "黔南州政府工作报告", text: "二、2023年工作安排\n过夜游客1200万人次以上，增长20%以上，游客人均花费1150元以上。", date: "2023-01-10", region: "黔南布依族苗族自治州"}, 1150, 0, "元", ">=", 2023, "黔南布依族苗族自治州", "人均花费", false},
		// Guards on the tallies, headings and classes above.
		{"item-line-ends-unpunctuated", doc{title: "政府工作报告", text: "二、2025年民生实事\n（一）新增公办学位5000个\n（二）新增公办学位6000个。", date: "2025-01-20", region: "济南市"}, 5000, 0, "个", "=", 2025, "济南市", "公办学位", false},
		{"quoted-name-as-many-as-things", doc{title: "政府工作报告", text: "今年新建“口袋公园”4个。", date: "2025-01-20", region: "济南市"}, 4, 0, "个", "=", 2025, "济南市", "口袋公园", false},
		{"listed-places-get-zones", doc{title: "乌海市政府工作报告", text: "今年打造海勃湾、乌达2个示范区。", date: "2024-01-20", region: "乌海市"}, 2, 0, "个", "=", 2024, "乌海市", "示范区", false},
		{"listed-places-get-parks", doc{title: "乌海市政府工作报告", text: "今年建设海勃湾、乌达2个产业园区。", date: "2024-01-20", region: "乌海市"}, 2, 0, "个", "=", 2024, "乌海市", "产业园区", false},
		{"households-counted", doc{title: "政府工作报告", text: "今年新增签约服务2万户以上家庭。", date: "2025-01-20", region: "济南市"}, 20000, 0, "户", ">=", 2025, "济南市", "", false},
		{"cadres-counted", doc{title: "政府工作报告", text: "今年新增培训5000人以上乡镇干部。", date: "2025-01-20", region: "济南市"}, 5000, 0, "人", ">=", 2025, "济南市", "", false},
		{"parties-not-cubic-metres", doc{title: "政府工作报告", text: "今年要推动政企校3方共建实训基地。", date: "2025-01-20", region: "济南市"}, 3, 0, "方", "=", 0, "", "", true},
		{"approval-of-a-quoted-plan", doc{title: "国务院关于《河北雄安新区总体规划（2018—2035年）》的批复", text: "国务院关于《河北雄安新区总体规划（2018—2035年）》的批复\n河北省人民政府：\n原则同意《河北雄安新区总体规划（2018—2035年）》。要将雄安新区蓝绿空间占比稳定在70%。", date: "2018-12-25"}, 70, 0, "%", "=", 2035, "雄安新区", "蓝绿空间占比", false},
		{"breakthrough-verb", doc{title: "政府工作报告", text: "今年要在海洋装备等领域突破30项关键技术。", date: "2026-01-20", region: "青岛市"}, 30, 0, "项", "=", 2026, "青岛市", "关键技术", false},
		{"breakthrough-verb-bound", doc{title: "政府工作报告", text: "今年力争突破80项以上关键核心技术。", date: "2023-01-20", region: "广西壮族自治区"}, 80, 0, "项", ">=", 2023, "广西壮族自治区", "关键核心技术", false},
		{"breakthrough-verb-kinds", doc{title: "政府工作报告", text: "今年力争突破50种以上智能检测装备。", date: "2023-01-20", region: "广西壮族自治区"}, 50, 0, "种", ">=", 2023, "广西壮族自治区", "智能检测装备", false},
		{"breakthrough-level", doc{title: "政府工作报告", text: "今年力争市场主体总量突破40万户、企业总量突破10万户大关。", date: "2023-01-20", region: "黔南布依族苗族自治州"}, 1e5, 0, "户", ">", 2023, "黔南布依族苗族自治州", "企业总量", false},
		{"breakthrough-bound", doc{title: "政府工作报告", text: "今年力争充电桩保有量突破3000个。", date: "2023-01-20", region: "滨州市"}, 3000, 0, "个", ">", 2023, "滨州市", "充电桩保有量", false},
		// 已签约 right after the count says which projects; 申请材料 is a noun, no condition.
		{"attributive-already", doc{title: "政府工作报告", text: "今年要推动新谋划的116个项目签约落地、66个已签约项目开工建设。", date: "2024-01-08", region: "沈阳市"}, 66, 0, "个", "=", 2024, "沈阳市", "项目", false},
		{"basis-points-after-count", doc{title: "美联储加息", text: "美国联邦储备委员会2月1日宣布将联邦基金利率目标区间上调25个基点到4.5%至4.75%之间。", date: "2023-02-02"}, 25, 0, "个", "=", 0, "", "", true},
		{"application-materials", doc{title: "政府工作报告", text: "今年要实现95%申请材料“只提交一次”或免于提交。", date: "2024-01-08", region: "沈阳市"}, 95, 0, "%", "=", 2024, "沈阳市", "申请材料", false},
		{"already-at-clause-end", doc{title: "政府工作报告", text: "今年全省粮食播种面积将只占耕地面积的百分之二十九左右了。", date: "2024-01-08", region: "沈阳市"}, 29, 0, "%", "~", 0, "", "", true},
		// A bracketed alternative after the counter is part of the unit: 人（次） counts 人次.
		{"unit-written-form", doc{title: "政府工作报告", text: "今年要实现农村劳动力转移就业35.4万人（次）。", date: "2023-01-10", region: "西宁市"}, 354000, 0, "人次", "=", 2023, "西宁市", "农村劳动力转移就业", false},
		// 领域 with words before it and the phrase running on says whose things are counted.
		{"field-modifier", doc{title: "建材行业智能制造行动计划", text: "到2023年，突破50项建材领域智能制造关键共性技术。"}, 50, 0, "项", "=", 2023, "", "关键共性技术", false},
		{"measures-counted", doc{title: "政府工作报告", text: "今年要大力推动81项对标提升举措落地见效。", date: "2025-01-10", region: "张家口市"}, 81, 0, "项", "=", 0, "", "", true},
		{"frequency", doc{title: "国家职业教育改革实施方案", text: "到2022年，专业目录原则上每5年修订1次。"}, 1, 0, "次", "=", 0, "", "", true},
		{"frequency-volume", doc{title: "场景创新行动方案", text: "到2025年，每年提供场景服务不少于100次。"}, 100, 0, "次", ">=", 2025, "", "场景服务", false},
		// A notice that issues a plan, then the plan's own title and text: the plan looks forward to its first deadline.
		{"issued-plan-body", doc{title: "国务院关于印发国家职业教育改革实施方案的通知", text: "现将《国家职业教育改革实施方案》印发给你们，请认真贯彻执行。\n国务院\n2019年1月24日\n国家职业教育改革实施方案\n具体指标：到2022年，职业院校教学条件基本达标。\n一、多措并举打造“双师型”教师队伍\n实施职业院校教师素质提高计划，建立100个“双师型”教师培养培训基地。", date: "2019-02-13"}, 100, 0, "个", "=", 2022, "", "教师培养培训基地", false},
		// 在现有…基础上 is a baseline: no past cue for the sentence, and a count inside it is the base.
		{"existing-base", doc{title: "智慧健康养老产业发展行动计划", text: "在现有试点示范的基础上，再培育100个以上示范企业。"}, 100, 0, "个", ">=", 0, "", "示范企业", false},
		{"existing-base-count", doc{title: "山东今年投入145亿攻关“高精尖”", text: "下一步，山东将出台支持省实验室建设发展的若干措施，在高标准建设现有6家省实验室的基础上，再新启动4家省实验室建设。", date: "2022-02-23", region: "山东省"}, 6, 0, "家", "=", 0, "", "", true},
		// The number of projects a guide will fund is a planned count, not a condition.
		{"funded-projects", doc{title: "重大研究计划2023年度项目指南", text: "2023年度拟资助培育项目25～30项。", date: "2023-03-01"}, 25, 30, "项", "=", 2023, "", "培育项目", false},
		// 共 before a length over listed lines is a total, not each project's size.
		{"total-over-projects", doc{title: "政府工作报告", text: "三、2026年重点工作\n加快轨道交通4、5、6号线一期、1号线三期共61.8公里在建工程建设。", date: "2026-01-10", region: "石家庄市"}, 61.8, 0, "公里", "=", 2026, "石家庄市", "", false},
		{"issued-plan-body-news-title", doc{title: "国务院印发《国家职业教育改革实施方案》", text: "现将《国家职业教育改革实施方案》印发给你们，请认真贯彻执行。\n国务院\n2019年1月24日\n国家职业教育改革实施方案\n具体指标：到2022年，职业院校教学条件基本达标。\n一、多措并举打造“双师型”教师队伍\n实施职业院校教师素质提高计划，建立100个“双师型”教师培养培训基地。", date: "2019-02-13"}, 100, 0, "个", "=", 2022, "", "教师培养培训基地", false},
		{"policy-package", doc{title: "政府工作报告", text: "今年要推动民营经济32条政策精准落地。", date: "2024-01-23", region: "浙江省"}, 32, 0, "条", "=", 0, "", "", true},
		// A share of policies is a level (50%惠企政策实现免申即享).
		{"policy-share", doc{title: "政府工作报告", text: "今年要推动50%惠企政策实现免申即享。", date: "2024-01-23", region: "杭州市"}, 50, 0, "%", "=", 2024, "杭州市", "惠企政策", false},
		// News states this year's facts with 今年; only a goal word makes them goals.
		{"news-this-year-fact", doc{title: "各粮食主产区分类施策 夯实秋粮丰收基础", text: "今年，河南的秋粮种植面积在7600万亩左右，全省组织18个玉米大豆复合种植专家组，分包地市开展技术指导。", date: "2023-09-03"}, 18, 0, "个", "=", 0, "", "", true},
		{"news-this-year-plan", doc{title: "江苏加快科技成果转化", text: "今年，江苏计划组建10家左右任务型创新联合体。", date: "2026-03-28"}, 10, 0, "家", "~", 2026, "江苏省", "创新联合体", false},
		// A news item's sub-headline with 目标 in it opens no section of goals.
		{"news-subheadline", doc{title: "巴称加沙地带多地遭以军袭击", text: "以军3日继续发动空袭。\n黎巴嫩南部多地遭以军袭击 以军称打击黎真主党目标\n黎巴嫩公共卫生部门称，以色列的袭击造成1人死亡、3人受伤。", date: "2025-07-04"}, 3, 0, "人", "=", 0, "", "", true},
		// 经过…努力 tells how a result came about; 经过 5 年的努力 (spaces in a digest) is a horizon.
		{"efforts-made", doc{title: "三北工程建设成效显著", text: "如今，经过几代人的不懈努力，“三北”工程累计完成造林保存面积4.8亿亩。", date: "2024-06-06"}, 4.8e8, 0, "亩", "=", 0, "", "", true},
		{"horizon-spaced", doc{title: "陆家嘴财经早餐", text: "国务院印发行动计划明确，经过 5 年的努力，常住人口城镇化率提升至接近 70%。", date: "2024-08-01"}, 70, 0, "%", "<", 2029, "", "常住人口城镇化率", false},
		// A notice is no news: 今年 there sets goals.
		{"notice-this-year", doc{title: "某省人民政府关于加快5G建设的通知", text: "今年全省新建5G基站1000个。", date: "2024-03-01", region: "山东省"}, 1000, 0, "个", "=", 2024, "山东省", "5G基站", false},
		// A finance flash's bracketed headline is a sentence of its own: its 至2027年 is no deadline of the body.
		{"flash-headline-deadline", doc{text: "【光棒个别类型较年初涨价逾五倍 供应紧缺或将延续至2027年】财联社6月23日电，光棒价格较年初快速上涨：通用光棒报价涨幅超过180%。", date: "2026-06-23"}, 180, 0, "%", ">", 0, "", "", true},
		// A bracketed series name before a title is no headline of its own: the title's 目标 opens no goals.
		{"series-name-title", doc{title: "【奋进强国路 阔步新征程】扎实迈向农业强国的宏伟目标", text: "新中国成立75年来，我国农业发展呈现出翻天覆地的变化。\n回望1949年，我国粮食产量仅有2264亿斤，先后迈过11个千亿斤台阶，连续9年稳定在1.3万亿斤以上。", date: "2024-09-11"}, 1.3e12, 0, "斤", ">=", 0, "", "", true},
		// With only 今年 ahead, a past cue after the opening clause still makes the figure this year's to date.
		{"this-year-to-date", doc{text: "财联社8月11日电，该国疾控中心发布的报告显示，截至7月26日，该国今年已累计报告1000例病例；其中237人死亡，病死率达23.7%。", date: "2026-08-11"}, 23.7, 0, "%", "=", 0, "", "", true},
		// A report's chapter whose heading names no tense reviews the past when its first paragraph opens with last year.
		{"chapter-opened-by-last-year", doc{title: "厦门市政府工作报告（2026）", text: "——2026年1月22日在厦门市第十六届人民代表大会第六次会议上\n\n一、奋力拼搏、奋勇争先，建设现代化国际化城市取得新成就\n\n2025年，我们全力拼经济、抓项目。一年来主要工作和成效：\n\n（一）推动经济持续回升向好取得新成效。敏锐落实国家政策，争取中央预算内投资150亿元。\n\n二、2026年工作安排\n\n争取中央预算内投资160亿元。", date: "2026-01-22"}, 1.5e10, 0, "元", "=", 0, "", "", true},
		{"chapter-opened-by-last-year-plan", doc{title: "厦门市政府工作报告（2026）", text: "——2026年1月22日在厦门市第十六届人民代表大会第六次会议上\n\n一、奋力拼搏、奋勇争先，建设现代化国际化城市取得新成就\n\n2025年，我们全力拼经济、抓项目。一年来主要工作和成效：\n\n（一）推动经济持续回升向好取得新成效。敏锐落实国家政策，争取中央预算内投资150亿元。\n\n二、坚持高质量发展，全力以赴做好各项工作\n\n2026年是“十五五”开局之年。\n\n2026年，要争取中央预算内投资160亿元。", date: "2026-01-22"}, 1.6e10, 0, "元", "=", 2026, "厦门市", "", false},
		// A news paragraph that opens on a place gives it to the goals of its later sentences.
		{"news-paragraph-place", doc{title: "持续推进生态文明建设 绘就美丽中国新画卷", text: "各地扎实推进生态保护。\n在河北塞罕坝机械林场，职工们抢抓时机进行林冠下造林。到2026年，塞罕坝森林覆盖率将提高到84%。\n在宁夏中卫，工程现场一派忙碌。工程完成后，这里将形成一条长约153公里的固沙锁边带。", date: "2025-06-02"}, 84, 0, "%", "=", 2026, "河北省", "", false},
		{"news-paragraph-place-inner", doc{title: "持续推进生态文明建设 绘就美丽中国新画卷", text: "各地扎实推进生态保护。\n在河北塞罕坝机械林场，职工们抢抓时机进行林冠下造林。到2026年，塞罕坝森林覆盖率将提高到84%。\n在宁夏中卫，工程现场一派忙碌。工程完成后，这里将形成一条长约153公里的固沙锁边带。", date: "2025-06-02"}, 153, 0, "公里", "~", 0, "中卫市", "", false},
		// The lines right under a bulletin's numbered headline are its item, about what the headline names.
		{"bulletin-item-lines", doc{title: "陆家嘴财经早餐2024年8月2日星期五", text: "6、据中国天气网，今年7月，我国平均气温达到23.21℃。\n\n7、全面建设美丽北京实施意见发布。\n文件提出，到2027年，细颗粒物浓度持续下降。\n到2035年，单位GDP二氧化碳排放达到国际先进水平，可再生能源消费占比达到35%。", date: "2024-08-02"}, 35, 0, "%", "=", 2035, "北京市", "", false},
		// A year written in Chinese digits opens a sentence as 2025年 does.
		{"chinese-digit-leading-year", doc{title: "关于一九五八年国民经济计划草案的报告", text: "一九五八年供应社会需要的主要商品，都将有所增加。例如：猪肉将增加约六亿二千万斤。", date: "1958-02-03"}, 6.2e8, 0, "斤", "~", 1958, "", "", false},
		{"leading-year-then-deadline", doc{title: "中华人民共和国发展国民经济的第一个五年计划", text: "三、五年计划的主要目标\n一九五二年私营工业的产值中，这一部分私营工业产值每年平均递增百分之四·一左右，因此到一九五七年，私营工业产值将为六五·六亿元左右。"}, 4.1, 0, "%", "~", 1957, "", "", false},
		{"news-paragraph-venue", doc{title: "可再生能源发展新闻发布会", text: "记者从发布会获悉。\n在北京举行的新闻发布会上，有关负责人介绍了情况。到2025年，可再生能源年发电量将达到3.3万亿千瓦时左右。", date: "2022-06-01"}, 3.3e12, 0, "千瓦时", "~", 2025, "", "", false},
		{"news-paragraph-venue-de", doc{title: "可再生能源发展新闻发布会", text: "记者从发布会获悉。\n在北京的新闻发布会上，有关负责人介绍了情况。到2025年，可再生能源年发电量将达到3.3万亿千瓦时左右。", date: "2022-06-01"}, 3.3e12, 0, "千瓦时", "~", 2025, "", "", false},
		{"news-paragraph-central-body", doc{title: "可再生能源发展规划印发", text: "记者从发布会获悉。\n在北京，国家能源局近日印发可再生能源发展规划。规划提出，到2025年，可再生能源年发电量将达到3.3万亿千瓦时左右。", date: "2022-06-01"}, 3.3e12, 0, "千瓦时", "~", 2025, "", "", false},
		{"chapter-turning-to-this-year", doc{title: "厦门市政府工作报告（2026）", text: "——2026年1月22日在厦门市第十六届人民代表大会第六次会议上\n\n二、坚持稳中求进，全力推动高质量发展\n\n2025年，面对复杂严峻的外部环境，我们顶压前行。2026年是“十五五”开局之年，做好今年工作意义重大。\n\n（一）扩大有效投资。2026年，要争取中央预算内投资170亿元。今年要新增高新技术企业600家。", date: "2026-01-22"}, 600, 0, "家", "=", 2026, "厦门市", "", false},
		// Money a policy is to leverage is a level to reach.
		// A budget report's section on the year's budget states its items
		// as goals; the final accounts before it do not.
		{"budget-section", doc{title: "1956年政府工作报告", text: "一、１９５５年国家决算\n１９５５年本年收入合计２７，２０３，３１９，０００元。\n二、１９５６年的国家预算\n１９５６年国家预算规定，本年收入共为２９，７３１，７３２，０００元。", date: "1956-06-15"}, 29731732000, 0, "元", "=", 1956, "", "", false},
		{"budget-section-accounts", doc{title: "1956年政府工作报告", text: "一、１９５５年国家决算\n１９５５年本年收入合计２７，２０３，３１９，０００元。\n二、１９５６年的国家预算\n１９５６年国家预算规定，本年收入共为２９，７３１，７３２，０００元。", date: "1956-06-15"}, 27203319000, 0, "元", "=", 0, "", "", true},
		// A rate per head raised from one sum to another: the new sum is
		// the goal, also the second of a list; a cap raised is none.
		{"rate-raised-from-to", doc{title: "2023年政府工作报告", text: "二、2023年工作安排\n集中供养孤儿从每人每月1949元提高到2017元。", date: "2023-01-12"}, 2017, 0, "元", "=", 2023, "", "", false},
		{"rates-raised-from-to-listed", doc{title: "2023年政府工作报告", text: "二、2023年工作安排\n城乡低保对象月人均补差水平分别从每月653元、300元提高到676元、311元。", date: "2023-01-12"}, 311, 0, "元", "=", 2023, "", "", false},
		{"cap-raised-from-to", doc{title: "2023年政府工作报告", text: "二、2023年工作安排\n补贴从最高50万元提高到100万元。", date: "2023-01-12"}, 1e6, 0, "元", "=", 0, "", "", true},
		{"unit-batches", doc{title: "2023年政府工作报告", text: "二、2023年工作安排\n完成药品监督抽检不少于1.5万批次。", date: "2023-01-12"}, 15000, 0, "批次", ">=", 2023, "", "药品监督抽检", false},
		{"leveraged-money", doc{title: "2025年宿迁市政府工作报告", text: "2025年工作安排\n推动政策加力扩围，促进以旧换新向家装、电信等方面拓展，撬动消费50亿元以上。", date: "2025-01-20"}, 5e9, 0, "元", ">=", 2025, "宿迁市", "撬动消费", false},
		{"forecast", doc{text: "预计到2025年，全国数据中心机架将达到500万个。", date: "2022-02-23"}, 5e6, 0, "个", "=", 0, "", "", true},
		{"condition", doc{text: "对符合条件的企业，给予最高1000万元奖补。", date: "2022-02-23", region: "山东省"}, 1e7, 0, "元", "<=", 0, "", "", true},
		{"budget", doc{text: "今年拟安排地方政府专项债券2.15万亿元，比去年增加8000亿元。", date: "2019-03-05"}, 2.15e12, 0, "元", "=", 2019, "", "地方政府专项债券", false},
		{"budget-past", doc{text: "今年拟安排地方政府专项债券2.15万亿元，比去年增加8000亿元。", date: "2019-03-05"}, 8e11, 0, "元", "=", 0, "", "", true},
		{"spent", doc{text: "今年全省投入资金20亿元，用于支持重点项目。", date: "2019-03-05", region: "山东省"}, 2e9, 0, "元", "=", 0, "", "", true},
		{"deficit", doc{text: "今年赤字率拟按2.8%安排；财政赤字2.76万亿元。", date: "2019-03-05"}, 2.76e12, 0, "元", "=", 2019, "", "财政赤字", false},
		{"deficit-rate", doc{text: "今年赤字率拟按2.8%安排；财政赤字2.76万亿元。", date: "2019-03-05"}, 2.8, 0, "%", "=", 2019, "", "赤字率", false},
		{"population", doc{text: "今年要确保农村贫困人口减少1000万以上。", date: "2019-03-05"}, 1e7, 0, "人", ">=", 2019, "", "贫困人口", false},
		{"share", doc{text: "到2025年，70%的规模以上制造业企业基本实现数字化网络化。", date: "2021-12-21"}, 70, 0, "%", "=", 2025, "", "规模以上制造业企业", false},
		{"share-modal", doc{text: "到2025年，力争使80%以上的企业实现上云。", date: "2021-12-21", region: "山东省"}, 80, 0, "%", ">=", 2025, "山东省", "企业实现上云", false},
		{"rate-not-share", doc{text: "今年，6.5%左右的增速可以实现比较充分的就业。", date: "2018-03-05"}, 6.5, 0, "%", "~", 0, "", "", true},
		// A notice opens with its addressees; its preamble comes next, and
		// a plan's goals share its one deadline, or none when it stages
		// them over two.
		{"plan-after-addressees", doc{text: "各市人民政府，省政府各部门：\n为加快培育智能装备产业，制定本指导意见。\n一、总体要求\n到2023年，产业规模明显扩大。\n二、重点任务\n重点培育20家以上龙头企业。", date: "2021-03-01"}, 20, 0, "家", ">=", 2023, "", "龙头企业", false},
		{"plan-staged-deadlines", doc{text: "各市人民政府，省政府各部门：\n为加快培育智能装备产业，制定本指导意见。\n一、总体要求\n到2023年，产业规模明显扩大。到2026年，产业水平进入前列。\n二、重点任务\n重点培育20家以上龙头企业。", date: "2021-03-01"}, 20, 0, "家", ">=", 0, "", "龙头企业", false},
		// A news dateline opens no sentence: the country or firm after it does.
		{"dateline-foreign", doc{text: "财联社3月2日电，日本将在2027年前新增核电机组5台。", date: "2025-03-02"}, 5, 0, "台", "=", 0, "", "", true},
		{"dateline-domestic", doc{text: "新华社北京3月2日电，工业和信息化部将在2027年前新建重点实验室50个。", date: "2025-03-02"}, 50, 0, "个", "=", 2027, "", "重点实验室", false},
		{"plan-staged-deadlines-blank-lines", doc{text: "各市人民政府，省政府各部门：\n\n为加快培育智能装备产业，制定本指导意见。\n\n一、总体要求\n\n到2023年，产业规模明显扩大。\n\n到2026年，产业水平进入前列。\n\n二、重点任务\n\n重点培育20家以上龙头企业。", date: "2021-03-01"}, 20, 0, "家", ">=", 0, "", "龙头企业", false},
		{"plan-deadlines-in-last-paragraph", doc{text: "为加快培育智能装备产业，制定本指导意见。\n到2023年，产业规模明显扩大。到2026年，培育20家以上龙头企业。", date: "2021-03-01"}, 20, 0, "家", ">=", 2026, "", "龙头企业", false},
		// 制定本办法 opens rules (a 办法 of articles), not a plan.
		{"rules-not-plan", doc{text: "第一条 为规范评审专家的管理，制定本办法。\n第二条 本办法适用于评审专家的聘用。\n第三条 评审组成员不少于3人。", date: "2022-03-01"}, 3, 0, "人", ">=", 0, "", "", true},
		// A deadline with a month before the text was written ends a period
		// past; one after it is a deadline.
		{"period-ended-before-publication", doc{text: "全省高新技术企业从1.2万家增至2025年9月底的1.6万家。", date: "2025-12-01"}, 16000, 0, "家", "=", 0, "", "", true},
		{"deadline-with-month-ahead", doc{text: "到2026年6月底，全省新建充电桩5000个。", date: "2025-12-01"}, 5000, 0, "个", "=", 2026, "", "充电桩", false},
		{"line-held", doc{text: "今年全县要牢牢守住45万亩耕地保护红线。", date: "2024-06-01", region: "桐庐县"}, 450000, 0, "亩", ">=", 2024, "桐庐县", "耕地保护红线", false},
		{"share-after-scope", doc{text: "到2030年，全国95%的乡镇建成标准化卫生院。", date: "2024-06-01"}, 95, 0, "%", "=", 2030, "", "^乡镇建成标准化卫生院", false},
		{"share-without-de", doc{text: "到2030年，90%以上街道达到无障碍环境标准。", date: "2024-06-01"}, 90, 0, "%", ">=", 2030, "", "街道达到无障碍环境标准", false},
		{"rate-not-share-without-de", doc{text: "到2030年，6%左右增速可以实现充分就业。", date: "2024-06-01"}, 6, 0, "%", "~", 0, "", "", true},
		{"headline-list", doc{text: "全市经济社会发展主要预期目标是：地区生产总值增长5%左右，规上工业增加值增长7%左右，城镇调查失业率控制在5.5%以内。", date: "2026-01-14", region: "长春市"}, 7, 0, "%", "~", 0, "长春市", "规上工业增加值增长", false},
		{"forward-section", doc{title: "政府工作报告", text: "一、2025年工作回顾\n新能源汽车产量增长25.6%。\n二、2026年工作安排\n支持企业抱团出海，新能源汽车产量增长30%。", date: "2026-01-14", region: "长春市"}, 30, 0, "%", "=", 2026, "长春市", "新能源汽车产量增长", false},
		{"paragraph-opens-past", doc{title: "政府工作报告", text: "二、2026年工作安排\n过去一年，我们持续推进职能转变。自觉接受人大监督，办理人大代表建议52件、政协委员提案204件。\n新的一年，我们将办理提案300件。", date: "2026-01-20", region: "广元市"}, 204, 0, "件", "=", 0, "", "", true},
		{"paragraph-opens-past-then-goal", doc{title: "政府工作报告", text: "二、2026年工作安排\n过去一年，我们持续推进职能转变。新的一年，我们将办理提案300件。", date: "2026-01-20", region: "广元市"}, 300, 0, "件", "=", 2026, "广元市", "办理提案", false},
		{"compute-unit", doc{title: "政府工作报告", text: "二、2025年工作安排\n加快建设算力中心，算力规模达到5万P以上。", date: "2025-01-20", region: "张家口市"}, 50000, 0, "P", ">=", 2025, "张家口市", "算力规模", false},
		{"latin-unit-not-a-word", doc{title: "政府工作报告", text: "二、2025年工作安排\n力争手机iPhone 15 Pro销量增长。", date: "2025-01-20", region: "张家口市"}, 15, 0, "P", "=", 0, "", "", true},
		{"mu-qian-inside-word", doc{title: "政府工作报告", text: "二、2025年工作安排\n做好郓城新河等6个项目前期工作。", date: "2025-01-20", region: "山东省"}, 6, 0, "个", "=", 2025, "山东省", "", false},
		{"subsidy-paid-out", doc{title: "政府工作报告", text: "二、2025年工作安排\n开展系列活动，发放政府消费券和购车补贴1亿元以上。", date: "2025-01-20", region: "大庆市"}, 1e8, 0, "元", ">=", 2025, "大庆市", "", false},
		{"subsidy-per-applicant", doc{title: "政府工作报告", text: "二、2025年工作安排\n落实购房补贴，每户最高补贴5万元。", date: "2025-01-20", region: "大庆市"}, 50000, 0, "元", "=", 0, "", "", true},
		{"glossary-section", doc{title: "政府工作报告", text: "二、2026年工作安排\n建设口袋公园50个。\n名词解释\n22．“3+22+N”产业园区体系：指“3个国家级开发区、22个省级开发区、N个市级产业园区”的园区体系。", date: "2026-01-20", region: "成都市"}, 22, 0, "个", "=", 0, "", "", true},
		{"paragraph-past-ends-at-goal", doc{title: "关于加快发展养老服务的实施方案", text: "近年来，我市大力发展养老服务。到2027年，建成养老机构50家。新增床位1000张，培训护理员2000名。", date: "2025-03-01", region: "郑州市"}, 1000, 0, "张", "=", 2027, "郑州市", "床位", false},
		{"paragraph-weak-past-no-carry", doc{title: "政府工作报告", text: "二、2026年工作安排\n我市已进入高质量发展新阶段。实施重点项目300个，完成投资500亿元。", date: "2026-01-20", region: "郑州市"}, 300, 0, "个", "=", 2026, "郑州市", "重点项目", false},
		{"mu-qian-after-shu", doc{title: "政府工作报告", text: "二、2026年工作安排\n全市参保人数目前达到120万人。", date: "2026-01-20", region: "郑州市"}, 1.2e6, 0, "人", "=", 0, "", "", true},
		{"subsidy-rate-per-child", doc{title: "政府工作报告", text: "二、2025年工作安排\n发放育儿补贴每孩每年3600元。", date: "2025-01-20", region: "郑州市"}, 3600, 0, "元", "=", 0, "", "", true},
		{"communique-plan-reported", doc{title: "中华人民共和国国家统计局关于一九八二年国民经济和社会发展计划执行结果的公报", text: "一九八二年国家计划建成投产的80个大中型项目中，有33个没有建成。", date: "1983-04-29"}, 33, 0, "个", "=", 0, "", "", true},
		{"communique-year-ahead", doc{title: "2024年国民经济和社会发展统计公报", text: "根据规划，到2027年全国将建成5G基站500万个。", date: "2025-02-28"}, 5e6, 0, "个", "=", 2027, "", "", false},
		{"matching-funds", doc{title: "政府工作报告", text: "二、2025年工作安排\n强化助农兴农包保，配套市级乡村振兴衔接资金1.25亿元。", date: "2024-12-28", region: "山南市"}, 1.25e8, 0, "元", "=", 2025, "山南市", "乡村振兴衔接资金", false},
		{"income-generated", doc{title: "政府工作报告", text: "二、2025年工作安排\n实现农牧民转移就业9.5万人以上，创收12亿元以上。", date: "2024-12-28", region: "山南市"}, 1.2e9, 0, "元", ">=", 2025, "山南市", "创收", false},
		{"expand-to-in-year", doc{text: "类似的还有东风本田，它计划将产能从目前3万辆在2006年扩至12万辆。", date: "2005-06-01"}, 120000, 0, "辆", "=", 2006, "", "产能", false},
		{"first-half-ahead-in-plans", doc{title: "政府工作报告", text: "二、2025年工作安排\n抓好项目建设，续建项目上半年复工率100%。", date: "2025-01-20", region: "延边朝鲜族自治州"}, 100, 0, "%", "=", 2025, "延边朝鲜族自治州", "复工率", false},
		{"first-half-past-in-news", doc{text: "上半年全省规上工业增加值增长7.5%。", date: "2025-07-20", region: "吉林省"}, 7.5, 0, "%", "=", 0, "", "", true},
		{"budget-for-subsidies", doc{text: "今年当地将安排1亿元财政资金用于汽车以旧换新补贴。", date: "2024-05-04", region: "嘉兴市"}, 1e8, 0, "元", "=", 2024, "嘉兴市", "", false},
		{"headline-repeat", doc{title: "我国将实施东北黑土地保护性耕作超1亿亩", text: "记者从农业农村部了解到，今年，我国将继续在东北地区实施黑土地保护性耕作1亿亩以上。", date: "2025-02-12"}, 1e8, 0, "亩", ">=", 2025, "", "", false},
		{"century-mid-in-2000", doc{text: "到本世纪中叶，全省森林覆盖率达到30%。", date: "2000-06-10"}, 30, 0, "%", "=", 2050, "", "", false},
		{"year-reached-not-base", doc{text: "到2027年，在2020年将全市划为5个片区的基础上，建成15分钟生活圈100个。", date: "2025-03-01"}, 100, 0, "个", "=", 2027, "", "", false},
		{"report-base-year-in-goals", doc{title: "政府工作报告", text: "二、2025年工作安排\n力争2025年进出口总额达到2019年水平的1.5倍。", date: "2025-01-20", region: "郑州市"}, 1.5, 0, "倍", "=", 2025, "郑州市", "", false},
		{"glossary-usage-notes", doc{title: "政府工作报告", text: "二、2023年工作安排\n建设口袋公园50个。\n部分用语说明\n43.八抓20条\n抓好安全生产八个方面共20条工作。", date: "2022-12-28", region: "滨州市"}, 20, 0, "条", "=", 0, "", "", true},
		{"glossary-word-outside-reports", doc{title: "全省新型储能发展情况", text: "名词解释\n新型储能：指除抽水蓄能外的储能。\n记者从省发展改革委获悉，到2027年，全省新型储能装机规模达到500万千瓦。", date: "2025-03-01", region: "山东省"}, 5e6, 0, "千瓦", "=", 2027, "山东省", "", false},
		{"work-summary-plans-ahead", doc{title: "2024年工作总结", text: "二、2025年工作计划\n2025年，计划新建5G基站2000个。", date: "2025-01-10", region: "郑州市"}, 2000, 0, "个", "=", 2025, "郑州市", "", false},
		{"review-goes-on-past-purpose", doc{title: "政府工作报告", text: "二、2025年工作安排\n过去一年，我们新建学校10所。为确保教学质量，招聘教师500名。新增学位3000个。", date: "2025-01-20", region: "郑州市"}, 3000, 0, "个", "=", 0, "", "", true},
		{"mu-qian-after-jie-mu", doc{title: "政府工作报告", text: "二、2025年工作安排\n抓好20个重点节目前期策划。", date: "2025-01-20", region: "郑州市"}, 20, 0, "个", "=", 2025, "郑州市", "", false},
		{"yearly-payout", doc{title: "政府工作报告", text: "二、2025年工作安排\n统筹发放消费补贴每年1亿元以上。", date: "2025-01-20", region: "郑州市"}, 1e8, 0, "元", ">=", 2025, "郑州市", "", false},
		{"chapter-with-main-targets", doc{title: "2025年福建省人民政府工作报告", text: "一、牢记殷殷嘱托，在接续奋斗中新福建建设取得新成效\n一年来，全省地区生产总值增长5.5%。\n二、牢记历史使命，在中国式现代化建设中奋勇争先\n今年经济社会发展的主要预期目标是：全省地区生产总值增长5.0%—5.5%，固定资产投资增长5%左右。\n（一）坚持自立自强，跑出科技创新加速度。实施10个以上省重大科技创新项目。", date: "2025-01-13", region: "福建省"}, 10, 0, "个", ">=", 2025, "福建省", "省重大科技创新项目", false},
		{"review-goal-as-yardstick", doc{title: "政府工作报告", text: "一、本届政府工作回顾\n过去五年，全省经济总量不断增加。\n各位代表！2022年是本届政府的收官之年。全省经济承压而上、逆势而进。全省地区生产总值增长4.5%，高于全国1.5个百分点；居民消费价格指数上涨1.9%，控制在预期目标3%以内；城镇调查失业率与年初目标基本持平；城乡居民人均可支配收入分别增长3.8%和6.4%。\n二、2023年工作安排\n新增就业30万人。", date: "2023-01-15", region: "甘肃省"}, 3.8, 0, "%", "=", 0, "", "", true},
		{"review-goal-as-yardstick-reached", doc{title: "政府工作报告", text: "一、本届政府工作回顾\n过去五年，全省经济总量不断增加。\n各位代表！2022年是本届政府的收官之年。全省经济承压而上、逆势而进。全省地区生产总值增长4.5%，高于全国1.5个百分点；居民消费价格指数上涨1.9%，实现预期目标；城乡居民人均可支配收入分别增长3.8%和6.4%。\n二、2023年工作安排\n新增就业30万人。", date: "2023-01-15", region: "甘肃省"}, 3.8, 0, "%", "=", 0, "", "", true},
		{"review-section", doc{title: "政府工作报告", text: "一、2025年工作回顾\n新能源汽车产量增长25.6%。\n二、2026年工作安排\n新能源汽车产量增长30%。", date: "2026-01-14", region: "长春市"}, 25.6, 0, "%", "=", 0, "", "", true},
		{"five-year-section", doc{title: "政府工作报告", text: "二、“十五五”时期主要目标任务\n人均预期寿命达到80岁，粮食产量达到270亿斤。", date: "2026-01-14", region: "长春市"}, 80, 0, "岁", "=", 2030, "长春市", "人均预期寿命", false},
		{"plan-document", doc{title: "中华人民共和国国民经济和社会发展第十一个五年规划纲要", text: "第四章　发展现代农业\n新建和改造农村公路120万公里。"}, 1.2e6, 0, "公里", "=", 2010, "", "农村公路", false},
		{"plan-news", doc{title: "国务院印发某某五年规划纲要", text: "第四章　发展现代农业\n新建和改造农村公路120万公里。", date: "2006-03-20"}, 1.2e6, 0, "公里", "=", 0, "", "", true},
		{"first-year-section", doc{title: "政府工作报告", text: "三、全力以赴做好“十五五”开局工作\n引进各类首店100家，实施亿元以上制造业项目550个。", region: "温州市"}, 550, 0, "个", "=", 2026, "温州市", "制造业项目", false},
		{"communique-goal-met", doc{title: "2003年", text: "中华人民共和国 2003年国民经济和社会发展统计公报\n2004年2月26日\n三峡工程实现了通航、发电的目标；青藏铁路累计完成新线铺轨317公里。"}, 317, 0, "公里", "=", 0, "", "", true},
		{"communique-deadline-ahead", doc{title: "中华人民共和国2024年国民经济和社会发展统计公报", text: "2025年2月28日\n国务院已印发规划，到2027年全国5G基站将达到500万个。"}, 5e6, 0, "个", "=", 2027, "", "", false},
		{"task-of-things", doc{title: "政府工作报告", text: "二、2024年工作安排\n确保今年入冬前2.16万户灾损农房新建任务全面完成。", date: "2024-01-21", region: "河北省"}, 21600, 0, "户", "=", 2024, "河北省", "", false},
		{"task-of-items", doc{text: "今年稳步推进339项重点改革任务落地。", date: "2025-01-21", region: "甘肃省"}, 339, 0, "项", "=", 0, "", "", true},
		{"past-in-change-base", doc{title: "政府工作报告", text: "二、2015年工作总体部署\n今年拟安排财政赤字1.62万亿元，比去年增加2700亿元，赤字率从去年的2.1%提高到2.3%。", date: "2015-03-05"}, 2.3, 0, "%", "=", 2015, "", "", false},
		{"plan-fulfilment", doc{title: "中华人民共和国国家统计局关于1981年国民经济和社会发展的公报", text: "1982年4月29日\n全年基本建设投资完成计划101.8％，比上年下降。"}, 101.8, 0, "%", "=", 0, "", "", true},
		{"communique", doc{title: "中华人民共和国国家统计局关于1995年国民经济和社会发展的统计公报", text: "1996年3月1日\n初步统计，全年国内生产总值57733亿元。其中第一产业增加值11365亿元，增长4.5%。"}, 4.5, 0, "%", "=", 0, "", "", true},
		{"size-class", doc{title: "中华人民共和国国民经济和社会发展第十一个五年规划纲要", text: "第十二章　优化发展能源工业\n重点建设百万千瓦级核电站。"}, 1e6, 0, "千瓦", "=", 0, "", "", true},
		{"undated-plan-past", doc{title: "中华人民共和国国民经济和社会发展第十二个五年规划纲要", text: "第一章　发展环境\n2010年国内生产总值达到39.8万亿元。"}, 3.98e13, 0, "元", "=", 0, "", "", true},
		{"planned-investment", doc{text: "“十五五”时期新型电网拟投资超5万亿元。", date: "2026-07-01"}, 5e12, 0, "元", ">", 2030, "", "", false},
		{"horizon-plan-first-year", doc{text: "未来五年，四川将加快打造6个万亿级产业。", date: "2026-05-13"}, 6, 0, "个", "=", 2030, "四川省", "", false},
		{"horizon-plan-later-year", doc{text: "未来五年，四川将加快打造6个万亿级产业。", date: "2024-05-13"}, 6, 0, "个", "=", 2029, "四川省", "", false},
		{"horizon-investment", doc{text: "25家央企未来四年在新疆投资超9300亿元。", date: "2024-07-28"}, 9.3e11, 0, "元", ">", 2028, "", "", false},
		{"counted-class", doc{text: "到2023年，培育5家年产值过亿元的建材行业信息化供应商。", date: "2022-11-07"}, 1e8, 0, "元", ">", 0, "", "", true},
		{"counted-class-after", doc{text: "今年推进总投资3942亿元的68个基础设施项目。", date: "2026-01-20", region: "青岛市"}, 3.942e11, 0, "元", "=", 0, "", "", true},
		{"counted-class-straight", doc{text: "今年全力推进60个投资5000万元以上文旅项目。", date: "2026-01-20", region: "长春市"}, 5e7, 0, "元", ">=", 0, "", "", true},
		{"goal-section-spending", doc{title: "政府工作报告", text: "二、2026年工作安排\n实施“一季一签约”，重大项目投资超4000亿元。", date: "2026-01-20", region: "温州市"}, 4e11, 0, "元", ">", 2026, "温州市", "重大项目投资", false},
		{"lone-scale-class", doc{text: "到2010年，建设万亩连片标准粮田。", date: "2006-03-16"}, 1e4, 0, "亩", "=", 0, "", "", true},
		{"lone-scale-level", doc{title: "政府工作报告", text: "二、“十五五”时期主要目标\n到2030年，经济总量迈上万亿元台阶。", date: "2026-01-20", region: "长春市"}, 1e12, 0, "元", ">=", 2030, "长春市", "经济总量", false},
		{"money-class-count-after", doc{text: "年内新签投资5000万元以上项目超200个。", date: "2024-01-20", region: "南宁市"}, 5e7, 0, "元", ">=", 0, "", "", true},
		{"project-size", doc{text: "今年推动投资4.33亿元的丰辉球形石墨项目投产。", date: "2023-01-20", region: "鹤岗市"}, 4.33e8, 0, "元", "=", 0, "", "", true},
		{"counted-class-count", doc{text: "到2023年，培育5家年产值过亿元的建材行业信息化供应商。", date: "2022-11-07"}, 5, 0, "家", "=", 2023, "", "", false},
		{"national-report-year-title", doc{title: "1979年中华人民共和国国务院政府工作报告", text: "我们一定要解放台湾。台湾同胞。台湾回归。今年粮食产量要达到六千亿斤。", date: "1979-06-18"}, 6e11, 0, "斤", "=", 1979, "", "", false},
		{"reach-loans", doc{text: "今年新增发放创业担保贷款5亿元以上，全年到位直接融资100亿元。", date: "2024-01-20", region: "南宁市"}, 5e8, 0, "元", ">=", 2024, "南宁市", "", false},
		{"reach-in-place", doc{text: "今年新增发放创业担保贷款5亿元以上，全年到位直接融资100亿元。", date: "2024-01-20", region: "南宁市"}, 1e10, 0, "元", "=", 2024, "南宁市", "", false},
		{"possession-metric", doc{text: "今年每万人口高价值发明专利拥有量达到12件。", date: "2025-01-20", region: "南宁市"}, 12, 0, "件", "=", 2025, "南宁市", "", false},
		{"bound-class", doc{text: "今年要重点支持单户担保金额500万元及以下的小微企业。", date: "2025-01-20", region: "南宁市"}, 5e6, 0, "元", "<=", 0, "", "", true},
		{"bound-class-share", doc{text: "今年力争村集体经营性收入20万元以上的村占比达到77%。", date: "2025-01-20", region: "宁德市"}, 2e5, 0, "元", ">=", 0, "", "", true},
		{"bound-level", doc{text: "今年力争工业总产值达到1000亿元以上的水平。", date: "2025-01-20", region: "宁德市"}, 1e11, 0, "元", ">=", 2025, "宁德市", "", false},
		{"bound-goal", doc{text: "到2025年，力争实现营业收入100亿元以上的年度目标。", date: "2023-01-20", region: "宁德市"}, 1e10, 0, "元", ">=", 2025, "宁德市", "", false},
		{"news-later-clause-subject", doc{text: "伴随着亚冬会的临近，黑龙江省抢抓契机，打造冰雪旅游线路，将举办冰雪运动赛事活动300余场。", date: "2025-01-04"}, 300, 0, "场", "~", 0, "黑龙江省", "", false},
		{"province-deixis-city-named", doc{text: "今年全省新建5G基站1000个，太原市率先试点。", date: "2024-03-01"}, 1000, 0, "个", "=", 2024, "山西省", "", false},
		{"bound-class-far", doc{text: "今年打造100个年经营性收入过80万元的示范村。", date: "2023-01-20", region: "抚州市"}, 8e5, 0, "元", "=", 0, "", "", true},
		{"bound-class-far-count", doc{text: "今年打造100个年经营性收入过80万元的示范村。", date: "2023-01-20", region: "抚州市"}, 100, 0, "个", "=", 2023, "抚州市", "", false},
		{"bound-class-greater", doc{text: "今年力争新培育3个经济总量超200亿元的县。", date: "2023-01-20", region: "陕西省"}, 2e10, 0, "元", ">", 0, "", "", true},
		{"unit-gwh", doc{text: "今年动力电池产量达2.3GWh，家禽出栏1.2亿羽以上。", date: "2025-01-20", region: "铜陵市"}, 2.3, 0, "GWh", "=", 2025, "铜陵市", "", false},
		{"unit-per-day", doc{text: "今年新增工业污水处理能力7.4万吨/日。", date: "2023-01-07", region: "常州市"}, 74000, 0, "吨/日", "=", 2023, "常州市", "", false},
		{"unit-per-day-written-tian", doc{text: "今年力争新增污水处理能力5万吨/天。", date: "2024-01-20", region: "常州市"}, 50000, 0, "吨/日", "=", 2024, "常州市", "", false},
		{"unit-feather", doc{text: "今年动力电池产量达2.3GWh，家禽出栏1.2亿羽以上。", date: "2025-01-20", region: "铜陵市"}, 1.2e8, 0, "羽", ">=", 2025, "铜陵市", "", false},
		{"fund-set-up", doc{title: "政府工作报告", text: "二、2026年工作安排\n设立首期1亿元的海洋科创基金，为企业减负降本500亿元。", date: "2026-01-20", region: "青岛市"}, 1e8, 0, "元", "=", 2026, "青岛市", "", false},
		{"burden-relief", doc{title: "政府工作报告", text: "二、2026年工作安排\n设立首期1亿元的海洋科创基金，为企业减负降本500亿元。", date: "2026-01-20", region: "青岛市"}, 5e10, 0, "元", "=", 2026, "青岛市", "", false},
		{"bound-size", doc{text: "今年设立总规模不少于100亿元的产业引导基金。", date: "2025-01-20", region: "南宁市"}, 1e10, 0, "元", ">=", 2025, "南宁市", "", false},
		{"road-code", doc{text: "今年要提升G318人文景观游。", date: "2023-01-20", region: "西藏自治区"}, 318, 0, "人", "=", 0, "", "", true},
		{"size-tiers", doc{text: "今年加快形成营收超亿元20户、超千万元300户的企业梯队。", date: "2024-01-20", region: "鹤岗市"}, 1e7, 0, "元", ">", 0, "", "", true},
		{"size-tiers-count", doc{text: "今年加快形成营收超亿元20户、超千万元300户的企业梯队。", date: "2024-01-20", region: "鹤岗市"}, 300, 0, "户", "=", 2024, "鹤岗市", "", false},
		// An auction set for a day is the treasury's business, not a goal
		// (the gold sets list it as optional at most); a year's issue is one.
		{"money-then-term", doc{text: "财政部将于9月6日招标发行总额650亿元182天期贴现国债。", date: "2024-08-31"}, 6.5e10, 0, "元", "=", 0, "", "", true},
		{"radius-scope", doc{text: "今年实现地铁出入口100米内公交站点全覆盖。", date: "2025-03-01", region: "郑州市"}, 100, 0, "米", "=", 0, "", "", true},
		{"radius-not-river", doc{text: "今年完成50公里内河航道整治。", date: "2025-03-01", region: "武汉市"}, 50, 0, "公里", "=", 2025, "武汉市", "", false},
		{"auction-procurement", doc{text: "今年通过竞争性招标方式安排资金5亿元，支持10个项目。", date: "2025-03-01", region: "武汉市"}, 10, 0, "个", "=", 2025, "武汉市", "", false},
		{"subject-latin", doc{text: "5G产业加快发展，力争全年产值达100亿元。", date: "2025-01-20", region: "武汉市"}, 1e10, 0, "元", "=", 2025, "武汉市", "产值", false},
		{"subject-keep-word", doc{text: "发展再生资源产业，力争全年产值达50亿元。", date: "2025-01-20", region: "武汉市"}, 5e9, 0, "元", "=", 2025, "武汉市", "产值", false},
		{"radius-bound", doc{text: "到2025年，定位误差控制在5米以内。", date: "2023-03-01"}, 5, 0, "米", "<=", 2025, "", "", false},
		{"subject-sum", doc{text: "节能环保产业重点发展先进环保和高效节能产业链，力争全年产值达260亿元。", date: "2025-01-20", region: "龙岩市"}, 2.6e10, 0, "元", "=", 2025, "龙岩市", "节能环保产业产值", false},
		{"subject-not-verb", doc{text: "大力发展林下产业，力争全年产值达48亿元。", date: "2025-01-20", region: "安顺市"}, 4.8e9, 0, "元", "=", 2025, "安顺市", "产值", false},
		{"for-whom-metric", doc{title: "2024年政府工作报告", text: "二、2024年工作安排\n为全市29万65岁及以上老年人免费体检一次。", date: "2024-01-20", region: "铜仁市"}, 290000, 0, "人", "=", 2024, "铜仁市", "65岁及以上老年人免费体检一次", false},
		{"forum-name", doc{text: "今年办好创新创业青年50人论坛等活动。", date: "2026-01-20", region: "上海市"}, 50, 0, "人", "=", 0, "", "", true},
		{"exceed-after-deadline", doc{text: "到2028年底，重点行业累计节能量超1亿吨标准煤。", date: "2026-06-15"}, 1e8, 0, "吨标准煤", ">", 2028, "", "重点行业累计节能量", false},
		{"comparison-base", doc{text: "到1985年，在校学生达到130万人，比1980年的114.4万人增长13.6%。", date: "1982-12-10"}, 1144000, 0, "人", "=", 0, "", "", true},
		{"comparison-base-spaced", doc{text: "到1985年，在校学生达到130万人，比1980年的 114.4万人 增长13.6%。", date: "1982-12-10"}, 1144000, 0, "人", "=", 0, "", "", true},
		{"comparison-share-not-base", doc{text: "力争园区主营业务收入占全部收入比重的60%以上。", date: "2025-01-20", region: "西双版纳傣族自治州"}, 60, 0, "%", ">=", 0, "西双版纳傣族自治州", "", false},
		{"security-count", doc{text: "下周A股将有超过1100只股票披露半年报。", date: "2026-08-20"}, 1100, 0, "只", ">", 0, "", "", true},
		// A review opened by a numbered chapter ends at the next number;
		// the plan's chapter after it sets goals.
		{"review-chapter-ends", doc{title: "1986年政府工作报告", text: "各位代表：\n一、“六五”计划执行情况的回顾\n五年中工业总产值增长百分之五十。\n二、“七五”时期的基本任务\n“七五”计划草案规定，五年内全国工农业总产值增长百分之三十八。", date: "1986-03-25"}, 38, 0, "%", "=", 1990, "", "", false},
		{"review-chapter-items", doc{title: "2024年政府工作报告", text: "各位代表：\n一、2023年工作回顾\n过去一年，我们主要抓了以下工作：\n一、保障改善民生\n全年民生支出稳定增长，比重达78.0%。\n二、2024年主要工作\n努力实现民生支出稳定增长，比重达79.0%。", date: "2024-01-10"}, 78, 0, "%", "=", 0, "", "", true},
		{"firm-anaphora", doc{text: "丰田汽车宣布投入36亿美元升级工厂。该公司将新建第二条生产线，到2030年新增约2000个就业岗位。", date: "2026-07-07"}, 2000, 0, "个", "~", 2030, "", "", true},
		{"cut-goal", doc{text: "今年的行政经费预算，从中央到地方，一律削减10%。", date: "1985-03-27"}, 10, 0, "%", "=", 1985, "", "", false},
		{"bond-issue-of-year", doc{text: "今年拟发行1500亿元长期建设国债。", date: "2004-03-05"}, 1.5e11, 0, "元", "=", 2004, "", "", false},
		{"change-verb-base", doc{text: "今年将申请材料从35项精简为4项。", date: "2025-03-05", region: "银川市"}, 35, 0, "项", "=", 0, "", "", true},
		{"money-aim-no-verb", doc{text: "全面盘活国有资源资产，争取年内资产盘活300亿元。", date: "2024-01-20", region: "南宁市"}, 3e10, 0, "元", "=", 2024, "南宁市", "", false},
		{"money-modal-not-aim", doc{text: "摩根大通将某公司目标价从1813美元上调至2200美元。", date: "2026-05-20"}, 2200, 0, "美元", "=", 0, "", "", true},
		{"money-goal-de", doc{text: "到2025年，力争实现营业收入100亿元的目标。", date: "2022-11-07"}, 1e10, 0, "元", "=", 2025, "", "", false},
		{"age-who", doc{text: "今年支持有条件的幼儿园招收2—3岁幼儿。", date: "2026-01-20", region: "西藏自治区"}, 2, 3, "岁", "=", 0, "", "", true},
		{"age-goal", doc{text: "到2030年，人均预期寿命达到80岁。", date: "2026-01-20", region: "西藏自治区"}, 80, 0, "岁", "=", 2030, "西藏自治区", "人均预期寿命", false},
		{"campaign-name", doc{text: "今年持续开展“科技下乡”进万家活动。", date: "2024-01-20", region: "乌鲁木齐市"}, 1e4, 0, "家", "=", 0, "", "", true},
		{"lone-scale-figure", doc{title: "政府工作报告", text: "二、2026年工作安排\n加力实施粮食产能提升行动，粮食、肉蛋奶、蔬菜产量均稳定在百万吨以上。", date: "2026-01-20", region: "西藏自治区"}, 1e6, 0, "吨", ">=", 2026, "西藏自治区", "", false},
		{"period-qualifies", doc{text: "“十五五”能源重点项目和新业态投资总规模将超过20万亿元。", date: "2026-06-26"}, 2e13, 0, "元", ">", 2030, "", "", false},
		{"declared-short-form", doc{title: "2026年政府工作报告", text: "根据《中共北京市委关于制定北京市国民经济和社会发展第十五个五年规划的建议》，我们编制了《北京市国民经济和社会发展第十五个五年规划纲要（草案）》（以下简称《纲要草案》）。\n围绕上述目标，《纲要草案》设置了29项主要指标，包括：全社会研发投入占比6%以上。", region: "北京市"}, 6, 0, "%", ">=", 2030, "北京市", "", false},
		{"change-base", doc{text: "到1985年，使电力机车运量的比重由现在的17%提高到60%。", date: "1976-01-10"}, 17, 0, "%", "=", 0, "", "", true},
		{"change-target", doc{text: "到1985年，使电力机车运量的比重由现在的17%提高到60%。", date: "1976-01-10"}, 60, 0, "%", "=", 1985, "", "", false},
		{"item-heading-period", doc{title: "关于促进传感器产业发展的指导意见", text: "三、发展目标\n1. 总体目标（2013-2025年）\n高端产品和服务市场占有率提高到50%以上。\n2. 近期目标（2013-2015年）\n培育5家以上年销售收入超过10亿元的企业。", date: "2013-02-20"}, 50, 0, "%", ">=", 2025, "", "", false},
		{"item-heading-period-2", doc{title: "关于促进传感器产业发展的指导意见", text: "三、发展目标\n1. 总体目标（2013-2025年）\n高端产品和服务市场占有率提高到50%以上。\n2. 近期目标（2013-2015年）\n培育5家以上年销售收入超过10亿元的企业。", date: "2013-02-20"}, 5, 0, "家", ">=", 2015, "", "", false},
		// A bulletin of unnumbered items runs a headline on into its body,
		// which repeats it: a new item, which inherits no deadline.
		// A forecast's clause does not make the clause after it, with its own
		// goal word, a forecast; nor the forecast's own figure a goal.
		{"goal-after-forecast-clause", doc{text: "今年，全国铁路预计投产新线3000公里以上，全国交通固定资产投资力争达到4万亿元左右。", date: "2023-01-27"}, 4e12, 0, "元", "~", 2023, "", "", false},
		{"forecast-clause-figure", doc{text: "今年，全国铁路预计投产新线3000公里以上，全国交通固定资产投资力争达到4万亿元左右。", date: "2023-01-27"}, 3000, 0, "公里", ">=", 0, "", "", true},
		{"forecast-then-ensure", doc{text: "预计本次排沙将持续到7月9日，排沙量将超过1亿吨，确保主汛期防洪安全。", date: "2025-07-04"}, 1e8, 0, "吨", ">", 0, "", "", true},
		// Items set apart by ； name their own places.
		{"semicolon-item-subject", doc{text: "今年海南自贸港建设迎来关键节点。在雄安新区，一季度70个重点项目集中开工；福建一季度力争完成投资1700亿元；贵州今年计划全省高速公路通车里程突破9500公里。", date: "2025-02-06"}, 9500, 0, "公里", ">", 2025, "贵州省", "", false},
		// A plan period's first year names the year of its goals (its end
		// is the period's own: the last year).
		{"period-first-year", doc{text: "“十五五”开局之年，西藏将大力发展九大产业，新建200个和美村庄。", date: "2026-03-28"}, 200, 0, "个", "=", 2026, "西藏自治区", "", false},
		// In news, a goal's sentence that names no place goes on with the
		// place the sentence before opens a clause with.
		{"previous-sentence-subject", doc{title: "传统产业加快转型升级", text: "河北加快推进项目建设。\n习近平总书记指出，要守牢实体经济这个根基。落实总书记要求，辽宁正加快建设4个万亿级产业基地。今年，将新建省级数字化车间、智能化工厂100个。", date: "2025-03-16"}, 100, 0, "个", "=", 2025, "辽宁省", "", false},
		// Who takes part in an event is its size, not a goal; 组织…参加 is.
		{"event-attendance", doc{text: "第134届广交会将于10月15日在广州举办，展览总面积达155万平米，参展企业超4900家。", date: "2023-09-28"}, 4900, 0, "家", ">", 0, "", "", true},
		{"event-attendance-goal", doc{title: "政府工作报告", text: "二、2026年工作安排\n组织企业参加境外展洽活动500场以上。", date: "2026-01-20", region: "山东省"}, 500, 0, "场", ">=", 2026, "山东省", "", false},
		// An item after ； that opens with a past cue reports.
		{"item-opens-past", doc{text: "今年以来，夏商文明研究工程启动，将历史研究引向深入；目前，我国59处世界遗产的保护管理全部纳入国土空间规划。", date: "2024-11-14"}, 59, 0, "处", "=", 0, "", "", true},
		{"item-opens-past-goal-after", doc{text: "今年将启动夏商文明研究工程；目前，各地力争到2027年建成59处考古遗址公园。", date: "2024-11-14"}, 59, 0, "处", "=", 2027, "", "", false},
		// Ships or aircraft destroyed are a toll.
		{"war-destroyed", doc{title: "俄乌冲突", text: "黑海舰队打击对方目标，在以西海域摧毁1艘快艇和7艘无人舰艇。", date: "2023-11-19"}, 7, 0, "艘", "=", 0, "", "", true},
		// A news sentence that opens on where it is (在浙江嘉兴，…) names whose
		// goal follows; not where something takes place (在北京举行的…).
		{"locative-opens-sentence", doc{title: "汽车消费回暖", text: "多地汽车市场迎来选购高峰。在浙江嘉兴，今年当地将安排1亿元财政资金用于汽车以旧换新补贴。", date: "2024-05-04"}, 1e8, 0, "元", "=", 2024, "嘉兴市", "", false},
		{"locative-venue", doc{title: "汽车消费回暖", text: "多地汽车市场迎来选购高峰。在北京举行的发布会上，商务部表示今年将安排1亿元财政资金用于汽车以旧换新补贴。", date: "2024-05-04"}, 1e8, 0, "元", "=", 2024, "", "", false},
		// How long something lasts, a term that names an instrument, a
		// route's length and the exhibits of a fair are no goals.
		{"visit-length", doc{text: "舰艇编队8月2日将抵达泗水港，开启为期4天的友好访问。", date: "2024-08-01"}, 4, 0, "天", "=", 0, "", "", true},
		{"instrument-term", doc{text: "财政部将于8月23日招标发行总额300亿元91天期记账式贴现国债。", date: "2024-08-23"}, 91, 0, "天", "=", 0, "", "", true},
		{"route-length", doc{text: "首趟货车将经磨憨口岸出境，途经老挝后抵达曼谷，全程约4400公里。", date: "2024-11-08"}, 4400, 0, "公里", "~", 0, "", "", true},
		{"fair-exhibits", doc{text: "本届数字峰会的专精特新企业比上届增长20%，将展出数字技术、智能制造等类型产品超9万件。", date: "2024-04-01"}, 90000, 0, "件", ">", 0, "", "", true},
		{"road-goal-stays", doc{title: "政府工作报告", text: "二、2024年工作安排\n今年新建农村公路4400公里。", date: "2024-01-20", region: "山东省"}, 4400, 0, "公里", "=", 2024, "山东省", "", false},
		// From the review of this stop's classes.
		{"forecast-before-striving", doc{title: "中汽协：今年汽车销量将稳步增长", text: "中国汽车工业协会预计，今年汽车销量将达到3200万辆，同比增长3%，行业力争新能源汽车销量突破1500万辆。", date: "2025-01-15"}, 3.2e7, 0, "辆", "=", 0, "", "", true},
		{"previous-subject-national", doc{title: "工信部：今年将新建5G基站60万个", text: "记者从工业和信息化部获悉，去年全国新建5G基站42万个。其中，广东新建5G基站10万个，居全国首位。今年，将新建5G基站60万个。", date: "2025-03-01"}, 6e5, 0, "个", "=", 2025, "", "", false},
		{"locative-central-body", doc{title: "国家发展改革委：今年中央预算内投资7350亿元", text: "全国人大会议新闻中心举行记者会。在北京，国家发展改革委负责人介绍，今年将安排中央预算内投资7350亿元。", date: "2025-03-06"}, 7.35e11, 0, "元", "=", 2025, "", "", false},
		{"period-first-year-back", doc{title: "西藏推进乡村振兴", text: "在“十四五”开局之年打下的良好基础上，“十五五”期间西藏将新建和美乡村500个。", date: "2025-06-01"}, 500, 0, "个", "=", 2030, "西藏自治区", "", false},
		{"semicolon-item-no-place", doc{title: "浙江推进新基建", text: "到2025年，杭州市将新建5G基站1万个；新增公共充电桩10万个，建成数据中心机架5万个。", date: "2024-06-01"}, 1e5, 0, "个", "=", 2025, "杭州市", "", false},
		{"attendance-goal-striving", doc{title: "政府工作报告", text: "二、2025年工作安排\n办好进博会，力争参展企业超过3500家。", date: "2025-01-20", region: "上海市"}, 3500, 0, "家", ">", 2025, "上海市", "", false},
		{"intercept-goal", doc{text: "今年，全省公路治超站点力争拦截违法超限超载车辆1万辆以上。", date: "2025-03-01"}, 1e4, 0, "辆", ">=", 2025, "", "", false},
		{"yearly-event-guests", doc{text: "该论坛将每年举办一次，每次邀请全球200名专家参加。", date: "2025-03-01"}, 200, 0, "名", "=", 0, "", "", true},
		{"plan-effect-projection", doc{title: "我省出台充电设施方案", text: "《实施方案》提出，到2027年，全省预计新建充电桩10万个，预计可减少碳排放200万吨。", date: "2025-03-01"}, 2e6, 0, "吨", "=", 0, "", "", true},
		{"bulletin-topic-not-headline", doc{title: "国内联播快讯", text: "方案提出，到2027年，全省新建充电桩10万个。城市公共充电设施方面，城市公共充电设施将新增2万个。", date: "2025-03-01"}, 2e4, 0, "个", "=", 2027, "", "", false},
		{"bulletin-glued-headline", doc{title: "国内联播快讯", text: "2035年我国将基本建成新型电力系统国家发展改革委日前发布指导意见，提出到2035年基本建成适配高比例新能源的新型电力系统。“陇电入浙”武威段输变电工程架线施工“陇电入浙”武威段输变电工程日前进入架线施工阶段，该工程全长约234公里，新建铁塔504座，投运后将满足新能源上网需求。", date: "2025-11-11"}, 504, 0, "座", "=", 0, "", "", true},
		{"bulletin-inline-items", doc{title: "8月11日《新闻联播》要闻23条", text: "今天主要内容有： 11、“十五五”时期我国将建立国家不可移动文物资源总目录； 12、市场监管总局发布338项国家标准； 13、集中收网抓获犯罪嫌疑人8200余名；", date: "2026-08-11"}, 338, 0, "项", "=", 0, "", "", true},
		{"preamble-plan-horizon", doc{text: "为做大做强产业，结合山东实际，制定本行动计划。\n一、总体要求\n到2027年，基本构建形成应用场景服务体系。\n二、重点任务\n每年举办场景对接活动不少于3场。(济南市先行区建设办公室负责)", region: "山东省"}, 3, 0, "场", ">=", 2027, "济南市", "", false},
		{"preamble-plan-own-deadline", doc{text: "为抢抓机遇，制定本规划。\n一、战略目标\n第一步，到2020年人工智能总体技术和应用与世界先进水平同步。\n第二步，到2025年人工智能核心产业规模超过4000亿元。"}, 4e11, 0, "元", ">", 2025, "", "", false},
		// Text from a PDF: the next heading runs on after the note, or a
		// line break cuts the note in two.
		{"responsible-note-then-heading", doc{text: "为做大做强产业，结合山东实际，制定本行动计划。\n一、总体要求\n到2027年，基本构建形成应用场景服务体系。\n二、重点任务\n每年举办场景对接活动不少于3场。(威海市先行区建设办公室负责)(十四)中国智港--打造智慧港口示范区", region: "山东省"}, 3, 0, "场", ">=", 2027, "威海市", "", false},
		{"responsible-note-broken", doc{text: "为做大做强产业，结合山东实际，制定本行动计划。\n一、总体要求\n到2027年，基本构建形成应用场景服务体系。\n二、重点任务\n每年举办场景对接活动不少于3场。(烟台市先行区建\n设办公室负责)(十七)智驾之都", region: "山东省"}, 3, 0, "场", ">=", 2027, "烟台市", "", false},
		// A work report sets its own government's goals, also where a
		// sentence opens on one of its counties; the State Council's are
		// the country's.
		{"report-county-opens-sentence", doc{title: "2024年双鸭山市政府工作报告", text: "二、2024年工作安排\n宝清县经济总量力争达到300亿元左右。", date: "2024-01-20", region: "双鸭山市"}, 3e10, 0, "元", "~", 2024, "双鸭山市", "", false},
		{"national-report-province-opens-sentence", doc{title: "2024年国务院政府工作报告", text: "二、2024年工作安排\n今年，中央财政将安排资金支持各地。山西煤炭外运能力将增加到1亿吨。", date: "2024-03-05"}, 1e8, 0, "吨", "=", 2024, "", "", false},
		// A money target is counted in its currency's word (韩元, not KRW).
		{"money-target-foreign-word", doc{text: "到2030年，对外投资力争达到100万亿韩元。", date: "2025-07-01"}, 1e14, 0, "韩元", "=", 2030, "", "", false},
		// A year that opens the clause after what announces it.
		{"clause-opening-year", doc{text: "市住房和建设局发布《住房发展年度计划》。《计划》明确，2026年全市将建设筹集保障性住房3万套。", date: "2026-05-16"}, 3e4, 0, "套", "=", 2026, "", "", false},
		// Undated, the year that opens the clause before the figure is its
		// year too (会议明确，2026年我国将…，力争完成…3万公里).
		{"clause-opening-year-undated", doc{text: "会议明确，2026年我国将持续开展地下管网改造，力争完成各类燃气管道改造3万公里。"}, 3e4, 0, "公里", "=", 2026, "", "", false},
		{"clause-opening-year-undated-apart", doc{text: "局长表示，2017年，国家林业局将加快国土绿化，力争全年完成造林1亿亩。"}, 1e8, 0, "亩", "=", 2017, "", "", false},
		// …not a year that opens a clause of what was done.
		{"clause-year-undated-done", doc{text: "报告回顾，2020年全市完成造林5万亩，力争再造林2万亩。"}, 2e4, 0, "亩", "=", 0, "", "", false},
		// In news, a value of a year gone by that opens its clause is reported.
		{"news-clause-year-past", doc{text: "他表示，未来50年内非洲将重点发展农业。他还表示，2025年中国对非投资达300亿美元，使非洲人口受益。", date: "2026-06-10"}, 3e10, 0, "美元", "=", 0, "", "", true},
		// A span of time before 后 says when, not what to reach.
		{"time-span-after", doc{text: "当前该国将重点放在推动结束“所有战线上的冲突”，可能在30天或60天后的下一个阶段再进入核问题谈判。", date: "2026-06-10"}, 60, 0, "天", "=", 0, "", "", true},
		{"time-span-after-choice", doc{text: "当前该国将重点放在推动结束“所有战线上的冲突”，可能在30天或60天后的下一个阶段再进入核问题谈判。", date: "2026-06-10"}, 30, 0, "天", "=", 0, "", "", true},
		// News: 全省 is the province its paragraph named last, not the
		// document's (a bulletin's earlier item about another province).
		{"news-deixis-paragraph-place", doc{title: "各地加快推进科技成果转化", text: "安徽省合肥市加快建设科创平台。安徽各地高校与企业共建实验室，安徽的中试基地已投入使用。\n“十五五”时期，陕西将聚焦新材料等领域。今年，全省将新建20个概念验证和中试平台。", date: "2026-04-10"}, 20, 0, "个", "=", 2026, "陕西省", "", false},
		// An event named with this year's number: its programme is this year's.
		{"edition-year-no-event", doc{text: "农业农村部印发《生猪产能综合调控实施方案（2024年修订）》，设定全国能繁母猪正常保有量稳定在3900万头左右。", date: "2024-05-15"}, 3.9e7, 0, "头", "~", 0, "", "", false},
		{"event-of-the-year", doc{text: "由商务部等联合主办的2024国际消费季4月27日启动，其间将开展1000多项特色活动。", date: "2024-04-28"}, 1000, 0, "项", "~", 2024, "", "", false},
		// The toll of an attack is no goal.
		{"casualty-toll-after", doc{title: "美国两地发生枪击", text: "央视网消息（新闻联播）：6日，美国弗吉尼亚州一所中学发生枪击事件，一名学生持枪打伤教师。据警方称，教师伤势较重。警方还表示，将调查枪支的来源。此外，佛罗里达州一家商场外当地时间5日晚发生一起枪击事件，造成至少12人受伤。", date: "2023-01-07"}, 12, 0, "人", ">=", 0, "", "", true},
		// The base of a change (由16个扩展至24个) is where it starts.
		{"change-base-extended", doc{text: "本次修订主要包括两个方面，其一是扩大主题覆盖，修订五大主题并将子主题由12个扩展至20个。", date: "2025-08-10"}, 12, 0, "个", "=", 0, "", "", true},
		// Rows from the review of this stop's diff: all but the first
		// failed with the first version of the rule they guard.
		{"review-will-put-on-list", doc{text: "今年，全省将推动100家企业列入省级专精特新名单。", date: "2025-06-01"}, 100, 0, "家", "=", 2025, "", "", false},
		{"review-report-roundup", doc{title: "31省份政府工作报告出炉：广东GDP目标5%", text: "浙江提出，今年地区生产总值增长5.5%左右。", date: "2025-02-01"}, 5.5, 0, "%", "~", 2025, "浙江省", "", false},
		{"review-fewer-deaths", doc{text: "到2027年，全省力争通过综合施治每年减少1000人死亡。", date: "2025-06-01"}, 1000, 0, "人", "=", 2027, "", "", false},
		{"review-quarter-no-event", doc{text: "据2025年第一季度统计，全省将力争新建充电桩6万个。", date: "2025-06-01"}, 6e4, 0, "个", "=", 0, "", "", false},
		{"review-past-year-then-goal", doc{text: "2025年出台的《行动方案》明确，全省将新建充电桩6万个。", date: "2026-02-10"}, 6e4, 0, "个", "=", 0, "", "", false},
		{"review-start-year", doc{text: "方案提出，2026年起，全省将每年新建公园50个。", date: "2025-06-01"}, 50, 0, "个", "=", 0, "", "", false},
		{"review-deixis-home-in-title", doc{title: "四川推进文旅融合", text: "四川省文旅厅表示，借鉴浙江省经验。全省将新建旅游驿站100个。", date: "2025-06-01"}, 100, 0, "个", "=", 0, "四川省", "", false},
		{"responsible-own-body", doc{text: "为推动发展，制定本方案。\n一、目标\n到2027年，新建5G基站1万个。(省通信管理局负责)", region: "山东省"}, 1e4, 0, "个", "=", 2027, "山东省", "", false},
		{"wiki-title-lines", doc{title: "2011年政府工作报告", text: "二、“十二五”时期的主要目标和任务\n我们编制了《\n国民经济和社会发展第十二个五年规划纲要（草案）\n》，提交大会审议。\n森林覆盖率达到21.66%。", date: "2011-03-05"}, 21.66, 0, "%", "=", 2015, "", "", false},
		{"focus-count", doc{title: "政府工作报告", text: "二、2023年工作安排\n聚焦7条特色农业全产业链，提升发展水平。", date: "2023-01-20", region: "渭南市"}, 7, 0, "条", "=", 0, "", "", true},
		{"focus-draws-on", doc{title: "政府工作报告", text: "二、2025年工作安排\n充分发挥宁德46个民族大家庭的独特优势。", date: "2025-01-20", region: "宁德市"}, 46, 0, "个", "=", 0, "", "", true},
		{"respective-shared-bound", doc{title: "政府工作报告", text: "二、2024年工作安排\n力争全市各类园区地区生产总值、工业开票销售分别突破3500亿元、7000亿元。", date: "2024-01-20", region: "扬州市"}, 7e11, 0, "元", ">", 2024, "扬州市", "工业开票销售", false},
		{"respective-trailing-bound", doc{title: "政府工作报告", text: "二、2023年工作安排\n规上工业、农业、服务业增加值分别增长8%、5%、6.5%以上。", date: "2023-01-20", region: "宁夏回族自治区"}, 5, 0, "%", ">=", 2023, "宁夏回族自治区", "农业", false},
		{"year-plan-opening", doc{text: "2018年智能网联汽车标准化工作的总体思路是：加快重点标准制修订，为建设汽车强国提供支撑。\n一、加快重点标准制修订\n1.启动自动驾驶测试场景、横纵向组合控制等2项测试评价类关键标准的预研。"}, 2, 0, "项", "=", 2018, "", "标准", false},
		{"year-plan-title", doc{title: "2019年智能网联汽车标准化工作要点", text: "一、完善标准体系\n1.完成汽车信息安全通用技术等5项基础通用标准的立项工作。"}, 5, 0, "项", "=", 2019, "", "标准", false},
		{"year-plan-news", doc{title: "工信部印发2019年智能网联汽车标准化工作要点", text: "一、完善标准体系\n去年完成汽车信息安全通用技术等5项基础通用标准的立项工作。", date: "2019-05-10"}, 5, 0, "项", "=", 0, "", "", true},
		{"edition-year-no-deadline", doc{text: "农业农村部印发《生猪产能综合调控实施方案（2026年修订）》，设定全国能繁母猪正常保有量稳定在3750万头左右。", date: "2026-05-15"}, 3.75e7, 0, "头", "~", 0, "", "能繁母猪", false},
		{"speed-rating", doc{title: "山东省新一代人工智能产业发展规划（2025年）", text: "加快时速600公里高速磁悬浮列车等前沿新产品产业化。", region: "山东省"}, 600, 0, "公里", "=", 0, "", "", true},
		{"project-benefit-news", doc{text: "引大济岷工程今天启动建设。工程总投资575亿元，引水线路总长261公里。建成后将新增灌溉面积179万亩，保障3400万人的用水安全。", date: "2025-11-07"}, 1.79e6, 0, "亩", "=", 0, "", "", true},
		{"project-benefit-same-sentence", doc{text: "一期工程整体建成后，将保障254万人生产生活用水。", date: "2025-02-06"}, 2.54e6, 0, "人", "=", 0, "", "", true},
		{"plan-table-no-project", doc{text: "铁：全部建成后增加的年产能力将为五百七十五万吨，五年内增加的年产能力为二百八十万吨。", date: "1955-07-05"}, 5.75e6, 0, "吨", "=", 0, "", "", false},
		{"project-benefit-in-plan", doc{title: "政府工作报告", text: "二、2026年工作安排\n加快建设引水工程，项目建成后将新增灌溉面积50万亩。", date: "2026-01-20", region: "雅安市"}, 5e5, 0, "亩", "=", 2026, "雅安市", "", false},
		{"share-of-yearly-task", doc{text: "今年全国计划新开工改造城镇老旧小区5.4万个。截至9月底，已新开工改造4.8万个，占年度目标任务的89%。", date: "2024-10-26"}, 89, 0, "%", "=", 0, "", "", true},
		{"change-to-with-deadline", doc{text: "到2015年，全国城镇污水处理率提高到85%。", date: "2011-03-16"}, 85, 0, "%", "=", 2015, "", "城镇污水处理率", false},
		{"change-to-without-time", doc{text: "美国宣布将钢铝进口关税从25%提高到50%。", date: "2025-06-02"}, 50, 0, "%", "=", 0, "", "", true},
		{"altitude-says-which", doc{title: "政府工作报告", text: "二、2023年工作安排\n全力筹措资金，对海拔3500米以上边境县城和乡镇供氧设施建设。", date: "2023-01-20", region: "西藏自治区"}, 3500, 0, "米", ">=", 0, "", "", true},
		{"distance-is-a-place", doc{title: "政府工作报告", text: "二、2024年工作安排\n在距城区约25公里处新建物流园。", date: "2024-01-20", region: "乌海市"}, 25, 0, "公里", "~", 0, "", "", true},
		{"older-plan-period", doc{title: "政府工作报告", text: "今后五年，必须大力加强能源、交通等方面的重点建设。“六五”计划安排的续建和新建的大中型项目共八百九十个。", date: "1983-06-06"}, 890, 0, "个", "=", 1985, "", "", false},
		{"plan-as-base", doc{text: "国家电网表示，“十五五”时期，我国电网投资将比“十四五”增长40%左右。", date: "2026-05-07"}, 40, 0, "%", "~", 2030, "", "", false},
		{"title-year-without-nian", doc{title: "数字山东2021行动方案", text: "为贯彻落实《数字山东发展规划（2018—2022年）》，全面推进数字强省建设，制定本行动方案。\n一、加快建设数字政府\n打造10个左右新型智能终端。", region: "山东省"}, 10, 0, "个", "~", 2021, "山东省", "", false},
		{"least-before-verb", doc{title: "政府工作报告", text: "二、2025年工作安排\n支持每个乡镇至少办好1所优质初中。", date: "2025-01-20", region: "湖北省"}, 1, 0, "所", ">=", 2025, "湖北省", "", false},
		{"level-shares-head", doc{title: "政府工作报告", text: "二、2023年工作安排\n加快建设3个国家级和4个自治区级区域医疗中心。", date: "2023-01-20", region: "广西壮族自治区"}, 3, 0, "个", "=", 2023, "广西壮族自治区", "国家级区域医疗中心", false},
		{"communique-under-state-headline", doc{title: "2004年", text: "**中华人民共和国**\n**2004年国民经济和社会发展统计公报**\n中华人民共和国国家统计局\n全年城镇新增就业980万人，比预期目标多80万人。", date: "2005-02-28"}, 8e5, 0, "人", "=", 0, "", "", true},
		{"communique-headline-wrapped", doc{title: "1982年", text: "**中华人民共和国国家统计局关于一九八二年国民经济和社会发展计划执行结果\n的公报**\n\n一九八二年水产品产量为515.5万吨，完成计划118.8%，比上年增长11.9%。", date: "1983-04-29"}, 11.9, 0, "%", "=", 0, "", "", true},
		{"headline-then-byline", doc{title: "我市明确今年经济社会发展主要预期目标", text: "本报记者 张建国 通讯员 李卫东\n图为全市2023年统计公报新闻发布会现场\n\n今年全市主要预期目标是：地区生产总值增长6%左右。", date: "2024-01-20"}, 6, 0, "%", "~", 2024, "", "", false},
		{"within-year-not-domestic-foreign", doc{text: "全年内外资保险公司保费收入4318亿元。", date: "2005-02-28"}, 4.318e11, 0, "元", "=", 0, "", "", true},
		{"list-trailing-bound", doc{title: "政府工作报告", text: "二、2023年工作安排\n新增科技型中小企业200家、高新技术企业40家、“雏鹰”企业25家以上。", date: "2023-01-20", region: "鞍山市"}, 40, 0, "家", ">=", 2023, "鞍山市", "高新技术企业", false},
		{"list-trailing-approx", doc{title: "政府工作报告", text: "二、2024年工作安排\n城乡居民人均可支配收入分别增长6%和7%左右。", date: "2024-01-20", region: "赤峰市"}, 6, 0, "%", "~", 2024, "赤峰市", "", false},
		{"list-side-by-side-units", doc{title: "政府工作报告", text: "二、2026年工作安排\n确保粮食播种面积、产量稳定在640万亩、213万吨以上。", date: "2026-01-20", region: "南宁市"}, 6.4e6, 0, "亩", ">=", 2026, "南宁市", "", false},
		{"running-total-in-plan-section", doc{title: "2023年常州市政府工作报告", text: "2023年工作安排\n加快数字基础设施建设，全市5G基站累计达1.7万个。", date: "2023-01-07"}, 17000, 0, "个", "=", 2023, "常州市", "5G基站", false},
		{"count-of-indicators", doc{title: "2026年福建省政府工作报告", text: "“十五五”时期主要目标\n包括地区生产总值年均增长5%左右等16个预期性指标。", date: "2026-01-20"}, 16, 0, "个", "=", 0, "", "", true},
		{"target-named-indicator", doc{title: "关于一九五九年国民经济计划的报告", text: "今年的任务\n争取使钢产量达到一千八百万吨的指标。", date: "1959-04-18"}, 1.8e7, 0, "吨", "=", 0, "", "", false},
		// The terms of a grant in a policy: who qualifies, and how it is paid.
		{"grant-who-qualifies", doc{text: "为贯彻落实《青岛市人工智能创新应用先导区建设实施方案》，加快推进人工智能产业集聚发展，制定以下政策。\n（二）给予企业房租补贴。新设立的企业，经考核通过且租赁场地面积在300平方米以内的，按照每个正式员工不超过10平方米的标准，给予三年100%房租补贴。"}, 300, 0, "平方米", "<=", 0, "", "", true},
		{"grant-how-paid", doc{text: "为贯彻落实《青岛市人工智能创新应用先导区建设实施方案》，加快推进人工智能产业集聚发展，制定以下政策。\n（二）给予企业房租补贴。经认定新入驻园区的企业，给予最长五年的房租补贴，其中前两年100%、后三年50%。"}, 50, 0, "%", "=", 0, "", "", true},
		{"grant-object", doc{text: "为贯彻落实《青岛市人工智能创新应用先导区建设实施方案》，加快推进人工智能产业集聚发展，制定以下政策。\n（二）给予企业房租补贴。其中，对年营业收入达到2000万元以上、每年保持稳定增长的企业，给予五年100%房租补贴。"}, 2e7, 0, "元", ">=", 0, "", "", true},
		// An item heading run into its paragraph ((一)基础与优势。…) names its section as a short heading line does.
		{"inline-item-heading-review", doc{title: "山东省“十三五”科技创新规划", text: "一、发展环境\n(一)基础与优势。“十二五”时期，全省顺利实现规划纲要确定的目标任务。全省高新技术企业达到3903家。\n二、发展目标\n到2020年，全省高新技术企业达到6000家。", date: "2016-12-01"}, 3903, 0, "家", "=", 0, "", "", true},
		{"inline-item-heading-goals", doc{title: "2026年江西省政府工作报告", text: "一、“十五五”规划纲要草案的说明\n（三）关于“十五五”时期发展的主要目标。《纲要（草案）》提出了主要指标。其中地区生产总值年均增长5%左右，有利于缩小差距。", date: "2026-01-25"}, 5, 0, "%", "~", 2030, "江西省", "", false},
		{"year-opening-a-part", doc{title: "青岛市人工智能教育行动计划", text: "三、重点任务\n2020年，在中职院校建设人工智能专业；2021年，成立人工智能教育产教融合联盟；2022年，全市职业院校人工智能领域技术技能人才培养总规模达到5000人以上。"}, 5000, 0, "人", ">=", 2022, "青岛市", "", false},
		{"model-number-before-feeder", doc{title: "2023年渭南市政府工作报告", text: "2023年工作安排\n加快发展航空产业，力争新舟700支线飞机等项目尽快落地。", date: "2023-01-10"}, 700, 0, "支", "=", 0, "", "", true},
		// Measures that implement a city's plan (为贯彻落实《青岛市…实施方案》)
		// are the city's: its goals are the city's.
		// In a report of the 五年计划 years, 五年内 opening a clause before a
		// verb is the plan's span (the first plan's 1957), also after a
		// comma; in a paragraph on the years gone it is a review's.
		{"plan-years-after-comma", doc{title: "1955年中华人民共和国国务院政府工作报告", text: "第一个五年计划规定了工业建设的任务。\n钢：全部建成后年产能力将为五百万吨，五年内增加的年产能力为二百万吨。", date: "1955-07-05"}, 2000000, 0, "吨", "=", 1957, "", "", false},
		{"plan-years-in-review", doc{title: "1986年政府工作报告", text: "第七个五年计划的主要任务如下。\n在过去的五年中，我国的基本建设取得了重大成就，五年内新增发电装机容量一千九百五十万千瓦。", date: "1986-03-25"}, 19500000, 0, "千瓦", "=", 1990, "", "", true},
		// A paragraph that reports a five-year outline's contents (《纲要
		// （草案）》明确了…主要指标) gives its figures the outline's last year,
		// not the session year of the section it stands in.
		{"outline-contents-year", doc{title: "2026年政府工作报告", text: "二、“十五五”时期目标任务和2026年工作安排\n编制了《辽宁省国民经济和社会发展第十五个五年规划纲要（草案）》（以下简称《纲要（草案）》），提请大会审议。\n《纲要（草案）》明确了主要指标：一是围绕经济发展，其中地区生产总值年均增长5%左右。二是粮食综合生产能力500亿斤左右。\n2026年，全省城镇新增就业45万人。", date: "2026-01-20", region: "辽宁省"}, 5, 0, "%", "~", 2030, "辽宁省", "", false},
		// ... but a paragraph that acts on the outline (按照《…》安排) keeps
		// the session year.
		{"outline-cited-not-reported", doc{title: "2026年政府工作报告", text: "二、“十五五”时期目标任务和2026年工作安排\n编制了《某省国民经济和社会发展第十五个五年规划纲要（草案）》（以下简称《纲要（草案）》）。\n我们将按照《纲要（草案）》安排，全年新增城镇就业50万人。", date: "2026-01-20", region: "辽宁省"}, 500000, 0, "人", "=", 2026, "辽宁省", "", false},
		// A chapter that opens on its year without characterising it
		// (2024年开年以来…) reviews it.
		{"chapter-opens-on-review-of-this-year", doc{title: "2024年政府工作报告", text: "一、过去一年工作回顾\n全省新增就业30万人。\n二、砥砺奋进，成绩来之不易\n2024年开年以来，新增市场主体2万户。\n（一）加强基本民生保障。\n城镇新增就业50万人以上。", date: "2024-01-20", region: "云南省"}, 500000, 0, "人", ">=", 2024, "云南省", "", true},
		// A heading that opens with a verb of revising the terms still
		// heads terms (完善补助对象和申报条件).
		{"conditions-heading-revised", doc{title: "关于印发某市支持企业研发若干措施的通知", text: "一、支持方向\n支持企业加大研发投入。\n二、完善补助对象和申报条件\n申报企业年营业收入要达到2000万元以上。", date: "2024-03-01"}, 20000000, 0, "元", ">=", 0, "", "", true},
		// A report's chapter whose heading names no tense and whose first
		// paragraph opens with the report's year plans that year throughout.
		{"chapter-opens-on-this-year", doc{title: "2023年政府工作报告", text: "一、过去五年工作回顾\n五年来，全省新增就业300万人。\n二、踔厉奋发勇毅前行，干出新成效\n2023年是贯彻落实党的二十大精神的开局之年。\n（一）加强基本民生保障。\n城镇新增就业50万人以上。", date: "2023-01-11", region: "云南省"}, 500000, 0, "人", ">=", 2023, "云南省", "", false},
		{"chapter-opens-on-this-year-late", doc{title: "2023年政府工作报告", text: "一、过去五年工作回顾\n五年来，全省新增就业300万人。\n二、踔厉奋发勇毅前行，干出新成效\n2023年是贯彻落实党的二十大精神的开局之年。\n（一）加强基本民生保障。\n城镇新增就业50万人以上。", date: "2023-12-20", region: "云南省"}, 500000, 0, "人", ">=", 2023, "云南省", "", true},
		// A heading that holds 条件 names a section of eligibility rules
		// unless it opens with a verb of improving (提升…办学条件): a task.
		{"condition-word-in-task-heading", doc{title: "2026年政府工作报告", text: "附件\n2026年十件民生实事\n一、提高困难群众救助水平。\n城乡低保标准提高5%以上。\n二、提升普通高中办学条件。\n新增普通高中学位超10万个。", date: "2026-01-20", region: "广东省"}, 100000, 0, "个", ">", 2026, "广东省", "", false},
		{"conditions-heading", doc{title: "2026年政府工作报告", text: "附件\n2026年十件民生实事\n一、提高困难群众救助水平。\n城乡低保标准提高5%以上。\n二、申报条件\n新增普通高中学位超10万个。", date: "2026-01-20"}, 100000, 0, "个", ">", 2026, "", "", true},
		// A bounded size before a furnace names the class to close, not a
		// goal (class_size_units 米, class_size_heads 焦炉).
		{"furnace-size-class", doc{title: "2026年政府工作报告", text: "二、2026年工作安排\n推动焦化企业全面实现干法熄焦，4.3米及以下焦炉全部关停。", date: "2026-01-20", region: "山西省"}, 4.3, 0, "米", "<=", 2026, "山西省", "", true},
		// 可达的 says where a place can be reached, not what a figure may reach.
		{"reachable-is-no-forecast", doc{title: "2025年政府工作报告", text: "二、2025年工作安排\n依托就近可达的社区网点，建设120个就业服务站。", date: "2025-01-20", region: "广东省"}, 120, 0, "个", "=", 2025, "广东省", "", false},
		{"condition-is-no-grant", doc{text: "为贯彻落实《青岛市人工智能创新应用先导区建设实施方案》，加快推进人工智能产业集聚发展，制定以下政策。\n（二）加强企业管理。到2025年，符合条件的企业全部纳入管理，其中高新技术企业占比达到50%。"}, 50, 0, "%", "=", 2025, "青岛市", "", false},
		{"dui-forming-a-word", doc{text: "为贯彻落实《青岛市人工智能创新应用先导区建设实施方案》，加快推进人工智能产业集聚发展，制定以下政策。\n（二）加强企业管理。对外贸易进出口总额力争达到1000亿元的目标，为此，对新增外贸企业给予奖励。"}, 1e11, 0, "元", "=", 0, "青岛市", "", false},
		{"opening-year-then-later-deadline", doc{title: "2025年政府工作报告", text: "二、2025年工作安排\n2025年，地区生产总值增长6%左右，到2027年突破1万亿元。", date: "2025-01-20"}, 6, 0, "%", "~", 2025, "", "", false},
		{"count-of-practical-matters", doc{title: "2024年云南省政府工作报告", text: "今年工作安排\n继续办好10件惠民实事。", date: "2024-01-25"}, 10, 0, "件", "=", 0, "", "", true},
		{"sum-and-second-goal", doc{text: "到2025年，全市地区生产总值达到1万亿元且增速保持在6%的合理区间。", date: "2023-01-16"}, 1e12, 0, "元", "=", 2025, "", "", false},
		{"bound-sum-and-level", doc{text: "到2025年，实现营收1000亿元以上且利润增长10%的目标。", date: "2023-01-16"}, 1e11, 0, "元", ">=", 2025, "", "", false},
		{"sum-with-second-condition", doc{text: "今年，年收入30万元以上且经营性收入15万元以上的行政村占比超过90%。", date: "2023-01-16"}, 300000, 0, "元", ">=", 0, "", "", true},
		{"investment-plan-progress", doc{text: "今年，力争304个省列重大项目完成投资2929亿元、超年度计划28%。", date: "2026-01-20"}, 28, 0, "%", "=", 0, "", "", true},
		{"plan-progress", doc{title: "关于1956年国家预算的报告", text: "在基本建设方面，到５月份为止，全国基本建设投资总额完成年计划２７％，去年同期则完成２４％。", date: "1956-06-15"}, 27, 0, "%", "=", 0, "", "", true},
		{"revised-from-base", doc{title: "政府工作报告", text: "按调整后的“八五”计划，国民经济增长速度由原定平均每年百分之六调高到百分之八至九。", date: "1993-03-15"}, 6, 0, "%", "=", 0, "", "", true},
		{"list-comma-own-bound", doc{title: "政府工作报告", text: "二、2025年工作安排\n新增外贸企业45家，争创省级外贸示范基地2家以上。", date: "2025-01-20", region: "张家口市"}, 45, 0, "家", "=", 2025, "张家口市", "外贸企业", false},
		{"list-other-unit-own-bound", doc{title: "政府工作报告", text: "二、2025年工作安排\n城镇新增就业4万人、城镇调查失业率5.5%以内。", date: "2025-01-20", region: "张家口市"}, 40000, 0, "人", "=", 2025, "张家口市", "城镇新增就业", false},
		{"named-plant", doc{title: "政府工作报告", text: "二、2024年工作安排\n积极推进国能宝清100万吨腐植酸褐煤蜡、中能建秸秆绿色甲醇项目。", date: "2024-01-20", region: "双鸭山市"}, 1e6, 0, "吨", "=", 0, "", "", true},
		// A decimal number inside the list does not end it; a herd sizes a
		// farm; a long list names its projects at its end.
		{"named-plant-decimal-in-list", doc{title: "政府工作报告", text: "二、2024年工作安排\n建成青禾2万吨菜籽油加工、金穗1.5万吨特色食品等4个重点项目。", date: "2024-01-20", region: "双鸭山市"}, 2e4, 0, "吨", "=", 0, "", "", true},
		{"named-farm-herd", doc{title: "政府工作报告", text: "二、2024年工作安排\n加快建设红柳湾3万头肉牛养殖基地等20个项目。", date: "2024-01-20", region: "双鸭山市"}, 3e4, 0, "头", "=", 0, "", "", true},
		{"named-plant-long-list", doc{title: "政府工作报告", text: "二、2024年工作安排\n积极推进华能北岭20万千瓦风力发电和20万千瓦共享储能、大唐东坡10万千瓦风力发电、国电投西湖15万千瓦光伏发电、三峡南山12万千瓦光伏发电、中广核北坡8万千瓦风力发电、龙源东山6万千瓦风力发电、华电西岭5万千瓦光伏发电等项目。", date: "2024-01-20", region: "双鸭山市"}, 2e5, 0, "千瓦", "=", 0, "", "", true},
		{"herd-goal-kept", doc{title: "政府工作报告", text: "二、2024年工作安排\n新增肉牛2万头。", date: "2024-01-20", region: "双鸭山市"}, 2e4, 0, "头", "=", 2024, "双鸭山市", "", false},
		{"capacity-goal-kept", doc{title: "政府工作报告", text: "二、2024年工作安排\n新增新能源装机100万千瓦。", date: "2024-01-20", region: "双鸭山市"}, 1e6, 0, "千瓦", "=", 2024, "双鸭山市", "", false},
		{"headline-yoy", doc{title: "2024年政府工作报告", text: "今年全市经济社会发展的主要预期目标是：地区生产总值同比增长5.5%左右，固定资产投资同比增长7%。", date: "2024-01-20", region: "双鸭山市"}, 7, 0, "%", "=", 2024, "双鸭山市", "固定资产投资", false},
		{"news-yoy", doc{text: "今年4月末，广义货币余额将同比增长8.6%。", date: "2026-05-14"}, 8.6, 0, "%", "=", 0, "", "", true},
		// A news item's pledge by the country (中国将…): not the host city
		// named in its first line, which unwrapping joins to the title (a
		// title with no stop, lines of one length).
		{"national-pledge-unwrapped-title", doc{title: "习近平出席世界人工智能大会开幕式并发表主旨讲话强调携手构建全球治理体系", text: "央视网消息：国家主席习近平在上海出席世界人工智能大会开幕式并发表主旨讲话。\n江畔潮起，会客厅内嘉宾云集，各国代表团团长和国际组织负责人出席。\n习近平同与会的国家元首和政府首脑集体合影，随后步入会场发表讲话。\n习近平指出，当前新一轮科技革命和产业变革加速突破，机遇挑战并存。\n习近平强调，人工智能治理事关全人类命运，需要各国携手应对共同挑战。\n习近平指出，世界人工智能合作组织在上海应运而生。为进一步支持全球人工智能能力建设，未来5年，中国将面向发展中国家提供5000个人工智能专题研修培训名额。\n习近平表示，中方愿同各方一道推动人工智能更好造福各国人民和子孙后代。\n大会期间，还将举办多场论坛和展览活动，展示人工智能最新应用和成果。\n与会各方高度评价中方倡议，表示愿同中方加强合作，共同推动全球治理。", date: "2026-07-17"}, 5000, 0, "个", "=", 2030, "", "", false},
		{"national-subject", doc{title: "聚力攻坚 全力促进高校毕业生就业", text: "江南大学的学生签约了江苏江阴的企业。近期，教育部还将在江苏昆山等地开展校企对接活动。7月上旬，各省级教育部门计划开展省级招聘会超50场。", date: "2025-07-04"}, 50, 0, "场", ">", 2025, "", "", false},
		{"project-investment", doc{title: "政府工作报告", text: "二、2023年工作安排\n推进总投资170亿元的天新维生素科技园、黑猫超导电炭黑等项目。", date: "2023-01-20", region: "景德镇市"}, 1.7e10, 0, "元", "=", 0, "", "", true},
		{"old-zero-year", doc{title: "关于发展国民经济的第一个五年计划的报告", text: "从一九五三年到一九六○年，将基本上完成十六个轧钢厂的建设。", date: "1955-07-05"}, 16, 0, "个", "=", 1960, "", "", false},
		{"leading-year-paragraph", doc{title: "关于1956年国家预算的报告", text: "１９５６年政府将大量培养熟练工人。全国设立的工人技术学校将达１９２所。", date: "1956-06-15"}, 192, 0, "所", "=", 1956, "", "", false},
		{"item-heading-past", doc{title: "政府工作报告", text: "二、2023年工作安排\n新增公办学位1.95万个。\n9. 2022年市安排10件民生实事完成情况：\n（1）全市新增公办学位14000个。", date: "2023-01-20", region: "资阳市"}, 14000, 0, "个", "=", 0, "", "", true},
		{"item-heading-past-goal-before", doc{title: "政府工作报告", text: "二、2023年工作安排\n新增公办学位1.95万个。\n9. 2022年市安排10件民生实事完成情况：\n（1）全市新增公办学位14000个。", date: "2023-01-20", region: "资阳市"}, 19500, 0, "个", "=", 2023, "资阳市", "", false},
		{"formula", doc{text: "到2025年，医疗收入增长率＝（本年度医疗收入－上一年度医疗收入）/上一年度医疗收入×100%。", date: "2019-01-30"}, 100, 0, "%", "=", 0, "", "", true},
		{"per-mille", doc{text: "到2015年，婴儿死亡率降到12‰。", date: "2011-03-16"}, 12, 0, "‰", "=", 2015, "", "", false},
		{"compute-units", doc{text: "力争到2026年全市算力总规模达到12EFLOPS，存储总量达10EB。", date: "2024-03-01", region: "青岛市"}, 12, 0, "EFLOPS", "=", 2026, "青岛市", "", false},
		{"project-size-named", doc{title: "政府工作报告", text: "二、2024年工作安排\n推动电解铝满产释放，建成投产贵铝3万吨铝箔项目。", date: "2024-01-20", region: "贵阳市"}, 3e4, 0, "吨", "=", 0, "", "", true},
		{"plan-preamble", doc{text: "为塑强数字经济高质量发展新优势，制定以下措施。\n一、强化数字技术突破\n聚焦高端工业软件、虚拟现实等重点方向，培育50个创新实验室。", region: "山东省"}, 50, 0, "个", "=", 0, "山东省", "", false},
		{"horizon-and-this-year", doc{title: "2023年湖南省政府工作报告", text: "二、未来五年总体考虑和今年政府工作安排\n完成今年的预期目标，重点做好以下工作。新增规模以上民营工业企业1000家。", date: "2023-01-12", region: "湖南省"}, 1000, 0, "家", "=", 2023, "湖南省", "", false},
		{"report-chapters", doc{title: "2015年政府工作报告", text: "一、2014年工作回顾\n铁路新投产里程8000公里。\n二、2015年工作安排\n今年发展的主要预期目标是：国内生产总值增长7%左右。\n三、协调推动经济稳定增长\n铁路投资要保持在8000亿元以上，新投产里程8000公里以上。", date: "2015-03-05"}, 8000, 0, "公里", ">=", 2015, "", "", false},
		// A work report's 今后五年 is its government's term, which the report's year opens.
		{"report-horizon", doc{title: "2023年政府工作报告", text: "今后五年政府工作的主要目标是：力争地区生产总值达到3万亿元。", date: "2023-01-15", region: "贵州省"}, 3e12, 0, "元", "=", 2027, "贵州省", "地区生产总值", false},
		{"first-priority", doc{title: "政府工作报告", text: "一、2024年工作回顾\n牢牢扭住发展第一要务，全州GDP突破千亿元大关。", date: "2025-01-08", region: "延边朝鲜族自治州"}, 1e11, 0, "元", ">", 0, "", "", true},
		{"forward-goal-after", doc{title: "政府工作报告", text: "二、2025年工作安排\n抢抓国家“十五五”规划编制机遇，谋划包装重大项目400个以上，确保产业类项目过半。", date: "2025-01-08", region: "延边朝鲜族自治州"}, 400, 0, "个", ">=", 2025, "延边朝鲜族自治州", "重大项目", false},
		{"work-schedule", doc{title: "政府工作报告", text: "二、2025年工作安排\n用好用足7天10小时工作制。", date: "2025-01-08", region: "延边朝鲜族自治州"}, 7, 0, "天", "=", 0, "", "", true},
		{"capacity", doc{title: "政府工作报告", text: "二、2024年工作安排\n开工中石化九江分公司年产150万吨芳烃及炼油配套改造等项目。", date: "2024-01-20", region: "江西省"}, 1.5e6, 0, "吨", "=", 0, "", "", true},
		{"use-years", doc{text: "用3—5年时间，培养引进100名科技领军人才。", date: "2025-01-20", region: "湖北省"}, 100, 0, "名", "=", 2030, "湖北省", "科技领军人才", false},
		{"next-five-years-section", doc{title: "政府工作报告", text: "二、今后五年政府工作总体考虑\n力争科技进步贡献率达到68%以上。", date: "2023-01-15", region: "甘肃省"}, 68, 0, "%", ">=", 2027, "甘肃省", "科技进步贡献率", false},
		{"plan-review-section", doc{title: "中华人民共和国国民经济和社会发展“九五”计划和2010年远景目标纲要", text: "一、“八五”计划完成情况\n进出口总额五年超过一万亿美元。\n四、“九五”的主要任务\n五年新增天然气探明储量八千亿立方米。"}, 8e11, 0, "立方米", "=", 2000, "", "", false},
		{"review-strove", doc{title: "政府工作报告", text: "一、2023年工作回顾\n在财政极度紧张的情况下，努力实现民生支出稳定增长，比重达78.0%。", date: "2024-01-10", region: "湘潭市"}, 78, 0, "%", "=", 0, "", "", true},
		{"to-date", doc{text: "今年截至8月底，全国安全事故起数同比下降25.7%。", date: "2024-09-05"}, 25.7, 0, "%", "=", 0, "", "", true},
		{"section-year-wins", doc{title: "政府工作报告", text: "三、2023年重点工作安排\n力争2025年数字经济规模突破2万亿元。\n新培育国家级专精特新“小巨人”企业100家。", date: "2023-01-14", region: "河南省"}, 100, 0, "家", "=", 2023, "河南省", "小巨人", false},
		// A heading naming a span and this year: the span's goals run from a paragraph that opens with it to one that opens with this year.
		{"mixed-section-span", doc{title: "政府工作报告", text: "二、今后五年的目标任务和2023年工作安排\n未来五年是关键时期。\n——经济总量力争达到2万亿元左右。\n今年是开局之年。\n——地区生产总值增长4%左右。", date: "2023-01-15", region: "天津市"}, 2e12, 0, "元", "~", 2027, "天津市", "经济总量", false},
		{"mixed-section-this-year", doc{title: "政府工作报告", text: "二、今后五年的目标任务和2023年工作安排\n未来五年是关键时期。\n——经济总量力争达到2万亿元左右。\n今年是开局之年。\n（一）加快科技创新。\n培育国家高新技术企业1000家。", date: "2023-01-15", region: "天津市"}, 1000, 0, "家", "=", 2023, "天津市", "国家高新技术企业", false},
		// A title-less plan that carries out a cited plan: the cited period is not its own; its 年底前 makes it the year's plan.
		{"cited-plan-period", doc{text: "为贯彻落实《数字某省发展规划（2018-2022年）》，制定本行动方案。\n一、打造数字政府\n1.推动政务服务数字化。年底前，省级事项网上可办率不低于90%。\n2.推动文化服务数字化。全省50%以上的文化馆具备数字服务能力。", date: "2019-03-15", region: "山东省"}, 50, 0, "%", ">=", 2019, "山东省", "文化馆", false},
		{"dependent-services", doc{text: "为贯彻落实《数字某省发展规划（2018-2022年）》，制定本行动方案。\n一、打造数字政府\n1.推动政务服务数字化。年底前，省级依申请政务服务事项网上可办率不低于90%。", date: "2019-03-15", region: "山东省"}, 90, 0, "%", ">=", 2019, "山东省", "网上可办率", false},
		// A numbered item heading with its own span keeps it under a section that names the span and this year.
		{"mixed-section-item-span", doc{title: "政府工作报告", text: "二、今后五年的目标任务和2023年工作安排\n（一）今后五年的主要目标\n经济总量力争达到2万亿元左右。", date: "2023-01-15", region: "天津市"}, 2e12, 0, "元", "~", 2027, "天津市", "经济总量", false},
		{"plan-horizon", doc{title: "中华人民共和国国民经济和社会发展第十二个五年规划纲要", text: "第三章　主要目标\n今后五年，经济社会发展的主要目标是：\n耕地保有量保持在18.18亿亩。"}, 1.818e9, 0, "亩", "=", 2015, "", "耕地保有量", false},
		{"project-size", doc{title: "政府工作报告", text: "二、2023年工作安排\n开工建设6个10万千瓦光伏风电项目。", date: "2023-01-10", region: "阳泉市"}, 1e5, 0, "千瓦", "=", 0, "", "", true},
		// A list's enumerator on a line of its own, after a blank line,
		// still continues the lead that names this year's tasks; money
		// spent in such an item of a report is a goal of that year.
		{"enumerator-alone", doc{title: "2000年政府工作报告", text: "一、1999年工作回顾\n去年发行国债。\n二、坚持扩大内需\n今年继续实行积极财政政策的主要内容，包括以下几个方面。\n\n一是\n发行1000亿元长期国债，重点投向基础设施建设。", date: "2000-03-05"}, 1e11, 0, "元", "=", 2000, "", "", false},
		{"project-count", doc{title: "政府工作报告", text: "二、2023年工作安排\n开工建设6个10万千瓦光伏风电项目。", date: "2023-01-10", region: "阳泉市"}, 6, 0, "个", "=", 2023, "阳泉市", "光伏风电项目", false},
		{"livelihood-items", doc{title: "政府工作报告", text: "二、2023年工作安排\n集中精力办好12件民生实事。", date: "2023-01-10", region: "山西省"}, 12, 0, "件", "=", 0, "", "", true},
		{"bare-section-numbered-items", doc{title: "吴忠市政府工作报告", text: "2022年工作回顾\n一、突出产业转型。新建标准化厂房20万平方米。\n2023年主要工作\n一、突出产业转型，着力保持经济稳定增长。新建标准化厂房30万平方米。", date: "2022-12-17", region: "吴忠市"}, 3e5, 0, "平方米", "=", 2023, "吴忠市", "标准化厂房", false},
		{"bare-section-numbered-review", doc{title: "吴忠市政府工作报告", text: "2022年工作回顾\n一、突出产业转型。新建标准化厂房20万平方米。\n2023年主要工作\n一、突出产业转型，着力保持经济稳定增长。新建标准化厂房30万平方米。", date: "2022-12-17", region: "吴忠市"}, 2e5, 0, "平方米", "=", 0, "", "", true},
		{"unit-jin", doc{text: "今年粮食产量达到270亿斤。", date: "2026-01-14", region: "长春市"}, 2.7e10, 0, "斤", "=", 2026, "长春市", "粮食产量", false},
		{"session-count", doc{text: "今年要按照市委十四届十次全会部署推进工作。", date: "2026-01-14", region: "长春市"}, 10, 0, "次", "=", 0, "", "", true},
		{"bulletin-item-region", doc{title: "国内联播快讯", text: "央视网消息（新闻联播）：\n辽宁加快建设新能源基地\n辽宁省今年将新增新能源装机1000万千瓦。\n农村养老服务指导意见出台\n民政部等部门联合出台指导意见，到2025年，每个县将至少有1所县级特困人员供养服务机构。", date: "2024-06-13"}, 1e7, 0, "千瓦", "=", 2024, "辽宁省", "", false},
		{"bulletin-item-national", doc{title: "国内联播快讯", text: "央视网消息（新闻联播）：\n辽宁加快建设新能源基地\n辽宁省今年将新增新能源装机1000万千瓦。\n农村养老服务指导意见出台\n民政部等部门联合出台指导意见，到2025年，每个县将至少有1所县级特困人员供养服务机构。", date: "2024-06-13"}, 1, 0, "所", ">=", 2025, "", "", false},
		{"forecast-list", doc{title: "中华人民共和国国民经济和社会发展“九五”计划", text: "三、主要目标\n预测到二〇〇〇年主要产品的产量是：\n原煤十四亿吨，比一九九五年增加一亿吨；\n汽车二百七十万辆。\n保证粮食播种面积不低于一亿一千万公顷。", date: "1996-03-17"}, 1.4e9, 0, "吨", "=", 0, "", "", true},
		{"after-forecast-list", doc{title: "中华人民共和国国民经济和社会发展“九五”计划", text: "三、主要目标\n预测到二〇〇〇年主要产品的产量是：\n原煤十四亿吨，比一九九五年增加一亿吨；\n汽车二百七十万辆。\n保证粮食播种面积不低于一亿一千万公顷。", date: "1996-03-17"}, 1.1e8, 0, "公顷", ">=", 0, "", "", false},
		{"counter-metric", doc{text: "今年要推动服务标准化，向消费者明示服务标准、完善标准实施信息反馈机制、分批部署150个标准化试点示范项目。", date: "2023-02-02"}, 150, 0, "个", "=", 2023, "", "标准化试点示范项目", false},
		{"respectively-metric", doc{text: "今年全省甘蔗、蔬菜、水果产量分别达到1050万吨、794万吨、542.5万吨。", date: "2024-01-20", region: "广西壮族自治区"}, 7.94e6, 0, "吨", "=", 2024, "广西壮族自治区", "蔬菜产量", false},
		{"shared-number-metric", doc{text: "今年新增知识产权示范、优势、贯标企业50家。", date: "2024-01-20", region: "福州市"}, 50, 0, "家", "=", 2024, "福州市", "知识产权示范、优势、贯标企业", false},
		{"set-verb", doc{text: "今年经济增长预期目标定为7.5%左右。", date: "2014-03-05"}, 7.5, 0, "%", "~", 2014, "", "经济增长", false},
		{"set-clause-range", doc{text: "综合分析各方面的条件，今年经济增长速度的宏观调控目标，定为百分之八至九。", date: "1996-03-05"}, 8, 9, "%", "=", 1996, "", "经济增长速度", false},
		{"national", doc{text: "到2027年，培育100家以上未来产业领军企业。", title: "工业和信息化部关于推动未来产业创新发展的实施意见", date: "2025-09-03"}, 100, 0, "家", ">=", 2027, "", "领军企业", false},
		// A clause that names only a change, however often it comes,
		// measures the topic the clause before names (not a list's last
		// item, a comparison, a deadline or a change by a figure); after
		// a goal in its sentence it takes that goal's subject, unless the
		// subject is a base's value.
		// Verbs that only say "do" leave the front of a metric unless too
		// little is left; 实现 goes as well.
		{"metric-lead-verb", doc{text: "今年实施技改项目500个以上。", date: "2024-01-20"}, 500, 0, "个", ">=", 2024, "", "=技改项目", false},
		{"metric-lead-verb-short", doc{text: "今年举办展会不少于50场。", date: "2024-01-20"}, 50, 0, "场", ">=", 2024, "", "=举办展会", false},
		{"metric-achieve", doc{text: "今年力争实现旅游综合收入450亿元以上。", date: "2024-01-20"}, 45000000000, 0, "元", ">=", 2024, "", "=旅游综合收入", false},
		// A later list item takes the first item's defining verb, unless
		// it names a stage, a share or a change.
		{"metric-list-verb", doc{text: "今年新增高新技术企业1500家、科技型中小企业6000家。", date: "2024-01-20"}, 6000, 0, "家", "=", 2024, "", "=新增科技型中小企业", false},
		{"metric-list-verb-stage", doc{text: "今年新引进项目60个、新开工25个、竣工投产15个。", date: "2024-01-20"}, 15, 0, "个", "=", 2024, "", "=竣工投产", false},
		{"metric-list-verb-share", doc{text: "今年新增绿地200亩、绿化覆盖率45%。", date: "2024-01-20"}, 45, 0, "%", "=", 2024, "", "=绿化覆盖率", false},
		// An approximate count of a lone scale is a figure.
		{"lone-scale-approximate", doc{text: "到2035年，将打造近百条县域幸福母亲河。", date: "2023-09-22"}, 100, 0, "条", "<", 2035, "", "=县域幸福母亲河", false},
		// A heading that names the year's work of every kind opens goals.
		{"heading-year-work", doc{title: "2024年政府工作报告", text: "二、全力以赴做好2024年各项工作\n\n聚焦新基建，新建5G基站1万个以上。", date: "2024-01-23"}, 10000, 0, "个", ">=", 2024, "", "5G基站", false},
		// A list before 分别 shares the last name's head noun only when more
		// than one character is left to share.
		{"respective-whole-names", doc{text: "今年人参、灵芝、黑木耳分别达到1.2万公顷、570万亩、11.5亿袋。", date: "2023-02-01"}, 5700000, 0, "亩", "=", 2023, "", "=灵芝", false},
		// 目标 after a striving word is a goal however it goes on.
		{"goal-noun-after-striving", doc{text: "会议指出，促进消费的目标是社会消费品零售总额增长6%。", date: "2024-03-01"}, 6, 0, "%", "=", 0, "", "", false},
		// An item that acts on its own takes no verb from the first item;
		// region names that run into a port's name stay in the metric.
		{"metric-list-item-acts", doc{text: "今年新建高标准农田395万亩、种植优质饲草300万亩。", date: "2024-01-20"}, 3e6, 0, "亩", "=", 2024, "", "=种植优质饲草", false},
		{"metric-list-item-stock", doc{text: "今年新增储备项目600个、投资规模3500亿元。", date: "2024-01-20"}, 3.5e11, 0, "元", "=", 2024, "", "=投资规模", false},
		{"metric-port-name", doc{text: "今年力争实现宁波舟山港货物吞吐量12.6亿吨。", date: "2023-01-20"}, 1.26e9, 0, "吨", "=", 2023, "浙江省", "=宁波舟山港货物吞吐量", false},
		{"metric-list-class-item", doc{text: "今年新增规模以上工业企业100家以上、规模以上服务业企业150家以上。", date: "2024-01-20"}, 150, 0, "家", ">=", 2024, "", "=新增规模以上服务业企业", false},
		{"lone-scale-approximate-with-one", doc{text: "今年推动近百家企业开展一对一帮扶。", date: "2024-01-20"}, 100, 0, "家", "<", 2024, "", "", false},
		// An approximate lone scale that another figure follows names a class.
		{"lone-scale-approximate-class", doc{text: "今年建设千余亩连片茶园示范基地5个。", date: "2024-01-20"}, 1000, 0, "亩", "~", 2024, "", "", true},
		// Circled items are clauses of their own; after a headline in 【】
		// they are sentences, and a goal word in one governs no other.
		{"circled-items-clauses", doc{text: "到2025年，主要目标：①新建5G基站1万个②新增高新技术企业500家。", date: "2024-01-20"}, 500, 0, "家", "=", 2025, "", "=新增高新技术企业", false},
		{"circled-digest-items", doc{title: "每日财经早报", text: "4、【债券重大事件】①“21济轨Y3”将全额赎回②法院裁定批准中天金融等十三家公司重整计划。", date: "2024-08-30"}, 13, 0, "家", "=", 0, "", "", true},
		// A long note in brackets after the number names nothing counted.
		{"metric-bracket-note", doc{title: "2023年政府工作报告", text: "二、2023年工作安排\n\n38． 改造农村牧区危房3000套以上（牵头责任单位：自治区住房城乡建设厅）", date: "2023-01-20"}, 3000, 0, "套", ">=", 2023, "", "=改造农村牧区危房", false},
		// A sum set aside to pay rewards out is a budget, not a reward's terms.
		{"budget-paid-out", doc{title: "2023年政府工作报告", text: "二、2023年工作安排\n\n今年继续拿出8100万元兑现奖励政策。", date: "2023-01-20"}, 81000000, 0, "元", "=", 2023, "", "", false},
		// A heading that names a review and then a later period's goals: the
		// review's figures stay the past, the goals start where a paragraph
		// opens on the later period.
		{"review-then-goals-goal", doc{title: "2021年政府工作报告", text: "二、“十三五”时期发展成就和“十四五”时期主要目标任务\n\n经济实力跃上新的大台阶，国内生产总值突破100万亿元，发电装机容量突破22亿千瓦。\n\n“十四五”时期是开启新征程的第一个五年。\n\n构建以国家公园为主体的自然保护地体系，森林覆盖率达到24.1%。\n\n三、2021年重点工作", date: "2021-03-05"}, 24.1, 0, "%", "=", 2025, "", "=森林覆盖率", false},
		{"review-then-goals-review", doc{title: "2021年政府工作报告", text: "二、“十三五”时期发展成就和“十四五”时期主要目标任务\n\n经济实力跃上新的大台阶，国内生产总值突破100万亿元，发电装机容量突破22亿千瓦。\n\n“十四五”时期是开启新征程的第一个五年。\n\n构建以国家公园为主体的自然保护地体系，森林覆盖率达到24.1%。\n\n三、2021年重点工作", date: "2021-03-05"}, 2.2e9, 0, "千瓦", ">", 0, "", "", true},
		// A bounded energy use running into 用能单位 classes the users.
		{"energy-user-class", doc{text: "今年要建立年综合能耗5000吨标准煤及以上重点用能单位节能管理档案。", date: "2025-01-20"}, 5000, 0, "吨标准煤", ">=", 2025, "", "", true},
		{"metric-topic-growth", doc{title: "2009年政府工作报告", text: "企业退休人员基本养老金，今年人均每年增长10%左右。", date: "2009-03-05"}, 10, 0, "%", "~", 2009, "", "=企业退休人员基本养老金人均每年增长", false},
		{"metric-topic-list-item", doc{text: "主要预期目标是：地区生产总值增速高于全国、全省平均水平，年均增长5.5%。", date: "2026-01-10"}, 5.5, 0, "%", "=", 0, "", "=增长", false},
		{"metric-topic-figure-change", doc{text: "到2027年，较2022年增长一倍以上，平均每年增长15%。", date: "2026-01-10"}, 15, 0, "%", "=", 2027, "", "=平均每年增长", false},
		{"metric-average-growth-subject", doc{text: "到1995年，工业总产值达到3万亿元，平均每年增长6.5%。", date: "1991-04-09"}, 6.5, 0, "%", "=", 1995, "", "=工业总产值平均每年增长", false},
		{"metric-growth-no-base-value", doc{title: "国民经济和社会发展第六个五年计划", text: "到1985年，全国财政收入达到10300亿元，比1980 年的8500亿元增加1800亿元，平均每年增长4%。", date: "1982-12-10"}, 4, 0, "%", "=", 1985, "", "=全国财政收入平均每年增长", false},
		{"metric-base-spaced-year", doc{title: "国民经济和社会发展第六个五年计划", text: "到1985年，主要农产品的产量计划达到：\n\n- 油料 1050万吨，比1980 年增长36.5%。", date: "1982-12-10"}, 36.5, 0, "%", "=", 1985, "", "=油料增长", false},
		// A 、 inside brackets parts no list items.
		{"metric-bracket-item", doc{text: "力争5个县（市、区）人均地区生产总值突破10万元。", date: "2023-01-10"}, 5, 0, "个", "=", 0, "", "^县(市、区)", false},
		// A sum budgeted as a fund named for a subsidy is the budget, and
		// the fund is what it measures.
		{"budget-fund-named-for-subsidy", doc{title: "2016年政府工作报告", text: "二、2016年重点工作\n中央财政安排1000亿元专项奖补资金，重点用于职工分流安置。", date: "2016-03-05"}, 1e11, 0, "元", "=", 2016, "", "=专项奖补资金", false},
		// A subsidy raised from where it starts, or by a share, is a goal.
		{"subsidy-raised-from", doc{title: "2016年政府工作报告", text: "二、2016年重点工作\n财政补助由每人每年380元提高到420元。", date: "2016-03-05"}, 420, 0, "元", "=", 2016, "", "财政补助", false},
		{"standard-raised-by-shares", doc{title: "2016年政府工作报告", text: "二、2016年重点工作\n城乡低保人均补助标准分别提高5%和8%。", date: "2016-03-05"}, 8, 0, "%", "=", 2016, "", "补助标准", false},
		// A bracketed note the clause breaks inside is cut from the name.
		{"metric-open-note", doc{title: "2023年政府工作报告", text: "二、2023年工作安排\n3.促进1.9万名脱贫人口实现务工就业（牵头责任单位：市人力资源社会保障局）。", date: "2023-01-20"}, 19000, 0, "名", "=", 2023, "", "=脱贫人口实现务工就业", false},
		// What a counted pool of projects invests is a goal, measured as
		// the projects' investment.
		{"pool-investment", doc{title: "2026年政府工作报告", text: "二、2026年工作安排\n推进年度投资452亿元的309个城建重点项目。", date: "2026-01-20"}, 4.52e10, 0, "元", "=", 2026, "", "=城建重点项目年度投资", false},
		// A level of 万亿 to step onto is a goal; a class of 万亿 is not.
		{"pool-investment-bound", doc{title: "2024年政府工作报告", text: "三、2024年工作安排\n推进总投资10亿元以上的50个重大项目。", date: "2024-01-20"}, 1e9, 0, "元", ">=", 2024, "", "", true},
		{"pool-investment-firms", doc{title: "2024年政府工作报告", text: "三、2024年工作安排\n支持总投资1亿元的3家企业。", date: "2024-01-20"}, 1e8, 0, "元", "=", 2024, "", "", true},
		{"goal-word-investment-target", doc{title: "2024年政府工作报告", text: "三、2024年工作安排\n今年全市完成投资目标1000亿元。", date: "2024-01-20"}, 1e11, 0, "元", "=", 2024, "", "", false},
		{"subsidy-cap-raised", doc{title: "2024年政府工作报告", text: "三、2024年工作安排\n单个项目补助从最高50万元提高到100万元。", date: "2024-01-20"}, 1e6, 0, "元", "=", 2024, "", "", true},
		{"metric-topic-period", doc{title: "2024年政府工作报告", text: "二、今后五年的目标\n今后五年，年均增长6%。推动经济高质量发展，年均增长7%。", date: "2024-01-20"}, 7, 0, "%", "=", 2028, "", "=增长", false},
		{"trillion-level-step", doc{title: "2024年政府工作报告", text: "二、2024年工作安排\n推动固定资产投资稳步跨过万亿级台阶。", date: "2024-01-20"}, 1e12, 0, "元", ">", 2024, "", "固定资产投资", false},
		{"trillion-level-run", doc{title: "2023年政府工作报告", text: "二、2023年工作安排\n装备制造业营业收入向万亿元冲刺。", date: "2023-01-20"}, 1e12, 0, "元", "=", 2023, "", "=装备制造业营业收入", false},
		{"trillion-class", doc{title: "2024年政府工作报告", text: "二、2024年工作安排\n打造2个万亿级产业集群。", date: "2024-01-20"}, 1e12, 0, "元", "=", 2024, "", "", true},
		// The level a change starts from is no goal when the change goes
		// on after a comma, and the next value takes the name from before
		// it.
		{"change-base-comma", doc{title: "1976—1985年发展国民经济十年规划纲要（草案）", text: "一九八〇年、一九八五年工农业生产的主要指标是：\n\n- 粮食，由一九七五年的五千六百九十亿斤，增加到一九八〇年的六千七百亿斤，一九八五年的八千亿斤。", date: "1976-12-10"}, 5.69e11, 0, "斤", "=", 0, "", "", true},
		{"change-base-comma-name", doc{title: "1976—1985年发展国民经济十年规划纲要（草案）", text: "一九八〇年、一九八五年工农业生产的主要指标是：\n\n- 粮食，由一九七五年的五千六百九十亿斤，增加到一九八〇年的六千七百亿斤，一九八五年的八千亿斤。", date: "1976-12-10"}, 6.7e11, 0, "斤", "=", 1980, "", "=粮食增加", false},
		// A note in brackets that holds a figure is another value, no part
		// of the name.
		{"metric-figure-note", doc{title: "2023年政府工作报告", text: "二、2023年工作安排\n规上工业企业新增（力争100户）70户。", date: "2023-01-20"}, 70, 0, "户", "=", 2023, "", "=规上工业企业新增", false},
		{"metric-latin-note-kept", doc{title: "济南市行动方案", text: "到2026年，人工智能算力规模(FP16)突破3500PFlops，新车驾驶辅助系统（L2）搭载率达到30%以上。", date: "2024-05-01"}, 30, 0, "%", ">=", 2026, "济南市", "=新车驾驶辅助系统(L2)搭载率", false},
		{"kilovolt-ampere", doc{title: "2026年政府工作报告", text: "二、2026年重点工作\n完成新改建输电线路260公里，新增变电容量200万千伏安。", date: "2026-01-20"}, 2e6, 0, "千伏安", "=", 2026, "", "=新增变电容量", false},
		// Where a change starts may be a plan's period in quotes; the share
		// before it names what changes.
		{"change-from-quoted-period", doc{title: "国民经济和社会发展第七个五年计划", text: "到1990年，居民消费结构继续改善，用于食品消费的比重，由“六五”期间的60%下降到56%。", date: "1986-04-12"}, 56, 0, "%", "=", 1990, "", "=用于食品消费的比重", false},
		// The base's value after 比…年的 is no part of the name.
		{"comparison-base-value", doc{title: "教育发展规划", text: "到2025年，全省在校学生数达到150万人，比2020年的120万人增长25%。", date: "2021-06-01"}, 25, 0, "%", "=", 2025, "", "=在校学生数增长", false},
		// A share of villages reaching a sum: the share is the goal, the sum its bar.
		{"share-reaches-sum", doc{title: "2026年政府工作报告", text: "二、2026年工作安排\n推动60%的村集体经济年收入超过20万元。", date: "2026-01-20"}, 200000, 0, "元", ">", 0, "", "", true},
		{"share-reaches-sum-share", doc{title: "2026年政府工作报告", text: "二、2026年工作安排\n推动60%的村集体经济年收入超过20万元。", date: "2026-01-20"}, 60, 0, "%", "=", 2026, "", "", false},
		// A cap raised to a sum is its new level, not a grant's terms.
		{"cap-raised", doc{title: "2024年政府工作报告", text: "二、2024年工作安排\n职工医保年度最高支付限额统一提高到40万元。", date: "2024-01-20"}, 400000, 0, "元", "=", 2024, "", "最高支付限额", false},
		// A threshold lowered from one sum to another: the new sum.
		{"threshold-lowered", doc{title: "2024年政府工作报告", text: "二、2024年工作安排\n将困难群众大病保险起付线由平均8000元降低到4000元。", date: "2024-01-20"}, 4000, 0, "元", "=", 2024, "", "=困难群众大病保险起付线", false},
		// A condition word inside a share's name (具备…的比例) is no condition.
		{"condition-names-share", doc{title: "科学素质行动规划", text: "到2027年，公民具备科学素质的比例超过15%。", date: "2023-03-01"}, 15, 0, "%", ">", 2027, "", "具备科学素质的比例", false},
		// 提出了…等目标: goals a plan set, not goals met.
		{"proposed-goals", doc{title: "政府工作报告", text: "二、关于节能和环保\n《纲要（草案）》提出了“十二五”期间单位国内生产总值能耗降低16%左右、主要污染物排放总量减少8%等目标。", date: "2011-03-05"}, 16, 0, "%", "~", 2015, "", "^“十二五”期间单位国内生产总值能耗降低", false},
		// 比…年预计 measures from a year's expected figure; nothing is forecast.
		{"forecast-base", doc{title: "关于1981年国民经济计划的报告", text: "明年工业总产值比今年预计增长6%。", date: "1980-08-30"}, 6, 0, "%", "=", 1981, "", "=工业总产值增长", false},
		// A count after 聚焦 and a count of its own names what the work turns to.
		{"focus-after-class", doc{title: "2023年政府工作报告", text: "二、2023年工作安排\n聚焦八大重点产业30个细分领域，开展精准招商。", date: "2023-01-20"}, 30, 0, "个", "=", 0, "", "", true},
		// So does a count that closes a list a focus verb opens.
		{"focus-list", doc{title: "2024年政府工作报告", text: "二、2024年工作安排\n聚焦酱酒、煤矿、化工、建材等4个重点行业，推进数字化改造。", date: "2024-01-20"}, 4, 0, "个", "=", 0, "", "", true},
		{"focus-then-goal-list", doc{title: "2024年政府工作报告", text: "二、2024年工作安排\n围绕产业链新建医院、学校、养老院等5个项目。", date: "2024-01-20"}, 5, 0, "个", "=", 2024, "", "", false},
		// A bounded area before a farm business or after 占地 classes it.
		{"area-class", doc{title: "2023年政府工作报告", text: "二、2023年工作安排\n推动200亩以上适度规模经营。", date: "2023-01-20"}, 200, 0, "亩", ">=", 0, "", "", true},
		{"area-class-lead", doc{title: "2023年政府工作报告", text: "二、2023年工作安排\n将评价范围拓展到占地3亩以上的工业企业。", date: "2023-01-20"}, 3, 0, "亩", ">=", 0, "", "", true},
		// An institute's number is part of its name.
		{"institute-number", doc{title: "2026年政府工作报告", text: "二、2026年工作安排\n加快推进中电科38所等重点项目建设。", date: "2026-01-20"}, 38, 0, "所", "=", 0, "", "", true},
		// 人 running into 民 is a people, not a count.
		{"a-people", doc{title: "政府工作报告", text: "二、2011年工作安排\n凝聚14亿人民的智慧和力量。", date: "2011-03-05"}, 1.4e9, 0, "人", "=", 0, "", "", true},
		// Bonds counted in 只 are an issue's logistics.
		{"bonds-counted", doc{title: "财经早餐", text: "某省计划9月在香港发行3只离岸人民币债券。", date: "2024-08-16"}, 3, 0, "只", "=", 0, "", "", true},
		// 计划 before a verb of farming sets a goal in news; 原本计划 tells what was.
		{"news-plan-sowing", doc{title: "秋冬种进展顺利", text: "今年全省计划种植5000万亩冬小麦，目前已过九成。", date: "2025-11-20"}, 5e7, 0, "亩", "=", 2025, "", "冬小麦", false},
		{"originally-planned", doc{title: "会议临时取消", text: "一场原本计划200人参加的会议临时取消。", date: "2025-11-16"}, 200, 0, "人", "=", 0, "", "", true},
		// A sum that funds what a verb does to a count of things is the goal.
		// A count right after 指标 counts the plan's indicators.
		{"indicators-counted", doc{title: "2026年政府工作报告", text: "二、今后五年的主要目标\n到2030年，规划设置主要指标20项，其中约束性指标8项。", date: "2026-01-20"}, 8, 0, "项", "=", 0, "", "", true},
		// People without a counter before 省外劳动力.
		{"migrant-workers", doc{title: "2025年政府工作报告", text: "二、2025年工作安排\n保持2300万省外劳动力在本省稳定就业。", date: "2025-01-20"}, 2.3e7, 0, "人", "=", 2025, "", "省外劳动力", false},
		// 份 counts copies; a subsidy paid to households is counted.
		{"copies-counted", doc{title: "2025年政府工作报告", text: "二、2025年工作安排\n发布农作物种质资源1000份以上。", date: "2025-01-20"}, 1000, 0, "份", ">=", 2025, "", "农作物种质资源", false},
		{"subsidy-households", doc{title: "2025年政府工作报告", text: "二、2025年工作安排\n发放住房租赁补贴1.6万户。", date: "2025-01-20"}, 16000, 0, "户", "=", 2025, "", "住房租赁补贴", false},
		// Words that end in 比 keep it (同比, 占比); a figure with a Latin
		// letter is no base's value (5G基站增长).
		{"ratio-word-kept", doc{title: "2024年政府工作报告", text: "二、2024年工作安排\n普惠托位占比提高到68%。", date: "2024-01-20"}, 68, 0, "%", "=", 2024, "", "=普惠托位占比", false},
		{"latin-figure-name", doc{title: "2024年政府工作报告", text: "二、2024年工作安排\n5G基站增长20%。", date: "2024-01-20"}, 20, 0, "%", "=", 2024, "", "=5G基站增长", false},
		// Only an institute's number in 所 or 院 is a name.
		{"group-teams-counted", doc{title: "2024年政府工作报告", text: "二、2024年工作安排\n引进中科院20个科研团队。", date: "2024-01-20"}, 20, 0, "个", "=", 2024, "", "科研团队", false},
		// A share of funds spent, then the sum: the sum is spent, a goal.
		{"share-then-sum-spent", doc{title: "2024年政府工作报告", text: "二、2024年工作安排\n安排30%的财政资金20亿元支持乡村振兴。", date: "2024-01-20"}, 2e9, 0, "元", "=", 2024, "", "", false},
		// A grant's share is its terms, not a share's name.
		{"grant-share-terms", doc{title: "2024年政府工作报告", text: "二、2024年工作安排\n给予企业研发补助的比例为30%。", date: "2024-01-20"}, 30, 0, "%", "=", 0, "", "", true},
		// 块 counts fields and rinks; students without a counter are people.
		{"rinks-counted", doc{title: "2026年政府工作报告", text: "二、2026年工作安排\n浇建公益冰场85块。", date: "2026-01-20"}, 85, 0, "块", "=", 2026, "", "公益冰场", false},
		{"students-counted", doc{title: "2025年政府工作报告", text: "二、2025年工作安排\n为200万中小学生开展心理健康测评。", date: "2025-01-20"}, 2e6, 0, "人", "=", 2025, "", "心理健康测评", false},
		// A cap raised from one sum to another: the new sum.
		{"cap-raised-from", doc{title: "2024年政府工作报告", text: "二、2024年工作安排\n创业担保贷款最高额度由20万元提高到30万元。", date: "2024-01-20"}, 300000, 0, "元", "=", 2024, "", "最高额度", false},
		// The base's value after the name is no part of it.
		{"base-value-after-name", doc{title: "2024年政府工作报告", text: "二、2024年工作安排\n到年底，社会消费品零售总额比2023年的1000亿元增长8%。", date: "2024-01-20"}, 8, 0, "%", "=", 2024, "", "=社会消费品零售总额增长", false},
		// A firm that opens an item and announces its own plan sets no policy goal.
		{"firm-bond-issue", doc{title: "陆家嘴财经早餐", text: "6、【债券发行】①江苏银行拟发行100亿元永续资本债；②柳州银行拟发行7亿元永续资本债。", date: "2024-08-20"}, 1e10, 0, "元", "=", 0, "", "", true},
		// A condition word that describes what a count counts is no condition.
		{"condition-describes-counted", doc{title: "2026年政府工作报告", text: "二、2026年工作安排\n培育具备本土产业资源优势的总部企业15家以上。", date: "2026-01-20"}, 15, 0, "家", ">=", 2026, "", "总部企业", false},
		{"funds-counted-work", doc{title: "2023年政府工作报告", text: "二、2023年工作安排\n投入50亿元全力办好10件民生实事。", date: "2023-01-20"}, 5e9, 0, "元", "=", 2023, "", "", false},
		// 目标 after a count is the goal word, not what is counted; the
		// stretch goal after it counts the same.
		{"goal-noun-after-count", doc{text: "到2025年，确保实现全省科技型企业2万家目标，力争达到2.5万家左右。", date: "2021-06-01", region: "山东省"}, 25000, 0, "家", "~", 2025, "山东省", "=科技型企业", false},
		{"goal-noun-after-count-first", doc{text: "到2025年，确保实现全省科技型企业2万家目标，力争达到2.5万家左右。", date: "2021-06-01", region: "山东省"}, 20000, 0, "家", "=", 2025, "山东省", "=科技型企业", false},
		// A past cue that opens the phrase saying which ones are counted
		// (拥有…的) reports nothing.
		{"past-cue-opens-modifier", doc{text: "力争到2025年，培育100家以上拥有核心技术的领军企业。", date: "2021-06-01", region: "山东省"}, 100, 0, "家", ">=", 2025, "山东省", "领军企业", false},
		{"past-cue-after-count", doc{text: "力争到2025年，全省企业达到100家，拥有专利3000件。", date: "2021-06-01", region: "山东省"}, 3000, 0, "件", "=", 0, "", "", true},
		// The numeral of a place's name counts nothing.
		{"numeral-of-place-name", doc{text: "今年将推进三门峡水库周边治理。", date: "2024-03-01"}, 3, 0, "门", "=", 0, "", "", true},
		// A report whose top headings are （一）…: an item heading naming the
		// year's plan in Chinese numerals (计划的安排) sets the year's goals
		// under it, through its short unnumbered lines (第一、关于工业), up
		// to the next item heading.
		{"item-heading-plan-year", doc{title: "1958年政府工作报告", text: "（一）一九五七年的成就\n一九五七年钢产量达到五百万吨。\n（二）一九五八年国民经济计划的安排\n第一、关于工业\n冶金工业建设项目共计七十一个。\n（三）厉行节约\n有的工厂试制了五十台机床。", date: "1958-02-01"}, 71, 0, "个", "=", 1958, "", "冶金工业建设项目", false},
		{"item-heading-plan-ends", doc{title: "1958年政府工作报告", text: "（一）一九五七年的成就\n一九五七年钢产量达到五百万吨。\n（二）一九五八年国民经济计划的安排\n第一、关于工业\n冶金工业建设项目共计七十一个。\n（三）厉行节约\n有的工厂试制了五十台机床。", date: "1958-02-01"}, 50, 0, "台", "=", 0, "", "", true},
		// A short sentence that opens a long paragraph is no heading: its
		// 一年来 does not make the report a review.
		{"short-opening-sentence", doc{title: "1957年政府工作报告", text: "各位代表：\n关于一年来的政府工作，我向大会作报告。这个报告分为三个部分，请予审议。\n一、关于建设\n一九五七年的工业总产值将增长百分之四点五。", date: "1957-06-26"}, 4.5, 0, "%", "=", 1957, "", "工业总产值", false},
		// A draft plan's sum set at a level (拟定为) is a goal with no verb of reaching.
		{"draft-plan-sum", doc{title: "1959年政府工作报告", text: "一九五九年基本建设投资总额，通过国家预算的部分，拟定为二百亿元。", date: "1959-04-18"}, 2e10, 0, "元", "=", 1959, "", "", false},
		// A price raised per quantity (每50公斤) is a standard raised; the
		// first sum of a list (7元和15元) is no class of the next.
		{"price-raise-per-quantity", doc{title: "2012年政府工作报告", text: "二、2012年工作安排\n今年小麦、稻谷最低收购价平均每50公斤分别提高7元和15元。", date: "2012-03-05"}, 7, 0, "元", "=", 2012, "", "收购价", false},
		// The parts of a planned sum after 其中 are planned too.
		{"planned-sum-parts", doc{title: "2012年政府工作报告", text: "二、2012年工作安排\n今年拟安排财政赤字8000亿元，其中中央财政赤字5500亿元，代发地方债2500亿元。", date: "2012-03-05"}, 2.5e11, 0, "元", "=", 2012, "", "代发地方债", false},
		// A report given in December reviews the year it is given in.
		{"december-report-review", doc{title: "景德镇市政府工作报告", text: "——2022年12月21日在市第十六届人民代表大会第三次会议上\n一、2022年工作回顾\n新增省级示范企业43家。\n二、2023年工作安排\n新增省级示范企业50家。", date: "2022-12-21"}, 43, 0, "家", "=", 0, "", "", true},
		// An item after ； that names only a basin goes on with the
		// sentence's subject.
		{"basin-item-keeps-subject", doc{title: "新闻联播", text: "甘肃、吉林举行发布会。\n未来五年，甘肃将打造4个产业集群；加快黄河流域生态保护，在河西走廊建成1000公里林草带。\n未来五年，吉林将布局33项重大工程。吉林将推进振兴。吉林还将扩大开放。", date: "2026-05-07"}, 1000, 0, "公里", "=", 2030, "甘肃省", "", false},
		// A report that presents a five-year plan looks forward to its end
		// throughout.
		{"report-presents-plan", doc{title: "1982年政府工作报告", text: "各位代表：\n现在，我代表国务院，作关于国民经济和社会发展第六个五年计划的报告，请大会审议。\n二、关于基本建设\n交通运输建设，五年投资三百亿元。五年内全国新建铁路铺轨二千公里，建成复线一千七百公里。", date: "1982-12-10"}, 1700, 0, "公里", "=", 1985, "", "复线", false},
		// In a section of the year's goals, 比上年 is the planned year's base.
		{"goal-section-last-year-base", doc{title: "2025年政府工作报告", text: "二、2025年工作安排\n地区生产总值比上年增长6%左右，达到5000亿元。", date: "2025-01-20"}, 6, 0, "%", "~", 2025, "", "=地区生产总值增长", false},
		// A clause that only sets a sum takes the name of the change before
		// it, whose figure is written in Chinese numerals too.
		{"sum-after-numeral-growth", doc{title: "1957年政府工作报告", text: "各位代表：\n第一个五年计划即将完成，五年计划的各项指标大体实现，五年来成绩巨大，今后五年任务繁重。\n一九五七年的工业总产值将增长百分之四点五，达到六百零三亿元。农业总产值将增长百分之四点九。", date: "1957-06-26"}, 6.03e10, 0, "元", "=", 1957, "", "=工业总产值", false},
		// ... but an item naming an economic region other than a basin has
		// a subject of its own.
		{"economic-item-own-subject", doc{title: "2025年政府工作报告", text: "二、2025年工作安排\n四川今年新建水库5座；长江经济带沿线11省市新增造林1000万亩。", date: "2025-01-20"}, 1e7, 0, "亩", "=", 2025, "", "", false},
		// A sum of a list whose counts follow classes them.
		{"sums-class-counts", doc{title: "2025年政府工作报告", text: "二、2025年工作安排\n投资5000万元和1亿元以上项目分别达到100个和50个。", date: "2025-01-20"}, 5e7, 0, "元", "=", 0, "", "", true},
		// This year's fund named right before its sum is planned.
		{"this-year-fund", doc{title: "2025年政府工作报告", text: "二、2025年工作安排\n今年省级用于乡村振兴的专项资金50亿元。", date: "2025-01-20"}, 5e9, 0, "元", "=", 2025, "", "专项资金", false},
		{"this-year-fund-no-section", doc{title: "2008年政府工作报告", text: "今年要采取四项措施。今年中央用于廉租住房制度建设的资金68亿元，比去年增加17亿元。", date: "2008-03-05"}, 6.8e9, 0, "元", "=", 2008, "", "资金", false},
		// A national guide that says 全市 in passing and names cities of a
		// province once each, as examples, speaks for no province.
		{"example-cities-no-province", doc{text: "此外，广州市、深圳市、常州市等地已开展试点。" + strings.Repeat("整合全市社区服务资源，推进社区服务体系建设。", 60) + "到2020年，50%以上的社区实现标准化建设。", date: "2014-05-01"}, 50, 0, "%", ">=", 2020, "", "社区", false},
	}
	for _, tc := range tests {
		t.Run(tc.row, func(t *testing.T) {
			r := run(t, tc.d)
			tg := target(r, tc.value, tc.unit)
			if tc.wantMissing {
				if tg != nil {
					t.Fatalf("%s: %+v is not a goal", tc.row, *tg)
				}
				return
			}
			if tg == nil {
				t.Fatalf("%s: no target %g %s in %q; got %+v", tc.row, tc.value, tc.unit, tc.d.text, r.Targets)
			}
			if tg.Qualifier != tc.qual {
				t.Errorf("%s: qualifier %s, want %s", tc.row, tg.Qualifier, tc.qual)
			}
			if tc.max != 0 && (tg.ValueMax == nil || *tg.ValueMax != tc.max) {
				t.Errorf("%s: value_max %v, want %g", tc.row, tg.ValueMax, tc.max)
			}
			if got := yearOf(tg); got != tc.year {
				t.Errorf("%s: year %d, want %d", tc.row, got, tc.year)
			}
			if got := regionOf(tg); got != tc.region {
				t.Errorf("%s: region %q, want %q", tc.row, got, tc.region)
			}
			if exact, ok := strings.CutPrefix(tc.metricHas, "="); ok {
				if tg.Metric != exact {
					t.Errorf("%s: metric %q, want %q", tc.row, tg.Metric, exact)
				}
			} else if want, ok := strings.CutPrefix(tc.metricHas, "^"); ok && !strings.HasPrefix(tg.Metric, want) || !ok && !strings.Contains(tg.Metric, tc.metricHas) {
				t.Errorf("%s: metric %q, want it to contain %q", tc.row, tg.Metric, tc.metricHas)
			}
		})
	}
}

// TestEachGoal: a list of names before 各 and a value gives every name
// that value, each with its own metric.
func TestEachGoal(t *testing.T) {
	tests := []struct {
		row     string
		text    string
		value   float64
		unit    string
		metrics []string
	}{
		{"keep-verb", "新增科技型中小企业、高新技术企业各300家。", 300, "家", []string{"新增科技型中小企业", "新增高新技术企业"}},
		{"own-verbs", "新改建高标准农田、新增耕地各2万亩以上。", 20000, "亩", []string{"新改建高标准农田", "新增耕地"}},
		{"shared-noun", "开工、投产新能源项目各800万千瓦以上。", 8e6, "千瓦", []string{"开工新能源项目", "投产新能源项目"}},
		{"levels", "培育省级、国家级专精特新企业各50家。", 50, "家", []string{"省级专精特新企业", "国家级专精特新企业"}},
		{"whole-names", "选育标杆农民合作社、家庭农场各1000个。", 1000, "个", []string{"选育标杆农民合作社", "家庭农场"}},
		// What the names share is not known: one goal, its metric whole.
		{"unknown-share", "建设乡镇、中心村卫生室各10个。", 10, "个", []string{"乡镇、中心村卫生室"}},
		{"tail-shared", "规上工业企业、高新技术企业研发机构覆盖率各达到60%。", 60, "%", []string{"规上工业企业、高新技术企业研发机构覆盖率"}},
	}
	for _, tc := range tests {
		t.Run(tc.row, func(t *testing.T) {
			r := run(t, doc{title: "2024年政府工作报告", text: "二、2024年工作安排\n" + tc.text, date: "2024-01-20"})
			var got []string
			for _, tg := range r.Targets {
				if tg.Value == tc.value && tg.Unit == tc.unit {
					got = append(got, tg.Metric)
				}
			}
			if !slices.Equal(got, tc.metrics) {
				t.Errorf("%s: metrics %q, want %q", tc.row, got, tc.metrics)
			}
		})
	}
}

// TestRestatedGoal: a report's explanation of a goal it listed
// (提出…目标, 目标定在…) sets no second goal; stated only there, it is the
// goal.
func TestRestatedGoal(t *testing.T) {
	tests := []struct {
		row  string
		text string
		want int // targets of 8 %
	}{
		{"listed-then-explained", "今年发展的主要预期目标是：国内生产总值增长8%左右。\n提出8%左右的国内生产总值增长目标，是兼顾需要与可能作出的安排。", 1},
		{"explained-only", "提出8%左右的国内生产总值增长目标，是兼顾需要与可能作出的安排。", 1},
		{"earlier-goal-without-a-measure", "今年力争达到8%左右。提出居民收入增长8%左右的目标，是兼顾需要与可能的安排。", 2},
		{"same-value-other-measure", "今年发展的主要预期目标是：城镇调查失业率8%左右。\n提出居民消费价格涨幅8%左右的目标，是兼顾需要与可能作出的安排。", 2},
		{"two-goals-of-one-value", "今年经济社会发展的主要预期目标是：国内生产总值增长8%左右，进出口总额增长8%左右。", 2},
	}
	for _, tc := range tests {
		t.Run(tc.row, func(t *testing.T) {
			r := run(t, doc{title: "政府工作报告", text: "二、2009年工作总体部署\n" + tc.text, date: "2009-03-05"})
			n := 0
			for _, tg := range r.Targets {
				if tg.Value == 8 && tg.Unit == "%" {
					n++
				}
			}
			if n != tc.want {
				t.Errorf("%s: %d targets of 8%%, want %d: %+v", tc.row, n, tc.want, r.Targets)
			}
		})
	}
}

// TestSameGoalTwoPlaces: a goal stated twice for one place is one target;
// the same goal set for two places (a plan's paragraphs, each closed by the
// note of the city responsible) is two.
func TestSameGoalTwoPlaces(t *testing.T) {
	tests := []struct {
		row  string
		body string
		want []string // regions of the targets of 2 场
	}{
		{"two-cities", "（一）智造高地\n每年举办供需对接活动不少于2场。(青岛市工业和信息化局负责)\n（二）港航枢纽\n每年举办供需对接活动不少于2场。(烟台市工业和信息化局负责)", []string{"烟台市", "青岛市"}},
		{"one-city-twice", "（一）智造高地\n每年举办供需对接活动不少于2场。(青岛市工业和信息化局负责)\n（二）港航枢纽\n每年举办供需对接活动不少于2场。(青岛市工业和信息化局负责)", []string{"青岛市"}},
	}
	for _, tc := range tests {
		t.Run(tc.row, func(t *testing.T) {
			r := run(t, doc{title: "山东省场景创新行动计划", text: "为做大做强优势产业，结合山东实际，制定本行动计划。\n" + tc.body, date: "2024-10-01", region: "山东省"})
			var got []string
			for _, tg := range r.Targets {
				if tg.Value == 2 && tg.Unit == "场" {
					got = append(got, regionOf(&tg))
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("%s: targets of 2场 in %v, want %v: %+v", tc.row, got, tc.want, r.Targets)
			}
		})
	}
}

// TestTargetPlan: the plan a target belongs to — the one its sentence
// names, else the document's only plan when the document is about it.
func TestTargetPlan(t *testing.T) {
	tests := []struct {
		row  string
		d    doc
		plan string // "" = none
	}{
		{"named-in-the-lead", doc{text: "近日，某省印发《某省数字经济行动计划》。\n到2025年，全省数字经济核心产业增加值达到8000亿元。"}, "某省数字经济行动计划"},
		// 为贯彻落实《…规划》，制定本行动方案: a plan of its own that carries the cited one out.
		{"carried-out-by-this-plan", doc{text: "为贯彻落实《数字某省发展规划（2018-2022年）》，制定本行动方案。\n一、打造数字政府\n到2025年，全省数字经济核心产业增加值达到8000亿元。"}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.row, func(t *testing.T) {
			r := run(t, tc.d)
			if len(r.Targets) == 0 {
				t.Fatalf("no target in %q", tc.d.text)
			}
			if got := r.Targets[0].Plan; got != tc.plan {
				t.Errorf("plan %q, want %q", got, tc.plan)
			}
		})
	}
}

func yearOf(t *graph.TargetItem) int {
	if t.Year == nil {
		return 0
	}
	return *t.Year
}

func regionOf(t *graph.TargetItem) string {
	if t.Region == nil {
		return ""
	}
	return *t.Region
}

// G rows: regions, canonical forms, context and ambiguity.
func TestRegions(t *testing.T) {
	tests := []struct {
		row       string
		d         doc
		want, not []string
		ambiguous string // a mention that must be reported ambiguous
	}{
		{"G1", doc{text: "深圳和山东联合举办展会。"}, []string{"深圳市", "山东省"}, nil, ""},
		// Ends of routes in another province: a list of routes closed by
		// their count (2条高速公路) as by 等, and a note in brackets after
		// the first end (（赣鄂界）).
		{"route-list-count-and-note", doc{title: "广东省2025年政府工作报告", text: "我代表省人民政府向大会报告工作。新增南雄至信丰、龙川至寻乌2条高速公路出省通道。推动通城（赣鄂界）至铜鼓高速公路前期工作。", date: "2025-01-20"}, []string{"广东省", "信丰县", "寻乌县", "通城县", "铜鼓县"}, nil, ""},
		{"route-list-runs-into-word", doc{title: "广东省2024年政府工作报告", text: "我代表省人民政府向大会报告工作。建成深中通道和信丰至南雄、龙川至寻乌高速公路。", date: "2024-01-20"}, []string{"广东省", "信丰县", "寻乌县"}, nil, ""},
		// Names of sites and fixed terms that hold a division's name
		// (region_blockers): the caves, the academy, the land bridge.
		// 大同盟 is an alliance, not 大同.
		// Macao's own texts name it 本澳; 全澳洲, 全澳 and 日本澳大利亚 are
		// Australia's (news of Australia writes 全澳 too).
		{"macao-self-names", doc{text: "本澳居民就业优先，学生参加活动。"}, []string{"澳门特别行政区"}, nil, ""},
		{"australia-not-macao", doc{text: "全澳洲的大学公布排名，全澳失业率升至4.1%，日本澳大利亚两国签署协议。"}, nil, []string{"澳门特别行政区"}, ""},
		{"alliance-not-datong", doc{text: "北京学生联合会、爱国运动大同盟等团体举行集会。"}, []string{"北京市"}, []string{"大同市"}, ""},
		{"blocked-site-names", doc{title: "2026年政府工作报告", text: "我代表省人民政府向大会报告工作。大同市做优云冈石窟旅游品牌，加强云冈学研究；广州市保护黄埔军校旧址；连云港市建设第三亚欧大陆桥枢纽。", date: "2026-01-20"}, []string{"大同市", "广州市", "连云港市"}, []string{"云冈区", "黄埔区", "三亚市"}, ""},
		// A county's short name before 湾 names the bay; a county's full
		// name opening a list wins over the word that ends inside it (动武).
		{"bay-not-county", doc{text: "推动小清河与莱州湾港口河海联运，加强东平湖与小清河联通。", region: "山东省"}, nil, []string{"莱州市", "东平县"}, ""},
		{"full-name-after-overlap", doc{text: "推动武昌区、洪山区加快转型。沿海城市、亲水景区旅游热度增长。", region: "武汉市"}, []string{"武昌区", "洪山区"}, []string{"海城市"}, ""},
		// A county's seat names the county when its short name names counties only.
		{"county-seat", doc{text: "推动德钦县城避险搬迁建设。", region: "云南省"}, []string{"德钦县"}, nil, ""},
		// The places a city is paired with to help are named bare.
		{"paired-assistance-counties", doc{text: "深化东西部协作黔东南、对口支援墨脱和伽师、对口合作双鸭山和郴州。", region: "佛山市"}, []string{"黔东南苗族侗族自治州", "墨脱县", "伽师县", "双鸭山市", "郴州市"}, nil, ""},
		{"paired-assistance-cooperation", doc{text: "做好全国东西部协作和对口支援合作、援疆合作。", region: "南京市"}, nil, []string{"合作市"}, ""},
		{"paired-assistance-no-list", doc{text: "做好对口支援工作，和平发展成效明显。", region: "佛山市"}, nil, []string{"和平区", "和平县"}, ""},
		// A river's reservoir (黑河金井水库) and a pagoda (小雁塔) are no places.
		{"river-reservoir-pagoda", doc{text: "加快黑河金井水库项目论证。推进小雁塔世界遗产保护片区建设。雁塔区新建学校3所。", region: "西安市"}, []string{"雁塔区"}, []string{"黑河市"}, ""},
		{"words-naming-no-place", doc{text: "甘肃省政府工作报告\n榆中山洪泥石流抢险救援高效有力。前进道路不可能一马平川。泗洪县入选全国县域旅游发展潜力百佳县。支持皂河龙运城景区发展。"}, []string{"甘肃省", "泗洪县"}, []string{"中山市", "平川区", "佳县", "运城市"}, ""},
		{"pagoda-alone", doc{text: "推进大雁塔、小雁塔周边提升。", region: "西安市"}, nil, []string{"雁塔区"}, ""},
		{"designated-county-bare", doc{text: "甘肃省2025年政府工作报告\n完成盐碱耕地治理6.3万亩，景泰被列为国家级盐碱地综合利用试点。", region: "甘肃省"}, []string{"景泰县"}, nil, ""},
		{"designation-needs-clause-start", doc{text: "甘肃省2025年政府工作报告\n明代景泰被列为年号。", region: "甘肃省"}, nil, []string{"景泰县"}, ""},
		{"xiongan-short", doc{text: "北京社保经办业务将在雄安一网通办。"}, []string{"雄安新区"}, nil, ""},
		{"province-delivers-bare-title", doc{title: "政府工作报告", text: "各位代表：\n现在，我代表省人民政府，向大会报告工作。\n一、2025年工作回顾\n河南经济稳中向好，河南人民生活改善，河南开放水平提升，河南粮食丰收。\n二、2026年工作安排\n支持巩义、永城、林州等10个有条件的县（市）发展成为中等城市。", date: "2026-01-25"}, []string{"河南省", "永城市", "林州市"}, nil, ""},
		{"city-delivers-bare-title", doc{title: "政府工作报告", text: "各位代表：\n现在，我代表市人民政府，向大会报告工作。\n一、2025年工作回顾\n河南经济稳中向好，河南人民生活改善，河南开放水平提升，河南粮食丰收。\n二、2026年工作安排\n支持巩义、永城、林州等10个有条件的县（市）发展成为中等城市。", date: "2026-01-25"}, nil, []string{"永城市", "林州市"}, ""},
		{"xiongan-not-in-hero", doc{text: "各界群众为烈士英雄安放花篮。"}, nil, []string{"雄安新区"}, ""},
		{"river-stretch", doc{text: "广西壮族自治区2026年政府工作报告\n柳江柳州市段获评全国生态保护典型案例。振兴县中，振兴县域经济。", region: "广西壮族自治区"}, []string{"柳州市"}, []string{"柳江区", "兴县"}, ""},
		{"home-river-named", doc{text: "贵阳市2024年政府工作报告\n南明河入选美丽河湖优秀案例。蓝天白云成为幸福底色。", region: "贵阳市"}, nil, []string{"南明区", "白云区"}, ""},
		{"home-river-sides", doc{text: "贵阳市2025年政府工作报告\n提升南明河两侧环境，改善南明河水环境。", region: "贵阳市"}, nil, []string{"南明区"}, ""},
		{"route-stretch-names-city", doc{text: "江苏省2026年政府工作报告\n加快沪宁高速镇江丹阳市段改扩建工程。", region: "江苏省"}, []string{"镇江市", "丹阳市"}, nil, ""},
		{"sea-blue-idiom", doc{text: "一幅山青海蓝、天青海蓝的画卷。青海蓝天保卫战取得成效。"}, []string{"青海省"}, nil, ""},
		{"home-districts-before-water-words", doc{text: "南京市2025年政府工作报告\n推动江宁江北联动发展，支持浦口江北新区建设。", region: "南京市"}, []string{"江宁区", "浦口区", "南京江北新区"}, nil, ""},
		{"designation-not-police", doc{text: "湖北省2025年政府工作报告\n公安入选全国示范单位。", region: "湖北省"}, nil, []string{"公安县"}, ""},
		{"designation-not-generic", doc{text: "山西省2025年政府工作报告\n城区入选全国首批城市更新示范。", region: "山西省"}, nil, []string{"城区"}, ""},
		{"designated-sea-blue", doc{text: "一幅岱青海蓝、山清水秀的画卷徐徐展开。", region: "山东省"}, nil, []string{"青海省"}, ""},
		// 元宝山电厂 names 元宝山 (赤峰市), not 元宝 of the 丹东 beside it.
		// A stop name (白银 is also silver) closing a list of places is one.
		// Routes listed before one 等高速 share it: each end is a place.
		{"route-list-shared-head", doc{title: "2025年四川省政府工作报告", text: "二、2025年重点工作\n开江至梁平、乐山至马边等高速建成通车。"}, []string{"梁平区", "马边彝族自治县"}, nil, ""},
		// A list of places closed by 等地 that names places found makes each item one.
		{"place-list-among-places", doc{title: "2025年四川省政府工作报告", text: "在潼南、长寿、凉山、攀枝花等地建设氢能基地。"}, []string{"潼南区", "长寿区", "凉山彝族自治州"}, nil, ""},
		// 巢湖 beside 太湖 and 滇池 is the lake.
		{"lake-not-city", doc{title: "政府工作报告", text: "加强淮河、海河、辽河和太湖巢湖滇池治理。"}, nil, []string{"巢湖市"}, ""},
		// An idiom that a district's name opens names no district.
		{"scenic-idiom", doc{title: "2025年海南省政府工作报告", text: "三亚旅游持续升温，“天涯海角”获评国家级景区。"}, []string{"三亚市"}, []string{"天涯区"}, ""},
		// A short name in the title of a work (a drama) names no place; a
		// declaration's or a plan's title does.
		{"work-title", doc{text: "电视剧《我的阿勒泰》获最佳中国电视剧奖。"}, nil, []string{"阿勒泰地区"}, ""},
		{"declaration-title", doc{text: "会议发表《合肥聚变宣言》。"}, []string{"合肥市"}, nil, ""},
		// An item of a list closed by 等地区 must open with the name.
		{"place-list-inside-word", doc{text: "加快准噶尔、鄂尔多斯、柴达木、四川盆地等地区的油气资源开发。"}, nil, []string{"噶尔县"}, ""},
		{"weather-parts", doc{text: "陕西东部和南部、山西西部等地出现中到大雨。"}, nil, []string{"南部县"}, ""},
		// A province opening a firm's name in a list of firms is the firm's.
		{"province-in-firm-list", doc{title: "2026年克孜勒苏柯尔克孜自治州政府工作报告", text: "引进泰昆食品、宁夏西鸽等企业落户克州。"}, nil, []string{"宁夏回族自治区"}, ""},
		{"map-title", doc{text: "发布《海南自由贸易港产业地图》。"}, []string{"海南省"}, nil, ""},
		{"region-runs-into-word", doc{title: "2025年重庆市政府工作报告", text: "推动双核联动联建和成渝中部崛起。"}, nil, []string{"渝中区"}, ""},
		// 公安 of the police and 台 before 中型 name no county or city.
		{"police-not-county", doc{title: "2023年博尔塔拉蒙古自治州政府工作报告", text: "向驻博部队、武警官兵、公安干警致以崇高的敬意。大库斯台中型灌区改造工程建成投用。"}, nil, []string{"公安县", "台中市"}, ""},
		{"place-list-tail", doc{title: "兰州市政府工作报告", text: "甘肃省兰州市发展。甘肃要强省会。甘肃全省支持。与白银等市州签订合作协议。获得真金白银支持。"}, []string{"甘肃省", "兰州市", "白银市"}, []string{"白银区"}, ""},
		// Numbered streets and a district's common-word name in a sentence
		// that names its city.
		{"numbered-street", doc{title: "银川市政府工作报告", text: "银川市发展。完成金凤五路道路工程。"}, []string{"银川市"}, []string{"金凤区"}, ""},
		{"city-goes-up-the-road", doc{text: "今年无人驾驶汽车将在北京上路测试。"}, []string{"北京市"}, nil, ""},
		{"common-word-district", doc{title: "郑州市政府工作报告", text: "郑州市发展。加快曙光郑州先进计算研究所、中原算力谷等项目建设。"}, []string{"郑州市"}, []string{"中原区"}, ""},
		{"county-named-mountain", doc{title: "宁夏回族自治区政府工作报告", text: "宁夏回族自治区发展。推进贺兰山生态保护修复。推进大通山洪灾后重建。"}, []string{"宁夏回族自治区"}, []string{"贺兰县"}, ""},
		{"longer-name-first", doc{text: "优先考虑营口电厂二期、丹东电厂二期和元宝山电厂二期等项目。"}, []string{"营口市", "丹东市"}, []string{"元宝区"}, ""},
		{"abbreviations-set-apart", doc{title: "通化市政府工作报告", text: "通化市发展。京、沪、粤、津等地客商来通投资。建设川、滇、黔交界地区。"}, []string{"北京市", "上海市", "广东省", "天津市", "四川省", "云南省", "贵州省"}, nil, ""},
		{"informal-inner-mongolia", doc{title: "酒泉市政府工作报告", text: "酒泉市发展。推进内蒙至肃州至青海公路建设。"}, []string{"内蒙古自治区", "青海省"}, nil, ""},
		{"river-banks-and-sections", doc{title: "酒泉市政府工作报告", text: "酒泉市发展。横隔在滨河南岸上的公路段家属院拆除完毕。海巡船沿运河北上。加快京台南段智慧高速项目建设。"}, []string{"酒泉市"}, []string{"河南省", "河北省", "台南市"}, ""},
		// A name straddling two words: 滨海城市 (滨海 and 城市), 荒凉山区,
		// 县级市和县 (the words 县级市 and 市和县 chained).
		{"names-across-words", doc{text: "打造世界级滨海城市新名片，胡塞武装打击红海城市埃拉特。奔赴晋西北荒凉山区扶贫。开通一一○的县级市和县也已有一千三百六十八个。"}, nil, []string{"海城市", "凉山彝族自治州", "和县"}, ""},
		{"names-across-words-kept", doc{text: "山西省运城市盐湖区全面推进改革。辽宁海城市发展。四川凉山州发展。安徽和县发展。"}, []string{"运城市", "海城市", "凉山彝族自治州", "和县"}, nil, ""},
		{"community-name", doc{text: "基层社会工作服务站数量已超3万个。这两天，西安四季长安社区的居民们坐在楼下跟社区干部聊天。"}, []string{"西安市"}, []string{"长安区"}, ""},
		// A short name right after a county and before 村 or 镇 is the
		// county's village or town, and so is the same name later; a bare
		// name of a place right after another province's runs into a name.
		{"county-village-and-town", doc{text: "8月18日，山西左权县河南村煤矿发生瓦斯爆炸事故。河南村党支部书记被撤职，左权县辽阳镇镇长被免职。"}, []string{"山西省", "左权县"}, []string{"河南省", "辽阳市"}, ""},
		{"province-village-alone", doc{text: "河南加快乡村振兴，江苏乡村旅游火热。"}, []string{"河南省", "江苏省"}, nil, ""},
		{"mountain-foot-and-river-bank", doc{title: "银川市政府工作报告", text: "打造贺兰山东麓葡萄酒产业带。湘江西岸重点依托岳麓山大学科技城。建成投运城市运行管理服务平台。"}, []string{"银川市"}, []string{"山东省", "江西省", "运城市"}, ""},
		// A province's report names its counties bare before a park's word
		// and at the start of a road whose other end is no region.
		// Dropping a place after a county must not touch the first pass's
		// mentions (a nil mention crashed the title check).
		{"county-place-after-many-mentions", doc{title: "水利建设进展", text: "山西省推进水利建设。山西省发展。山西省加快。左权县马鞍山水库竣工验收。"}, []string{"山西省", "左权县"}, []string{"马鞍山市"}, ""},
		{"province-report-parks-and-roads", doc{title: "陕西省政府工作报告", text: "陕西省发展。富平园区产值超过200亿元。岚皋至陕渝界等4条高速公路建成通车。"}, []string{"陕西省", "富平县", "岚皋县"}, nil, ""},
		{"places-of-a-county-and-a-river-valley", doc{title: "玉溪市政府工作报告", text: "华宁小箐、新平马鞍山水库竣工验收。打造绿汁江-红河谷生态绿廊。"}, []string{"玉溪市", "华宁县", "新平彝族傣族自治县"}, []string{"马鞍山市", "鞍山市", "红河哈尼族彝族自治州"}, ""},
		{"name-after-another-province", doc{text: "支持海南自贸港、上海东方枢纽国际商务合作区等制度型开放新高地创新发展。"}, []string{"海南省", "上海市"}, []string{"东方市"}, ""},
		{"city-beside-its-province", doc{text: "海南东方市加快建设临港产业园。"}, []string{"海南省", "东方市"}, nil, ""},
		{"listed-company-names", doc{title: "新北洋：预计2026年半年度净利润同比增长34%-56%", text: "【新北洋：预计2026年半年度净利润同比增长34%-56%】财联社7月9日电，新北洋(002376.SZ)公告称，预计净利润增长。上海电力(600021.SH)公告称，高管拟减持。"}, nil, []string{"新北市", "上海市"}, ""},
		{"words-holding-places", doc{title: "钦州市政府工作报告", text: "钦州市发展。出席上海合作组织峰会。让基层干部从文山会海中解脱出来。抓好赣江源区生态综合治理。港口货物吞吐量超300万吨。建成横县至钦州港高速公路。"}, []string{"钦州市", "横州市"}, []string{"上海市", "文山壮族苗族自治州", "江源区", "港口区"}, ""},
		{"common-word-port", doc{title: "广西壮族自治区政府工作报告", text: "广西壮族自治区发展。防城港市加快建设。北部湾港口货物吞吐量超3亿吨，港口群一体化运营。"}, []string{"广西壮族自治区", "防城港市"}, []string{"港口区"}, ""},
		{"county-thrive-slogans", doc{title: "河北省政府工作报告", text: "河北省发展。突出抓好县域经济，打造立县兴县特色产业集群。坚持产业兴县、兴县富民。山西兴县客商来冀投资。"}, []string{"河北省", "山西省", "兴县"}, nil, ""},
		// An autonomous county's short form with its unit (保亭县, 本溪县,
		// 民和县) names it without its parent beside it.
		{"county-short-form-with-unit", doc{title: "三亚市政府工作报告", text: "三亚市发展。与保亭县联合建立水库治理联席会议。本溪县获批国家生态文明建设示范区。搜救主要集中在民和县中川乡。"}, []string{"三亚市", "保亭黎族苗族自治县", "本溪满族自治县", "民和回族土族自治县"}, []string{"本溪市", "和县"}, ""},
		// The people are no county or banner; a unit that begins a word
		// (县域) leaves the shorter name; a city's own report keeps 吉林
		// its city though it names 吉林省; a common name in a list of the
		// city's counties is one of them.
		{"nationality-people", doc{title: "内蒙古自治区政府工作报告", text: "内蒙古自治区发展。扶持鄂伦春族、鄂温克族发展。保安族、东乡族、撒拉族是特有民族。"}, []string{"内蒙古自治区"}, []string{"鄂伦春自治旗", "鄂温克族自治旗", "东乡族自治县"}, ""},
		{"county-unit-begins-word", doc{text: "河南县域经济总量持续扩大。开通绿色通道县级医院。"}, []string{"河南省"}, []string{"河南蒙古族自治县", "通道侗族自治县"}, ""},
		{"city-report-names-province", doc{title: "吉林市政府工作报告", text: "争当吉林省全面振兴排头兵。吉林市政府加快建设吉林经开区。"}, []string{"吉林市", "吉林省"}, nil, ""},
		{"common-name-listed-with-siblings", doc{title: "齐齐哈尔市政府工作报告", text: "齐齐哈尔市发展。支持龙江、甘南、依安发展肉牛产业。"}, []string{"齐齐哈尔市", "龙江县", "依安县"}, nil, ""},
		{"county-rich-slogans", doc{title: "南宁市政府工作报告", text: "南宁市发展。培育农业强县、工业大县、旅游名县、商贸富县，打造全国百强县。"}, []string{"南宁市"}, []string{"富县"}, ""},
		{"county-thrive-slogans-alone", doc{title: "河北省政府工作报告", text: "河北省发展。打造立县兴县特色产业集群。坚持产业兴县、兴县富民。"}, []string{"河北省"}, []string{"兴县"}, ""},
		{"pair-before-a-list", doc{title: "张家口市政府工作报告", text: "张家口市发展。积极对接京津、冀中南地区产业转移。京、沪两地客商来张投资。"}, []string{"北京市", "天津市", "上海市"}, nil, ""},
		{"words-across-names", doc{title: "武汉市政府工作报告", text: "武汉市发展。努力使“云在蓝天水在城”的美丽江城更加生机盎然！建设美丽江西。"}, []string{"武汉市", "江西省"}, []string{"天水市", "丽江市"}, ""},
		{"province-report-bare-cities", doc{title: "青海省政府工作报告", text: "青海省发展。实现格尔木通动车，加快格尔木国际陆港建设。完成科尔沁沙地歼灭战。"}, []string{"青海省", "格尔木市"}, []string{"科尔沁区"}, ""},
		// A county of two characters is named bare in its province's
		// report when its name is no everyday word and no word runs out of
		// it: 上杭 and 长汀, not 延长 (Shaanxi's county) nor 固安 in 固安全.
		{"province-report-bare-two-character-counties", doc{title: "福建省政府工作报告", text: "福建省发展。上杭成为全国百强县中唯一的原中央苏区县。“长汀经验”成为世界生态修复典型。"}, []string{"福建省", "上杭县", "长汀县"}, nil, ""},
		{"province-report-bare-everyday-words", doc{title: "陕西省政府工作报告", text: "陕西省发展。延长产业链条。在发展中固安全。"}, []string{"陕西省"}, []string{"延长县"}, ""},
		{"province-report-bare-overlapped", doc{title: "河北省政府工作报告", text: "河北省发展。要统筹发展与安全，在发展中固安全。"}, []string{"河北省"}, []string{"固安县"}, ""},
		{"municipality-district-overlapped", doc{title: "重庆市政府工作报告", text: "重庆市发展。加快建设成渝中线高铁。推动綦江、万盛一体化发展。"}, []string{"重庆市", "綦江区"}, []string{"渝中区"}, ""},
		{"inside-the-state-name", doc{text: "在海南博鳌乐城先行区暂时调整实施《中华人民共和国药品管理法实施条例》。支持海南省发展。"}, []string{"海南省"}, []string{"共和县", "海南藏族自治州"}, ""},
		{"foreign-oblast", doc{text: "俄军还在与库尔斯克州相邻的苏梅州打击乌军阵地。"}, nil, []string{"梅州市"}, ""},
		{"foreign-city", doc{text: "第19届世界水资源大会在摩洛哥马拉喀什开幕。巴尔喀什湖水位下降。"}, nil, []string{"喀什地区"}, ""},
		// A part of the country or of a province before 山区 is a mountain
		// area, not 南山区 or 东山区; a province or city still wins.
		{"region-part-mountains", doc{text: "浙西南山区逐渐放晴。粤东山区、鲁西山区和皖南山区降雨。广西南宁山区县城。"}, []string{"广西壮族自治区", "南宁市"}, []string{"南山区", "东山区", "西山区"}, ""},
		{"foreign-state-su", doc{text: "联邦执法人员会继续在明尼苏达州明尼阿波利斯等地进行执法。"}, nil, []string{"达州市"}, ""},
		{"county-word-before-bracketed-level", doc{text: "重点查处经济管理部门和县（处）级以上干部的违纪案件。安徽和县（马鞍山市）加快发展。"}, []string{"和县"}, nil, ""},
		{"county-word-before-bracketed-level-alone", doc{text: "重点查处经济管理部门和县（处）级以上干部的违纪案件。"}, nil, []string{"和县"}, ""},
		{"npc-with", doc{text: "全国人大同各国议会加强交流合作。"}, nil, []string{"大同市"}, ""},
		{"foreign-state-nevada", doc{text: "一架小型飞机在美国内华达州沙漠坠毁。"}, nil, []string{"达州市"}, ""},
		{"provinces-parts-listed", doc{text: "未来三天，内蒙古东部、吉林西部、辽宁西部等地有中到大雨。"}, []string{"内蒙古自治区", "吉林省", "辽宁省"}, nil, ""},
		{"province-part-alone-stays-ambiguous", doc{text: "吉林西部有大雨。"}, nil, []string{"吉林省", "吉林市"}, "吉林"},
		{"species-name", doc{text: "朱鹮、野生攀枝花苏铁等珍稀濒危物种数量稳步增长。"}, nil, []string{"攀枝花市"}, ""},
		{"common-word-hibiscus", doc{title: "湖南省政府工作报告", text: "湖南省发展。持续推动企业上市“金芙蓉”跃升行动，芙蓉实验室全面建设。"}, []string{"湖南省"}, []string{"芙蓉区"}, ""},
		{"common-word-after-province", doc{text: "深入落实关于东北、辽宁振兴发展的重要讲话精神。新疆天山南北进入转场高峰期。"}, []string{"辽宁省", "新疆维吾尔自治区"}, []string{"振兴区", "天山区"}, ""},
		{"bridge-named-for-a-place", doc{title: "沈阳市政府工作报告", text: "沈阳市加快建设。南京桥改建工程提前完工。"}, []string{"沈阳市"}, []string{"南京市"}, ""},
		{"words-around-taichung", doc{title: "西宁市政府工作报告", text: "西宁市建成虎台中学分校。出台中小企业集群扶持政策。"}, []string{"西宁市"}, []string{"台中市"}, ""},
		{"intercity-line", doc{text: "嘉兴市加快建设通苏嘉甬高铁、沪平盐城际铁路和芳白城际。"}, []string{"嘉兴市"}, []string{"盐城市", "白城市"}, ""},
		{"intercity-line-yi", doc{title: "2026年武汉市政府工作报告", text: "支持襄阳、宜昌加快发展。开展汉襄宜城际低空货运航线试点。", date: "2026-01-20"}, []string{"襄阳市", "宜昌市"}, []string{"宜城市"}, ""},
		{"common-word-central-plains", doc{title: "河南省政府工作报告", text: "河南省发展。郑州都市圈加快建设。完成中原银行吸收合并，中原农谷加快建设。"}, []string{"河南省"}, []string{"中原区"}, ""},
		{"common-word-green-hills", doc{title: "湖北省政府工作报告", text: "湖北省发展。武汉都市圈加快建设。荆楚大地青山常在，坚持绿水青山就是金山银山理念。"}, []string{"湖北省"}, []string{"青山区", "金山区"}, ""},
		{"district-short-name-kept", doc{title: "上海市政府工作报告", text: "上海市发展。金山海上风电一期建成投运。"}, []string{"上海市", "金山区"}, nil, ""},
		{"old-place-name-landmark", doc{title: "长春市政府工作报告", text: "长春市发展。春京西、宽城子成为文旅新地标。"}, []string{"长春市"}, []string{"宽城区"}, ""},
		{"venue-names", doc{text: "巡演日程：2019年4月28日 安阳艺术中心冠岳厅；2015年12月11日 武汉体育中心体育馆；南京奥体中心；从珠海博物馆出发。"}, nil, []string{"安阳市", "武汉市", "珠海市", "南京市"}, ""},
		{"diversion-project", doc{title: "西宁市政府工作报告", text: "西宁市发展。配合引黄济宁工程立项，开工建设多巴水厂。"}, []string{"西宁市"}, []string{"济宁市"}, ""},
		{"suffix-word", doc{text: "推进重庆、成都、西安区域战略合作。"}, []string{"西安市"}, []string{"西安区"}, ""},
		{"suffix-word-same-place", doc{text: "加快开拓东方市场。龙口市场销售火爆。上海市场监管局发布通知。"}, []string{"上海市"}, []string{"东方市", "龙口市"}, ""},
		{"suffix-word-district-words", doc{text: "强化四明山区域统筹发展。出台支持中南部县城发展措施。建设大河西区域医疗中心。"}, nil, []string{"明山区", "南部县", "河西区"}, ""},
		{"word-then-region", doc{text: "全力服务平陆运河南宁段建设。"}, []string{"南宁市"}, []string{"河南省"}, ""},
		{"common-word-name", doc{text: "南宁市推进生活垃圾资源化利用，官渡口镇位于长江南岸。", region: "重庆市"}, []string{"南宁市"}, []string{"资源县", "南岸区"}, ""},
		{"common-word-beside-parent", doc{text: "重庆南岸区推进城市更新。"}, []string{"南岸区"}, nil, ""},
		{"old-town", doc{text: "推进老城区有机更新。", region: "南宁市"}, nil, []string{"老城区"}, ""},
		{"street", doc{text: "力争南宁邕州古城·中山路历史文化街区项目竣工，改造西安大路。"}, []string{"南宁市"}, []string{"中山市", "西安市"}, ""},
		{"not-street", doc{text: "完善广州路网，支持深圳街道综合治理。"}, []string{"广州市", "深圳市"}, nil, ""},
		{"lonely-province", doc{text: "支持青海发展生态经济。\n建设海南国际旅游岛。"}, []string{"海南省", "青海省"}, []string{"海南藏族自治州"}, ""},
		{"abbreviation-run-mixed", doc{text: "加强与沪苏浙产业链等高对接。推动苏浙皖协同。共建川陕甘结合部区域医疗中心。"}, []string{"上海市", "江苏省", "浙江省", "安徽省", "四川省", "陕西省", "甘肃省"}, nil, ""},
		// A run of mostly counted abbreviations needs its count (陕甘宁边区),
		// but 黑吉辽, the north-eastern three, is read as it stands.
		{"abbreviation-run-mostly-counted", doc{text: "黑吉辽合作。陕甘宁边区。推进鄂豫皖苏区首府建设。"}, []string{"黑龙江省", "吉林省", "辽宁省"}, []string{"宁夏回族自治区", "江苏省"}, ""},
		{"abbreviation-runs-listed", doc{text: "赴黑吉蒙、江浙沪皖粤、新疆西藏等地学习考察。与苏浙皖等省合作。"}, []string{"黑龙江省", "吉林省", "内蒙古自治区", "江苏省", "浙江省", "上海市", "安徽省", "广东省", "新疆维吾尔自治区", "西藏自治区"}, nil, ""},
		{"abbreviation-run-unlisted", doc{text: "赴黑吉蒙学习考察。江浙沪皖粤的企业，宁青新等地。"}, nil, []string{"黑龙江省", "吉林省", "江苏省", "宁夏回族自治区"}, ""},
		{"route-double-dash", doc{text: "继续建设神木――黄骅第二运煤通道，建设神木——黄骅铁路。"}, []string{"神木市", "黄骅市"}, nil, ""},
		{"guiyang-guian", doc{text: "支持贵阳贵安布局发展低空产业。积累了宝贵安全生产经验。"}, []string{"贵阳市", "贵安新区"}, nil, ""},
		{"precious-safety", doc{text: "积累了宝贵安全生产经验。"}, nil, []string{"贵安新区"}, ""},
		{"lake-beside-lake", doc{text: "重点治理淮河、海河、辽河，太湖、巢湖、滇池和酸雨控制区的污染。推动巢湖、合肥一体化发展。"}, []string{"巢湖市", "合肥市"}, nil, ""},
		{"lake-beside-lake-only", doc{text: "重点治理太湖、巢湖、滇池的污染。"}, nil, []string{"巢湖市"}, ""},
		{"streets-and-lanes", doc{text: "在厦门大街小巷，500辆智能网联客车正在采集数据。中山路步行街改造完成。"}, []string{"厦门市"}, []string{"中山市"}, ""},
		{"blockers-narrowed", doc{text: "规划建设前海口岸。加强陆海口岸支点建设。完工晋江洛阳江两岸照明提升工程。河南洛阳江南新区建设提速。"}, []string{"河南省", "洛阳市"}, []string{"海口市"}, ""},
		{"coast-beside-county", doc{title: "福建省政府工作报告", text: "加快沿海、晋江、石狮一体化发展。"}, []string{"晋江市", "石狮市"}, nil, ""},
		{"province-namesake-sibling", doc{text: "青海省加快建设国家清洁能源产业高地。海南、海西两个千万千瓦级清洁能源基地加快建设。"}, []string{"海南藏族自治州", "海西蒙古族藏族自治州"}, []string{"海南省"}, ""},
		{"common-word-county", doc{title: "海南省政府工作报告", text: "深入挖掘东方文化内涵。以琼海、东方等为载体推进城镇化。支持万宁冲浪产业发展。"}, []string{"琼海市", "东方市", "万宁市"}, nil, ""},
		{"common-word-county-alone", doc{title: "新疆维吾尔自治区政府工作报告", text: "培育一批文艺新星。"}, nil, []string{"新星市"}, ""},
		{"province-namesake-paragraph", doc{text: "建设青海钾肥基地。充分利用海南天然气建设大型氮肥基地。"}, []string{"海南省", "青海省"}, []string{"海南藏族自治州"}, ""},
		{"prefecture-beside-its-province", doc{text: "青海省加快建设海南清洁能源基地。"}, []string{"海南藏族自治州", "青海省"}, []string{"海南省"}, ""},
		{"economic-short", doc{text: "推进环渤海地区和泛珠三角区域合作。"}, []string{"环渤海", "泛珠三角"}, []string{"环渤海地区", "珠三角"}, ""},
		{"generic-district-word", doc{text: "建设成为绿色生态宜居新城区、创新驱动发展引领区。"}, nil, []string{"新城区"}, ""},
		{"generic-district-by-city", doc{text: "呼和浩特市新城区推进老旧小区改造。"}, []string{"新城区"}, nil, ""},
		{"new-counties", doc{text: "新疆和田地区设立和安县、和康县。"}, []string{"和安县", "和康县"}, []string{"康县"}, ""},
		{"direction-not-county", doc{text: "预计甘肃南部、安徽南部、江西西部和南部有暴雨。加快推进成渝中线高铁建设。"}, nil, []string{"南部县", "渝中区"}, ""},
		{"city-report-counties-bare", doc{title: "政府工作报告", text: "——2024年12月28日在山南市第二届人民代表大会第八次会议上\n参与拉萨南北山绿化，深化拉萨对口协作，拓展拉萨市场，推进拉萨至错那公路。实现桑日、措美限上企业零突破，加查获评全国信访工作示范县。"}, []string{"桑日县", "措美县", "加查县"}, nil, ""},
		{"word-and-foreign-oblast", doc{text: "俄军防空系统在别尔哥罗德州拦截4架无人机。推进复合肥项目建成投产，钾肥增长39.6％，复合肥增长21％。"}, nil, []string{"德州市", "合肥市"}, ""},
		{"word-then-name", doc{text: "要扩大同有关的生产单位的联系，加快渝东南和黔东北地区发展。振兴东北地区，支持大同市。"}, []string{"东北地区", "大同市"}, nil, ""},
		{"word-then-name-absent", doc{text: "要扩大同有关的生产单位的联系，加快渝东南和黔东北地区发展。"}, nil, []string{"东北地区", "大同市"}, ""},
		{"author-affiliation", doc{text: "王冰（华中科技大学）基于消费者异质性的定价研究\n王海东（南开大学）银行ATM网络服务价格竞争"}, nil, []string{"海东市"}, ""},
		{"person-names", doc{text: "政治局常委李长春在会上讲话。负责同志有廖晖、陈云林、何光。许光明摄。"}, nil, []string{"长春市", "云林县", "光明区"}, ""},
		{"not-person", doc{text: "建设健康江苏。长江铜陵段成为样板。不断提高重庆文化影响力。"}, []string{"江苏省", "铜陵市", "重庆市"}, nil, ""},
		{"foreign-state", doc{text: "美国佛罗里达州遭遇飓风，特拉华州法院受理。"}, nil, []string{"达州市", "华州区"}, ""},
		{"common-word-short", doc{text: "台湾同胞关心两岸关系。推动祖国和平统一。"}, []string{"台湾省"}, []string{"和平区"}, ""},
		{"paragraph-parent", doc{text: "黑龙江受灾地区灾后恢复重建加快进行。海林、东宁、依兰等地组建工作组。"}, []string{"黑龙江省", "海林市", "东宁市", "依兰县"}, nil, ""},
		{"home-city", doc{title: "延边朝鲜族自治州政府工作报告", text: "复航延吉至符拉迪沃斯托克航线，新开珲春至莫斯科铁路货运班列。"}, []string{"延边朝鲜族自治州", "延吉市", "珲春市"}, nil, ""},
		{"no-home-city", doc{text: "复航延吉至符拉迪沃斯托克航线。"}, nil, []string{"延吉市"}, ""},
		{"G2", doc{text: "原莱芜市并入济南。"}, []string{"莱芜区", "济南市"}, []string{"莱芜市"}, ""},
		{"G3", doc{text: "襄樊市更名后加快发展。"}, []string{"襄阳市"}, nil, ""},
		{"G4", doc{text: "河北雄安新区建设提速。"}, []string{"河北省", "雄安新区"}, []string{"安新县"}, ""},
		{"G5", doc{text: "深汕特别合作区启动建设。"}, []string{"深汕特别合作区"}, nil, ""},
		{"G6-name", doc{text: "朝阳区发布新政。"}, []string{"朝阳区"}, nil, ""},
		{"G7", doc{text: "深圳南山、福田两区签约。"}, []string{"深圳市", "南山区", "福田区"}, nil, ""},
		{"G8", doc{text: "吉林发布冰雪经济政策。"}, nil, []string{"吉林省", "吉林市"}, "吉林"},
		{"G8-context", doc{text: "吉林长春一汽扩产。"}, []string{"吉林省", "长春市"}, []string{"吉林市"}, ""},
		{"G8-list", doc{text: "辽宁、吉林、黑龙江三省联动。"}, []string{"辽宁省", "吉林省", "黑龙江省"}, nil, ""},
		{"G9", doc{text: "我省将实施新一轮技术改造。", region: "山东省"}, []string{"山东省"}, nil, ""},
		{"G9-dateline", doc{text: "本报太原3月9日讯 今年我省将推进技术创新。"}, []string{"山西省"}, []string{"太原市"}, ""},
		{"stop-name-in-sibling-list", doc{text: "推进拉萨、日喀则、山南“无废城市”建设。"}, []string{"拉萨市", "日喀则市", "山南市"}, nil, ""},
		{"stop-name-alone", doc{title: "2023年西藏自治区政府工作报告", text: "西藏自治区发展。\n山南水北的风景。"}, nil, []string{"山南市"}, ""},
		{"province-report-county-list", doc{title: "2026年西藏自治区政府工作报告", text: "西藏自治区发展。\n错那、米林撤县设市。\n支持那曲和阿里加快发展。\n建设好大青山、鄂尔多斯实验室。"}, []string{"错那市", "米林市", "那曲市", "阿里地区"}, []string{"青山区"}, ""},
		{"province-report-delivered", doc{title: "政府工作报告", text: "——2024年1月21日在河北省第十四届人民代表大会第二次会议上\n河北省发展。河北省建设。对涿州、霸州等16个受灾重点县对口帮扶。圆满完成成立60周年大庆安保工作。"}, []string{"河北省", "涿州市", "霸州市"}, []string{"大庆市"}, ""},
		{"province-news-county-list", doc{text: "错那、米林撤县设市。"}, nil, []string{"错那市", "米林市"}, ""},
		{"locative-abbreviation", doc{text: "新兴领域党建工作座谈会10日在京召开。"}, []string{"北京市"}, nil, ""},
		{"locative-abbreviation-performance", doc{text: "各地为庆祝建国三十周年献礼而来京演出的节目有137台。"}, []string{"北京市"}, nil, ""},
		{"locative-abbreviation-not", doc{text: "用户在京东平台下单。会议在津巴布韦举行。"}, nil, []string{"北京市", "天津市"}, ""},
		{"new-built-not-district", doc{title: "2023年江西省政府工作报告", text: "江西省发展。江西省建设。落实新建危化品生产项目落户化工园区。"}, []string{"江西省"}, []string{"新建区"}, ""},
		{"abroad", doc{text: "出生于韩国首尔特别市龙山区。毕业于加拿大西安大略大学。"}, nil, []string{"龙山区", "西安市"}, ""},
		{"station-and-channel", doc{text: "列车从北京丰台站始发。2016年湖南卫视播出。巡回赛（成都站）举行。"}, []string{"北京市"}, []string{"丰台区", "湖南省", "成都市"}, ""},
		{"economic-variants", doc{text: "积极融入成渝经济圈、淮海经济区和珠江—西江经济带。"}, []string{"成渝地区双城经济圈", "淮海经济区", "珠江—西江经济带"}, nil, ""},
		{"G10", doc{text: "长三角一体化和粤港澳大湾区、京津冀协同发展。"}, []string{"长三角", "粤港澳大湾区", "京津冀"}, nil, ""},
		{"G11", doc{text: "陕西省⻄安市发布规划。"}, []string{"陕西省", "西安市"}, nil, ""},
		{"G12", doc{text: "青海西宁推进生态保护。"}, []string{"青海省", "西宁市"}, nil, ""},
		{"G12-bare", doc{text: "朝阳产业发展势头良好。"}, nil, []string{"朝阳市", "朝阳区", "朝阳县"}, ""},
		{"county-context", doc{text: "湖北嘉鱼和贵州道真发展特色产业。"}, []string{"湖北省", "嘉鱼县", "贵州省", "道真仡佬族苗族自治县"}, nil, ""},
		{"county-bare", doc{text: "南山脚下的村庄。"}, nil, []string{"南山区"}, ""},
		{"yields-to-context", doc{text: "内蒙古呼伦贝尔根河源湿地公园开园。内蒙古根河、广东河源开展合作。"}, []string{"内蒙古自治区", "河源市"}, nil, ""},
		{"yields-to-context-alone", doc{text: "内蒙古林区的根河源湿地公园开园。"}, []string{"内蒙古自治区"}, []string{"河源市"}, ""},
		{"yields-to-context-title", doc{title: "兰州市政府工作报告", text: "兰州市政府工作报告\n实施道路拓宽改造项目、七里河南街道路项目。"}, []string{"兰州市", "七里河区"}, []string{"河南省"}, ""},
		{"seat-over-county", doc{text: "新疆伊犁州伊宁加快发展。"}, []string{"伊宁市"}, []string{"伊宁县"}, ""},
		// A county-level place the whole country knows is read bare, but
		// not inside another name (南昆山 is a mountain of Guangdong).
		{"known-county-bare", doc{title: "新闻联播", text: "习近平在浙江工作期间，多次到义乌调研。", date: "2026-04-23"}, []string{"义乌市", "浙江省"}, nil, ""},
		{"known-county-river", doc{title: "新闻", text: "浏阳河畔灯火通明，汨罗江龙舟赛开赛，胶州湾海底隧道通车。", date: "2025-05-01"}, nil, []string{"浏阳市", "汨罗市", "胶州市"}, ""},
		{"known-county-in-words", doc{title: "新闻", text: "他光荣成为一名共产党员，会议时间太仓促。", date: "2025-05-01"}, nil, []string{"荣成市", "太仓市"}, ""},
		{"known-county-in-name", doc{title: "广东省政府工作报告", text: "推进环南昆山—罗浮山县镇村高质量发展引领区建设。", date: "2025-01-20"}, []string{"广东省"}, []string{"昆山市"}, ""},
		// A prefecture wins over its own district of the same name too.
		{"seat-over-district", doc{title: "2024年甘肃省政府工作报告", text: "甘肃将最大限度缓解白银、武威地区生态生活生产用水矛盾。", date: "2024-01-25"}, []string{"白银市", "武威市"}, []string{"白银区"}, ""},
		{"home-county-common-word", doc{title: "昆明市政府工作报告", text: "推动安宁产业园区创建国家级高新区。发出“安宁之声”。"}, []string{"昆明市", "安宁市"}, nil, ""},
		{"home-county-common-word-alone", doc{title: "昆明市政府工作报告", text: "在世界外交舞台发出“安宁之声”。"}, []string{"昆明市"}, []string{"安宁市"}, ""},
		{"zone-short-name", doc{text: "支持大连金普国家级新区创新发展。探索建设沈大东北亚区域性金融中心。"}, []string{"大连市", "金普新区"}, []string{"大东区"}, ""},
		{"prefecture-over-its-county", doc{title: "辽宁省政府工作报告", text: "高质量建设辽宁沿海经济带。支持阜新、朝阳发展新能源。"}, []string{"阜新市", "朝阳市"}, []string{"朝阳县"}, ""},
		{"water-list-places", doc{text: "支持黑龙江、吉林等地湿地保护修复。推进镇江、扬州等地水系连通。"}, []string{"黑龙江省", "吉林省", "镇江市", "扬州市"}, nil, ""},
		{"water-bodies-list", doc{title: "湖北省政府工作报告", text: "湖北省政府工作报告\n加强东湖、洪湖、梁子湖等重点湖泊和湿地保护。支持鄂州市发展。"}, []string{"湖北省", "鄂州市"}, []string{"洪湖市", "梁子湖区"}, ""},
		{"yields-to-context-no-title", doc{text: "实施道路拓宽改造项目、七里河南街道路项目。"}, nil, []string{"七里河区"}, ""},
		{"overlap-suffix", doc{text: "推动车间数据贯通化、设备联网化。扩大开放大连港口。"}, []string{"大连市"}, []string{"通化市"}, ""},
		{"not-country", doc{text: "中国经济稳中向好，全国消费回升。"}, nil, []string{"中国"}, ""},
		{"blocker", doc{text: "三明治和北京时间。"}, nil, []string{"三明市", "北京市"}, ""},
		// A river's mouth and an orchard are no places of those names.
		{"blocker-sea-south", doc{text: "一艘货船在红海南部海域遭到袭击，另一艘在东海南部避风。"}, nil, []string{"海南省"}, ""},
		{"blocker-river-mouth-orchard", doc{text: "山东加快黄河口国家公园建设。在和田县，村干部来到核桃园帮村民卖核桃。"}, []string{"山东省", "和田县"}, []string{"河口区", "桃园市"}, ""},
		{"games-city", doc{text: "实施迎亚运城市品质提升行动。", region: "杭州市"}, nil, []string{"运城市"}, ""},
		{"alias-after-parent", doc{text: "青海省海东市民和县人大常委会原党组书记。在黑龙江漠河北极村。"}, []string{"海东市", "民和回族土族自治县", "漠河市"}, []string{"和县", "河北省"}, ""},
		{"institution", doc{text: "积极与哈尔滨工业大学合作。支持崂山实验室发挥作用。浙江日报报道。进一步放大同城化效能。多做惠民生的实事。山东大学在济南。"}, []string{"济南市"}, []string{"哈尔滨市", "崂山区", "浙江省", "大同市", "惠民县", "山东省"}, ""},
		{"street-dao", doc{text: "启动建设赤峰道—中心花园项目。提高中欧班列南通道发运量。湖北嘉鱼和贵州道真发展特色产业。"}, []string{"贵州省", "道真仡佬族苗族自治县"}, []string{"赤峰市", "南通市"}, ""},
		{"economic-list-forms", doc{text: "今天，京津冀、长三角、粤港澳和成渝地区间的往来航班较为繁忙。"}, []string{"京津冀", "长三角", "粤港澳大湾区", "成渝地区双城经济圈"}, nil, ""},
		{"economic-list-forms-chained-left", doc{text: "加强与粤港澳、成渝、京津冀等地区的产业对接协作。"}, []string{"京津冀", "粤港澳大湾区", "成渝地区双城经济圈"}, nil, ""},
		{"bare-gba-not-in-a-list", doc{text: "粤港澳三地加强合作，成渝两地联手。"}, nil, []string{"粤港澳大湾区", "成渝地区双城经济圈"}, ""},
		{"common-word-county-names", doc{title: "2024年云南省政府工作报告", text: "云南省发展。昆明市加快建设。深入推进新时代兴边富民行动，保持边疆巩固安宁。"}, []string{"云南省"}, []string{"富民县", "安宁市"}, ""},
		{"common-word-county-after-city", doc{title: "2024年云南省政府工作报告", text: "云南省发展。支持昆明富民发展。"}, []string{"云南省", "富民县"}, nil, ""},
		{"province-then-mountain-road", doc{text: "南疆铁路鱼儿沟至和静段256公里，新疆天山公路全长531公里。"}, []string{"新疆维吾尔自治区"}, []string{"天山区"}, ""},
		{"northeast-three-provinces", doc{text: "东北三省等一些老工业基地的国有大中型工业企业摆脱困境。"}, []string{"东北地区"}, []string{"东北三省"}, ""},
		{"zone-part", doc{title: "2024年浙江省政府工作报告", text: "浙江省发展。加快建设长三角生态绿色一体化发展示范区嘉善片区。"}, []string{"浙江省", "嘉善县"}, nil, ""},
		{"route-zone", doc{title: "2025年广西壮族自治区政府工作报告", text: "开工龙胜至宜州高速。推进北海铁山港建设。垦利经开区入选。人类即将步入大同。"}, []string{"龙胜各族自治县", "宜州区"}, []string{"垦利区", "大同市"}, ""},
		{"route-transport", doc{text: "争取淮北至永城高铁联络线落地。做实文山至靖西铁路前期工作。构建九江—龙江组团。推进郑州—吉隆坡“双枢纽”建设。"}, []string{"淮北市", "永城市", "文山壮族苗族自治州", "靖西市"}, []string{"龙江县", "吉隆县"}, ""},
		{"municipality-districts", doc{title: "2026年天津市政府工作报告", text: "天津市发展。天津市建设。静海团泊健康城纳入多点。南开医院开诊。加快建设成渝中线高铁。"}, []string{"天津市", "静海区"}, []string{"南开区", "渝中区"}, ""},
		{"municipality-districts-title", doc{title: "天津市加快建设健康城行动方案", text: "天津市加快建设健康城行动方案\n静海团泊健康城纳入多点。"}, []string{"天津市", "静海区"}, nil, ""},
		{"municipality-districts-news", doc{text: "上海市场回暖。\n上海银行业发展。\n上海证券交易所公告。\n金山云涨3.85%。"}, []string{"上海市"}, []string{"金山区"}, ""},
		{"home-district-reading", doc{title: "2024年乌海市政府工作报告", text: "乌海市发展。乌海市建设。海南区获评示范地区。打通鄂托克前旗到海南绿电输送通道。"}, []string{"乌海市", "海南区"}, []string{"海南省"}, ""},
		{"home-itself", doc{title: "恩施州政府工作报告", text: "恩施州发展。恩施市建设。书写了恩施发展进步的新篇章。"}, []string{"恩施土家族苗族自治州", "恩施市"}, nil, ""},
		{"mountain-not-district", doc{title: "2024年乌鲁木齐市政府工作报告", text: "乌鲁木齐市发展。乌鲁木齐市建设。天山南北呈现安定祥和。天山国际滑雪场项目启动。"}, []string{"乌鲁木齐市"}, []string{"天山区"}, ""},
		{"firm-list", doc{title: "2024年赤峰市政府工作报告", text: "赤峰市发展。赤峰市建设。引进襄阳光瑞、常熟汽饰等亿元以上制造业项目。推进远通化工绿氨尿素等项目。学习成都、重庆等城市经验。推进甘肃疏勒河综合开发等工程。"}, []string{"赤峰市", "成都市", "重庆市", "甘肃省"}, []string{"襄阳市", "通化市"}, ""},
		{"firm-list-no-home", doc{text: "引进襄阳光瑞、常熟汽饰等亿元以上制造业项目。"}, []string{"襄阳市"}, nil, ""},
		{"port-of-entry", doc{text: "经平潭口岸进口的医疗器械。推进二连浩特铁路口岸扩能。建立首个海港口岸联合指挥中心。提升通道口岸建设能级。"}, []string{"平潭县", "二连浩特市"}, []string{"海港区", "通道侗族自治县"}, ""},
		{"ports-listed", doc{text: "中欧班列东通道由满洲里、绥芬河、同江北三大铁路口岸组成。推动东方、朝阳两大片区发展。"}, []string{"满洲里市", "绥芬河市"}, []string{"东方市", "朝阳市", "朝阳区"}, ""},
		// A zone named after an ocean is abroad (印度洋和平区).
		{"ocean-peace-zone", doc{text: "我们支持有关国家提出的建立印度洋和平区的主张。"}, nil, []string{"和平区"}, ""},
		// A district's short name that is its lake, right after its city,
		// is the lake (运城盐湖, 杭州西湖景区); with 区 it is the district.
		{"lake-after-city", doc{text: "考察了运城博物馆和运城盐湖。杭州西湖景区客流增长。嘉兴南湖区发布通知。"}, []string{"运城市", "杭州市", "嘉兴市", "南湖区"}, []string{"盐湖区", "西湖区"}, ""},
		// A sea's east is no 海东市; 青海东部 is 青海.
		{"sea-east", doc{text: "一支快速反应部队将进入地中海东部海域。青海东部农业区降水偏多。"}, []string{"青海省"}, []string{"海东市"}, ""},
		// 乌 is Ukraine before 海上/海军: no 乌海市 in war news.
		{"ukraine-navy", doc{text: "乌海军称击沉一艘舰船，一年来乌海上无人舰队打击了俄海军8艘舰船。"}, nil, []string{"乌海市"}, ""},
		{"ports-listed-no-count", doc{text: "中欧班列经阿拉山口、霍尔果斯口岸出境，经满洲里、二连浩特两个口岸入境。"}, []string{"阿拉山口市", "霍尔果斯市", "满洲里市", "二连浩特市"}, nil, ""},
		{"river-of-district", doc{text: "柳江已出现2026年第1次编号洪水，柳江柳州市城区河段将超警2米。河池市金城江城区河段将超警4米。从江苏南通长江段码头交付。"}, []string{"柳州市", "河池市", "金城江区", "江苏省", "南通市"}, []string{"柳江区", "从江县", "江城区"}, ""},
		{"speaker-after-date", doc{title: "双鸭山市政府工作报告", text: "双鸭山市政府工作报告（2024年1月11日 宫镇江）\n双鸭山市发展。市长 宫镇江"}, []string{"双鸭山市"}, []string{"镇江市"}, ""},
		{"adjacent-line", doc{title: "2024年双鸭山市政府工作报告", text: "双鸭山市发展。双鸭山市建设。推进同江双鸭山铁路扩能改造。建成龙州响水公路。"}, []string{"同江市"}, []string{"响水县"}, ""},
		{"kowloon-in-names", doc{text: "建成投产九龙山工业园。扶持九龙滑雪场。重庆市渝中、沙坪坝、九龙坡、南岸发布高温预警。"}, []string{"重庆市", "九龙坡区"}, []string{"九龙"}, ""},
		{"rivers-roads", doc{text: "深化九龙江流域综合治理。黄浦江畔灯火通明。推进南京东路改造。从市政向路桥发展。"}, nil, []string{"九龙", "黄浦区", "南京市", "路桥区"}, ""},
		{"tributary-named-for-county", doc{text: "受降雨影响，西江支流白沙江、郁江支流武思江发生超警洪水。海南白沙县城气温偏高。"}, []string{"海南省", "白沙黎族自治县"}, nil, ""},
		{"tributary-only", doc{text: "受降雨影响，广西西江支流白沙江、桂南沿海南流江发生超警洪水。"}, []string{"广西壮族自治区"}, []string{"白沙黎族自治县"}, ""},
		{"landmark-of-yanan", doc{text: "在陕西延安，宝塔山下游人如织。延安市宝塔区新建学校3所。"}, []string{"陕西省", "延安市", "宝塔区"}, nil, ""},
		{"landmark-only", doc{text: "在陕西延安，宝塔山下游人如织。"}, []string{"陕西省", "延安市"}, []string{"宝塔区"}, ""},
		{"city-streets", doc{text: "春节期间，南京街头张灯结彩。沈阳的北京街改造完成。"}, []string{"南京市", "沈阳市"}, []string{"北京市"}, ""},
		{"stretch-at-city", doc{text: "今年已开工长江干流铜陵河段治理工程。"}, []string{"铜陵市"}, nil, ""},
		{"tv-station", doc{text: "中央广播电视总台中央新影集团今天发布。"}, nil, []string{"台中市"}, ""},
		{"province-list", doc{text: "东部地区是指北京、天津、河北、上海、江苏、浙江、福建、山东、广东和海南10省市；西部地区是指内蒙古、广西、重庆、四川、贵州、云南、西藏、陕西、甘肃、青海、宁夏、新疆12个省。记者从拱北海关了解到。积极参与珠江西岸示范区建设。把绿水青山转化为金山银山。鼓励新乡贤返乡创业。"}, []string{"海南省"}, []string{"海南藏族自治州", "北海市", "江西省", "金山区", "新乡市"}, ""},
		{"common-words-h8", doc{text: "编制国土空间总体规划和县（市）总体规划。坚持工业强县兴县。编制饶河源国家湿地公园规划。推动抚河源晋升为国家级自然保护区。编制玉佛山景区总体规划。千亩桃园示范基地。建设龙潭寨旅居村。"}, nil, []string{"和县", "兴县", "河源市", "佛山市", "桃园市", "龙潭区"}, ""},
		{"foreign-states", doc{text: "澳大利亚东部的昆士兰州遭遇强降雨。美国俄亥俄州发生事故。"}, nil, []string{"兰州市"}, ""},
		{"foreign-states-not-gansu", doc{text: "甘肃兰州发布预警。"}, []string{"兰州市"}, nil, ""},
		{"lakes", doc{text: "持续削减鄱阳湖南昌湖区总磷浓度。在太湖北部梅梁湖治理蓝藻。追忆白山黑水间的抗战。钦江、防城河水位上涨。"}, []string{"南昌市"}, []string{"鄱阳县", "湖南省", "湖北省", "白山市", "防城区"}, ""},
		{"report-province", doc{title: "2026年青海省政府工作报告", text: "高效推进格尔木东、海南清洁能源基地建设。将巴中关系提升到新高度。向驻辽中央单位致敬。"}, []string{"青海省", "海南藏族自治州"}, []string{"海南省", "巴中市", "辽中区"}, ""},
		{"banner-short", doc{title: "2024年赤峰市政府工作报告", text: "赤峰市人民政府。赤峰市发展。赤峰市建设。左旗、喀旗获批自治区级商业体。全力推进阿旗、翁旗等大型风光基地。"}, []string{"巴林左旗", "喀喇沁旗", "阿鲁科尔沁旗", "翁牛特旗"}, []string{"阿拉善左旗"}, ""},
		{"abbreviation-runs", doc{text: "要求浙赣闽粤等地加强隐患排查。晋冀鲁豫交界地区。京津冀协同发展。川渝合作。"}, []string{"浙江省", "江西省", "福建省", "广东省", "山西省", "河北省", "山东省", "河南省", "京津冀"}, []string{"四川省", "重庆市", "北京市"}, ""},
		// A count of as many places closes a run of two, and reads the
		// abbreviations that are common words too (苏, 蒙, 宁); 三市 counts cities.
		{"abbreviation-runs-counted", doc{text: "川渝两地充分利用氢能资源。广德地处苏浙皖三省交界处。陕蒙甘宁晋5省联动。苏皖三市合作。青年两地奔波。"}, []string{"四川省", "重庆市", "江苏省", "浙江省", "安徽省", "陕西省", "内蒙古自治区", "甘肃省", "宁夏回族自治区", "山西省"}, []string{"青海省"}, ""},
		{"abbreviation-runs-cities", doc{text: "苏皖三市合作。"}, nil, []string{"江苏省", "安徽省"}, ""},
		// A counted run that goes on past an economic region written in
		// abbreviations names its places; 京津冀三省市 stays the region.
		{"abbreviation-runs-past-economic", doc{text: "工程已向京津冀豫四省市供水730亿立方米。"}, []string{"北京市", "天津市", "河北省", "河南省"}, []string{"京津冀"}, ""},
		{"abbreviation-runs-past-economic-etc", doc{text: "京津冀鲁等地出现降雨。京津冀等地协同发展。"}, []string{"北京市", "天津市", "河北省", "山东省", "京津冀"}, nil, ""},
		{"abbreviation-runs-economic-counted", doc{text: "工程已向京津冀三省市供水。"}, []string{"京津冀"}, []string{"北京市", "天津市", "河北省"}, ""},
		// 宁, 青 and 新 also name Nanjing, Qingdao and Singapore: only a count
		// of provinces reads them.
		{"abbreviation-runs-city-pairs", doc{text: "沪宁两地深化合作。京青两地签署合作协议。沪新两地企业加强合作。"}, nil, []string{"宁夏回族自治区", "青海省", "新疆维吾尔自治区"}, ""},
		{"abbreviation-run-area", doc{text: "稳定湘鄂皖棉区的种植面积。"}, []string{"湖南省", "湖北省", "安徽省"}, nil, ""},
		{"city-initials", doc{text: "北上广深等城市客流回升。北上广三地房价企稳。"}, []string{"北京市", "上海市", "广州市", "深圳市"}, nil, ""},
		{"city-initials-three", doc{text: "北上广三地房价企稳。"}, []string{"北京市", "上海市", "广州市"}, []string{"深圳市"}, ""},
		{"abbreviation-run-digit-count", doc{text: "帮助湘鄂赣3省老区发展特色产业。"}, []string{"湖南省", "湖北省", "江西省"}, nil, ""},
		{"initials-with-tail", doc{text: "粤港澳三地联合举办赛事。推进粤港澳大湾区建设。"}, []string{"广东省", "香港特别行政区", "澳门特别行政区"}, nil, ""},
		{"initials-tail-missing", doc{text: "推进粤港澳大湾区建设。"}, nil, []string{"广东省", "香港特别行政区"}, ""},
		{"pair-abbreviation", doc{text: "在对接京津、服务京津上下功夫。京津冀协同发展。"}, []string{"北京市", "天津市", "京津冀"}, nil, ""},
		{"rivers-hold-city-names", doc{text: "加强江河源头的水源保护，实施塔里木河及黑河整治等水利工程，推进和田间杆线清理。黑龙江黑河市推进口岸建设，河源万绿湖保护。"}, []string{"黑河市", "河源市"}, []string{"和田地区"}, ""},
		{"economic-list-with-runs", doc{text: "全面加强与京津冀、苏浙沪、粤港澳及成渝、辽吉黑等区域的合作。"}, []string{"京津冀", "江苏省", "粤港澳大湾区", "成渝地区双城经济圈", "辽宁省", "吉林省", "黑龙江省"}, nil, ""},
		{"economic-list-runs-alone", doc{text: "加强与苏浙沪、粤港澳等地企业合作。"}, []string{"江苏省"}, []string{"粤港澳大湾区"}, ""},
		{"pair-abbreviation-joined", doc{text: "携手津冀共同打造现代化首都都市圈。"}, []string{"天津市", "河北省"}, nil, ""},
		{"pair-abbreviation-project", doc{text: "对接京津风沙源治理工程。"}, nil, []string{"北京市", "天津市"}, ""},
		{"pair-abbreviation-modifier", doc{text: "大运河京冀段实现旅游通航，首条跨京冀的轨道交通线路开工。"}, nil, []string{"北京市", "河北省"}, ""},
		{"two-char-county", doc{text: "各省、市和县级人民政府。"}, nil, []string{"和县"}, ""},
		// A county's slogans (开放兴县, 工业强县) hold no 兴县.
		{"county-slogan", doc{text: "全力实施生态立县、工业强县、开放兴县发展战略。"}, nil, []string{"兴县"}, ""},
		{"agency-name", doc{text: "深圳市发展和改革委员会印发通知。"}, []string{"深圳市"}, nil, ""},
		{"trad", doc{text: "廣東省深圳市發佈新規。"}, []string{"广东省", "深圳市"}, nil, ""},
		{"straddled", doc{text: "我们隆重庆祝改革开放，保持汇率在合理均衡水平上。"}, nil, []string{"重庆市", "衡水市"}, ""},
		{"straddled-next-region", doc{text: "黄河内蒙古包头河段出现流凌。"}, []string{"内蒙古自治区", "包头市"}, nil, ""},
		{"overlap-yields", doc{text: "在内蒙古召开会议，开放大连。"}, []string{"内蒙古自治区", "大连市"}, nil, ""},
		// The plains of a weather report hold no city (江汉中部 is not 汉中).
		{"plains-of-a-forecast", doc{text: "预计黄淮南部、江汉中部、江淮北部等地有强降雨。"}, nil, []string{"汉中市", "淮南市", "淮北市"}, ""},
		{"plain-before-city", doc{text: "陕西汉中部分地区有雨。"}, []string{"陕西省", "汉中市"}, nil, ""},
		// A name keeps the reading an earlier mention of it was given.
		{"same-name-same-reading", doc{text: "近日，吉林、河南等地开展宣讲活动。\n吉林组织宣讲团走进社区。"}, []string{"吉林省", "河南省"}, []string{"吉林市"}, ""},
		// An army is no street named for the county before it; a hill
		// quarter of one city is no other city.
		{"army-not-street", doc{text: "他们参观了甘肃高台西路军纪念馆。"}, []string{"甘肃省", "高台县"}, nil, ""},
		{"hill-quarter", doc{text: "福州市烟台山历史街区今年客流增长。"}, []string{"福州市"}, []string{"烟台市"}, ""},
		// Words that hold a place's name: an idiom (秀山丽水), 融资阳光化,
		// a river (和田河), 公平原则, plains (汾渭平原, 关中平原).
		{"idiom-and-word-holders", doc{text: "建设秀山丽水的美丽乡村，推动民间融资阳光化，坚持公平原则。"}, nil, []string{"丽水市", "秀山土家族苗族自治县", "资阳市", "平原县"}, ""},
		{"pv-industry-of-ziyang", doc{text: "四川省加快资阳光伏产业园建设，推动民间融资阳光化。"}, []string{"四川省", "资阳市"}, nil, ""},
		// 浦东 alone is Shanghai's 浦东新区.
		{"pudong-short-name", doc{text: "支持浦东打造社会主义现代化建设引领区。"}, []string{"浦东新区"}, nil, ""},
		{"river-and-plains", doc{text: "在和田河等流域推广节水灌溉，开展汾渭平原、关中平原农业面源污染治理。"}, nil, []string{"和田地区", "和田市", "平原县"}, ""},
		{"liberated-areas", doc{text: "总结老解放区的办学经验，加以继承。"}, nil, []string{"解放区"}, ""},
		// A mountain that names a district (千山) is the district only by its city.
		{"mountain-after-province", doc{text: "假日里，辽宁千山、广西桂林象鼻山景区客流增长明显。"}, []string{"辽宁省", "桂林市"}, []string{"千山区"}, ""},
		{"mountain-district-by-city", doc{text: "鞍山千山区新建学校。"}, []string{"鞍山市", "千山区"}, nil, ""},
		{"conjunction-and-county", doc{text: "公社的干部和县的干部要深入田间。"}, nil, []string{"和县"}, ""},
		// ... but a name followed at once by its child's is the parent,
		// whatever an earlier mention of it was.
		{"same-name-then-child", doc{text: "吉林、辽宁等地今年扩大玉米种植。\n吉林龙潭区新建粮库3座，吉林昌邑区新建粮库2座。"}, []string{"吉林省", "吉林市", "辽宁省"}, nil, ""},
		// A roundup whose sentences open on provinces: a name shared by a
		// province and a city that opens a sentence is the province.
		{"roundup-opens-on-provinces", doc{text: "眼下秋收接近尾声。\n吉林秋粮收获已超过九成，今年吉林建设14个示范县。内蒙古的马铃薯收获完成。"}, []string{"吉林省", "内蒙古自治区"}, []string{"吉林市"}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.row, func(t *testing.T) {
			r := run(t, tc.d)
			for _, w := range tc.want {
				if !has(r.Regions, w) {
					t.Errorf("%s: want %s in %v", tc.row, w, r.Regions)
				}
			}
			for _, w := range tc.not {
				if has(r.Regions, w) {
					t.Errorf("%s: %s must not be found (%v)", tc.row, w, r.Regions)
				}
			}
			if tc.ambiguous != "" {
				found := false
				for _, a := range r.Ambiguous {
					if a.Text == tc.ambiguous && len(a.Candidates) > 1 {
						found = true
					}
				}
				if !found {
					t.Errorf("%s: %s should be reported ambiguous; ambiguous: %+v", tc.row, tc.ambiguous, r.Ambiguous)
				}
			}
		})
	}
}

// A rows and agency canonical forms.
func TestAgencies(t *testing.T) {
	tests := []struct {
		row       string
		d         doc
		want, not []string
	}{
		{"A1", doc{text: "记者今天从省工信厅了解到。", region: "山东省"}, []string{"山东省工业和信息化厅"}, nil},
		{"listed-city-bureaus", doc{text: "市委、市政府给予市林业局、海洋渔业局、应急局记集体三等功。", region: "泉州市"}, []string{"泉州市林业局", "泉州市海洋与渔业局", "泉州市应急管理局"}, nil},
		{"city-bureaus-short-forms", doc{text: "扩大高校毕业生就业。（市人社局、市公务员局）增加停车位供给。（市城管执法局、市交通局）提升政务服务。（市数据局、市行政审批局）", region: "西安市"}, []string{"西安市人力资源和社会保障局", "西安市公务员局", "西安市城市管理和综合执法局", "西安市交通运输局", "西安市行政审批服务局"}, []string{"西安市行政审批局"}},
		{"civil-service-bureau-needs-prefix", doc{text: "国家公务员局发布公告。"}, nil, []string{"公务员局"}},
		// A province's bureau of economic co-operation, never alone; the
		// Politburo's meeting written without 中央.
		{"economic-cooperation-bureau", doc{text: "记者从四川省经济合作局获悉，经济合作局的同志介绍了情况。", region: "四川省"}, []string{"四川省经济合作局"}, []string{"经济合作局"}},
		{"politburo-meeting-short", doc{text: "4月底政治局会议定调楼市后，各地政策优化的节奏加快。", date: "2022-05-20"}, []string{"中共中央政治局"}, nil},
		{"civilisation-office-short-form", doc{text: "按照省委宣传部、省文明办统一部署开展活动。", region: "江西省"}, []string{"江西省委宣传部", "江西省精神文明建设委员会办公室"}, []string{"文明办"}},
		{"civilisation-office-needs-prefix", doc{text: "文明办的同志参加了会议。"}, nil, []string{"精神文明建设委员会办公室"}},
		{"business-environment-department", doc{text: "全国首个营商环境建设厅挂牌运行。", region: "海南省"}, []string{"海南省营商环境建设厅"}, nil},
		// A renamed local body: its short form names the successor from
		// the reform's year; an undated document keeps the older body.
		// 金融监管局 alone passes to the financial regulator's office.
		{"local-body-of-its-era", doc{text: "宁夏回族自治区金融监管局构建融资协调机制。宁夏回族自治区地方金融监管局发布通知。", date: "2025-11-25"}, []string{"国家金融监督管理总局宁夏监管局", "宁夏回族自治区地方金融管理局"}, []string{"宁夏回族自治区地方金融监督管理局"}},
		{"local-body-undated", doc{text: "宁夏回族自治区金融监管局构建融资协调机制。"}, []string{"宁夏回族自治区地方金融监督管理局"}, []string{"宁夏回族自治区地方金融管理局"}},
		{"local-body-before-reform", doc{text: "宁夏回族自治区金融监管局构建融资协调机制。", date: "2022-05-01"}, []string{"宁夏回族自治区地方金融监督管理局"}, nil},
		// 自治州 is the document's autonomous prefecture.
		{"autonomous-prefecture-self", doc{text: "在自治州党委的坚强领导下，我代表自治州人民政府作报告。", region: "克孜勒苏柯尔克孜自治州"}, []string{"克孜勒苏柯尔克孜自治州人民政府", "克孜勒苏柯尔克孜自治州党委"}, nil},
		// A unit's name holds no verb of enforcement.
		{"subunit-verb-break", doc{text: "国家药监局查处多起违规网售司美格鲁肽案件。"}, []string{"国家药品监督管理局"}, []string{"国家药品监督管理局查处多起违规网售司"}},
		{"tariff-commission", doc{text: "国务院关税税则委员会发布公告。"}, []string{"国务院关税税则委员会"}, nil},
		{"data-resources-bureau", doc{text: "建立数据资源局统筹的城市运行管理中心。", region: "芜湖市"}, []string{"芜湖市数据资源局"}, nil},
		// 团省委 is the Youth League's committee; 统战部 and 教育工委 are named in full.
		{"youth-league-committee", doc{text: "（省文化和旅游厅、团省委负责）", region: "山东省"}, []string{"共青团山东省委"}, []string{"山东省委"}},
		{"party-departments-in-full", doc{text: "（省委统战部、省委教育工委负责）", region: "山东省"}, []string{"山东省委统一战线工作部", "山东省委教育工作委员会"}, nil},
		// A Party committee's financial commission is no State Council body;
		// a statistics bureau's survey department keeps its name.
		{"party-finance-commission", doc{text: "山东省委金融委召开全体会议。"}, nil, []string{"国务院金融稳定发展委员会"}},
		{"survey-department", doc{text: "国家统计局城市社会经济调查司发布数据。"}, []string{"国家统计局城市社会经济调查司"}, nil},
		{"school-runs-no-office", doc{text: "优化调整通海三中、华宁二中等普通高中，全面提升高中办学质量。中办、国办印发意见。"}, []string{"中共中央办公厅", "国务院办公厅"}, nil},
		{"domestic-spokesman-after-foreign", doc{text: "美国商务部宣布新的出口管制措施。商务部新闻发言人何亚东表示，中方坚决反对。"}, []string{"商务部"}, nil},
		{"domestic-item-after-foreign", doc{text: "1. 英国财政部公布预算案；2. 财政部今日发行2025年超长期特别国债；3. 商务部发布数据。"}, []string{"财政部", "商务部"}, nil},
		{"foreign-body-named-again", doc{text: "美国司法部长邦迪出席国会众议院听证会。多名议员批评司法部删改材料。"}, nil, []string{"司法部"}},
		{"domestic-body-after-foreign-headline", doc{text: "【利比里亚外交部长将访华】财联社5月15日电，外交部发言人宣布访问安排。"}, []string{"外交部"}, nil},
		{"domestic-body-named-after-foreign-one", doc{text: "美国财政部宣布加征关税。对此，财政部有关负责人表示坚决反对。"}, []string{"财政部"}, nil},
		{"headline-run-into-body", doc{text: "我国将加快建设制造业中试平台工业和信息化部日前发布通知。"}, []string{"工业和信息化部"}, nil},
		{"central-office-short-names", doc{text: "中央办公厅和中央社会工作部有关方面密切配合，认真办理代表建议。"}, []string{"中共中央办公厅", "中共中央社会工作部"}, []string{"中央社会工作部"}},
		{"school-runs-no-office-alone", doc{text: "优化调整普通高中，全面提升高中办学质量。"}, nil, []string{"中共中央办公厅"}},
		{"city-housing-bureau", doc{text: "郑州住房保障和房地产管理局发文，正式取消新建商品住房销售价格指导。"}, []string{"郑州市住房保障和房地产管理局"}, nil},
		// A bureau named bare in a central document is the national one of
		// the document's year: 测绘局 was renamed in 2011.
		{"renamed-bureau-before", doc{title: "中华人民共和国2010年国民经济和社会发展统计公报", text: "测绘数据来自测绘局；地震数据来自地震局。", date: "2011-02-28"}, []string{"国家测绘局", "中国地震局"}, []string{"国家测绘地理信息局"}},
		{"renamed-bureau-after", doc{title: "中华人民共和国2011年国民经济和社会发展统计公报", text: "测绘数据来自测绘局；地震数据来自地震局。", date: "2012-02-22"}, []string{"国家测绘地理信息局", "中国地震局"}, []string{"国家测绘局"}},
		// The bodies of a list whose first item is another country's are
		// that country's; a list of the country's own bodies stays.
		{"foreign-list-head", doc{text: "近日，乌国家安全局、无人机部队、特种部队、国防部情报总局及边防局协同行动。国家发展改革委、财政部、国防部联合发文。"}, []string{"国防部", "财政部"}, nil},
		{"domestic-list-heads", doc{text: "乌鲁木齐市财政局、国防部联合发文。德州市发展和改革委员会、财政部联合印发通知。法制办公室、审计署联合检查。"}, []string{"国防部", "财政部", "审计署"}, nil},
		{"foreign-list-head-alone", doc{text: "近日，乌国家安全局、无人机部队、特种部队、国防部情报总局及边防局协同行动。"}, nil, []string{"国防部"}},
		// A foreign government's ministries (阿富汗临时政府外交部, 叙过渡政府国防部),
		// a count of countries' (四国国防部长) and 菲's (菲国家减灾委员会).
		{"china-among-countries", doc{text: "中俄两国外交部将于下月举行年度战略磋商。"}, []string{"外交部"}, nil},
		// A federal minister is another country's: China has no federation.
		{"federal-minister", doc{text: "王沪宁在京会见德国社会民主党联合主席、联邦副总理兼财政部长克林拜尔率领的代表团。"}, nil, []string{"财政部"}},
		{"foreign-government-bodies", doc{text: "阿富汗临时政府外交部5月31日晚发表声明。叙过渡政府国防部称，两名士兵遇袭。俄罗斯、土耳其、伊朗和叙利亚四国国防部长25日举行会谈。据媒体报道，菲国家减灾委员会通报说，强震已造成55人死亡。"}, nil, []string{"外交部", "国防部", "国家防灾减灾救灾委员会"}},
		// A bare 人大常委会 in a central document is the national one.
		{"npc-standing-committee-in-a-central-report", doc{title: "1990年国务院政府工作报告", text: "去年的计划经人大常委会审议批准后执行。"}, []string{"全国人民代表大会常务委员会"}, nil},
		// A development zone's committee, named with the official forms;
		// without its region it is generic.
		{"zone-name-stops", doc{text: "省里支持济南和各高新区管委会加快改革。"}, nil, []string{"济南和各高新技术产业开发区管理委员会"}},
		{"zone-committees", doc{text: "济南高新区管委会、济南新旧动能转换起步区管委会负责实施。联系单位：青岛高科技工业园管委会。深化开发区管委会改革。"}, []string{"济南高新技术产业开发区管理委员会", "济南新旧动能转换起步区管理委员会", "青岛高科技工业园管理委员会"}, []string{"开发区管理委员会"}},
		{"joint-body-city-and-district", doc{text: "目前正接受长治市上党区纪委监委纪律审查和监察调查。"}, []string{"长治市上党区纪律检查委员会", "长治市上党区监察委员会"}, []string{"上党区监察委员会"}},
		{"data-and-services-bureaus", doc{title: "2025年陕西省政府工作报告", text: "着眼数字经济发展重组省数据和政务服务局。巴彦淖尔市政务服务与数据管理局发布通知。", region: "陕西省"}, []string{"陕西省数据和政务服务局", "巴彦淖尔市政务服务与数据管理局"}, nil},
		{"local-short-ending", doc{title: "济南市人民政府办公厅关于支持企业发展的若干措施", text: "给予奖励。（责任单位：市经济和信息化委、市统计局）", region: "济南市"}, []string{"济南市经济和信息化委员会", "济南市统计局"}, nil},
		{"copy-list", doc{title: "济南市人民政府办公厅关于支持企业发展的若干措施", text: "具体管理办法另行制定。\n　抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市法院，市检察院。\n市统计局负责解释。", region: "济南市"}, []string{"济南市统计局"}, []string{"济南市委", "济南市人民代表大会常务委员会", "济南市监察委员会"}},
		{"other-parties-committees", doc{title: "济南市人民政府关于会议的通知", text: "各民主党派市委。民盟市委负责人出席。", region: "济南市"}, nil, []string{"济南市委"}},
		{"other-parties-committees-named", doc{title: "济南市人民政府关于会议的通知", text: "民盟济南市委负责人出席。九三学社济南市委主委出席。", region: "济南市"}, nil, []string{"济南市委"}},
		{"short-form-runs-into-word", doc{title: "济南市人民政府关于通知", text: "开展职业教育委托培养。加强交通运输委托执法管理。", region: "济南市"}, nil, []string{"济南市教育委员会", "济南市交通运输委员会"}},
		{"copy-verb-not-list", doc{title: "济南市人民政府关于通知", text: "各单位：\n抄送市财政局备案后，由市统计局负责解释。", region: "济南市"}, []string{"济南市统计局", "济南市财政局"}, nil},
		{"investment-bureau", doc{title: "2025年福建省人民政府工作报告", text: "加大引资力度，组建省招商局。招商局集团宣布将投资。", region: "福建省"}, []string{"福建省招商局"}, []string{"招商局"}},
		{"sar-governments-short", doc{text: "广东与香港、澳门特区政府分别签署智慧城市群合作协议。香港特区政府表示欢迎。"}, []string{"香港特别行政区政府", "澳门特别行政区政府"}, nil},
		{"sar-monetary-authorities", doc{text: "澳门金融管理局、香港金管局均表示将加强监管。"}, []string{"澳门金融管理局", "香港金融管理局"}, []string{"澳门特别行政区金融管理局", "香港特别行政区金融管理局"}},
		// A city named right before its county (长治沁源县) says where the
		// county is: the text is about the county, whose 县政府 it names.
		{"county-under-its-city", doc{title: "长治沁源县再次开展煤炭产量数据自查", text: "长治沁源县再次开展煤炭产量数据自查。长治市沁源县最新下发紧急通知，在全县煤矿企业开展自查。此次自查要求全省摸清真实煤炭产量，县政府部署全县煤矿产量核查。截至7月3日，长治沁源县在产煤矿仍仅一座。"}, []string{"沁源县人民政府"}, nil},
		{"herding-bureau", doc{title: "巴彦淖尔市政府工作报告", text: "巴彦淖尔市发展。（牵头单位：市交通局、农牧局）", region: "巴彦淖尔市"}, []string{"巴彦淖尔市农牧局"}, nil},
		{"customs-named-for-a-port", doc{title: "港珠澳大桥出入境车辆增长", text: "港珠澳大桥海关数据显示，今年以来经港珠澳大桥出入境车辆增长。"}, []string{"港珠澳大桥海关"}, nil},
		{"party-offices-and-bureaus", doc{title: "济南市人民政府关于印发行动方案的通知", text: "济南市发展。（责任单位：市委网信办、市委机要保密局、市口岸物流办、市畜牧兽医局）", region: "济南市"}, []string{"济南市委网络安全和信息化委员会办公室", "济南市委机要保密局", "济南市口岸物流办公室", "济南市畜牧兽医局"}, []string{"济南市委网信办", "济南市委"}},
		{"province-livestock-bureau", doc{title: "山东省人民政府关于印发行动方案的通知", text: "山东省发展。（省畜牧兽医局牵头）", region: "山东省"}, []string{"山东省畜牧兽医局"}, nil},
		{"coast-guard-branch", doc{title: "福建海警局开展执法巡查", text: "福建海警局组织舰艇编队开展执法巡查。"}, nil, []string{"中国海警局"}},
		{"herding-department", doc{title: "内蒙古自治区政府工作报告", text: "内蒙古自治区发展。（自治区农牧厅牵头）", region: "内蒙古自治区"}, []string{"内蒙古自治区农牧厅"}, nil},
		{"coast-guard-and-port-bodies", doc{title: "关于开展试点的函", text: "中国海警局新闻发言人表示。天津市交通运输和港口管理局、上海市交通运输和港口管理局、天津市市政公路管理局："}, []string{"中国海警局", "天津市交通运输和港口管理局", "上海市交通运输和港口管理局", "天津市市政公路管理局"}, []string{"天津市港口管理局"}},
		{"city-governments", doc{title: "东莞市举办培训班", text: "培训班在东莞市举办。各地发展改革委和相关城市政府有关同志参加培训。", region: "东莞市"}, nil, []string{"东莞市人民政府"}},
		// 人行 is the central bank only where its 人 ends no word before it.
		{"bound-alias", doc{text: "机器人行业快速发展，无人行驶汽车上路测试。车载人行，向剧场走来。一体推进人行步道建设。"}, nil, []string{"中国人民银行"}},
		{"bound-alias-lead", doc{text: "据人行上海总部消息，信贷增长。根据人行的最新规定，贷款利率下调。"}, []string{"中国人民银行上海总部", "中国人民银行"}, nil},
		{"bound-alias-more-leads", doc{text: "市场预期近期人行将降息。"}, []string{"中国人民银行"}, nil},
		{"bound-alias-verbs", doc{text: "张三等人行贿一百万元，他被人行骗多次，乐于为人行善。"}, nil, []string{"中国人民银行"}},
		// 发 ends 转发 and 印发 as well as 开发: only 开发区政府 is a zone's.
		{"forwarded-body", doc{title: "江苏省人民政府办公厅转发省发展改革委关于推进数字经济发展意见的通知", text: "各市、县人民政府：现转发给你们，请认真贯彻执行。"}, []string{"江苏省发展和改革委员会"}, nil},
		// A level word closing a common noun is no region's body.
		{"zone-and-city-nouns", doc{title: "南京市政府工作报告", text: "南京鼓楼区、高新技术开发区政府和街道相互配合。成都、武汉、西安十大城市党委宣传部的负责同志聚会。"}, nil, []string{"鼓楼区人民政府", "西安市党委宣传部", "南京市委宣传部"}},
		{"city-named-for-a-wall", doc{title: "聊城市政府印发通知", text: "聊城市政府印发通知。"}, []string{"聊城市人民政府"}, nil},
		// A region's full name, a stem and a body's ending, then a word that
		// follows a body's name: a body no gazetteer holds. Not a bank's
		// branch or a residents' committee.
		{"named-open-bodies", doc{title: "摇号公示", text: "老河口市房产管理局副局长周富强表示，摇号按程序执行。武汉市国土资源和房产管理局官方网站公示了名单。中央人民政府驻澳门特别行政区联络办公室负责人表示欢迎。全国人大常委会香港特别行政区基本法委员会副主任出席。农业银行亳州市支行办公室主任沈伦表示支持。上海市中华书局发布新书。广州市某餐厅负责人表示满意。长春市二道区东站街道第十居民委员会主任发言。"}, []string{"老河口市房产管理局", "武汉市国土资源和房产管理局"}, []string{"亳州市支行办公室", "长春市二道区东站街道第十居民委员会", "澳门特别行政区联络办公室", "香港特别行政区基本法委员会", "上海市中华书局", "广州市某餐厅"}},
		// A county-level city's 市 makes 市政府 with the next characters; its
		// short name (义乌) names only it, so the place and its government stay.
		// A body alone after 和 with no body's name before it is the tail
		// of one long name, not a second (national) body; a State Council
		// office's short form; Shanghai's own names for its housing bodies.
		{"compound-name-tail", doc{title: "文化和旅游部关于推进旅游商品创意提升工作的通知", text: "各省、自治区、直辖市文化和旅游厅（局），新疆生产建设兵团文化体育广电和旅游局：现将有关事项通知如下。"}, []string{"文化和旅游部"}, []string{"国家旅游局"}},
		{"body-after-other-word", doc{title: "合肥市通知", text: "合肥市市场监管局已与商务局联合开展检查。企业和统计局签订协议。", date: "2024-05-01"}, []string{"合肥市商务局", "合肥市统计局"}, nil},
		{"state-council-food-safety-office", doc{title: "每日财经", text: "国务院食安办通报对媒体反映的问题的调查处置情况。上海辟谣平台从上海市住建委、市房管局获悉，该传言不实。", date: "2024-08-26"}, []string{"国务院食品安全委员会办公室", "上海市住房和城乡建设管理委员会", "上海市房屋管理局"}, []string{"上海市住房和城乡建设委员会", "上海市住房保障和房产管理局"}},
		{"county-city-government", doc{title: "义乌市政府召开会议", text: "义乌市政府召开常务会议。张家港市政府表示支持。上海市场监管局发布通知。获得国家、山东省、青岛市政府部门颁发的证书。"}, []string{"义乌市人民政府", "张家港市人民政府", "上海市市场监督管理局"}, []string{"山东省人民政府"}},
		{"national-communique-headline", doc{title: "2013年国民经济和社会发展统计公报", text: "**中华人民共和国**\n**2013年国民经济和社会发展统计公报**\n铁路运输数据来自铁路局；公路运输数据来自交通运输部。"}, []string{"国家铁路局"}, nil},
		{"national-communique-title", doc{title: "中华人民共和国2013年国民经济和社会发展统计公报", text: "铁路运输数据来自铁路局；公路运输数据来自交通运输部。"}, []string{"国家铁路局"}, nil},
		{"party-department-full-names", doc{title: "济南市政府工作报告", text: "济南市发展。坚持市委科创委领导。（责任单位：市委编办、市委金融办、市委军民融合办、市委政法委）"}, []string{"济南市委机构编制委员会办公室", "济南市委金融委员会办公室", "济南市委军民融合发展委员会办公室", "济南市委政法委员会", "济南市委科技创新委员会"}, []string{"济南市委编办", "济南市委", "济南市科技创新委员会"}},
		{"party-tech-commission", doc{title: "山东省人工智能行动计划", text: "山东省人工智能行动计划\n在省委科技委领导下，强化人工智能科技创新。"}, []string{"山东省委科技委员会"}, nil},
		{"city-policy-we-city", doc{title: "关于加快“科创济南”建设全面提升科技创新能力的若干政策措施", text: "打造“科创济南”，推进强省会建设。依托山东产业技术研究院、中科院济南科创城、国家超级计算济南中心建设。统筹承接中科院驻我市各院所项目。（牵头单位：市科技局）\n推动济南与淄博、泰安、聊城、德州、滨州、东营协同发展，辐射全省。支持济南科创城。支持济南企业。山东省科技厅支持。"}, []string{"济南市科学技术局"}, []string{"山东省科学技术厅局"}},
		{"short-bureau-names", doc{text: "（省应急厅、省退役军人厅、省密码管理局、市应急局牵头）", region: "山东省"}, []string{"山东省应急管理厅", "山东省退役军人事务厅", "山东省密码管理局"}, []string{"山东省应急厅", "山东省退役军人厅"}},
		// Hard-wrapped text (a PDF's lines): names run across the breaks.
		{"hard-wrapped-names", doc{text: "智能船舶是未来船舶发展的重点方向。为深入国务\n院关于建设制造强国和交通强国的决策部署，工\n业和信息化部、交通运输部、国家标准化\n管理委员会组织制定了本指南。交通运输部海\n事局发布船舶技术法规体系框架，推动标准\n贯彻实施。各地要加强组织领导，完善工作机\n制，抓好任务落实，确保取得实效。有关部门\n要加强协调配合，形成工作合力，共同推进智\n能船舶发展，加快构建智能船舶标准体系。"}, []string{"国务院", "国家标准化管理委员会", "交通运输部海事局"}, nil},
		{"state-council-commissions", doc{text: "持续推动国务院安委会“15条硬措施”落实，国务院教育督导委员会定期听取汇报。松辽委开展调度。"}, []string{"国务院安全生产委员会", "国务院教育督导委员会", "水利部松辽水利委员会"}, []string{"国务院"}},
		{"unknown-city-party-department", doc{text: "山东省发改委会同市委网信办召开会议。", region: "山东省"}, []string{"山东省发展和改革委员会"}, []string{"山东省互联网信息办公室"}},
		{"party-science-commission", doc{text: "发挥省委科技委员会牵头抓总作用。", region: "山东省"}, []string{"山东省委科技委员会"}, []string{"山东省委"}},
		// Addressees listed before a bracketed note on levels (省（自治区、直辖市）人民政府).
		{"addressee-list", doc{text: "北京、天津、西藏、陕西省（自治区、直辖市）人民政府：\n现转发给你们。"}, []string{"北京市人民政府", "天津市人民政府", "西藏自治区人民政府", "陕西省人民政府"}, nil},
		{"patent-office-era", doc{text: "专利法实施以来，中国专利局共授予专利1万件。", date: "1987-02-20"}, []string{"中国专利局"}, nil},
		{"development-cooperation-agency", doc{text: "（商务部、国资委、国际发展合作署等负责）"}, []string{"国家国际发展合作署"}, nil},
		// Regulators' local offices are named under their system with the place's short name.
		{"regulator-offices", doc{text: "上海银保监局发布通知。深圳证监局表示，将加强监管。"}, []string{"中国银行保险监督管理委员会上海监管局", "中国证券监督管理委员会深圳监管局"}, []string{"上海市银保监局"}},
		// Since the 2023 reform a place's 金融监管局 is the financial
		// regulator's office, named with the place's short name however
		// the text writes it; the province's own bureau is 地方金融管理局.
		{"financial-regulator-city", doc{text: "苏州市金融监管局发布通知。", date: "2024-05-01"}, []string{"苏州市地方金融监督管理局"}, []string{"国家金融监督管理总局苏州监管局"}},
		{"financial-regulator-offices", doc{text: "广东金融监管局发布批复。宁夏回族自治区金融监管局构建机制。山东省地方金融监管局发布通知。", date: "2024-09-15"}, []string{"国家金融监督管理总局广东监管局", "国家金融监督管理总局宁夏监管局", "山东省地方金融管理局"}, []string{"广东省地方金融管理局", "国家金融监督管理总局宁夏回族自治区监管局"}},
		{"ministry-department-short", doc{text: "下一步，信软司将深入贯彻落实。"}, []string{"工业和信息化部信息化和软件服务业司"}, nil},
		// A historical body's own name written across a break stays that body (not its successor).
		{"hard-wrapped-historical-name", doc{text: "智能船舶是未来船舶发展的重点方向。为深入国务\n院关于建设制造强国的决策部署，国家食品药\n品监督管理局、交通运输部、国家标准化\n管理委员会组织制定了本指南。交通运输部海\n事局发布船舶技术法规体系框架，推动标准\n贯彻实施。各地要加强组织领导，完善工作机\n制，抓好任务落实，确保取得实效。有关部门\n要加强协调配合，形成工作合力，共同推进智\n能船舶发展，加快构建智能船舶标准体系。", date: "2020-05-01"}, []string{"国家食品药品监督管理局"}, []string{"国家食品药品监督管理总局"}},
		{"tax-bureau-system", doc{title: "济南市政府工作报告", text: "济南市发展。国家税务总局济南市税务局负责。（责任单位：市税务局）"}, []string{"国家税务总局济南市税务局"}, []string{"济南市税务局"}},
		{"ministry-general-office", doc{text: "商务部办公厅印发通知，部署做好相关工作。"}, []string{"商务部办公厅"}, []string{"商务部"}},
		{"department-offices-generic", doc{text: "国务院各部门办公厅（室）是本部门政务新媒体工作的主管单位，实行全系统垂直管理的国务院部门办公厅（室）负责。"}, nil, []string{"国务院部门办公厅"}},
		{"corps-bureau-not-home", doc{text: "各省、自治区、直辖市科技厅，新疆生产建设兵团科技局：现将通知印发。寄送地址：北京市海淀区复兴路15号。", region: "北京市"}, nil, []string{"北京市科学技术局"}},
		{"report-bare-congress", doc{title: "2023年西藏自治区政府工作报告", text: "西藏自治区发展。提请人大常委会审议法规6件。"}, []string{"西藏自治区人民代表大会常务委员会"}, nil},
		{"news-bare-congress", doc{text: "西藏自治区发展。提请人大常委会审议法规6件。西藏经济。西藏文化。"}, nil, []string{"西藏自治区人民代表大会常务委员会"}},
		{"politburo-standing-committee", doc{text: "习近平主持召开中央政治局常委会会议。一机部和二机部负责。"}, []string{"中共中央政治局常务委员会", "第一机械工业部", "第二机械工业部"}, []string{"机械工业部"}},
		{"npc-committees", doc{text: "全国人大常委会法工委发言人介绍，全国人大财经委审议，习近平主持召开中央财经委第四次会议。"}, []string{"全国人民代表大会常务委员会法制工作委员会", "全国人民代表大会财政经济委员会", "中央财经委员会"}, []string{"全国人民代表大会常务委员会", "全国人民代表大会"}},
		{"border-inspection", doc{text: "记者从黑龙江出入境边防检查总站了解到，口岸明水期航运开始。"}, []string{"黑龙江出入境边防检查总站"}, nil},
		// A body's own organ after 及其 is the agency both names make.
		{"own-organ", doc{text: "全国人民代表大会及其常务委员会制定了一批法律，全国人大及其常委会加强立法。"}, []string{"全国人民代表大会", "全国人民代表大会常务委员会"}, nil},
		// Organs listed after one written in full leave their parent out.
		{"sibling-organs", doc{text: "会议表决通过了全国人大民族委员会、宪法和法律委员会、外事委员会和农业与农村委员会分别提出的报告。"}, []string{"全国人民代表大会民族委员会", "全国人民代表大会宪法和法律委员会", "全国人民代表大会外事委员会", "全国人民代表大会农业与农村委员会"}, nil},
		{"local-financial-regulator", doc{text: "自治区发展改革委、新疆维吾尔自治区地方金融管理局主要负责同志介绍了有关情况。"}, []string{"新疆维吾尔自治区发展和改革委员会", "新疆维吾尔自治区地方金融管理局"}, nil},
		{"sibling-organs-verb", doc{text: "中共中央宣传部和组织部署的各项任务要落实。"}, []string{"中共中央宣传部"}, []string{"中共中央组织部"}},
		{"sibling-organs-unknown", doc{text: "全国人大民族委员会、调研组委员会负责人出席。"}, []string{"全国人民代表大会民族委员会"}, []string{"全国人民代表大会调研组委员会"}},
		{"own-organ-unknown", doc{text: "国务院及其有关部门要加强指导。"}, []string{"国务院"}, []string{"国务院有关部门"}},
		{"county-level-city-report", doc{title: "文山市政府工作报告", text: "——2025年1月22日在文山市第四届人民代表大会第五次会议上\n文山市发展。在市委的坚强领导下，市人民政府认真落实。"}, []string{"文山市委", "文山市人民政府"}, []string{"文山壮族苗族自治州委", "文山壮族苗族自治州人民政府"}},
		{"region-party-in-city", doc{title: "那曲市政府工作报告", text: "那曲市发展。那曲市建设。在区党委、政府和市委的坚强领导下，全市上下勠力同心。"}, []string{"西藏自治区党委", "西藏自治区人民政府", "那曲市委"}, nil},
		{"state-council-offices", doc{text: "国土资源部会同三峡办、地震局研究提出了办理意见。在南水北调办设立对口支援司。"}, []string{"国务院三峡工程建设委员会办公室", "国务院南水北调工程建设委员会办公室"}, nil},
		{"joint-bodies", doc{text: "据江西省纪委监委消息，某某正接受江西省纪委监委审查调查。"}, []string{"江西省纪律检查委员会", "江西省监察委员会"}, nil},
		{"joint-bodies-generic", doc{text: "自觉接受纪委监委监督。"}, nil, []string{"监察委员会"}},
		{"one-city-deixis", doc{text: "11月2日，市政府新闻办举行发布会，发布3项苏州市地方标准，推进全市养老服务发展。"}, []string{"苏州市人民政府新闻办公室"}, nil},
		{"two-cities-deixis", doc{text: "11月2日，市政府新闻办举行发布会，苏州市和无锡市发布地方标准，推进全市养老服务发展。"}, nil, []string{"苏州市人民政府新闻办公室", "无锡市人民政府新闻办公室"}},
		{"unit-list", doc{text: "加快海洋产业发展。（责任单位：市海洋发展局、市水务管理局、市属国有企业、青岛海洋科学与技术试点国家实验室、市委军民融合办）", region: "青岛市"}, []string{"青岛市海洋发展局", "青岛市水务管理局"}, []string{"青岛市属国有企业", "青岛市委军民融合办"}},
		{"unit-list-only", doc{text: "要防止形成新的格局、市场管理局面。", region: "青岛市"}, nil, []string{"青岛市场管理局"}},
		{"central-bare-heritage", doc{title: "国务院办公厅关于加强文物保护的意见", text: "加强出境文物监管。（海关总署、文化和旅游部、文物局负责）"}, []string{"国家文物局"}, nil},
		{"central-bare-body", doc{title: "国务院办公厅关于促进消费扶贫的指导意见", text: "国家发展改革委、交通运输部、粮食和储备局等部门负责落实。"}, []string{"国家粮食和物资储备局"}, nil},
		{"former-name", doc{text: "国家地震局、国家计委要加强防震减灾工作。", date: "1994-03-10"}, []string{"国家地震局", "国家计划委员会"}, []string{"中国地震局", "国家发展计划委员会"}},
		{"former-short-later", doc{text: "国家计委印发通知。", date: "2001-03-10"}, []string{"国家发展计划委员会"}, []string{"国家计划委员会"}},
		{"flood-hq", doc{text: "国家防总决定启动防汛四级应急响应。", date: "2024-08-02"}, []string{"国家防汛抗旱总指挥部"}, nil},
		{"subunit-hq", doc{text: "中国人民银行上海总部发布数据。国家市场监督管理总局约谈美宜佳总部。", date: "2024-08-06"}, []string{"中国人民银行上海总部", "国家市场监督管理总局"}, []string{"国家市场监督管理总局约谈美宜佳总部"}},
		{"subunit-branch", doc{text: "记者从海关总署广东分署获悉。", date: "2021-12-08"}, []string{"海关总署广东分署"}, []string{"海关总署"}},
		{"local-headquarters", doc{text: "沈阳市雨情严重。按照《沈阳市防汛抗旱应急预案》有关规定，市防汛抗旱指挥部决定发布全市防汛红色预警。", date: "2025-07-13"}, []string{"沈阳市防汛抗旱指挥部"}, nil},
		{"historical-province-body", doc{text: "将得到黑龙江省信息产业厅的支持。", date: "2005-01-01"}, []string{"黑龙江省信息产业厅"}, nil},
		{"responsible-short", doc{title: "国务院关于支持福建的若干意见", text: "国务院关于支持福建的若干意见。（负责部门：中医药局）", date: "2018-01-01"}, []string{"国家中医药管理局"}, nil},
		{"party-elided-government", doc{title: "2023年吴忠市政府工作报告", text: "在宁夏回族自治区党委、政府和市委的坚强领导下。在自治区党委、政府的领导下。", date: "2023-01-10"}, []string{"宁夏回族自治区党委", "宁夏回族自治区人民政府"}, nil},
		{"central-note-short-forms", doc{title: "国务院办公厅关于促进全民健身的意见", text: "国务院办公厅关于促进全民健身的意见\n（十）加强体育文化建设。（体育总局、网信办、版权局、司法部负责）", date: "2019-09-02"}, []string{"国家互联网信息办公室", "国家版权局", "司法部"}, nil},
		{"subunit-with-yu", doc{text: "最终解释权归中国气象局预报与网络司。", date: "2020-01-01"}, []string{"中国气象局预报与网络司"}, nil},
		{"renamed-today", doc{text: "中央宣传部、广电总局等部门负责落实。", date: "2019-02-14"}, []string{"国家广播电视总局"}, []string{"国家广播电影电视总局"}},
		{"renamed-then", doc{text: "中央宣传部、广电总局等部门负责落实。", date: "2010-02-14"}, []string{"国家广播电影电视总局"}, []string{"国家广播电视总局"}},
		{"renamed-then-undated", doc{title: "2011年", text: "广播、电视数据来自广电总局。"}, []string{"国家广播电影电视总局"}, []string{"国家广播电视总局"}},
		{"renamed-then-plan-period", doc{title: "煤矿安全生产规划（2016-2020年）", text: "广电总局负责组织实施本规划。"}, []string{"国家广播电影电视总局"}, []string{"国家广播电视总局"}},
		{"renamed-written-out", doc{text: "国家广播电影电视总局负责落实。", date: "2019-02-14"}, []string{"国家广播电影电视总局"}, nil},
		{"A1-trad", doc{text: "記者今天從省工信廳瞭解到。", region: "山西省"}, []string{"山西省工业和信息化厅"}, nil},
		{"A2", doc{text: "科技部和市发改委联合发布。", region: "深圳市"}, []string{"科学技术部", "深圳市发展和改革委员会"}, nil},
		{"A3", doc{text: "深圳市发展和改革委员会印发通知。"}, []string{"深圳市发展和改革委员会"}, nil},
		{"abbrev", doc{text: "国家发改委、证监会、国资委和央行联合部署。", title: "国务院常务会议部署"}, []string{"国家发展和改革委员会", "中国证券监督管理委员会", "国务院国有资产监督管理委员会", "中国人民银行"}, nil},
		{"historical", doc{text: "农业部会同国家环境保护总局研究。"}, []string{"农业部", "国家环境保护总局"}, []string{"农业农村部"}},
		{"planned-economy", doc{text: "原对外经贸部发布通知，原电力部、交通部联合下发。浙江省计委批准了汽车厂项目。国家经委研究。", date: "2003-05-01"}, []string{"对外贸易经济合作部", "电力工业部", "浙江省计划委员会", "国家经济委员会"}, nil},
		{"not-pboc", doc{text: "欧元区经济零增长，欧洲央行降息。深化央行数字货币领域交流合作。完善公交、人行道、路灯等设施。原国家食品药品监督管理局发布指导原则。被中央改革办刊发推介。", region: "北京市"}, []string{"国家食品药品监督管理局", "中央全面深化改革委员会办公室"}, []string{"中国人民银行", "北京市食品药品监督管理局"}},
		{"not-pboc-2", doc{text: "建成地下通道等人行过街设施3处。实现统一受理、集中办理。我市工作得到中央政法委肯定。"}, []string{"中共中央政法委员会"}, []string{"中国人民银行", "中共中央办公厅", "中央政法委员会"}},
		{"emergency", doc{text: "（应急部、公安部负责）。"}, []string{"应急管理部", "公安部"}, nil},
		{"emergency-words", doc{text: "各地应急部门要加强值守，应急部队赶赴现场，做好应急部署。"}, nil, []string{"应急管理部"}},
		{"local-division", doc{text: "市工业和信息化局大数据产业处负责受理申请。市场监管局作出行政处罚决定。香港特区政府统计处公布数据。", region: "青岛市"}, []string{"青岛市工业和信息化局大数据产业处", "香港特别行政区政府统计处"}, []string{"青岛市市场监督管理局作出行政处", "香港特别行政区人民政府统计处", "香港特别行政区政府"}},
		// The bureaus of Hong Kong and Macao (level sar), also second in a
		// pair that shares the first one's region; none elsewhere.
		{"sar-bureaus", doc{text: "澳门特区旅游局与经济及科技发展局联合推出优惠。香港特区政府劳工及福利局表示欢迎。", region: "青岛市"}, []string{"澳门特别行政区旅游局", "澳门特别行政区经济及科技发展局", "香港特别行政区劳工及福利局"}, []string{"青岛市经济及科技发展局"}},
		{"sar-bureau-after-mainland-place", doc{text: "香港特区政府代表团与上海市交通委、吴淞海事处座谈。"}, []string{"香港特别行政区政府"}, []string{"香港特别行政区海事处"}},
		{"sar-bureau-bare-elsewhere", doc{text: "会议听取了经济及科技发展局的汇报。", region: "青岛市"}, nil, []string{"青岛市经济及科技发展局", "经济及科技发展局"}},
		{"title-opens-with-city-not-magazine", doc{text: "据《北京之春》杂志报道，此事只有公安局知道。"}, nil, []string{"北京市公安局"}},
		{"title-opens-with-city", doc{text: "各区、市主管部门：\n市商务局研究制定了《烟台市外贸企业奖补资金申报指南》，现印发施行。"}, []string{"烟台市商务局"}, nil},
		{"narcotics-commission", doc{text: "国家禁毒办、公安部联合部署专项行动。"}, []string{"国家禁毒委员会办公室", "公安部"}, nil},
		{"local-office", doc{text: "济南市商务局办公室2024年5月6日印发", region: "济南市"}, []string{"济南市商务局办公室"}, nil},
		{"local-office-yu", doc{text: "济南市商务局办公室于2024年5月6日印发", region: "济南市"}, []string{"济南市商务局办公室"}, nil},
		{"local-office-staff", doc{text: "济南市商务局办公室一位工作人员表示，通知尚未下发。", region: "济南市"}, []string{"济南市商务局"}, []string{"济南市商务局办公室"}},
		{"central-finance-work-commission", doc{text: "中央金融工委召开会议，部署金融系统党建工作。"}, []string{"中央金融工作委员会"}, nil},
		{"finance-departments", doc{text: "区县财政部门根据市财政局下达的计划拨付资金。企划财政部第二次官当天出席活动。"}, nil, []string{"财政部门根据市财政局", "财政部"}},
		{"country-then-ban", doc{text: "外方支持中国办好明年的博览会。今年全国办理退税业务超过200万笔。"}, nil, []string{"国务院办公厅"}},
		{"ministers-meeting", doc{text: "上周，东盟与中日韩卫生部长会议在雅加达召开，两国交通部长级会议也同期举行。交通运输部部长会见代表团。"}, []string{"交通运输部"}, []string{"卫生部", "交通部"}},
		{"ukraine-vietnam", doc{text: "乌前国防部长表示。越共中央委员、中组部部长张氏梅会见。"}, nil, []string{"国防部", "中共中央组织部"}},
		{"federal-partner", doc{text: "德国联邦统计局30日公布数据。组织好乡村振兴合伙人行动。国家防灾减灾救灾委员会针对湖南启动响应。数据来自新闻出版总署。"}, []string{"国家防灾减灾救灾委员会", "新闻出版总署"}, []string{"国家统计局", "中国人民银行", "国家新闻出版总署"}},
		{"party", doc{text: "落实省委、省政府部署。", region: "山东省"}, []string{"山东省委", "山东省人民政府"}, nil},
		{"press-office", doc{text: "省政府新闻办举行发布会。", region: "山东省"}, []string{"山东省人民政府新闻办公室"}, nil},
		// A district's body is named as the text writes the district: alone, or after its city.
		{"district", doc{text: "崂山区政府负责。", region: "青岛市"}, []string{"崂山区人民政府"}, []string{"青岛市崂山区人民政府"}},
		{"district-committee-and-government", doc{text: "天津市南开区委、政府联合发文。"}, []string{"天津市南开区委", "天津市南开区人民政府"}, []string{"南开区人民政府"}},
		{"district-with-city", doc{text: "天津市南开区委、广州市花都区住建局、青岛市崂山区政府和城阳区政府联合发文。"}, []string{"天津市南开区委", "广州市花都区住房和城乡建设局", "青岛市崂山区人民政府", "城阳区人民政府"}, []string{"南开区委", "青岛市城阳区人民政府"}},
		{"generic", doc{text: "各省、自治区、直辖市人民政府，有关部门，三省一市科技部门。"}, nil, []string{"科学技术部"}},
		// The later items of a list that a generic word opens are every
		// place's bodies too, not the document's; the document's own body
		// after the list (the listed-city-bureaus row's kind) stays.
		{"generic-list-items", doc{text: "各市发展改革委（能源局）、科技局、住房城乡建设局、市场监管局：现将规划印发给你们。", region: "山东省"}, nil, []string{"山东省能源局", "山东省科学技术厅", "山东省住房和城乡建设厅", "山东省建设局", "山东省市场监督管理局"}},
		// A municipality's district written after it: its bodies keep the
		// municipality, as their seals do; one written alone does not.
		{"municipal-district-chained", doc{title: "关于重庆市长寿区2025年预算执行情况的报告", text: "关于重庆市长寿区2025年预算执行情况的报告\n受区人民政府委托，在区委领导下，区财政局提出报告。"}, []string{"重庆市长寿区人民政府", "重庆市长寿区委", "重庆市长寿区财政局"}, []string{"长寿区人民政府", "长寿区委"}},
		{"municipal-district-alone", doc{text: "南开区区委书记出席。区政府部署工作。", region: "天津市"}, nil, []string{"天津市南开区委", "天津市南开区人民政府"}},
		// A province named only as the superior whose measures a city
		// carries out (贯彻落实《浙江省…》) does not outweigh the city.
		{"city-carries-out-province", doc{text: "嘉兴市贯彻落实《浙江省促进民营经济高质量发展若干措施》实施方案\n为全面落实浙江省促进民营经济高质量发展若干措施，落实浙江省部署，结合嘉兴实际，制定本方案。加大财政支持。（市财政局、市科技局）"}, []string{"嘉兴市财政局", "嘉兴市科学技术局"}, nil},
		// A city that opens the title, the only place it names, issues the
		// text however often the text names its province; a city the title
		// names as where something happens does not.
		{"title-opening-city", doc{title: "马鞍山市关于推进民营经济高质量发展的实施细则", text: "马鞍山市关于推进民营经济高质量发展的实施细则\n为贯彻安徽省部署，按照安徽省委、安徽省人民政府要求，对照安徽省各市做法，结合实际，制定本细则。加大支持力度。（市商务局）"}, []string{"马鞍山市商务局"}, nil},
		{"title-closing-city", doc{title: "百余家企业齐聚哈尔滨共话数字经济", text: "百余家企业齐聚哈尔滨共话数字经济\n黑龙江省工信厅、发改委、商务厅等部门参加活动，黑龙江省有关负责人出席，黑龙江省各地代表到会。"}, []string{"黑龙江省发展和改革委员会"}, []string{"哈尔滨市发展和改革委员会"}},
		// A province that cites its own documents stays the text's, whatever cities it names.
		{"province-carries-out-its-own", doc{text: "关于推进数字经济发展的实施意见\n为贯彻落实《浙江省数字经济促进条例》，落实浙江省委部署，现提出如下意见。支持杭州市建设数字经济示范区，杭州市要先行先试。发展改革委、科技厅要加强指导。"}, []string{"浙江省发展和改革委员会", "浙江省科学技术厅"}, []string{"杭州市发展和改革委员会"}},
		// 县政府 in an item whose one county is named once: that county's.
		{"one-county-named", doc{text: "近日，湖南省茶陵县举行项目签约仪式。副县长代表县政府与企业签约。"}, []string{"茶陵县人民政府"}, nil},
		{"two-counties-named", doc{text: "茶陵县和攸县举行项目签约仪式。副县长代表县政府与企业签约。"}, nil, []string{"茶陵县人民政府", "攸县人民政府"}},
		{"generic-list-not-bodies", doc{text: "各地要高度重视、科技局要加强指导。各部门（财政局、公安局）要落实责任。", region: "济南市"}, []string{"济南市科学技术局", "济南市财政局", "济南市公安局"}, nil},
		{"generic-list-then-own", doc{text: "各市发展改革委、科技局：现将规划印发给你们。会上，科技局负责同志介绍了情况。", region: "青岛市"}, []string{"青岛市科学技术局"}, nil},
		{"leading-group", doc{text: "国务院振兴东北地区等老工业基地领导小组办公室会同有关部门研究。"}, []string{"国务院振兴东北地区等老工业基地领导小组办公室"}, nil},
		{"bare-national", doc{text: "发展改革委会同水利部研究提出了办理意见。", title: "国务院办公厅关于某省所提问题办理情况的函"}, []string{"国家发展和改革委员会", "水利部", "国务院办公厅"}, nil},
		{"sub-unit", doc{text: "国家自然科学基金委员会国际合作局负责受理。"}, []string{"国家自然科学基金委员会国际合作局"}, nil},
		{"PL5-alias", doc{text: "国家发展和改革委员会（以下简称“国家委”）印发通知。国家委要求加快落实。"}, []string{"国家发展和改革委员会"}, []string{"国家委"}},
		{"foreign-small-states", doc{text: "苏丹卫生部25日晚表示。阿曼外交部发表声明。津巴布韦央行下调贷款利率。内蒙古自治区卫生健康委员会发布通知。"}, []string{"内蒙古自治区卫生健康委员会"}, []string{"卫生部", "外交部", "中国人民银行"}},
		{"foreign-abbreviated", doc{text: "黎卫生部通报称。刚果（金）交通部发布公告。"}, nil, []string{"卫生部", "交通部", "交通运输部"}},
		{"sar-government", doc{text: "香港特别行政区政府发布公告。"}, []string{"香港特别行政区政府"}, []string{"香港特别行政区人民政府"}},
		// A bureau only the SARs have, in a sentence naming no place: the
		// SAR the document names, before or after it.
		{"sar-bureau-two-sars", doc{text: "香港特区代表团访问澳门特别行政区。会上，（规划署）负责同志介绍情况。", region: "广东省"}, nil, []string{"香港特别行政区规划署", "澳门特别行政区规划署"}},
		{"sar-bureau-inside-a-name", doc{text: "空气质量被联合国环境规划署誉为奇迹。香港特别行政区政府代表团来访。", region: "北京市"}, nil, []string{"香港特别行政区规划署"}},
		// A document that names Hong Kong and no other region (a policy
		// address): its bare bureaus are Hong Kong's; a UN body's tail is not.
		{"sar-bureau-sole-region", doc{text: "香港的劏房问题仍然严重。屋宇署会继续取缔工业大厦内的劏房，并协助房屋署开展前期设计工作。我已督促运输及房屋局加快工程。联合国环境规划署发布报告。"}, []string{"香港特别行政区屋宇署", "香港特别行政区房屋署", "香港特别行政区运输及房屋局"}, []string{"香港特别行政区房屋局", "香港特别行政区规划署"}},
		{"sar-bureau-after-level-word", doc{text: "市地方金融管理局表示，将支持企业赴香港上市。"}, nil, []string{"香港金融管理局", "香港特别行政区金融管理局"}},
		// 特区政府 and 立法会 without the SAR's name: the one the sentence
		// names last, else the one the document names; a mainland place
		// last in the sentence, or both SARs named, leaves it unknown.
		{"sar-government-unnamed", doc{text: "澳门居民人数增加。特区政府今日宣布新措施，立法会将审议有关法案。"}, []string{"澳门特别行政区政府", "澳门特别行政区立法会"}, nil},
		{"sar-government-both-named", doc{text: "香港和澳门的代表出席会议。特区政府表示欢迎。"}, nil, []string{"香港特别行政区政府", "澳门特别行政区政府"}},
		{"sar-government-mainland-last", doc{text: "香港代表团到访，北京市发布消息，特区政府表示欢迎。"}, nil, []string{"香港特别行政区政府", "北京市人民政府"}},
		{"sar-legislature-named", doc{text: "香港特区立法会今日三读通过法案，广东与香港、澳门特区政府分别签署协议。"}, []string{"香港特别行政区立法会", "香港特别行政区政府", "澳门特别行政区政府"}, nil},
		{"sar-government-both-in-sentence", doc{text: "希望香港、澳门代表全力支持行政长官和特区政府依法施政。"}, nil, []string{"香港特别行政区政府", "澳门特别行政区政府"}},
		{"sar-government-economic-zone", doc{text: "深圳与香港加强合作。经济特区建立四十五周年之际，特区政府出台若干措施。"}, nil, []string{"香港特别行政区政府"}},
		{"legislators-of-the-legislature", doc{text: "香港特区立法会议员今日就财政预算案进行辩论。"}, []string{"香港特别行政区立法会"}, nil},
		{"legislative-meeting-no-legislature", doc{text: "香港代表团来访。市人大常委会召开立法会议。"}, nil, []string{"香港特别行政区立法会"}},
		{"sar-bureau-mainland-document", doc{text: "香港代表团访问上海。屋宇署负责同志介绍情况。"}, nil, []string{"香港特别行政区屋宇署"}},
		{"sar-bureau-document", doc{text: "1. 每年为长者提供服务。（劳工及福利局）\n2. 香港房屋委员会每年进行联合清洁行动。（房屋局）"}, []string{"香港特别行政区劳工及福利局", "香港特别行政区房屋局"}, nil},
		{"foreign", doc{text: "美国国务院和国防部表示有证据。印度外交部3日宣布。香港证监会发布通告。台湾“国防部”称。"}, nil, []string{"国务院", "国防部", "外交部", "中国证券监督管理委员会"}},
		{"not-foreign-date", doc{text: "3月5日外交部发言人表示。"}, []string{"外交部"}, nil},
		{"foreign-modifier", doc{text: "美国前财政部长保尔森到访。美国代理副国防部长称。"}, nil, []string{"财政部", "国防部"}},
		{"foreign-second-post", doc{text: "会见挪威副总理兼财政部长一行。"}, nil, []string{"财政部"}},
		{"taiwan-work-office", doc{text: "中央台办、国台办负责人会见台湾同胞代表。"}, []string{"中共中央台湾工作办公室", "国务院台湾事务办公室"}, nil},
		{"mine-safety-offices", doc{text: "国家煤矿安全监察局部署检查。河南煤矿安监局和河南省能源局联合督导。"}, []string{"国家煤矿安全监察局", "河南煤矿安全监察局", "河南省能源局"}, []string{"河南省安全生产监督管理局"}},
		{"foreign-institution", doc{text: "美国白宫和财政部当天表示反对。"}, nil, []string{"财政部"}},
		{"foreign-two-field-ministry", doc{text: "法国经济与财政部长12日称。商务部和财政部联合发布。"}, []string{"商务部", "财政部"}, nil},
		{"foreign-country-then-list", doc{text: "邀请美国企业和商务部官员座谈。"}, []string{"商务部"}, nil},
		{"foreign-two-field-ministry-alone", doc{text: "法国经济与财政部长12日称，欧盟已达成共识。"}, nil, []string{"财政部"}},
		{"foreign-subject", doc{text: "1、澳大利亚财长查默斯表示，他预计通胀放缓，但他承认央行本周可能还没有准备好降息。\n黎巴嫩公共卫生部表示，袭击造成5人死亡。"}, nil, []string{"中国人民银行", "卫生部"}},
		{"foreign-subject-domestic-reply", doc{text: "3、美国实施先进机器人进口限制，外交部回应：保护主义提升不了竞争力。\n白俄罗斯共和国总理图尔钦、中华人民共和国国务院总理李强出席。"}, []string{"外交部", "国务院"}, nil},
		{"institution-of-body", doc{text: "欧阳建国（中共韶关市委党校）中国各地区可持续发展。评论人：巴曙松（国务院发展研究中心）。据商务部研究院测算。"}, nil, []string{"韶关市委", "中共韶关市委", "国务院", "商务部"}},
		{"short-ending", doc{text: "得到国家防灾减灾救灾委的充分肯定。聚焦中央科技委下达的目标。国家防减救灾委办公室部署。"}, []string{"国家防灾减灾救灾委员会", "中央科技委员会"}, nil},
		{"politburo-short", doc{text: "4月25日，中央政治局召开会议分析研究经济形势。"}, []string{"中共中央政治局"}, []string{"中共中央"}},
		{"foreign-subject-not-acting", doc{text: "香港特区政府与商务部签署协议。外国投资者并购境内企业的，应当向商务部申报。日本核污染水排海后，海关总署决定全面暂停进口日本水产品。美国宣布加征关税，国务院关税税则委员会决定反制。"}, []string{"商务部", "海关总署", "国务院关税税则委员会"}, nil},
		{"institution-head-not-verb", doc{text: "会议指出，财政部研究所得税改革方案。国务院研究中心城区更新工作。"}, []string{"财政部", "国务院"}, nil},
		{"official-name-of-composed", doc{text: "深圳市住房和建设局表示，将优化住房政策。"}, []string{"深圳市住房和建设局"}, []string{"深圳市建设局", "深圳市住房和城乡建设局"}},
		{"planned-economy-ministries", doc{text: "一九八二年原商业部系统的商品流通费用率上升。石油工业部和国家物价局负责。商业部门不少企业经营管理不善。"}, []string{"商业部", "石油工业部", "国家物价局"}, nil},
		{"foreign-subject-not-hk", doc{text: "香港特区政府表示，将与商务部加强合作。"}, []string{"商务部"}, nil},
		{"foreign-subject-not-named", doc{text: "日本地震后商务部启动应急机制。"}, []string{"商务部"}, nil},
		{"foreign-subject-no-speech-in-word", doc{text: "日本企业变更名称的，应当向商务部备案。"}, []string{"商务部"}, nil},
		{"foreign-actor", doc{text: "依据白宫官网信息，特朗普责成财政部发布指导意见。以色列总理内塔尼亚胡和国防部长卡茨下达指令。"}, nil, []string{"财政部", "国防部"}},
		{"actor-then-china", doc{text: "特朗普政府宣布加征关税，商务部新闻发言人表示坚决反对。针对特朗普政府对华加征关税商务部作出回应。"}, []string{"商务部"}, nil},
		{"not-foreign-law", doc{text: "依法和财政部规定办理。"}, []string{"财政部"}, nil},
		{"listed-bodies", doc{text: "松原市、白城市和前郭县、大安市、镇赉县政府要切实履行属地管理责任。", region: "吉林省"}, []string{"松原市人民政府", "白城市人民政府", "前郭尔罗斯蒙古族自治县人民政府", "大安市人民政府", "镇赉县人民政府"}, nil},
		{"customs", doc{text: "成都海关和广州海关联合通报。北京市消防局发布提示。"}, []string{"成都海关", "广州海关", "北京市消防局"}, []string{"成都市海关"}},
		{"sub-units", doc{text: "公安部经济犯罪侦查局通报。国家发改委政策研究室负责人介绍。交通运输部公路局局长表示。公安部会同财政部研究。国务院办公厅转发国家地震局意见。中共中央统揽全局。"}, []string{"公安部经济犯罪侦查局", "国家发展和改革委员会政策研究室", "交通运输部公路局", "公安部", "财政部", "国务院办公厅", "中共中央"}, []string{"交通运输部公路局局", "中共中央统揽全局", "国务院办公厅转发国家地震局"}},
		{"not-institute", doc{text: "国家燃料电池技术创新中心获批，中科院济南科创城建设加快。"}, nil, []string{"国家燃料电池技术创新中心"}},
	}
	for _, tc := range tests {
		t.Run(tc.row, func(t *testing.T) {
			r := run(t, tc.d)
			for _, w := range tc.want {
				if !has(r.Agencies, w) {
					t.Errorf("%s: want %s in %v", tc.row, w, r.Agencies)
				}
			}
			for _, w := range tc.not {
				if has(r.Agencies, w) {
					t.Errorf("%s: %s must not be found (%v)", tc.row, w, r.Agencies)
				}
			}
		})
	}
}

// PL rows: titles, short forms, nesting.
func TestPlans(t *testing.T) {
	tests := []struct {
		row       string
		d         doc
		want, not []string
	}{
		{"PL1", doc{text: "发布《深圳市培育发展新能源产业集群行动计划(2022-2025年)》。"}, []string{"深圳市培育发展新能源产业集群行动计划(2022-2025年)"}, nil},
		{"PL2-year-words", doc{text: "制定了《1985年—2000年厦门经济社会发展战略》。"}, []string{"1985年-2000年厦门经济社会发展战略"}, nil},
		{"PL2-numeral-years", doc{text: "通过了《一九八一——一九九〇年全省农业发展规划（草案）》。"}, []string{"一九八一-一九九〇年全省农业发展规划(草案)"}, nil},
		{"PL2", doc{text: "发布《深圳市培育发展新能源产业集群行动计划（２０２２—２０２５年）》。"}, []string{"深圳市培育发展新能源产业集群行动计划(2022-2025年)"}, nil},
		{"PL3", doc{text: "印发《山西省企业技术创新能力提升2023年行动计划》（以下简称《行动计划》）。《行动计划》提出，要加快。"}, []string{"山西省企业技术创新能力提升2023年行动计划"}, []string{"行动计划"}},
		{"PL4-angle", doc{text: "《国务院关于印发〈新一代人工智能发展规划〉的通知》"}, []string{"国务院关于印发〈新一代人工智能发展规划〉的通知", "新一代人工智能发展规划"}, nil},
		{"PL4-doubled", doc{text: "《关于印发《数字经济发展规划》的通知》"}, []string{"关于印发《数字经济发展规划》的通知", "数字经济发展规划"}, nil},
		{"not-plans", doc{text: "据《人民日报》报道，《政府工作报告》提出，《高端访谈》今晚播出。"}, nil, []string{"人民日报", "政府工作报告", "高端访谈"}},
		{"generic-short", doc{text: "《计划》提出，提升技术创新能级。"}, nil, []string{"计划"}},
		{"declared-short", doc{text: "编制了《某市国民经济和社会发展第十五个五年规划纲要（草案）》（以下简称《纲要草案》）。《纲要草案》提出，要加快。"}, []string{"某市国民经济和社会发展第十五个五年规划纲要(草案)"}, []string{"纲要草案"}},
		{"declared-short-of-nothing", doc{text: "据《人民日报》（以下简称《日报》）报道，《日报》指出。"}, nil, []string{"日报", "人民日报"}},
	}
	for _, tc := range tests {
		t.Run(tc.row, func(t *testing.T) {
			r := run(t, tc.d)
			for _, w := range tc.want {
				if !has(r.Plans, w) {
					t.Errorf("%s: want %s in %v", tc.row, w, r.Plans)
				}
			}
			for _, w := range tc.not {
				if has(r.Plans, w) {
					t.Errorf("%s: %s must not be a plan (%v)", tc.row, w, r.Plans)
				}
			}
		})
	}
}

// O1/O2: spans are bytes of the original text, found after normalisation.
func TestOffsets(t *testing.T) {
	r := run(t, doc{text: "😀投入1.8亿元"})
	a := amount(r, 1.8e8)
	if a == nil || a.Span == nil {
		t.Fatalf("O1: no amount: %+v", r.Amounts)
	}
	if a.Span.Start != 10 || a.Span.End != 19 {
		t.Errorf("O1: span [%d,%d), want [10,19)", a.Span.Start, a.Span.End)
	}
	r = run(t, doc{text: "投资１．８亿元用于"})
	if a := amount(r, 1.8e8); a == nil || a.Text != "１．８亿元" {
		t.Errorf("O2: amount text is %+v, want the original full-width text", a)
	}
}

// The pipeline is deterministic: the same document gives the same record.
func TestDeterministic(t *testing.T) {
	d := doc{text: "到2025年，大健康产业营收达1200亿元，培育上市企业12家。深圳市发展和改革委员会印发《深圳市培育发展大健康产业集群行动计划(2022-2025年)》。", region: "深圳市"}
	first := run(t, d)
	for i := 0; i < 5; i++ {
		again := run(t, d)
		if len(again.Nodes) != len(first.Nodes) || len(again.Edges) != len(first.Edges) {
			t.Fatalf("run %d: %d nodes %d edges, first had %d %d", i, len(again.Nodes), len(again.Edges), len(first.Nodes), len(first.Edges))
		}
		for j := range first.Nodes {
			if first.Nodes[j].ID != again.Nodes[j].ID {
				t.Fatalf("run %d: node %d is %s, was %s", i, j, again.Nodes[j].ID, first.Nodes[j].ID)
			}
		}
	}
}

// Every shipped rule's examples pass: `policygraph rules test` in a test.
func TestShippedExamples(t *testing.T) {
	n, fails := shipped(t).TestExamples(context.Background())
	if n == 0 {
		t.Fatal("no examples ran")
	}
	for _, f := range fails {
		t.Error(f.String())
	}
}

// FuzzExtract: any text gives spans inside it on rune boundaries, and never
// a panic.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"到2025年，大健康产业营收达1200亿元，培育上市企业12家。",
		"😀投入１．８亿元",
		"本報太原3月9日訊 省工信廳推動(dòng)製造業",
		"《关于印发《规划》的通知》（以下简称《通知》）",
		"第一批1—2户、3至5家、5000万元至1亿元、翻两番、15%",
		"\x00\xff\xfe",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		run(t, doc{text: s})
	})
}

// TestPathologicalNumbers: long runs of digits that end in no match must not
// send a rule into backtracking until its timeout (run fails on rule errors).
func TestPathologicalNumbers(t *testing.T) {
	for _, s := range []string{
		strings.Repeat("0", 60) + "亿x",
		strings.Repeat("0", 60) + "%",
		"0\"" + strings.Repeat("0", 60) + "家",
		strings.Repeat("1.", 40) + "5万元",
		strings.Repeat("一", 60) + "%",
		strings.Repeat("1,000", 30) + "元x",
		strings.Repeat("1 ", 40) + "万元",
	} {
		run(t, doc{text: s})
	}
}

// TestMatchOverLineBreak: a table row (全市人口 on one line, 200万 on the
// next) gives a match that runs over its sentence's end; the context check
// of a rule with `near` must not slice backwards (it panicked and the
// document was lost).
func TestMatchOverLineBreak(t *testing.T) {
	for _, s := range []string{
		"全市人口\n200万",
		"全市人口\n200万\n",
		"全省常住人口\n1.2亿人",
		"年末全市人口\n\n200万，增长1%",
	} {
		t.Run(s, func(t *testing.T) { run(t, doc{text: s}) })
	}
}

// TestPanicIsError: a bug inside one document's extraction comes back as
// a PanicError naming the document and the rule, not a crash.
func TestPanicIsError(t *testing.T) {
	x := shipped(t)
	in := &ingest.Document{Name: "t", Source: "src#1", Text: "到2025年，新增10家企业。", Format: "text"}
	st := &docState{doc: in, rule: "amount.test"}
	err := func() (err error) {
		defer func() {
			if p := recover(); p != nil {
				err = newPanicError(in, st, p)
			}
		}()
		var rs []rune
		_ = rs[len(in.Text)] // index out of range
		return nil
	}()
	var pe *PanicError
	if !errors.As(err, &pe) || pe.Source != "src#1" || pe.Rule != "amount.test" || !strings.Contains(err.Error(), "in rule amount.test") {
		t.Fatalf("got %v", err)
	}
	// A whole extraction with a nil text map panics inside and must return an error.
	if _, err := x.Extract(context.Background(), nil); err == nil {
		t.Fatal("Extract(nil) gave no error")
	} else if !errors.As(err, &pe) {
		t.Fatalf("Extract(nil): %v is not a PanicError", err)
	}
}

func TestSmallNumber(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{{"4", 4}, {"四", 4}, {"两", 2}, {"十", 10}, {"十五", 15}, {"二十", 20}, {"三十五", 35}, {"百", 0}, {"", 0}} {
		if got := smallNumber(tc.in); got != tc.want {
			t.Errorf("smallNumber(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestYearNumber(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{{"2025", 2025}, {"一九八五", 1985}, {"二〇二五", 2025}, {"二零零八", 2008}, {"一九八X", 0}} {
		if got := yearNumber(tc.in); got != tc.want {
			t.Errorf("yearNumber(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

// TestMetricOfItem checks whole metrics where a list item or the sentence
// before a sum decides what it measures.
func TestMetricOfItem(t *testing.T) {
	report := func(s string) doc {
		return doc{title: "政府工作报告", text: "二、2024年工作安排\n" + s, date: "2024-01-20", region: "菏泽市"}
	}
	tests := []struct {
		name   string
		d      doc
		value  float64
		unit   string
		metric string
	}{
		{"fund-set-up", report("推动设立100亿元天使母基金，聚焦投向战略性新兴产业。"), 1e10, "元", "天使母基金"},
		{"sum-after-count", report("围绕服务业补短提升，实施服务业项目39个，力争完成投资50亿元以上。"), 5e9, "元", "服务业项目完成投资"},
		{"count-opens-item", report("确保年内131个省重大和省重点项目完成投资420亿元以上、475个市县重点项目完成投资580亿元以上。"), 5.8e10, "元", "市县重点项目完成投资"},
		{"class-count-stays", report("100户以上的自然村卫生公厕覆盖率达100%。"), 100, "%", "100户以上的自然村卫生公厕覆盖率"},
		{"for-this-stripped", report("为此新增财政投入5亿元。"), 5e8, "元", "新增财政投入"},
		{"for-whom-stripped", report("为主导产业新增投资100亿元。"), 1e10, "元", "主导产业新增投资"},
		{"for-a-term-kept", report("为期3年的专项行动新增财政投入5亿元。"), 5e8, "元", "为期3年的专项行动新增财政投入"},
		{"unit-alternative", report("筹集保障性租赁住房6万套（间）。"), 60000, "套(间)", "筹集保障性租赁住房"},
		{"unit-alternative-before-noun", report("建设筹措7万套（间）保障性租赁住房。"), 70000, "套(间)", "保障性租赁住房"},
		{"unit-alternative-then-bound", report("筹集运营保障性租赁住房4万套（间）以上。"), 40000, "套(间)", "筹集运营保障性租赁住房"},
		{"bracket-level-stays", report("新认定20家（省级）专精特新企业。"), 20, "家", "新认定(省级)专精特新企业"},
		{"class-count-below-stays", report("100户以下的自然村卫生公厕覆盖率达100%。"), 100, "%", "100户以下的自然村卫生公厕覆盖率"},
		{"sum-after-amount", report("力争商用车产量22.7万辆、产值450亿元。"), 4.5e10, "元", "产值"},
		{"grows-to", report("肉牛发展到29万头。"), 290000, "头", "肉牛"},
		{"more-than-guo", report("力争全市规上工业营收过万亿元。"), 1e12, "元", "规上工业营收"},
		{"supermarkets-kept", report("推动“无锡好物”上平台30家、上商超100家。"), 100, "家", "上商超"},
		// A plan's forecast word is no part of what it measures; 预期 is
		// part of an indicator's name.
		{"plan-forecast-word", doc{title: "浙江省广告业发展规划", text: "《规划》提出，到2030年，全省广告业务收入预计突破3500亿元。", date: "2026-07-06"}, 3.5e11, "元", "广告业务收入"},
		{"expected-years-kept", report("到2027年，儿童平均预期受教育年限达到15.6年。"), 15.6, "年", "儿童平均预期受教育年限"},
		{"second-count-no-name", report("改造老旧小区209个4.9万户。"), 209, "个", "改造老旧小区"},
		{"class-after-count-stays", report("打造仪器仪表等5个50亿级产业集群。"), 5, "个", "50亿级产业集群"},
		{"from-without-change", report("组建由1名全科医生和2名护士组成的家庭医生团队500个。"), 500, "个", "组建由1名全科医生和2名护士组成的家庭医生团队"},
		{"clause-before-with-count", report("三年改造老旧小区2000个，其中2024年完成800个。"), 800, "个", "完成"},
		// A price basis or a clause that reports is no name to borrow, and
		// a per-unit tail is none either: better no metric than these.
		{"price-basis-not-borrowed", report("全市地区生产总值，按可比价格计算，达到1.2万亿元。"), 1.2e12, "元", ""},
		{"report-clause-not-borrowed", report("试点取得了较好效果，今年要扩大到500个。"), 500, "个", "扩大到"},
		{"per-unit-tail-dropped", report("散居和集中养育孤儿补贴标准分别提高到1150元/月和1600元/月。"), 1600, "元", "散居和集中养育孤儿补贴标准"},
		{"name-opens-with-figure", report("新建3000个5G基站。"), 3000, "个", "新建5G基站"},
		// Where a change starts is no part of what it measures.
		{"change-from-cut", report("力争连铸比由22.4%上升到35%。"), 35, "%", "连铸比"},
		// A clause of only a verb and a year measures the clause before.
		{"hollow-takes-clause-before", report("2024—2025年对全市所有未达标单村水站进行改造，其中2024年完成2000座以上。"), 2000, "座", "对全市所有未达标单村水站进行改造"},
		{"hollow-base-takes-clause-before", report("提高牛羊肉占肉类总产量的比重，由目前的近20%提高到25%左右。"), 25, "%", "提高牛羊肉占肉类总产量的比重"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, tc.d)
			tg := target(r, tc.value, tc.unit)
			if tg == nil {
				t.Fatalf("no target %g %s; got %+v", tc.value, tc.unit, r.Targets)
			}
			if tg.Metric != tc.metric {
				t.Errorf("metric %q, want %q", tg.Metric, tc.metric)
			}
		})
	}
}

// TestReportPastYears reads a work report of the shared corpus (skipped
// when the corpus is absent): the 2025 results its preface recites in the
// 2026 report (刚刚过去的2025年，…地区生产总值增长5.2％) are no goals, and its
// 2026 goals stay.
func TestReportPastYears(t *testing.T) {
	dir := testtools.BenchCorpus(t, "../../shared/corpus")
	x := shipped(t)
	docs, errs := ingest.ReadFile(filepath.Join(dir, "gwr-local", "city-neimenggu-huhehaote-2026.md"), x.IngestOptions())
	if len(errs) > 0 || len(docs) != 1 {
		t.Skipf("report not readable: %v", errs)
	}
	res, err := x.extract(context.Background(), docs[0], "")
	if err != nil {
		t.Fatal(err)
	}
	goals2026 := 0
	for _, tg := range res.Record.Targets {
		switch y := yearOf(&tg); {
		case y != 0 && y < 2026:
			t.Errorf("target of %d in a report of 2026: %s", y, tg.Text)
		case y == 2026:
			goals2026++
		}
	}
	if goals2026 < 10 {
		t.Errorf("%d goals of 2026, want the report's goals", goals2026)
	}
}

func TestFiveYearPlanEnd(t *testing.T) {
	tests := []struct{ year, want int }{
		{1952, 0}, {1953, 1957}, {1955, 1957}, {1957, 1962}, {1958, 1962}, {1962, 1962},
		{1964, 0}, {1966, 1970}, {1985, 1990}, {1986, 1990}, {2001, 2005}, {2005, 2010}, {2006, 0},
	}
	for _, tt := range tests {
		if got := fiveYearPlanEnd(tt.year); got != tt.want {
			t.Errorf("fiveYearPlanEnd(%d) = %d, want %d", tt.year, got, tt.want)
		}
	}
}

// TestPlaceNumeralNoCount checks that the numeral inside a place's name
// (三门峡, 七台河) is dropped before the targets pass weighs it as a count.
func TestPlaceNumeralNoCount(t *testing.T) {
	x := shipped(t)
	text := "今年将新建工厂一百二十个，建成三门峡水库，推进七台河煤矿改造。"
	in := &ingest.Document{Name: "t", Source: "t", Date: "1958-02-01", Text: text, Format: "text"}
	res, err := x.extract(context.Background(), in, "")
	if err != nil {
		t.Fatal(err)
	}
	dropped := map[string]bool{}
	for _, tr := range res.Trace {
		if tr.Kind == "target" && strings.Contains(tr.Result, "place's name") {
			dropped[tr.Text] = true
		}
	}
	for _, w := range []string{"三门", "七台"} {
		if !dropped[w] {
			t.Errorf("%s: not dropped as a place's numeral; traces: %+v", w, res.Trace)
		}
	}
	if dropped["一百二十个"] {
		t.Errorf("一百二十个 dropped as a place's numeral")
	}
}

// TestFiveYearPlanInNumerals checks that a plan period's name inside a
// year or a longer period written in Chinese numerals names no period.
func TestFiveYearPlanInNumerals(t *testing.T) {
	x := shipped(t)
	tests := []struct {
		s        string
		from, to int
	}{
		{"（三）一九五八年国民经济计划的安排", 0, 0},
		{"二〇一五年工作安排", 0, 0},
		{"“九五”时期", 1996, 2000},
		{"“十一五”规划", 2006, 2010},
		{"一九九五年“九五”计划", 1996, 2000},
	}
	for _, tt := range tests {
		if from, to, _ := x.txt.fiveYearPlan(tt.s); from != tt.from || to != tt.to {
			t.Errorf("fiveYearPlan(%q) = %d-%d, want %d-%d", tt.s, from, to, tt.from, tt.to)
		}
	}
}

func TestNegativeSign(t *testing.T) {
	tests := []struct {
		text string
		at   int
		want bool
	}{
		{"收益-0.31美元", 3, true},
		{"收益：-0.31美元", 4, true},
		{"（-3900元/吨）", 2, true},
		{"营收3-5亿元", 4, false},
		{"报价3500元/吨-3600元/吨", 10, false},
		{"5万元以上-10万元以下", 6, false},
		{"报135400元/吨（-3900元/吨）", 12, true},
		{"Q1净利润-0.2亿", 6, true},
		{"净利润为-21.50亿元到-19.00亿元", 14, true},
		{"净利润为-21.50亿元到-19.00亿元", 5, true},
		{"-5亿元", 1, false},
		{"收益-美元", 3, false},
	}
	x := shipped(t)
	for _, tt := range tests {
		if got := x.negativeSign([]rune(tt.text), tt.at); got != tt.want {
			t.Errorf("negativeSign(%q, %d) = %v, want %v", tt.text, tt.at, got, tt.want)
		}
	}
}

// A title that ingest unwrapped into the body's first line (no stop ends
// it) names a region only within the title's own length.
func TestTitleNamesRegionUnwrapped(t *testing.T) {
	x := shipped(t)
	for _, c := range []struct {
		title, text string
		want        bool
	}{
		{"习近平出席大会开幕式并发表主旨讲话", "习近平出席大会开幕式并发表主旨讲话央视网消息：国家主席习近平在上海出席大会。", false},
		{"习近平在上海出席大会开幕式", "习近平在上海出席大会开幕式央视网消息：国家主席习近平出席大会。", true},
	} {
		st := x.prepare(&ingest.Document{Name: "t", Source: "t", Title: c.title, Text: c.text, Format: "text"})
		x.scan(st)
		x.resolveRegions(st)
		if got := titleNamesRegion(st); got != c.want {
			t.Errorf("%s: titleNamesRegion = %v, want %v", c.title, got, c.want)
		}
	}
}

// TestWireDateline checks that a wire's dateline (新华社北京…电) names its
// place as a region of the article but does not make the article that
// place's: 我省 and the goals after it stay 山西省's.
func TestWireDateline(t *testing.T) {
	r := run(t, doc{title: "技术创新", text: "新华社北京3月9日电 今年我省将推进技术创新，山西省将新建10家实验室。", date: "2025-03-09"})
	if !slices.Contains(r.Regions, "北京市") {
		t.Errorf("regions %v, want 北京市 among them", r.Regions)
	}
	tg := target(r, 10, "家")
	if tg == nil {
		t.Fatalf("no target 10 家; got %+v", r.Targets)
	}
	if tg.Region == nil || *tg.Region != "山西省" {
		t.Errorf("target region %v, want 山西省", tg.Region)
	}
}

// TestCountOfCountriesGoal: a count of countries (三国) makes their bodies
// foreign, but does not open a sentence as a foreign country does: the
// goal the three set together, China one of them, stays a goal.
func TestCountOfCountriesGoal(t *testing.T) {
	r := run(t, doc{title: "中日韩旅游部长会议召开", text: "三国旅游部长就建立合作机制达成共识，争取到2030年将三国人员交流规模提高到4000万人次。", date: "2024-09-12"})
	if target(r, 4e7, "人次") == nil {
		t.Errorf("no target 4000万人次; got %+v", r.Targets)
	}
}

// TestRestatedGoals: a goal a flash's bracketed headline or a bulletin's
// glued headline states, and the body states again, is one target; in a
// work report two equal goals of nested metrics stay two (want: how many
// targets of the value and unit).
func TestRestatedGoals(t *testing.T) {
	tests := []struct {
		name  string
		d     doc
		value float64
		unit  string
		want  int
	}{
		// A report's explanation of its growth goal (6.5%左右的增速可以实现
		// 比较充分的就业) states no second goal; a rate it names after a
		// measure (工业增加值保持6%左右的增速) is a goal of its own.
		{"rate-explained", doc{title: "2018年政府工作报告", text: "二、2018年经济社会发展总体要求和政策取向\n今年发展的主要预期目标是：国内生产总值增长6.5%左右。\n我国经济总量大，6.5%左右的增速可以实现比较充分的就业。", date: "2018-03-05"}, 6.5, "%", 1},
		{"goal-explained", doc{title: "2026年政府工作报告", text: "二、2026年工作安排\n今年主要预期目标是：地区生产总值增长5.5%左右。\n5.5%左右的预期增长目标与发展目标总体衔接。", date: "2026-01-20"}, 5.5, "%", 1},
		{"rate-of-its-own", doc{title: "2025年政府工作报告", text: "二、2025年工作安排\n地区生产总值增长6%左右。\n稳定工业经济，全年规模以上工业增加值保持6%左右的增速。", date: "2025-01-20"}, 6, "%", 2},
		// A blank line after a sentence that announces no list ends what it
		// carried: 同时，… after a goal of 2027 in news is no goal.
		{"blank-line-ends-paragraph", doc{title: "某省召开新闻发布会", text: "根据规划，到2027年全省新能源汽车产量将突破100万辆。\n\n同时，全省充电桩保有量达到12万个。", date: "2024-01-20"}, 120000, "个", 0},
		{"flash-bracket-headline", doc{title: "广东印发充电设施方案", text: "【广东：全省将建成300万个以上充电桩】财联社6月9日电，广东省印发方案。2027年底前，全省累计建成300万个以上充电设施。", date: "2025-06-09"}, 3e6, "个", 1},
		{"bulletin-glued-headline", doc{title: "国内联播快讯", text: "2030年绿色工厂产值占制造业总产值比重将超过40%工业和信息化部等部门日前印发意见，提出到2030年，各级绿色工厂产值占制造业总产值比重超过40%。", date: "2024-03-01"}, 40, "%", 1},
		{"news-list-two-goals", doc{title: "充电设施建设提速", text: "今年，全省将新建充电桩5万个，新建充电桩配套停车位5万个。", date: "2025-03-01"}, 5e4, "个", 2},
		// A report restates a headline goal in its field's section; two
		// goals of one value whose short metrics differ stay two.
		{"report-restates-headline-goal", doc{title: "2024年吉林省政府工作报告", text: "二、2024年工作安排\n今年经济社会发展的主要预期目标是：粮食产量880亿斤以上。\n（三）加快建设农业强省。强化良田、良种协同匹配，支撑粮食产量达到880亿斤以上。", date: "2024-01-20", region: "吉林省"}, 8.8e10, "斤", 1},
		{"report-two-growth-goals", doc{title: "2023年黔南州政府工作报告", text: "二、2023年工作安排\n力争投资增长10%以上。力争基础设施投资增长10%以上。", date: "2023-01-20", region: "黔南布依族苗族自治州"}, 10, "%", 2},
		{"report-three-incomes", doc{title: "2024年政府工作报告", text: "2024年主要目标任务\n居民人均可支配收入增长6%。农村居民人均可支配收入增长6%。城镇居民人均可支配收入增长6%。", date: "2024-01-20", region: "吉林省"}, 6, "%", 3},
		{"report-two-goals", doc{title: "2024年政府工作报告", text: "二、2024年工作安排\n加快实施天都山变电站等8个电网项目。规划实施中卫机场二期扩建等8个项目。", date: "2024-01-20", region: "中卫市"}, 8, "个", 2},
		// A numbered annex item restates a goal of the body in words of its
		// own; one for another scope (农村) is a goal of its own.
		{"report-annex-restates", doc{title: "2023年呼伦贝尔市政府工作报告", text: "二、2023年工作安排\n持续扩大社会保险覆盖面，基本养老保险参保人数增加3.04万人。\n附件：2023年民生实事\n8.新增基本养老保险参保3.04万人（牵头责任单位：市人力资源社会保障局）", date: "2023-01-20", region: "呼伦贝尔市"}, 30400, "人", 1},
		// Goals of numbered paragraphs of the body share a value but are
		// no annex restating them.
		{"report-numbered-body", doc{title: "2023年政府工作报告", text: "二、2023年工作安排\n1.壮大工业经济。全年新增规上工业企业100家。\n2.提振服务消费。全年新增规上服务业企业100家。", date: "2023-01-20", region: "吉林省"}, 100, "家", 2},
		{"report-annex-other-scope", doc{title: "2023年政府工作报告", text: "二、2023年工作安排\n城乡居民人均可支配收入增长6%。\n附件：2023年民生实事\n3.农村居民人均可支配收入增长6%。", date: "2023-01-20", region: "吉林省"}, 6, "%", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, tc.d)
			n := 0
			for _, tg := range r.Targets {
				if tg.Value == tc.value && tg.Unit == tc.unit {
					n++
				}
			}
			if n != tc.want {
				t.Errorf("%d targets of %g %s, want %d; got %+v", n, tc.value, tc.unit, tc.want, r.Targets)
			}
		})
	}
}

// TestSameMetric checks which pairs of metrics name one goal stated twice in
// a report (its body and its annex of 为民实事).
func TestSameMetric(t *testing.T) {
	x := shipped(t)
	tests := []struct {
		a, b string
		want bool
	}{
		{"粮食产量", "支撑粮食产量", true},
		{"新建改扩建公办和普惠幼儿园", "新建、改扩建公办和普惠幼儿园", true},
		{"宜居宜业和美乡村示范村", "创建市级宜居宜业和美乡村示范村", true},
		{"居民人均可支配收入增长", "农村居民人均可支配收入增长", false},
		{"充电桩", "新建公(专)用充电桩", false},
		{"项目", "实施项目", false},
	}
	for _, tc := range tests {
		if got := x.sameMetric(tc.a, tc.b); got != tc.want {
			t.Errorf("sameMetric(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestAnnexRestates checks which metrics of a report's numbered annex item
// restate a goal of its body in words of their own.
func TestAnnexRestates(t *testing.T) {
	x := shipped(t)
	tests := []struct {
		a, b string
		want bool
	}{
		{"基本养老保险参保人数增加", "新增基本养老保险参保", true},
		{"新建改建农牧林区公路", "新改建农牧林区公路", true},
		{"新建滑冰场", "滑冰场", true},
		{"惠民演出", "组织乌兰牧骑和各级国有文艺院团下基层演出", false},
		{"新增国家级专精特新企业", "新增省级专精特新企业", false},
		{"城乡居民人均可支配收入增长", "农村居民人均可支配收入增长", false},
		{"项目", "实施项目", false},
		{"新建改扩建幼儿园", "新建改扩建中小学", false},
		{"新增城镇就业", "新增城镇公益性岗位就业", false},
		{"改造老旧小区", "实施老旧小区改造项目", true},
	}
	for _, tc := range tests {
		if got := x.annexRestates(tc.a, tc.b); got != tc.want {
			t.Errorf("annexRestates(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestSameIndicator checks which metrics name one indicator of the shipped
// rules (a headline goal explained after its list).
func TestSameIndicator(t *testing.T) {
	x := shipped(t)
	tests := []struct {
		a, b, unit string
		want       bool
	}{
		{"地区生产总值增长", "经济增长", "%", true},
		{"地区生产总值增长", "城镇新增就业", "%", false},
		{"粮食产量", "粮食播种面积", "%", false},
	}
	for _, tc := range tests {
		if got := x.sameIndicator(tc.a, tc.b, tc.unit); got != tc.want {
			t.Errorf("sameIndicator(%q, %q, %q) = %v, want %v", tc.a, tc.b, tc.unit, got, tc.want)
		}
	}
}

// A title whose normalised runes are fewer than its own (digits set one
// apart: 1 9 9 7 年) is read in the normalised text: no rune past it.
func TestTitleShortenedByNormalising(t *testing.T) {
	for _, title := range []string{"1 9 9 7 年统计公报", "2 0 2 5 年 3 800 万元补助资金分配表", "表1 100家企业"} {
		r := run(t, doc{title: title, date: "1998-02-28"}) // the title alone
		if r == nil {
			t.Fatalf("%s: no record", title)
		}
	}
}
