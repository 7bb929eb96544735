package store

import (
	"context"
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
const Version = "2"

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
	bMeta     = []byte("meta")
	bDocs     = []byte("docs")
	bRecords  = []byte("records")
	bNodes    = []byte("nodes")
	bNodeDocs = []byte("node_docs")
	bEdges    = []byte("edges")
	bEdgeDocs = []byte("edge_docs")
	bIn       = []byte("in")
	bTexts    = []byte("texts")
	bFiles    = []byte("files")
	buckets   = [][]byte{bMeta, bDocs, bRecords, bNodes, bNodeDocs, bEdges, bEdgeDocs, bIn, bTexts, bFiles}
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
	switch v := string(m.Get(keyVersion)); v {
	case Version:
	case "1":
		return fmt.Errorf("%w %q: made by an older policygraph; re-run extract into a new database (delete the file or use another --db; this policygraph reads version %s)", ErrVersion, v, Version)
	default:
		return fmt.Errorf("%w %q (this policygraph reads version %s; re-extract into a new database)", ErrVersion, v, Version)
	}
	for _, b := range buckets {
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
// has its checksum, every bucket its count of keys, every node and edge a
// document, every record and text decodes.
func (db *DB) Check() error {
	err := db.view(func(tx *bolt.Tx) error {
		if err := db.checkPages(tx); err != nil {
			return err
		}
		for _, name := range buckets[1:] {
			if err := db.bucket(tx, name).forEach(func(k, v []byte) error { return nil }); err != nil {
				return err
			}
		}
		nd := db.bucket(tx, bNodeDocs)
		if err := db.bucket(tx, bNodes).forEach(func(k, _ []byte) error {
			if !nd.hasPrefix(keyPrefix(string(k))) {
				return fmt.Errorf("node %s has no document", k)
			}
			return nil
		}); err != nil {
			return err
		}
		ed := db.bucket(tx, bEdgeDocs)
		if err := db.bucket(tx, bEdges).forEach(func(k, _ []byte) error {
			if !ed.hasPrefix(append(append([]byte(nil), k...), 0, sepByte)) {
				return fmt.Errorf("edge %q has no document", k)
			}
			return nil
		}); err != nil {
			return err
		}
		edges := db.bucket(tx, bEdges)
		if err := db.bucket(tx, bIn).forEach(func(k, v []byte) error {
			parts, err := decodeKey(k, 3)
			if err != nil {
				return damaged(db.path, "reverse index: %v", err)
			}
			ev, err := edges.get(encodeKey(parts[2], parts[1], parts[0]))
			if err != nil {
				return err
			}
			if ev == nil || string(ev) != string(v) {
				return fmt.Errorf("reverse index entry %q does not match its edge", k)
			}
			return nil
		}); err != nil {
			return err
		}
		return db.bucket(tx, bRecords).forEach(func(k, v []byte) error {
			_, err := db.rebuild(tx, k, v, true)
			return err
		})
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
		v, err := db.bucket(tx, bDocs).get([]byte(source))
		if err != nil || v == nil {
			return err
		}
		m, err := decodeMeta(v)
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
		return db.bucket(tx, bDocs).forEach(func(k, v []byte) error {
			m, err := decodeMeta(v)
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
		fb := db.bucket(tx, bFiles)
		for _, f := range files {
			v, err := json.Marshal(f)
			if err != nil {
				return err
			}
			if err := fb.put([]byte(f.Path), v); err != nil {
				return err
			}
		}
		changed = 0
		for _, r := range recs {
			if err := ctx.Err(); err != nil {
				return err
			}
			n, err := db.put(tx, r)
			if err != nil {
				return fmt.Errorf("put %s: %w", r.Meta.Source, err)
			}
			changed += n
		}
		return nil
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

func (db *DB) put(tx *bolt.Tx, r *graph.Record) (int, error) {
	src := []byte(r.Meta.Source)
	sum, err := recordSum(r)
	if err != nil {
		return 0, err
	}
	records := db.bucket(tx, bRecords)
	stored, err := records.get(src)
	if err != nil {
		return 0, err
	}
	if stored != nil {
		prev, err := decodeStoredRecord(stored)
		if err != nil {
			return 0, damaged(db.path, "old record %s: %v", src, err)
		}
		if prev.Sum == sum {
			return 0, nil
		}
		if err := db.unlink(tx, r.Meta.Source, prev); err != nil {
			return 0, err
		}
	}
	if err := db.link(tx, r); err != nil {
		return 0, err
	}
	data, err := encodeRecord(r, sum)
	if err != nil {
		return 0, err
	}
	if err := records.put(src, pack(data)); err != nil {
		return 0, err
	}
	if err := db.bucket(tx, bTexts).put(src, pack([]byte(r.Text))); err != nil {
		return 0, err
	}
	meta, err := json.Marshal(r.Meta)
	if err != nil {
		return 0, err
	}
	return 1, db.bucket(tx, bDocs).put(src, pack(meta))
}

// Delete removes a document and everything only it stated.
func (db *DB) Delete(ctx context.Context, source string) error {
	return db.update(func(tx *bolt.Tx) error {
		records := db.bucket(tx, bRecords)
		stored, err := records.get([]byte(source))
		if err != nil || stored == nil {
			return err
		}
		prev, err := decodeStoredRecord(stored)
		if err != nil {
			return damaged(db.path, "record %s: %v", source, err)
		}
		if err := db.unlink(tx, source, prev); err != nil {
			return fmt.Errorf("delete %s: %w", source, err)
		}
		// Its file no longer stands for all its documents.
		docs := db.bucket(tx, bDocs)
		mv, err := docs.get([]byte(source))
		if err != nil {
			return err
		}
		if mv != nil {
			m, err := decodeMeta(mv)
			if err != nil {
				return damaged(db.path, "doc %s: %v", source, err)
			}
			if err := db.bucket(tx, bFiles).del([]byte(filepath.Clean(m.Path))); err != nil {
				return err
			}
		}
		if err := records.del([]byte(source)); err != nil {
			return err
		}
		if err := db.bucket(tx, bTexts).del([]byte(source)); err != nil {
			return err
		}
		return docs.del([]byte(source))
	})
}

func (db *DB) link(tx *bolt.Tx, r *graph.Record) error {
	src := r.Meta.Source
	nodes, nodeDocs := db.bucket(tx, bNodes), db.bucket(tx, bNodeDocs)
	for i := range r.Nodes {
		n := &r.Nodes[i]
		v, err := encodeNode(n)
		if err != nil {
			return err
		}
		if err := nodes.put([]byte(n.ID), v); err != nil {
			return err
		}
		e, err := encodeEvidence(src, n.Evidence)
		if err != nil {
			return fmt.Errorf("node %s: %w", n.ID, err)
		}
		if err := nodeDocs.put(encodeKey(string(n.ID), src), e); err != nil {
			return err
		}
	}
	edges, edgeDocs, in := db.bucket(tx, bEdges), db.bucket(tx, bEdgeDocs), db.bucket(tx, bIn)
	for i := range r.Edges {
		e := &r.Edges[i]
		// The key holds from, rel and to; the value only the attributes.
		var v []byte
		if len(e.Attrs) > 0 {
			var err error
			if v, err = json.Marshal(e.Attrs); err != nil {
				return err
			}
		}
		if err := edges.put(encodeKey(string(e.From), string(e.Rel), string(e.To)), v); err != nil {
			return err
		}
		evj, err := encodeEvidence(src, e.Evidence)
		if err != nil {
			return fmt.Errorf("edge %s %s %s: %w", e.From, e.Rel, e.To, err)
		}
		if err := edgeDocs.put(encodeKey(string(e.From), string(e.Rel), string(e.To), src), evj); err != nil {
			return err
		}
		// The reverse index holds the attributes too: "what points at X"
		// needs no second lookup.
		if err := in.put(encodeKey(string(e.To), string(e.Rel), string(e.From)), v); err != nil {
			return err
		}
	}
	return nil
}

// unlink removes a stored record's contributions; nodes and edges no
// other document states go with them.
func (db *DB) unlink(tx *bolt.Tx, src string, r *storedRecord) error {
	nodes, nodeDocs := db.bucket(tx, bNodes), db.bucket(tx, bNodeDocs)
	for _, id := range r.NodeIDs {
		if err := nodeDocs.del(encodeKey(string(id), src)); err != nil {
			return err
		}
		if !nodeDocs.hasPrefix(keyPrefix(string(id))) {
			if err := nodes.del([]byte(id)); err != nil {
				return err
			}
		}
	}
	edges, edgeDocs, in := db.bucket(tx, bEdges), db.bucket(tx, bEdgeDocs), db.bucket(tx, bIn)
	for _, e := range r.EdgeRefs {
		if err := edgeDocs.del(encodeKey(string(e.From), string(e.Rel), string(e.To), src)); err != nil {
			return err
		}
		if !edgeDocs.hasPrefix(keyPrefix(string(e.From), string(e.Rel), string(e.To))) {
			if err := edges.del(encodeKey(string(e.From), string(e.Rel), string(e.To))); err != nil {
				return err
			}
			if err := in.del(encodeKey(string(e.To), string(e.Rel), string(e.From))); err != nil {
				return err
			}
		}
	}
	return nil
}

// rebuild makes the whole record of a stored one (key src): its metadata,
// nodes and edges with their evidence, and (withText) its text. Every part
// must be there: one that is not is a damaged database.
func (db *DB) rebuild(tx *bolt.Tx, src []byte, v []byte, withText bool) (*graph.Record, error) {
	s, err := decodeStoredRecord(v)
	if err != nil {
		return nil, damaged(db.path, "record %s: %v", src, err)
	}
	r := s.Record
	source := string(src)
	mv, err := db.bucket(tx, bDocs).get(src)
	if err != nil {
		return nil, err
	}
	if mv == nil {
		return nil, damaged(db.path, "the metadata of record %s is missing", src)
	}
	if r.Meta, err = decodeMeta(mv); err != nil {
		return nil, damaged(db.path, "doc %s: %v", src, err)
	}
	nodes, nodeDocs := db.bucket(tx, bNodes), db.bucket(tx, bNodeDocs)
	if len(s.NodeIDs) > 0 {
		r.Nodes = make([]graph.Node, len(s.NodeIDs))
	}
	for i, id := range s.NodeIDs {
		nv, err := nodes.get([]byte(id))
		if err != nil {
			return nil, err
		}
		ev, err := nodeDocs.get(encodeKey(string(id), source))
		if err != nil {
			return nil, err
		}
		if nv == nil || ev == nil {
			return nil, damaged(db.path, "node %s of record %s is missing", id, src)
		}
		n, err := decodeNode([]byte(id), nv)
		if err != nil {
			return nil, damaged(db.path, "node %s: %v", id, err)
		}
		if n.Evidence, err = decodeEvidence(source, ev); err != nil {
			return nil, damaged(db.path, "node %s evidence: %v", id, err)
		}
		r.Nodes[i] = *n
	}
	edgeDocs := db.bucket(tx, bEdgeDocs)
	if len(s.EdgeRefs) > 0 {
		r.Edges = make([]graph.Edge, len(s.EdgeRefs))
	}
	for i, e := range s.EdgeRefs {
		ev, err := edgeDocs.get(encodeKey(string(e.From), string(e.Rel), string(e.To), source))
		if err != nil {
			return nil, err
		}
		if ev == nil {
			return nil, damaged(db.path, "edge %s %s %s of record %s is missing", e.From, e.Rel, e.To, src)
		}
		r.Edges[i] = graph.Edge{From: e.From, Rel: e.Rel, To: e.To, Attrs: e.Attrs}
		if r.Edges[i].Evidence, err = decodeEvidence(source, ev); err != nil {
			return nil, damaged(db.path, "edge %s %s %s evidence: %v", e.From, e.Rel, e.To, err)
		}
	}
	if withText {
		tv, err := db.bucket(tx, bTexts).get(src)
		if err != nil {
			return nil, err
		}
		if tv == nil {
			// Every record is stored with its text: a text that cannot be
			// found is a damaged index page.
			return nil, damaged(db.path, "the text of record %s is missing", src)
		}
		t, err := unpack(tv)
		if err != nil {
			return nil, damaged(db.path, "text %s: %v", src, err)
		}
		r.Text = string(t)
	}
	return &r, nil
}

// Records calls fn with every stored record, in source order; withText
// also fills in each record's article text.
func (db *DB) Records(ctx context.Context, withText bool, fn func(*graph.Record) error) error {
	return db.view(func(tx *bolt.Tx) error {
		return db.bucket(tx, bRecords).forEach(func(k, v []byte) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			r, err := db.rebuild(tx, k, v, withText)
			if err != nil {
				return err
			}
			return fn(r)
		})
	})
}

// Text returns the article text of a stored document.
func (db *DB) Text(source string) (string, error) {
	var text string
	err := db.view(func(tx *bolt.Tx) error {
		v, err := db.bucket(tx, bTexts).get([]byte(source))
		if err != nil {
			return err
		}
		if v == nil {
			return fmt.Errorf("text %s: no such document", source)
		}
		t, err := unpack(v)
		if err != nil {
			return damaged(db.path, "text %s: %v", source, err)
		}
		text = string(t)
		return nil
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
		s.Documents = db.bucket(tx, bDocs).count()
		s.Nodes = db.bucket(tx, bNodes).count()
		s.Edges = db.bucket(tx, bEdges).count()
		return nil
	})
	return s, err
}

// Graph loads the whole graph into memory, with evidence.
func (db *DB) Graph(ctx context.Context) (*graph.KG, error) {
	kg := graph.NewKG()
	err := db.view(func(tx *bolt.Tx) error {
		if err := db.bucket(tx, bNodes).forEach(func(k, v []byte) error {
			n, err := decodeNode(k, v)
			if err != nil {
				return damaged(db.path, "node %s: %v", k, err)
			}
			kg.AddNode(n)
			return nil
		}); err != nil {
			return err
		}
		if err := db.bucket(tx, bNodeDocs).forEach(func(k, v []byte) error {
			parts, err := decodeKey(k, 2)
			if err != nil {
				return damaged(db.path, "node evidence: %v", err)
			}
			ev, err := decodeEvidence(parts[1], v)
			if err != nil {
				return damaged(db.path, "node evidence %q: %v", k, err)
			}
			n := kg.Node(graph.ID(parts[0]))
			if n == nil {
				return damaged(db.path, "evidence of node %s, which is missing", parts[0])
			}
			n.Evidence = append(n.Evidence, ev...)
			return nil
		}); err != nil {
			return err
		}
		if err := db.bucket(tx, bEdges).forEach(func(k, v []byte) error {
			e, err := decodeEdge(k, v)
			if err != nil {
				return damaged(db.path, "%v", err)
			}
			kg.AddEdge(e)
			return nil
		}); err != nil {
			return err
		}
		return db.bucket(tx, bEdgeDocs).forEach(func(k, v []byte) error {
			parts, err := decodeKey(k, 4)
			if err != nil {
				return damaged(db.path, "edge evidence: %v", err)
			}
			ev, err := decodeEvidence(parts[3], v)
			if err != nil {
				return damaged(db.path, "edge evidence %q: %v", k, err)
			}
			e := kg.Edge(graph.ID(parts[0]), graph.Rel(parts[1]), graph.ID(parts[2]))
			if e == nil {
				return damaged(db.path, "evidence of edge %q, which is missing", k)
			}
			e.Evidence = append(e.Evidence, ev...)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", db.path, err)
	}
	kg.Finish()
	return kg, nil
}

// decodeEdge rebuilds an edge from its key (from, rel, to) and its value
// (the attributes, or empty).
func decodeEdge(k, v []byte) (*graph.Edge, error) {
	parts, err := decodeKey(k, 3)
	if err != nil {
		return nil, fmt.Errorf("edge: %w", err)
	}
	e := &graph.Edge{From: graph.ID(parts[0]), Rel: graph.Rel(parts[1]), To: graph.ID(parts[2])}
	if len(v) > 0 {
		if err := json.Unmarshal(v, &e.Attrs); err != nil {
			return nil, fmt.Errorf("edge %q: %w", k, err)
		}
	}
	return e, nil
}
