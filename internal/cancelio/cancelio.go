// Package cancelio makes a blocking reader stop when a context ends.
//
// A read from a pipe that never delivers (a writer that hangs, a FIFO
// nobody opens) blocks in the kernel and cannot be interrupted; a read
// from /dev/zero never blocks but never ends. Reader returns the context's
// error from the first Read after the context is done, at once, in both
// cases: the blocked read is left behind in its goroutine (the process is
// about to finish its work and exit).
package cancelio

import (
	"context"
	"io"
)

type result struct {
	n   int
	err error
}

type reader struct {
	ctx  context.Context
	r    io.Reader
	buf  []byte
	left []byte      // read but not yet returned
	res  chan result // a read in flight into buf, or nil
}

// Reader returns a reader of r that gives up when ctx is done.
func Reader(ctx context.Context, r io.Reader) io.Reader {
	return &reader{ctx: ctx, r: r}
}

func (c *reader) Read(p []byte) (int, error) {
	if len(c.left) > 0 {
		n := copy(p, c.left)
		c.left = c.left[n:]
		return n, nil
	}
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	if len(p) == 0 {
		return 0, nil
	}
	if c.res == nil {
		if cap(c.buf) < len(p) {
			c.buf = make([]byte, len(p))
		}
		buf := c.buf[:len(p)]
		res := make(chan result, 1)
		c.res = res
		go func() {
			n, err := c.r.Read(buf)
			res <- result{n, err}
		}()
	}
	select {
	case r := <-c.res:
		c.res = nil
		n := copy(p, c.buf[:r.n])
		c.left = c.buf[n:r.n]
		return n, r.err
	case <-c.ctx.Done():
		// The read in flight owns c.buf now: never reuse it.
		c.buf = nil
		return 0, c.ctx.Err()
	}
}
