package graph_test

import (
	"reflect"
	"testing"

	"github.com/policygraph/policygraph/graph"
)

// placeGraph holds regions whose names shorten in the ways Find must
// undo, plus one agency and one plan. Its only edge is 深圳市 part_of 广东省.
func placeGraph() *graph.KG {
	g := graph.NewKG()
	region := func(key, name, level string) {
		g.AddNode(&graph.Node{ID: graph.NewID(graph.Region, key), Kind: graph.Region, Name: name, Attrs: map[string]string{"level": level}})
	}
	region("深圳市", "深圳市", "city")
	region("广东省", "广东省", "province")
	region("广西壮族自治区", "广西壮族自治区", "province")
	region("内蒙古自治区", "内蒙古自治区", "province")
	region("延边朝鲜族自治州", "延边朝鲜族自治州", "prefecture")
	region("吉林市", "吉林市", "city") // sorts before 吉林省
	region("吉林省", "吉林省", "province")
	region("朝阳区#110105", "朝阳区", "district")
	region("朝阳区#220104", "朝阳区", "district")
	region("长三角", "长三角", "economic")
	g.AddNode(&graph.Node{ID: "agency:深圳市发展和改革委员会", Kind: graph.Agency, Name: "深圳市发展和改革委员会"})
	g.AddNode(&graph.Node{ID: "plan:深圳市十四五规划", Kind: graph.Plan, Name: "深圳市十四五规划"})
	g.AddEdge(&graph.Edge{From: "region:深圳市", Rel: graph.PartOf, To: "region:广东省"})
	g.Finish()
	return g
}

func TestFind(t *testing.T) {
	g := placeGraph()
	tests := []struct {
		kind    graph.Kind
		name    string
		want    []graph.ID
		wantErr string
	}{
		{graph.Region, "深圳市", []graph.ID{"region:深圳市"}, ""},
		{graph.Region, " 深圳市\n", []graph.ID{"region:深圳市"}, ""},
		{graph.Region, "region:深圳市", []graph.ID{"region:深圳市"}, ""},
		{graph.Region, "深圳", []graph.ID{"region:深圳市"}, ""},
		{graph.Region, "广东", []graph.ID{"region:广东省"}, ""},
		{graph.Region, "广西", []graph.ID{"region:广西壮族自治区"}, ""},
		{graph.Region, "内蒙古", []graph.ID{"region:内蒙古自治区"}, ""},
		{graph.Region, "延边", []graph.ID{"region:延边朝鲜族自治州"}, ""},
		// 吉林 is a province and a city in it; the province wins.
		{graph.Region, "吉林", []graph.ID{"region:吉林省"}, ""},
		{graph.Region, "吉林市", []graph.ID{"region:吉林市"}, ""},
		// One name, two divisions: both, whether asked in full or short.
		{graph.Region, "朝阳区", []graph.ID{"region:朝阳区#110105", "region:朝阳区#220104"}, ""},
		{graph.Region, "朝阳", []graph.ID{"region:朝阳区#110105", "region:朝阳区#220104"}, ""},
		{graph.Region, "region:朝阳区#220104", []graph.ID{"region:朝阳区#220104"}, ""},
		{graph.Agency, "深圳市发展和改革委员会", []graph.ID{"agency:深圳市发展和改革委员会"}, ""},
		{graph.Plan, "深圳市十四五规划", []graph.ID{"plan:深圳市十四五规划"}, ""},

		{graph.Region, "深证", nil, `no region named "深证"; did you mean 深圳市?`},
		{graph.Region, "吉林县", nil, `no region named "吉林县"; did you mean 吉林市, 吉林省?`},
		{graph.Region, "火星", nil, `no region named "火星"`},
		// One rune is too short to be a short form.
		{graph.Region, "吉", nil, `no region named "吉"; did you mean 吉林市, 吉林省?`},
		// Short forms are for regions only.
		{graph.Agency, "深圳市发展和改革", nil, `no agency named "深圳市发展和改革"; did you mean 深圳市发展和改革委员会?`},
		{graph.Plan, "深圳", nil, `no plan named "深圳"; did you mean 深圳市十四五规划?`},
		{graph.Region, "深圳市发展和改革委员会", nil, `no region named "深圳市发展和改革委员会"; did you mean 深圳市?`},
		{graph.Target, "深圳", nil, `no target named "深圳"`},
	}
	for _, tc := range tests {
		ns, err := g.Find(tc.kind, tc.name)
		if tc.wantErr != "" {
			if err == nil || err.Error() != tc.wantErr {
				t.Errorf("Find(%s, %q): %q, %v; want error %q", tc.kind, tc.name, nodeIDs(ns), err, tc.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("Find(%s, %q): %v", tc.kind, tc.name, err)
			continue
		}
		if got := nodeIDs(ns); !reflect.DeepEqual(tc.want, got) {
			t.Errorf("Find(%s, %q):\nwant %q\n got %q", tc.kind, tc.name, tc.want, got)
		}
	}
}

// targetGraph is the graph TestTargets queries:
//
//	广东省 ◀─part_of─ 深圳市 ◀─part_of─ 南山区            广西壮族自治区
//	  ▲                 ▲                  ▲                     ▲
//	  │ applies_to      │ applies_to       │ applies_to          │ applies_to
//	  T2 (2030)         T1 (2025)          T3 (2025)             T4 (2025)
//	  │ set_by          │ set_by                                 │ set_by
//	  ▼                 ▼                                        ▼
//	广东省人民政府       P1 ─issued_by─▶ 深圳市发改委 ◀─set_by─ T5     P2 ─issued_by─▶ 广西发改委
//
// T5 has no region and no year. a.md mentions T1 and T2, b.md mentions T1.
func targetGraph() *graph.KG {
	g := graph.NewKG()
	node := func(id graph.ID, name string, attrs ...string) {
		n := &graph.Node{ID: id, Kind: id.Kind(), Name: name}
		for i := 0; i+1 < len(attrs); i += 2 {
			n.SetAttr(attrs[i], attrs[i+1])
		}
		g.AddNode(n)
	}
	edge := func(from graph.ID, rel graph.Rel, to graph.ID) {
		g.AddEdge(&graph.Edge{From: from, Rel: rel, To: to})
	}
	node("region:广东省", "广东省")
	node("region:深圳市", "深圳市")
	node("region:南山区", "南山区")
	node("region:广西壮族自治区", "广西壮族自治区")
	edge("region:深圳市", graph.PartOf, "region:广东省")
	edge("region:南山区", graph.PartOf, "region:深圳市")
	node("agency:广东省人民政府", "广东省人民政府")
	node("agency:深圳市发改委", "深圳市发改委")
	node("agency:广西发改委", "广西发改委")
	node("plan:P1", "深圳市十四五规划")
	node("plan:P2", "广西十四五规划")
	edge("plan:P1", graph.IssuedBy, "agency:深圳市发改委")
	edge("plan:P2", graph.IssuedBy, "agency:广西发改委")
	node("document:a.md", "a.md")
	node("document:b.md", "b.md")

	node("target:T1", "地区生产总值 4万亿元", "metric", "地区生产总值", "value", "4000000000000", "unit", "元", "qualifier", "=", "year", "2025", "text", "地区生产总值达到4万亿元")
	edge("target:T1", graph.AppliesTo, "region:深圳市")
	edge("target:T1", graph.SetBy, "plan:P1")
	edge("document:b.md", graph.Mentions, "target:T1")
	edge("document:a.md", graph.Mentions, "target:T1")
	node("target:T2", "研发投入强度 ≥3%", "metric", "研发投入强度", "value", "3", "value_max", "3.5", "unit", "%", "qualifier", ">=", "year", "2030")
	edge("target:T2", graph.AppliesTo, "region:广东省")
	edge("target:T2", graph.SetBy, "agency:广东省人民政府")
	edge("document:a.md", graph.Mentions, "target:T2")
	node("target:T3", "新增就业 1万人", "metric", "新增就业", "value", "10000", "unit", "人", "year", "2025")
	edge("target:T3", graph.AppliesTo, "region:南山区")
	node("target:T4", "地区生产总值 3万亿元", "metric", "地区生产总值", "value", "3000000000000", "unit", "元", "year", "2025")
	edge("target:T4", graph.AppliesTo, "region:广西壮族自治区")
	edge("target:T4", graph.SetBy, "plan:P2")
	node("target:T5", "单位GDP能耗 下降13.5%", "metric", "单位GDP能耗", "value", "13.5", "unit", "%")
	edge("target:T5", graph.SetBy, "agency:深圳市发改委")
	g.Finish()
	return g
}

func TestTargets(t *testing.T) {
	g := targetGraph()
	tests := []struct {
		name string
		f    graph.TargetFilter
		want []graph.ID
	}{
		// Sorted by region name (none first), year, metric, value.
		{"all", graph.TargetFilter{}, []graph.ID{"target:T5", "target:T3", "target:T2", "target:T4", "target:T1"}},
		{"广东省 and below", graph.TargetFilter{Regions: g.Subregions("region:广东省")}, []graph.ID{"target:T3", "target:T2", "target:T1"}},
		{"深圳市 and below", graph.TargetFilter{Regions: g.Subregions("region:深圳市")}, []graph.ID{"target:T3", "target:T1"}},
		{"深圳市 only", graph.TargetFilter{Regions: []graph.ID{"region:深圳市"}}, []graph.ID{"target:T1"}},
		{"two provinces", graph.TargetFilter{Regions: []graph.ID{"region:广东省", "region:广西壮族自治区"}}, []graph.ID{"target:T2", "target:T4"}},
		{"region without targets", graph.TargetFilter{Regions: []graph.ID{"region:火星"}}, nil},
		{"from 2026", graph.TargetFilter{YearFrom: 2026}, []graph.ID{"target:T2"}},
		{"to 2025", graph.TargetFilter{YearTo: 2025}, []graph.ID{"target:T3", "target:T4", "target:T1"}},
		{"2025 to 2030", graph.TargetFilter{YearFrom: 2025, YearTo: 2030}, []graph.ID{"target:T3", "target:T2", "target:T4", "target:T1"}},
		{"2026 to 2029", graph.TargetFilter{YearFrom: 2026, YearTo: 2029}, nil},
		{"plan P1", graph.TargetFilter{Plan: "plan:P1"}, []graph.ID{"target:T1"}},
		{"plan P2", graph.TargetFilter{Plan: "plan:P2"}, []graph.ID{"target:T4"}},
		// The agency sets T5 itself and T1 through the plan it issued.
		{"agency 深圳市发改委", graph.TargetFilter{Agency: "agency:深圳市发改委"}, []graph.ID{"target:T5", "target:T1"}},
		{"agency 广东省人民政府", graph.TargetFilter{Agency: "agency:广东省人民政府"}, []graph.ID{"target:T2"}},
		{"agency 广西发改委", graph.TargetFilter{Agency: "agency:广西发改委"}, []graph.ID{"target:T4"}},
		{"agency and region", graph.TargetFilter{Agency: "agency:深圳市发改委", Regions: g.Subregions("region:广东省")}, []graph.ID{"target:T1"}},
		{"agency and year", graph.TargetFilter{Agency: "agency:深圳市发改委", YearFrom: 2020}, []graph.ID{"target:T1"}},
		{"plan and other agency", graph.TargetFilter{Plan: "plan:P1", Agency: "agency:广西发改委"}, nil},
	}
	for _, tc := range tests {
		var got []graph.ID
		for _, r := range g.Targets(tc.f) {
			got = append(got, r.ID)
		}
		if !reflect.DeepEqual(tc.want, got) {
			t.Errorf("%s:\nwant %q\n got %q", tc.name, tc.want, got)
		}
	}
}

func TestTargetRows(t *testing.T) {
	g := targetGraph()
	rows := g.Targets(graph.TargetFilter{Regions: []graph.ID{"region:深圳市", "region:广东省"}})
	want := []graph.TargetRow{
		{ID: "target:T2", Region: "广东省", Year: 2030, Metric: "研发投入强度", Qualifier: ">=", Value: 3, ValueMax: ptr(3.5), Unit: "%",
			Agency: "广东省人民政府", Documents: []string{"a.md"}},
		{ID: "target:T1", Region: "深圳市", Year: 2025, Metric: "地区生产总值", Qualifier: "=", Value: 4e12, Unit: "元",
			Plan: "深圳市十四五规划", Documents: []string{"a.md", "b.md"}, Text: "地区生产总值达到4万亿元"},
	}
	if !reflect.DeepEqual(want, rows) {
		t.Errorf("Targets:\nwant %+v\n got %+v", want, rows)
	}
}
