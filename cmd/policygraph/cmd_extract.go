package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/policygraph/policygraph/extract/batch"
	"github.com/policygraph/policygraph/extract/ingest"
	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/store"
)

type extractFlags struct {
	db       dbFlag
	rules    rulesFlag
	jobs     int
	quiet    bool
	json     bool
	strict   bool
	force    bool
	stdout   bool
	maxMB    int64
	maxText  int
	jsonlID  string
	jsonlTtl string
	jsonlDt  string
	jsonlTxt string
	srcName  string
	follow   bool
	exclude  multiFlag
	prune    bool
}

var extractCmd = &command{
	name:  "extract",
	args:  "[flags] PATH...",
	short: "extract documents (files, folders, JSON Lines) into the database",
	long: `
Reads every document under the given files and folders (recursively):
Jekyll/Markdown posts with front matter, HTML pages, plain text, and JSON
Lines files with one document per line (id, title, date, and the text in
content, text, body, article or the like, matched whatever their case and
their _ or -: --jsonl-text names another field).
Encodings (UTF-8, GB18030/GBK, Big5) are detected. Boilerplate is removed by
the rule files' boilerplate rules.

Each document's regions, agencies, plans, amounts and targets go into the
database (default ./policygraph.db), replacing what the same document gave
before. Documents whose content and rules are unchanged are skipped; a
file read completely before is not even read while its size and
modification time stay the same (--force reads everything).

A file that cannot be read (empty, binary, over --max-file-size,
unreadable, gone) or a document over --max-text-size of article text or
with a 256 KB sentence is reported with the reason and skipped; the run
goes on, writes the other documents, and exits 1 if any input failed
(crashed documents included). A document with undecodable bytes is kept,
with U+FFFD in their place, and reported as a warning; --strict exits 1
on warnings and rule errors too.

Ctrl-C (or SIGTERM) stops after the documents in flight, writes them and
exits 1; the next run picks up the rest. A second Ctrl-C stops at once.
The database stays consistent even if the process is killed.

A path "-" reads JSON Lines documents from standard input, as a stream:
records are extracted in chunks as they arrive, named stdin#ID
(--source-name NAME: NAME#ID).

Documents are known by their absolute path (a record: path#id), so one
file named two ways is one document. A record without an id is named by
a hash of its line (path#\sha256:…), the same on every machine and in
every split of a stream. Two records with one id in one input: the first
is stored, the later one reported with both line numbers (exit 1).

In folders, hidden files and folders, files that describe the folder
(README, SOURCE.md, SOURCES-2.md, LICENSE … in capitals), FIFOs, devices,
sockets and symbolic links that lead out of the named folder are left out
(the last three are listed; --follow-symlinks follows such links);
--exclude PATTERN leaves out more names (e.g. --exclude raw).

With --stdout nothing is written to a database: one record per document
(the guidelines' format plus graph facts and evidence) goes to standard
output, for running policygraph as the map step of a larger batch engine
(Hadoop streaming, Spark RDD.pipe, Apache Beam): JSON Lines documents in
on standard input, records out. 'policygraph load' puts such records into
a database.

Examples:
  policygraph extract ../shared/corpus/seeds news.jsonl
  policygraph extract docs/ --db kg.db --rules my-rules.yaml
  policygraph extract --stdout part-0001.jsonl > records-0001.jsonl
  cat news.jsonl | policygraph extract --stdout - > records.jsonl
`,
}

func init() {
	f := &extractFlags{}
	extractCmd.flags = func(fs *flag.FlagSet) {
		f.db.register(fs)
		f.rules.register(fs)
		fs.IntVar(&f.jobs, "jobs", 0, "documents extracted in parallel (default: one per CPU)")
		fs.BoolVar(&f.quiet, "quiet", false, "print nothing but errors")
		fs.BoolVar(&f.json, "json", false, "print the summary as JSON")
		fs.BoolVar(&f.strict, "strict", false, "exit 1 on warnings and rule errors too")
		fs.BoolVar(&f.force, "force", false, "re-extract documents even if unchanged")
		fs.BoolVar(&f.stdout, "stdout", false, "write records to standard output instead of a database")
		fs.Int64Var(&f.maxMB, "max-file-size", 64, "refuse files (in JSON Lines: records) larger than this many `MB`")
		fs.IntVar(&f.maxText, "max-text-size", 4, "refuse documents with more article text than this many `MB`")
		fs.StringVar(&f.jsonlID, "jsonl-id", "id", "JSON Lines `field` holding the document id")
		fs.StringVar(&f.jsonlTtl, "jsonl-title", "", "JSON Lines `field` holding the title (default: the first present of "+strings.Join(ingest.DefaultJSONLTitle, ", ")+")")
		fs.StringVar(&f.jsonlDt, "jsonl-date", "", "JSON Lines `field` holding the date (default: the first present of "+strings.Join(ingest.DefaultJSONLDate, ", ")+")")
		fs.StringVar(&f.jsonlTxt, "jsonl-text", strings.Join(ingest.DefaultJSONLText, ","), "JSON Lines `fields` holding the text (first present wins)")
		fs.StringVar(&f.srcName, "source-name", "", "name standard input's documents `NAME`#ID instead of stdin#ID (a file path names them as that file's records would be)")
		fs.BoolVar(&f.prune, "prune", false, "after extracting, remove documents whose file is gone or whose record left its JSON Lines file (see policygraph help prune)")
		fs.BoolVar(&f.follow, "follow-symlinks", false, "follow symbolic links that lead out of the named folders (by default they are reported and skipped)")
		fs.Var(&f.exclude, "exclude", "leave out files and folders whose name matches this shell `pattern` (repeatable; e.g. raw, '*.bak')")
	}
	extractCmd.run = func(ctx context.Context, e *env, args []string) error {
		*f = extractFlags{}
		paths, err := extractCmd.parseFlags(flag.NewFlagSet("extract", flag.ContinueOnError), e, args)
		if err != nil {
			return err
		}
		if len(paths) == 0 {
			return usageErr("extract: no input paths (try `policygraph extract testdata/samples`)")
		}
		for _, pat := range f.exclude {
			if _, err := filepath.Match(pat, ""); err != nil {
				return usageErr("extract: --exclude %q: %v", pat, err)
			}
		}
		if f.prune && f.stdout {
			return usageErr("extract: --prune changes a database: it does not go with --stdout")
		}
		if f.srcName != "" && !slices.Contains(paths, batch.StdinPath) {
			return usageErr("extract: --source-name names standard input: give - among the paths")
		}
		if err := checkSizeMB("extract", "--max-file-size", f.maxMB); err != nil {
			return err
		}
		if err := checkSizeMB("extract", "--max-text-size", int64(f.maxText)); err != nil {
			return err
		}
		return runExtract(ctx, e, f, paths)
	}
}

func runExtract(ctx context.Context, e *env, f *extractFlags, paths []string) error {
	tuneGC()
	x, err := f.rules.extractor()
	if err != nil {
		return err
	}
	// The database is released between commits (openWriter); a quarter
	// second between them leaves queries room to get in.
	opt := batch.Options{Jobs: f.jobs, Force: f.force, Stdin: e.stdin, CommitEvery: 250 * time.Millisecond,
		StdinSource: stdinSource(f.srcName), Walk: ingest.WalkOptions{FollowExternal: f.follow, Exclude: f.exclude}}
	opt.Ingest.MaxBytes = f.maxMB << 20
	opt.MaxTextBytes = f.maxText << 20
	opt.Ingest.JSONL.ID, opt.Ingest.JSONL.Title, opt.Ingest.JSONL.Date = f.jsonlID, f.jsonlTtl, f.jsonlDt
	opt.Ingest.JSONL.Text = strings.Split(f.jsonlTxt, ",")
	if !f.quiet && !f.json && isTerminal(e.stderr) {
		opt.Progress = progressPrinter(e.stderr)
	}
	var sink batch.Sink
	var db *store.DB
	if f.stdout {
		w := &recordWriter{w: bufio.NewWriter(e.stdout)}
		defer w.w.Flush()
		sink = w
	} else {
		db, err = f.db.openWriter()
		if err != nil {
			return err
		}
		defer db.Close()
		if !f.force {
			// The stored documents' hashes are read only when a file has
			// to be read (an unchanged re-run needs only the file stamps).
			opt.LoadKnown = db.Known
			if opt.Files, err = db.Files(); err != nil {
				return err
			}
		}
		sink = db
	}
	sum, runErr := batch.Run(ctx, x, paths, sink, opt)
	if runErr != nil && sum == nil {
		return runErr
	}
	var st store.Stats
	if db != nil {
		if st, err = db.Stats(); err != nil {
			return errors.Join(runErr, err)
		}
	}
	switch {
	case f.json:
		out := struct {
			*batch.Summary
			MaxRSSKB int64        `json:"max_rss_kb"`
			Database *store.Stats `json:"database,omitempty"`
		}{Summary: sum, MaxRSSKB: maxRSSKB()}
		if db != nil {
			out.Database = &st
		}
		// With --stdout the records own standard output.
		w := e.stdout
		if f.stdout {
			w = e.stderr
		}
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			return err
		}
	case !f.quiet:
		printSummary(e.stderr, sum, db, st)
	}
	if len(sum.Failures) > 0 && f.quiet {
		for _, fl := range sum.Failures {
			fmt.Fprintf(e.stderr, "skipped %s: %s\n", termSafe(fl.Path), termSafe(fl.Reason))
		}
	}
	if runErr != nil {
		// A failed write stops the run; what was committed stays, and the
		// next run goes on from there.
		return fmt.Errorf("%w\n%d documents were committed before it; fix the cause and run extract again to resume", runErr, sum.Written)
	}
	if sum.Canceled {
		return fmt.Errorf("interrupted: %d documents written, the rest left for the next run", sum.Written)
	}
	if f.prune && db != nil {
		w := e.stderr
		if f.quiet {
			w = io.Discard
		}
		if err := prune(ctx, w, db, opt, false); err != nil {
			return err
		}
	}
	if sum.Documents == 0 && len(sum.Failures) > 0 {
		return fmt.Errorf("no document could be read")
	}
	if len(sum.Failures) > 0 {
		return fmt.Errorf("%d inputs failed (reported above); the other documents were written", len(sum.Failures))
	}
	if f.strict && len(sum.Warnings)+len(sum.RuleErrors) > 0 {
		return fmt.Errorf("%d warnings and %d rule errors (--strict)", len(sum.Warnings), len(sum.RuleErrors))
	}
	return nil
}

// stdinSource returns the source of standard input's documents: "stdin",
// or --source-name NAME — a file's source when NAME is an absolute path or
// names an existing file (cat news.jsonl | extract - --source-name
// news.jsonl gives the ids extract news.jsonl gives), else NAME as a label.
func stdinSource(name string) string {
	if name == "" {
		return batch.StdinName
	}
	if _, err := os.Stat(name); err == nil || filepath.IsAbs(name) {
		return ingest.SourceOf(name)
	}
	return ingest.EscapeName(strings.ReplaceAll(name, "#", "_"))
}

func printSummary(w io.Writer, s *batch.Summary, db *store.DB, st store.Stats) {
	rate := 0.0
	if s.Elapsed > 0 {
		rate = float64(s.Bytes) / 1e6 / s.Elapsed.Seconds()
	}
	fmt.Fprintf(w, "extracted %d of %d documents from %d files in %s (%d unchanged, %.1f MB/s): %d entities\n",
		s.Extracted, s.Documents, s.Files, s.Elapsed.Round(time.Millisecond), s.Unchanged, rate, s.Entities)
	if db != nil {
		fmt.Fprintf(w, "database %s: %d documents, %d nodes, %d edges\n", db.Path(), st.Documents, st.Nodes, st.Edges)
	}
	if len(s.Failures) > 0 {
		fmt.Fprintf(w, "skipped %d inputs:\n", len(s.Failures))
		for _, f := range s.Failures {
			fmt.Fprintf(w, "  %s: %s\n", termSafe(f.Path), termSafe(f.Reason))
		}
	}
	if len(s.Skipped) > 0 {
		fmt.Fprintf(w, "left out %d inputs that are not documents:\n", len(s.Skipped))
		for _, f := range s.Skipped {
			fmt.Fprintf(w, "  %s: %s\n", termSafe(f.Path), termSafe(f.Reason))
		}
	}
	if len(s.Warnings) > 0 {
		fmt.Fprintf(w, "kept %d documents with warnings:\n", len(s.Warnings))
		for _, f := range s.Warnings {
			fmt.Fprintf(w, "  %s: %s\n", termSafe(f.Path), termSafe(f.Reason))
		}
	}
	if len(s.RuleErrors) > 0 {
		fmt.Fprintf(w, "%d rule errors (the rest of those documents was kept):\n", len(s.RuleErrors))
		for i, r := range s.RuleErrors {
			if i == 20 {
				fmt.Fprintf(w, "  … and %d more\n", len(s.RuleErrors)-20)
				break
			}
			fmt.Fprintf(w, "  %s\n", termSafe(r))
		}
	}
}

// progressPrinter draws one status line on a terminal.
func progressPrinter(w io.Writer) func(batch.Progress) {
	return func(p batch.Progress) {
		secs := max(p.Elapsed.Seconds(), 1e-9)
		// The ETA goes by input bytes: files differ in size by a thousand
		// times (a JSON Lines export against a news post).
		eta := ""
		if rate := float64(p.InputDone) / secs; rate > 0 && p.InputDone < p.InputBytes {
			eta = fmt.Sprintf(", ETA %s", time.Duration(float64(p.InputBytes-p.InputDone)/rate*float64(time.Second)).Round(time.Second))
		}
		files := fmt.Sprintf("%d/%d files", min(p.FilesDone, p.Files), p.Files)
		if p.FilesDone > p.Files { // chunks of standard input
			files = fmt.Sprintf("%d files and chunks", p.FilesDone)
		}
		fmt.Fprintf(w, "\r\033[K%s, %d documents (%.0f/s), %.1f MB%s", files, p.Docs, float64(p.Docs)/secs, float64(p.InputDone)/1e6, eta)
		if p.Done {
			fmt.Fprint(w, "\r\033[K")
		}
	}
}

// recordWriter is the stateless sink: one JSON record per line.
type recordWriter struct {
	mu sync.Mutex
	w  *bufio.Writer
}

func (r *recordWriter) Put(ctx context.Context, recs ...*graph.Record) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, rec := range recs {
		if err := writeJSONLine(r.w, rec); err != nil {
			return 0, err
		}
	}
	return len(recs), nil
}

func writeJSONLine(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
