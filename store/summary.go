package store

import (
	"context"
	"fmt"
	"sort"

	bolt "go.etcd.io/bbolt"

	"github.com/policygraph/policygraph/graph"
)

// Summary is what `policygraph stats` shows: counts of nodes by kind and
// edges by relation, and the regions and agencies most documents mention.
type Summary struct {
	Nodes, Edges int
	Kinds        map[graph.Kind]int
	Rels         map[graph.Rel]int
	// Mentioned are the regions and agencies that documents mention, with
	// how many, most first (ties by name).
	Mentioned map[graph.Kind][]Mentioned
}

// Mentioned is a node and the number of documents that mention it.
type Mentioned struct {
	Name      string
	Documents int
}

// Summary counts without loading the graph: it reads the keys of nodes,
// edges and the reverse index (and their checksums and counts), and
// decodes only the regions and agencies that are mentioned. Loading the
// graph for this took half a minute and a gigabyte for 100,000 records.
func (db *DB) Summary(ctx context.Context) (*Summary, error) {
	s := &Summary{Kinds: map[graph.Kind]int{}, Rels: map[graph.Rel]int{}, Mentioned: map[graph.Kind][]Mentioned{}}
	err := db.view(func(tx *bolt.Tx) error {
		t := db.txn(tx)
		kindOf := map[uint32]graph.Kind{}
		if err := t.nodes.forEach(func(k, v []byte) error {
			num, enc, err := t.nodeValue(k, v)
			if err != nil {
				return err
			}
			kind := graph.ID(k).Kind()
			if len(enc) > 0 && enc[0]&nodeHasKind != 0 { // a kind its ID does not say
				n, err := t.decodeNode(k, enc)
				if err != nil {
					return damaged(db.path, "node %s: %v", k, err)
				}
				kind = n.Kind
			}
			if kind == graph.Region || kind == graph.Agency {
				kindOf[num] = kind
			}
			s.Kinds[kind]++
			s.Nodes++
			return ctx.Err()
		}); err != nil {
			return err
		}
		if err := t.edges.forEach(func(k, _ []byte) error {
			_, rel, _, ok := splitEdgeKey(k)
			if !ok {
				return damaged(db.path, "edge key %x", k)
			}
			r, err := t.relOf(rel)
			if err != nil {
				return err
			}
			s.Rels[r]++
			s.Edges++
			return ctx.Err()
		}); err != nil {
			return err
		}
		mentions, err := t.relNum(graph.Mentions, false)
		if err != nil {
			return err
		}
		counts := map[uint32]int{}
		if err := t.eachKeptMention(func(node, _ uint32) error {
			s.Rels[graph.Mentions]++
			s.Edges++
			if kindOf[node] != "" {
				counts[node]++
			}
			return ctx.Err()
		}); err != nil {
			return err
		}
		if err := t.in.forEach(func(k, _ []byte) error {
			to, rel, _, ok := splitEdgeKey(k)
			if !ok {
				return damaged(db.path, "reverse index key %x", k)
			}
			if rel == mentions && mentions != 0 && kindOf[to] != "" {
				counts[to]++
			}
			return nil
		}); err != nil {
			return err
		}
		for num, c := range counts {
			id, err := t.nodeID(num)
			if err != nil {
				return err
			}
			n, _, err := t.node(id)
			if err != nil {
				return err
			}
			if n == nil {
				return damaged(db.path, "documents mention node %s, which is missing", id)
			}
			s.Mentioned[n.Kind] = append(s.Mentioned[n.Kind], Mentioned{Name: n.Name, Documents: c})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("summary %s: %w", db.path, err)
	}
	for _, m := range s.Mentioned {
		sort.SliceStable(m, func(i, j int) bool {
			if m[i].Documents != m[j].Documents {
				return m[i].Documents > m[j].Documents
			}
			return m[i].Name < m[j].Name
		})
	}
	return s, nil
}
