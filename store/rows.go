package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"slices"

	"github.com/policygraph/policygraph/graph"
)

// Target rows (buckets target_rows and target_regions, schema version 4).
//
// `query targets --region 山东省` lists every target that applies to the
// province and its divisions, each with its region, plan, agency and
// documents. Walking the graph for that takes a dozen look-ups a target
// (the target, its edges, the nodes at their ends, the edges of its
// documents and their nodes): half a second for the 19,000 targets of
// 山东省 in a database of 16 copies of the corpus. The store keeps each
// target's row, as graph.TargetRowOf makes it, under its region's number
// and its own (region 0: none), so that the rows of a region are one run
// of keys, read in one scan from a few pages; target_regions holds the
// region number of each target's row, to find the row again.
//
// A row depends on the target's edges and on the documents that mention
// it, and every such edge is stated by a record that holds the target.
// So a writing transaction marks the targets of every record it links and
// every node of a record it unlinks, and, when a record restates a node
// otherwise (another name or kind), that node and every node linked to it
// (putNode, markLinked). Before it commits it makes the rows of the marked
// nodes that are targets by their stored kind again from what it stored
// (refreshTargetRows); a marked node that is no target loses its row.

// markTarget notes a node number whose row, if it is a target, the
// transaction makes again before it commits.
func (t *txn) markTarget(num uint32) {
	if t.dirty == nil {
		t.dirty = map[uint32]bool{}
	}
	t.dirty[num] = true
}

// markLinked marks the nodes linked to node num by an edge either way:
// the targets among them show its name in their rows. Edges this
// transaction added are not seen, and need not be: the records that state
// them hold their targets, which link marked.
func (t *txn) markLinked(num uint32) error {
	if t.targetRows.b == nil {
		return nil
	}
	mark := func(k, _ []byte) error {
		if len(k) != 10 {
			return damaged(t.db.path, "edge key %x", k)
		}
		t.markTarget(binary.BigEndian.Uint32(k[6:]))
		return nil
	}
	if err := t.in.scan(num4(num), mark); err != nil {
		return err
	}
	if err := t.edges.scan(num4(num), mark); err != nil {
		return err
	}
	// A document's mentions that node_docs keep (a node's are in its
	// node_docs keys, and documents are no targets).
	id, err := t.nodeID(num)
	if err != nil || id.Kind() != graph.Document {
		return err
	}
	// A document being put for the first time has no record yet (the
	// record that states its node otherwise may be another's): link
	// marks the targets of the record it writes.
	src, err := t.sourceNum(id.Key())
	if err != nil || src == 0 || !t.records.has(num4(src)) {
		return err
	}
	return t.mentionedBy(id.Key(), func(to uint32) error { t.markTarget(to); return nil })
}

// refreshTargetRows makes the rows of the targets the transaction marked,
// from what it stored; flush must have run.
func (t *txn) refreshTargetRows() error {
	if len(t.dirty) == 0 || t.targetRows.b == nil {
		return nil
	}
	nums := make([]uint32, 0, len(t.dirty))
	for n := range t.dirty {
		nums = append(nums, n)
	}
	slices.Sort(nums)
	clear(t.dirty)
	v := &view{t: t, nodes: map[graph.ID]*graph.Node{}}
	var buf []byte
	for _, num := range nums {
		k := num4(num)
		old, err := t.targetRegions.get(k)
		if err != nil {
			return err
		}
		if old != nil && len(old) != 4 {
			return damaged(t.db.path, "target %d: region number %x", num, old)
		}
		id, ok, err := t.storedNodeID(num)
		if err != nil {
			return err
		}
		var n *graph.Node
		if ok {
			if n = v.Node(id); v.err != nil {
				return v.err
			}
			if n == nil {
				return damaged(t.db.path, "node number %d names %s, which is not in nodes", num, clip(string(id), 200))
			}
		}
		// A number freed in this transaction may name another node now;
		// a target is a node of kind target, whatever its ID.
		if n == nil || n.Kind != graph.Target {
			if old != nil {
				if err := t.targetRows.del(append(slices.Clone(old), k...)); err != nil {
					return err
				}
				if err := t.targetRegions.del(k); err != nil {
					return err
				}
			}
			continue
		}
		row, rk, err := t.makeRow(v, n, num)
		if err != nil {
			return err
		}
		if old != nil && !bytes.Equal(old, rk[:4]) {
			if err := t.targetRows.del(append(slices.Clone(old), k...)); err != nil {
				return err
			}
		}
		buf = encodeTargetRow(buf[:0], &row)
		if err := t.targetRows.put(rk, buf); err != nil {
			return err
		}
		if err := t.targetRegions.put(k, rk[:4]); err != nil {
			return err
		}
	}
	return nil
}

// makeRow makes the row of target n (number num) through view v, and its
// key.
func (t *txn) makeRow(v *view, n *graph.Node, num uint32) (graph.TargetRow, []byte, error) {
	row, region := graph.TargetRowOf(v, n)
	if v.err != nil {
		return row, nil, v.err
	}
	rk, err := t.rowKey(region, num)
	return row, rk, err
}

// rowKey is the key of the row of target num whose region is region.
func (t *txn) rowKey(region graph.ID, num uint32) ([]byte, error) {
	var rnum uint32
	if region != "" {
		var err error
		if rnum, err = t.nodeNum(region); err != nil {
			return nil, err
		}
	}
	return binary.BigEndian.AppendUint32(num4(rnum), num), nil
}

// checkTargetRows verifies that the rows are those of the stored targets,
// as refreshTargetRows would make them.
func (t *txn) checkTargetRows() error {
	if !t.hasRows {
		return nil
	}
	v := &view{t: t, nodes: map[graph.ID]*graph.Node{}}
	targets := 0
	err := t.eachTarget(func(k []byte, num uint32, n *graph.Node) error {
		targets++
		row, rk, err := t.makeRow(v, n, num)
		if err != nil {
			return err
		}
		if r, err := t.targetRegions.get(num4(num)); err != nil {
			return err
		} else if !bytes.Equal(r, rk[:4]) {
			return fmt.Errorf("target %s: its row is kept under region number %x, not %x", clip(string(k), 200), r, rk[:4])
		}
		got, err := t.targetRows.get(rk)
		if err != nil {
			return err
		}
		if want := encodeTargetRow(nil, &row); string(got) != string(want) {
			return fmt.Errorf("target %s: its row is not what its edges and documents make", clip(string(k), 200))
		}
		return nil
	})
	if err != nil {
		return err
	}
	if t.targetRows.count() != targets || t.targetRegions.count() != targets {
		return fmt.Errorf("%d target rows and %d target regions for %d targets", t.targetRows.count(), t.targetRegions.count(), targets)
	}
	return nil
}

// eachTarget calls fn with every node of kind target (whatever its ID),
// its number and the node.
func (t *txn) eachTarget(fn func(k []byte, num uint32, n *graph.Node) error) error {
	return t.nodes.forEach(func(k, val []byte) error {
		num, enc, err := t.nodeValue(k, val)
		if err != nil {
			return err
		}
		n, err := t.decodeNode(k, enc)
		if err != nil {
			return damaged(t.db.path, "node %s: %v", clip(string(k), 200), err)
		}
		if n.Kind != graph.Target {
			return nil
		}
		return fn(k, num, n)
	})
}

// TargetRows implements graph.TargetRowReader.
func (v *view) TargetRows(regions []graph.ID, fn func(row *graph.TargetRow, region graph.ID)) bool {
	t := v.t
	if !t.hasRows {
		return false
	}
	var row graph.TargetRow
	emit := func(k, val []byte) error {
		if len(k) != 8 {
			return damaged(t.db.path, "target row key %x", k)
		}
		if err := decodeTargetRow(val, &row); err != nil {
			return damaged(t.db.path, "target row %x: %v", k, err)
		}
		// The key names the region and the target.
		var region graph.ID
		if rnum := binary.BigEndian.Uint32(k); rnum != 0 {
			var err error
			if region, err = t.nodeID(rnum); err != nil {
				return err
			}
		}
		id, err := t.nodeID(binary.BigEndian.Uint32(k[4:]))
		if err != nil {
			return err
		}
		row.ID = id
		fn(&row, region)
		return nil
	}
	if len(regions) == 0 {
		if err := t.targetRows.forEach(emit); err != nil {
			v.fail(err)
		}
		return true
	}
	seen := map[uint32]bool{}
	for _, r := range regions {
		rnum := v.num(r)
		if rnum == 0 || seen[rnum] {
			continue
		}
		seen[rnum] = true
		if err := t.targetRows.scan(num4(rnum), emit); err != nil {
			v.fail(err)
			return true
		}
	}
	return true
}

var _ graph.TargetRowReader = (*view)(nil)

// encodeTargetRow appends a row: its strings, year, value and maximum,
// and its documents. The target's ID and its region's are not: the key
// holds their numbers (the IDs of targets spell their documents' paths,
// and were half of a row).
func encodeTargetRow(b []byte, r *graph.TargetRow) []byte {
	for _, s := range []string{r.Region, r.Metric, r.Indicator, r.Qualifier, r.Unit, r.Plan, r.Agency, r.Text} {
		b = appendString(b, s)
	}
	b = binary.AppendVarint(b, int64(r.Year))
	b = binary.BigEndian.AppendUint64(b, math.Float64bits(r.Value))
	if r.ValueMax != nil {
		b = append(b, 1)
		b = binary.BigEndian.AppendUint64(b, math.Float64bits(*r.ValueMax))
	} else {
		b = append(b, 0)
	}
	b = binary.AppendUvarint(b, uint64(len(r.Documents)))
	for _, d := range r.Documents {
		b = appendString(b, d)
	}
	return b
}

// rowReader reads what encodeTargetRow wrote; the first fault sticks.
// Its strings are slices of one copy of the value: a row is a dozen
// strings, and a copy each was a third of reading rows.
type rowReader struct {
	s   string // the value, copied once
	i   int
	bad bool
}

func (r *rowReader) uvarint() uint64 {
	var n uint64
	for shift := uint(0); r.i < len(r.s) && shift < 64; shift += 7 {
		c := r.s[r.i]
		r.i++
		n |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return n
		}
	}
	r.bad = true
	return 0
}

func (r *rowReader) str() string {
	n := r.uvarint()
	if r.bad || n > uint64(len(r.s)-r.i) {
		r.bad = true
		return ""
	}
	s := r.s[r.i : r.i+int(n)]
	r.i += int(n)
	return s
}

func (r *rowReader) float() float64 {
	if len(r.s)-r.i < 8 {
		r.bad = true
		return 0
	}
	f := math.Float64frombits(binary.BigEndian.Uint64([]byte(r.s[r.i : r.i+8])))
	r.i += 8
	return f
}

func (r *rowReader) byte() byte {
	if r.i >= len(r.s) {
		r.bad = true
		return 0
	}
	r.i++
	return r.s[r.i-1]
}

// decodeTargetRow fills row, all but its ID, from a stored row.
func decodeTargetRow(b []byte, row *graph.TargetRow) error {
	r := &rowReader{s: string(b)}
	*row = graph.TargetRow{Region: r.str(), Metric: r.str(), Indicator: r.str(),
		Qualifier: r.str(), Unit: r.str(), Plan: r.str(), Agency: r.str(), Text: r.str()}
	u := r.uvarint() // the year, zig-zag as binary.AppendVarint writes it
	row.Year = int(int64(u>>1) ^ -int64(u&1))
	row.Value = r.float()
	switch f := r.byte(); f {
	case 0:
	case 1:
		m := r.float()
		row.ValueMax = &m
	default:
		r.bad = true
	}
	n := r.uvarint()
	if n > uint64(len(r.s)-r.i) {
		r.bad = true
	}
	if !r.bad && n > 0 {
		row.Documents = make([]string, 0, n)
		for i := uint64(0); i < n && !r.bad; i++ {
			row.Documents = append(row.Documents, r.str())
		}
	}
	if r.bad || r.i != len(r.s) {
		return fmt.Errorf("bad encoding")
	}
	return nil
}
