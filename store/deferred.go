package store

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
)

// deferred holds the keys a transaction puts into one of the buckets of
// evidence and reverse edges (node_docs, edge_docs, in) until flush
// writes them in key order.
//
// Those keys land all over their bucket (a document's evidence key
// starts with the node's number, its reverse-edge key with the number of
// the region it mentions), and bbolt splits a leaf only at commit: within
// a transaction of hundreds of documents a leaf that many of them touch
// grows to hundreds of entries, and every key put into its middle moved
// the entries behind it (most of a cold extract's time in bbolt's Put).
// Put in key order, a key never lands before one this transaction put.
//
// Only link writes through it. Everything that reads these buckets in a
// writing transaction (unlink) runs after a flush, and the transaction
// flushes before it commits.
type deferred struct {
	b    bk
	klen int // the bucket's keys are all this long
	ents []deferredEnt
}

const maxDeferredKey = 14 // edge_docs keys; node_docs 8, in 10

type deferredEnt struct {
	k     [maxDeferredKey]byte
	seq   int32 // order of the puts: the last put of a key wins
	added bool  // putNew: the key was in neither the bucket nor d
	v     []byte
}

// reuse returns d (a new deferred if d is nil), emptied, for bucket b of
// a new transaction.
func (d *deferred) reuse(b bk, klen int) *deferred {
	if d == nil {
		return &deferred{b: b, klen: klen}
	}
	if cap(d.ents) > 1<<16 { // a huge batch's buffers are not kept
		d.ents = nil
	}
	clear(d.ents) // a rolled-back transaction's
	d.b, d.klen, d.ents = b, klen, d.ents[:0]
	return d
}

func (d *deferred) add(k, v []byte, added bool) error {
	if len(k) != d.klen {
		return fmt.Errorf("bucket %s: key %x is not %d bytes", d.b.name, k, d.klen)
	}
	e := deferredEnt{seq: int32(len(d.ents)), added: added, v: v}
	copy(e.k[:], k)
	d.ents = append(d.ents, e)
	return nil
}

// putNew is bk.putNew, deferred: k must be in neither the bucket nor d.
func (d *deferred) putNew(k, v []byte) error { return d.add(k, v, true) }

// replace stores v under a key that the bucket holds, or that d does.
func (d *deferred) replace(k, v []byte) error { return d.add(k, v, false) }

// flush writes the deferred keys in key order: of a key put more than
// once, the last value, and counted once if one of its puts added it.
func (d *deferred) flush() error {
	if len(d.ents) == 0 {
		return nil
	}
	slices.SortFunc(d.ents, func(a, b deferredEnt) int {
		if c := bytes.Compare(a.k[:], b.k[:]); c != 0 {
			return c
		}
		return cmp.Compare(a.seq, b.seq)
	})
	added := 0
	for i := 0; i < len(d.ents); {
		e, isNew := &d.ents[i], d.ents[i].added
		for i++; i < len(d.ents) && d.ents[i].k == e.k; i++ {
			e, isNew = &d.ents[i], isNew || d.ents[i].added
		}
		if isNew {
			added++
		}
		k := e.k[:d.klen]
		if err := d.b.b.Put(k, seal(d.b.name, k, e.v)); err != nil {
			return err
		}
	}
	if err := d.b.b.SetSequence(d.b.b.Sequence() + uint64(added)); err != nil {
		return err
	}
	clear(d.ents) // let the values go
	d.ents = d.ents[:0]
	return nil
}
