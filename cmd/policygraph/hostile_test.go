//go:build unix

package main

// Issue 10's input and output requirements, tested on the real binary:
// no document is lost to a crash, documents keep one identity however
// they arrive, signals stop every reader, inputs stay inside what the user
// named, outputs never overwrite what they read, and the exit status says
// what happened.

import (
	"encoding/csv"
	"fmt"
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
	cmd := exec.Command(binary(t), args...)
	if stdin != nil {
		cmd.Stdin = stdin
	}
	return startProc(t, cmd)
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
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		stdin *os.File
		args  []string
	}{
		{"extract-zero", zero, []string{"extract", "--db", filepath.Join(dir, "a.db"), "-"}},
		{"extract-stdout-zero", zero, []string{"extract", "--stdout", "-"}},
		{"extract-hung-pipe", r, []string{"extract", "--db", filepath.Join(dir, "b.db"), "-"}},
		{"load-hung-pipe", r, []string{"load", "--db", filepath.Join(dir, "c.db"), "-"}},
		// A FIFO named on the command line that nobody writes to: the open
		// itself waits.
		{"extract-fifo-arg", nil, []string{"extract", "--db", filepath.Join(dir, "d.db"), fifo}},
		{"load-fifo-arg", nil, []string{"load", "--db", filepath.Join(dir, "e.db"), fifo}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := startStdin(t, tc.stdin, tc.args...)
			waitReading(t, p.cmd.Process.Pid)
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

// waitReading waits until process pid reads its standard input: it has
// read over a megabyte (/dev/zero), or a thread sleeps in a pipe read
// (Linux /proc). main installs its signal handler before it reads, so a
// signal sent next tests the handler, not a start-up that a loaded machine
// slowed down. Without /proc it waits a second.
func waitReading(t *testing.T, pid int) {
	t.Helper()
	proc := fmt.Sprintf("/proc/%d", pid)
	if _, err := os.Stat(proc); err != nil {
		time.Sleep(time.Second)
		return
	}
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if io, err := os.ReadFile(proc + "/io"); err == nil {
			for _, line := range strings.Split(string(io), "\n") {
				if n, ok := strings.CutPrefix(line, "rchar:"); ok && len(strings.TrimSpace(n)) > 6 {
					return // over a megabyte read: /dev/zero is flowing
				}
			}
		}
		tasks, _ := filepath.Glob(proc + "/task/*/wchan")
		for _, w := range tasks {
			// pipe_read: a read that waits; wait_for_partner: an open of a
			// FIFO that waits for a writer.
			if b, err := os.ReadFile(w); err == nil && (strings.Contains(string(b), "pipe") || strings.Contains(string(b), "partner")) {
				return
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("process %d did not start reading its input within 30 s", pid)
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
	cmd := exec.Command(binary(t), args...)
	cmd.Dir = dir
	return startProc(t, cmd)
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

// stats returns the documents, nodes and edges policygraph stats counts.
func dbCounts(t *testing.T, db string) (docs, targets int) {
	t.Helper()
	out := must(t, "stats", "--db", db)
	for _, l := range strings.Split(out, "\n") {
		f := strings.Fields(l)
		if len(f) == 2 && f[0] == "document" {
			docs = atoi(t, f[1])
		}
		if len(f) == 2 && f[0] == "target" {
			targets = atoi(t, f[1])
		}
	}
	return docs, targets
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			t.Fatalf("not a number: %q", s)
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// The same files named two ways are the same documents: re-extracting
// seeds as $PWD/seeds tripled every target.
func TestHostileSameFileTwoSpellings(t *testing.T) {
	dir := t.TempDir()
	copySamples(t, filepath.Join(dir, "seeds"))
	db := filepath.Join(dir, "kg.db")
	for _, arg := range []string{"seeds", filepath.Join(dir, "seeds"), "./seeds/../seeds"} {
		p := startPGIn(t, dir, "extract", "--quiet", "--force", "--db", db, arg)
		if code := p.wait(t, time.Minute); code != 0 {
			t.Fatalf("extract %s: exit %d\n%s", arg, code, p.stderr.String())
		}
	}
	ref := filepath.Join(t.TempDir(), "ref.db")
	must(t, "extract", "--quiet", "--db", ref, filepath.Join(dir, "seeds"))
	gd, gt := dbCounts(t, db)
	wd, wt := dbCounts(t, ref)
	if gd != wd || gt != wt || wd == 0 {
		t.Errorf("three spellings: %d documents, %d targets; want %d and %d as from one", gd, gt, wd, wt)
	}
	// --doc takes a file by any spelling too.
	p := startPGIn(t, dir, "docs", "--db", db, "--format", "table", "--doc", "./seeds/../seeds/govcn-hubei-reply.html")
	if code := p.wait(t, time.Minute); code != 0 || !strings.Contains(p.stdout.String(), "govcn-hubei-reply.html") {
		t.Errorf("docs --doc by a relative path: exit %d\n%s%s", code, p.stdout.String(), p.stderr.String())
	}
}

// Records without an id keep distinct names across the splits of a
// stream (the README's distributed recipe lost 3 of 4 splits), an id "L2"
// is not the record at line 2, and a record gets the same source by file
// or by standard input (--source-name).
func TestHostileRecordIdentity(t *testing.T) {
	dir := t.TempDir()
	var lines []string
	for i := 0; i < 8; i++ {
		lines = append(lines, fmt.Sprintf(`{"title":"通知%d","content":"到2025年，山东省新增%d家企业。"}`, i, 10+i))
	}
	lines[1] = `{"id":"L2","title":"编号L2","content":"到2025年，浙江省新增5家企业。"}`
	var records []string
	for s := 0; s < 4; s++ { // four splits of two lines, each through its own process
		split := writeFile(t, filepath.Join(dir, fmt.Sprintf("split-%d.jsonl", s)), []byte(strings.Join(lines[2*s:2*s+2], "\n")+"\n"))
		f, err := os.Open(split)
		if err != nil {
			t.Fatal(err)
		}
		p := startStdin(t, f, "extract", "--stdout", "--quiet", "-")
		if code := p.wait(t, time.Minute); code != 0 {
			t.Fatalf("split %d: exit %d\n%s", s, code, p.stderr.String())
		}
		f.Close()
		records = append(records, p.stdout.String())
	}
	recs := writeFile(t, filepath.Join(dir, "records.jsonl"), []byte(strings.Join(records, "")))
	db := filepath.Join(dir, "kg.db")
	must(t, "load", "--db", db, recs)
	if docs, _ := dbCounts(t, db); docs != len(lines) {
		t.Errorf("4 splits of %d records loaded as %d documents", len(lines), docs)
	}

	// One file, and the same file on standard input named by --source-name.
	all := writeFile(t, filepath.Join(dir, "all.jsonl"), []byte(strings.Join(lines, "\n")+"\n"))
	byFile := filepath.Join(dir, "file.db")
	must(t, "extract", "--quiet", "--db", byFile, all)
	f, err := os.Open(all)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p := startStdin(t, f, "extract", "--quiet", "--db", byFile, "--source-name", all, "-")
	if code := p.wait(t, time.Minute); code != 0 {
		t.Fatalf("stdin: exit %d\n%s", code, p.stderr.String())
	}
	if docs, _ := dbCounts(t, byFile); docs != len(lines) {
		t.Errorf("the file and the same records on stdin --source-name: %d documents, want %d", docs, len(lines))
	}
	if out := must(t, "docs", "--db", byFile, "--format", "table"); !strings.Contains(out, "L2") {
		t.Errorf("the record with id L2 is missing:\n%s", out)
	}
}

// Two records with one id in one input: the first is stored, the second
// reported with both line numbers and exit 1, the same on every run.
func TestHostileDuplicateIDs(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, filepath.Join(dir, "dup.jsonl"), []byte(
		`{"id":"x","title":"甲","content":"到2025年，山东省新增10家企业。"}`+"\n"+
			`{"id":"y","title":"乙","content":"到2025年，浙江省新增20家企业。"}`+"\n"+
			`{"id":"x","title":"丙","content":"到2025年，江苏省新增30家企业。"}`+"\n"+
			`{"id":"y","title":"乙","content":"到2025年，浙江省新增20家企业。"}`+"\n"))
	db := filepath.Join(dir, "kg.db")
	for run := 0; run < 2; run++ {
		_, stderr, code := pg(t, "extract", "--db", db, in)
		if code != 1 || !strings.Contains(stderr, in+":3: duplicate id: line 3 has the id of line 1") {
			t.Errorf("run %d: exit %d, want 1 and both lines\n%s", run, code, stderr)
		}
		if run == 0 && !strings.Contains(stderr, in+":4: the same record as line 2") {
			t.Errorf("an exact repeat is not reported\n%s", stderr)
		}
		out := must(t, "query", "targets", "--db", db, "--format", "csv", "--csv-raw")
		if !strings.Contains(out, ",10,") || strings.Contains(out, ",30,") {
			t.Errorf("run %d: want the first record of id x stored, not the repeat\n%s", run, out)
		}
	}
}

// Folders: files that describe the folder are left out by rule, --exclude
// leaves out more, FIFOs and symlinks out of the folder are listed and
// skipped (exit 0: nothing failed), --follow-symlinks follows them.
func TestHostileFolderRules(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "corpus")
	writeFile(t, filepath.Join(in, "a.txt"), []byte(goodDoc))
	writeFile(t, filepath.Join(in, "SOURCE.md"), []byte("# Source\n山东省人民政府网站，2024年抓取。\n"))
	writeFile(t, filepath.Join(in, "SOURCES-2.md"), []byte("# Sources\n浙江省人民政府网站。\n"))
	writeFile(t, filepath.Join(in, "README"), []byte("江苏省的文件。\n"))
	writeFile(t, filepath.Join(in, "raw", "dump.jsonl"), []byte(`{"id":"r","content":"河南省人民政府印发通知。"}`+"\n"))
	secret := writeFile(t, filepath.Join(dir, "outside", "secret.txt"), []byte("湖北省机密文件。\n"))
	if err := os.Symlink(filepath.Dir(secret), filepath.Join(in, "link")); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(in, "pipe.txt"), 0o644); err != nil {
		t.Skip(err)
	}
	db := filepath.Join(dir, "kg.db")
	_, stderr, code := pg(t, "extract", "--db", db, "--exclude", "raw", in)
	if code != 0 {
		t.Fatalf("exit %d, want 0\n%s", code, stderr)
	}
	for _, want := range []string{"extracted 1 of 1 documents", "left out 2 inputs", "pipe.txt: skipped: a FIFO", "link: skipped: a symlink to " + filepath.Dir(secret)} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q\n%s", want, stderr)
		}
	}
	out := must(t, "docs", "--db", db, "--format", "table")
	for _, bad := range []string{"SOURCE", "README", "dump", "secret"} {
		if strings.Contains(out, bad) {
			t.Errorf("%s is in the database:\n%s", bad, out)
		}
	}
	_, stderr, code = pg(t, "extract", "--db", db, "--exclude", "raw", "--follow-symlinks", in)
	if code != 0 || !strings.Contains(must(t, "docs", "--db", db, "--format", "table"), "secret.txt") {
		t.Errorf("--follow-symlinks: exit %d, secret.txt not extracted\n%s", code, stderr)
	}
	if _, stderr, code := pg(t, "extract", "--db", db, "--exclude", "[", in); code != 2 {
		t.Errorf("a bad --exclude pattern: exit %d, want 2\n%s", code, stderr)
	}
}

// File names that are not UTF-8 or hold control characters stay distinct
// documents, print escaped, and keep their edges in GraphML.
func TestHostileFileNames(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	names := []string{"a\xff.txt", "a\xfe.txt", "b\x1b[31m\a.txt", "c\nd.txt"}
	for i, n := range names {
		writeFile(t, filepath.Join(in, n), []byte(fmt.Sprintf("山东省人民政府关于印发《山东省第%d号行动计划》的通知\n到2025年，山东省新增%d家企业。\n", i+1, i+10)))
	}
	db := filepath.Join(dir, "kg.db")
	_, stderr, code := pg(t, "extract", "--db", db, in)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if docs, _ := dbCounts(t, db); docs != len(names) {
		t.Errorf("%d documents, want %d", docs, len(names))
	}
	table := must(t, "docs", "--db", db, "--format", "table")
	for _, want := range []string{`a\xff.txt`, `a\xfe.txt`, `b\x1b[31m\x07.txt`, `c\x0ad.txt`} {
		if !strings.Contains(table, want) {
			t.Errorf("docs table lacks %s\n%s", want, table)
		}
	}
	for _, out := range []string{table, must(t, "query", "targets", "--db", db), must(t, "stats", "--db", db)} {
		if strings.ContainsAny(out, "\x1b\a") || strings.Contains(out, "\xff") {
			t.Errorf("raw control bytes or invalid UTF-8 on the terminal:\n%q", out)
		}
	}
	graphml := must(t, "export", "--format", "graphml", "--db", db)
	if n := strings.Count(graphml, "<edge "); n == 0 {
		t.Fatal("GraphML has no edges")
	}
	var edgesPerDoc []int
	for _, n := range []string{`a\xff.txt`, `a\xfe.txt`} {
		edgesPerDoc = append(edgesPerDoc, strings.Count(graphml, n))
	}
	if edgesPerDoc[0] == 0 || edgesPerDoc[0] != edgesPerDoc[1] {
		t.Errorf("GraphML mentions the two documents %v times, want the same non-zero count", edgesPerDoc)
	}
}

// Deleted inputs leave the database: a removed file, and a record removed
// from its JSON Lines file, with their facts; documents from standard
// input and files still there stay.
func TestHostilePrune(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	a := writeFile(t, filepath.Join(in, "a.txt"), []byte(goodDoc))
	b := writeFile(t, filepath.Join(in, "b.txt"), []byte(strings.ReplaceAll(goodDoc, "山东", "浙江")))
	lines := []string{
		`{"id":"keep","content":"到2025年，江苏省新增10家企业。"}`,
		`{"id":"drop","content":"到2025年，河南省新增20家企业。"}`,
		`{"content":"到2025年，湖南省新增30家企业。"}`,
		`{"content":"到2025年，湖北省新增40家企业。"}`,
	}
	news := writeFile(t, filepath.Join(in, "news.jsonl"), []byte(strings.Join(lines, "\n")+"\n"))
	db := filepath.Join(dir, "kg.db")
	must(t, "extract", "--quiet", "--db", db, in)
	f, err := os.Open(writeFile(t, filepath.Join(dir, "stdin.jsonl"), []byte(`{"id":"s","content":"到2025年，福建省新增50家企业。"}`+"\n")))
	if err != nil {
		t.Fatal(err)
	}
	p := startStdin(t, f, "extract", "--quiet", "--db", db, "-")
	f.Close()
	if code := p.wait(t, time.Minute); code != 0 {
		t.Fatalf("stdin: exit %d\n%s", code, p.stderr.String())
	}
	before, _ := dbCounts(t, db)

	if err := os.Remove(b); err != nil {
		t.Fatal(err)
	}
	writeFile(t, news, []byte(lines[0]+"\n"+lines[3]+"\n")) // drop and the 湖南 record are gone
	_, stderr, code := pg(t, "prune", "--dry-run", "--db", db)
	if code != 0 || !strings.Contains(stderr, "would remove 3 of") {
		t.Errorf("--dry-run: exit %d\n%s", code, stderr)
	}
	if n, _ := dbCounts(t, db); n != before {
		t.Errorf("--dry-run removed documents: %d, was %d", n, before)
	}
	_, stderr, code = pg(t, "prune", "--db", db)
	if code != 0 || !strings.Contains(stderr, "removed 3 of") {
		t.Errorf("prune: exit %d, want 3 removed\n%s", code, stderr)
	}
	if n, _ := dbCounts(t, db); n != before-3 {
		t.Errorf("after prune %d documents, want %d", n, before-3)
	}
	out := must(t, "query", "targets", "--db", db, "--format", "csv", "--csv-raw")
	for _, v := range []string{",20,", ",30,"} {
		if strings.Contains(out, v) {
			t.Errorf("a pruned record's target (%s) is still there:\n%s", v, out)
		}
	}
	for _, v := range []string{",10,", ",40,", ",50,"} {
		if !strings.Contains(out, v) {
			t.Errorf("a kept record's target (%s) is gone:\n%s", v, out)
		}
	}
	docs := must(t, "docs", "--db", db, "--format", "table")
	if strings.Contains(docs, "b.txt") || !strings.Contains(docs, "a.txt") {
		t.Errorf("want b.txt pruned and a.txt kept:\n%s", docs)
	}
	checkDB(t, db)

	// extract --prune does both; a re-created file comes back.
	if err := os.Remove(a); err != nil {
		t.Fatal(err)
	}
	writeFile(t, b, []byte(goodDoc))
	_, stderr, code = pg(t, "extract", "--prune", "--db", db, in)
	docs = must(t, "docs", "--db", db, "--format", "table")
	if code != 0 || strings.Contains(docs, "a.txt") || !strings.Contains(docs, "b.txt") {
		t.Errorf("extract --prune: exit %d\n%s\n%s", code, stderr, docs)
	}
}

// A FIFO given as the database or as a rule file is refused at once (both
// blocked forever); so is a rule file's data file outside its folder, and a
// rule timeout over the ceiling.
func TestHostileSpecialFilesAndRules(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip(err)
	}
	writeFile(t, filepath.Join(dir, "secret.tsv"), []byte("机密地区\n"))
	shadow := writeFile(t, filepath.Join(dir, "r", "shadow.yaml"), []byte("version: 1\ngazetteers:\n  - {id: region.x, kind: region, file: \"../secret.tsv\", columns: [name]}\n"))
	slow := writeFile(t, filepath.Join(dir, "r2", "slow.yaml"), []byte("version: 1\nrules:\n  - {id: amount.x, kind: amount, pattern: '\\d+亿', anchors: [亿], timeout: 1h}\n"))
	for _, tc := range []struct {
		args []string
		msg  string
	}{
		{[]string{"stats", "--db", fifo}, "not a policygraph database"},
		{[]string{"query", "targets", "--db", fifo}, "not a policygraph database"},
		{[]string{"extract", "--db", fifo, samples}, "not a policygraph database"},
		{[]string{"rules", "check", fifo}, "not a regular file"},
		{[]string{"rules", "check", shadow}, "leads out of the rule file's folder"},
		{[]string{"rules", "check", slow}, "over the ceiling of 10s"},
	} {
		p := startPG(t, nil, tc.args...)
		code := p.wait(t, 10*time.Second)
		if code != 1 || !strings.Contains(p.stderr.String(), tc.msg) {
			t.Errorf("%s: exit %d, want 1 and %q\n%s", strings.Join(tc.args, " "), code, tc.msg, p.stderr.String())
		}
	}
}

// A database made by an older version knows documents by the relative
// path they were given as; after an extract by the absolute path, prune
// removes the old copies (and only those).
func TestHostilePruneOldRelativeSources(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	writeFile(t, filepath.Join(in, "a.txt"), []byte(goodDoc))
	writeFile(t, filepath.Join(in, "b.txt"), []byte(strings.ReplaceAll(goodDoc, "山东", "浙江")))
	recs := must(t, "extract", "--stdout", "--quiet", in)
	old := writeFile(t, filepath.Join(dir, "old.jsonl"), []byte(strings.ReplaceAll(recs, in, "in"))) // as an older version named them
	db := filepath.Join(dir, "kg.db")
	must(t, "load", "--db", db, old)
	must(t, "extract", "--quiet", "--db", db, in)
	if n, _ := dbCounts(t, db); n != 4 {
		t.Fatalf("%d documents before prune, want 2 old and 2 new", n)
	}
	p := startPGIn(t, dir, "prune", "--db", db)
	if code := p.wait(t, time.Minute); code != 0 || !strings.Contains(p.stderr.String(), "removed 2 of 4") {
		t.Errorf("prune: exit %d\n%s", code, p.stderr.String())
	}
	if n, _ := dbCounts(t, db); n != 2 {
		t.Errorf("%d documents after prune, want 2", n)
	}
	checkDB(t, db)
}
