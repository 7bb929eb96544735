// Package batch runs extraction over many files: it walks the inputs,
// reads and extracts documents on every core, and hands records to one
// writer — the store, or a record stream for stateless runs. The result
// does not depend on the number of workers.
package batch

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/extract/ingest"
	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/internal/cancelio"
	"github.com/policygraph/policygraph/store"
)

// A Sink receives records; the store implements it.
type Sink interface {
	Put(ctx context.Context, recs ...*graph.Record) (int, error)
}

// A FileSink also keeps the stamps of input files read completely, put in
// the same transaction as their last records; with Options.Files they
// let the next run skip an unchanged file without reading it.
type FileSink interface {
	Sink
	PutWithFiles(ctx context.Context, recs []*graph.Record, files []graph.FileStamp) (int, error)
}

// Options configure Run.
type Options struct {
	Jobs      int // extracting goroutines; 0 = GOMAXPROCS
	BatchSize int // records per write transaction; 0 = 16 (a transaction's dirty pages are copied at commit: larger batches cost memory, not speed)
	// CommitEvery, when set, makes a batch wait until this long after the
	// last commit (up to 16 × BatchSize records), so that a writer that
	// releases the database between commits (store.Options.Release)
	// leaves readers room to get in.
	CommitEvery time.Duration
	Ingest      ingest.Options
	Force       bool                 // extract even documents the sink already has unchanged
	Known       map[string][2]string // source → {hash, rules} already stored, for skipping
	// LoadKnown, when Known is nil, gives it on first need: the first time a
	// document is read. A run whose every file is unchanged by its stamp
	// (Files) then never loads it (decoding every stored document's
	// metadata is most of such a run).
	LoadKnown func() (map[string][2]string, error)
	// Files are the stamps of files read completely before (by cleaned
	// path): a file whose size and modification time match, under the same
	// rules, is counted unchanged without being read.
	Files    map[string]graph.FileStamp
	Progress func(Progress) // called from one goroutine, at most every 200 ms and at the end
	// Stdin is read as JSON Lines where paths name "-". It, and every
	// JSON Lines file, is read in chunks of Chunk records (default 64), so
	// a stream or an export of any length is extracted in bounded memory.
	// Documents from standard input are named StdinSource#ID.
	Stdin io.Reader
	Chunk int
	// StdinSource is the source of standard input's documents (default
	// StdinName); see ingest.SourceOf.
	StdinSource string
	// Walk tunes how folders are walked (symlinks, exclusions).
	Walk ingest.WalkOptions
	// MaxTextBytes refuses documents with more article text than this
	// (default DefaultMaxTextBytes); see ErrTooLong.
	MaxTextBytes int
}

// Progress reports how far a run is.
type Progress struct {
	Files, FilesDone int
	Docs             int
	Bytes            int64 // article text extracted
	// Input bytes of the files walked, and of those done, for an ETA;
	// standard input is not counted.
	InputBytes, InputDone int64
	Elapsed               time.Duration
	Done                  bool
}

// Failure is an input that could not be used, and why.
type Failure struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// Summary is what a run did.
type Summary struct {
	Files      int           `json:"files"`
	Documents  int           `json:"documents"`
	Extracted  int           `json:"extracted"`
	Unchanged  int           `json:"unchanged"`
	Written    int           `json:"written"`
	Entities   int           `json:"entities"` // entities found in the extracted documents
	Bytes      int64         `json:"bytes"`    // article text extracted
	Failures   []Failure     `json:"failures,omitempty"`
	Warnings   []Failure     `json:"warnings,omitempty"` // documents kept despite a problem (undecodable bytes)
	Skipped    []Failure     `json:"skipped,omitempty"`  // inputs left out on purpose: FIFOs, devices, sockets, symlinks out of the named folder
	RuleErrors []string      `json:"rule_errors,omitempty"`
	Elapsed    time.Duration `json:"elapsed_ns"`
	Canceled   bool          `json:"canceled,omitempty"`
}

// DefaultMaxTextBytes is the article text limit used when
// Options.MaxTextBytes is 0: 25 times the longest document of the shared
// corpus (a 165 KB government work report). Extraction is linear in the
// text (about 0.5 s per MB) but holds some 45 bytes per byte of text, so
// the limit bounds memory: 4 MB needs about 200 MB.
const DefaultMaxTextBytes = 4 << 20

// maxSentenceBytes bounds a stretch of article text without a sentence end
// (。！？；!?; or a line break): nobody writes one, so it is a broken file,
// and the clause-level checks of a sentence grow with the square of its
// number of goals. The corpus's longest sentence is 1.3 KB.
const maxSentenceBytes = 256 << 10

// ErrTooLong is the reason for refusing a document over the text limit, or
// with a run of hundreds of kilobytes without a sentence end (a 5 MB line).
var ErrTooLong = errors.New("document too long")

// checkLength returns an error wrapping ErrTooLong for text over limit
// bytes or with a sentence over maxSentenceBytes. The sentence ends are
// those of extract's sentence splitter.
func checkLength(text string, limit int) error {
	if limit <= 0 {
		limit = DefaultMaxTextBytes
	}
	if len(text) > limit {
		return fmt.Errorf("%w: %s of article text, over the %s limit (split it, or raise --max-text-size)", ErrTooLong, byteSize(len(text)), byteSize(limit))
	}
	start := 0
	for i, r := range text {
		switch r {
		case '。', '！', '？', '!', '?', '；', ';', '\n':
			start = i + 1
		default:
			if i-start >= maxSentenceBytes {
				end := strings.IndexAny(text[i:], "。！？!?；;\n")
				if end < 0 {
					end = len(text) - i
				}
				return fmt.Errorf("%w: a sentence of %s with no 。！？； or line break, over the %s limit", ErrTooLong, byteSize(i-start+end), byteSize(maxSentenceBytes))
			}
		}
	}
	return nil
}

// byteSize prints n as KB or MB.
func byteSize(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d KB", (n+1023)>>10)
}

// A batch that the writer could not take yet goes on growing up to
// maxPendingRecords records (or 16 × Options.BatchSize, if more) or
// maxPendingBytes of article text; then taking results waits for the
// writer.
const (
	maxPendingRecords = 512
	maxPendingBytes   = 8 << 20
)

type job struct {
	seq  int
	path string
	// A chunk of a JSON Lines file or of standard input: its lines, and
	// the number of lines before it.
	data      []byte
	firstLine int
	inBytes   int64            // input bytes the job stands for, for progress
	fileDone  bool             // the job ends its file
	stamp     *graph.FileStamp // the file's size and time, to record once it is stored
	skipFile  bool             // the file's stamp matches: count unchanged documents, do not read
	unchanged int              // how many
	stdin     bool             // a chunk of standard input
}

// IncompleteSuffix marks the rules fingerprint of a record made while a
// rule failed (a timeout), so that the next run extracts it again.
const IncompleteSuffix = "+incomplete"

// StdinPath is the path that stands for standard input; StdinName starts
// the sources of its documents.
const (
	StdinPath = "-"
	StdinName = "stdin"
)

type result struct {
	seq      int
	path     string
	inBytes  int64
	fileDone bool
	stamp    *graph.FileStamp
	recs     []*graph.Record
	skipped  int
	docs     int
	bytes    int64
	failures []Failure
	warnings []Failure
	ruleErrs []string
	claims   []claim // the source of every document read, in order
}

// A claim is a document's hold on its source, for finding repeated ids.
type claim struct {
	source string
	line   int
	hash   string
	rec    *graph.Record // its record, if it was extracted
}

// claimKey keeps the sources seen in one input small: a large JSON Lines
// file has millions.
type claimKey [16]byte

type firstClaim struct {
	line int
	hash [8]byte
}

func keyOf(source string) claimKey {
	h := sha256.Sum256([]byte(source))
	return claimKey(h[:16])
}

func hashPrefix(hash string) (p [8]byte) {
	b, _ := hex.DecodeString(hash[:min(16, len(hash))])
	copy(p[:], b)
	return p
}

// Extractor is what a run extracts with: an [*extract.Extractor], or an
// [*extract.Lazy] that is compiled only when a file has to be read (an
// unchanged re-run needs only the fingerprint). The ingest options' boilerplate
// rules, when Options.Ingest has none, are the compiled rule set's.
type Extractor interface {
	Fingerprint() string
	Compiled() (*extract.Extractor, error)
}

// Run extracts every document under paths and puts the records into sink.
// Bad inputs are reported in the summary and skipped; the run goes on. A
// document whose keys the store cannot hold (store.CheckRecord: a NUL in
// its id, an id of 40,000 characters) is such an input.
// When ctx is cancelled, documents in flight are finished and written (the
// rest of a JSON Lines file is not started), and Run returns with
// Summary.Canceled set.
//
// A write that fails (a full disk, any store error) ends the run at once:
// nothing more is read or written, and Run returns the summary of what was
// committed before (Summary.Written) with the error. Files are stamped in
// the transaction of their last records, so the next run reads again only
// what was not committed.
func Run(parent context.Context, x Extractor, paths []string, sink Sink, opt Options) (*Summary, error) {
	start := time.Now()
	// ctx ends on the caller's cancel, or when a write fails.
	ctx, stopRun := context.WithCancelCause(parent)
	defer stopRun(nil)
	if opt.Jobs <= 0 {
		opt.Jobs = runtime.GOMAXPROCS(0)
	}
	if opt.BatchSize <= 0 {
		opt.BatchSize = 16
	}
	sum := &Summary{}
	var files []string
	var sizes []int64 // of files, by index
	var mtimes []int64
	var inputBytes, inputDone int64
	stdin := false
	var rest []string
	for _, p := range paths {
		if p == StdinPath {
			stdin = true
			continue
		}
		rest = append(rest, p)
	}
	if stdin && opt.Stdin == nil {
		return nil, errors.New(`"-" names standard input, but there is none`)
	}
	err := ingest.WalkWith(rest, opt.Walk, func(p string, err error) error {
		if errors.Is(err, ingest.ErrSkipped) {
			sum.Skipped = append(sum.Skipped, Failure{Path: p, Reason: err.Error()})
			return nil
		}
		if err != nil {
			sum.Failures = append(sum.Failures, Failure{Path: p, Reason: err.Error()})
			return nil
		}
		// A file is known by its absolute path, however it was named
		// (seeds/a.md, $PWD/seeds/a.md): one document, not two.
		if abs, err := filepath.Abs(p); err == nil {
			p = abs
		}
		files = append(files, p)
		if fi, err := os.Stat(p); err == nil {
			sizes = append(sizes, fi.Size())
			mtimes = append(mtimes, fi.ModTime().UnixNano())
			inputBytes += fi.Size()
		} else {
			sizes = append(sizes, 0)
			mtimes = append(mtimes, 0)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sum.Files = len(files)
	if stdin {
		sum.Files++
	}

	known := &knownIndex{known: opt.Known, load: opt.LoadKnown, force: opt.Force}

	jobs := make(chan job)
	results := make(chan result, opt.Jobs*2)
	var wg sync.WaitGroup
	for i := 0; i < opt.Jobs; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- process(ctx, x, j, opt, known)
			}
		}()
	}
	// At most this many jobs are out (sent, not yet taken in order): a
	// slow document cannot make the others pile up in memory.
	tokens := make(chan struct{}, opt.Jobs*4)
	var chunkErrs []Failure // read errors and overlong records of chunked inputs
	go func() {
		defer close(jobs)
		seq := 0
		send := func(j job) bool {
			select {
			case tokens <- struct{}{}:
			case <-ctx.Done():
				return false
			}
			j.seq = seq
			select {
			case jobs <- j:
				seq++
				return true
			case <-ctx.Done():
				return false
			}
		}
		// chunked sends r as JSON Lines chunks, the last marked as ending
		// its file; it reports whether it sent any.
		chunked := func(name string, r io.Reader, stamp *graph.FileStamp) (sent, ok bool) {
			var held *job
			// A signal stops the read even of a pipe that never ends
			// (/dev/zero) or never delivers.
			err := readChunks(cancelio.Reader(ctx, r), name, opt, &chunkErrs, func(data []byte, first int) bool {
				if held != nil && !send(*held) {
					return false
				}
				held = &job{path: name, data: data, firstLine: first, inBytes: int64(len(data)), stdin: name == StdinName}
				return true
			})
			if err != nil && ctx.Err() == nil {
				chunkErrs = append(chunkErrs, Failure{Path: name, Reason: err.Error()})
			}
			if held == nil {
				return false, ctx.Err() == nil
			}
			held.fileDone, held.stamp = true, stamp
			return true, send(*held)
		}
		rules := x.Fingerprint()
		for i, f := range files {
			stamp := &graph.FileStamp{Path: filepath.Clean(f), Size: sizes[i], ModTime: mtimes[i], Rules: rules}
			if old, ok := opt.Files[stamp.Path]; ok && !opt.Force && mtimes[i] != 0 &&
				old.Size == stamp.Size && old.ModTime == stamp.ModTime && old.Rules == rules {
				if !send(job{path: f, inBytes: sizes[i], fileDone: true, skipFile: true, unchanged: old.Docs}) {
					return
				}
				continue
			}
			if isJSONLName(f) {
				if fh, err := cancelio.Open(ctx, f); err == nil {
					if br := bufio.NewReader(fh); !isUTF16(br) {
						sent, ok := chunked(f, br, stamp)
						fh.Close()
						if !ok {
							return
						}
						if sent {
							continue
						}
					} else {
						fh.Close()
					}
				}
				// Unopenable, UTF-16 or empty: read whole, which reports why.
			}
			if !send(job{path: f, inBytes: sizes[i], fileDone: true, stamp: stamp}) {
				return
			}
		}
		if stdin {
			if sent, ok := chunked(StdinName, opt.Stdin, nil); ok && !sent {
				chunkErrs = append(chunkErrs, Failure{Path: StdinName, Reason: "no JSON Lines records on standard input"})
			}
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	// One writer goroutine puts batches into the sink, so that while a
	// transaction commits (an fsync), or a releasing store keeps the file
	// closed for readers, results are still taken and workers go on. A
	// batch is handed over only when the writer can take it at once;
	// until then the batch grows. Only a batch over maxPendingRecords
	// records or maxPendingBytes of text waits for the writer, so memory
	// stays bounded when the store is slower than extraction.
	type batch struct {
		recs  []*graph.Record
		files []graph.FileStamp // files all of whose records are in this batch or before
		bytes int               // article text the records carry
	}
	var pending batch
	var writeErr error
	written := 0
	writes := make(chan batch)
	writerDone := make(chan struct{})
	fileSink, _ := sink.(FileSink)
	go func() {
		defer close(writerDone)
		for b := range writes {
			if writeErr != nil {
				continue
			}
			var n int
			var err error
			if fileSink != nil {
				n, err = fileSink.PutWithFiles(context.WithoutCancel(ctx), b.recs, b.files)
			} else if len(b.recs) > 0 {
				n, err = sink.Put(context.WithoutCancel(ctx), b.recs...)
			}
			if err != nil {
				writeErr = err
				stopRun(err)
			}
			written += n
		}
	}()
	// flush hands the pending batch to the writer; unless wait is set, only
	// if the writer is idle. It reports whether the batch went.
	flush := func(wait bool) bool {
		if len(pending.recs) == 0 && len(pending.files) == 0 {
			return true
		}
		if wait {
			writes <- pending
		} else {
			select {
			case writes <- pending:
			default:
				return false
			}
		}
		pending = batch{}
		return true
	}
	maxRecs := maxPendingRecords
	if maxRecs < 16*opt.BatchSize {
		maxRecs = 16 * opt.BatchSize
	}
	// The file being taken: its documents so far, and whether anything
	// went wrong in it (then it is not stamped, and is read again).
	var curPath string
	curDocs, curDirty := 0, false
	claimed := map[claimKey]firstClaim{} // sources of the input being taken
	var lastReport time.Time
	lastFlush := time.Now()
	done := 0
	// Results are taken in input order, so the sink sees the same sequence
	// of records whatever the workers' timing.
	waiting := map[int]result{}
	next := 0
	take := func(r result) {
		<-tokens
		if r.path != curPath {
			curPath, curDocs, curDirty = r.path, 0, false
			clear(claimed)
		}
		// A source claimed twice in one input (two records with the same
		// id) keeps its first record; the later one is reported with both
		// lines, never silently written over the first.
		var drop map[*graph.Record]bool
		for _, c := range r.claims {
			k := keyOf(c.source)
			first, dup := claimed[k]
			if !dup {
				claimed[k] = firstClaim{line: c.line, hash: hashPrefix(c.hash)}
				continue
			}
			if drop == nil {
				drop = map[*graph.Record]bool{}
			}
			if c.rec != nil {
				drop[c.rec] = true
			}
			at := fmt.Sprintf("%s:%d", r.path, c.line)
			if first.hash == hashPrefix(c.hash) {
				r.warnings = append(r.warnings, Failure{Path: at, Reason: fmt.Sprintf("the same record as line %d: stored once", first.line)})
				continue
			}
			r.failures = append(r.failures, Failure{Path: at, Reason: fmt.Sprintf("duplicate id: line %d has the id of line %d (%s); only line %d is stored — give each record its own id", c.line, first.line, c.source, first.line)})
		}
		if len(drop) > 0 {
			kept := r.recs[:0:0]
			for _, rec := range r.recs {
				if !drop[rec] {
					kept = append(kept, rec)
				}
			}
			r.recs = kept
		}
		curDocs += r.docs
		curDirty = curDirty || len(r.failures) > 0 || len(r.ruleErrs) > 0
		if r.fileDone {
			done++
			if r.stamp != nil && !curDirty && ctx.Err() == nil {
				st := *r.stamp
				st.Docs = curDocs
				pending.files = append(pending.files, st)
			}
			curPath = ""
		}
		inputDone += r.inBytes
		sum.Documents += r.docs
		sum.Unchanged += r.skipped
		sum.Bytes += r.bytes
		sum.Failures = append(sum.Failures, r.failures...)
		sum.Warnings = append(sum.Warnings, r.warnings...)
		sum.RuleErrors = append(sum.RuleErrors, r.ruleErrs...)
		for _, rec := range r.recs {
			sum.Extracted++
			sum.Entities += len(rec.Regions) + len(rec.Agencies) + len(rec.Plans) + len(rec.Amounts) + len(rec.Targets)
			pending.recs = append(pending.recs, rec)
			pending.bytes += len(rec.Text)
		}
		if len(pending.recs) >= opt.BatchSize && ctx.Err() == nil &&
			(time.Since(lastFlush) >= opt.CommitEvery || len(pending.recs) >= 16*opt.BatchSize) {
			full := len(pending.recs) >= maxRecs || pending.bytes >= maxPendingBytes
			if flush(full) {
				lastFlush = time.Now()
			}
		}
	}
	for r := range results {
		waiting[r.seq] = r
		for {
			w, ok := waiting[next]
			if !ok {
				break
			}
			delete(waiting, next)
			next++
			take(w)
		}
		if opt.Progress != nil && time.Since(lastReport) > 200*time.Millisecond {
			lastReport = time.Now()
			opt.Progress(Progress{Files: sum.Files, FilesDone: done, Docs: sum.Documents, Bytes: sum.Bytes, InputBytes: inputBytes, InputDone: inputDone, Elapsed: time.Since(start)})
		}
	}
	// After a cancel some sequence numbers never come; take the rest in order.
	for _, k := range sortedSeqs(waiting) {
		take(waiting[k])
	}
	if ctx.Err() == nil || parent.Err() != nil {
		flush(true) // not after a failed write: the run stops at once
	}
	close(writes)
	<-writerDone
	sum.Written = written
	sum.Failures = append(sum.Failures, chunkErrs...)
	sum.Elapsed = time.Since(start)
	if opt.Progress != nil {
		opt.Progress(Progress{Files: sum.Files, FilesDone: done, Docs: sum.Documents, Bytes: sum.Bytes, InputBytes: inputBytes, InputDone: inputDone, Elapsed: sum.Elapsed, Done: true})
	}
	sort.SliceStable(sum.Failures, func(i, j int) bool { return sum.Failures[i].Path < sum.Failures[j].Path })
	sort.SliceStable(sum.Warnings, func(i, j int) bool { return sum.Warnings[i].Path < sum.Warnings[j].Path })
	sort.Strings(sum.RuleErrors)
	if parent.Err() != nil {
		sum.Canceled = true
	}
	if writeErr != nil {
		return sum, fmt.Errorf("write failed, run stopped: %w", writeErr)
	}
	return sum, nil
}

// process reads, parses and extracts one input file.
// knownIndex holds the stored documents' hashes, loaded once on first
// need, and the stored documents by the hash of their input, for skipping
// unchanged JSON Lines records without decoding them.
type knownIndex struct {
	once   sync.Once
	known  map[string][2]string
	load   func() (map[string][2]string, error)
	force  bool
	err    error
	byHash map[string][]string
}

// get returns the stored documents' hashes and the index by hash (both
// nil with Force or when nothing is known), loading them the first time.
func (k *knownIndex) get() (map[string][2]string, map[string][]string, error) {
	k.once.Do(func() {
		if k.force {
			k.known = nil
			return
		}
		if k.known == nil && k.load != nil {
			k.known, k.err = k.load()
		}
		if k.known != nil {
			k.byHash = make(map[string][]string, len(k.known))
			for src, h := range k.known {
				k.byHash[h[0]] = append(k.byHash[h[0]], src)
			}
		}
	})
	return k.known, k.byHash, k.err
}

func process(ctx context.Context, x Extractor, j job, opt Options, known *knownIndex) (r result) {
	r.seq, r.path, r.inBytes, r.fileDone, r.stamp = j.seq, j.path, j.inBytes, j.fileDone, j.stamp
	if j.skipFile {
		r.docs, r.skipped = j.unchanged, j.unchanged
		return r
	}
	if ctx.Err() != nil {
		return r
	}
	defer func() {
		if p := recover(); p != nil {
			r.recs = nil
			r.failures = append(r.failures, Failure{Path: j.path, Reason: fmt.Sprintf("internal error: %v (please report this file)", p)})
		}
	}()
	in := opt.Ingest
	in.SkipRaw = nil
	data := j.data
	if data == nil {
		var err error
		if data, err = readFile(ctx, j.path, opt.Ingest.MaxBytes); err != nil {
			r.failures = append(r.failures, Failure{Path: j.path, Reason: err.Error()})
			return r
		}
	} else {
		// Each line was held to the size limit as it was read.
		in.Format, in.FirstLine, in.MaxBytes = ingest.FormatJSONL, j.firstLine, int64(len(data))+1
	}
	rules := x.Fingerprint()
	knownMap, byHash, err := known.get()
	if err != nil {
		r.failures = append(r.failures, Failure{Path: j.path, Reason: "reading the stored documents: " + err.Error()})
		return r
	}
	opt.Known = knownMap
	source := ingest.SourceOf(j.path)
	if j.stdin {
		source = opt.StdinSource
		if source == "" {
			source = StdinName
		}
		in.Source = source
	}
	isJSONL := j.data != nil || isJSONLName(j.path)
	if !isJSONL && !opt.Force && opt.Known != nil {
		sum := sha256.Sum256(data)
		if k, ok := opt.Known[source]; ok && k[0] == hex.EncodeToString(sum[:]) && k[1] == rules {
			r.docs, r.skipped = 1, 1
			return r
		}
	}
	if !opt.Force && opt.Known != nil {
		in.Skip = func(source, hash string) bool {
			k, ok := opt.Known[source]
			return ok && k[0] == hash && k[1] == rules
		}
		prefix := source + "#"
		in.SkipRaw = func(hash string, _ int) (string, bool) {
			for _, src := range byHash[hash] {
				if strings.HasPrefix(src, prefix) && opt.Known[src][1] == rules {
					return src, true
				}
			}
			return "", false
		}
	}
	xc, err := x.Compiled()
	if err != nil {
		r.failures = append(r.failures, Failure{Path: j.path, Reason: "rules: " + err.Error()})
		return r
	}
	if in.Boilerplate == nil {
		in.Boilerplate = xc.IngestOptions().Boilerplate
	}
	docs, errs := ingest.Parse(j.path, data, in)
	if j.stdin && source != StdinName {
		// Named standard input (--source-name FILE) stands for that file:
		// its documents report the path a direct extract of the file
		// gives, so a split run (extract --stdout - on every worker, then
		// load) builds the same database.
		for _, d := range docs {
			d.Path = source
		}
	}
	for _, e := range errs {
		if j.data != nil && errors.Is(e, ingest.ErrEmpty) {
			continue // a chunk of blank lines
		}
		var re *ingest.RecordError
		if errors.As(e, &re) {
			r.failures = append(r.failures, Failure{Path: fmt.Sprintf("%s:%d", j.path, re.Line), Reason: re.Err.Error()})
			continue
		}
		r.failures = append(r.failures, Failure{Path: j.path, Reason: e.Error()})
	}
	for i, d := range docs {
		// After a cancel the document at hand is finished (it was read and
		// parsed: it is in flight) and written; the rest of a JSON Lines
		// file is left for the next run.
		if i > 0 && ctx.Err() != nil {
			break
		}
		r.docs++
		r.claims = append(r.claims, claim{source: d.Source, line: d.Line, hash: d.Hash})
		if d.Skipped {
			r.skipped++
			continue
		}
		if err := store.CheckSource(d.Source); err != nil {
			r.failures = append(r.failures, Failure{Path: docPlace(j, data, d), Reason: err.Error()})
			continue
		}
		if err := checkLength(d.Text, opt.MaxTextBytes); err != nil {
			r.failures = append(r.failures, Failure{Path: d.Source, Reason: err.Error()})
			continue
		}
		res, err := xc.Extract(context.WithoutCancel(ctx), d)
		if err != nil {
			// A panic inside the extractor (a bug) comes back as an error
			// naming the rule: this document fails, the others go on.
			r.failures = append(r.failures, Failure{Path: d.Source, Reason: err.Error()})
			continue
		}
		r.claims[len(r.claims)-1].rec = res.Record
		for _, e := range res.Errors {
			r.ruleErrs = append(r.ruleErrs, d.Source+": "+e.Error())
		}
		if len(res.Errors) > 0 {
			// What the failed rules would have found is missing: the
			// record must not pass for up to date, or the next run would
			// skip the document as unchanged.
			if res.Record.Meta != nil {
				res.Record.Meta.Rules += IncompleteSuffix
			}
		}
		for _, w := range d.Warnings { // a boilerplate rule that timed out on a line
			r.warnings = append(r.warnings, Failure{Path: d.Source, Reason: w})
		}
		if n := d.Meta["decode_errors"]; n != "" {
			r.warnings = append(r.warnings, Failure{Path: d.Source, Reason: fmt.Sprintf("%s invalid byte sequences (read as %s) replaced with U+FFFD; the rest of the document was kept", n, d.Encoding)})
		}
		if err := store.CheckRecord(res.Record); err != nil {
			r.failures = append(r.failures, Failure{Path: docPlace(j, data, d), Reason: err.Error()})
			continue
		}
		r.bytes += int64(len(d.Text))
		r.recs = append(r.recs, res.Record)
	}
	return r
}

// docPlace names a document for a failure: "path:line" for a JSON Lines
// record (found by the hash of its line), else its source, shortened.
func docPlace(j job, data []byte, d *ingest.Document) string {
	if d.Format == ingest.FormatJSONL {
		for i, line := range bytes.Split(data, []byte{'\n'}) {
			line = bytes.TrimSuffix(line, []byte{'\r'})
			if sum := sha256.Sum256(line); hex.EncodeToString(sum[:]) == d.Hash {
				return fmt.Sprintf("%s:%d", j.path, j.firstLine+i+1)
			}
		}
	}
	return store.Clip(d.Source, 200)
}

// readFile reads a whole file up to limit bytes; an interrupt (ctx) ends
// an open that waits for a FIFO's writer.
func readFile(ctx context.Context, path string, limit int64) ([]byte, error) {
	if limit <= 0 {
		limit = ingest.DefaultMaxBytes
	}
	f, err := cancelio.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.Size() > limit {
		return nil, fmt.Errorf("file too large: %d MB > %d MB limit (raise it with --max-file-size)", st.Size()>>20, limit>>20)
	}
	// Read into a buffer of the file's size (plus one byte to see growth).
	var buf bytes.Buffer
	buf.Grow(int(st.Size()) + 1)
	// A FIFO that a writer holds open is read to its end: the document in
	// flight, which a first interrupt lets finish and a second abandons.
	if _, err := buf.ReadFrom(io.LimitReader(f, limit+1)); err != nil {
		return nil, err
	}
	data := buf.Bytes()
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("file too large: over %d MB (raise it with --max-file-size)", limit>>20)
	}
	return data, nil
}

func sortedSeqs(m map[int]result) []int {
	ks := make([]int, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	return ks
}

// chunkBytes ends a chunk early: records of whole reports (50 KB each) in
// chunks of 64 would make one job hold a core for seconds while the others
// wait.
const chunkBytes = 256 << 10

// readChunks reads r, named name, as JSON Lines and hands it on in chunks
// of whole lines, with the number of lines before each chunk, until the
// input ends, emit returns false, or reading fails. A line longer than the
// file size limit is skipped and reported in fails, without being held in
// memory.
func readChunks(r io.Reader, name string, opt Options, fails *[]Failure, emit func(data []byte, firstLine int) bool) error {
	per := opt.Chunk
	if per <= 0 {
		per = 64
	}
	limit := opt.Ingest.MaxBytes
	if limit <= 0 {
		limit = ingest.DefaultMaxBytes
	}
	br := bufio.NewReaderSize(r, 1<<20)
	var chunk []byte
	first, line, records := 0, 0, 0
	send := func() bool {
		if records == 0 {
			chunk, first = chunk[:0], line
			return true
		}
		ok := emit(chunk, first)
		chunk, first, records = nil, line, 0
		return ok
	}
	for {
		start := len(chunk)
		tooLong := false
		var err error
		for {
			var part []byte
			part, err = br.ReadSlice('\n')
			if !tooLong {
				chunk = append(chunk, part...)
				if int64(len(chunk)-start) > limit {
					chunk, tooLong = chunk[:start], true
				}
			}
			if err != bufio.ErrBufferFull {
				break
			}
		}
		if len(chunk) > start || tooLong {
			line++
		}
		switch {
		case tooLong:
			*fails = append(*fails, Failure{Path: fmt.Sprintf("%s:%d", name, line), Reason: fmt.Sprintf("%v: record over the %d MB limit (raise it with --max-file-size)", ingest.ErrTooLarge, limit>>20)})
			// The chunk keeps its line numbering: a blank line holds the place.
			chunk = append(chunk, '\n')
		case len(bytes.TrimSpace(chunk[start:])) > 0:
			records++
		}
		if err == io.EOF {
			send()
			return nil
		}
		if err != nil {
			send()
			return fmt.Errorf("read %s: %w", name, err)
		}
		if records >= per || len(chunk) >= chunkBytes {
			if !send() {
				return nil
			}
		}
	}
}

// isJSONLName reports whether a file's name says JSON Lines.
func isJSONLName(path string) bool {
	p := strings.ToLower(path)
	return strings.HasSuffix(p, ".jsonl") || strings.HasSuffix(p, ".ndjson")
}

// isUTF16 reports whether br starts with a UTF-16 byte order mark: such a
// file cannot be split at newline bytes.
func isUTF16(br *bufio.Reader) bool {
	b, _ := br.Peek(2)
	return len(b) == 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF)
}

// RecordHashes returns the hashes of the records a JSON Lines (or JSON)
// file holds now, as ingest computes them for Document.Hash, without
// decoding the records: a stored record whose hash is not among them is no
// longer in its file. The file is read in chunks, so its size is not
// limited by memory; a line over the record limit is an error (its hash
// is unknown, so nothing may be concluded about the file).
func RecordHashes(ctx context.Context, path string, opt Options) (map[string]bool, error) {
	hashes := map[string]bool{}
	in := opt.Ingest
	in.Skip = nil
	in.SkipRaw = func(hash string, _ int) (string, bool) {
		hashes[hash] = true
		return "", true
	}
	parse := func(data []byte, first int, chunk bool) error {
		o := in
		if chunk {
			o.Format, o.FirstLine, o.MaxBytes = ingest.FormatJSONL, first, int64(len(data))+1
		}
		_, errs := ingest.Parse(path, data, o)
		for _, e := range errs {
			if errors.Is(e, ingest.ErrEmpty) {
				continue
			}
			return e
		}
		return nil
	}
	f, err := cancelio.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	br := bufio.NewReader(f)
	if !isJSONLName(path) || isUTF16(br) {
		data, err := readFile(ctx, path, opt.Ingest.MaxBytes)
		if err != nil {
			return nil, err
		}
		return hashes, parse(data, 0, false)
	}
	var fails []Failure
	var perr error
	err = readChunks(cancelio.Reader(ctx, br), path, opt, &fails, func(data []byte, first int) bool {
		perr = parse(data, first, true)
		return perr == nil
	})
	if err == nil {
		err = perr
	}
	if err == nil && len(fails) > 0 {
		err = fmt.Errorf("%s: %s", fails[0].Path, fails[0].Reason)
	}
	if err != nil {
		return nil, err
	}
	return hashes, nil
}
