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
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := run(ctx, os.Args[1:], &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr})
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
	case errors.Is(err, errUsage):
		fmt.Fprintf(os.Stderr, "policygraph: %v\n", err)
		os.Exit(2)
	default:
		fmt.Fprintf(os.Stderr, "policygraph: %v\n", err)
		os.Exit(1)
	}
}
