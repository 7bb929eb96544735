package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"github.com/policygraph/policygraph/graph"
)

// How values are laid out. The store holds many small values per document
// (a million one-line records make millions of nodes, edges and evidence
// entries), so each leaves out what its key or another bucket already
// says: a node's ID, kind and (usually) name are its key; evidence names
// its document by the key it is stored under and its rule by number; a record lists the IDs of its
// nodes and edges and takes their contents, evidence and metadata from
// the buckets that hold them anyway.

// A node in the nodes bucket (after its number) is a flags byte, then
// its kind (flag 1) and its name (flag 2) when the ID does not say them,
// then its attributes in key order: the key's number (names, "a") times
// two, and the value, each string as a varint length and its bytes; or,
// for a value of attrRefMin bytes or more that the ID spells (a target's
// metric, region, value and year; a document's path), the number times
// two plus one, and where in the ID the value starts and its length. The
// ID is the key.
const (
	nodeHasKind = 1 << iota
	nodeHasName
)

func appendString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

func readString(v []byte) (string, []byte, bool) {
	n, w := binary.Uvarint(v)
	if w <= 0 || n > uint64(len(v)-w) {
		return "", nil, false
	}
	return string(v[w : w+int(n)]), v[w+int(n):], true
}

func (t *txn) encodeNode(b []byte, n *graph.Node) ([]byte, error) {
	return appendNode(b, n, func(a string) (uint32, error) { return t.nameNumber(nameAttr, a, true) })
}

func (t *txn) decodeNode(k, v []byte) (*graph.Node, error) {
	return parseNode(k, v, func(n uint32) (string, error) { return t.nameOf(nameAttr, n) })
}

func appendNode(b []byte, n *graph.Node, attrNum func(string) (uint32, error)) ([]byte, error) {
	var flags byte
	if n.Kind != n.ID.Kind() {
		flags |= nodeHasKind
	}
	if n.Name != n.ID.Key() {
		flags |= nodeHasName
	}
	b = append(b, flags)
	if flags&nodeHasKind != 0 {
		b = appendString(b, string(n.Kind))
	}
	if flags&nodeHasName != 0 {
		b = appendString(b, n.Name)
	}
	var stack [16]string // no allocation for the usual few attributes
	keys := stack[:0]
	for k := range n.Attrs {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		num, err := attrNum(k)
		if err != nil {
			return nil, err
		}
		v := n.Attrs[k]
		if len(v) >= attrRefMin {
			if i := strings.Index(string(n.ID), v); i >= 0 {
				b = binary.AppendUvarint(b, uint64(num)<<1|1)
				b = binary.AppendUvarint(b, uint64(i))
				b = binary.AppendUvarint(b, uint64(len(v)))
				continue
			}
		}
		b = binary.AppendUvarint(b, uint64(num)<<1)
		b = appendString(b, v)
	}
	return b, nil
}

// attrRefMin is the shortest attribute value written as a place in the
// node's ID: a shorter one takes no more bytes written out.
const attrRefMin = 4

// errNode is what parseNode returns for bytes it cannot read.
var errNode = errors.New("undecodable node")

func parseNode(k, v []byte, attrName func(uint32) (string, error)) (*graph.Node, error) {
	if len(v) == 0 || v[0]&^(nodeHasKind|nodeHasName) != 0 {
		return nil, errNode
	}
	id := graph.ID(k)
	n := &graph.Node{ID: id, Kind: id.Kind(), Name: id.Key()}
	flags := v[0]
	v = v[1:]
	var ok bool
	if flags&nodeHasKind != 0 {
		var kind string
		if kind, v, ok = readString(v); !ok {
			return nil, errNode
		}
		n.Kind = graph.Kind(kind)
	}
	if flags&nodeHasName != 0 {
		if n.Name, v, ok = readString(v); !ok {
			return nil, errNode
		}
	}
	for len(v) > 0 {
		num, w := binary.Uvarint(v)
		if w <= 0 || num>>1 > math.MaxUint32 {
			return nil, errNode
		}
		key, err := attrName(uint32(num >> 1))
		if err != nil {
			return nil, err
		}
		v = v[w:]
		var val string
		if num&1 == 0 {
			if val, v, ok = readString(v); !ok {
				return nil, errNode
			}
		} else {
			at, w1 := binary.Uvarint(v)
			if w1 <= 0 {
				return nil, errNode
			}
			n, w2 := binary.Uvarint(v[w1:])
			if w2 <= 0 || at > uint64(len(id)) || n > uint64(len(id))-at {
				return nil, errNode
			}
			val = string(id[at : at+n])
			v = v[w1+w2:]
		}
		if n.Attrs == nil {
			n.Attrs = map[string]string{}
		}
		n.Attrs[key] = val
	}
	return n, nil
}

// Evidence in node_docs and edge_docs is a list of varints per piece:
// start and end − start (signed), and rule number × 2 + 1 when the piece
// names another document than the source of its key (then the length and
// bytes of that document's source follow), × 2 otherwise.
func (t *txn) encodeEvidence(src string, ev []graph.Evidence) ([]byte, error) {
	return appendEvidence(nil, src, ev, func(rule string) (uint32, error) { return t.nameNumber(nameRule, rule, true) })
}

func (t *txn) decodeEvidence(src string, v []byte) ([]graph.Evidence, error) {
	return parseEvidence(src, v, func(n uint32) (string, error) { return t.nameOf(nameRule, n) })
}

func appendEvidence(b []byte, src string, ev []graph.Evidence, ruleNum func(string) (uint32, error)) ([]byte, error) {
	for _, e := range ev {
		if e.Doc == "" {
			return nil, fmt.Errorf("evidence [%d,%d) %s names no document", e.Start, e.End, e.Rule)
		}
		rule, err := ruleNum(e.Rule)
		if err != nil {
			return nil, err
		}
		b = binary.AppendVarint(b, int64(e.Start))
		b = binary.AppendVarint(b, int64(e.End)-int64(e.Start))
		if e.Doc == src {
			b = binary.AppendUvarint(b, uint64(rule)<<1)
			continue
		}
		b = binary.AppendUvarint(b, uint64(rule)<<1|1)
		b = binary.AppendUvarint(b, uint64(len(e.Doc)))
		b = append(b, e.Doc...)
	}
	return b, nil
}

// errEvidence is what parseEvidence returns for bytes it cannot read.
var errEvidence = errors.New("undecodable evidence")

func parseEvidence(src string, v []byte, ruleName func(uint32) (string, error)) ([]graph.Evidence, error) {
	var out []graph.Evidence
	for len(v) > 0 {
		start, n1 := binary.Varint(v)
		if n1 <= 0 || start > math.MaxInt32 || start < -math.MaxInt32 {
			return nil, errEvidence
		}
		v = v[n1:]
		length, n2 := binary.Varint(v)
		if n2 <= 0 || length > math.MaxInt32 || length < -math.MaxInt32 {
			return nil, errEvidence
		}
		v = v[n2:]
		rd, n3 := binary.Uvarint(v)
		if n3 <= 0 || rd>>1 > math.MaxUint32 {
			return nil, errEvidence
		}
		v = v[n3:]
		rule, err := ruleName(uint32(rd >> 1))
		if err != nil {
			return nil, err
		}
		e := graph.Evidence{Doc: src, Start: int(start), End: int(start) + int(length), Rule: rule}
		if rd&1 == 1 {
			dl, n4 := binary.Uvarint(v)
			if n4 <= 0 || dl > uint64(len(v)-n4) {
				return nil, errEvidence
			}
			e.Doc = string(v[n4 : n4+int(dl)])
			v = v[n4+int(dl):]
		}
		out = append(out, e)
	}
	return out, nil
}

// storedRecord is a record in the records bucket: the guidelines' fields
// as extracted, the sum of the whole record (to tell an unchanged one
// without rebuilding it), and the identities of its nodes and edges.
// Their contents and evidence are in nodes, node_docs, edges and
// edge_docs; its metadata is in docs and its text in texts.
type storedRecord struct {
	graph.Record             // without Meta, Nodes, Edges and Text
	Sum          string      `json:"sum"`
	NodeNums     []uint32    `json:"n,omitempty"`
	EdgeRefs     []storedRef `json:"e,omitempty"`
}

// storedRef names an edge of a record by the numbers of its nodes and
// relation, with its attributes as the record had them. It is written
// as a JSON array, [from, rel, to] or [from, rel, to, {attributes}]: as
// an object its names were a tenth of a one-line record's value.
type storedRef struct {
	From  uint32
	Rel   uint16
	To    uint32
	Attrs map[string]string
}

func (r storedRef) MarshalJSON() ([]byte, error) {
	b := []byte{'['}
	b = strconv.AppendUint(b, uint64(r.From), 10)
	b = append(b, ',')
	b = strconv.AppendUint(b, uint64(r.Rel), 10)
	b = append(b, ',')
	b = strconv.AppendUint(b, uint64(r.To), 10)
	if len(r.Attrs) > 0 {
		a, err := json.Marshal(r.Attrs)
		if err != nil {
			return nil, err
		}
		b = append(append(b, ','), a...)
	}
	return append(b, ']'), nil
}

func (r *storedRef) UnmarshalJSON(b []byte) error {
	// What MarshalJSON wrote, read without reflection: a corpus's
	// records hold a hundred thousand references.
	*r = storedRef{}
	b = bytes.TrimSpace(b)
	if len(b) < 2 || b[0] != '[' || b[len(b)-1] != ']' {
		return errRef
	}
	b = b[1 : len(b)-1]
	var nums [3]uint64
	for i := range nums {
		b = bytes.TrimSpace(b)
		j := 0
		for j < len(b) && b[j] >= '0' && b[j] <= '9' {
			j++
		}
		n, err := strconv.ParseUint(string(b[:j]), 10, 32)
		if err != nil {
			return errRef
		}
		nums[i] = n
		b = bytes.TrimSpace(b[j:])
		if i < 2 {
			if len(b) == 0 || b[0] != ',' {
				return errRef
			}
			b = b[1:]
		}
	}
	if nums[1] > math.MaxUint16 {
		return errRef
	}
	r.From, r.Rel, r.To = uint32(nums[0]), uint16(nums[1]), uint32(nums[2])
	if len(b) == 0 {
		return nil
	}
	if b[0] != ',' {
		return errRef
	}
	if err := json.Unmarshal(b[1:], &r.Attrs); err != nil {
		return err
	}
	if len(r.Attrs) == 0 {
		r.Attrs = nil // as written: no attributes, no object
	}
	return nil
}

var errRef = errors.New("undecodable edge reference")

// recordParts returns the JSON of a record's guideline part (the record
// without metadata, nodes, edges and text: what the records bucket keeps
// of it) and of its metadata without the source (what the docs bucket
// keeps). Each is marshalled once, for the sum and for storage.
func recordParts(r *graph.Record) (guide, meta []byte, err error) {
	c := *r
	c.Meta, c.Nodes, c.Edges, c.Text = nil, nil, nil, ""
	if guide, err = json.Marshal(&c); err != nil {
		return nil, nil, err
	}
	m := *r.Meta
	m.Source = ""
	if meta, err = json.Marshal(&m); err != nil {
		return nil, nil, err
	}
	return guide, meta, nil
}

// recordSum is the hex of the first half of the SHA-256 of the whole record: its source, the two
// JSON parts of recordParts, its nodes and edges written field by field
// (sumGraph), and its text, each with its length before it. (JSON of the
// nodes and edges, with their attribute maps sorted by reflection, was
// most of the store's hashing time; the text is hashed as it is.)
func recordSum(r *graph.Record, guide, meta []byte) string {
	w := sumWriters.Get().(*sumWriter)
	defer func() {
		if cap(w.buf) <= 1<<20 { // a huge record's buffer is not kept
			sumWriters.Put(w)
		}
	}()
	w.buf = w.buf[:0]
	w.str(r.Meta.Source)
	w.bytes(guide)
	w.bytes(meta)
	w.graph(r.Nodes, r.Edges)
	w.num(len(r.Text))
	h := sha256.New()
	h.Write(w.buf)
	// SHA-256's digest has no WriteString: io.WriteString would copy
	// the text. Write only reads it.
	h.Write(unsafe.Slice(unsafe.StringData(r.Text), len(r.Text)))
	// Half the digest tells records apart as well as the whole does,
	// and every record's value holds one.
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// sumWriter gathers values for a hash with their lengths, so that no two
// different sequences of values give the same bytes. (One Write of the
// whole is several times faster than a Write per value.)
type sumWriter struct {
	buf []byte
}

// sumWriters keeps the buffers of recordSum: growing one for every record
// was a tenth of the bytes a cold extract allocates in the store.
var sumWriters = sync.Pool{New: func() any { return &sumWriter{buf: make([]byte, 0, 4096)} }}

func (w *sumWriter) num(n int) {
	w.buf = binary.AppendVarint(w.buf, int64(n))
}

func (w *sumWriter) str(s string) {
	w.num(len(s))
	w.buf = append(w.buf, s...)
}

func (w *sumWriter) bytes(b []byte) {
	w.num(len(b))
	w.buf = append(w.buf, b...)
}

// attrs writes a map in key order.
func (w *sumWriter) attrs(m map[string]string) {
	w.num(len(m))
	if len(m) == 0 {
		return
	}
	var stack [16]string // no allocation for the usual few attributes
	keys := stack[:0]
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		w.str(k)
		w.str(m[k])
	}
}

func (w *sumWriter) evidence(ev []graph.Evidence) {
	w.num(len(ev))
	for _, e := range ev {
		w.str(e.Doc)
		w.num(e.Start)
		w.num(e.End)
		w.str(e.Rule)
	}
}

// graph writes every field of every node and edge (TestSumCoversFields
// fails when graph.Node, graph.Edge or graph.Evidence gain a field this
// does not write).
func (w *sumWriter) graph(nodes []graph.Node, edges []graph.Edge) {
	w.num(len(nodes))
	for i := range nodes {
		n := &nodes[i]
		w.str(string(n.ID))
		w.str(string(n.Kind))
		w.str(n.Name)
		w.attrs(n.Attrs)
		w.evidence(n.Evidence)
	}
	w.num(len(edges))
	for i := range edges {
		e := &edges[i]
		w.str(string(e.From))
		w.str(string(e.Rel))
		w.str(string(e.To))
		w.attrs(e.Attrs)
		w.evidence(e.Evidence)
	}
}

// encodeRecord is the records bucket's value: the guideline part's JSON
// with the sum and the numbers of the record's nodes and edges added as
// further members of its object (decodeStoredRecord reads it as a
// storedRecord).
func encodeRecord(guide []byte, sum string, nodes []uint32, edges []storedRef) ([]byte, error) {
	tail, err := json.Marshal(&struct {
		Sum      string      `json:"sum"`
		NodeNums []uint32    `json:"n,omitempty"`
		EdgeRefs []storedRef `json:"e,omitempty"`
	}{sum, nodes, edges})
	if err != nil {
		return nil, err
	}
	if len(guide) < 2 || guide[0] != '{' || guide[len(guide)-1] != '}' {
		return nil, fmt.Errorf("record JSON %.20q is no object", guide)
	}
	out := make([]byte, 0, len(guide)+len(tail))
	out = append(out, guide[:len(guide)-1]...)
	if len(guide) > 2 {
		out = append(out, ',')
	}
	return append(out, tail[1:]...), nil
}

func decodeStoredRecord(v []byte) (*storedRecord, error) {
	raw, err := unpack(v)
	if err != nil {
		return nil, err
	}
	var s storedRecord
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, err
	}
	return &s, nil
}

// A document's metadata in docs, after its number, is a flags byte, its
// path unless the source says it (metaPathIsSource; metaPathBeforeID:
// then its length),
// its format, encoding and date source by number (names "m"), its title
// and date, its hash (32 bytes when it is hex SHA-256, metaHashBytes,
// else a string), its rules fingerprint and jurisdiction by number, and
// its length in bytes (a signed varint). A name longer than metaNameMax
// is written out instead of numbered. The source is the key. (As JSON, compressed, it was
// 136 bytes of a one-line record's 2 KB; hex and fingerprints do not
// compress.)
const (
	metaPathIsSource = 1 << iota // path == source
	metaPathBeforeID             // source == path + "#" + an ID
	metaHashBytes                // hash is 64 lowercase hex digits, stored as 32 bytes
	nameMeta         = 'm'
)

func (t *txn) encodeMeta(b []byte, m *graph.DocMeta, source string) ([]byte, error) {
	return appendMeta(b, m, source, func(s string) (uint32, error) {
		if err := t.loadNames(); err != nil {
			return 0, err
		}
		if _, known := t.nameNum[string(nameMeta)+s]; !known && len(t.numName[nameMeta]) >= maxMetaNames {
			return 0, nil // the names table is for few values: write it out
		}
		return t.nameNumber(nameMeta, s, true)
	})
}

// maxMetaNames bounds how many metadata values get a number (every
// transaction reads the names table whole).
const maxMetaNames = 1 << 14

func (t *txn) decodeMeta(v []byte, source string) (*graph.DocMeta, error) {
	return parseMeta(v, source, func(n uint32) (string, error) { return t.nameOf(nameMeta, n) })
}

func appendMeta(b []byte, m *graph.DocMeta, source string, num func(string) (uint32, error)) ([]byte, error) {
	var flags byte
	switch {
	case m.Path == source:
		flags |= metaPathIsSource
	case len(source) > len(m.Path)+1 && source[len(m.Path)] == '#' && strings.HasPrefix(source, m.Path):
		flags |= metaPathBeforeID
	}
	hash, err := hex.DecodeString(m.Hash)
	if err == nil && len(hash) == sha256.Size && hex.EncodeToString(hash) == m.Hash {
		flags |= metaHashBytes
	}
	b = append(b, flags)
	switch {
	case flags&metaPathBeforeID != 0:
		b = binary.AppendUvarint(b, uint64(len(m.Path))) // an ID may hold a #
	case flags&metaPathIsSource == 0:
		b = appendString(b, m.Path)
	}
	// A name is its number times two (0 for none), or, when it is long
	// (a names key has bbolt's limit), its length times two plus one and
	// its bytes.
	name := func(s string) error {
		if len(s) > metaNameMax {
			b = binary.AppendUvarint(b, uint64(len(s))<<1|1)
			b = append(b, s...)
			return nil
		}
		n := uint32(0)
		if s != "" {
			var err error
			if n, err = num(s); err != nil {
				return err
			}
			if n == 0 { // no number for it
				b = binary.AppendUvarint(b, uint64(len(s))<<1|1)
				b = append(b, s...)
				return nil
			}
		}
		b = binary.AppendUvarint(b, uint64(n)<<1)
		return nil
	}
	for _, s := range []string{m.Format, m.Encoding, m.DateSource} {
		if err := name(s); err != nil {
			return nil, err
		}
	}
	b = appendString(appendString(b, m.Title), m.Date)
	if flags&metaHashBytes != 0 {
		b = append(b, hash...)
	} else {
		b = appendString(b, m.Hash)
	}
	for _, s := range []string{m.Rules, m.Jurisdiction} {
		if err := name(s); err != nil {
			return nil, err
		}
	}
	return binary.AppendVarint(b, int64(m.Bytes)), nil
}

// metaNameMax is the longest metadata name given a number; a longer one
// is written out.
const metaNameMax = 256

// errMeta is what parseMeta returns for bytes it cannot read.
var errMeta = errors.New("undecodable document metadata")

func parseMeta(v []byte, source string, nameOf func(uint32) (string, error)) (*graph.DocMeta, error) {
	if len(v) == 0 || v[0]&^(metaPathIsSource|metaPathBeforeID|metaHashBytes) != 0 || v[0]&metaPathIsSource != 0 && v[0]&metaPathBeforeID != 0 {
		return nil, errMeta
	}
	flags := v[0]
	r := &rowReader{s: string(v[1:])}
	m := &graph.DocMeta{Source: source}
	switch {
	case flags&metaPathIsSource != 0:
		m.Path = source
	case flags&metaPathBeforeID != 0:
		n := r.uvarint()
		if r.bad || n >= uint64(len(source)) || source[n] != '#' {
			return nil, errMeta
		}
		m.Path = source[:n]
	default:
		m.Path = r.str()
	}
	name := func() string {
		n := r.uvarint()
		if r.bad || n == 0 {
			return ""
		}
		if n&1 == 1 {
			if n>>1 > uint64(len(r.s)-r.i) {
				r.bad = true
				return ""
			}
			s := r.s[r.i : r.i+int(n>>1)]
			r.i += int(n >> 1)
			return s
		}
		if n>>1 > math.MaxUint32 {
			r.bad = true
			return ""
		}
		s, err := nameOf(uint32(n >> 1))
		if err != nil {
			r.bad = true
		}
		return s
	}
	m.Format, m.Encoding, m.DateSource = name(), name(), name()
	m.Title, m.Date = r.str(), r.str()
	if flags&metaHashBytes != 0 {
		if len(r.s)-r.i < sha256.Size {
			return nil, errMeta
		}
		m.Hash = hex.EncodeToString([]byte(r.s[r.i : r.i+sha256.Size]))
		r.i += sha256.Size
	} else {
		m.Hash = r.str()
	}
	m.Rules, m.Jurisdiction = name(), name()
	u := r.uvarint() // zig-zag, as binary.AppendVarint writes it
	n := int64(u>>1) ^ -int64(u&1)
	if r.bad || r.i != len(r.s) || n > math.MaxInt || n < math.MinInt {
		return nil, errMeta
	}
	m.Bytes = int(n)
	return m, nil
}
