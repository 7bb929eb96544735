package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"runtime"

	bolt "go.etcd.io/bbolt"
)

// ErrDamaged is wrapped by every error that comes from a database file
// whose contents are not what policygraph wrote: a checksum that does not
// match, a truncated file, a bucket or key that is missing or miscounted,
// a page bbolt cannot read (a memory fault or a bbolt panic, recovered).
var ErrDamaged = errors.New("database damaged")

// damaged returns an error wrapping ErrDamaged that tells what to do.
func damaged(path string, format string, args ...any) error {
	return fmt.Errorf("%w: %s (run `policygraph db check --db %s`; restore the file from a backup, or re-run extract into a new database)",
		ErrDamaged, fmt.Sprintf(format, args...), path)
}

// Every value but meta's is sealed: its first four bytes are the CRC-32C
// (Castagnoli) of the bucket name, the key and the rest of the value, so a
// flipped bit in a key or a value, or a page read as part of the wrong
// bucket, is an error instead of different data.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

func checksum(bucket, k, v []byte) uint32 {
	c := crc32.Update(0, castagnoli, bucket)
	c = crc32.Update(c, castagnoli, []byte{0})
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(k)))
	c = crc32.Update(c, castagnoli, n[:])
	c = crc32.Update(c, castagnoli, k)
	return crc32.Update(c, castagnoli, v)
}

func seal(bucket, k, v []byte) []byte {
	out := make([]byte, 4, 4+len(v))
	binary.BigEndian.PutUint32(out, checksum(bucket, k, v))
	return append(out, v...)
}

// errChecksum is what unseal returns; callers wrap it with damaged.
var errChecksum = errors.New("checksum mismatch")

func unseal(bucket, k, sv []byte) ([]byte, error) {
	if len(sv) < 4 {
		return nil, fmt.Errorf("bucket %s key %q: value of %d bytes: %w", bucket, clip(string(k), 80), len(sv), errChecksum)
	}
	v := sv[4:]
	if binary.BigEndian.Uint32(sv) != checksum(bucket, k, v) {
		return nil, fmt.Errorf("bucket %s key %q: %w", bucket, clip(string(k), 80), errChecksum)
	}
	return v, nil
}

// bk is a bucket whose values are sealed and whose bbolt sequence number
// is its number of keys, so a walk of the whole bucket can tell that keys
// went missing (a damaged branch page) from a real deletion.
type bk struct {
	b    *bolt.Bucket
	name []byte
	path string // the database, for errors
	// cur serves get. bbolt's Get makes a new cursor, whose stack of
	// pages grows from nothing, for every key; a query reads tens of
	// thousands. A cursor is repositioned by each Seek, also after a Put.
	cur *bolt.Cursor
}

// fillPercent is how full bbolt fills a page before it splits one (its
// default is half): keys mostly arrive in order within a file, and pages
// split at half full stay half empty.
const fillPercent = 0.9

// appendOrder reports whether bucket name is keyed by a number that
// extraction gives in increasing order (a new document's or node's), so
// that its keys arrive at the end and a page it splits is full: filled
// to the brim, the whole corpus's database is 2% smaller (53.5 and 53.9
// MB in two runs, against 54.5 and 55.0 MB).
func appendOrder(name []byte) bool {
	switch string(name) {
	case string(bSources), string(bRecords), string(bTexts), string(bNodeIDs), string(bRowRegions):
		return true
	}
	return false
}

func bucket(tx *bolt.Tx, name []byte, path string) bk {
	b := tx.Bucket(name)
	if b == nil {
		panic(damaged(path, "bucket %s is missing", name)) // checked on Open; recovered by guard
	}
	if tx.Writable() {
		b.FillPercent = fillPercent
		if appendOrder(name) {
			b.FillPercent = 1
		}
	}
	return bk{b: b, name: name, path: path, cur: b.Cursor()}
}

func (b bk) open(k, sv []byte) ([]byte, error) {
	v, err := unseal(b.name, k, sv)
	if err != nil {
		return nil, damaged(b.path, "%v", err)
	}
	return v, nil
}

// get returns the value of k (nil, nil when there is none); it is valid
// only inside the transaction.
func (b bk) get(k []byte) ([]byte, error) {
	found, sv := b.cur.Seek(k)
	if sv == nil || !bytes.Equal(found, k) {
		return nil, nil
	}
	return b.open(k, sv)
}

// has reports whether b holds k (Get cannot tell an empty value from none).
func (b bk) has(k []byte) bool {
	found, _ := b.cur.Seek(k)
	return found != nil && bytes.Equal(found, k)
}

// put stores v under k. A value equal to the stored one is not written
// again: a put dirties the page and bbolt copies it at commit, and most
// puts of a corpus rewrite what other documents stored already (the node
// 北京市, the edge 杭州市 part_of 浙江省).
func (b bk) put(k, v []byte) error {
	_, _, err := b.putChanged(k, v)
	return err
}

// putChanged is put, and reports whether it wrote (false: b held v) and
// whether k is new.
func (b bk) putChanged(k, v []byte) (wrote, added bool, err error) {
	return b.putChangedSealed(k, seal(b.name, k, v))
}

// sealRoom is the room a value built in place (putSealed, putNewSealed)
// leaves before it for its checksum: such a value starts as
// make([]byte, sealRoom, sealRoom+n), and seals without a copy.
const sealRoom = 4

// sealInPlace writes the checksum of k and sv[sealRoom:] into sv's first
// bytes.
func (b bk) sealInPlace(k, sv []byte) []byte {
	binary.BigEndian.PutUint32(sv, checksum(b.name, k, sv[sealRoom:]))
	return sv
}

// putSealed is put of a value built in place after sealRoom bytes.
func (b bk) putSealed(k, sv []byte) error {
	_, _, err := b.putChangedSealed(k, b.sealInPlace(k, sv))
	return err
}

// putNewSealed is putNew of a value built in place after sealRoom bytes.
func (b bk) putNewSealed(k, sv []byte) error {
	if err := b.b.SetSequence(b.b.Sequence() + 1); err != nil {
		return err
	}
	return b.b.Put(k, b.sealInPlace(k, sv))
}

func (b bk) putChangedSealed(k, sealed []byte) (wrote, added bool, err error) {
	found, old := b.b.Cursor().Seek(k)
	if found != nil && bytes.Equal(found, k) {
		if bytes.Equal(old, sealed) {
			return false, false, nil
		}
	} else {
		if err := b.b.SetSequence(b.b.Sequence() + 1); err != nil {
			return false, false, err
		}
		added = true
	}
	return true, added, b.b.Put(k, sealed)
}

// putNew stores v under a key b does not hold: a new number, or a key
// that holds a number just given. It saves put's look-up, a third of the
// time of a put; a key that was there would leave the bucket's count one
// too high, which Check reports as damage.
func (b bk) putNew(k, v []byte) error {
	if err := b.b.SetSequence(b.b.Sequence() + 1); err != nil {
		return err
	}
	return b.b.Put(k, seal(b.name, k, v))
}

// replace stores v under a key b holds with another value: it saves
// put's look-up and comparison. A key that was not there would leave the
// bucket's count one too low, which Check reports as damage.
func (b bk) replace(k, v []byte) error {
	return b.b.Put(k, seal(b.name, k, v))
}

func (b bk) del(k []byte) error {
	if !b.has(k) {
		return nil
	}
	if err := b.b.SetSequence(b.b.Sequence() - 1); err != nil {
		return err
	}
	return b.b.Delete(k)
}

// count is the bucket's number of keys, as kept.
func (b bk) count() int { return int(b.b.Sequence()) }

// forEach calls fn with every key and its checked value, and fails if
// the bucket holds another number of keys than it counts.
func (b bk) forEach(fn func(k, v []byte) error) error {
	n := 0
	c := b.b.Cursor()
	for k, sv := c.First(); k != nil; k, sv = c.Next() {
		n++
		if uint64(n) > b.b.Sequence() {
			// More keys than the bucket holds: a damaged page that leads
			// back into the tree would make this walk go on forever.
			return damaged(b.path, "bucket %s holds more keys than its count of %d", b.name, b.b.Sequence())
		}
		v, err := b.open(k, sv)
		if err != nil {
			return err
		}
		if err := fn(k, v); err != nil {
			return err
		}
	}
	if uint64(n) != b.b.Sequence() {
		return damaged(b.path, "bucket %s holds %d keys but counts %d", b.name, n, b.b.Sequence())
	}
	return nil
}

// scan calls fn with every key that starts with prefix and its checked
// value, until fn returns false.
func (b bk) scan(prefix []byte, fn func(k, v []byte) error) error {
	c := b.b.Cursor()
	n := uint64(0)
	for k, sv := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, sv = c.Next() {
		if n++; n > b.b.Sequence() {
			return damaged(b.path, "bucket %s holds more keys than its count of %d", b.name, b.b.Sequence())
		}
		v, err := b.open(k, sv)
		if err != nil {
			return err
		}
		if err := fn(k, v); err != nil {
			return err
		}
	}
	return nil
}

// hasPrefix reports whether any key starts with p.
func (b bk) hasPrefix(p []byte) bool {
	k, _ := b.b.Cursor().Seek(p)
	return k != nil && bytes.HasPrefix(k, p)
}

// recoverDamage turns a panic while reading the database file — a memory
// fault on a page of the mapped file that is not there (a truncated
// file; SetPanicOnFault makes it a panic), or bbolt's own panics on pages
// it cannot make sense of — into an error wrapping ErrDamaged. It must be
// deferred directly.
func recoverDamage(path string, err *error) {
	p := recover()
	if p == nil {
		return
	}
	if e, ok := p.(error); ok && errors.Is(e, ErrDamaged) {
		*err = e
		return
	}
	if re, ok := p.(runtime.Error); ok {
		if f, ok := re.(interface{ Addr() uintptr }); ok {
			*err = damaged(path, "memory fault reading the file at %#x (%v)", f.Addr(), re)
			return
		}
	}
	*err = damaged(path, "%v", p)
}
