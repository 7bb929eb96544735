package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/policygraph/policygraph/graph"
)

// Version is the schema version this package reads and writes.
const Version = "5"

// Errors returned by the store.
var (
	// ErrLocked is returned by Open when another process holds the database.
	ErrLocked = errors.New("locked by another process")
	// ErrVersion is returned by Open for a database of another schema version.
	ErrVersion = errors.New("unsupported database version")
	// ErrNotDatabase is returned by Open for a file that is not a policygraph database.
	ErrNotDatabase = errors.New("not a policygraph database")
)

var (
	bMeta       = []byte("meta")
	bDocs       = []byte("docs")
	bRecords    = []byte("records")
	bNodes      = []byte("nodes")
	bNodeDocs   = []byte("node_docs")
	bEdges      = []byte("edges")
	bEdgeDocs   = []byte("edge_docs")
	bIn         = []byte("in")
	bTexts      = []byte("texts")
	bFiles      = []byte("files")
	bSources    = []byte("sources")
	bNodeIDs    = []byte("node_ids")
	bNames      = []byte("names")
	bRows       = []byte("target_rows")
	bRowRegions = []byte("target_regions")
	buckets     = [][]byte{bMeta, bDocs, bSources, bRecords, bNodes, bNodeIDs, bNames, bNodeDocs, bEdges, bEdgeDocs, bIn, bTexts, bFiles, bRows, bRowRegions}
)

var (
	keyVersion = []byte("version")
	keyCreated = []byte("created")
	keyWriter  = []byte("writer") // "PID HOST" of the process writing; removed by Close
)

// Options configure Open.
type Options struct {
	ReadOnly bool          // open with a shared lock; the file must exist
	Timeout  time.Duration // how long to wait for the lock; default 1s
	NoSync   bool          // skip fsync per transaction (faster bulk loads; a crash may lose the last transactions, never corrupt)
	// Release makes a writer hold the file (and its lock) only while it
	// writes: every Put opens the file, commits and closes it again, so
	// that readers can open it between two commits. Another writer is
	// still refused for as long as the DB is open (see doc.go, Locking).
	Release bool
	// WriteWait is how long a releasing writer waits for readers to let go
	// of the file before a Put fails with ErrLocked; default 10 minutes.
	WriteWait time.Duration
}

// DB is a policygraph database. It is safe for concurrent use; its
// methods run one at a time.
type DB struct {
	mu     sync.Mutex
	bdb    *bolt.DB // nil between writes of a releasing writer
	path   string
	opt    Options
	writer bool // holds the writer marker, cleared by Close
	// when a releasing writer last left the file closed for readers
	lastYield time.Time
	// the deferred keys of the last writing transaction (see deferred),
	// whose memory the next one reuses
	deferredBufs [3]*deferred
}

// Open opens (or, unless read-only, creates) the database at path.
func Open(path string, opt Options) (*DB, error) {
	if opt.Timeout == 0 {
		opt.Timeout = time.Second
	}
	if opt.WriteWait == 0 {
		opt.WriteWait = 10 * time.Minute
	}
	if opt.ReadOnly {
		opt.Release = false
	}
	fi, err := os.Stat(path)
	switch {
	case err != nil && opt.ReadOnly:
		return nil, fmt.Errorf("open %s: %w (run `policygraph extract` first)", path, err)
	case err == nil && !fi.Mode().IsRegular():
		return nil, fmt.Errorf("open %s: %w (a %s, not a regular file)", path, ErrNotDatabase, fileKind(fi.Mode()))
	case err == nil && fi.Size() == 0 && opt.ReadOnly:
		return nil, fmt.Errorf("open %s: %w (an empty file)", path, ErrNotDatabase)
	}
	db := &DB{path: path, opt: opt}
	if opt.ReadOnly {
		release, ok := waitShared(path, opt.Timeout)
		if !ok {
			return nil, fmt.Errorf("open %s: %w (another policygraph is writing to it; wait for it to finish or use another --db)", path, ErrLocked)
		}
		defer release() // bbolt holds its own lock from here on
	}
	bdb, err := db.openBolt(opt.Timeout)
	if err != nil {
		return nil, err
	}
	db.bdb = bdb
	if err := db.init(); err != nil {
		bdb.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if opt.Release {
		if err := bdb.Close(); err != nil {
			return nil, fmt.Errorf("open %s: %w", path, err)
		}
		db.bdb = nil
	}
	return db, nil
}

func fileKind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "directory"
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeDevice != 0:
		return "device"
	}
	return "special file"
}

// allocSize is how much a database file grows past what its pages need
// when it must grow. bbolt's default, 16 MiB, left a cold extract of the
// shared corpus (34 MB of article text) 6 MB of file it never wrote; each
// growth costs a truncate and an fsync, and a writing transaction grows the
// file at most once.
const allocSize = 1 << 20

// openBolt opens the bbolt file and checks that it is as long as its meta
// page says, so that no read reaches past its end (SIGBUS).
func (db *DB) openBolt(timeout time.Duration) (bdb *bolt.DB, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if err != nil && errors.Is(err, ErrDamaged) && !strings.HasPrefix(err.Error(), "open ") {
			err = fmt.Errorf("open %s: %w", db.path, err)
		}
	}()
	defer recoverDamage(db.path, &err)
	path := db.path
	bdb, err = bolt.Open(path, 0o644, &bolt.Options{Timeout: timeout, ReadOnly: db.opt.ReadOnly, NoSync: db.opt.NoSync})
	if err == nil {
		bdb.AllocSize = allocSize
	}
	if err != nil {
		if errors.Is(err, bolterrors.ErrTimeout) {
			return nil, fmt.Errorf("open %s: %w (another policygraph is writing to it; wait for it to finish or use another --db)", path, ErrLocked)
		}
		if errors.Is(err, bolterrors.ErrInvalid) || errors.Is(err, bolterrors.ErrVersionMismatch) || errors.Is(err, bolterrors.ErrChecksum) || tooShort(path, err) {
			return nil, fmt.Errorf("open %s: %w (%v)", path, ErrNotDatabase, err)
		}
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	var need int64
	_ = bdb.View(func(tx *bolt.Tx) error { need = tx.Size(); return nil })
	fi, err := os.Stat(path)
	if err != nil {
		bdb.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if fi.Size() < need {
		bdb.Close()
		return nil, damaged(path, "the file is truncated: %d bytes, its pages need %d", fi.Size(), need)
	}
	return bdb, nil
}

// tooShort reports whether bolt.Open failed with err because path is a
// non-empty file shorter than two pages, which bbolt reports only as
// "file size too small".
func tooShort(path string, err error) bool {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return false
	}
	fi, serr := os.Stat(path)
	return serr == nil && fi.Mode().IsRegular() && fi.Size() > 0 && fi.Size() < 2*int64(os.Getpagesize())
}

// init checks (or, for a new file, makes) the schema, and runs bbolt's
// consistency check if the last writer did not close the file.
func (db *DB) init() error {
	if db.opt.ReadOnly {
		// A reader does not run the page check after a killed writer: it
		// could not clear the marker, so every query would check the whole
		// file until the next extract. What it reads is checksummed, and a
		// page it cannot read is an error (see with).
		return db.view(func(tx *bolt.Tx) error { return checkMeta(tx, db.path) })
	}
	return db.update(func(tx *bolt.Tx) error {
		// Only a new file has no buckets; one with any must be ours.
		if k, _ := tx.Cursor().First(); k != nil {
			if err := checkMeta(tx, db.path); err != nil {
				return err
			}
		} else {
			for _, b := range buckets {
				if _, err := tx.CreateBucket(b); err != nil {
					return err
				}
			}
			m := tx.Bucket(bMeta)
			if err := m.Put(keyVersion, []byte(Version)); err != nil {
				return err
			}
			if err := m.Put(keyCreated, []byte(time.Now().UTC().Format(time.RFC3339))); err != nil {
				return err
			}
		}
		m := tx.Bucket(bMeta)
		if w := m.Get(keyWriter); w != nil {
			if writerAlive(string(w)) {
				pid, _, _ := strings.Cut(string(w), " ")
				return fmt.Errorf("%w (policygraph process %s is writing to it; wait for it to finish or use another --db)", ErrLocked, pid)
			}
			if err := db.checkPages(tx); err != nil {
				return err
			}
		}
		db.writer = true
		return m.Put(keyWriter, []byte(writerID()))
	})
}

// checkPages runs bbolt's page-level consistency check.
func (db *DB) checkPages(tx *bolt.Tx) error {
	var errs []string
	for err := range tx.Check() {
		errs = append(errs, err.Error())
		if len(errs) == 10 {
			break
		}
	}
	if len(errs) > 0 {
		return damaged(db.path, "it was not closed cleanly, and its pages are inconsistent: %s", strings.Join(errs, "; "))
	}
	return nil
}

func writerID() string {
	host, _ := os.Hostname()
	return strconv.Itoa(os.Getpid()) + " " + host
}

// writerAlive reports whether the writer marker w ("PID HOST") names a
// process that still runs: on another host it cannot be known, and it is
// taken to run.
func writerAlive(w string) bool {
	pidS, host, _ := strings.Cut(w, " ")
	pid, err := strconv.Atoi(pidS)
	if err != nil || pid <= 0 {
		return false
	}
	if h, _ := os.Hostname(); h != host {
		return true
	}
	if pid == os.Getpid() {
		return false // a marker left by this process is stale: Close removes it
	}
	return processAlive(pid)
}

func checkMeta(tx *bolt.Tx, path string) error {
	m := tx.Bucket(bMeta)
	if m == nil {
		return ErrNotDatabase
	}
	need := buckets
	switch v := string(m.Get(keyVersion)); v {
	case Version:
	case "1", "2", "3", "4":
		return fmt.Errorf("%w %q: made by an older policygraph; re-run extract into a new database (delete the file or use another --db; this policygraph reads version %s)", ErrVersion, v, Version)
	default:
		return fmt.Errorf("%w %q (this policygraph reads version %s; re-extract into a new database)", ErrVersion, v, Version)
	}
	for _, b := range need {
		if tx.Bucket(b) == nil {
			return damaged(path, "bucket %s is missing", b)
		}
	}
	return nil
}

// with runs fn in a transaction with memory faults and bbolt's panics
// turned into errors (ErrDamaged). A releasing writer opens the file for
// the transaction and closes it afterwards.
func (db *DB) with(write bool, fn func(tx *bolt.Tx) error) (err error) {
	db.mu.Lock()
	defer db.mu.Unlock()
	bdb := db.bdb
	if bdb == nil {
		if bdb, err = db.openBolt(db.opt.WriteWait); err != nil {
			return err
		}
		defer func() {
			if cerr := bdb.Close(); cerr != nil && err == nil {
				err = cerr
			}
			db.yield()
		}()
	}
	return guarded(db.path, bdb, write, fn)
}

// A releasing writer that commits back to back would leave readers, which
// try the lock every 50 ms (bbolt's flock retry), no gap to get in: after
// a commit it keeps the file closed for yieldFor once every yieldEvery.
const (
	yieldEvery = 400 * time.Millisecond
	yieldFor   = 60 * time.Millisecond
)

func (db *DB) yield() {
	if db.lastYield.IsZero() {
		db.lastYield = time.Now()
		return
	}
	if time.Since(db.lastYield) >= yieldEvery {
		time.Sleep(yieldFor)
		db.lastYield = time.Now()
	}
}

func guarded(path string, bdb *bolt.DB, write bool, fn func(tx *bolt.Tx) error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer recoverDamage(path, &err)
	if write {
		return bdb.Update(fn)
	}
	return bdb.View(fn)
}

func (db *DB) view(fn func(tx *bolt.Tx) error) error   { return db.with(false, fn) }
func (db *DB) update(fn func(tx *bolt.Tx) error) error { return db.with(true, fn) }

func (db *DB) bucket(tx *bolt.Tx, name []byte) bk { return bucket(tx, name, db.path) }

// Path returns the database file's path.
func (db *DB) Path() string { return db.path }

// Close removes the writer marker and closes the database.
func (db *DB) Close() error {
	var err error
	if db.writer {
		err = db.update(func(tx *bolt.Tx) error { return tx.Bucket(bMeta).Delete(keyWriter) })
		db.writer = false
	}
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.bdb != nil {
		if cerr := db.bdb.Close(); err == nil {
			err = cerr
		}
		db.bdb = nil
	}
	return err
}

// Check runs bbolt's consistency check and the store's own: every value
// has its checksum, every bucket its count of keys, every number its
// entry in the number tables, every node and edge a document, every edge
// its reverse entry, and every record and text decodes.
func (db *DB) Check() error {
	err := db.view(func(tx *bolt.Tx) error {
		if err := db.checkPages(tx); err != nil {
			return err
		}
		t := db.txn(tx)
		for _, name := range buckets[1:] {
			if tx.Bucket(name) == nil {
				continue // checked on open
			}
			if err := db.bucket(tx, name).forEach(func(k, v []byte) error { return nil }); err != nil {
				return err
			}
		}
		if err := t.loadNames(); err != nil {
			return err
		}
		// Numbers: both tables of nodes and of sources name each other.
		if err := t.nodes.forEach(func(k, v []byte) error {
			num, _, err := t.nodeValue(k, v)
			if err != nil {
				return err
			}
			if id, err := t.nodeID(num); err != nil {
				return err
			} else if string(id) != string(k) {
				return damaged(db.path, "node %s: number %d names %s in node_ids", clip(string(k), 200), num, clip(string(id), 200))
			}
			if !t.nodeDocs.hasPrefix(num4(num)) {
				return fmt.Errorf("node %s has no document", k)
			}
			return nil
		}); err != nil {
			return err
		}
		if t.ids.count() != t.nodes.count() {
			return damaged(db.path, "%d nodes but %d node numbers", t.nodes.count(), t.ids.count())
		}
		if err := t.docs.forEach(func(k, v []byte) error {
			num, _, err := t.docValue(k, v)
			if err != nil {
				return err
			}
			if src, err := t.sourceOf(num); err != nil {
				return err
			} else if src != string(k) {
				return damaged(db.path, "doc %s: number %d names %s in sources", clip(string(k), 200), num, clip(src, 200))
			}
			return nil
		}); err != nil {
			return err
		}
		if t.sources.count() != t.docs.count() {
			return damaged(db.path, "%d documents but %d source numbers", t.docs.count(), t.sources.count())
		}
		// Mentions: kept with their nodes, stored as edges, listed by the
		// records (mentions.go).
		var kept, stored, listed int
		if err := t.nodeDocs.forEach(func(k, v []byte) error {
			if len(k) != 8 {
				return damaged(db.path, "node evidence key %x", k)
			}
			if _, err := t.nodeID(binary.BigEndian.Uint32(k)); err != nil {
				return err
			}
			src, err := t.sourceOf(binary.BigEndian.Uint32(k[4:]))
			if err != nil {
				return err
			}
			_, mentioned, _, err := t.decodeNodeDoc(src, v)
			if err != nil {
				return damaged(db.path, "evidence of node number %d in %s: %v", binary.BigEndian.Uint32(k), clip(src, 200), err)
			}
			if mentioned {
				kept++
			}
			return nil
		}); err != nil {
			return err
		}
		mentions, err := t.relNum(graph.Mentions, false)
		if err != nil {
			return err
		}
		if err := t.edges.forEach(func(k, v []byte) error {
			from, rel, to, ok := splitEdgeKey(k)
			if !ok || len(k) != 10 {
				return damaged(db.path, "edge key %x", k)
			}
			if rel == mentions && mentions != 0 {
				stored++
			}
			if _, err := t.decodeEdge(k, v); err != nil {
				return err
			}
			if !t.edgeDocs.hasPrefix(k) {
				e, _ := t.decodeEdge(k, v)
				return fmt.Errorf("edge %q has no document", e.Key())
			}
			rv, err := t.in.get(edgeKey(to, rel, from))
			if err != nil {
				return err
			}
			if rv == nil || string(rv) != string(v) {
				return fmt.Errorf("edge %x has no matching reverse index entry", k)
			}
			return nil
		}); err != nil {
			return err
		}
		if t.in.count() != t.edges.count() {
			return fmt.Errorf("reverse index holds %d entries for %d edges", t.in.count(), t.edges.count())
		}
		if err := t.edgeDocs.forEach(func(k, v []byte) error {
			if len(k) != 14 {
				return damaged(db.path, "edge evidence key %x", k)
			}
			if !t.edges.has(k[:10]) {
				return fmt.Errorf("edge evidence %x of an edge that is missing", k)
			}
			src, err := t.sourceOf(binary.BigEndian.Uint32(k[10:]))
			if err != nil {
				return err
			}
			_, err = t.decodeEvidence(src, v)
			return err
		}); err != nil {
			return err
		}
		if err := t.checkTargetRows(); err != nil {
			return err
		}
		if err := t.docs.forEach(func(k, v []byte) error {
			r, err := t.rebuild(string(k), v, true)
			if err != nil {
				return err
			}
			seen := map[graph.ID]bool{}
			for i := range r.Edges {
				if e := &r.Edges[i]; implicitMention(string(k), e) && !seen[e.To] {
					seen[e.To] = true
					listed++
				}
			}
			return nil
		}); err != nil {
			return err
		}
		if listed != kept {
			return damaged(db.path, "node_docs keep %d mentions, but the records list %d", kept, listed)
		}
		for _, c := range []struct {
			key  []byte
			want int
		}{{keyMentions, kept}, {keyMentionEdges, stored}} {
			if n, err := t.metaCount(c.key); err != nil {
				return err
			} else if n != c.want {
				return damaged(db.path, "meta %s counts %d, but there are %d", c.key, n, c.want)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("check %s: %w", db.path, err)
	}
	return nil
}

// Status says whether a document needs extracting: it is unknown, its
// content changed, or the rules changed.
func (db *DB) Status(source, hash, rules string) (current bool, err error) {
	err = db.view(func(tx *bolt.Tx) error {
		t := db.txn(tx)
		num, mv, err := t.source(source)
		if err != nil || num == 0 {
			return err
		}
		m, err := t.decodeMeta(mv, source)
		if err != nil {
			return damaged(db.path, "doc %s: %v", source, err)
		}
		current = m.Hash == hash && m.Rules == rules
		return nil
	})
	return current, err
}

// Files returns the stamps of the input files read completely, by path.
func (db *DB) Files() (map[string]graph.FileStamp, error) {
	out := map[string]graph.FileStamp{}
	err := db.view(func(tx *bolt.Tx) error {
		return db.bucket(tx, bFiles).forEach(func(k, v []byte) error {
			var f graph.FileStamp
			if err := json.Unmarshal(v, &f); err != nil {
				return damaged(db.path, "file %s: %v", k, err)
			}
			out[string(k)] = f
			return nil
		})
	})
	return out, err
}

// Known returns the hash and rules fingerprint of every stored document,
// by source, so a batch run can skip unchanged inputs without a
// transaction per file.
func (db *DB) Known() (map[string][2]string, error) {
	out := map[string][2]string{}
	err := db.view(func(tx *bolt.Tx) error {
		t := db.txn(tx)
		return t.docs.forEach(func(k, v []byte) error {
			_, mv, err := t.docValue(k, v)
			if err != nil {
				return err
			}
			m, err := t.decodeMeta(mv, string(k))
			if err != nil {
				return damaged(db.path, "doc %s: %v", k, err)
			}
			out[string(k)] = [2]string{m.Hash, m.Rules}
			return nil
		})
	})
	return out, err
}

// Put stores records, each replacing the earlier record of its document,
// all in one transaction. A record must carry Meta (its source key).
// It returns how many records were new or changed; on error nothing is
// stored and it returns 0. A record that CheckRecord refuses fails the
// whole call: callers check records first (batch does, and skips them).
func (db *DB) Put(ctx context.Context, recs ...*graph.Record) (changed int, err error) {
	return db.PutWithFiles(ctx, recs, nil)
}

// PutWithFiles is Put, and in the same transaction records the stamps of
// input files whose every record is now stored (see Files).
func (db *DB) PutWithFiles(ctx context.Context, recs []*graph.Record, files []graph.FileStamp) (changed int, err error) {
	if len(recs) == 0 && len(files) == 0 {
		return 0, nil
	}
	for _, r := range recs {
		if err := CheckRecord(r); err != nil {
			return 0, fmt.Errorf("put %s: %w", clip(r.Doc, 200), err)
		}
	}
	for _, f := range files {
		if err := checkFilePath(f.Path); err != nil {
			return 0, fmt.Errorf("put: %w", err)
		}
	}
	err = db.update(func(tx *bolt.Tx) error {
		t := db.txn(tx)
		for _, f := range files {
			v, err := json.Marshal(f)
			if err != nil {
				return err
			}
			if err := t.files.put([]byte(f.Path), v); err != nil {
				return err
			}
		}
		changed = 0
		for _, r := range recs {
			if err := ctx.Err(); err != nil {
				return err
			}
			n, err := t.put(r)
			if err != nil {
				return fmt.Errorf("put %s: %w", r.Meta.Source, err)
			}
			changed += n
		}
		if err := t.flush(); err != nil {
			return err
		}
		return t.refreshTargetRows()
	})
	if err != nil {
		return 0, err // rolled back
	}
	db.releasePages()
	return changed, nil
}

func (db *DB) releasePages() {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.bdb != nil {
		db.release()
	}
}

// storedRecordOf reads the stored record of a source number.
func (t *txn) storedRecordOf(src string, num uint32) (*storedRecord, error) {
	var s storedRecord
	if err := t.readRecord(src, num, &s); err != nil {
		return nil, err
	}
	return &s, nil
}

// readRecord decodes the stored record of source number num (src names
// it in errors) into a storedRecord or a part of one.
func (t *txn) readRecord(src string, num uint32, into any) error {
	v, err := t.records.get(num4(num))
	if err != nil {
		return err
	}
	if v == nil {
		return damaged(t.db.path, "the record of document %s is missing", clip(src, 200))
	}
	raw, err := unpack(v)
	if err == nil {
		err = json.Unmarshal(raw, into)
	}
	if err != nil {
		return damaged(t.db.path, "record %s: %v", clip(src, 200), err)
	}
	return nil
}

func (t *txn) put(r *graph.Record) (int, error) {
	source := r.Meta.Source
	guide, meta, err := recordParts(r)
	if err != nil {
		return 0, err
	}
	sum := recordSum(r, guide, meta)
	num, _, err := t.source(source)
	if err != nil {
		return 0, err
	}
	// A new document's keys are all new: put need not look for them.
	fresh := false
	if num != 0 {
		prev, err := t.storedRecordOf(source, num)
		if err != nil {
			return 0, err
		}
		if prev.Sum == sum {
			return 0, nil
		}
		// unlink reads the keys of evidence and reverse edges.
		if err := t.flush(); err != nil {
			return 0, err
		}
		if err := t.unlink(num, prev); err != nil {
			return 0, err
		}
	} else {
		if num, err = nextNum(t.sources); err != nil {
			return 0, err
		}
		if err := t.sources.putNew(num4(num), []byte(source)); err != nil {
			return 0, err
		}
		t.srcOf[num], t.srcNumOf[source] = source, num
		fresh = true
	}
	nodes, edges, err := t.link(num, r)
	if err != nil {
		return 0, err
	}
	data, err := encodeRecord(guide, sum, nodes, edges)
	if err != nil {
		return 0, err
	}
	put := bk.putSealed
	if fresh {
		put = bk.putNewSealed
	}
	// Each value is packed straight into the buffer that is stored, after
	// the room for its checksum.
	if err := put(t.records, num4(num), packTo(make([]byte, sealRoom, sealRoom+16+len(data)/3), data)); err != nil {
		return 0, err
	}
	if err := put(t.texts, num4(num), packStringTo(make([]byte, sealRoom, sealRoom+16+len(r.Text)/2), r.Text)); err != nil {
		return 0, err
	}
	// The source is the key: the stored metadata leaves it out.
	mv, err := t.encodeMeta(binary.AppendUvarint(make([]byte, sealRoom, sealRoom+64+len(r.Meta.Title)), uint64(num)), r.Meta, source)
	if err != nil {
		return 0, err
	}
	return 1, put(t.docs, []byte(source), mv)
}

// Delete removes a document and everything only it stated.
func (db *DB) Delete(ctx context.Context, source string) error {
	return db.update(func(tx *bolt.Tx) error {
		t := db.txn(tx)
		num, mv, err := t.source(source)
		if err != nil || num == 0 {
			return err
		}
		prev, err := t.storedRecordOf(source, num)
		if err != nil {
			return err
		}
		if err := t.unlink(num, prev); err != nil {
			return fmt.Errorf("delete %s: %w", source, err)
		}
		// Its file no longer stands for all its documents.
		m, err := t.decodeMeta(mv, source)
		if err != nil {
			return damaged(db.path, "doc %s: %v", source, err)
		}
		if err := t.files.del([]byte(filepath.Clean(m.Path))); err != nil {
			return err
		}
		for _, b := range []bk{t.records, t.texts, t.sources} {
			if err := b.del(num4(num)); err != nil {
				return err
			}
		}
		delete(t.srcOf, num)
		delete(t.srcNumOf, source)
		if err := t.docs.del([]byte(source)); err != nil {
			return err
		}
		if err := t.saveCounts(); err != nil {
			return err
		}
		return t.refreshTargetRows()
	})
}

// link stores a record's nodes and edges with its evidence, and returns
// their numbers for the stored record.
func (t *txn) link(src uint32, r *graph.Record) ([]uint32, []storedRef, error) {
	source := r.Meta.Source
	// The document's evidence keys are new (unlink removed its old ones),
	// unless the record names a node or an edge twice.
	seenNode := make(map[uint32]bool, len(r.Nodes))
	nodes := make([]uint32, len(r.Nodes))
	// The mentions its node_docs keep (mentions.go): the last of an edge
	// the record states twice, as for the others.
	var mentioned map[graph.ID][]graph.Evidence
	for i := range r.Edges {
		if e := &r.Edges[i]; implicitMention(source, e) {
			if mentioned == nil {
				mentioned = make(map[graph.ID][]graph.Evidence, len(r.Nodes))
			}
			mentioned[e.To] = e.Evidence
		}
	}
	for i := range r.Nodes {
		n := &r.Nodes[i]
		num, err := t.putNode(n, source, src)
		if err != nil {
			return nil, nil, err
		}
		nodes[i] = num
		if n.Kind == graph.Target {
			t.markTarget(num) // (putNode marks a node whose kind changed)
		}
		mev, isMentioned := mentioned[n.ID]
		e, err := t.encodeNodeDoc(source, n.Evidence, isMentioned, mev)
		if err != nil {
			return nil, nil, fmt.Errorf("node %s: %w", n.ID, err)
		}
		put := (*deferred).putNew
		if seenNode[num] {
			put = (*deferred).replace
		} else if isMentioned {
			t.mentionsDelta++
		}
		seenNode[num] = true
		if err := put(t.newNodeDocs, nodeDocKey(num, src), e); err != nil {
			return nil, nil, err
		}
	}
	seenEdge := make(map[[10]byte]bool, len(r.Edges))
	refs := make([]storedRef, len(r.Edges))
	for i := range r.Edges {
		e := &r.Edges[i]
		from, err := t.nodeNum(e.From)
		if err != nil {
			return nil, nil, err
		}
		to, err := t.nodeNum(e.To)
		if err != nil {
			return nil, nil, err
		}
		if from == 0 || to == 0 {
			return nil, nil, fmt.Errorf("edge %s %s %s: a node it links is not in the record", e.From, e.Rel, e.To)
		}
		rel, err := t.relNum(e.Rel, true)
		if err != nil {
			return nil, nil, err
		}
		refs[i] = storedRef{From: from, Rel: rel, To: to, Attrs: e.Attrs}
		if implicitMention(source, e) {
			continue // kept in node_docs
		}
		// The key holds from, rel and to; the value only the attributes.
		var v []byte
		if len(e.Attrs) > 0 {
			if v, err = json.Marshal(e.Attrs); err != nil {
				return nil, nil, err
			}
		}
		ek := edgeKey(from, rel, to)
		changed, added, err := t.edges.putChanged(ek, v)
		if err != nil {
			return nil, nil, err
		}
		if added && e.Rel == graph.Mentions {
			t.mentionEdgesDelta++
		}
		ev, err := t.encodeEvidence(source, e.Evidence)
		if err != nil {
			return nil, nil, fmt.Errorf("edge %s %s %s: %w", e.From, e.Rel, e.To, err)
		}
		put := (*deferred).putNew
		if seenEdge[[10]byte(ek)] {
			put = (*deferred).replace
		}
		seenEdge[[10]byte(ek)] = true
		if err := put(t.newEdgeDocs, edgeDocKey(from, rel, to, src), ev); err != nil {
			return nil, nil, err
		}
		// The reverse index holds the attributes too: "what points at X"
		// needs no second lookup. It mirrors edges: an edge that held v
		// already has its reverse entry, a new edge has none, and one that
		// held other attributes has an entry with them.
		if changed {
			put := (*deferred).replace
			if added {
				put = (*deferred).putNew
			}
			if err := put(t.newIn, edgeKey(to, rel, from), v); err != nil {
				return nil, nil, err
			}
		}
	}
	return nodes, refs, nil
}

// unlink removes a stored record's contributions; nodes and edges no
// other document states go with them. Edges go first: their keys hold the
// numbers of their nodes, which a node's removal frees.
func (t *txn) unlink(src uint32, r *storedRecord) error {
	source, doc, err := t.docNodeOf(src)
	if err != nil {
		return err
	}
	mentions, err := t.relNum(graph.Mentions, false)
	if err != nil {
		return err
	}
	// A record may name a node or an edge twice: its second mention finds
	// the evidence key gone with the first, and the node perhaps too.
	for i := range r.EdgeRefs {
		e := &r.EdgeRefs[i]
		if isImplicitRef(e, doc, mentions) {
			continue // goes with the node's evidence
		}
		k := edgeDocKey(e.From, e.Rel, e.To, src)
		if !t.edgeDocs.has(k) {
			continue
		}
		if err := t.edgeDocs.del(k); err != nil {
			return err
		}
		if !t.edgeDocs.hasPrefix(edgeKey(e.From, e.Rel, e.To)) {
			if err := t.edges.del(edgeKey(e.From, e.Rel, e.To)); err != nil {
				return err
			}
			if e.Rel == mentions {
				t.mentionEdgesDelta--
			}
			if err := t.in.del(edgeKey(e.To, e.Rel, e.From)); err != nil {
				return err
			}
		}
	}
	for _, num := range r.NodeNums {
		k := nodeDocKey(num, src)
		v, err := t.nodeDocs.get(k)
		if err != nil {
			return err
		}
		if v == nil {
			continue
		}
		if mentioned, _, _, err := splitNodeDoc(v); err != nil {
			return damaged(t.db.path, "evidence of node number %d in %s: %v", num, clip(source, 200), err)
		} else if mentioned {
			t.mentionsDelta--
		}
		// Any of the record's nodes may be a target: refreshTargetRows
		// goes by the stored kind.
		t.markTarget(num)
		if err := t.nodeDocs.del(k); err != nil {
			return err
		}
		if !t.nodeDocs.hasPrefix(num4(num)) {
			id, err := t.nodeID(num)
			if err != nil {
				return err
			}
			if err := t.delNode(id, num); err != nil {
				return err
			}
		} else if err := t.spellNodeID(num, src); err != nil {
			return err
		}
	}
	return nil
}

// spellNodeID writes the ID of node num in full when its node_ids value
// leaves out source src, whose record no longer holds the node: the
// number src may name another source once the document is deleted.
func (t *txn) spellNodeID(num, src uint32) error {
	v, err := t.ids.get(num4(num))
	if err != nil || v == nil {
		return err
	}
	s, _, _, short, err := splitNodeIDValue(v)
	if err != nil {
		return damaged(t.db.path, "node number %d: %v", num, err)
	}
	if !short || s != src {
		return nil
	}
	id, err := t.nodeID(num)
	if err != nil {
		return err
	}
	return t.ids.replace(num4(num), []byte(id))
}

// node reads a stored node by its ID.
func (t *txn) node(id graph.ID) (*graph.Node, uint32, error) {
	v, err := t.nodes.get([]byte(id))
	if err != nil || v == nil {
		return nil, 0, err
	}
	num, enc, err := t.nodeValue([]byte(id), v)
	if err != nil {
		return nil, 0, err
	}
	t.numOf[id], t.idOf[num] = num, id
	n, err := t.decodeNode([]byte(id), enc)
	if err != nil {
		return nil, 0, damaged(t.db.path, "node %s: %v", clip(string(id), 200), err)
	}
	return n, num, nil
}

// rebuild makes the whole record of a stored document: its metadata,
// nodes and edges with their evidence, and (withText) its text. Every part
// must be there: one that is not is a damaged database.
//
// docValue is the document's value in docs, as a walk of the bucket read
// it: a second lookup by key could disagree with the walk on a damaged
// page.
func (t *txn) rebuild(source string, docValue []byte, withText bool) (*graph.Record, error) {
	num, mv, err := t.docValue([]byte(source), docValue)
	if err != nil {
		return nil, err
	}
	s, err := t.storedRecordOf(source, num)
	if err != nil {
		return nil, err
	}
	r := s.Record
	if r.Meta, err = t.decodeMeta(mv, source); err != nil {
		return nil, damaged(t.db.path, "doc %s: %v", clip(source, 200), err)
	}
	r.Meta.Source = source
	if len(s.NodeNums) > 0 {
		r.Nodes = make([]graph.Node, len(s.NodeNums))
	}
	for i, nn := range s.NodeNums {
		id, err := t.nodeID(nn)
		if err != nil {
			return nil, err
		}
		n, _, err := t.node(id)
		if err != nil {
			return nil, err
		}
		ev, err := t.nodeDocs.get(nodeDocKey(nn, num))
		if err != nil {
			return nil, err
		}
		if n == nil || ev == nil {
			return nil, damaged(t.db.path, "node %s of record %s is missing", id, source)
		}
		if n.Evidence, _, _, err = t.decodeNodeDoc(source, ev); err != nil {
			return nil, damaged(t.db.path, "node %s evidence: %v", id, err)
		}
		r.Nodes[i] = *n
	}
	if len(s.EdgeRefs) > 0 {
		r.Edges = make([]graph.Edge, len(s.EdgeRefs))
	}
	doc, err := t.nodeNum(docNodeID(source))
	if err != nil {
		return nil, err
	}
	mentions, err := t.relNum(graph.Mentions, false)
	if err != nil {
		return nil, err
	}
	for i := range s.EdgeRefs {
		e := &s.EdgeRefs[i]
		if isImplicitRef(e, doc, mentions) {
			to, err := t.nodeID(e.To)
			if err != nil {
				return nil, err
			}
			ev, ok, err := t.mentionEvidence(source, e.To)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, damaged(t.db.path, "the mention of %s by record %s is missing", clip(string(to), 200), clip(source, 200))
			}
			r.Edges[i] = graph.Edge{From: docNodeID(source), Rel: graph.Mentions, To: to, Evidence: ev}
			continue
		}
		from, err := t.nodeID(e.From)
		if err != nil {
			return nil, err
		}
		to, err := t.nodeID(e.To)
		if err != nil {
			return nil, err
		}
		rel, err := t.relOf(e.Rel)
		if err != nil {
			return nil, err
		}
		ev, err := t.edgeDocs.get(edgeDocKey(e.From, e.Rel, e.To, num))
		if err != nil {
			return nil, err
		}
		if ev == nil {
			return nil, damaged(t.db.path, "edge %s %s %s of record %s is missing", from, rel, to, source)
		}
		r.Edges[i] = graph.Edge{From: from, Rel: rel, To: to, Attrs: e.Attrs}
		if r.Edges[i].Evidence, err = t.decodeEvidence(source, ev); err != nil {
			return nil, damaged(t.db.path, "edge %s %s %s evidence: %v", from, rel, to, err)
		}
	}
	if withText {
		if r.Text, err = t.text(source, num); err != nil {
			return nil, err
		}
	}
	return &r, nil
}

// text reads the article text of a document number.
func (t *txn) text(source string, num uint32) (string, error) {
	tv, err := t.texts.get(num4(num))
	if err != nil {
		return "", err
	}
	if tv == nil {
		// Every record is stored with its text: a text that cannot be
		// found is a damaged index page.
		return "", damaged(t.db.path, "the text of record %s is missing", clip(source, 200))
	}
	b, err := unpack(tv)
	if err != nil {
		return "", damaged(t.db.path, "text %s: %v", clip(source, 200), err)
	}
	return string(b), nil
}

// Records calls fn with every stored record, in source order; withText
// also fills in each record's article text.
func (db *DB) Records(ctx context.Context, withText bool, fn func(*graph.Record) error) error {
	return db.view(func(tx *bolt.Tx) error {
		t := db.txn(tx)
		return t.docs.forEach(func(k, v []byte) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			r, err := t.rebuild(string(k), v, withText)
			if err != nil {
				return err
			}
			// Only this record's sources and nodes are needed again.
			clear(t.srcOf)
			clear(t.srcNumOf)
			clear(t.idOf)
			clear(t.numOf)
			return fn(r)
		})
	})
}

// Text returns the article text of a stored document.
func (db *DB) Text(source string) (string, error) {
	var text string
	err := db.view(func(tx *bolt.Tx) error {
		t := db.txn(tx)
		num, _, err := t.source(source)
		if err != nil {
			return err
		}
		if num == 0 {
			return fmt.Errorf("text %s: no such document", source)
		}
		text, err = t.text(source, num)
		return err
	})
	return text, err
}

// Stats counts the stored documents, nodes and edges.
type Stats struct {
	Documents, Nodes, Edges int
}

// Stats returns counts without loading the graph.
func (db *DB) Stats() (Stats, error) {
	var s Stats
	err := db.view(func(tx *bolt.Tx) error {
		t := db.txn(tx)
		s.Documents = t.docs.count()
		s.Nodes = t.nodes.count()
		s.Edges = t.edges.count()
		n, err := t.metaCount(keyMentions)
		if err != nil {
			return err
		}
		if both, err := t.mentionEdgesStored(); err != nil || !both {
			s.Edges += n
			return err
		}
		// Some mentions are stored both ways: count each once.
		return t.eachKeptMention(func(_, _ uint32) error { s.Edges++; return nil })
	})
	return s, err
}

// Graph loads the whole graph into memory, with evidence.
func (db *DB) Graph(ctx context.Context) (*graph.KG, error) {
	kg := graph.NewKG()
	err := db.view(func(tx *bolt.Tx) error {
		t := db.txn(tx)
		byNum := map[uint32]*graph.Node{}
		if err := t.nodes.forEach(func(k, v []byte) error {
			num, enc, err := t.nodeValue(k, v)
			if err != nil {
				return err
			}
			n, err := t.decodeNode(k, enc)
			if err != nil {
				return damaged(db.path, "node %s: %v", k, err)
			}
			byNum[num] = kg.AddNode(n)
			return ctx.Err()
		}); err != nil {
			return err
		}
		// The mentions node_docs keep, added once the stored edges are.
		var mentions []*graph.Edge
		if err := t.nodeDocs.forEach(func(k, v []byte) error {
			if len(k) != 8 {
				return damaged(db.path, "node evidence key %x", k)
			}
			n := byNum[binary.BigEndian.Uint32(k)]
			if n == nil {
				return damaged(db.path, "evidence of node number %d, which is missing", binary.BigEndian.Uint32(k))
			}
			src, err := t.sourceOf(binary.BigEndian.Uint32(k[4:]))
			if err != nil {
				return err
			}
			ev, mentioned, mev, err := t.decodeNodeDoc(src, v)
			if err != nil {
				return damaged(db.path, "evidence of node %s: %v", n.ID, err)
			}
			n.Evidence = append(n.Evidence, ev...)
			if mentioned {
				from := docNodeID(src)
				if kg.Node(from) == nil {
					return damaged(db.path, "document %s mentions node %s, but its node is missing", clip(src, 200), n.ID)
				}
				mentions = append(mentions, &graph.Edge{From: from, Rel: graph.Mentions, To: n.ID, Evidence: mev})
			}
			return nil
		}); err != nil {
			return err
		}
		defer func() {
			for _, e := range mentions {
				kg.AddEdge(e)
			}
		}()
		idOf := func(num uint32) (graph.ID, error) {
			if n := byNum[num]; n != nil {
				return n.ID, nil
			}
			return "", damaged(db.path, "an edge links node number %d, which is missing", num)
		}
		var cur *graph.Edge
		if err := t.edges.forEach(func(k, v []byte) error {
			e, err := t.decodeEdgeWith(k, v, idOf)
			if err != nil {
				return err
			}
			kg.AddEdge(e)
			return ctx.Err()
		}); err != nil {
			return err
		}
		var curKey []byte
		return t.edgeDocs.forEach(func(k, v []byte) error {
			if len(k) != 14 {
				return damaged(db.path, "edge evidence key %x", k)
			}
			if cur == nil || !bytes.Equal(curKey, k[:10]) {
				from, rel, to, _ := splitEdgeKey(k)
				f, err := idOf(from)
				if err != nil {
					return err
				}
				tt, err := idOf(to)
				if err != nil {
					return err
				}
				r, err := t.relOf(rel)
				if err != nil {
					return err
				}
				if cur = kg.Edge(f, r, tt); cur == nil {
					return damaged(db.path, "evidence of edge %s %s %s, which is missing", f, r, tt)
				}
				curKey = append(curKey[:0], k[:10]...)
			}
			src, err := t.sourceOf(binary.BigEndian.Uint32(k[10:]))
			if err != nil {
				return err
			}
			ev, err := t.decodeEvidence(src, v)
			if err != nil {
				return damaged(db.path, "evidence of edge %q: %v", cur.Key(), err)
			}
			cur.Evidence = append(cur.Evidence, ev...)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", db.path, err)
	}
	kg.Finish()
	return kg, nil
}

// decodeEdge rebuilds an edge from its key in edges (from, rel, to) and
// its value (the attributes, or empty).
func (t *txn) decodeEdge(k, v []byte) (*graph.Edge, error) {
	return t.decodeEdgeWith(k, v, t.nodeID)
}

func (t *txn) decodeEdgeWith(k, v []byte, idOf func(uint32) (graph.ID, error)) (*graph.Edge, error) {
	from, rel, to, ok := splitEdgeKey(k)
	if !ok {
		return nil, damaged(t.db.path, "edge key %x", k)
	}
	f, err := idOf(from)
	if err != nil {
		return nil, err
	}
	tt, err := idOf(to)
	if err != nil {
		return nil, err
	}
	r, err := t.relOf(rel)
	if err != nil {
		return nil, err
	}
	e := &graph.Edge{From: f, Rel: r, To: tt}
	if len(v) > 0 {
		if err := json.Unmarshal(v, &e.Attrs); err != nil {
			return nil, damaged(t.db.path, "edge %q: %v", e.Key(), err)
		}
	}
	return e, nil
}
