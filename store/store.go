package store

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/policygraph/policygraph/graph"
)

// Version is the schema version this package reads and writes.
const Version = "1"

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

// Options configure Open.
type Options struct {
	ReadOnly bool          // open with a shared lock; the file must exist
	Timeout  time.Duration // how long to wait for the lock; default 1s
	NoSync   bool          // skip fsync per transaction (faster bulk loads; a crash may lose the last transactions, never corrupt)
}

// DB is a policygraph database. It is safe for concurrent use; bbolt
// serialises writers.
type DB struct {
	db   *bolt.DB
	path string
}

// Open opens (or, unless read-only, creates) the database at path.
func Open(path string, opt Options) (*DB, error) {
	if opt.Timeout == 0 {
		opt.Timeout = time.Second
	}
	if opt.ReadOnly {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("open %s: %w (run `policygraph extract` first)", path, err)
		}
	}
	bdb, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: opt.Timeout, ReadOnly: opt.ReadOnly, NoSync: opt.NoSync})
	if err != nil {
		if errors.Is(err, bolterrors.ErrTimeout) {
			return nil, fmt.Errorf("open %s: %w (another policygraph is writing to it; wait for it to finish or use another --db)", path, ErrLocked)
		}
		if errors.Is(err, bolterrors.ErrInvalid) || errors.Is(err, bolterrors.ErrVersionMismatch) || errors.Is(err, bolterrors.ErrChecksum) || tooShort(path, err) {
			return nil, fmt.Errorf("open %s: %w (%v)", path, ErrNotDatabase, err)
		}
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db := &DB{db: bdb, path: path}
	if opt.ReadOnly {
		err = bdb.View(func(tx *bolt.Tx) error { return checkMeta(tx) })
	} else {
		err = bdb.Update(func(tx *bolt.Tx) error {
			// Only a new file has no buckets; one with any must be ours.
			if k, _ := tx.Cursor().First(); k != nil {
				if err := checkMeta(tx); err != nil {
					return err
				}
			}
			for _, b := range buckets {
				if _, err := tx.CreateBucketIfNotExists(b); err != nil {
					return err
				}
			}
			m := tx.Bucket(bMeta)
			if m.Get([]byte("version")) == nil {
				if err := m.Put([]byte("version"), []byte(Version)); err != nil {
					return err
				}
				if err := m.Put([]byte("created"), []byte(time.Now().UTC().Format(time.RFC3339))); err != nil {
					return err
				}
			}
			return startCounting(tx)
		})
	}
	if err != nil {
		bdb.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return db, nil
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

func checkMeta(tx *bolt.Tx) error {
	m := tx.Bucket(bMeta)
	if m == nil {
		return ErrNotDatabase
	}
	if v := string(m.Get([]byte("version"))); v != Version {
		return fmt.Errorf("%w %q (this policygraph reads version %s; re-extract into a new database)", ErrVersion, v, Version)
	}
	return nil
}

// The documents, nodes and edges buckets keep their key counts in their
// bbolt sequence numbers, so that Stats reads three numbers instead of
// walking (and paging in) most of the file. keyCounted in meta says the
// sequences are kept; a database made before they were is counted once
// when opened for writing.
var (
	counted    = [][]byte{bDocs, bNodes, bEdges}
	keyCounted = []byte("counted")
)

func startCounting(tx *bolt.Tx) error {
	m := tx.Bucket(bMeta)
	if m.Get(keyCounted) != nil {
		return nil
	}
	for _, name := range counted {
		b := tx.Bucket(name)
		if err := b.SetSequence(uint64(b.Stats().KeyN)); err != nil {
			return err
		}
	}
	return m.Put(keyCounted, []byte("1"))
}

// has reports whether b holds k (Get cannot tell an empty value from none).
func has(b *bolt.Bucket, k []byte) bool {
	found, _ := b.Cursor().Seek(k)
	return found != nil && bytes.Equal(found, k)
}

// putCounted puts k into a counted bucket, counting it if it is new.
func putCounted(b *bolt.Bucket, k, v []byte) error {
	if !has(b, k) {
		if err := b.SetSequence(b.Sequence() + 1); err != nil {
			return err
		}
	}
	return b.Put(k, v)
}

// deleteCounted deletes k from a counted bucket, uncounting it if it was
// there.
func deleteCounted(b *bolt.Bucket, k []byte) error {
	if has(b, k) {
		if err := b.SetSequence(b.Sequence() - 1); err != nil {
			return err
		}
	}
	return b.Delete(k)
}

// Path returns the database file's path.
func (db *DB) Path() string { return db.path }

// Close closes the database.
func (db *DB) Close() error { return db.db.Close() }

// Check runs bbolt's consistency check and the store's own: every node and
// edge has a document, every record is readable.
func (db *DB) Check() error {
	return db.db.View(func(tx *bolt.Tx) error {
		var errs []error
		for err := range tx.Check() {
			errs = append(errs, err)
		}
		if len(errs) > 0 {
			return fmt.Errorf("check %s: %w", db.path, errors.Join(errs...))
		}
		nd := tx.Bucket(bNodeDocs)
		err := tx.Bucket(bNodes).ForEach(func(k, _ []byte) error {
			c := nd.Cursor()
			p := append(append([]byte(nil), k...), 0)
			if key, _ := c.Seek(p); key == nil || !bytes.HasPrefix(key, p) {
				return fmt.Errorf("check %s: node %s has no document", db.path, k)
			}
			return nil
		})
		if err != nil {
			return err
		}
		err = tx.Bucket(bRecords).ForEach(func(k, v []byte) error {
			raw, err := unpack(v)
			if err != nil {
				return fmt.Errorf("check %s: record %s: %w", db.path, k, err)
			}
			var r graph.Record
			if err := json.Unmarshal(raw, &r); err != nil {
				return fmt.Errorf("check %s: record %s: %w", db.path, k, err)
			}
			return nil
		})
		if err != nil {
			return err
		}
		if tx.Bucket(bMeta).Get(keyCounted) != nil {
			for _, name := range counted {
				b := tx.Bucket(name)
				if n := b.Stats().KeyN; uint64(n) != b.Sequence() {
					return fmt.Errorf("check %s: bucket %s holds %d keys but counts %d", db.path, name, n, b.Sequence())
				}
			}
		}
		return nil
	})
}

// Status says whether a document needs extracting: it is unknown, its
// content changed, or the rules changed.
func (db *DB) Status(source, hash, rules string) (current bool, err error) {
	err = db.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bDocs).Get([]byte(source))
		if v == nil {
			return nil
		}
		var m graph.DocMeta
		if err := json.Unmarshal(v, &m); err != nil {
			return fmt.Errorf("doc %s: %w", source, err)
		}
		current = m.Hash == hash && m.Rules == rules
		return nil
	})
	return current, err
}

// Files returns the stamps of the input files read completely, by path.
func (db *DB) Files() (map[string]graph.FileStamp, error) {
	out := map[string]graph.FileStamp{}
	err := db.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bFiles)
		if b == nil {
			return nil // made before stamps; read-only
		}
		return b.ForEach(func(k, v []byte) error {
			var f graph.FileStamp
			if err := json.Unmarshal(v, &f); err != nil {
				return fmt.Errorf("file %s: %w", k, err)
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
	err := db.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bDocs).ForEach(func(k, v []byte) error {
			var m graph.DocMeta
			if err := json.Unmarshal(v, &m); err != nil {
				return fmt.Errorf("doc %s: %w", k, err)
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
// stored and it returns 0.
func (db *DB) Put(ctx context.Context, recs ...*graph.Record) (changed int, err error) {
	return db.PutWithFiles(ctx, recs, nil)
}

// PutWithFiles is Put, and in the same transaction records the stamps of
// input files whose every record is now stored (see Files).
func (db *DB) PutWithFiles(ctx context.Context, recs []*graph.Record, files []graph.FileStamp) (changed int, err error) {
	if len(recs) == 0 && len(files) == 0 {
		return 0, nil
	}
	err = db.db.Update(func(tx *bolt.Tx) error {
		fb := tx.Bucket(bFiles)
		for _, f := range files {
			v, err := json.Marshal(f)
			if err != nil {
				return err
			}
			if err := fb.Put([]byte(f.Path), v); err != nil {
				return err
			}
		}
		changed = 0
		for _, r := range recs {
			if err := ctx.Err(); err != nil {
				return err
			}
			if r.Meta == nil || r.Meta.Source == "" {
				return fmt.Errorf("put %s: record has no source", r.Doc)
			}
			n, err := put(tx, r)
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
	db.release()
	return changed, nil
}

func put(tx *bolt.Tx, r *graph.Record) (int, error) {
	src := []byte(r.Meta.Source)
	text := r.Text
	slim := *r
	slim.Text = ""
	data, err := json.Marshal(&slim)
	if err != nil {
		return 0, err
	}
	if stored := tx.Bucket(bRecords).Get(src); stored != nil {
		old, err := unpack(stored)
		if err != nil {
			return 0, fmt.Errorf("old record: %w", err)
		}
		if bytes.Equal(old, data) {
			return 0, nil
		}
		var prev graph.Record
		if err := json.Unmarshal(old, &prev); err != nil {
			return 0, fmt.Errorf("old record: %w", err)
		}
		if err := unlink(tx, &prev); err != nil {
			return 0, err
		}
	}
	if err := link(tx, r); err != nil {
		return 0, err
	}
	if err := tx.Bucket(bRecords).Put(src, pack(data)); err != nil {
		return 0, err
	}
	if err := tx.Bucket(bTexts).Put(src, pack([]byte(text))); err != nil {
		return 0, err
	}
	meta, err := json.Marshal(r.Meta)
	if err != nil {
		return 0, err
	}
	return 1, putCounted(tx.Bucket(bDocs), src, meta)
}

// Delete removes a document and everything only it stated.
func (db *DB) Delete(ctx context.Context, source string) error {
	return db.db.Update(func(tx *bolt.Tx) error {
		stored := tx.Bucket(bRecords).Get([]byte(source))
		if stored == nil {
			return nil
		}
		old, err := unpack(stored)
		if err != nil {
			return fmt.Errorf("delete %s: %w", source, err)
		}
		var prev graph.Record
		if err := json.Unmarshal(old, &prev); err != nil {
			return fmt.Errorf("delete %s: %w", source, err)
		}
		if err := unlink(tx, &prev); err != nil {
			return fmt.Errorf("delete %s: %w", source, err)
		}
		// Its file no longer stands for all its documents.
		if prev.Meta != nil {
			if err := tx.Bucket(bFiles).Delete([]byte(filepath.Clean(prev.Meta.Path))); err != nil {
				return err
			}
		}
		if err := tx.Bucket(bRecords).Delete([]byte(source)); err != nil {
			return err
		}
		if err := tx.Bucket(bTexts).Delete([]byte(source)); err != nil {
			return err
		}
		return deleteCounted(tx.Bucket(bDocs), []byte(source))
	})
}

func join(parts ...string) []byte {
	var b bytes.Buffer
	for i, p := range parts {
		if i > 0 {
			b.WriteByte(0)
		}
		b.WriteString(p)
	}
	return b.Bytes()
}

func link(tx *bolt.Tx, r *graph.Record) error {
	src := r.Meta.Source
	nodes, nodeDocs := tx.Bucket(bNodes), tx.Bucket(bNodeDocs)
	for i := range r.Nodes {
		n := r.Nodes[i]
		ev := n.Evidence
		n.Evidence = nil
		v, err := json.Marshal(&n)
		if err != nil {
			return err
		}
		if err := putCounted(nodes, []byte(n.ID), v); err != nil {
			return err
		}
		ev = emptyIfNil(ev)
		e, err := json.Marshal(ev)
		if err != nil {
			return err
		}
		if err := nodeDocs.Put(join(string(n.ID), src), e); err != nil {
			return err
		}
	}
	edges, edgeDocs, in := tx.Bucket(bEdges), tx.Bucket(bEdgeDocs), tx.Bucket(bIn)
	for i := range r.Edges {
		e := r.Edges[i]
		ev := emptyIfNil(e.Evidence)
		// The key holds from, rel and to; the value only the attributes.
		var v []byte
		if len(e.Attrs) > 0 {
			var err error
			if v, err = json.Marshal(e.Attrs); err != nil {
				return err
			}
		}
		key := join(string(e.From), string(e.Rel), string(e.To))
		if err := putCounted(edges, key, v); err != nil {
			return err
		}
		evj, err := json.Marshal(ev)
		if err != nil {
			return err
		}
		if err := edgeDocs.Put(join(string(e.From), string(e.Rel), string(e.To), src), evj); err != nil {
			return err
		}
		if err := in.Put(join(string(e.To), string(e.Rel), string(e.From)), nil); err != nil {
			return err
		}
	}
	return nil
}

func emptyIfNil(ev []graph.Evidence) []graph.Evidence {
	if ev == nil {
		return []graph.Evidence{}
	}
	return ev
}

// unlink removes a record's contributions; nodes and edges no other
// document states go with it.
func unlink(tx *bolt.Tx, r *graph.Record) error {
	src := r.Meta.Source
	nodes, nodeDocs := tx.Bucket(bNodes), tx.Bucket(bNodeDocs)
	for _, n := range r.Nodes {
		if err := nodeDocs.Delete(join(string(n.ID), src)); err != nil {
			return err
		}
		if !hasPrefix(nodeDocs, append([]byte(n.ID), 0)) {
			if err := deleteCounted(nodes, []byte(n.ID)); err != nil {
				return err
			}
		}
	}
	edges, edgeDocs, in := tx.Bucket(bEdges), tx.Bucket(bEdgeDocs), tx.Bucket(bIn)
	for _, e := range r.Edges {
		key := join(string(e.From), string(e.Rel), string(e.To))
		if err := edgeDocs.Delete(join(string(e.From), string(e.Rel), string(e.To), src)); err != nil {
			return err
		}
		if !hasPrefix(edgeDocs, append(append([]byte(nil), key...), 0)) {
			if err := deleteCounted(edges, key); err != nil {
				return err
			}
			if err := in.Delete(join(string(e.To), string(e.Rel), string(e.From))); err != nil {
				return err
			}
		}
	}
	return nil
}

func hasPrefix(b *bolt.Bucket, p []byte) bool {
	k, _ := b.Cursor().Seek(p)
	return k != nil && bytes.HasPrefix(k, p)
}

// Records calls fn with every stored record, in source order; withText
// also fills in each record's article text.
func (db *DB) Records(ctx context.Context, withText bool, fn func(*graph.Record) error) error {
	return db.db.View(func(tx *bolt.Tx) error {
		texts := tx.Bucket(bTexts)
		return tx.Bucket(bRecords).ForEach(func(k, v []byte) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			var r graph.Record
			raw, err := unpack(v)
			if err != nil {
				return fmt.Errorf("record %s: %w", k, err)
			}
			if err := json.Unmarshal(raw, &r); err != nil {
				return fmt.Errorf("record %s: %w", k, err)
			}
			if withText && texts != nil {
				t, err := unpack(texts.Get(k))
				if err != nil {
					return fmt.Errorf("text %s: %w", k, err)
				}
				r.Text = string(t)
			}
			return fn(&r)
		})
	})
}

// Text returns the article text of a stored document.
func (db *DB) Text(source string) (string, error) {
	var text string
	err := db.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bTexts)
		if b == nil {
			return fmt.Errorf("text %s: %w", source, ErrNotDatabase)
		}
		v := b.Get([]byte(source))
		if v == nil {
			return fmt.Errorf("text %s: no such document", source)
		}
		t, err := unpack(v)
		if err != nil {
			return fmt.Errorf("text %s: %w", source, err)
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
	err := db.db.View(func(tx *bolt.Tx) error {
		n := func(name []byte) int {
			b := tx.Bucket(name)
			if tx.Bucket(bMeta).Get(keyCounted) != nil {
				return int(b.Sequence())
			}
			return b.Stats().KeyN // not counted yet: opened read-only since
		}
		s.Documents, s.Nodes, s.Edges = n(bDocs), n(bNodes), n(bEdges)
		return nil
	})
	return s, err
}

// Graph loads the whole graph into memory, with evidence.
func (db *DB) Graph(ctx context.Context) (*graph.KG, error) {
	kg := graph.NewKG()
	err := db.db.View(func(tx *bolt.Tx) error {
		if err := tx.Bucket(bNodes).ForEach(func(k, v []byte) error {
			var n graph.Node
			if err := json.Unmarshal(v, &n); err != nil {
				return fmt.Errorf("node %s: %w", k, err)
			}
			kg.AddNode(&n)
			return nil
		}); err != nil {
			return err
		}
		if err := tx.Bucket(bNodeDocs).ForEach(func(k, v []byte) error {
			id, _, _ := bytes.Cut(k, []byte{0})
			var ev []graph.Evidence
			if err := json.Unmarshal(v, &ev); err != nil {
				return fmt.Errorf("node evidence %s: %w", k, err)
			}
			if n := kg.Node(graph.ID(id)); n != nil {
				n.Evidence = append(n.Evidence, ev...)
			}
			return nil
		}); err != nil {
			return err
		}
		if err := tx.Bucket(bEdges).ForEach(func(k, v []byte) error {
			e, err := decodeEdge(k, v)
			if err != nil {
				return err
			}
			kg.AddEdge(e)
			return nil
		}); err != nil {
			return err
		}
		return tx.Bucket(bEdgeDocs).ForEach(func(k, v []byte) error {
			parts := bytes.Split(k, []byte{0})
			if len(parts) != 4 {
				return fmt.Errorf("edge evidence key %q: want 4 parts", k)
			}
			var ev []graph.Evidence
			if err := json.Unmarshal(v, &ev); err != nil {
				return fmt.Errorf("edge evidence %q: %w", k, err)
			}
			if e := kg.Edge(graph.ID(parts[0]), graph.Rel(parts[1]), graph.ID(parts[2])); e != nil {
				e.Evidence = append(e.Evidence, ev...)
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", db.path, err)
	}
	kg.Finish()
	return kg, nil
}

// decodeEdge rebuilds an edge from its key (from 0x00 rel 0x00 to) and its
// value (the attributes, or empty).
func decodeEdge(k, v []byte) (*graph.Edge, error) {
	parts := bytes.Split(k, []byte{0})
	if len(parts) != 3 {
		return nil, fmt.Errorf("edge key %q: want 3 parts", k)
	}
	e := &graph.Edge{From: graph.ID(parts[0]), Rel: graph.Rel(parts[1]), To: graph.ID(parts[2])}
	if len(v) > 0 {
		if err := json.Unmarshal(v, &e.Attrs); err != nil {
			return nil, fmt.Errorf("edge %q: %w", k, err)
		}
	}
	return e, nil
}
