//go:build unix

package main

// Issue 5's robustness requirements, tested on the real binary: bad inputs
// are reported and skipped, a backtracking rule times out, a killed or
// interrupted extract leaves a consistent database that a re-run completes,
// and a second process gets a clear "locked" error.
//
// Several tests need to act at a precise point of a run ("after the walk",
// "while a document is in flight", "while the database is held"). They
// give extract a FIFO as one of its inputs: opening a FIFO for reading
// blocks until a writer comes, so when the test's non-blocking open for
// writing succeeds, the child is inside that document, and it stays there
// until the test writes the document and closes its end. No sleeps, no
// races.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/policygraph/policygraph/extract/batch"
	"github.com/policygraph/policygraph/store"
)

var (
	binOnce sync.Once
	binDir  string
	binPath string
	binErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// binary builds policygraph once per test run.
func binary(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		var goTool string
		if goTool, binErr = exec.LookPath("go"); binErr != nil {
			return
		}
		if binDir, binErr = os.MkdirTemp("", "policygraph-robust-"); binErr != nil {
			return
		}
		// World-readable, so that TestRobustUnreadableInputs can run it as nobody.
		if binErr = os.Chmod(binDir, 0o755); binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "policygraph")
		if out, err := exec.Command(goTool, "build", "-o", binPath, ".").CombinedOutput(); err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if errors.Is(binErr, exec.ErrNotFound) {
		t.Skipf("cannot build the binary: %v", binErr)
	}
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// syncBuffer is a bytes.Buffer that may be read while the child writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// proc is a policygraph child process.
type proc struct {
	cmd            *exec.Cmd
	stdout, stderr syncBuffer
	start          time.Time
	elapsed        time.Duration
	done           chan struct{}
}

func startPG(t *testing.T, attr *syscall.SysProcAttr, args ...string) *proc {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	cmd.SysProcAttr = attr
	return startProc(t, cmd)
}

// startProc starts cmd with its output captured, records when it ends,
// and kills it at the end of the test if it still runs.
func startProc(t *testing.T, cmd *exec.Cmd) *proc {
	t.Helper()
	p := &proc{cmd: cmd, done: make(chan struct{})}
	p.cmd.Stdout, p.cmd.Stderr = &p.stdout, &p.stderr
	p.start = time.Now()
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", strings.Join(cmd.Args, " "), err)
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

func (p *proc) running() bool {
	select {
	case <-p.done:
		return false
	default:
		return true
	}
}

func (p *proc) String() string { return "policygraph " + strings.Join(p.cmd.Args[1:], " ") }

// wait waits at most limit for the process to end and returns its exit
// code (-1 when a signal ended it).
func (p *proc) wait(t *testing.T, limit time.Duration) int {
	t.Helper()
	select {
	case <-p.done:
	case <-time.After(limit):
		p.cmd.Process.Kill()
		<-p.done
		t.Fatalf("%s still running after %v\nstderr:\n%s", p, limit, p.stderr.String())
	}
	return p.cmd.ProcessState.ExitCode()
}

// signaled reports the signal that ended the process, or 0.
func (p *proc) signaled() syscall.Signal {
	if ws, ok := p.cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return ws.Signal()
	}
	return 0
}

// pg runs policygraph to the end.
func pg(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	p := startPG(t, nil, args...)
	code = p.wait(t, 2*time.Minute)
	return p.stdout.String(), p.stderr.String(), code
}

// summary is extract --json's output.
type summary struct {
	batch.Summary
	MaxRSSKB int64 `json:"max_rss_kb"`
}

func parseSummary(t *testing.T, stdout string) summary {
	t.Helper()
	var s summary
	if err := json.Unmarshal([]byte(stdout), &s); err != nil {
		t.Fatalf("extract --json: %v\n%s", err, stdout)
	}
	return s
}

// checkDB opens the database read-only, runs bbolt's and the store's
// consistency checks, and returns its documents.
func checkDB(t *testing.T, path string) map[string][2]string {
	t.Helper()
	db, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("open after the run: %v", err)
	}
	defer db.Close()
	if err := db.Check(); err != nil {
		t.Fatalf("consistency check: %v", err)
	}
	known, err := db.Known()
	if err != nil {
		t.Fatal(err)
	}
	return known
}

// docNames lists the doc field of `policygraph docs`, and the records by name.
func docNames(t *testing.T, db string) map[string]map[string]any {
	t.Helper()
	out, stderr, code := pg(t, "docs", "--db", db)
	if code != 0 {
		t.Fatalf("docs: exit %d\n%s", code, stderr)
	}
	recs := map[string]map[string]any{}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r map[string]any
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		recs[r["doc"].(string)] = r
	}
	return recs
}

func writeFile(t *testing.T, path string, data []byte) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// copySamples copies testdata/samples into each of dirs.
func copySamples(t *testing.T, dirs ...string) {
	t.Helper()
	entries, err := os.ReadDir(samples)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(samples, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range dirs {
			writeFile(t, filepath.Join(d, e.Name()), data)
		}
	}
}

// sampleDocs is how many documents testdata/samples holds.
func sampleDocs(t *testing.T) int {
	t.Helper()
	out, stderr, code := pg(t, "extract", "--stdout", "--quiet", samples)
	if code != 0 {
		t.Fatalf("extract --stdout: exit %d\n%s", code, stderr)
	}
	return strings.Count(out, "\n")
}

// makeFIFO makes a named pipe ending in .txt, so extract reads it as a document.
func makeFIFO(t *testing.T, path string) string {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	return path
}

// openWriter opens the FIFO for writing as soon as p has opened it for
// reading: from then on p is inside that document until the writer is
// closed.
func openWriter(t *testing.T, p *proc, fifo string) *os.File {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		f, err := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0)
		if err == nil {
			t.Cleanup(func() { f.Close() })
			return f
		}
		if !errors.Is(err, syscall.ENXIO) {
			t.Fatal(err)
		}
		if !p.running() {
			t.Fatalf("%s ended before reading %s: exit %d\n%s", p, fifo, p.cmd.ProcessState.ExitCode(), p.stderr.String())
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s did not open %s", p, fifo)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// waitFor waits until cond holds or p ends.
func waitFor(t *testing.T, p *proc, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if !p.running() {
			t.Fatalf("%s ended before %s: exit %d\n%s", p, what, p.cmd.ProcessState.ExitCode(), p.stderr.String())
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: no %s after 30s", p, what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func fileSize(path string) int64 {
	st, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return st.Size()
}

const goodDoc = "山东省人民政府办公厅关于印发《山东省数字经济发展规划》的通知\n到2025年，山东省数字经济增加值达到5万亿元。\n"

// Every kind of bad input named in issue 5 is reported with its path and
// reason and skipped; the good documents are stored; exit 1 (the failures
// are failures); --json lists the failures. A document with a few undecodable
// bytes (invalid UTF-8, GBK cut mid-character) is kept and reported as a
// warning rather than dropped. Unreadable files: TestRobustUnreadableInputs.
func TestRobustBadInputsAreSkipped(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	copySamples(t, filepath.Join(in, "good"))
	bad := map[string]string{} // path → reason
	add := func(name string, data []byte, reason string) string {
		p := writeFile(t, filepath.Join(in, name), data)
		bad[p] = reason
		return p
	}
	add("empty.txt", nil, "empty document")
	add("blank.md", []byte(" \n\t\r\n\u3000\n"), "empty document")
	rng := rand.New(rand.NewPCG(5, 5))
	noise := make([]byte, 64<<10)
	for i := range noise {
		noise[i] = byte(rng.Uint32())
	}
	noise[10] = 0
	add("random.txt", noise, "binary file")
	add("not-utf8.txt", bytes.Repeat([]byte("abc \xff\xfe\xfd\xfc def \xc3\x28 \xf0\x28\x8c\xbc "), 100), "binary file")
	jsonl := add("records.jsonl", []byte(
		`{"id":"ok-1","title":"山东","content":"山东省人民政府印发《山东省数字经济发展规划》。"}`+"\n"+
			`{"id":"broken","content":"浙江省`+"\n"+
			`{"id":"ok-3","title":"浙江","content":"浙江省人民政府印发通知。"}`+"\n"), "")
	delete(bad, jsonl)
	bad[jsonl+":2"] = "invalid JSON"
	// 200 MB, sparse: refused by its size before it is read.
	huge := filepath.Join(in, "huge.txt")
	if f, err := os.Create(huge); err != nil {
		t.Fatal(err)
	} else if err := f.Truncate(200 << 20); err != nil {
		t.Fatal(err)
	} else {
		f.Close()
	}
	bad[huge] = "file too large: 200 MB > 64 MB limit (raise it with --max-file-size)"
	add("long-line.txt", bytes.Repeat([]byte("山东省发展和改革委员会印发规划，"), 110000), "document too long: 5.0 MB of article text, over the 4.0 MB limit")
	add("no-sentence-end.txt", []byte("标题\n"+strings.Repeat("山东省，", 30000)), "document too long: a sentence of 352 KB with no 。！？； or line break")
	loop := filepath.Join(in, "loop", "a")
	if err := os.MkdirAll(loop, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(loop, filepath.Join(loop, "b")); err != nil { // a/b → a
		t.Fatal(err)
	}
	bad[filepath.Join(loop, "b")] = "symlink loop"
	self := filepath.Join(in, "self.txt")
	if err := os.Symlink("self.txt", self); err != nil {
		t.Fatal(err)
	}
	bad[self] = "too many levels of symbolic links"
	missing := filepath.Join(dir, "missing.txt")
	bad[missing] = "no such file or directory"

	warn := map[string]string{}
	invalid := writeFile(t, filepath.Join(in, "invalid-utf8.txt"), []byte(strings.Replace(goodDoc, "到2025年", "\xff\xfe到2025年", 1)))
	warn[invalid] = "2 invalid byte sequences (read as utf-8) replaced with U+FFFD"
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(strings.TrimSuffix(strings.Repeat(goodDoc, 3), "\n")))
	if err != nil {
		t.Fatal(err)
	}
	truncated := writeFile(t, filepath.Join(in, "truncated-gbk.txt"), gbk[:len(gbk)-1]) // cut inside the final 。
	warn[truncated] = "1 invalid byte sequences (read as gb18030) replaced with U+FFFD"
	// A long line of prose is no problem (only size and sentence length are).
	writeFile(t, filepath.Join(in, "long-prose-line.txt"), []byte(strings.Repeat(strings.ReplaceAll(strings.TrimSuffix(goodDoc, "\n"), "\n", "。"), 1000)))
	writeFile(t, filepath.Join(in, "deep.html"), []byte("<html><body>"+strings.Repeat("<div>", 100000)+
		"<p>山东省人民政府印发《山东省数字经济发展规划》。</p>"+strings.Repeat("</div>", 100000)+"</body></html>"))

	db := filepath.Join(dir, "kg.db")
	start := time.Now()
	_, stderr, code := pg(t, "extract", "--db", db, in, missing)
	if code != 1 || !strings.Contains(stderr, fmt.Sprintf("policygraph: %d inputs failed", len(bad))) {
		t.Fatalf("extract: exit %d, want 1 and a count of failed inputs\n%s", code, stderr)
	}
	t.Logf("extract over every bad input: %v", time.Since(start).Round(time.Millisecond))
	// The summary on stderr names each path with its reason.
	lines := strings.Split(stderr, "\n")
	for _, m := range []map[string]string{bad, warn} {
	next:
		for p, reason := range m {
			for _, l := range lines {
				if strings.HasPrefix(l, "  "+p+": ") && strings.Contains(l, reason) {
					continue next
				}
			}
			t.Errorf("stderr does not report %s: %s\n%s", p, reason, stderr)
		}
	}

	// So does --json, in failures and warnings.
	out, stderr, code := pg(t, "extract", "--json", "--force", "--db", db, in, missing)
	if code != 1 {
		t.Fatalf("extract --json: exit %d, want 1\n%s", code, stderr)
	}
	sum := parseSummary(t, out)
	check := func(kind string, got []batch.Failure, want map[string]string) {
		t.Helper()
		seen := map[string]bool{}
		for _, f := range got {
			seen[f.Path] = true
			reason, ok := want[f.Path]
			switch {
			case !ok:
				t.Errorf("unexpected %s %s: %s", kind, f.Path, f.Reason)
			case !strings.Contains(f.Reason, reason):
				t.Errorf("%s %s: reason %q, want %q", kind, f.Path, f.Reason, reason)
			}
		}
		for p := range want {
			if !seen[p] {
				t.Errorf("--json: %s is not among the %ss", p, kind)
			}
		}
	}
	check("failure", sum.Failures, bad)
	check("warning", sum.Warnings, warn)

	// The good documents are in the database.
	ref := filepath.Join(dir, "ref.db")
	if _, stderr, code := pg(t, "extract", "--quiet", "--db", ref, filepath.Join(in, "good")); code != 0 {
		t.Fatalf("extract good: exit %d\n%s", code, stderr)
	}
	want := docNames(t, ref)
	got := docNames(t, db)
	for name := range want {
		if got[name] == nil {
			t.Errorf("good document %s is not in the database", name)
		}
	}
	kept := []string{"ok-1", "ok-3", "deep.html", "invalid-utf8.txt", "truncated-gbk.txt", "long-prose-line.txt"}
	for _, name := range kept {
		if got[name] == nil {
			t.Errorf("%s is not in the database", name)
		}
	}
	if len(got) != len(want)+len(kept) {
		t.Errorf("%d documents in the database, want %d", len(got), len(want)+len(kept))
	}
	for _, name := range kept[2:] {
		if r := got[name]; r != nil && !strings.Contains(fmt.Sprint(r["plans"]), "山东省数字经济发展规划") {
			t.Errorf("%s: plans %v, want 山东省数字经济发展规划", name, r["plans"])
		}
	}
	checkDB(t, db)

	// --strict fails on warnings too.
	_, stderr, code = pg(t, "extract", "--strict", "--force", "--db", db, invalid)
	if code != 1 || !strings.Contains(stderr, "policygraph: 1 warnings and 0 rule errors (--strict)") {
		t.Errorf("--strict: exit %d, want 1 and a count of warnings\n%s", code, stderr)
	}
	if _, stderr, code := pg(t, "extract", "--force", "--db", db, invalid); code != 0 {
		t.Errorf("a warning without --strict: exit %d, want 0\n%s", code, stderr)
	}
	_, stderr, code = pg(t, "extract", "--db", db, filepath.Join(in, "empty.txt"), huge)
	if code != 1 || !strings.Contains(stderr, "no document could be read") {
		t.Errorf("only bad inputs: exit %d, want 1\n%s", code, stderr)
	}
}

// The 200 MB file is refused by its size, not read: peak RSS stays far
// below its size.
func TestRobustHugeFileIsNotRead(t *testing.T) {
	dir := t.TempDir()
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	// Sparse where the file system allows it; data either way.
	if _, err := f.WriteAt([]byte("山东省"), 200<<20-9); err != nil {
		t.Fatal(err)
	}
	f.Close()
	good := writeFile(t, filepath.Join(dir, "good.txt"), []byte(goodDoc))
	out, stderr, code := pg(t, "extract", "--json", "--db", filepath.Join(dir, "kg.db"), huge, good)
	if code != 1 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	sum := parseSummary(t, out)
	if len(sum.Failures) != 1 || sum.Failures[0].Path != huge || !strings.Contains(sum.Failures[0].Reason, "file too large: 200 MB > 64 MB limit") {
		t.Errorf("failures %+v, want %s too large", sum.Failures, huge)
	}
	if sum.Extracted != 1 {
		t.Errorf("extracted %d, want 1", sum.Extracted)
	}
	t.Logf("peak RSS %d KB", sum.MaxRSSKB)
	if sum.MaxRSSKB == 0 || sum.MaxRSSKB > 100<<10 {
		t.Errorf("peak RSS %d KB, want under 100 MB for a refused 200 MB file", sum.MaxRSSKB)
	}
}

// Files and folders without read permission are reported and skipped. Root
// reads them anyway, so as root the child runs as nobody (uid 65534) in a
// world-writable folder.
func TestRobustUnreadableInputs(t *testing.T) {
	dir := t.TempDir()
	var attr *syscall.SysProcAttr
	if os.Geteuid() == 0 {
		var err error
		if dir, err = os.MkdirTemp("", "policygraph-perm-"); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.RemoveAll(dir) })
		if err := os.Chmod(dir, 0o777); err != nil {
			t.Fatal(err)
		}
		attr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
		probe := exec.Command(binary(t), "version")
		probe.SysProcAttr = attr
		if out, err := probe.CombinedOutput(); err != nil {
			t.Skipf("cannot run policygraph as nobody here: %v %s", err, out)
		}
	}
	writeFile(t, filepath.Join(dir, "good.txt"), []byte(goodDoc))
	secret := writeFile(t, filepath.Join(dir, "secret.txt"), []byte(goodDoc))
	closed := filepath.Join(dir, "closed")
	writeFile(t, filepath.Join(closed, "inside.txt"), []byte(goodDoc))
	for _, p := range []string{secret, closed} {
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(p, 0o755) })
	}
	db := filepath.Join(dir, "kg.db")
	p := startPG(t, attr, "extract", "--json", "--db", db, dir)
	if code := p.wait(t, time.Minute); code != 1 {
		t.Fatalf("exit %d, want 1 (inputs failed)\n%s", code, p.stderr.String())
	}
	sum := parseSummary(t, p.stdout.String())
	reasons := map[string]string{}
	for _, f := range sum.Failures {
		reasons[f.Path] = f.Reason
	}
	for _, p := range []string{secret, closed} {
		if !strings.Contains(reasons[p], "permission denied") {
			t.Errorf("%s: reason %q, want permission denied (failures %+v)", p, reasons[p], sum.Failures)
		}
	}
	if len(sum.Failures) != 2 || sum.Extracted != 1 {
		t.Errorf("failures %+v, extracted %d; want the 2 unreadable inputs and 1 document", sum.Failures, sum.Extracted)
	}
	if docs := checkDB(t, db); len(docs) != 1 {
		t.Errorf("%d documents in the database, want 1", len(docs))
	}
}

// A file deleted after the walk and before it is read is reported as gone;
// the run goes on. With --jobs 1 the documents are read in walk order, so
// while the child is inside the FIFO (the first input) the walk is over and
// no other file has been opened: the test deletes files then, and only
// then lets the FIFO document end.
func TestRobustFileDeletedMidRun(t *testing.T) {
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	for i := range 20 {
		writeFile(t, filepath.Join(docs, fmt.Sprintf("doc-%02d.txt", i)), []byte(strings.Replace(goodDoc, "2025", strconv.Itoa(2030+i), 1)))
	}
	fifo := makeFIFO(t, filepath.Join(dir, "first.txt"))
	db := filepath.Join(dir, "kg.db")
	p := startPG(t, nil, "extract", "--jobs", "1", "--json", "--db", db, fifo, docs)
	w := openWriter(t, p, fifo)
	var gone []string
	for _, i := range []int{0, 7, 8, 19} {
		f := filepath.Join(docs, fmt.Sprintf("doc-%02d.txt", i))
		if err := os.Remove(f); err != nil {
			t.Fatal(err)
		}
		gone = append(gone, f)
	}
	io.WriteString(w, goodDoc)
	w.Close()
	if code := p.wait(t, time.Minute); code != 1 {
		t.Fatalf("exit %d, want 1 (inputs failed)\n%s", code, p.stderr.String())
	}
	sum := parseSummary(t, p.stdout.String())
	if len(sum.Failures) != len(gone) {
		t.Fatalf("failures %+v, want %d deleted files", sum.Failures, len(gone))
	}
	for i, f := range sum.Failures {
		if f.Path != gone[i] || !strings.Contains(f.Reason, "no such file or directory") {
			t.Errorf("failure %+v, want %s: no such file or directory", f, gone[i])
		}
	}
	if n := len(checkDB(t, db)); n != 17 || sum.Extracted != 17 {
		t.Errorf("%d documents stored, %d extracted; want 17", n, sum.Extracted)
	}
}

// A catastrophically backtracking rule hits its timeout on every document;
// each is reported with the rule id, the run does not stall, and the
// documents' other entities are stored.
func TestRobustRuleTimeout(t *testing.T) {
	dir := t.TempDir()
	rulesFile := writeFile(t, filepath.Join(dir, "slow.yaml"), []byte(`version: 1
rules:
  - id: amount.catastrophic
    kind: amount
    description: backtracks exponentially on a run of "a"
    pattern: '(a+)+b'
    scan: full
    timeout: 50ms
`))
	// A "b" stands in each document, before the run: the extractor hands
	// a pattern only to text that holds every literal it needs, and a
	// text without a b cannot match (a+)+b.
	var paths []string
	for i := range 5 {
		paths = append(paths, writeFile(t, filepath.Join(dir, "docs", fmt.Sprintf("doc-%d.txt", i)), []byte(goodDoc+"b "+strings.Repeat("a", 40+i)+"\n")))
	}
	db := filepath.Join(dir, "kg.db")
	start := time.Now()
	out, stderr, code := pg(t, "extract", "--json", "--rules", rulesFile, "--db", db, filepath.Join(dir, "docs"))
	elapsed := time.Since(start)
	t.Logf("5 documents with a timing-out rule: %v", elapsed.Round(time.Millisecond))
	if code != 0 {
		t.Fatalf("exit %d, want 0\n%s", code, stderr)
	}
	if elapsed > 10*time.Second {
		t.Errorf("extract took %v, want well under 10s", elapsed)
	}
	sum := parseSummary(t, out)
	if len(sum.RuleErrors) != len(paths) {
		t.Errorf("rule errors %q, want one per document", sum.RuleErrors)
	}
	for i, p := range paths {
		if i < len(sum.RuleErrors) && !strings.HasPrefix(sum.RuleErrors[i], p+": rule amount.catastrophic: match timeout") {
			t.Errorf("rule error %q, want %s: rule amount.catastrophic: match timeout", sum.RuleErrors[i], p)
		}
	}
	recs := docNames(t, db)
	for i := range paths {
		r := recs[fmt.Sprintf("doc-%d.txt", i)]
		if r == nil || !strings.Contains(fmt.Sprint(r["plans"]), "山东省数字经济发展规划") || fmt.Sprint(r["targets"]) == "[]" {
			t.Errorf("doc-%d.txt: record %v, want its plan and target", i, r)
		}
	}
	// Those records are incomplete: the next run extracts them again
	// instead of skipping them as unchanged.
	out, stderr, code = pg(t, "extract", "--json", "--rules", rulesFile, "--db", db, filepath.Join(dir, "docs"))
	if again := parseSummary(t, out); code != 0 || again.Extracted != len(paths) || again.Unchanged != 0 {
		t.Errorf("re-run: exit %d, extracted %d, unchanged %d; want all %d extracted again\n%s", code, again.Extracted, again.Unchanged, len(paths), stderr)
	}
	// The text summary says so too.
	_, stderr, _ = pg(t, "extract", "--force", "--rules", rulesFile, "--db", db, paths[0])
	if !strings.Contains(stderr, "1 rule errors (the rest of those documents was kept):\n  "+paths[0]+": rule amount.catastrophic: match timeout after 50ms") {
		t.Errorf("stderr does not report the timeout:\n%s", stderr)
	}
}

// While an extract runs, a second extract in another process fails within
// about a second with a message naming the file and saying it is locked,
// while a query or a stats answers: the writer holds the file only while
// it commits. Once the writer is done, read-only commands run side by side.
func TestRobustDatabaseLockedByAnotherProcess(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	fifo := makeFIFO(t, filepath.Join(dir, "slow.txt"))
	holder := startPG(t, nil, "extract", "--db", db, fifo)
	// extract opens the database before it reads any input: while the
	// child is inside the FIFO, it is the database's writer.
	w := openWriter(t, holder, fifo)
	for _, tc := range []struct {
		args       []string
		limit      time.Duration
		wantLocked bool
	}{
		{[]string{"query", "targets", "--db", db}, 3 * time.Second, false},
		{[]string{"stats", "--db", db}, 3 * time.Second, false},
		{[]string{"extract", "--db", db, samples}, 3 * time.Second, true}, // compiles the rules first
	} {
		p := startPG(t, nil, tc.args...)
		code := p.wait(t, 30*time.Second)
		stderr := p.stderr.String()
		t.Logf("%s: exit %d after %v", p, code, p.elapsed.Round(time.Millisecond))
		switch {
		case tc.wantLocked && (code != 1 || !strings.Contains(stderr, "open "+db+": locked by another process")):
			t.Errorf("%s: exit %d, want 1 with %q\n%s", p, code, "open "+db+": locked by another process", stderr)
		case !tc.wantLocked && code != 0:
			t.Errorf("%s: exit %d while extract runs, want 0\n%s", p, code, stderr)
		}
		if p.elapsed > tc.limit {
			t.Errorf("%s took %v, want under %v", p, p.elapsed, tc.limit)
		}
	}
	io.WriteString(w, goodDoc)
	w.Close()
	if code := holder.wait(t, time.Minute); code != 0 {
		t.Fatalf("holder: exit %d\n%s", code, holder.stderr.String())
	}
	var readers []*proc
	for range 3 {
		readers = append(readers, startPG(t, nil, "query", "targets", "--db", db), startPG(t, nil, "docs", "--db", db))
	}
	for _, p := range readers {
		if code := p.wait(t, 30*time.Second); code != 0 || !strings.Contains(p.stdout.String(), "山东省") {
			t.Errorf("%s: exit %d\n%s%s", p, code, p.stdout.String(), p.stderr.String())
		}
	}
}

// makeCorpus copies testdata/samples into n folders: n × sampleDocs
// documents, a few seconds of work.
func makeCorpus(t *testing.T, dir string, n int) string {
	t.Helper()
	var dirs []string
	for i := range n {
		dirs = append(dirs, filepath.Join(dir, "corpus", fmt.Sprintf("%03d", i)))
	}
	copySamples(t, dirs...)
	return filepath.Join(dir, "corpus")
}

// finishRun re-runs extract and checks that it completes the work: it
// reads want documents, and the database is consistent with stored ones.
func finishRun(t *testing.T, db string, want, stored int, paths ...string) {
	t.Helper()
	out, stderr, code := pg(t, append([]string{"extract", "--json", "--db", db}, paths...)...)
	if code != 0 {
		t.Fatalf("re-run: exit %d\n%s", code, stderr)
	}
	sum := parseSummary(t, out)
	if sum.Documents != want || sum.Extracted+sum.Unchanged != want || sum.Canceled {
		t.Errorf("re-run: %d documents (%d extracted, %d unchanged), want %d", sum.Documents, sum.Extracted, sum.Unchanged, want)
	}
	if n := len(checkDB(t, db)); n != stored {
		t.Errorf("after the re-run the database has %d documents, want %d", n, stored)
	}
	t.Logf("re-run: %d extracted, %d unchanged", sum.Extracted, sum.Unchanged)
}

// SIGKILL at random moments while extract writes: after each kill the
// database opens, passes bbolt's and the store's checks and has lost no
// document written before; a re-run completes the work.
func TestRobustKillMidRun(t *testing.T) {
	if testing.Short() {
		t.Skip("kills real runs; skipped with -short")
	}
	dir := t.TempDir()
	const copies = 100
	corpus := makeCorpus(t, dir, copies)
	want := copies * sampleDocs(t)
	db := filepath.Join(dir, "kg.db")
	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, 1))
	t.Logf("seed %d", seed)
	kills, stored := 0, 0
	for round := range 3 {
		p := startPG(t, nil, "extract", "--jobs", "2", "--quiet", "--db", db, corpus)
		if round == 0 {
			// The file grows past 1 MB with the first records: kill at once,
			// so that at least one kill lands mid-run however fast the machine.
			waitFor(t, p, "database growth", func() bool { return fileSize(db) >= 1<<20 })
		} else {
			time.Sleep(time.Duration(100+rng.IntN(600)) * time.Millisecond)
		}
		p.cmd.Process.Signal(syscall.SIGKILL)
		code := p.wait(t, 30*time.Second)
		if sig := p.signaled(); sig != syscall.SIGKILL {
			t.Logf("round %d: the run ended before the kill (exit %d)", round, code)
			break
		}
		kills++
		docs := len(checkDB(t, db))
		t.Logf("round %d: killed after %v with %d documents stored", round, p.elapsed.Round(time.Millisecond), docs)
		if docs < stored {
			t.Fatalf("round %d: %d documents stored, fewer than the %d before", round, docs, stored)
		}
		stored = docs
		if round == 0 {
			// The command line opens it too.
			if _, stderr, code := pg(t, "stats", "--db", db); code != 0 {
				t.Fatalf("stats after a kill: exit %d\n%s", code, stderr)
			}
		}
	}
	if kills == 0 {
		t.Fatal("no run was killed mid-way")
	}
	finishRun(t, db, want, want, corpus)
}

// SIGINT mid-run: extract stops within seconds, says it was interrupted and
// how many documents it wrote (all of them in the database, which is
// consistent), exits 1; a re-run completes the work.
func TestRobustInterruptMidRun(t *testing.T) {
	if testing.Short() {
		t.Skip("interrupts real runs; skipped with -short")
	}
	dir := t.TempDir()
	const copies = 100
	corpus := makeCorpus(t, dir, copies)
	want := copies * sampleDocs(t)
	db := filepath.Join(dir, "kg.db")
	p := startPG(t, nil, "extract", "--jobs", "2", "--db", db, corpus)
	waitFor(t, p, "database growth", func() bool { return fileSize(db) >= 1<<20 })
	p.cmd.Process.Signal(os.Interrupt)
	sent := time.Now()
	code := p.wait(t, 30*time.Second)
	took := time.Since(sent)
	stderr := p.stderr.String()
	t.Logf("stopped %v after SIGINT:\n%s", took.Round(time.Millisecond), stderr)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if took > 5*time.Second {
		t.Errorf("took %v to stop after SIGINT", took)
	}
	m := regexp.MustCompile(`policygraph: interrupted: (\d+) documents written, the rest left for the next run`).FindStringSubmatch(stderr)
	if m == nil || !strings.Contains(stderr, "stopping after the work in progress") {
		t.Fatalf("no interruption message:\n%s", stderr)
	}
	written, _ := strconv.Atoi(m[1])
	if n := len(checkDB(t, db)); n != written || n == 0 || n >= want {
		t.Errorf("%d documents in the database, %s written, %d in all", n, m[1], want)
	}
	finishRun(t, db, want, want, corpus)
}

// Ctrl-C lets the document in flight finish and be written, starts no new
// one, and exits 1; a re-run completes the work. Deterministic: with
// --jobs 1 the documents are read in order, and the FIFO between the two
// folders is the document in flight when the signal comes.
func TestRobustInterruptFinishesDocumentsInFlight(t *testing.T) {
	dir := t.TempDir()
	before, after := filepath.Join(dir, "a"), filepath.Join(dir, "z")
	copySamples(t, before, after)
	fifo := makeFIFO(t, filepath.Join(dir, "m.txt"))
	db := filepath.Join(dir, "kg.db")
	p := startPG(t, nil, "extract", "--jobs", "1", "--db", db, before, fifo, after)
	w := openWriter(t, p, fifo)
	p.cmd.Process.Signal(os.Interrupt)
	waitFor(t, p, "the interruption notice", func() bool { return strings.Contains(p.stderr.String(), "stopping after the work in progress") })
	io.WriteString(w, goodDoc)
	w.Close()
	code := p.wait(t, 30*time.Second)
	stderr := p.stderr.String()
	n := sampleDocs(t)
	if code != 1 || !strings.Contains(stderr, fmt.Sprintf("policygraph: interrupted: %d documents written, the rest left for the next run", n+1)) {
		t.Errorf("exit %d, want 1 and %d documents written\n%s", code, n+1, stderr)
	}
	docs := checkDB(t, db)
	if _, ok := docs[fifo]; !ok || len(docs) != n+1 {
		t.Errorf("database: %d documents, in-flight %s stored: %v; want the %d before it and it", len(docs), fifo, ok, n)
	}
	for src := range docs {
		if strings.HasPrefix(src, after) {
			t.Errorf("%s was extracted after the interrupt", src)
		}
	}
	finishRun(t, db, 2*n, 2*n+1, before, after)
}

// A second Ctrl-C ends the process at once, even when the document in
// flight never ends (a read that hangs); the database survives.
func TestRobustSecondInterruptQuitsAtOnce(t *testing.T) {
	dir := t.TempDir()
	fifo := makeFIFO(t, filepath.Join(dir, "hang.txt"))
	db := filepath.Join(dir, "kg.db")
	p := startPG(t, nil, "extract", "--jobs", "2", "--db", db, samples, fifo)
	openWriter(t, p, fifo) // and never write: the read hangs
	p.cmd.Process.Signal(os.Interrupt)
	waitFor(t, p, "the interruption notice", func() bool { return strings.Contains(p.stderr.String(), "press Ctrl-C again to quit at once") })
	time.Sleep(200 * time.Millisecond)
	if !p.running() {
		t.Fatalf("the first Ctrl-C did not wait for the document in flight:\n%s", p.stderr.String())
	}
	p.cmd.Process.Signal(os.Interrupt)
	sent := time.Now()
	p.wait(t, 5*time.Second)
	if sig := p.signaled(); sig != syscall.SIGINT {
		t.Errorf("ended by %v, want SIGINT; stderr:\n%s", sig, p.stderr.String())
	}
	t.Logf("ended %v after the second Ctrl-C", time.Since(sent).Round(time.Millisecond))
	checkDB(t, db)
}

// SIGKILL mid-run over part of the shared corpus (a JSON Lines file of
// news transcripts, scraped news, gov.cn pages), then a re-run, when
// ../shared is beside the repository.
func TestRobustKillMidRunSharedCorpus(t *testing.T) {
	corpus := filepath.Join("..", "..", "..", "shared", "corpus")
	paths := []string{filepath.Join(corpus, "xwlb.jsonl"), filepath.Join(corpus, "finews"), filepath.Join(corpus, "govcn")}
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("%s is absent", p)
		}
	}
	if testing.Short() {
		t.Skip("kills a real run; skipped with -short")
	}
	db := filepath.Join(t.TempDir(), "kg.db")
	p := startPG(t, nil, append([]string{"extract", "--jobs", "2", "--quiet", "--db", db}, paths...)...)
	// A new database is 32 KB; it grows when the first records are committed.
	waitFor(t, p, "database growth", func() bool { return fileSize(db) > 32<<10 })
	p.cmd.Process.Signal(syscall.SIGKILL)
	p.wait(t, 30*time.Second)
	if p.signaled() != syscall.SIGKILL {
		t.Fatalf("the run ended before the kill:\n%s", p.stderr.String())
	}
	stored := len(checkDB(t, db))
	t.Logf("killed after %v with %d documents stored", p.elapsed.Round(time.Millisecond), stored)
	out, stderr, code := pg(t, append([]string{"extract", "--json", "--db", db}, paths...)...)
	if code != 0 {
		t.Fatalf("re-run: exit %d\n%s", code, stderr)
	}
	sum := parseSummary(t, out)
	if sum.Unchanged < stored || sum.Extracted+sum.Unchanged != sum.Documents {
		t.Errorf("re-run: %d documents, %d extracted, %d unchanged; %d were stored", sum.Documents, sum.Extracted, sum.Unchanged, stored)
	}
	if n := len(checkDB(t, db)); n != sum.Documents {
		t.Errorf("%d documents in the database, want %d", n, sum.Documents)
	}
}
