package extract

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/extract/ingest"
	"github.com/policygraph/policygraph/graph"
)

// The texts below are written for these tests in the style of work reports
// and communiqués; none is taken from a real document.

// reportHead is the head of a provincial work report: the line that says
// to which congress, and when, it was delivered.
const reportHead = "——2025年1月15日在浙江省第十四届人民代表大会第三次会议上\n"

// observations returns a record's observations as "indicator period value
// region" lines, sorted.
func observations(r *graph.Record) []string {
	var out []string
	for _, n := range r.Nodes {
		if n.Kind == graph.Observation {
			out = append(out, fmt.Sprintf("%s %s %s %s", n.Attr("indicator"), n.Attr("period"), n.Attr("value"), n.Attr("region")))
		}
	}
	sort.Strings(out)
	return out
}

// targetIndicators returns a record's targets as "indicator year value"
// lines (indicator "-" when none fits), sorted.
func targetIndicators(r *graph.Record) []string {
	var out []string
	for _, t := range r.Targets {
		ind := t.Indicator
		if ind == "" {
			ind = "-"
		}
		year := "-"
		if t.Year != nil {
			year = fmt.Sprint(*t.Year)
		}
		out = append(out, fmt.Sprintf("%s %s %s", ind, year, graph.FormatFloat(t.Value)))
	}
	sort.Strings(out)
	return out
}

func TestObservations(t *testing.T) {
	tests := []struct {
		name string
		d    doc
		want []string
	}{
		{
			name: "review part: the year before the report's",
			d:    doc{title: "2025年政府工作报告", text: reportHead + "一、2024年工作回顾\n全省地区生产总值增长5.6%，规上工业增加值增长7.1%，城镇新增就业110.2万人。\n二、2025年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。\n"},
			want: []string{"地区生产总值增长 2024 5.6 浙江省", "城镇新增就业 2024 1102000 浙江省", "规模以上工业增加值增长 2024 7.1 浙江省"},
		},
		{
			name: "a past year named in the plan part",
			d:    doc{title: "2025年政府工作报告", text: reportHead + "二、2025年工作安排\n2024年，全省一般公共预算收入增长3.2%。\n"},
			want: []string{"一般公共预算收入增长 2024 3.2 浙江省"},
		},
		{
			name: "a value in the plan part without a past year is no observation",
			d:    doc{title: "2025年政府工作报告", text: reportHead + "二、2025年工作安排\n全省森林覆盖率达到61.5%。\n"},
		},
		{
			name: "lists handed out by 分别",
			d:    doc{title: "2025年政府工作报告", text: reportHead + "一、2024年工作回顾\n城镇、农村居民人均可支配收入分别增长4.5%、6.1%，固定资产投资、社会消费品零售总额分别增长3.3%、4.9%。\n"},
			want: []string{"社会消费品零售总额增长 2024 4.9 浙江省", "固定资产投资增长 2024 3.3 浙江省", "城镇居民人均可支配收入增长 2024 4.5 浙江省", "农村居民人均可支配收入增长 2024 6.1 浙江省"},
		},
		{
			name: "a fall is a negative rate",
			d:    doc{title: "2025年政府工作报告", text: reportHead + "一、2024年工作回顾\n固定资产投资下降2.1%。\n"},
			want: []string{"固定资产投资增长 2024 -2.1 浙江省"},
		},
		{
			name: "forecasts, averages over years, parts of a year, sectors and other regions are not one year's value",
			d: doc{title: "2025年政府工作报告", text: reportHead + "一、2024年工作回顾\n预计全年地区生产总值增长5.8%。\n全省地区生产总值年均增长6%。\n一季度地区生产总值增长4.9%。\n全省海洋生产总值增长9%。\n" +
				"对东盟进出口增长12%。\n加快培育外贸新动能，对东南亚、共建“一带一路”国家和地区货物进出口分别增长40%和21%，引进企业10家。\n经济总量超200亿元的县达到6个。\n"},
		},
		{
			name: "a list handed out by 分别 that names parts of a whole",
			d:    doc{title: "2025年政府工作报告", text: reportHead + "一、2024年工作回顾\n对东盟进出口增长12%。\n加快培育外贸新动能，对东南亚、共建“一带一路”国家和地区货物进出口分别增长40%和21%，引进企业10家。\n"},
		},
		{
			name: "a review of several years has no one year's values",
			d:    doc{title: "2025年政府工作报告", text: reportHead + "一、2024年工作回顾\n过去五年，全省地区生产总值增长35%。\n"},
		},
		{
			name: "the review of the year goes on after a review of several years",
			d:    doc{title: "2026年政府工作报告", text: "——2026年1月15日在浙江省第十四届人民代表大会第四次会议上\n一、“十四五”时期和2025年工作回顾\n这五年，全省地区生产总值增长30%。\n刚刚过去的2025年，全省地区生产总值增长5.5%。\n"},
			want: []string{"地区生产总值增长 2025 5.5 浙江省"},
		},
		{
			name: "a communiqué: the year of its title, for the country",
			d:    doc{title: "中华人民共和国2024年国民经济和社会发展统计公报", text: "全年国内生产总值1349084亿元，比上年增长5.0%。全年城镇调查失业率平均值为5.1%。\n"},
			want: []string{"地区生产总值 2024 134908400000000 ", "地区生产总值增长 2024 5 ", "城镇调查失业率 2024 5.1 "},
		},
		{
			name: "a news article has no review part",
			d:    doc{title: "全省经济运行稳中有进", date: "2025-01-20", text: "一年来，全省地区生产总值增长5.6%。\n"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := run(t, tt.d)
			got := observations(rec)
			want := append([]string(nil), tt.want...)
			sort.Strings(want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("observations:\n got %q\nwant %q", got, want)
			}
			// Observations are never targets.
			for _, tg := range rec.Targets {
				for _, o := range got {
					if strings.Contains(o, " "+graph.FormatFloat(tg.Value)+" ") && tg.Year != nil && strings.Contains(o, fmt.Sprint(*tg.Year)) {
						t.Errorf("target %v is also an observation %q", tg, o)
					}
				}
			}
		})
	}
}

func TestTargetIndicators(t *testing.T) {
	tests := []struct {
		name string
		d    doc
		want []string
	}{
		{
			name: "headline goals get their indicator and the report's year",
			d:    doc{title: "2025年政府工作报告", text: reportHead + "二、2025年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，城镇调查失业率5.5%左右，城镇新增就业100万人以上。\n"},
			want: []string{"城镇调查失业率 2025 5.5", "城镇新增就业 2025 1000000", "地区生产总值增长 2025 5.5"},
		},
		{
			name: "an average over a plan's years is not the indicator",
			d:    doc{title: "某市十四五规划", text: "到2025年，全市地区生产总值年均增长6%，研发经费投入强度达到3%。\n"},
			want: []string{"- 2025 6", "研发经费投入强度 2025 3"},
		},
		{
			name: "a goal that fits no indicator keeps its metric only",
			d:    doc{title: "行动计划", text: "到2025年，培育上市企业12家。\n"},
			want: []string{"- 2025 12"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := targetIndicators(run(t, tt.d))
			want := append([]string(nil), tt.want...)
			sort.Strings(want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("targets:\n got %q\nwant %q", got, want)
			}
		})
	}
}

func TestReportYear(t *testing.T) {
	tests := []struct {
		title, date, text string
		want              int
	}{
		{"政府工作报告", "", "——2025年1月20日在山东省第十四届人民代表大会第三次会议上", 2025},
		{"政府工作报告", "", "二〇二四年一月二十一日在北京市第十六届人民代表大会第二次会议上", 2024},
		{"政府工作报告", "", "——2022年12月29日在某州第十四届人民代表大会第二次会议上", 2023},
		{"某州政府工作报告（2022年12月29日）", "", "各位代表：", 2023},
		{"2026年政府工作报告", "", "各位代表：", 2026},
		{"政府工作报告", "2024-01-25", "各位代表：", 2024},
		{"政府工作报告", "", "各位代表：", 0},
	}
	x := shipped(t)
	for _, tt := range tests {
		st := x.prepare(&ingest.Document{Name: "t", Source: "t", Title: tt.title, Date: tt.date, Text: tt.text, Format: "text"})
		if got := x.txt.reportYear(st); got != tt.want {
			t.Errorf("reportYear(%q, %q, %q) = %d, want %d", tt.title, tt.date, tt.text, got, tt.want)
		}
	}
}

// FuzzObservations: any text in a work report or a communiqué gives
// observations whose evidence lies in the text, with a period and an
// indicator, and never a panic.
func FuzzObservations(f *testing.F) {
	for _, s := range []string{
		reportHead + "一、2024年工作回顾\n全省地区生产总值增长5.6%，城镇、农村居民人均可支配收入分别增长4.5%、6.1%。",
		"二、2025年工作安排\n2024年，固定资产投资下降2%、、分别分别增长1%、",
		"分别增长1%、2%、3%",
		"过去五年\n一年来，分别",
		"二〇二四年十二月在人民代表大会",
	} {
		f.Add(s, "2025年政府工作报告")
		f.Add(s, "中华人民共和国2024年国民经济和社会发展统计公报")
	}
	f.Fuzz(func(t *testing.T, s, title string) {
		rec := run(t, doc{text: s, title: title})
		text := rec.Text
		for _, n := range rec.Nodes {
			if n.Kind != graph.Observation {
				continue
			}
			if n.Attr("indicator") == "" || n.Attr("period") == "" {
				t.Errorf("observation %s without indicator or period", n.ID)
			}
		}
		for _, e := range rec.Edges {
			if e.To.Kind() != graph.Observation || e.Rel != graph.Mentions {
				continue
			}
			for _, ev := range e.Evidence {
				if ev.Start < 0 || ev.End > len(text) || ev.Start > ev.End || !validBoundary(text, ev.Start) || !validBoundary(text, ev.End) {
					t.Fatalf("observation evidence [%d,%d) outside text of %d bytes", ev.Start, ev.End, len(text))
				}
			}
		}
	})
}

func TestAmountContext(t *testing.T) {
	rec := run(t, doc{title: "国家发改委下达投资", date: "2024-05-08", text: "国家发改委近日下达中央预算内投资100亿元，支持重大项目建设。"})
	var amounts []string
	for _, n := range rec.Nodes {
		switch n.Kind {
		case graph.Amount:
			amounts = append(amounts, fmt.Sprintf("%s %s %s %s", n.Attr("value"), n.Attr("date"), n.Attr("year"), n.Attr("agency")))
		case graph.Agency:
			if n.Name == "国家发展和改革委员会" && !strings.Contains(n.Attr("aliases"), "国家发改委") {
				t.Errorf("agency %s: aliases %q, want 国家发改委 among them", n.Name, n.Attr("aliases"))
			}
		}
	}
	if want := []string{"10000000000 2024-05-08 2024 国家发展和改革委员会"}; strings.Join(amounts, "|") != strings.Join(want, "|") {
		t.Errorf("amounts: got %q, want %q", amounts, want)
	}
}

func TestMetricWords(t *testing.T) {
	for _, tt := range []struct {
		text   string
		values []span // rune spans of the values inside the words
		want   string
	}{
		{"国内生产总值[2]1349084亿元，比上年增长", []span{{9, 18}}, "国内生产总值，比上年增长"},
		{"地区生产总值增长", nil, "地区生产总值增长"},
		{"地区生产总值超过5万亿元、增长", []span{{6, 12}}, "地区生产总值、增长"},
		{"[3]生产总值", nil, "生产总值"},
		{"生产总值[x]增长", nil, "生产总值[x]增长"},
	} {
		rs := []rune(tt.text)
		if got := metricWords(rs, span{0, len(rs)}, tt.values); got != tt.want {
			t.Errorf("metricWords(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
