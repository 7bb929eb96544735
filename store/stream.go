package store

import (
	"context"
	"encoding/binary"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/policygraph/policygraph/graph"
)

// Stream calls node with every node, sorted by ID, then edge with every
// edge, sorted as graph.Edge.Less, each with all its evidence, as
// DB.Graph would give them (a node's evidence includes that of the
// documents' mentions of it) — without holding the graph: it reads one
// node and its edges at a time, so an export of any size runs in the
// memory of the largest node's edges. What it passes is valid only during
// the call.
func (db *DB) Stream(ctx context.Context, node func(*graph.Node) error, edge func(*graph.Edge) error) error {
	err := db.view(func(tx *bolt.Tx) error {
		t := db.txn(tx)
		mentions, err := t.relNum(graph.Mentions, false)
		if err != nil {
			return err
		}
		seen := 0
		// What prefix scans read is counted against the buckets' counts, as
		// a walk of the whole bucket would be: keys lost to a damaged page
		// are an error, not a graph with less evidence.
		var nodeDocs, mentionsIn, mentionEdges, edgeDocs int
		// The mentions node_docs keep, as the nodes' evidence has them
		// and as the documents' records list them.
		var kept, listed int
		both, err := t.mentionEdgesStored()
		if err != nil {
			return err
		}
		// The number caches would grow with the graph: they only speed up
		// the lookups of one node's neighbours.
		trim := func() {
			if seen++; seen%4096 == 0 {
				clear(t.idOf)
				clear(t.numOf)
				clear(t.srcOf)
				clear(t.srcNumOf)
			}
		}
		// The pages read stay resident until released (see release), and
		// every node and every edge may read a page of its own.
		reads, release := 0, func() {}
		if db.bdb != nil {
			release = db.releaser()
		}
		read := func() {
			if reads++; reads%1024 == 0 {
				release()
			}
		}
		if err := t.nodes.forEach(func(k, v []byte) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			trim()
			read()
			num, enc, err := t.nodeValue(k, v)
			if err != nil {
				return err
			}
			n, err := t.decodeNode(k, enc)
			if err != nil {
				return damaged(db.path, "node %s: %v", k, err)
			}
			if err := t.nodeDocs.scan(num4(num), func(dk, dv []byte) error {
				if len(dk) != 8 {
					return damaged(db.path, "node evidence key %x", dk)
				}
				nodeDocs++
				src, err := t.sourceOf(binary.BigEndian.Uint32(dk[4:]))
				if err != nil {
					return err
				}
				ev, mentioned, mev, err := t.decodeNodeDoc(src, dv)
				if err != nil {
					return damaged(db.path, "evidence of node %s: %v", k, err)
				}
				n.Evidence = append(n.Evidence, ev...)
				if mentioned {
					kept++
					n.Evidence = append(n.Evidence, mev...)
				}
				return nil
			}); err != nil {
				return err
			}
			if mentions != 0 {
				p := binary.BigEndian.AppendUint16(num4(num), mentions)
				if err := t.in.scan(p, func(ik, _ []byte) error {
					_, _, from, ok := splitEdgeKey(ik)
					if !ok {
						return damaged(db.path, "reverse index key %x", ik)
					}
					mentionsIn++
					read()
					ev, _, err := t.edgeEvidence(from, mentions, num)
					n.Evidence = append(n.Evidence, ev...)
					return err
				}); err != nil {
					return err
				}
			}
			n.Evidence = graph.SortEvidence(n.Evidence)
			return node(n)
		}); err != nil {
			return err
		}
		var out []*graph.Edge
		edges := 0
		err = t.nodes.forEach(func(k, v []byte) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			trim()
			read()
			num, _, err := t.nodeValue(k, v)
			if err != nil {
				return err
			}
			t.idOf[num] = graph.ID(k)
			out = out[:0]
			if err := t.edges.scan(num4(num), func(ek, ev []byte) error {
				e, err := t.decodeEdge(ek, ev)
				if err != nil {
					return err
				}
				read()
				from, rel, to, _ := splitEdgeKey(ek)
				var n int
				if e.Evidence, n, err = t.edgeEvidence(from, rel, to); err != nil {
					return err
				}
				edgeDocs += n
				if rel == mentions {
					mentionEdges++
				}
				e.Evidence = graph.SortEvidence(e.Evidence)
				out = append(out, e)
				return nil
			}); err != nil {
				return err
			}
			edges += len(out)
			if id := graph.ID(k); id.Kind() == graph.Document {
				source := id.Key()
				if err := t.mentionedBy(source, func(to uint32) error {
					read()
					tid, err := t.nodeID(to)
					if err != nil {
						return err
					}
					ev, ok, err := t.mentionEvidence(source, to)
					if err != nil {
						return err
					}
					if !ok {
						return damaged(db.path, "the mention of %s by %s is missing", clip(string(tid), 200), clip(source, 200))
					}
					listed++
					e := &graph.Edge{From: id, Rel: graph.Mentions, To: tid, Evidence: ev}
					out = addEdge(out, e, both)
					return nil
				}); err != nil {
					return err
				}
				for _, e := range out {
					e.Evidence = graph.SortEvidence(e.Evidence)
				}
			}
			slices.SortFunc(out, compareEdges)
			for _, e := range out {
				if err := edge(e); err != nil {
					return err
				}
			}
			return nil
		})
		switch {
		case err != nil:
			return err
		case edges != t.edges.count():
			return damaged(db.path, "%d edges leave the stored nodes, but bucket edges counts %d", edges, t.edges.count())
		case nodeDocs != t.nodeDocs.count():
			return damaged(db.path, "the stored nodes have %d pieces of evidence, but bucket node_docs counts %d", nodeDocs, t.nodeDocs.count())
		case edgeDocs != t.edgeDocs.count():
			return damaged(db.path, "the stored edges have %d pieces of evidence, but bucket edge_docs counts %d", edgeDocs, t.edgeDocs.count())
		case mentionsIn != mentionEdges:
			return damaged(db.path, "the reverse index holds %d of the %d mentions", mentionsIn, mentionEdges)
		case kept != listed:
			return damaged(db.path, "node_docs keep %d mentions, but the records list %d", kept, listed)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("read %s: %w", db.path, err)
	}
	return nil
}

// edgeEvidence reads the evidence of every document that states an edge,
// and says how many keys it read.
func (t *txn) edgeEvidence(from uint32, rel uint16, to uint32) ([]graph.Evidence, int, error) {
	var out []graph.Evidence
	n := 0
	err := t.edgeDocs.scan(edgeKey(from, rel, to), func(k, v []byte) error {
		n++
		if len(k) != 14 {
			return damaged(t.db.path, "edge evidence key %x", k)
		}
		src, err := t.sourceOf(binary.BigEndian.Uint32(k[10:]))
		if err != nil {
			return err
		}
		ev, err := t.decodeEvidence(src, v)
		if err != nil {
			return damaged(t.db.path, "evidence of edge %x: %v", k[:10], err)
		}
		out = append(out, ev...)
		return nil
	})
	return out, n, err
}
