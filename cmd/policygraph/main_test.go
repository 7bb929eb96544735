package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// policygraph runs the command line in-process.
func policygraph(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	err = run(context.Background(), args, &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb})
	return out.String(), errb.String(), err
}

func must(t *testing.T, args ...string) string {
	t.Helper()
	out, stderr, err := policygraph(t, args...)
	if err != nil {
		t.Fatalf("policygraph %s: %v\n%s", strings.Join(args, " "), err, stderr)
	}
	return out
}

// golden compares got with testdata/golden/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	got = relSamples(got)
	path := filepath.Join("..", "..", "testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/policygraph -update to create it)", err)
	}
	if string(want) != got {
		wl, gl := strings.Split(string(want), "\n"), strings.Split(got, "\n")
		for i := 0; i < len(wl) || i < len(gl); i++ {
			var w, g string
			if i < len(wl) {
				w = wl[i]
			}
			if i < len(gl) {
				g = gl[i]
			}
			if w != g {
				t.Fatalf("%s differs at line %d:\nwant %s\n got %s\n(run go test ./cmd/policygraph -update if the change is intended)", path, i+1, w, g)
			}
		}
	}
}

const samples = "../../testdata/samples"

// relSamples writes the samples' absolute path, which documents are known
// by, as the relative path the tests name them by: golden files must not
// depend on where the repository is checked out.
func relSamples(s string) string {
	abs, err := filepath.Abs(samples)
	if err != nil {
		return s
	}
	return strings.ReplaceAll(s, abs, samples)
}

// The samples go through extract, and every output is golden: the records,
// the target query, both exports.
func TestSamplesEndToEnd(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	// Flags after the paths must be honoured.
	_, stderr, err := policygraph(t, "extract", samples, "--db", db)
	if err != nil {
		t.Fatalf("extract: %v\n%s", err, stderr)
	}
	golden(t, "samples.records.jsonl", must(t, "docs", "--db", db, "--format", "jsonl"))
	golden(t, "samples.targets.txt", must(t, "query", "targets", "--db", db))
	golden(t, "samples.targets-zhejiang.csv", must(t, "query", "targets", "--region", "浙江", "--format", "csv", "--db", db))
	golden(t, "samples.dot", must(t, "export", "--format", "dot", "--db", db))
	golden(t, "samples.json", must(t, "export", "--format", "json", "--db", db))

	// Re-running on unchanged inputs extracts nothing.
	_, stderr, err = policygraph(t, "extract", "--db", db, samples)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr, "extracted 0 of") {
		t.Errorf("second run should extract nothing:\n%s", stderr)
	}
}

// Exports are the same bytes however many workers extracted.
func TestWorkersDoNotChangeOutput(t *testing.T) {
	dir := t.TempDir()
	one, four := filepath.Join(dir, "1.db"), filepath.Join(dir, "4.db")
	must(t, "extract", "--quiet", "--jobs", "1", "--db", one, samples)
	must(t, "extract", "--quiet", "--jobs", "4", "--db", four, samples)
	for _, format := range []string{"dot", "json"} {
		a := must(t, "export", "--format", format, "--db", one)
		b := must(t, "export", "--format", format, "--db", four)
		if a != b {
			t.Errorf("export %s differs between 1 and 4 workers", format)
		}
	}
}

// Stateless records loaded into a database give the same database as a
// direct extract.
func TestRecordsThenLoad(t *testing.T) {
	dir := t.TempDir()
	direct, loaded := filepath.Join(dir, "direct.db"), filepath.Join(dir, "loaded.db")
	must(t, "extract", "--quiet", "--db", direct, samples)
	records := must(t, "extract", "--stdout", "--quiet", samples)
	recFile := filepath.Join(dir, "records.jsonl")
	if err := os.WriteFile(recFile, []byte(records), 0o644); err != nil {
		t.Fatal(err)
	}
	must(t, "load", recFile, "--db", loaded)
	for _, args := range [][]string{{"docs", "--full"}, {"export", "--format", "json"}, {"export", "--format", "dot"}} {
		a := must(t, append(args, "--db", direct)...)
		b := must(t, append(args, "--db", loaded)...)
		if a != b {
			t.Errorf("%v differs between direct extract and records+load", args)
		}
	}
}

// The map step of a batch engine: JSON Lines documents on standard input,
// records on standard output, loaded into the same database a direct
// extract of the same stream builds.
func TestStdinMapStep(t *testing.T) {
	news, err := os.ReadFile(filepath.Join(samples, "news.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	stdin := func(args ...string) string {
		t.Helper()
		var out, errb bytes.Buffer
		if err := run(context.Background(), args, &env{stdin: bytes.NewReader(news), stdout: &out, stderr: &errb}); err != nil {
			t.Fatalf("policygraph %v: %v\n%s", args, err, errb.String())
		}
		return out.String()
	}
	records := stdin("extract", "--stdout", "--quiet", "-")
	if n := strings.Count(records, "\n"); n != 3 || !strings.Contains(records, `"source":"stdin#2025-09-03-1"`) {
		t.Errorf("extract --stdout -: %d records, want 3 named stdin#ID:\n%.300s", n, records)
	}
	dir := t.TempDir()
	direct, loaded := filepath.Join(dir, "direct.db"), filepath.Join(dir, "loaded.db")
	stdin("extract", "--quiet", "--db", direct, "-")
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"load", "-", "--db", loaded}, &env{stdin: strings.NewReader(records), stdout: &out, stderr: &errb}); err != nil {
		t.Fatalf("load -: %v\n%s", err, errb.String())
	}
	a := must(t, "docs", "--full", "--db", direct)
	b := must(t, "docs", "--full", "--db", loaded)
	if a != b {
		t.Errorf("direct extract of standard input and records+load differ")
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"frobnicate"}, "unknown command"},
		{[]string{"extrat"}, `did you mean "extract"`},
		{[]string{"extract"}, "no input paths"},
		{[]string{"extract", "--nope", "x"}, "flag provided but not defined"},
		{[]string{"docs", "--format", "xml"}, `unknown format "xml"`},
		{[]string{"query"}, "say what to query"},
		{[]string{"query", "targets", "--year", "twenty"}, "--year"},
		{[]string{"eval"}, "--gold FILE is required"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			_, _, err := policygraph(t, tc.args...)
			if !errors.Is(err, errUsage) {
				t.Fatalf("want a usage error (exit 2), got %v", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q should contain %q", err, tc.want)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	for _, c := range commands {
		if c.hidden {
			continue // __complete reads --help as a word to complete
		}
		out, _, err := policygraph(t, c.name, "--help")
		if !errors.Is(err, flag.ErrHelp) && err != nil {
			t.Errorf("%s --help: %v", c.name, err)
		}
		if !strings.Contains(out, "Usage: policygraph "+c.name) {
			t.Errorf("%s --help prints no usage:\n%s", c.name, out)
		}
		if c.name != "version" && !strings.Contains(out, "Examples:") && c.long != "" {
			t.Errorf("%s --help has no examples", c.name)
		}
	}
}

func TestUnknownRegionSuggests(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	must(t, "extract", "--quiet", "--db", db, samples)
	_, _, err := policygraph(t, "query", "targets", "--region", "杭洲市", "--db", db)
	if err == nil || !strings.Contains(err.Error(), "杭州市") {
		t.Errorf("an unknown region should suggest the closest known one, got %v", err)
	}
}

func TestRulesCommands(t *testing.T) {
	out := must(t, "rules", "check")
	if !strings.HasPrefix(out, "ok: ") {
		t.Errorf("rules check: %s", out)
	}
	out = must(t, "rules", "test")
	if !strings.Contains(out, ", 0 failed") {
		t.Errorf("rules test: %s", out)
	}
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("version: 1\nrules:\n  - id: x\n    kind: amout\n    pattern: \"(\"\n"), 0o644)
	_, _, err := policygraph(t, "rules", "check", bad)
	if err == nil || !strings.Contains(err.Error(), bad+":4:11") || !strings.Contains(err.Error(), `did you mean "amount"`) {
		t.Errorf("a bad rule file should be reported at file:line:col with a hint, got %v", err)
	}
}

// A mistake in a user's rule file stops extract before anything is read,
// even when every file is unchanged (only the shipped rules are compiled
// lazily), and is reported at file:line:col.
func TestExtractBadUserRulesFailFirst(t *testing.T) {
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	if err := os.Mkdir(docs, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(docs, "a.txt"), []byte("到2025年，山东省新建5G基站1万个。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "kg.db")
	must(t, "extract", "--quiet", "--db", db, docs)
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("version: 1\nrules:\n  - id: x\n    kind: amout\n    pattern: \"(\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err := policygraph(t, "extract", "--quiet", "--rules", bad, "--db", db, docs)
	if err == nil || !strings.Contains(err.Error(), bad+":4:11") {
		t.Fatalf("extract with a bad rule file over unchanged files: %v, want the mistake at %s:4:11", err, bad)
	}
}

// The rule file the README shows loads, and its examples pass.
func TestReadmeRuleFile(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(readme)
	i := strings.Index(s, "```yaml\n")
	if i < 0 {
		t.Fatal("README has no yaml block")
	}
	s = s[i+len("```yaml\n"):]
	s = s[:strings.Index(s, "```")]
	path := filepath.Join(t.TempDir(), "my-rules.yaml")
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	must(t, "rules", "check", path)
	if out := must(t, "rules", "test", path); !strings.Contains(out, ", 0 failed") {
		t.Errorf("README rule examples fail:\n%s", out)
	}
}

// A panic in a command is an internal error: exit 1, not Go's 2.
func TestRunRecovered(t *testing.T) {
	var out, errb bytes.Buffer
	orig := versionCmd.run
	defer func() { versionCmd.run = orig }()
	versionCmd.run = func(context.Context, *env, []string) error { panic("boom") }
	err := runRecovered(context.Background(), []string{"version"}, &env{stdout: &out, stderr: &errb})
	if err == nil || errors.Is(err, errUsage) || !strings.Contains(err.Error(), "internal error: boom") {
		t.Errorf("err %v, want an internal error that is not a usage error", err)
	}
}
