//go:build unix

package store

import (
	"errors"
	"os"
	"sync"
	"syscall"
	"time"
)

// waitShared takes a shared lock on the file at path, waiting at most
// timeout, and returns the function that drops it. bbolt tries its lock
// every 50 ms; a releasing writer that commits back to back leaves gaps
// a poll can miss (the more so on a loaded machine). A blocking flock is
// woken by the kernel the moment the writer closes the file, and once it
// is held no writer can get in, so bbolt's own shared lock then succeeds
// at once. ok is false when the lock was not had in time; a file that
// cannot be opened is left for bbolt to report.
func waitShared(path string, timeout time.Duration) (release func(), ok bool) {
	f, err := os.Open(path)
	if err != nil {
		return func() {}, true
	}
	fd := int(f.Fd())
	var mu sync.Mutex
	gaveUp := false
	done := make(chan error, 1)
	go func() {
		err := syscall.Flock(fd, syscall.LOCK_SH)
		mu.Lock()
		defer mu.Unlock()
		if gaveUp {
			f.Close() // drops the lock, if it came
			return
		}
		done <- err
	}()
	unlock := func() { f.Close() }
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case err := <-done:
		if err != nil {
			f.Close()
			return func() {}, true // no flock here: let bbolt try
		}
		return unlock, true
	case <-t.C:
		mu.Lock()
		defer mu.Unlock()
		select {
		case err := <-done:
			if err != nil {
				f.Close()
				return func() {}, true
			}
			return unlock, true
		default:
			gaveUp = true
			return nil, false
		}
	}
}

// processAlive reports whether a process with this id runs.
func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
