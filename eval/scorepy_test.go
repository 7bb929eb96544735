package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/internal/testtools"
)

const (
	scorePy  = "../../shared/eval/score.py"
	devGold  = "../../shared/eval/dev.gold.jsonl"
	tolerant = 1e-7 // a relative change score.py's close() ignores
)

// pySummary is score.py --json.
type pySummary struct {
	Documents int      `json:"documents"`
	Missing   []string `json:"missing_documents"`
	Types     map[string]struct {
		TP, FP, FN        int
		Precision, Recall float64
		F1                float64 `json:"f1"`
	} `json:"types"`
	Attributes map[string]struct {
		Score *float64 `json:"score"`
		N     int      `json:"n"`
	} `json:"attributes"`
}

// TestAgreesWithScorePy scores mutations of the dev gold set with Score and
// with score.py, and wants the same counts and attribute scores.
func TestAgreesWithScorePy(t *testing.T) {
	python := testtools.Path(t, "python3")
	if _, err := os.Stat(scorePy); err != nil {
		t.Skipf("no score.py: %v", err)
	}
	data, err := os.ReadFile(devGold)
	if err != nil {
		t.Skipf("no dev gold set: %v", err)
	}
	gold, err := ReadRecords(bytes.NewReader(data), devGold)
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) < 10 {
		t.Fatalf("dev gold set has %d documents", len(gold))
	}

	cases := []struct {
		name   string
		mutate func(map[string]*graph.Record)
	}{
		{"gold", func(map[string]*graph.Record) {}},
		{"drop", dropEntities},
		{"add", addEntities},
		{"abbreviate", abbreviate},
		{"amounts", changeAmounts},
		{"targets", changeTargets},
		{"missing-docs", dropDocs},
		{"whitespace", spaceNames},
		{"empty", func(m map[string]*graph.Record) {
			for d := range m {
				m[d] = graph.NewRecord(d)
			}
		}},
	}
	all := []func(map[string]*graph.Record){dropEntities, addEntities, abbreviate, changeAmounts, changeTargets, dropDocs, spaceNames}
	for seed := uint64(1); seed <= 6; seed++ {
		cases = append(cases, struct {
			name   string
			mutate func(map[string]*graph.Record)
		}{fmt.Sprintf("random-%d", seed), func(m map[string]*graph.Record) {
			r := rand.New(rand.NewPCG(seed, 99))
			for _, f := range all {
				if r.IntN(2) == 0 {
					f(m)
				}
			}
			randomEdits(r, m)
		}})
	}

	dir := t.TempDir()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			pred := clone(t, gold)
			tc.mutate(pred)
			predPath := writeRecords(t, dir, tc.name+".jsonl", pred)
			// Score the mutation against the gold set, and (for the gold-side
			// normalizations) the gold set against the mutation as gold.
			compare(t, python, devGold, predPath)
			if tc.name != "missing-docs" && tc.name != "empty" {
				compare(t, python, predPath, devGold)
			}
		})
	}
}

func compare(t *testing.T, python, goldPath, predPath string) {
	t.Helper()
	out, err := exec.Command(python, scorePy, goldPath, predPath, "--json").Output()
	if err != nil {
		t.Fatalf("score.py %s %s: %v", goldPath, predPath, err)
	}
	var py pySummary
	if err := json.Unmarshal(out, &py); err != nil {
		t.Fatalf("score.py output: %v\n%s", err, out)
	}
	gold, pred := read(t, goldPath), read(t, predPath)
	rep := Score(gold, pred)
	what := filepath.Base(goldPath) + " vs " + filepath.Base(predPath)

	if rep.Documents != py.Documents || !slices.Equal(nonNil(rep.Missing), nonNil(py.Missing)) {
		t.Errorf("%s: documents %d missing %q; score.py %d missing %q", what, rep.Documents, rep.Missing, py.Documents, py.Missing)
	}
	for _, typ := range Types {
		c, p := rep.Types[typ], py.Types[typ]
		if c.TP != p.TP || c.FP != p.FP || c.FN != p.FN {
			t.Errorf("%s: %s tp/fp/fn %d/%d/%d; score.py %d/%d/%d", what, typ, c.TP, c.FP, c.FN, p.TP, p.FP, p.FN)
		}
		if round4(c.Precision()) != p.Precision || round4(c.Recall()) != p.Recall || round4(c.F1()) != p.F1 {
			t.Errorf("%s: %s P/R/F1 %.4f/%.4f/%.4f; score.py %v/%v/%v", what, typ, c.Precision(), c.Recall(), c.F1(), p.Precision, p.Recall, p.F1)
		}
	}
	if len(rep.Attributes) != len(py.Attributes) {
		t.Errorf("%s: attributes %v; score.py %v", what, rep.Attributes, py.Attributes)
	}
	for name, p := range py.Attributes {
		a := rep.Attributes[name]
		if int(a[1]) != p.N {
			t.Errorf("%s: %s over %v; score.py over %d", what, name, a[1], p.N)
			continue
		}
		if p.N == 0 {
			if p.Score != nil {
				t.Errorf("%s: %s: score.py %v over 0", what, name, *p.Score)
			}
			continue
		}
		if p.Score == nil || round4(a[0]/a[1]) != *p.Score {
			t.Errorf("%s: %s = %v; score.py %v", what, name, a[0]/a[1], p.Score)
		}
	}

	// The text reports agree too.
	text, err := exec.Command(python, scorePy, goldPath, predPath).Output()
	if err != nil {
		t.Fatalf("score.py: %v", err)
	}
	var b bytes.Buffer
	rep.Write(&b, false)
	if b.String() != string(text) {
		t.Errorf("%s: Write:\n%s\nscore.py:\n%s", what, b.String(), text)
	}
	if t.Failed() {
		t.Logf("score.py --json:\n%s", out)
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func read(t *testing.T, path string) map[string]*graph.Record {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := ReadRecords(bytes.NewReader(data), path)
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func clone(t *testing.T, m map[string]*graph.Record) map[string]*graph.Record {
	t.Helper()
	out := map[string]*graph.Record{}
	for d, r := range m {
		data, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var c graph.Record
		if err := json.Unmarshal(data, &c); err != nil {
			t.Fatal(err)
		}
		out[d] = &c
	}
	return out
}

func writeRecords(t *testing.T, dir, name string, m map[string]*graph.Record) string {
	t.Helper()
	var b bytes.Buffer
	for _, d := range sortedDocs(m) {
		data, err := json.Marshal(m[d])
		if err != nil {
			t.Fatal(err)
		}
		b.Write(data)
		b.WriteByte('\n')
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func sortedDocs(m map[string]*graph.Record) []string {
	docs := make([]string, 0, len(m))
	for d := range m {
		docs = append(docs, d)
	}
	sort.Strings(docs)
	return docs
}

func every[T any](s []T, n, from int) []T {
	var out []T
	for i, x := range s {
		if (i+from)%n != 0 {
			out = append(out, x)
		}
	}
	return out
}

func dropEntities(m map[string]*graph.Record) {
	for _, r := range m {
		r.Regions = every(r.Regions, 2, 0)
		r.Agencies = every(r.Agencies, 3, 1)
		if len(r.Plans) > 0 {
			r.Plans = r.Plans[1:]
		}
		if len(r.Amounts) > 0 {
			r.Amounts = r.Amounts[:len(r.Amounts)-1]
		}
		r.Targets = every(r.Targets, 2, 1)
	}
}

func addEntities(m map[string]*graph.Record) {
	for i, d := range sortedDocs(m) {
		r := m[d]
		r.Regions = append(r.Regions, "火星市", "火星市")
		r.Agencies = append(r.Agencies, "月球局", "发改委")
		r.Plans = append(r.Plans, "《不存在的规划》", "不存在的规划")
		r.Amounts = append(r.Amounts, graph.AmountItem{Value: float64(123 + i), Currency: "CNY"})
		r.Targets = append(r.Targets, graph.TargetItem{Metric: "虚构指标", Value: 7, Unit: "家"})
		// Optional gold entities are neither rewarded nor punished.
		r.Regions = append(r.Regions, r.Optional.Regions...)
		r.Agencies = append(r.Agencies, r.Optional.Agencies...)
		r.Plans = append(r.Plans, r.Optional.Plans...)
		r.Amounts = append(r.Amounts, r.Optional.Amounts...)
		r.Targets = append(r.Targets, r.Optional.Targets...)
		// Duplicates of found entities.
		if len(r.Amounts) > 0 {
			r.Amounts = append(r.Amounts, r.Amounts[0])
		}
		if len(r.Targets) > 0 {
			r.Targets = append(r.Targets, r.Targets[0])
		}
		r.Optional = graph.Optional{}
	}
}

// abbreviations rewrite full agency names the ways writers shorten them;
// some fold back to the full name in score.py, some (发展改革委员会) do not.
var abbreviations = []struct{ full, short string }{
	{"发展和改革委员会", "发改委"},
	{"发展和改革委员会", "发展改革委"},
	{"发展和改革委员会", "发展改革委员会"},
	{"科学技术厅", "科技厅"},
	{"科学技术部", "科技部"},
	{"科学技术委员会", "科委"},
	{"省人民政府", "省政府"},
	{"市人民政府", "市政府"},
	{"新闻办公室", "新闻办"},
	{"工业和信息化部", "工信部"},
	{"工业和信息化厅", "工信厅"},
	{"工业和信息化局", "工信局"},
	{"市场监督管理总局", "市场监管总局"},
	{"人力资源和社会保障部", "人社部"},
	{"国有资产监督管理委员会", "国资委"},
	{"中共中央", "党中央"},
	{"山东省委", "中共山东省委"},
	{"国务院办公厅", "中共国务院办公厅"},
	{"国务院", "国务院 "},
	{"国家自然科学基金委员会", "国家自然科学基金委员会（ＮＳＦＣ）"},
}

func abbreviate(m map[string]*graph.Record) {
	n := 0
	for _, d := range sortedDocs(m) {
		r := m[d]
		for i, a := range r.Agencies {
			for j := range abbreviations {
				ab := abbreviations[(j+n)%len(abbreviations)]
				if strings.Contains(a, ab.full) {
					r.Agencies[i] = strings.Replace(a, ab.full, ab.short, 1)
					n++
					break
				}
			}
		}
		for i, o := range r.Optional.Agencies {
			r.Optional.Agencies[i] = strings.Replace(o, "人民政府", "政府", 1)
		}
		for i, p := range r.Plans {
			switch i % 3 {
			case 0:
				r.Plans[i] = "《" + p + "》"
			case 1:
				r.Plans[i] = strings.NewReplacer("(", "（", ")", "）", "-", "—").Replace(p)
			}
		}
	}
}

func changeAmounts(m map[string]*graph.Record) {
	for _, d := range sortedDocs(m) {
		r := m[d]
		for i := range r.Amounts {
			a := &r.Amounts[i]
			switch i % 8 {
			case 0:
				a.Value++
			case 1:
				a.Value *= 1 + tolerant
			case 2:
				a.Value *= 10
			case 3:
				a.Currency = strings.ToLower(a.Currency)
			case 4:
				a.Currency = ""
			case 5:
				a.Currency = "USD"
			case 6:
				a.Qualifier = map[string]string{"": ">", "=": "~", ">": "=", "<": ""}[a.Qualifier]
			case 7:
				v := a.Value * 2
				a.ValueMax = &v
			}
		}
	}
}

func changeTargets(m map[string]*graph.Record) {
	for _, d := range sortedDocs(m) {
		r := m[d]
		for i := range r.Targets {
			tg := &r.Targets[i]
			switch i % 10 {
			case 0:
				tg.Unit = strings.NewReplacer("个", "個", "项", "項", "户", "戶", "台", "臺", "家", "家 ").Replace(tg.Unit)
			case 1:
				if strings.HasSuffix(tg.Unit, "元") {
					tg.Unit = "亿" + tg.Unit
				} else {
					tg.Unit = "万" + tg.Unit
				}
			case 2:
				tg.Unit = "美元"
			case 3:
				if tg.Year != nil {
					y := *tg.Year + 1
					tg.Year = &y
				} else {
					y := 2025
					tg.Year = &y
				}
			case 4:
				tg.Year = nil
			case 5:
				s := "全国"
				tg.Region = &s
			case 6:
				tg.Region = nil
			case 7:
				tg.Metric = string([]rune(tg.Metric)[:len([]rune(tg.Metric))/2])
			case 8:
				tg.Value += 0.5
			case 9:
				v := tg.Value + 1
				tg.ValueMax = &v
			}
		}
	}
}

func dropDocs(m map[string]*graph.Record) {
	for i, d := range sortedDocs(m) {
		if i%3 == 1 {
			delete(m, d)
		}
	}
	m["not-in-gold.txt"] = &graph.Record{Doc: "dir/not-in-gold.txt", Regions: []string{"北京市"}}
}

// spaceNames puts whitespace that Python's \s matches into names.
func spaceNames(m map[string]*graph.Record) {
	spaces := []string{" ", "\t", "\u3000", "\u00a0", "\u2009", "\x1c", "\x1f", "\u200b"}
	n := 0
	for _, d := range sortedDocs(m) {
		r := m[d]
		for _, list := range [][]string{r.Regions, r.Agencies, r.Plans} {
			for i, s := range list {
				rs := []rune(s)
				k := n % (len(rs) + 1)
				list[i] = string(rs[:k]) + spaces[n%len(spaces)] + string(rs[k:])
				n++
			}
		}
	}
}

// randomEdits swaps, copies and deletes entities across documents.
func randomEdits(r *rand.Rand, m map[string]*graph.Record) {
	docs := sortedDocs(m)
	if len(docs) == 0 {
		return
	}
	for range 40 {
		a, b := m[docs[r.IntN(len(docs))]], m[docs[r.IntN(len(docs))]]
		switch r.IntN(6) {
		case 0:
			if len(b.Regions) > 0 {
				a.Regions = append(a.Regions, b.Regions[r.IntN(len(b.Regions))])
			}
		case 1:
			if len(b.Agencies) > 0 {
				a.Agencies = append(a.Agencies, b.Agencies[r.IntN(len(b.Agencies))])
			}
		case 2:
			if len(b.Amounts) > 0 {
				a.Amounts = append(a.Amounts, b.Amounts[r.IntN(len(b.Amounts))])
			}
		case 3:
			if len(b.Targets) > 0 {
				a.Targets = append(a.Targets, b.Targets[r.IntN(len(b.Targets))])
			}
		case 4:
			if len(a.Targets) > 1 {
				i := r.IntN(len(a.Targets))
				a.Targets = append(a.Targets[:i], a.Targets[i+1:]...)
			}
		case 5:
			r.Shuffle(len(a.Targets), func(i, j int) { a.Targets[i], a.Targets[j] = a.Targets[j], a.Targets[i] })
			r.Shuffle(len(a.Agencies), func(i, j int) { a.Agencies[i], a.Agencies[j] = a.Agencies[j], a.Agencies[i] })
		}
	}
}
