package main

// Issue 14's distributed engine, tested for real: scripts/dask-extract.py
// runs a Dask LocalCluster of two worker processes that pipe partitions of
// a JSON Lines file through the real binary's extract --stdout -, then
// load builds a database that must equal a direct extract of the same file
// byte for byte.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/internal/testtools"
)

// daskPython returns a Python interpreter ($PYTHON, or python3) that
// imports dask.bag and dask.distributed. Without one the test skips on a
// developer's machine and fails in CI (CI=true) or when
// POLICYGRAPH_REQUIRE_TOOLS names dask: .ci/run installs Debian's
// python3-dask and python3-distributed.
func daskPython(t *testing.T) string {
	t.Helper()
	name := os.Getenv("PYTHON")
	if name == "" {
		name = "python3"
	}
	py, err := exec.LookPath(name)
	if err == nil {
		var stderr bytes.Buffer
		cmd := exec.Command(py, "-c", "import dask.bag, dask.distributed")
		cmd.Stderr = &stderr
		if err = cmd.Run(); err != nil {
			err = fmt.Errorf("%s cannot import dask.bag and dask.distributed: %v: %s", py, err, lastLine(stderr.String()))
		}
	}
	if err == nil {
		return py
	}
	if os.Getenv("CI") == "true" || testtools.Required("dask") {
		t.Fatalf("dask: %v; CI=true or %s=dask requires it (.ci/run installs python3-dask and python3-distributed)", err, testtools.Env)
	}
	t.Skipf("dask: %v (set %s=dask to fail instead; $PYTHON picks the interpreter)", err, testtools.Env)
	return ""
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// daskInput writes a JSON Lines corpus made from the samples: every valid
// record of news.jsonl, every other sample file's text as a record with an
// id, and the same texts again without ids (named by a hash of their line,
// which must not depend on the partition they land in).
func daskInput(t *testing.T, path string) {
	t.Helper()
	var buf bytes.Buffer
	entries, err := os.ReadDir(samples)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(samples, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(e.Name(), ".jsonl") {
			for _, line := range strings.Split(string(data), "\n") {
				if json.Valid([]byte(line)) {
					buf.WriteString(line + "\n")
				}
			}
			continue
		}
		for _, rec := range []map[string]string{
			{"id": e.Name(), "title": e.Name(), "content": string(data)},
			{"title": "copy of " + e.Name(), "content": string(data)},
		} {
			line, err := json.Marshal(rec)
			if err != nil {
				t.Fatal(err)
			}
			buf.Write(append(line, '\n'))
		}
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

var daskSummary = regexp.MustCompile(`dask-extract: (\d+) partitions on 2 local workers, run by (\d+) worker processes, 0 failed`)

func TestDaskLocalCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a Dask cluster (-short)")
	}
	py := daskPython(t)
	bin := binary(t)
	script, err := filepath.Abs(filepath.Join("..", "..", "scripts", "dask-extract.py"))
	if err != nil {
		t.Fatal(err)
	}
	inputs := map[string]func(t *testing.T, path string){"samples": daskInput}
	// A slice of a real news corpus when the shared corpus is beside the
	// repository: enough records for several partitions, under a minute.
	if xwlb, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "corpus", "xwlb2.jsonl")); err == nil {
		inputs["xwlb2-slice"] = func(t *testing.T, path string) {
			lines := strings.SplitAfter(string(xwlb), "\n")
			if err := os.WriteFile(path, []byte(strings.Join(lines[:min(len(lines), 120)], "")), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	for name, write := range inputs {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			input := filepath.Join(dir, "corpus.jsonl")
			write(t, input)
			records := filepath.Join(dir, "records.jsonl")
			// More partitions than the samples have long records: some
			// blocks fall inside one line and hold no record at all.
			cmd := exec.Command(py, script, "--binary", bin, "--workers", "2", "--partitions", "12", "--out", records, input)
			cmd.Dir = dir // Dask writes its worker space here
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("dask-extract: %v\n%s", err, out)
			}
			m := daskSummary.FindSubmatch(out)
			if m == nil {
				t.Fatalf("dask-extract did not report a clean run on 2 local workers:\n%s", out)
			}
			if parts, _ := strconv.Atoi(string(m[1])); parts < 2 {
				t.Errorf("%d partitions, want the input split in at least 2", parts)
			}
			t.Logf("%s", m[0])

			direct, loaded := filepath.Join(dir, "direct.db"), filepath.Join(dir, "loaded.db")
			runBin(t, bin, "extract", "--quiet", "--db", direct, input)
			runBin(t, bin, "load", records, "--db", loaded)
			for _, args := range [][]string{{"docs", "--format", "jsonl"}, {"export", "--format", "json"}} {
				a := runBin(t, bin, append(args, "--db", direct)...)
				b := runBin(t, bin, append(args, "--db", loaded)...)
				if a != b {
					t.Errorf("%v differs between a direct extract and Dask + load:\n%s", args, firstDiff(a, b))
				}
				if strings.Count(a, "\n") < 2 {
					t.Errorf("%v: %q, want the documents", args, a)
				}
			}
		})
	}
}

// runBin runs the real binary and returns its standard output.
func runBin(t *testing.T, bin string, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("policygraph %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return stdout.String()
}

// firstDiff shows the first differing line of two outputs.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n  direct: %.300s\n  dask:   %.300s", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("%d lines against %d", len(al), len(bl))
}

// The map step alone, without Dask: standard input named after a file
// (--source-name) gives records that load into the database a direct
// extract of the file builds — the same sources and the same paths.
func TestSourceNameMatchesFile(t *testing.T) {
	dir := t.TempDir()
	input := filepath.Join(dir, "corpus.jsonl")
	daskInput(t, input)
	data, err := os.ReadFile(input)
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	args := []string{"extract", "--stdout", "--quiet", "--source-name", input, "-"}
	if err := run(context.Background(), args, &env{stdin: bytes.NewReader(data), stdout: &out, stderr: &errb}); err != nil {
		t.Fatalf("policygraph %v: %v\n%s", args, err, errb.String())
	}
	records := filepath.Join(dir, "records.jsonl")
	if err := os.WriteFile(records, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	direct, loaded := filepath.Join(dir, "direct.db"), filepath.Join(dir, "loaded.db")
	must(t, "extract", "--quiet", "--db", direct, input)
	must(t, "load", records, "--db", loaded)
	for _, args := range [][]string{{"docs", "--format", "jsonl"}, {"export", "--format", "json"}} {
		a := must(t, append(args, "--db", direct)...)
		b := must(t, append(args, "--db", loaded)...)
		if a != b {
			t.Errorf("%v differs between a direct extract and stdin --source-name + load:\n%s", args, firstDiff(a, b))
		}
	}
}
