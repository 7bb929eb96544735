package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"

	bolt "go.etcd.io/bbolt"

	"github.com/policygraph/policygraph/graph"
)

// View runs fn with a read-only graph.Reader over the database, inside one
// read transaction. The reader decodes only the nodes and edges a query
// touches, so answering "targets of 山东省" reads a few hundred keys, not
// the whole graph. The Reader and everything it returns are valid only
// until fn returns.
func (db *DB) View(fn func(r graph.Reader) error) error {
	return db.db.View(func(tx *bolt.Tx) error {
		v := &view{tx: tx, nodes: map[graph.ID]*graph.Node{}}
		for _, b := range [][]byte{bNodes, bEdges, bEdgeDocs, bIn, bTexts} {
			if tx.Bucket(b) == nil {
				return fmt.Errorf("view %s: %w", db.path, ErrNotDatabase)
			}
		}
		if err := fn(v); err != nil {
			return err
		}
		return v.err
	})
}

type view struct {
	tx    *bolt.Tx
	nodes map[graph.ID]*graph.Node // decoded nodes; nil value = absent
	err   error                    // first decoding error, reported by View's caller through Err
}

var _ graph.Reader = (*view)(nil)

func (v *view) fail(err error) {
	if v.err == nil {
		v.err = err
	}
}

// Node implements graph.Reader.
func (v *view) Node(id graph.ID) *graph.Node {
	if n, ok := v.nodes[id]; ok {
		return n
	}
	raw := v.tx.Bucket(bNodes).Get([]byte(id))
	if raw == nil {
		v.nodes[id] = nil
		return nil
	}
	var n graph.Node
	if err := json.Unmarshal(raw, &n); err != nil {
		v.fail(fmt.Errorf("node %s: %w", id, err))
		v.nodes[id] = nil
		return nil
	}
	v.nodes[id] = &n
	return &n
}

// scan calls fn for every key of bucket b that starts with prefix.
func (v *view) scan(b []byte, prefix []byte, fn func(k, val []byte)) {
	c := v.tx.Bucket(b).Cursor()
	for k, val := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, val = c.Next() {
		fn(k, val)
	}
}

// Out implements graph.Reader.
func (v *view) Out(id graph.ID) []*graph.Edge {
	return v.out(append([]byte(id), 0))
}

// EdgesOut implements graph.Reader.
func (v *view) EdgesOut(id graph.ID, rel graph.Rel) []*graph.Edge {
	return v.out(join(string(id), string(rel), ""))
}

func (v *view) out(prefix []byte) []*graph.Edge {
	var out []*graph.Edge
	v.scan(bEdges, prefix, func(k, val []byte) {
		e, err := decodeEdge(k, val)
		if err != nil {
			v.fail(err)
			return
		}
		out = append(out, e)
	})
	return out
}

// In implements graph.Reader.
func (v *view) In(id graph.ID) []*graph.Edge {
	return v.in(append([]byte(id), 0))
}

// EdgesIn implements graph.Reader.
func (v *view) EdgesIn(id graph.ID, rel graph.Rel) []*graph.Edge {
	return v.in(join(string(id), string(rel), ""))
}

// in reads the reverse index (to, rel, from) and fetches each edge.
func (v *view) in(prefix []byte) []*graph.Edge {
	var out []*graph.Edge
	edges := v.tx.Bucket(bEdges)
	v.scan(bIn, prefix, func(k, _ []byte) {
		parts := bytes.Split(k, []byte{0})
		if len(parts) != 3 {
			v.fail(fmt.Errorf("reverse index key %q: want 3 parts", k))
			return
		}
		key := join(string(parts[2]), string(parts[1]), string(parts[0]))
		val := edges.Get(key)
		e, err := decodeEdge(key, val)
		if err != nil {
			v.fail(err)
			return
		}
		out = append(out, e)
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Less(out[j]) })
	return out
}

// Evidence implements graph.Reader.
func (v *view) Evidence(e *graph.Edge) []graph.Evidence {
	var out []graph.Evidence
	v.scan(bEdgeDocs, append([]byte(e.Key()), 0), func(k, val []byte) {
		var ev []graph.Evidence
		if err := json.Unmarshal(val, &ev); err != nil {
			v.fail(fmt.Errorf("evidence %q: %w", k, err))
			return
		}
		out = append(out, ev...)
	})
	return graph.SortEvidence(out)
}

// Prefix implements graph.Reader.
func (v *view) Prefix(k graph.Kind, prefix string) []*graph.Node {
	var out []*graph.Node
	v.scan(bNodes, []byte(string(k)+":"+prefix), func(key, val []byte) {
		id := graph.ID(key)
		if n, ok := v.nodes[id]; ok {
			if n != nil {
				out = append(out, n)
			}
			return
		}
		var n graph.Node
		if err := json.Unmarshal(val, &n); err != nil {
			v.fail(fmt.Errorf("node %s: %w", key, err))
			return
		}
		v.nodes[id] = &n
		out = append(out, &n)
	})
	return out
}

// Text implements graph.Reader.
func (v *view) Text(source string) string {
	raw := v.tx.Bucket(bTexts).Get([]byte(source))
	if raw == nil {
		return ""
	}
	t, err := unpack(raw)
	if err != nil {
		v.fail(fmt.Errorf("text %s: %w", source, err))
		return ""
	}
	return string(t)
}
