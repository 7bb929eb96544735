package serve

import (
	"context"
	"sync"
	"time"
)

// gate keeps the database free of the server's locks for a while now and
// then, however busy the server is, so that a writer gets in.
//
// Every request holds a shared file lock while it reads. bbolt's writer
// asks for the exclusive lock every 50 ms and gives up after a second
// (policygraph extract's wait). Overlapping requests could hold a shared
// lock without a break for longer than that and keep extract out. So once
// handles have been open without a break for busy, new requests wait until
// the open ones close and then quiet longer: the writer's next try falls
// inside the quiet time. A request in flight is never cut short.
type gate struct {
	busy, quiet time.Duration

	mu        sync.Mutex
	open      int           // handles open now
	busySince time.Time     // when open last went from 0 to 1
	draining  chan struct{} // non-nil while new requests wait; closed when they may go
}

func newGate(busy, quiet time.Duration) *gate {
	return &gate{busy: busy, quiet: quiet}
}

// enter waits until a request may open the database.
func (g *gate) enter(ctx context.Context) error {
	for {
		g.mu.Lock()
		if g.draining == nil && g.open > 0 && time.Since(g.busySince) > g.busy {
			g.draining = make(chan struct{})
		}
		if g.draining == nil {
			if g.open == 0 {
				g.busySince = time.Now()
			}
			g.open++
			g.mu.Unlock()
			return nil
		}
		ch := g.draining
		g.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// leave says a request closed its handle.
func (g *gate) leave() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.open--
	if g.open == 0 && g.draining != nil {
		ch := g.draining
		time.AfterFunc(g.quiet, func() {
			g.mu.Lock()
			g.draining = nil
			g.mu.Unlock()
			close(ch)
		})
	}
}
