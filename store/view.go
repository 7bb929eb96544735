package store

import (
	"encoding/binary"
	"errors"
	"slices"

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
		v := &view{t: db.txn(tx), nodes: map[graph.ID]*graph.Node{}}
		err := fn(v)
		if v.err != nil {
			return v.err // a damaged value may be why fn failed
		}
		return err
	})
}

type view struct {
	t     *txn
	nodes map[graph.ID]*graph.Node // decoded nodes; nil value = absent
	err   error                    // first decoding error, returned by View
}

var _ graph.Reader = (*view)(nil)

func (v *view) fail(err error) {
	if v.err == nil {
		if !errors.Is(err, ErrDamaged) {
			err = damaged(v.t.db.path, "%v", err)
		}
		v.err = err
	}
}

// Node implements graph.Reader.
func (v *view) Node(id graph.ID) *graph.Node {
	if n, ok := v.nodes[id]; ok {
		return n
	}
	n, _, err := v.t.node(id)
	if err != nil {
		v.fail(err)
	}
	v.remember(id, n)
	return n
}

// viewCache is how many decoded nodes (and node numbers) a view keeps: a
// query over the whole graph touches every node once or twice, and a
// cache of all of them held it all in memory.
const viewCache = maxCached

// remember caches a decoded node, starting over when the cache is full.
func (v *view) remember(id graph.ID, n *graph.Node) {
	if len(v.nodes) >= viewCache {
		clear(v.nodes)
	}
	if len(v.t.numOf) >= viewCache {
		clear(v.t.numOf)
		clear(v.t.idOf)
	}
	v.nodes[id] = n
}

// num returns the number of a node, or 0 when it is not stored.
func (v *view) num(id graph.ID) uint32 {
	n, err := v.t.nodeNum(id)
	if err != nil {
		v.fail(err)
	}
	return n
}

// prefix returns the key prefix of id's edges in edges or in, of one
// relation unless rel is empty; nil when there can be none.
func (v *view) prefix(id graph.ID, rel graph.Rel) []byte {
	num := v.num(id)
	if num == 0 {
		return nil
	}
	p := num4(num)
	if rel != "" {
		r, err := v.t.relNum(rel, false)
		if err != nil {
			v.fail(err)
		}
		if r == 0 {
			return nil
		}
		p = binary.BigEndian.AppendUint16(p, r)
	}
	return p
}

// Out implements graph.Reader.
func (v *view) Out(id graph.ID) []*graph.Edge { return v.EdgesOut(id, "") }

// EdgesOut implements graph.Reader.
func (v *view) EdgesOut(id graph.ID, rel graph.Rel) []*graph.Edge {
	out := v.out(v.prefix(id, rel))
	if (rel == "" || rel == graph.Mentions) && id.Kind() == graph.Document {
		out = v.mentionsOut(id, out)
	}
	return out
}

// mentionsOut adds to the stored edges out of a document's node the
// mentions its record keeps in node_docs (mentions.go).
func (v *view) mentionsOut(id graph.ID, out []*graph.Edge) []*graph.Edge {
	source := id.Key()
	n := len(out)
	both, err := v.t.mentionEdgesStored()
	if err != nil {
		v.fail(err)
		return out
	}
	err = v.t.mentionedBy(source, func(to uint32) error {
		tid, err := v.t.nodeID(to)
		if err != nil {
			return err
		}
		e := &graph.Edge{From: id, Rel: graph.Mentions, To: tid}
		out = addEdge(out, e, both)
		return nil
	})
	if err != nil {
		v.fail(err)
	}
	if len(out) != n {
		slices.SortFunc(out, compareEdges)
	}
	return out
}

func (v *view) out(prefix []byte) []*graph.Edge {
	if prefix == nil {
		return nil
	}
	var out []*graph.Edge
	if err := v.t.edges.scan(prefix, func(k, val []byte) error {
		e, err := v.t.decodeEdge(k, val)
		if err != nil {
			return err
		}
		out = append(out, e)
		return nil
	}); err != nil {
		v.fail(err)
	}
	slices.SortFunc(out, compareEdges)
	return out
}

// In implements graph.Reader.
func (v *view) In(id graph.ID) []*graph.Edge { return v.EdgesIn(id, "") }

// EdgesIn implements graph.Reader.
func (v *view) EdgesIn(id graph.ID, rel graph.Rel) []*graph.Edge {
	out := v.in(v.prefix(id, rel))
	if rel == "" || rel == graph.Mentions {
		out = v.mentionsIn(id, out)
	}
	return out
}

// mentionsIn adds to the stored edges into a node the mentions of it
// that node_docs keeps: one for every document whose value says so.
func (v *view) mentionsIn(id graph.ID, out []*graph.Edge) []*graph.Edge {
	num := v.num(id)
	if num == 0 {
		return out
	}
	both, err := v.t.mentionEdgesStored()
	if err != nil {
		v.fail(err)
		return out
	}
	n := len(out)
	if err := v.t.nodeDocs.scan(num4(num), func(k, val []byte) error {
		if len(k) != 8 {
			return damaged(v.t.db.path, "node evidence key %x", k)
		}
		mentioned, _, _, err := splitNodeDoc(val)
		if err != nil {
			return damaged(v.t.db.path, "evidence of node %s: %v", clip(string(id), 200), err)
		}
		if !mentioned {
			return nil
		}
		src, err := v.t.sourceOf(binary.BigEndian.Uint32(k[4:]))
		if err != nil {
			return err
		}
		e := &graph.Edge{From: docNodeID(src), Rel: graph.Mentions, To: id}
		out = addEdge(out, e, both)
		return nil
	}); err != nil {
		v.fail(err)
	}
	if len(out) != n {
		slices.SortFunc(out, compareEdges)
	}
	return out
}

// in reads the reverse index (to, rel, from): its values are the edges'
// attributes.
func (v *view) in(prefix []byte) []*graph.Edge {
	if prefix == nil {
		return nil
	}
	var out []*graph.Edge
	if err := v.t.in.scan(prefix, func(k, val []byte) error {
		to, rel, from, ok := splitEdgeKey(k)
		if !ok {
			return damaged(v.t.db.path, "reverse index key %x", k)
		}
		e, err := v.t.decodeEdge(edgeKey(from, rel, to), val)
		if err != nil {
			return err
		}
		out = append(out, e)
		return nil
	}); err != nil {
		v.fail(err)
	}
	slices.SortFunc(out, compareEdges)
	return out
}

// Evidence implements graph.Reader.
func (v *view) Evidence(e *graph.Edge) []graph.Evidence {
	from, to := v.num(e.From), v.num(e.To)
	rel, err := v.t.relNum(e.Rel, false)
	if err != nil {
		v.fail(err)
	}
	if from == 0 || to == 0 || rel == 0 {
		return nil
	}
	var out []graph.Evidence
	if e.Rel == graph.Mentions && e.From.Kind() == graph.Document {
		ev, _, err := v.t.mentionEvidence(e.From.Key(), to)
		if err != nil {
			v.fail(err)
		}
		out = ev
	}
	if err := v.t.edgeDocs.scan(edgeKey(from, rel, to), func(k, val []byte) error {
		if len(k) != 14 {
			return damaged(v.t.db.path, "edge evidence key %x", k)
		}
		src, err := v.t.sourceOf(binary.BigEndian.Uint32(k[10:]))
		if err != nil {
			return err
		}
		ev, err := v.t.decodeEvidence(src, val)
		if err != nil {
			return damaged(v.t.db.path, "evidence of edge %q: %v", e.Key(), err)
		}
		out = append(out, ev...)
		return nil
	}); err != nil {
		v.fail(err)
	}
	return graph.SortEvidence(out)
}

// Prefix implements graph.Reader.
func (v *view) Prefix(k graph.Kind, prefix string) []*graph.Node {
	var out []*graph.Node
	if err := v.t.nodes.scan([]byte(string(k)+":"+prefix), func(key, val []byte) error {
		id := graph.ID(key)
		if n, ok := v.nodes[id]; ok {
			if n != nil {
				out = append(out, n)
			}
			return nil
		}
		num, enc, err := v.t.nodeValue(key, val)
		if err != nil {
			return err
		}
		n, err := v.t.decodeNode(key, enc)
		if err != nil {
			return damaged(v.t.db.path, "node %s: %v", key, err)
		}
		v.remember(id, n)
		v.t.numOf[id], v.t.idOf[num] = num, id
		out = append(out, n)
		return nil
	}); err != nil {
		v.fail(err)
	}
	return out
}

// Text implements graph.Reader.
func (v *view) Text(source string) string {
	num, err := v.t.sourceNum(source)
	if err != nil {
		v.fail(err)
		return ""
	}
	if num == 0 {
		return ""
	}
	text, err := v.t.text(source, num)
	if err != nil {
		v.fail(err)
	}
	return text
}

// compareEdges orders edges as graph.Edge.Less.
func compareEdges(a, b *graph.Edge) int {
	switch {
	case a.Less(b):
		return -1
	case b.Less(a):
		return 1
	}
	return 0
}
