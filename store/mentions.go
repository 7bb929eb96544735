package store

import (
	"encoding/binary"
	"errors"
	"strconv"
	"strings"

	"github.com/policygraph/policygraph/graph"
)

// Mentions kept with their node (schema 5).
//
// Extraction links a document to everything it mentions: an edge
// document:SOURCE mentions NODE, without attributes, whose evidence is
// where the text mentions the node. Two-thirds of all edges are these,
// and each took a key in edges, in and edge_docs (a tenth of a database,
// and for a million one-line records more than a fifth). The store keeps
// such an edge — a record's edge of relation mentions from its own
// document's node, without attributes, to another node — in the node_docs
// value of the node and the record's document instead, which exists
// anyway: the record holds the node. Its reads make the edge again: the
// node_docs keys of a node are the documents that mention it, and a
// record's list of edges (storedRecord.EdgeRefs) says which of its nodes
// its document mentions.
//
// Any other edge of relation mentions (another record's, or one with
// attributes) is stored as every edge is. Should a record state the edge
// another record keeps with its node, the graph has one edge: reads merge
// the two (only while the meta key mentionEdgesKey counts such edges).
//
// A node_docs value is a flags byte, then, with nodeDocMentioned, the
// length of the mention's evidence and that evidence, then the node's own
// evidence (both as appendEvidence writes them).
const nodeDocMentioned = 1

// Counts kept in meta (decimal): how many mentions node_docs keeps, and
// how many edges of relation mentions edges holds. Stats adds the first
// to the edges; the second, almost always 0, says whether reads must
// look for an edge stored both ways.
var (
	keyMentions     = []byte("mentions")
	keyMentionEdges = []byte("mention_edges")
)

// docNodeID is the ID of the node of the document of source.
func docNodeID(source string) graph.ID { return graph.NewID(graph.Document, source) }

// implicitMention reports whether the edge e of the record of source is
// kept in node_docs.
func implicitMention(source string, e *graph.Edge) bool {
	const p = string(graph.Document) + ":"
	return e.Rel == graph.Mentions && len(e.Attrs) == 0 && e.From != e.To &&
		len(e.From) == len(p)+len(source) && strings.HasPrefix(string(e.From), p) && string(e.From[len(p):]) == source
}

// appendNodeDoc appends a node_docs value.
func appendNodeDoc(b []byte, src string, nodeEv []graph.Evidence, mentioned bool, mentionEv []graph.Evidence, ruleNum func(string) (uint32, error)) ([]byte, error) {
	if !mentioned {
		return appendEvidence(append(b, 0), src, nodeEv, ruleNum)
	}
	m, err := appendEvidence(nil, src, mentionEv, ruleNum)
	if err != nil {
		return nil, err
	}
	b = binary.AppendUvarint(append(b, nodeDocMentioned), uint64(len(m)))
	return appendEvidence(append(b, m...), src, nodeEv, ruleNum)
}

// errNodeDoc is what parseNodeDoc returns for bytes it cannot read.
var errNodeDoc = errors.New("undecodable node evidence")

// splitNodeDoc splits a node_docs value into whether the document
// mentions the node, the mention's evidence and the node's, both encoded.
func splitNodeDoc(v []byte) (mentioned bool, mention, node []byte, err error) {
	if len(v) == 0 || v[0]&^nodeDocMentioned != 0 {
		return false, nil, nil, errNodeDoc
	}
	if v[0] == 0 {
		return false, nil, v[1:], nil
	}
	n, w := binary.Uvarint(v[1:])
	if w <= 0 || n > uint64(len(v)-1-w) {
		return false, nil, nil, errNodeDoc
	}
	m := v[1+w : 1+w+int(n)]
	return true, m, v[1+w+int(n):], nil
}

// parseNodeDoc reads a node_docs value.
func parseNodeDoc(src string, v []byte, ruleName func(uint32) (string, error)) (nodeEv []graph.Evidence, mentioned bool, mentionEv []graph.Evidence, err error) {
	mentioned, m, n, err := splitNodeDoc(v)
	if err != nil {
		return nil, false, nil, err
	}
	if mentioned {
		if mentionEv, err = parseEvidence(src, m, ruleName); err != nil {
			return nil, false, nil, err
		}
	}
	if nodeEv, err = parseEvidence(src, n, ruleName); err != nil {
		return nil, false, nil, err
	}
	return nodeEv, mentioned, mentionEv, nil
}

func (t *txn) encodeNodeDoc(src string, nodeEv []graph.Evidence, mentioned bool, mentionEv []graph.Evidence) ([]byte, error) {
	return appendNodeDoc(nil, src, nodeEv, mentioned, mentionEv, func(rule string) (uint32, error) { return t.nameNumber(nameRule, rule, true) })
}

func (t *txn) decodeNodeDoc(src string, v []byte) (nodeEv []graph.Evidence, mentioned bool, mentionEv []graph.Evidence, err error) {
	return parseNodeDoc(src, v, func(n uint32) (string, error) { return t.nameOf(nameRule, n) })
}

// metaCount reads a count kept in meta (0 when there is none).
func (t *txn) metaCount(key []byte) (int, error) {
	v := t.tx.Bucket(bMeta).Get(key)
	if v == nil {
		return 0, nil
	}
	n, err := strconv.Atoi(string(v))
	if err != nil || n < 0 {
		return 0, damaged(t.db.path, "meta %s is %q, no count", key, v)
	}
	return n, nil
}

// saveCounts adds what the transaction changed to the counts in meta.
func (t *txn) saveCounts() error {
	for _, c := range []struct {
		key   []byte
		delta *int
	}{{keyMentions, &t.mentionsDelta}, {keyMentionEdges, &t.mentionEdgesDelta}} {
		if *c.delta == 0 {
			continue
		}
		n, err := t.metaCount(c.key)
		if err != nil {
			return err
		}
		if n += *c.delta; n < 0 {
			return damaged(t.db.path, "meta %s would count %d", c.key, n)
		}
		*c.delta = 0
		if err := t.tx.Bucket(bMeta).Put(c.key, []byte(strconv.Itoa(n))); err != nil {
			return err
		}
	}
	return nil
}

// mentionEdgesStored reports whether edges holds any edge of relation
// mentions, so that reads must merge such an edge with its node's.
func (t *txn) mentionEdgesStored() (bool, error) {
	n, err := t.metaCount(keyMentionEdges)
	return n+t.mentionEdgesDelta > 0, err
}

// isImplicitRef is implicitMention for a stored record's edge: doc is
// the number of the record's document node, mentions that of the
// relation.
func isImplicitRef(e *storedRef, doc uint32, mentions uint16) bool {
	return doc != 0 && mentions != 0 && e.Rel == mentions && e.From == doc && e.To != doc && len(e.Attrs) == 0
}

// recordRefs is the part of a stored record that names its nodes and
// edges, read without the rest.
type recordRefs struct {
	NodeNums []uint32    `json:"n,omitempty"`
	EdgeRefs []storedRef `json:"e,omitempty"`
}

func (t *txn) recordRefsOf(src string, num uint32) (*recordRefs, error) {
	var r recordRefs
	if err := t.readRecord(src, num, &r); err != nil {
		return nil, err
	}
	return &r, nil
}

// mentionedBy calls fn with the number of every node the document of
// source mentions as its node_docs keep it, once, in the order of its
// record's edges. It reads nothing for a source that is not stored, or whose
// document node is not.
func (t *txn) mentionedBy(source string, fn func(to uint32) error) error {
	src, err := t.sourceNum(source)
	if err != nil || src == 0 {
		return err
	}
	doc, err := t.nodeNum(docNodeID(source))
	if err != nil || doc == 0 {
		return err
	}
	mentions, err := t.relNum(graph.Mentions, false)
	if err != nil || mentions == 0 {
		return err
	}
	refs, err := t.recordRefsOf(source, src)
	if err != nil {
		return err
	}
	var seen map[uint32]bool // a record may state an edge twice
	for i := range refs.EdgeRefs {
		e := &refs.EdgeRefs[i]
		if !isImplicitRef(e, doc, mentions) || seen[e.To] {
			continue
		}
		if seen == nil {
			seen = map[uint32]bool{}
		}
		seen[e.To] = true
		if err := fn(e.To); err != nil {
			return err
		}
	}
	return nil
}

// mentionEvidence reads the evidence of the mention of node to by the
// document of source that node_docs keeps, and whether there is one.
func (t *txn) mentionEvidence(source string, to uint32) ([]graph.Evidence, bool, error) {
	src, err := t.sourceNum(source)
	if err != nil || src == 0 || to == 0 {
		return nil, false, err
	}
	v, err := t.nodeDocs.get(nodeDocKey(to, src))
	if err != nil || v == nil {
		return nil, false, err
	}
	_, mentioned, ev, err := t.decodeNodeDoc(source, v)
	if err != nil {
		return nil, false, damaged(t.db.path, "evidence of node number %d in %s: %v", to, clip(source, 200), err)
	}
	return ev, mentioned, nil
}

// addEdge adds e to out; when both (an edge may be stored both ways) it
// merges e into the same edge (from, rel, to) of out instead, whose
// evidence then gets e's.
func addEdge(out []*graph.Edge, e *graph.Edge, both bool) []*graph.Edge {
	if !both {
		return append(out, e)
	}
	for _, o := range out {
		if o.From == e.From && o.Rel == e.Rel && o.To == e.To {
			o.Evidence = append(o.Evidence, e.Evidence...)
			return out
		}
	}
	return append(out, e)
}

// eachKeptMention calls fn with the node and source numbers of every
// mention node_docs keep that edges does not hold as well.
func (t *txn) eachKeptMention(fn func(node, src uint32) error) error {
	both, err := t.mentionEdgesStored()
	if err != nil {
		return err
	}
	mentions, err := t.relNum(graph.Mentions, false)
	if err != nil {
		return err
	}
	return t.nodeDocs.forEach(func(k, v []byte) error {
		if len(k) != 8 {
			return damaged(t.db.path, "node evidence key %x", k)
		}
		mentioned, _, _, err := splitNodeDoc(v)
		if err != nil {
			return damaged(t.db.path, "evidence of node number %d: %v", binary.BigEndian.Uint32(k), err)
		}
		if !mentioned {
			return nil
		}
		node, src := binary.BigEndian.Uint32(k), binary.BigEndian.Uint32(k[4:])
		if both {
			_, doc, err := t.docNodeOf(src)
			if err != nil {
				return err
			}
			if t.edges.has(edgeKey(doc, mentions, node)) {
				return nil
			}
		}
		return fn(node, src)
	})
}

// docNodeOf returns the source of number src and the number of its
// document's node (0 when that node is not stored).
func (t *txn) docNodeOf(src uint32) (string, uint32, error) {
	source, err := t.sourceOf(src)
	if err != nil {
		return "", 0, err
	}
	doc, err := t.nodeNum(docNodeID(source))
	return source, doc, err
}
