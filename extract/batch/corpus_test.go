package batch

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/policygraph/policygraph/eval"
	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/internal/testtools"
	"github.com/policygraph/policygraph/rules"
	"github.com/policygraph/policygraph/store"
)

// shared is the read-only folder beside the repository; CI has it.
const shared = "../../../shared"

func needShared(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(shared, "eval", "dev.gold.jsonl")); err != nil {
		t.Skip("../shared is absent")
	}
}

func compiled(t testing.TB) *extract.Extractor {
	t.Helper()
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.Compile(set)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// memSink collects records.
type memSink struct{ recs []*graph.Record }

func (m *memSink) Put(_ context.Context, recs ...*graph.Record) (int, error) {
	m.recs = append(m.recs, recs...)
	return len(recs), nil
}

// devGoldInputs lists the corpus files the dev gold names, and xwlb.jsonl.
func devGoldInputs(t *testing.T) (map[string]*graph.Record, []string) {
	f, err := os.Open(filepath.Join(shared, "eval", "dev.gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := eval.ReadRecords(f, "dev.gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	index := map[string]string{}
	corpus := filepath.Join(shared, "corpus")
	filepath.WalkDir(corpus, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.Contains(p, "/raw/") {
			if _, ok := index[d.Name()]; !ok {
				index[d.Name()] = p
			}
		}
		return nil
	})
	var paths []string
	for name := range gold {
		if p, ok := index[name]; ok {
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	return gold, append(paths, filepath.Join(corpus, "xwlb.jsonl"))
}

// The dev gold set must stay above the quality bar of issue 3. This is a
// regression guard: the rules were developed on these documents, so the
// bar that matters is on unseen ones; a drop here means a change broke
// something that worked.
func TestDevGoldScores(t *testing.T) {
	needShared(t)
	gold, paths := devGoldInputs(t)
	x := compiled(t)
	sink := &memSink{}
	sum, err := Run(context.Background(), x, paths, sink, Options{Ingest: x.IngestOptions()})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Failures) > 0 || len(sum.RuleErrors) > 0 {
		t.Errorf("failures %v, rule errors %v", sum.Failures, sum.RuleErrors)
	}
	var buf bytes.Buffer
	for _, r := range sink.recs {
		json.NewEncoder(&buf).Encode(r.Slim())
	}
	pred, err := eval.ReadRecords(&buf, "pred")
	if err != nil {
		t.Fatal(err)
	}
	rep := eval.Score(gold, pred)
	var out strings.Builder
	rep.Write(&out, false)
	t.Log("\n" + out.String())
	bounds := map[string]float64{"regions": 0.95, "agencies": 0.90, "plans": 0.95, "amounts": 0.95, "targets": 0.85}
	for typ, b := range bounds {
		if f := rep.Types[typ].F1(); f < b {
			t.Errorf("%s F1 %.3f < %.2f", typ, f, b)
		}
	}
	for name, min := range map[string]float64{"amount_qualifier": 0.95, "target_year": 0.90, "target_region": 0.90} {
		a := rep.Attributes[name]
		if a[1] > 0 && a[0]/a[1] < min {
			t.Errorf("%s %.3f < %.2f", name, a[0]/a[1], min)
		}
	}
}

// The whole corpus extracts with no failure, no rule error and no panic,
// into a database that passes its consistency check.
func TestWholeCorpus(t *testing.T) {
	needShared(t)
	if testing.Short() {
		t.Skip("-short")
	}
	x := compiled(t)
	db, err := store.Open(filepath.Join(t.TempDir(), "kg.db"), store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	corpus := filepath.Join(shared, "corpus")
	var paths []string
	ents, _ := os.ReadDir(corpus)
	for _, e := range ents {
		if e.Name() != "raw" {
			paths = append(paths, filepath.Join(corpus, e.Name()))
		}
	}
	sum, err := Run(context.Background(), x, paths, db, Options{Ingest: x.IngestOptions()})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Documents < 1190 {
		t.Errorf("only %d documents", sum.Documents)
	}
	for _, f := range sum.Failures {
		t.Errorf("failure: %s: %s", f.Path, f.Reason)
	}
	for _, e := range sum.RuleErrors {
		t.Errorf("rule error: %s", e)
	}
	if err := db.Check(); err != nil {
		t.Error(err)
	}
	// Unchanged inputs are not extracted again.
	known, err := db.Known()
	if err != nil {
		t.Fatal(err)
	}
	again, err := Run(context.Background(), x, paths, db, Options{Ingest: x.IngestOptions(), Known: known})
	if err != nil {
		t.Fatal(err)
	}
	if again.Extracted != 0 || again.Unchanged != sum.Documents {
		t.Errorf("re-run extracted %d, unchanged %d of %d", again.Extracted, again.Unchanged, sum.Documents)
	}

	// The seed's 山东 targets are found through the region hierarchy.
	kg, err := db.Graph(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	rows := kg.Targets(graph.TargetFilter{Regions: kg.Subregions("region:山东省")})
	seed := 0
	for _, r := range rows {
		if slices.Contains(r.Documents, "001_ba5c595a8b540c13.txt") {
			seed++
		}
	}
	if seed < 5 {
		t.Errorf("query targets --region 山东省: %d rows from seed 001 (the 山东 plan), want at least 5", seed)
	}

	// The whole graph's DOT renders with Graphviz, quietly (WriteDOT picks
	// sfdp at this size). The deadline only stops a layout that would never
	// end: it takes under a minute on an idle machine, several on a loaded
	// one, and its speed is not what this test checks.
	dotCmd, ok := testtools.Lookup(t, "dot")
	if !ok {
		t.Log("Graphviz dot is not installed: DOT rendering not checked")
		return
	}
	var src bytes.Buffer
	if err := kg.WriteDOT(&src, graph.DOTOptions{}); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, dotCmd, "-Tsvg", "-o", os.DevNull)
	cmd.Stdin = &src
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil || stderr.Len() > 0 {
		t.Errorf("dot -Tsvg over the whole corpus: %v\n%s", err, stderr.String())
	}
}
