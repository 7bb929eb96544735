package store

import (
	"bytes"
	"fmt"
	"slices"
)

// deferred holds the new keys a transaction puts into one of the buckets
// of evidence and reverse edges (node_docs, edge_docs, in) until flush
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
	idx  map[[maxDeferredKey]byte]int // key → index in ents
}

const maxDeferredKey = 14 // edge_docs keys; node_docs 8, in 10

type deferredEnt struct {
	k [maxDeferredKey]byte
	v []byte // unsealed
}

// reuse returns d (a new deferred if d is nil), emptied, for bucket b of
// a new transaction.
func (d *deferred) reuse(b bk, klen int) *deferred {
	if d == nil {
		return &deferred{b: b, klen: klen}
	}
	if cap(d.ents) > 1<<16 { // a huge batch's buffers are not kept
		d.ents, d.idx = nil, nil
	}
	clear(d.ents) // a rolled-back transaction's
	d.b, d.klen, d.ents = b, klen, d.ents[:0]
	clear(d.idx)
	return d
}

func (d *deferred) key(k []byte) ([maxDeferredKey]byte, error) {
	var a [maxDeferredKey]byte
	if len(k) != d.klen {
		return a, fmt.Errorf("bucket %s: key %x is not %d bytes", d.b.name, k, d.klen)
	}
	copy(a[:], k)
	return a, nil
}

// putNew is bk.putNew, deferred: k must be in neither the bucket nor d,
// or be in d already (then its value is replaced).
func (d *deferred) putNew(k, v []byte) error {
	a, err := d.key(k)
	if err != nil {
		return err
	}
	if d.idx == nil {
		d.idx = map[[maxDeferredKey]byte]int{}
	}
	if i, ok := d.idx[a]; ok {
		d.ents[i].v = v
		return nil
	}
	d.idx[a] = len(d.ents)
	d.ents = append(d.ents, deferredEnt{k: a, v: v})
	return nil
}

// put is bk.put of a key that may be in d or in the bucket.
func (d *deferred) put(k, v []byte) error {
	a, err := d.key(k)
	if err != nil {
		return err
	}
	if i, ok := d.idx[a]; ok {
		d.ents[i].v = v
		return nil
	}
	return d.b.put(k, v)
}

// flush writes the deferred keys in key order.
func (d *deferred) flush() error {
	if len(d.ents) == 0 {
		return nil
	}
	slices.SortFunc(d.ents, func(a, b deferredEnt) int { return bytes.Compare(a.k[:], b.k[:]) })
	if err := d.b.b.SetSequence(d.b.b.Sequence() + uint64(len(d.ents))); err != nil {
		return err
	}
	for i := range d.ents {
		e := &d.ents[i]
		k := e.k[:d.klen]
		if err := d.b.b.Put(k, seal(d.b.name, k, e.v)); err != nil {
			return err
		}
	}
	clear(d.ents) // let the values go
	d.ents = d.ents[:0]
	clear(d.idx)
	return nil
}
