//go:build !linux

package store

// release is a no-op where MADV_DONTNEED does not simply unmap file pages.
func (db *DB) release() {}

func (db *DB) releaser() func() { return func() {} }
