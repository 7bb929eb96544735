package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/policygraph/policygraph/graph"
)

// Schema 3 gives every node, source (document), relation and rule a short
// number, stored once, and writes the numbers instead of the names in
// every key and value that refers to one: an edge key is 10 bytes however
// long its node IDs, and evidence names its document by the key it is
// stored under and its rule by number. Numbers in keys are fixed-width
// big-endian, so keys sort by number and a prefix scan finds all the keys
// of one node; numbers in values are varints.
//
//	node    4 bytes  nodes (ID → number, attributes), node_ids (number → ID)
//	source  4 bytes  docs (source → number, metadata), sources (number → source)
//	rel     2 bytes  names ("l" + relation → number)
//	rule    varint   names ("r" + rule → number)
//	attr    varint   names ("a" + attribute name → number)
//
// A node's or a source's number is the highest in use plus one; numbers
// freed by a deleted node or document may be given again, since nothing
// refers to them any more. Names (relations and rules) are few and never
// freed.
const (
	nameAttr = 'a'
	nameRel  = 'l'
	nameRule = 'r'
	maxRels  = 1<<16 - 1
)

func num4(n uint32) []byte {
	var b [4]byte
	binary.BigEndian.PutUint32(b[:], n)
	return b[:]
}

func edgeKey(from uint32, rel uint16, to uint32) []byte {
	b := make([]byte, 10, 14)
	binary.BigEndian.PutUint32(b, from)
	binary.BigEndian.PutUint16(b[4:], rel)
	binary.BigEndian.PutUint32(b[6:], to)
	return b
}

func edgeDocKey(from uint32, rel uint16, to, src uint32) []byte {
	return binary.BigEndian.AppendUint32(edgeKey(from, rel, to), src)
}

func nodeDocKey(node, src uint32) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint32(b, node)
	binary.BigEndian.PutUint32(b[4:], src)
	return b
}

// splitEdgeKey reads an edges or in key (10 bytes), or the first 10 bytes
// of an edge_docs key.
func splitEdgeKey(k []byte) (a uint32, rel uint16, b uint32, ok bool) {
	if len(k) < 10 {
		return 0, 0, 0, false
	}
	return binary.BigEndian.Uint32(k), binary.BigEndian.Uint16(k[4:]), binary.BigEndian.Uint32(k[6:]), true
}

// maxCached bounds the caches of node IDs and sources of a transaction.
const maxCached = 1 << 15

// txn is one transaction's view of the buckets, with the number tables
// cached as they are read.
type txn struct {
	db                                          *DB
	tx                                          *bolt.Tx
	docs, sources, records, texts, nodes, ids   bk
	names, nodeDocs, edges, edgeDocs, in, files bk
	targetRows, targetRegions                   bk              // rows.go; nil when the file has none
	hasRows                                     bool            // the rows are this version's
	dirty                                       map[uint32]bool // targets whose rows to make again (rows.go)

	nameNum  map[string]uint32 // kind byte + name → number
	numName  map[byte][]string // kind byte → names by number (0 unused)
	relNums  map[graph.Rel]uint16
	idOf     map[uint32]graph.ID
	numOf    map[graph.ID]uint32 // 0: not stored
	srcOf    map[uint32]string
	srcNumOf map[string]uint32
	// nodeVal holds, for nodes this transaction read or wrote, the value
	// (unsealed) the nodes bucket holds for them, so that putNode tells an
	// unchanged node without looking it up again. Only putNode and delNode
	// write nodes; they keep it current.
	nodeVal map[graph.ID]string
	nodeBuf []byte // putNode's encoding, reused
	// New keys of node_docs, edge_docs and in, put in key order by flush.
	newNodeDocs, newEdgeDocs, newIn *deferred
	// What the transaction changed of the counts in meta (mentions.go).
	mentionsDelta, mentionEdgesDelta int
}

func (db *DB) txn(tx *bolt.Tx) *txn {
	t := &txn{db: db, tx: tx,
		idOf: map[uint32]graph.ID{}, numOf: map[graph.ID]uint32{},
		srcOf: map[uint32]string{}, srcNumOf: map[string]uint32{},
		nodeVal: map[graph.ID]string{},
	}
	t.docs, t.sources, t.records, t.texts = db.bucket(tx, bDocs), db.bucket(tx, bSources), db.bucket(tx, bRecords), db.bucket(tx, bTexts)
	t.nodes, t.ids, t.names = db.bucket(tx, bNodes), db.bucket(tx, bNodeIDs), db.bucket(tx, bNames)
	t.nodeDocs, t.edges, t.edgeDocs, t.in, t.files = db.bucket(tx, bNodeDocs), db.bucket(tx, bEdges), db.bucket(tx, bEdgeDocs), db.bucket(tx, bIn), db.bucket(tx, bFiles)
	// Open refuses a database without rows (version 3); a transaction on
	// one made elsewhere reads the graph for targets instead.
	if tx.Bucket(bRows) != nil && tx.Bucket(bRowRegions) != nil {
		t.targetRows, t.targetRegions = db.bucket(tx, bRows), db.bucket(tx, bRowRegions)
		t.hasRows = string(tx.Bucket(bMeta).Get(keyVersion)) == Version
	}
	if tx.Writable() {
		// Only one writing transaction runs at a time (db.mu).
		d := &db.deferredBufs
		t.newNodeDocs, t.newEdgeDocs, t.newIn = d[0].reuse(t.nodeDocs, 8), d[1].reuse(t.edgeDocs, 14), d[2].reuse(t.in, 10)
		d[0], d[1], d[2] = t.newNodeDocs, t.newEdgeDocs, t.newIn
	}
	return t
}

// flush writes the keys link deferred (see deferred): before anything
// reads their buckets, and before the transaction commits.
func (t *txn) flush() error {
	for _, d := range []*deferred{t.newNodeDocs, t.newEdgeDocs, t.newIn} {
		if err := d.flush(); err != nil {
			return err
		}
	}
	return t.saveCounts()
}

// loadNames reads the names bucket (a few hundred keys at most) once.
func (t *txn) loadNames() error {
	if t.nameNum != nil {
		return nil
	}
	t.nameNum, t.numName = map[string]uint32{}, map[byte][]string{}
	return t.names.forEach(func(k, v []byte) error {
		n, w := binary.Uvarint(v)
		if len(k) < 1 || w <= 0 || w != len(v) || n == 0 || n > 1<<20 {
			return damaged(t.db.path, "name %q: bad number", k)
		}
		names := t.numName[k[0]]
		for len(names) <= int(n) {
			names = append(names, "")
		}
		if names[n] != "" {
			return damaged(t.db.path, "name %q: number %d given twice", k, n)
		}
		names[n] = string(k[1:])
		t.numName[k[0]] = names
		t.nameNum[string(k)] = uint32(n)
		return nil
	})
}

// nameNumber returns the number of a relation, rule or attribute name,
// giving it one when create is set; 0 means none.
func (t *txn) nameNumber(kind byte, name string, create bool) (uint32, error) {
	if err := t.loadNames(); err != nil {
		return 0, err
	}
	k := string(kind) + name
	if n, ok := t.nameNum[k]; ok {
		return n, nil
	}
	if !create {
		return 0, nil
	}
	names := t.numName[kind]
	n := uint32(max(len(names), 1))
	if kind == nameRel && n > maxRels {
		return 0, fmt.Errorf("%w: more than %d relations", ErrInvalidKey, maxRels)
	}
	if err := t.names.put([]byte(k), binary.AppendUvarint(nil, uint64(n))); err != nil {
		return 0, err
	}
	for len(names) <= int(n) {
		names = append(names, "")
	}
	names[n] = name
	t.numName[kind], t.nameNum[k] = names, n
	return n, nil
}

// nameOf returns the name of a relation, rule or attribute number.
func (t *txn) nameOf(kind byte, n uint32) (string, error) {
	if err := t.loadNames(); err != nil {
		return "", err
	}
	if names := t.numName[kind]; int64(n) < int64(len(names)) && n > 0 && (names[n] != "" || t.nameNum[string(kind)] == n) {
		return names[n], nil
	}
	what := map[byte]string{nameRel: "relation", nameRule: "rule", nameAttr: "attribute"}[kind]
	return "", damaged(t.db.path, "%s number %d is not in the names table", what, n)
}

func (t *txn) relNum(rel graph.Rel, create bool) (uint16, error) {
	if n, ok := t.relNums[rel]; ok {
		return n, nil
	}
	n, err := t.nameNumber(nameRel, string(rel), create)
	if err == nil && n != 0 {
		if t.relNums == nil {
			t.relNums = map[graph.Rel]uint16{}
		}
		t.relNums[rel] = uint16(n)
	}
	return uint16(n), err
}

func (t *txn) relOf(n uint16) (graph.Rel, error) {
	s, err := t.nameOf(nameRel, uint32(n))
	return graph.Rel(s), err
}

// nodeValue splits a nodes value into the node's number and its encoded
// attributes.
func (t *txn) nodeValue(id []byte, v []byte) (uint32, []byte, error) {
	n, w := binary.Uvarint(v)
	if w <= 0 || n == 0 || n > 1<<32-1 {
		return 0, nil, damaged(t.db.path, "node %s: bad number", clip(string(id), 200))
	}
	return uint32(n), v[w:], nil
}

// nodeNum returns the number of a stored node, or 0.
func (t *txn) nodeNum(id graph.ID) (uint32, error) {
	if n, ok := t.numOf[id]; ok {
		return n, nil
	}
	v, err := t.nodes.get([]byte(id))
	if err != nil {
		return 0, err
	}
	var n uint32
	if v != nil {
		if n, _, err = t.nodeValue([]byte(id), v); err != nil {
			return 0, err
		}
		t.idOf[n] = id
		if t.tx.Writable() {
			t.nodeVal[id] = string(v)
		}
	}
	t.numOf[id] = n
	return n, nil
}

// nodeID returns the ID of a node number; a number that names no node is
// damage (every key that holds one is removed with the node).
func (t *txn) nodeID(n uint32) (graph.ID, error) {
	if id, ok := t.idOf[n]; ok {
		return id, nil
	}
	id, ok, err := t.storedNodeID(n)
	if err != nil {
		return "", err
	}
	if !ok {
		return "", damaged(t.db.path, "node number %d is not in the node_ids table", n)
	}
	if len(t.idOf) >= maxCached {
		clear(t.idOf)
		clear(t.numOf)
		clear(t.nodeVal)
	}
	t.idOf[n] = id
	return id, nil
}

// A node_ids value is the node's ID; or, for an ID that spells the
// source of the record that stored the node first (document:S, amount:S|…,
// target:S|…: a document's own nodes, whose IDs were a tenth of the
// database), a NUL byte (no ID holds one), the source's number, where in
// the ID the source starts and the ID without it. Delete writes the IDs
// of the nodes that outlive their document's number in full (unlink).
func appendNodeIDValue(b []byte, id graph.ID, source string, src uint32) []byte {
	p := strings.IndexByte(string(id), ':') + 1
	rest := string(id[p:])
	if p == 0 || src == 0 || len(source) < 8 || !strings.HasPrefix(rest, source) || len(rest) > len(source) && rest[len(source)] != '|' {
		return append(b, id...)
	}
	b = binary.AppendUvarint(append(b, 0), uint64(src))
	b = binary.AppendUvarint(b, uint64(p))
	b = append(b, id[:p]...)
	return append(b, rest[len(source):]...)
}

// splitNodeIDValue reads a node_ids value that appendNodeIDValue wrote
// without its source: the source's number, the ID before it and after
// it; ok is false for a value that holds the whole ID.
func splitNodeIDValue(v []byte) (src uint32, before, after string, ok bool, err error) {
	if len(v) == 0 || v[0] != 0 {
		return 0, "", "", false, nil
	}
	n, w := binary.Uvarint(v[1:])
	if w <= 0 || n == 0 || n > 1<<32-1 {
		return 0, "", "", false, errNodeID
	}
	v = v[1+w:]
	p, w := binary.Uvarint(v)
	if w <= 0 || p == 0 || p > uint64(len(v)-w) {
		return 0, "", "", false, errNodeID
	}
	v = v[w:]
	return uint32(n), string(v[:p]), string(v[p:]), true, nil
}

var errNodeID = errors.New("undecodable node ID")

// storedNodeID reads the ID of node number n from node_ids; ok is false
// when n names no node.
func (t *txn) storedNodeID(n uint32) (id graph.ID, ok bool, err error) {
	v, err := t.ids.get(num4(n))
	if err != nil || v == nil {
		return "", false, err
	}
	src, before, after, short, err := splitNodeIDValue(v)
	if err != nil {
		return "", false, damaged(t.db.path, "node number %d: %v", n, err)
	}
	if !short {
		return graph.ID(v), true, nil
	}
	source, err := t.sourceOf(src)
	if err != nil {
		return "", false, err
	}
	return graph.ID(before + source + after), true, nil
}

// nextNum is one more than the highest number key of b.
func nextNum(b bk) (uint32, error) {
	k, _ := b.b.Cursor().Last()
	if k == nil {
		return 1, nil
	}
	if len(k) != 4 {
		return 0, damaged(b.path, "bucket %s: key %q is no number", b.name, k)
	}
	n := binary.BigEndian.Uint32(k)
	if n == 1<<32-1 {
		return 0, fmt.Errorf("bucket %s: numbers exhausted", b.name)
	}
	return n + 1, nil
}

// putNode stores a node's attributes, giving it a number when it is new.
// A node whose stored value is the same is not written again (see put).
func (t *txn) putNode(n *graph.Node, source string, src uint32) (uint32, error) {
	num, err := t.nodeNum(n.ID)
	if err != nil {
		return 0, err
	}
	fresh := num == 0
	if fresh {
		if num, err = nextNum(t.ids); err != nil {
			return 0, err
		}
		if err := t.ids.putNew(num4(num), appendNodeIDValue(nil, n.ID, source, src)); err != nil {
			return 0, err
		}
		t.numOf[n.ID], t.idOf[num] = num, n.ID
	}
	enc, err := t.encodeNode(binary.AppendUvarint(t.nodeBuf[:0], uint64(num)), n)
	if err != nil {
		return 0, err
	}
	t.nodeBuf = enc
	old, known := t.nodeVal[n.ID]
	if known && old == string(enc) {
		return num, nil
	}
	changed := !fresh
	switch {
	case fresh:
		err = t.nodes.putNew([]byte(n.ID), enc)
	case known:
		err = t.nodes.replace([]byte(n.ID), enc)
	default:
		changed, _, err = t.nodes.putChanged([]byte(n.ID), enc)
	}
	if err != nil {
		return 0, err
	}
	t.nodeVal[n.ID] = string(enc)
	if changed {
		// Another name, kind or attributes: the rows of the targets linked
		// to the node (its region, plan, agency, or a document that
		// mentions them) show it.
		t.markTarget(num)
		if err := t.markLinked(num); err != nil {
			return 0, err
		}
	}
	return num, nil
}

// delNode removes a node and its number.
func (t *txn) delNode(id graph.ID, num uint32) error {
	if err := t.nodes.del([]byte(id)); err != nil {
		return err
	}
	if err := t.ids.del(num4(num)); err != nil {
		return err
	}
	delete(t.idOf, num)
	delete(t.nodeVal, id)
	t.numOf[id] = 0
	return nil
}

// source returns the number and the stored metadata value (packed) of a
// source, or 0.
func (t *txn) source(src string) (uint32, []byte, error) {
	v, err := t.docs.get([]byte(src))
	if err != nil || v == nil {
		return 0, nil, err
	}
	return t.docValue([]byte(src), v)
}

// docValue splits a docs value into the source's number and its packed
// metadata.
func (t *txn) docValue(k, v []byte) (uint32, []byte, error) {
	n, w := binary.Uvarint(v)
	if w <= 0 || n == 0 || n > 1<<32-1 {
		return 0, nil, damaged(t.db.path, "doc %s: bad number", clip(string(k), 200))
	}
	t.srcOf[uint32(n)], t.srcNumOf[string(k)] = string(k), uint32(n)
	return uint32(n), v[w:], nil
}

// sourceNum is source without the metadata, cached.
func (t *txn) sourceNum(src string) (uint32, error) {
	if n, ok := t.srcNumOf[src]; ok {
		return n, nil
	}
	n, _, err := t.source(src)
	if err == nil && n == 0 {
		t.srcNumOf[src] = 0
	}
	return n, err
}

// sourceOf returns the source of a number.
func (t *txn) sourceOf(n uint32) (string, error) {
	if s, ok := t.srcOf[n]; ok {
		return s, nil
	}
	v, err := t.sources.get(num4(n))
	if err != nil {
		return "", err
	}
	if v == nil {
		return "", damaged(t.db.path, "source number %d is not in the sources table", n)
	}
	if len(t.srcOf) >= maxCached {
		// A node that a million documents mention would otherwise keep
		// every source's name.
		clear(t.srcOf)
		clear(t.srcNumOf)
	}
	t.srcOf[n] = string(v)
	return string(v), nil
}
