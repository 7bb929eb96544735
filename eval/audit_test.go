package eval

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
)

func auditRecords() []*graph.Record {
	text := "标题\n今年全省新增高新技术企业200家以上。去年增长5%。\n到2025年，营收达1200亿元。"
	i := strings.Index(text, "200家以上")
	j := strings.Index(text, "1200亿元")
	y := 2025
	reg := "山东省"
	r := &graph.Record{Doc: "a.md", Text: text, Meta: &graph.DocMeta{Source: "x/a.md"}, Agencies: []string{"山东省人民政府"}, Regions: []string{"山东省"},
		Targets: []graph.TargetItem{
			{Value: 200, Unit: "家", Qualifier: ">=", Metric: "新增高新技术企业", Span: &graph.Span{Start: i, End: i + len("200家以上")}},
			{Value: 1.2e11, Unit: "元", Qualifier: "=", Year: &y, Region: &reg, Metric: "营收", Span: &graph.Span{Start: j, End: j + len("1200亿元")}},
		},
	}
	r2 := &graph.Record{Doc: "b.md", Meta: &graph.DocMeta{Source: "x/b.md"}, Targets: []graph.TargetItem{{Value: 3, Unit: "个"}}}
	return []*graph.Record{r2, r}
}

func TestSampleDeterministic(t *testing.T) {
	a, err := Sample(auditRecords(), "targets", 2, 7)
	if err != nil {
		t.Fatal(err)
	}
	// The records' order must not matter, only the seed.
	recs := auditRecords()
	recs[0], recs[1] = recs[1], recs[0]
	b, err := Sample(recs, "targets", 2, 7)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, b) {
		t.Fatalf("same seed, different draws:\n%v\n%v", a, b)
	}
	all, _ := Sample(auditRecords(), "targets", 99, 7)
	if len(all) != 3 {
		t.Fatalf("drew %d of 3 targets", len(all))
	}
	for _, it := range all {
		if it.Fact["metric"] == "营收" && it.Evidence != "到2025年，营收达1200亿元。" {
			t.Errorf("evidence %q, want the sentence of the target", it.Evidence)
		}
		if it.Fact["metric"] == "新增高新技术企业" && it.Evidence != "今年全省新增高新技术企业200家以上。" {
			t.Errorf("evidence %q, want the sentence of the target", it.Evidence)
		}
	}
	if _, err := Sample(auditRecords(), "plans?", 2, 7); err == nil {
		t.Error("an unknown kind must be an error")
	}
}

func TestAuditFormRoundTrip(t *testing.T) {
	items, err := Sample(auditRecords(), "targets", 3, 1)
	if err != nil {
		t.Fatal(err)
	}
	items[0].Mark = "y"
	items[1].Mark = "year,region"
	items[2].Mark = "n"
	var buf bytes.Buffer
	if err := WriteAuditForm(&buf, items); err != nil {
		t.Fatal(err)
	}
	got, err := ReadAuditForm(&buf, "form.tsv")
	if err != nil {
		t.Fatal(err)
	}
	want := &AuditTotals{Marked: 3, Right: 1, NotAFact: 1, Wrong: map[string]int{"year": 1, "region": 1}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("totals %+v, want %+v", got, want)
	}
}

func TestReadAuditFormErrors(t *testing.T) {
	tests := []struct{ name, form, want string }{
		{"not-a-form", "a\tb\n", "not an audit form"},
		{"bad-mark", "mark\tn\nyear,colour\t1\n", "form.tsv:2: mark"},
		{"unmarked", "mark\tn\n\t1\n", "no row is marked"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadAuditForm(strings.NewReader(tc.form), "form.tsv")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func FuzzReadAuditForm(f *testing.F) {
	f.Add("mark\tn\ny\t1\n")
	f.Add("mark\tn\nyear,unit\t1\nn\t2\n\t3\n")
	f.Add("mark\n\"\t\n")
	f.Fuzz(func(t *testing.T, s string) {
		tot, err := ReadAuditForm(strings.NewReader(s), "f")
		if err != nil {
			return
		}
		if tot.Marked == 0 || tot.Right+tot.NotAFact > tot.Marked || tot.Unmarked < 0 {
			t.Fatalf("inconsistent totals %+v", tot)
		}
	})
}
