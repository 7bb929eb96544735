// Command policygraph turns Chinese policy news and government documents
// into a knowledge graph of regions, agencies, plans, funding and targets.
// See doc.go, or run `policygraph help`.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// The first Ctrl-C cancels ctx: extract finishes the documents in
	// flight, writes them and returns. A document can take seconds, or a
	// read can hang (a FIFO, a dead network mount), so the signals' default
	// action is restored: a second Ctrl-C ends the process at once, which
	// the database survives (bbolt commits are atomic).
	go func() {
		<-ctx.Done()
		if context.Cause(ctx) == context.Canceled {
			return // stop() at exit, not a signal
		}
		stop()
		fmt.Fprintf(os.Stderr, "\npolicygraph: %v: stopping after the work in progress (press Ctrl-C again to quit at once)\n", context.Cause(ctx))
	}()
	err := runRecovered(ctx, os.Args[1:], &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr})
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
	case errors.Is(err, errUsage):
		fmt.Fprintf(os.Stderr, "policygraph: %s\n", termSafeLines(err.Error()))
		os.Exit(2)
	default:
		fmt.Fprintf(os.Stderr, "policygraph: %s\n", termSafeLines(err.Error()))
		os.Exit(1)
	}
}

// gcPercent and memoryLimit are the collector's settings for the commands
// that write a corpus (extract, load) unless GOGC or GOMEMLIMIT say
// otherwise. The default (a collection each time the heap doubles) spends
// a tenth of an extract's CPU on collections of a small live heap (tens of
// megabytes: documents stream through); collecting at five times the live
// heap, but before the Go heap passes the limit, spends less and keeps the
// peak bounded however large the corpus. The limit is soft: a live heap
// above it makes the collector run more, up to half the CPU, never fail.
// Commands that may hold much more (serve, export, query of a big graph)
// keep Go's defaults. At 150 MiB a cold extract of the shared corpus peaks
// at about 180 MB of RSS and spends 6% less CPU than at 128 MiB (156 MB):
// the collector runs at the limit, not at five times the live heap.
const (
	gcPercent   = 400
	memoryLimit = 150 << 20
)

func tuneGC() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(gcPercent)
	debug.SetMemoryLimit(memoryLimit)
}

// runRecovered is run with a panic of the command's goroutine turned into
// an error: a bug is a failure (exit 1), not a usage error (Go exits 2 on
// a panic), and it says where to report it.
func runRecovered(ctx context.Context, args []string, e *env) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error: %v (please report this with the command and its input)\n%s", p, debug.Stack())
		}
	}()
	return run(ctx, args, e)
}
