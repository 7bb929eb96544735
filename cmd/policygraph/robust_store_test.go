//go:build unix

package main

// Issue 10's store half, tested on the real binary: a damaged database
// file gives a clean error or the same data, never a crash; keys that
// cannot be stored are reported and skipped; a full disk stops the run,
// and the next run resumes; a query runs while extract writes.

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// cleanDamage is what a command may say about a damaged file.
var cleanDamage = regexp.MustCompile(`^policygraph: [^\n]*(database damaged|not a policygraph database|unsupported database version)`)

// readAll runs the commands that read a whole database, and returns their
// outputs, or the first clean error; anything else (a crash, a usage
// error, a message that is not about damage) fails the test.
func readAll(t *testing.T, db, what string) (out string, failed bool) {
	t.Helper()
	var b strings.Builder
	for _, args := range [][]string{
		{"stats", "--db", db},
		{"export", "--format", "json", "--db", db},
		{"docs", "--db", db, "--format", "jsonl", "--full"},
	} {
		p := startPG(t, nil, args...)
		code := p.wait(t, time.Minute)
		stderr := p.stderr.String()
		switch {
		case code == 0:
			b.WriteString(p.stdout.String())
		case code == 1 && cleanDamage.MatchString(stderr) && !strings.Contains(stderr, "goroutine "):
			return stderr, true
		default:
			t.Fatalf("%s: %s: exit %d (signal %v), want 0 or a clean error\n%s", what, p, code, p.signaled(), clip(stderr, 3000))
		}
	}
	return b.String(), false
}

func clip(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

func TestRobustDamagedDatabase(t *testing.T) {
	if testing.Short() {
		t.Skip("200 runs of the binary")
	}
	db := samplesDB(t)
	want, failed := readAll(t, db, "intact")
	if failed {
		t.Fatalf("the intact database fails: %s", want)
	}
	orig, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	t.Run("bit flips", func(t *testing.T) {
		same, errs := 0, 0
		for seed := range uint64(100) {
			rng := rand.New(rand.NewPCG(seed, 10))
			data := bytes.Clone(orig)
			var flips []string
			for range 3 {
				off := rng.IntN(len(data))
				bit := byte(1) << rng.IntN(8)
				data[off] ^= bit
				flips = append(flips, fmt.Sprintf("%#x^%#x", off, bit))
			}
			path := writeFile(t, filepath.Join(dir, fmt.Sprintf("flip-%d.db", seed)), data)
			what := fmt.Sprintf("seed %d (%s)", seed, strings.Join(flips, " "))
			got, failed := readAll(t, path, what)
			switch {
			case failed:
				errs++
			case got != want:
				t.Errorf("%s: no error, but different data", what)
			default:
				same++
			}
			os.Remove(path)
		}
		t.Logf("100 seeds of 3 flipped bits: %d the same data, %d clean errors", same, errs)
	})
	t.Run("truncations", func(t *testing.T) {
		for i := range 20 {
			n := len(orig) * i / 20
			if i%2 == 1 {
				n += 1234 // not on a page boundary
			}
			path := writeFile(t, filepath.Join(dir, fmt.Sprintf("trunc-%d.db", i)), orig[:n])
			got, failed := readAll(t, path, fmt.Sprintf("truncated to %d of %d bytes", n, len(orig)))
			if !failed && got != want {
				t.Errorf("truncated to %d bytes: no error, but different data", n)
			}
			if !failed && n < len(orig) {
				t.Logf("truncated to %d bytes: the same data", n)
			}
		}
	})
}

// An id holding NUL was stored and made every later stats and export
// fail; an id of 40,000 characters aborted the run with "key too large".
// Both are reported with their line and skipped; the rest is written.
func TestRobustKeysThatCannotBeStored(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	in := writeFile(t, filepath.Join(dir, "news.jsonl"), []byte(strings.Join([]string{
		`{"id":"good-1","content":"` + strings.TrimSpace(strings.ReplaceAll(goodDoc, "\n", `\n`)) + `"}`,
		`{"id":"nul\u0000id","content":"到2025年，山西省培育企业50家。"}`,
		`{"id":"` + strings.Repeat("长", 40000) + `","content":"到2025年，山西省培育企业60家。"}`,
		`{"id":"good-2","content":"到2025年，广东省培育企业70家。"}`,
	}, "\n")+"\n"))
	out, stderr, code := pg(t, "extract", "--json", "--db", db, in)
	if code != 1 { // failed records make the run fail; the rest is written
		t.Fatalf("extract: exit %d, want 1\n%s", code, clip(stderr, 2000))
	}
	// The NUL id is escaped into its source key (path#nul\x00id), so it is
	// stored, apart from every other id; the 40,000-character one is not.
	s := parseSummary(t, out)
	if s.Written != 3 || len(s.Failures) != 1 {
		t.Fatalf("written %d, failures %+v; want 3 written and 1 failure", s.Written, s.Failures)
	}
	for i, want := range []struct{ path, reason string }{
		{in + ":3", "over the 2048-byte limit"},
	} {
		f := s.Failures[i]
		if f.Path != want.path || !strings.Contains(f.Reason, want.reason) || len(f.Reason) > 400 {
			t.Errorf("failure %d: %s: %s; want %s: …%s…", i, f.Path, clip(f.Reason, 500), want.path, want.reason)
		}
	}
	checkDB(t, db)
	if got, failed := readAll(t, db, "after the run"); failed {
		t.Fatalf("the database fails: %s", got)
	}
	if out := must(t, "query", "targets", "--db", db); !strings.Contains(out, "good-1") || !strings.Contains(out, "good-2") {
		t.Errorf("query targets misses the good records:\n%s", out)
	}

	// load checks records as extract does: one made elsewhere with a NUL
	// in its source is reported with its line and skipped.
	recs, stderr, code := pg(t, "extract", "--stdout", "--quiet", in)
	lines := strings.Split(strings.TrimSpace(recs), "\n")
	if code != 1 || len(lines) != 3 {
		t.Fatalf("extract --stdout: exit %d, %d records; want 1 and 3\n%s", code, len(lines), clip(stderr, 2000))
	}
	last := lines[len(lines)-1]
	bad := strings.Replace(last, `#good-2"`, `#good\u00002"`, 1)
	if bad == last {
		t.Fatalf("no source to spoil in %s", clip(last, 300))
	}
	file := writeFile(t, filepath.Join(dir, "records.jsonl"), []byte(lines[0]+"\n"+bad+"\n"))
	ldb := filepath.Join(dir, "load.db")
	_, stderr, code = pg(t, "load", "--db", ldb, file)
	if code != 1 || !strings.Contains(stderr, "skipped "+file+":2: invalid key") || !strings.Contains(stderr, "loaded 1 records") {
		t.Errorf("load: exit %d, want 1 with line 2 skipped and 1 loaded\n%s", code, stderr)
	}
	checkDB(t, ldb)
}

// On a full disk (a file size limit: the write fails with EFBIG as it
// would with ENOSPC) the run stops at the failed commit with a summary of
// what was committed; the next run resumes and ends where a clean run
// does.
func TestRobustFullDisk(t *testing.T) {
	dir := t.TempDir()
	// Enough documents for several write transactions (one holds up to
	// 256 records): the file grows 1 MiB past its pages, so half of a
	// one-transaction database would refuse the first commit.
	corpus := makeCorpus(t, filepath.Join(dir, "in"), 200)
	clean := filepath.Join(dir, "clean.db")
	pg(t, "extract", "--quiet", "--db", clean, corpus)
	db := filepath.Join(dir, "kg.db")
	// ulimit -f counts 512-byte blocks: half the size of the database.
	sh := startSh(t, fmt.Sprintf("ulimit -f %d; exec %q extract --db %q %q", fileSize(clean)/1024, binary(t), db, corpus))
	code := sh.wait(t, time.Minute)
	stderr := sh.stderr.String()
	if code != 1 || !strings.Contains(stderr, "write failed, run stopped") || !regexp.MustCompile(`\d+ documents were committed before it`).MatchString(stderr) {
		t.Fatalf("extract on a full disk: exit %d, want 1 with the write error and what was committed\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "extracted ") {
		t.Errorf("no summary:\n%s", stderr)
	}
	committed := checkDB(t, db)
	if len(committed) == 0 || len(committed) >= len(checkDB(t, clean)) {
		t.Errorf("%d documents committed before the disk filled; want some, not all", len(committed))
	}
	if _, stderr, code := pg(t, "extract", "--db", db, corpus); code != 0 {
		t.Fatalf("resume: exit %d\n%s", code, stderr)
	}
	sameViews(t, "resumed after a full disk", dbViews(t, clean), dbViews(t, db))
}

// startSh runs a shell command line as a child process.
func startSh(t *testing.T, line string) *proc {
	t.Helper()
	return startProc(t, exec.Command("sh", "-c", line))
}

// A query started while extract runs over the whole shared corpus
// answers within 2 s: the writer holds the file only while it commits.
func TestRobustQueryWhileExtracting(t *testing.T) {
	corpus := "../../../shared/corpus"
	if _, err := os.Stat(corpus); err != nil {
		t.Skipf("no shared corpus: %v", err)
	}
	db := filepath.Join(t.TempDir(), "kg.db")
	x := startPG(t, nil, "extract", "--quiet", "--db", db, corpus)
	// From its first commit on, the database has documents.
	waitFor(t, x, "a first commit", func() bool { return fileSize(db) > 64<<10 })
	for i := range 3 {
		if !x.running() {
			t.Fatalf("extract ended before query %d: the corpus is too small to test this", i)
		}
		q := startPG(t, nil, "query", "targets", "--year", "2025", "--db", db)
		code := q.wait(t, time.Minute)
		t.Logf("%s: exit %d after %v", q, code, q.elapsed.Round(time.Millisecond))
		if code != 0 {
			t.Errorf("%s: exit %d while extract runs\n%s", q, code, q.stderr.String())
		}
		if q.elapsed > 2*time.Second {
			t.Errorf("%s took %v while extract runs, want under 2s", q, q.elapsed)
		}
		time.Sleep(300 * time.Millisecond)
	}
}
