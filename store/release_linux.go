package store

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"syscall"
)

// release drops the database file's pages from the process's resident
// set. bbolt reads through a shared, read-only memory map and writes with
// pwrite, so the pages a transaction read stay mapped and count towards
// the process's RSS until unmapped: over a long extract every page of a
// growing file is touched, and RSS grew with the corpus. MADV_DONTNEED on
// a shared file mapping only unmaps them; the kernel keeps them in its page
// cache, and the next read faults them back in.
//
// The range is the mapping's own, read from /proc/self/maps: bbolt grows
// the file ahead of its map, so the file's size could reach past the map
// into memory that is not the file's. Anything unexpected and nothing is
// done: this only saves memory.
func (db *DB) release() { db.releaser()() }

// releaser returns a func that releases the pages of the mapping as it is
// now, for a reader that releases often within one transaction (the map
// does not change while a transaction is open).
func (db *DB) releaser() func() {
	info := db.bdb.Info()
	if info == nil || info.Data == 0 {
		return func() {}
	}
	end, ok := mappingEnd(info.Data)
	if !ok || end <= info.Data {
		return func() {}
	}
	return func() {
		syscall.Syscall(syscall.SYS_MADVISE, info.Data, end-info.Data, syscall.MADV_DONTNEED) //nolint:errcheck
	}
}

// mappingEnd returns the end of the memory mapping that starts at start,
// from /proc/self/maps ("start-end perms offset dev inode path" per line).
func mappingEnd(start uintptr) (uintptr, bool) {
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return 0, false
	}
	defer f.Close()
	want := []byte(strconv.FormatUint(uint64(start), 16) + "-")
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Bytes()
		if !bytes.HasPrefix(line, want) {
			continue
		}
		rest := line[len(want):]
		if i := bytes.IndexByte(rest, ' '); i > 0 {
			rest = rest[:i]
		}
		e, err := strconv.ParseUint(string(rest), 16, 64)
		if err != nil {
			return 0, false
		}
		return uintptr(e), true
	}
	return 0, false
}
