//go:build unix

package cancelio

import (
	"os"
	"syscall"
)

// unblockFIFO opens the FIFO at path for writing without blocking, which
// completes an open for reading that waits on it; it returns how to close
// it again, or nil when no reader waits.
func unblockFIFO(path string) func() {
	w, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil
	}
	return func() { w.Close() }
}
