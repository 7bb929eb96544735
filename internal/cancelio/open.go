package cancelio

import (
	"context"
	"os"
	"time"
)

// openGrace is how long Open still waits, after its context ended, for an
// open that a writer has already released.
const openGrace = 100 * time.Millisecond

// Open opens path for reading, like os.Open, but gives up when ctx ends
// while the open blocks: opening a FIFO waits for a writer, and a FIFO
// nobody writes to would hold a run past its interrupt. Any other file is
// opened at once. An abandoned open is released (unblockFIFO) or left to
// the exiting process.
func Open(ctx context.Context, path string) (*os.File, error) {
	st, err := os.Stat(path)
	if err != nil || st.Mode()&os.ModeNamedPipe == 0 {
		return os.Open(path)
	}
	type opened struct {
		f   *os.File
		err error
	}
	ch := make(chan opened, 1)
	go func() {
		f, err := os.Open(path)
		ch <- opened{f, err}
	}()
	select {
	case o := <-ch:
		return o.f, o.err
	case <-ctx.Done():
	}
	// A writer that came just before the interrupt has ended the wait in
	// the kernel, but the opening goroutine may not have run since: give
	// it a moment, so that a document whose writer is there is read (it is
	// in flight) rather than dropped.
	select {
	case o := <-ch:
		return o.f, o.err
	case <-time.After(openGrace):
	}
	// Let the blocked open return by being its writer for a moment.
	if release := unblockFIFO(path); release != nil {
		select {
		case o := <-ch:
			if o.f != nil {
				o.f.Close()
			}
		case <-time.After(100 * time.Millisecond):
		}
		release()
	}
	return nil, ctx.Err()
}
