package store

import (
	"encoding/json"
	"errors"
	"sort"

	bolt "go.etcd.io/bbolt"

	"github.com/policygraph/policygraph/graph"
)

// View runs fn with a read-only graph.Reader over the database, inside one
// read transaction. The reader decodes only the nodes and edges a query
// touches, so answering "targets of 山东省" reads a few hundred keys, not
// the whole graph. The Reader and everything it returns are valid only
// until fn returns. A value that fails its checksum, or a page that cannot
// be read, ends the view with an error wrapping ErrDamaged, whatever fn
// returns.
func (db *DB) View(fn func(r graph.Reader) error) error {
	return db.view(func(tx *bolt.Tx) error {
		v := &view{db: db, nodes: map[graph.ID]*graph.Node{}}
		v.bNodes, v.bEdges, v.bEdgeDocs = db.bucket(tx, bNodes), db.bucket(tx, bEdges), db.bucket(tx, bEdgeDocs)
		v.bIn, v.bTexts = db.bucket(tx, bIn), db.bucket(tx, bTexts)
		err := fn(v)
		if v.err != nil {
			return v.err // a damaged value may be why fn failed
		}
		return err
	})
}

type view struct {
	db                                     *DB
	bNodes, bEdges, bEdgeDocs, bIn, bTexts bk
	nodes                                  map[graph.ID]*graph.Node // decoded nodes; nil value = absent
	err                                    error                    // first decoding error, returned by View
}

var _ graph.Reader = (*view)(nil)

func (v *view) fail(err error) {
	if v.err == nil {
		if !errors.Is(err, ErrDamaged) {
			err = damaged(v.db.path, "%v", err)
		}
		v.err = err
	}
}

func (v *view) decodeNode(k, raw []byte) *graph.Node {
	n, err := decodeNode(k, raw)
	if err != nil {
		v.fail(damaged(v.db.path, "node %s: %v", k, err))
		return nil
	}
	return n
}

// Node implements graph.Reader.
func (v *view) Node(id graph.ID) *graph.Node {
	if n, ok := v.nodes[id]; ok {
		return n
	}
	raw, err := v.bNodes.get([]byte(id))
	if err != nil {
		v.fail(err)
	}
	if raw == nil {
		v.nodes[id] = nil
		return nil
	}
	n := v.decodeNode([]byte(id), raw)
	v.nodes[id] = n
	return n
}

// scan calls fn for every key of b that starts with prefix.
func (v *view) scan(b bk, prefix []byte, fn func(k, val []byte)) {
	if err := b.scan(prefix, func(k, val []byte) error { fn(k, val); return nil }); err != nil {
		v.fail(err)
	}
}

// Out implements graph.Reader.
func (v *view) Out(id graph.ID) []*graph.Edge {
	return v.out(keyPrefix(string(id)))
}

// EdgesOut implements graph.Reader.
func (v *view) EdgesOut(id graph.ID, rel graph.Rel) []*graph.Edge {
	return v.out(keyPrefix(string(id), string(rel)))
}

func (v *view) out(prefix []byte) []*graph.Edge {
	var out []*graph.Edge
	v.scan(v.bEdges, prefix, func(k, val []byte) {
		e, err := decodeEdge(k, val)
		if err != nil {
			v.fail(err)
			return
		}
		out = append(out, e)
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Less(out[j]) })
	return out
}

// In implements graph.Reader.
func (v *view) In(id graph.ID) []*graph.Edge {
	return v.in(keyPrefix(string(id)))
}

// EdgesIn implements graph.Reader.
func (v *view) EdgesIn(id graph.ID, rel graph.Rel) []*graph.Edge {
	return v.in(keyPrefix(string(id), string(rel)))
}

// in reads the reverse index (to, rel, from) and fetches each edge.
func (v *view) in(prefix []byte) []*graph.Edge {
	var out []*graph.Edge
	v.scan(v.bIn, prefix, func(k, val []byte) {
		parts, err := decodeKey(k, 3)
		if err != nil {
			v.fail(err)
			return
		}
		e := &graph.Edge{From: graph.ID(parts[2]), Rel: graph.Rel(parts[1]), To: graph.ID(parts[0])}
		if len(val) > 0 {
			if err := json.Unmarshal(val, &e.Attrs); err != nil {
				v.fail(damaged(v.db.path, "reverse index %q: %v", k, err))
				return
			}
		}
		out = append(out, e)
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Less(out[j]) })
	return out
}

// Evidence implements graph.Reader.
func (v *view) Evidence(e *graph.Edge) []graph.Evidence {
	var out []graph.Evidence
	v.scan(v.bEdgeDocs, keyPrefix(string(e.From), string(e.Rel), string(e.To)), func(k, val []byte) {
		parts, err := decodeKey(k, 4)
		if err != nil {
			v.fail(err)
			return
		}
		ev, err := decodeEvidence(parts[3], val)
		if err != nil {
			v.fail(damaged(v.db.path, "evidence %q: %v", k, err))
			return
		}
		out = append(out, ev...)
	})
	return graph.SortEvidence(out)
}

// Prefix implements graph.Reader.
func (v *view) Prefix(k graph.Kind, prefix string) []*graph.Node {
	var out []*graph.Node
	v.scan(v.bNodes, []byte(string(k)+":"+prefix), func(key, val []byte) {
		id := graph.ID(key)
		if n, ok := v.nodes[id]; ok {
			if n != nil {
				out = append(out, n)
			}
			return
		}
		n := v.decodeNode(key, val)
		v.nodes[id] = n
		if n != nil {
			out = append(out, n)
		}
	})
	return out
}

// Text implements graph.Reader.
func (v *view) Text(source string) string {
	raw, err := v.bTexts.get([]byte(source))
	if err != nil {
		v.fail(err)
		return ""
	}
	if raw == nil {
		return ""
	}
	t, err := unpack(raw)
	if err != nil {
		v.fail(damaged(v.db.path, "text %s: %v", source, err))
		return ""
	}
	return string(t)
}
