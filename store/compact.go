package store

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
)

// CompactResult says what Compact did.
type CompactResult struct {
	Before, After int64 // file sizes in bytes
}

// Compact rewrites the database at path into a new file with every page
// full and no free pages, and renames it over the old one. It holds the
// database as its writer throughout (no other writer or reader can be
// open), and refuses a database that fails Check: compacting would carry
// the damage over. On any error the old file is left as it was.
func Compact(path string) (CompactResult, error) {
	var res CompactResult
	db, err := Open(path, Options{Timeout: 5 * time.Second})
	if err != nil {
		return res, err
	}
	defer func() {
		if db != nil {
			db.Close()
		}
	}()
	if err := db.Check(); err != nil {
		return res, fmt.Errorf("compact %s: %w", path, err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		return res, err
	}
	res.Before = fi.Size()
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".compact-*")
	if err != nil {
		return res, fmt.Errorf("compact %s: %w", path, err)
	}
	tmpPath := tmp.Name()
	tmp.Close()
	ok := false
	defer func() {
		if !ok {
			os.Remove(tmpPath)
		}
	}()
	dst, err := bolt.Open(tmpPath, fi.Mode().Perm(), &bolt.Options{NoSync: true})
	if err == nil {
		dst.AllocSize = allocSize
	}
	if err != nil {
		return res, fmt.Errorf("compact %s: %w", path, err)
	}
	err = db.with(false, func(*bolt.Tx) error {
		return bolt.Compact(dst, db.bdb, 64<<20)
	})
	if err == nil {
		// The copy is not open for writing: it carries no writer marker.
		err = dst.Update(func(tx *bolt.Tx) error { return tx.Bucket(bMeta).Delete(keyWriter) })
	}
	if err == nil {
		err = dst.Sync()
	}
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return res, fmt.Errorf("compact %s: %w", path, err)
	}
	if err := os.Rename(tmpPath, path); err != nil {
		return res, fmt.Errorf("compact %s: %w", path, err)
	}
	ok = true
	// The old file is gone: close it without touching it.
	db.writer = false
	db.Close()
	db = nil
	if fi, err := os.Stat(path); err == nil {
		res.After = fi.Size()
	}
	if d, err := os.Open(filepath.Dir(path)); err == nil {
		d.Sync()
		d.Close()
	}
	return res, nil
}
