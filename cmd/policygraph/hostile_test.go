//go:build unix

package main

// Issue 10's input and output requirements, tested on the real binary:
// no document is lost to a crash, documents keep one identity however
// they arrive, signals stop every reader, inputs stay inside what the user
// named, outputs never overwrite what they read, and the exit status says
// what happened.

import (
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A line 200万 under 全市人口 (a table of a statistical communiqué)
// crashed the extractor and the document was dropped, with exit 0.
func TestHostileTableRowIsExtracted(t *testing.T) {
	dir := t.TempDir()
	doc := writeFile(t, filepath.Join(dir, "table.txt"), []byte("2023年国民经济和社会发展统计公报\n全市人口\n200万\n"))
	_, stderr, code := pg(t, "extract", "--db", filepath.Join(dir, "kg.db"), doc)
	if code != 0 || !strings.Contains(stderr, "extracted 1 of 1") {
		t.Errorf("extract: exit %d, want 0 and the document extracted\n%s", code, stderr)
	}
	if _, stderr, code := pg(t, "explain", doc); code != 0 || strings.Contains(stderr, "panic") {
		t.Errorf("explain: exit %d, want 0\n%s", code, stderr)
	}
}

// Failures exit 1, usage mistakes 2.
func TestHostileExitCodes(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, filepath.Join(dir, "good.txt"), []byte(goodDoc))
	empty := writeFile(t, filepath.Join(dir, "empty.txt"), nil)
	db := filepath.Join(dir, "kg.db")
	for _, tc := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"explain", filepath.Join(dir, "missing.txt")}, 1, "no such file"},
		{[]string{"explain", good, empty}, 1, "1 inputs failed"},
		{[]string{"extract", "--db", db, empty}, 1, "no document could be read"},
		{[]string{"extract", "--db", db, good, empty}, 1, "1 inputs failed"},
		{[]string{"extract", "--db", db, good}, 0, ""},
		{[]string{"extract", "--max-file-size", "0", "--db", db, good}, 2, "--max-file-size 0"},
		{[]string{"extract", "--max-file-size", "-5", "--db", db, good}, 2, "--max-file-size -5"},
		{[]string{"extract", "--max-text-size", "0", "--db", db, good}, 2, "--max-text-size 0"},
		{[]string{"load", "--max-file-size", "0", "--db", db, "-"}, 2, "--max-file-size 0"},
		{[]string{"query", "targets", "--year", "0", "--db", db}, 2, "--year"},
		{[]string{"query", "targets", "--year", "0-2025", "--db", db}, 2, "--year"},
		{[]string{"export", "--year", "0", "--db", db}, 2, "--year"},
		{[]string{"query", "targets", "--year", "2025", "--db", db}, 0, ""},
		{[]string{"eval", "--gold", empty, "--min", "targets=0.85", "--db", db}, 1, "no gold records"},
	} {
		_, stderr, code := pg(t, tc.args...)
		if code != tc.code || !strings.Contains(stderr, tc.msg) {
			t.Errorf("%s: exit %d, want %d and %q\n%s", strings.Join(tc.args, " "), code, tc.code, tc.msg, stderr)
		}
	}
}

// startStdin starts policygraph with stdin as its standard input.
func startStdin(t *testing.T, stdin *os.File, args ...string) *proc {
	t.Helper()
	p := &proc{done: make(chan struct{})}
	p.cmd = exec.Command(binary(t), args...)
	p.cmd.Stdin, p.cmd.Stdout, p.cmd.Stderr = stdin, &p.stdout, &p.stderr
	p.start = time.Now()
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		p.cmd.Wait()
		p.elapsed = time.Since(p.start)
		close(p.done)
	}()
	t.Cleanup(func() {
		if p.running() {
			p.cmd.Process.Kill()
			<-p.done
		}
	})
	return p
}

// One SIGTERM stops extract and load reading standard input within 2 s,
// whether it never ends (/dev/zero) or never delivers (a pipe whose
// writer hangs).
func TestHostileSignalStopsEndlessInput(t *testing.T) {
	dir := t.TempDir()
	zero, err := os.Open("/dev/zero")
	if err != nil {
		t.Skip(err)
	}
	defer zero.Close()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	defer r.Close()
	for _, tc := range []struct {
		name  string
		stdin *os.File
		args  []string
	}{
		{"extract-zero", zero, []string{"extract", "--db", filepath.Join(dir, "a.db"), "-"}},
		{"extract-stdout-zero", zero, []string{"extract", "--stdout", "-"}},
		{"extract-hung-pipe", r, []string{"extract", "--db", filepath.Join(dir, "b.db"), "-"}},
		{"load-hung-pipe", r, []string{"load", "--db", filepath.Join(dir, "c.db"), "-"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := startStdin(t, tc.stdin, tc.args...)
			time.Sleep(500 * time.Millisecond) // let it start reading
			if !p.running() {
				t.Fatalf("ended before the signal: %s", p.stderr.String())
			}
			sent := time.Now()
			p.cmd.Process.Signal(syscall.SIGTERM)
			select {
			case <-p.done:
			case <-time.After(2 * time.Second):
				t.Fatalf("still running 2 s after one SIGTERM\n%s", p.stderr.String())
			}
			if code := p.cmd.ProcessState.ExitCode(); code != 1 {
				t.Errorf("exit %d, want 1 (interrupted)\n%s", code, p.stderr.String())
			}
			t.Logf("stopped %v after SIGTERM", time.Since(sent).Round(time.Millisecond))
		})
	}
}

// load of an endless line stops at the record size limit instead of
// holding it all (it grew to 23.8 GB).
func TestHostileLoadEndlessLine(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip(err)
	}
	db := filepath.Join(t.TempDir(), "kg.db")
	_, stderr, code := pg(t, "load", "--max-file-size", "8", "--db", db, "/dev/zero")
	if code != 1 || !strings.Contains(stderr, "/dev/zero:1: record over the 8 MB limit") {
		t.Errorf("exit %d, want 1 and the limit\n%s", code, stderr)
	}
}

// export --out never destroys what it reads, and a failed write leaves the
// previous file whole.
func TestHostileExportOut(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	must(t, "extract", "--quiet", "--db", db, samples)
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	// The database by its own name and through a symlink.
	link := filepath.Join(dir, "link.db")
	if err := os.Symlink(db, link); err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{db, link, "./" + filepath.Base(db)} {
		p := startPGIn(t, dir, "export", "--format", "json", "--db", db, "--out", out)
		if code := p.wait(t, time.Minute); code != 2 || !strings.Contains(p.stderr.String(), "is the file it reads") {
			t.Errorf("--out %s: exit %d, want 2 and a refusal\n%s", out, code, p.stderr.String())
		}
	}
	if after, err := os.ReadFile(db); err != nil || string(after) != string(before) {
		t.Fatalf("the database changed: %v", err)
	}
	checkDB(t, db)

	// A good export, then one that fails on a full device: /dev/full as
	// --out fails with ENOSPC and exit 1.
	out := filepath.Join(dir, "g.json")
	must(t, "export", "--format", "json", "--db", db, "--out", out)
	good, err := os.ReadFile(out)
	if err != nil || len(good) == 0 {
		t.Fatal(err)
	}
	if _, err := os.Stat("/dev/full"); err == nil {
		_, stderr, code := pg(t, "export", "--format", "json", "--db", db, "--out", "/dev/full")
		if code != 1 || !strings.Contains(stderr, "no space left") {
			t.Errorf("--out /dev/full: exit %d, want 1 and ENOSPC\n%s", code, stderr)
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
}

// startPGIn starts policygraph in the folder dir.
func startPGIn(t *testing.T, dir string, args ...string) *proc {
	t.Helper()
	p := &proc{done: make(chan struct{})}
	p.cmd = exec.Command(binary(t), args...)
	p.cmd.Dir = dir
	p.cmd.Stdout, p.cmd.Stderr = &p.stdout, &p.stderr
	p.start = time.Now()
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		p.cmd.Wait()
		p.elapsed = time.Since(p.start)
		close(p.done)
	}()
	t.Cleanup(func() {
		if p.running() {
			p.cmd.Process.Kill()
			<-p.done
		}
	})
	return p
}

// A formula-shaped plan title and file name from a hostile page come out
// of every CSV for people neutralised (OWASP: a leading ' ), and exact
// with --csv-raw.
func TestHostileCSVFormulas(t *testing.T) {
	dir := t.TempDir()
	const title = `=HYPERLINK("http://x","y")行动计划`
	doc := writeFile(t, filepath.Join(dir, "=1+2.txt"), []byte("山东省工业和信息化厅关于印发《"+title+"》的通知\n"+
		"山东省工业和信息化厅印发《"+title+"》。到2025年，山东省新增10家企业，安排资金5亿元。\n"))
	db := filepath.Join(dir, "kg.db")
	must(t, "extract", "--quiet", "--db", db, doc)
	seenTitle := 0
	for _, q := range []string{"targets", "amounts", "plans", "agencies", "regions"} {
		out := must(t, "query", q, "--format", "csv", "--db", db)
		recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatalf("query %s: %v\n%s", q, err, out)
		}
		if len(recs) < 2 {
			t.Errorf("query %s: no rows\n%s", q, out)
		}
		for _, r := range recs[1:] {
			for _, c := range r {
				if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) && !isPlainNumber(c) {
					t.Errorf("query %s: live formula cell %q", q, c)
				}
				if c == "'"+title {
					seenTitle++
				}
			}
		}
		raw := must(t, "query", q, "--format", "csv", "--csv-raw", "--db", db)
		if q == "plans" && !strings.Contains(raw, `"=HYPERLINK(""http://x"",""y"")行动计划"`) {
			t.Errorf("--csv-raw: the title is not exact\n%s", raw)
		}
		if q == "targets" && !strings.Contains(raw, "=1+2.txt") {
			t.Errorf("--csv-raw: the document name is not exact\n%s", raw)
		}
	}
	if seenTitle < 2 {
		t.Errorf("the neutralised title appears %d times, want it in plans and agencies", seenTitle)
	}
	if _, stderr, code := pg(t, "query", "plans", "--csv-raw", "--db", db); code != 2 {
		t.Errorf("--csv-raw without --format csv: exit %d, want 2\n%s", code, stderr)
	}
}
