package eval

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
)

func TestNormAgency(t *testing.T) {
	tests := []struct{ in, want string }{
		// ^党中央$ only as the whole name
		{"党中央", "中共中央"},
		{"党中央办公厅", "党中央办公厅"},
		{" 党 中 央 ", "中共中央"},
		// ^中共(?!中央): a party prefix goes, the Central Committee stays
		{"中共山东省委", "山东省委"},
		{"中共中央", "中共中央"},
		{"中共中央办公厅", "中共中央办公厅"},
		{"中共", ""},
		{"山东省中共党校", "山东省中共党校"}, // not at the start
		// 发展改革委(?!员会) before 发改委
		{"国家发展改革委", "国家发展和改革委员会"},
		{"发展改革委员会", "发展改革委员会"},
		{"山东省发展改革委办公室", "山东省发展和改革委员会办公室"},
		{"发展改革委发展改革委员会", "发展和改革委员会发展改革委员会"},
		{"深圳市发改委", "深圳市发展和改革委员会"},
		{"深圳市发展和改革委员会", "深圳市发展和改革委员会"},
		{"工信厅", "工业和信息化厅"}, {"工信局", "工业和信息化局"}, {"工信部", "工业和信息化部"},
		{"经信厅", "经济和信息化厅"}, {"经信局", "经济和信息化局"}, {"经信委", "经济和信息化委员会"},
		{"山东省科技厅", "山东省科学技术厅"}, {"科技局", "科学技术局"}, {"科技部", "科学技术部"}, {"上海市科委", "上海市科学技术委员会"},
		{"国资委", "国有资产监督管理委员会"}, {"卫健委", "卫生健康委员会"},
		{"国家市场监管总局", "国家市场监督管理总局"}, {"市场监管局", "市场监督管理局"},
		{"住建厅", "住房和城乡建设厅"}, {"住建局", "住房和城乡建设局"}, {"住建部", "住房和城乡建设部"},
		{"人社厅", "人力资源和社会保障厅"}, {"人社局", "人力资源和社会保障局"}, {"人社部", "人力资源和社会保障部"},
		{"山东省政府", "山东省人民政府"}, {"市政府", "市人民政府"}, {"区政府", "区人民政府"}, {"县政府", "县人民政府"},
		{"甘孜州政府", "甘孜州人民政府"}, {"阿拉善左旗政府", "阿拉善左旗人民政府"}, {"镇政府", "镇人民政府"},
		{"山东省人民政府", "山东省人民政府"},
		// 新闻办(?!公室), 网信办(?!公室)
		{"山东省政府新闻办", "山东省人民政府新闻办公室"},
		{"国务院新闻办公室", "国务院新闻办公室"},
		{"国务院新闻办新闻局", "国务院新闻办公室新闻局"},
		{"国家网信办", "国家互联网信息办公室"},
		{"网信办公室", "网信办公室"},
		// several folds in one name, and in order: 中共 goes first
		{"中共深圳市委发改委", "深圳市委发展和改革委员会"},
		// width folding and 《》
		{"ＸＸ省科技厅", "XX省科学技术厅"},
		{"《国务院》", "国务院"},
	}
	for _, tc := range tests {
		if got := normAgency(tc.in); got != tc.want {
			t.Errorf("normAgency(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestReplaceNotBefore(t *testing.T) {
	for _, tc := range []struct{ s, want string }{
		{"", ""},
		{"ab", "X"},
		{"abc", "abc"},
		{"abab", "XX"},
		{"abcab", "abcX"},
		{"xaby", "xXy"},
	} {
		if got := replaceNotBefore(tc.s, "ab", "c", "X"); got != tc.want {
			t.Errorf("replaceNotBefore(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
}

func TestNormText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"《深圳市规划》", "深圳市规划"},
		{"行动计划（２０２２—２０２５年）", "行动计划(2022—2025年)"},
		{" 深圳\t市\n", "深圳市"},
		{"深\u3000圳\u00a0市\u2009", "深圳市"},
		// Python's \s also matches the information separators U+001C–U+001F.
		{"深\x1c圳\x1d市\x1e\x1f", "深圳市"},
		{"\u200b深圳", "\u200b深圳"}, // not whitespace for either
	} {
		if got := normText(tc.in); got != tc.want {
			t.Errorf("normText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNormUnit(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"戶", "户"}, {"個", "个"}, {"項", "项"}, {"萬", "万"}, {"億", "亿"}, {"臺", "台"},
		{"張", "张"}, {"畝", "亩"}, {"噸", "吨"}, {"場", "场"}, {"間", "间"},
		{"萬畝", "万亩"}, {"家", "家"}, {"%", "%"}, {"％", "%"}, {"", ""},
		// every sum in 元 is 元 …
		{"元", "元"}, {"万元", "元"}, {"亿元", "元"}, {"萬元", "元"}, {"億元", "元"}, {" 亿 元 ", "元"},
		{"元人民币", "元人民币"}, {"人民币元", "元"}, {"万亿元", "元"},
		// … except the five foreign currencies score.py names
		{"美元", "美元"}, {"欧元", "欧元"}, {"日元", "日元"}, {"港元", "港元"}, {"英镑", "英镑"},
		{"亿美元", "元"}, {"澳元", "元"}, {"新台币", "新台币"},
	} {
		if got := normUnit(tc.in); got != tc.want {
			t.Errorf("normUnit(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDice(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want float64
	}{
		{"", "", 0},
		{"高新技术企业", "", 0},
		{"", "高新技术企业", 0},
		{"高新技术企业", "高新技术企业", 1},
		{"高新技术企业", "《高新技术企业》", 1},
		{"ab", "ba", 1},
		{"科技型中小企业", "中小企业", 2.0 * 4 / 11},
		{"aab", "ab", 2.0 * 2 / 5},
		{"aab", "abb", 2.0 * 2 / 6},
		{"新建省重点实验室", "省实验室", 2.0 * 4 / 12},
		{"ａｂ", "ab", 1},
	} {
		if got := dice(tc.a, tc.b); math.Abs(got-tc.want) > 1e-12 {
			t.Errorf("dice(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := dice(tc.b, tc.a); math.Abs(got-tc.want) > 1e-12 {
			t.Errorf("dice(%q, %q) = %v, want %v (dice is symmetric)", tc.b, tc.a, got, tc.want)
		}
	}
}

func TestCounts(t *testing.T) {
	for _, tc := range []struct {
		c       Counts
		p, r, f float64
	}{
		{Counts{}, 1, 1, 1},      // nothing to find, nothing found
		{Counts{FN: 3}, 0, 0, 0}, // nothing found
		{Counts{FP: 2}, 0, 1, 0}, // nothing to find, something found
		{Counts{TP: 4}, 1, 1, 1}, // perfect
		{Counts{TP: 0, FP: 1, FN: 1}, 0, 0, 0},
		{Counts{TP: 3, FP: 1, FN: 2}, 0.75, 0.6, 2 * 0.75 * 0.6 / 1.35},
		{Counts{TP: 1, FP: 3}, 0.25, 1, 0.4},
	} {
		if p, r, f := tc.c.Precision(), tc.c.Recall(), tc.c.F1(); math.Abs(p-tc.p) > 1e-12 || math.Abs(r-tc.r) > 1e-12 || math.Abs(f-tc.f) > 1e-12 {
			t.Errorf("%+v: P/R/F1 = %v %v %v, want %v %v %v", tc.c, p, r, f, tc.p, tc.r, tc.f)
		}
	}
}

func TestClose(t *testing.T) {
	f := func(x float64) *float64 { return &x }
	for _, tc := range []struct {
		a, b *float64
		want bool
	}{
		{nil, nil, true},
		{nil, f(0), false},
		{f(0), nil, false},
		{f(0), f(0), true},
		{f(0), f(1e-7), true},
		{f(0), f(2e-6), false},
		{f(1e10), f(1e10 + 1e4), true},
		{f(1e10), f(1e10 + 2e4), false},
		{f(-5), f(5), false},
	} {
		if got := close(tc.a, tc.b); got != tc.want {
			t.Errorf("close(%v, %v) = %v", tc.a, tc.b, got)
		}
	}
}

func TestReadRecords(t *testing.T) {
	in := `{"doc": "data/a/001.txt", "regions": ["深圳市"]}

{"doc": "002.txt", "agencies": ["发改委"]}
{"doc": "002.txt", "agencies": ["科技厅"]}`
	recs, err := ReadRecords(strings.NewReader(in), "p.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 || recs["001.txt"] == nil || recs["001.txt"].Regions[0] != "深圳市" {
		t.Fatalf("records: %v", recs)
	}
	if got := recs["002.txt"].Agencies; len(got) != 1 || got[0] != "科技厅" {
		t.Errorf("a later record for a doc replaces an earlier one: got %q", got)
	}
	for _, tc := range []struct{ in, want string }{
		{"{\"doc\": \"a\"}\nnot json\n", "p.jsonl:2: not a JSON record: "},
		{"{\"regions\": []}\n", `p.jsonl:1: record has no "doc"`},
	} {
		if _, err := ReadRecords(strings.NewReader(tc.in), "p.jsonl"); err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("ReadRecords(%q): error %v, want %q…", tc.in, err, tc.want)
		}
	}
}

func TestScore(t *testing.T) {
	f := func(x float64) *float64 { return &x }
	y := func(x int) *int { return &x }
	gold := map[string]*graph.Record{
		"a": {
			Doc:      "a",
			Regions:  []string{"深圳市", "深圳市"}, // duplicates count once
			Agencies: []string{"深圳市发展和改革委员会", "中共中央"},
			Amounts:  []graph.AmountItem{{Value: 1e8, Currency: "CNY", Qualifier: ">"}, {Value: 1e8}},
			Targets: []graph.TargetItem{
				{Metric: "高新技术企业", Value: 30, Unit: "家", Year: y(2025)},
				{Metric: "科技型中小企业", Value: 30, Unit: "家"}, // same value: both kept
			},
			Optional: graph.Optional{Regions: []string{"广东省"}, Amounts: []graph.AmountItem{{Value: 5}}},
		},
		"b": {Doc: "b", Plans: []string{"《某规划》"}},
	}
	pred := map[string]*graph.Record{
		"a": {
			Doc:      "a",
			Regions:  []string{"深圳市", "广东省", "北京市"}, // 广东省 is optional: no FP
			Agencies: []string{"深圳市发改委", "党中央", "发改委"},
			Amounts:  []graph.AmountItem{{Value: 1e8, Currency: "cny"}, {Value: 5}, {Value: 1e8, ValueMax: f(2e8)}},
			Targets: []graph.TargetItem{
				{Metric: "企业", Value: 30, Unit: "家", Year: y(2025)},
				{Metric: "科技型中小企业", Value: 30, Unit: "個"},
			},
		},
		"x": {Doc: "x", Regions: []string{"不计"}}, // not in gold: ignored
	}
	rep := Score(gold, pred)
	want := map[string]Counts{
		"regions":  {TP: 1, FP: 1, FN: 0},
		"agencies": {TP: 2, FP: 1, FN: 0},
		"plans":    {TP: 0, FP: 0, FN: 1},
		"amounts":  {TP: 1, FP: 1, FN: 0},
		"targets":  {TP: 1, FP: 1, FN: 1},
	}
	for typ, w := range want {
		if got := *rep.Types[typ]; got != w {
			t.Errorf("%s: %+v, want %+v", typ, got, w)
		}
	}
	if rep.Documents != 2 || len(rep.Missing) != 1 || rep.Missing[0] != "b" {
		t.Errorf("documents %d, missing %q", rep.Documents, rep.Missing)
	}
	// The qualifier ">" against "" ("="): wrong. The one matched target has
	// the right year, region "" = "", metric 企业 vs 高新技术企业.
	for name, w := range map[string][2]float64{
		"amount_qualifier": {0, 1},
		"target_year":      {1, 1},
		"target_region":    {1, 1},
		"target_metric":    {2.0 * 2 / 8, 1},
	} {
		if got := rep.Attributes[name]; math.Abs(got[0]-w[0]) > 1e-12 || got[1] != w[1] {
			t.Errorf("%s: %v, want %v", name, got, w)
		}
	}

	var out bytes.Buffer
	rep.Write(&out, true)
	wantOut := `a	regions	extra	"北京市"
a	agencies	extra	"发改委"
a	amounts	extra	{"text":"","value":100000000,"value_max":200000000,"currency":"","qualifier":""}
a	targets	missed	{"text":"","metric":"科技型中小企业","value":30,"unit":"家","qualifier":"","year":null,"region":null}
a	targets	extra	{"text":"","metric":"科技型中小企业","value":30,"unit":"個","qualifier":"","year":null,"region":null}
b	plans	missed	"《某规划》"

documents: 2 (missing from predictions: 1)
type          tp    fp    fn    prec     rec      f1
regions        1     1     0   0.500   1.000   0.667
agencies       2     1     0   0.667   1.000   0.800
plans          0     0     1   0.000   0.000   0.000
amounts        1     1     0   0.500   1.000   0.667
targets        1     1     1   0.500   0.500   0.500
amount_qualifier: 0.000 over 1
target_year: 1.000 over 1
target_region: 1.000 over 1
target_metric: 0.500 over 1
`
	if got := out.String(); got != wantOut {
		t.Errorf("Write:\n%s\nwant:\n%s", got, wantOut)
	}
}

func TestScoreEmpty(t *testing.T) {
	rep := Score(map[string]*graph.Record{}, nil)
	var out bytes.Buffer
	rep.Write(&out, false)
	want := `documents: 0 (missing from predictions: 0)
type          tp    fp    fn    prec     rec      f1
regions        0     0     0   1.000   1.000   1.000
agencies       0     0     0   1.000   1.000   1.000
plans          0     0     0   1.000   1.000   1.000
amounts        0     0     0   1.000   1.000   1.000
targets        0     0     0   1.000   1.000   1.000
amount_qualifier: n/a over 0
target_year: n/a over 0
target_region: n/a over 0
target_metric: n/a over 0
`
	if got := out.String(); got != want {
		t.Errorf("Write:\n%s\nwant:\n%s", got, want)
	}
}

// TestWriteRounding: score.py rounds to 4 decimals, then prints 3, so
// 0.848484… (0.8485) prints as 0.849, not 0.848.
func TestWriteRounding(t *testing.T) {
	rep := Score(map[string]*graph.Record{}, nil)
	rep.Types["regions"] = &Counts{TP: 42, FP: 15}
	rep.Attributes["target_metric"] = [2]float64{0.84848, 1}
	var out bytes.Buffer
	rep.Write(&out, false)
	for _, want := range []string{
		"regions       42    15     0   0.737   1.000   0.849\n",
		"target_metric: 0.849 over 1\n",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("Write: no line %q in\n%s", want, out.String())
		}
	}
}
