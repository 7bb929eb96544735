package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// reportsDB extracts two years of two made-up provincial work reports
// (written for this test) into a new database.
func reportsDB(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	report := func(name, province string, year int, review, plan string) {
		y := func(d int) string { return strconv.Itoa(year + d) }
		text := "---\ntitle: " + y(0) + "年政府工作报告\n---\n\n——" + y(0) + "年1月15日在" + province + "第十四届人民代表大会第三次会议上\n\n" +
			"一、" + y(-1) + "年工作回顾\n\n" + review + "\n\n二、" + y(0) + "年工作安排\n\n" + plan + "\n"
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	report("sd-2024.md", "山东省", 2024, "全省地区生产总值增长6%。", "今年经济社会发展的主要预期目标是：地区生产总值增长5%以上，城镇调查失业率5.5%左右。")
	report("sd-2025.md", "山东省", 2025, "全省地区生产总值增长5.7%，城镇调查失业率5.1%。", "今年经济社会发展的主要预期目标是：地区生产总值增长5%以上。")
	report("js-2024.md", "江苏省", 2024, "全省地区生产总值增长5.8%。", "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。")
	report("js-2025.md", "江苏省", 2025, "全省地区生产总值增长4.9%。", "今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。")
	db := filepath.Join(t.TempDir(), "r.db")
	must(t, "extract", "--quiet", "--db", db, dir)
	return db
}

func TestIndicatorQueries(t *testing.T) {
	db := reportsDB(t)
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"query", "compare", "--indicator", "GDP增长", "--year", "2025", "--level", "province", "--format", "csv"},
			"region,level,year,metric,qualifier,value,value_max,unit,documents,others\n" +
				"江苏省,province,2025,地区生产总值增长,~,5.5,,%,js-2025.md,0\n" +
				"山东省,province,2025,地区生产总值增长,>=,5,,%,sd-2025.md,0\n"},
		{[]string{"query", "progress", "--region", "山东", "--format", "csv"},
			"region,indicator,year,qualifier,target,target_max,unit,observed,observed_unit,status,target_documents,observed_documents\n" +
				"山东省,地区生产总值增长,2024,>=,5,,%,5.7,%,met,sd-2024.md,sd-2025.md\n" +
				"山东省,地区生产总值增长,2025,>=,5,,%,,,pending,sd-2025.md,\n" +
				"山东省,城镇调查失业率,2024,~,5.5,,%,5.1,%,met,sd-2024.md,sd-2025.md\n"},
		{[]string{"query", "series", "--region", "江苏省", "--indicator", "地区生产总值增长", "--format", "csv"},
			"year,kind,qualifier,value,value_max,unit,metric,documents\n" +
				"2023,observation,,5.8,,%,地区生产总值增长,js-2024.md\n" +
				"2024,target,~,5,,%,地区生产总值增长,js-2024.md\n" +
				"2024,observation,,4.9,,%,地区生产总值增长,js-2025.md\n" +
				"2025,target,~,5.5,,%,地区生产总值增长,js-2025.md\n"},
		{[]string{"query", "targets", "--indicator", "经济增长", "--min", "5.5", "--format", "csv"},
			"region,year,metric,indicator,qualifier,value,value_max,unit,plan,agency,documents\n" +
				"江苏省,2025,地区生产总值增长,地区生产总值增长,~,5.5,,%,,,js-2025.md\n"},
		{[]string{"query", "targets", "--indicator", "GDP增长", "--sort", "-value", "--limit", "1", "--format", "csv"},
			"region,year,metric,indicator,qualifier,value,value_max,unit,plan,agency,documents\n" +
				"江苏省,2025,地区生产总值增长,地区生产总值增长,~,5.5,,%,,,js-2025.md\n"},
		{[]string{"query", "indicators", "--format", "csv"},
			"indicator,kind,unit,better,targets,observations,aliases\n" +
				"地区生产总值增长,rate,%,higher,4,4,GDP增长、GDP增速、经济增长、经济增速、生产总值增长、生产总值增速、地区生产总值增速、国内生产总值增长、国内生产总值增速\n" +
				"城镇调查失业率,ratio,%,lower,1,1,调查失业率、失业率、城镇调查失业率平均值\n"},
		{[]string{"query", "observations", "--indicator", "失业率", "--format", "csv"},
			"region,indicator,period,value,unit,metric,documents\n" +
				"山东省,城镇调查失业率,2024,5.1,%,城镇调查失业率,sd-2025.md\n"},
	} {
		if got := must(t, append(tt.args, "--db", db)...); got != tt.want {
			t.Errorf("policygraph %s:\n got %q\nwant %q", strings.Join(tt.args, " "), got, tt.want)
		}
	}
	// stats --format json counts the new kinds for scripts.
	var stats struct {
		ByKind map[string]int `json:"by_kind"`
		ByRel  map[string]int `json:"by_rel"`
	}
	if err := json.Unmarshal([]byte(must(t, "stats", "--format", "json", "--db", db)), &stats); err != nil {
		t.Fatal(err)
	}
	if stats.ByKind["observation"] != 5 || stats.ByKind["indicator"] != 2 || stats.ByRel["measures"] == 0 {
		t.Errorf("stats --format json: by_kind %v, by_rel %v; want 5 observations, 2 indicators and measures edges", stats.ByKind, stats.ByRel)
	}
	// A target with no year writes an empty field in CSV, not "-".
	if out := must(t, "query", "targets", "--format", "csv", "--db", db); strings.Contains(out, ",-,") {
		t.Errorf("targets CSV writes - for a missing value:\n%s", out)
	}
	// Exports carry indicators and observations.
	var exported struct {
		Nodes []struct {
			Kind string `json:"kind"`
		} `json:"nodes"`
		Edges []struct {
			Rel string `json:"rel"`
		} `json:"edges"`
	}
	if err := json.Unmarshal([]byte(must(t, "export", "--format", "json", "--db", db)), &exported); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, n := range exported.Nodes {
		kinds[n.Kind]++
	}
	for _, e := range exported.Edges {
		kinds[e.Rel]++
	}
	if kinds["observation"] != 5 || kinds["indicator"] != 2 || kinds["measures"] == 0 {
		t.Errorf("export json: %v; want 5 observations, 2 indicators and measures edges", kinds)
	}
	for _, format := range []string{"dot", "graphml", "cytoscape"} {
		if out := must(t, "export", "--format", format, "--db", db); !strings.Contains(out, "observation") || !strings.Contains(out, "measures") {
			t.Errorf("export --format %s: no observation or measures", format)
		}
	}
	// --format svg draws the series.
	golden(t, "series-jiangsu.svg", must(t, "query", "series", "--region", "江苏", "--indicator", "GDP增长", "--format", "svg", "--db", db))
	// Every listing takes --evidence.
	for _, q := range []string{"amounts", "plans", "agencies", "regions", "targets", "observations"} {
		if out := must(t, "query", q, "--evidence", "--format", "csv", "--db", db); !strings.Contains(strings.SplitN(out, "\n", 2)[0], "evidence") {
			t.Errorf("query %s --evidence: no evidence column in %q", q, strings.SplitN(out, "\n", 2)[0])
		}
	}
	// --evidence adds the document and the sentence.
	out := must(t, "query", "series", "--region", "山东省", "--indicator", "GDP增长", "--evidence", "--db", db)
	if !strings.Contains(out, "EVIDENCE") || !strings.Contains(out, "全省地区生产总值增长5.7%") {
		t.Errorf("series --evidence: no evidence sentence in\n%s", out)
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"query", "compare", "--indicator", "GDP增张", "--year", "2025"}, "did you mean GDP增速, GDP增长"},
		{[]string{"query", "compare", "--indicator", "GDP增长"}, "give --indicator and one --year"},
		{[]string{"query", "series", "--indicator", "GDP增长"}, "give --indicator and --region"},
		{[]string{"query", "targets", "--min", "many"}, "--min \"many\": want a number"},
		{[]string{"query", "targets", "--sort", "size"}, "--sort \"size\""},
		{[]string{"query", "targets", "--format", "svg"}, "--format svg draws a series only"},
	} {
		_, _, err := policygraph(t, append(tt.args, "--db", db)...)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("policygraph %s: err %v, want one containing %q", strings.Join(tt.args, " "), err, tt.want)
		}
	}
}
