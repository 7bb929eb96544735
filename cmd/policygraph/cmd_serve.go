package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"

	"github.com/policygraph/policygraph/serve"
)

var serveCmd = &command{
	name:  "serve",
	args:  "[flags]",
	short: "browse the graph in a web browser (search, targets, entities, documents, graph)",
	long: `
Starts a local web application over the database: search regions, agencies
and plans; the targets table with filters and CSV download; an entity's
links and evidence; a document with every mention highlighted; the graph
around an entity. A JSON API under /api/ serves the same data to scripts
(see README). Everything it needs is inside the binary; it needs no
network.

It listens on loopback (127.0.0.1) unless --addr says otherwise, is
read-only, and holds no lock on the database between requests: run
` + "`policygraph extract`" + ` while it serves, then reload the page to see the new
documents. During an extract, pages answer "being written, reload in a
moment".

Give --rules the rule files the database was extracted with: the document
page uses their boilerplate rules to show what removal dropped.

Examples:
  policygraph serve --db kg.db                 # then open http://127.0.0.1:8080/
  policygraph serve --addr 127.0.0.1:9000
  policygraph serve --addr 0.0.0.0:8080        # every interface: anyone who can reach it can read the graph
`,
}

func init() {
	var db dbFlag
	var rf rulesFlag
	var addr string
	serveCmd.flags = func(fs *flag.FlagSet) {
		db.register(fs)
		rf.register(fs)
		fs.StringVar(&addr, "addr", "127.0.0.1:8080", "listen on this `host:port`")
	}
	serveCmd.run = func(ctx context.Context, e *env, args []string) error {
		db, rf, addr = dbFlag{}, rulesFlag{}, ""
		pos, err := serveCmd.parseFlags(flag.NewFlagSet("serve", flag.ContinueOnError), e, args)
		if err != nil {
			return err
		}
		if len(pos) > 0 {
			return usageErr("serve: unexpected argument %q", pos[0])
		}
		// Fail now, not on the first request, when the file is not a
		// database; the handle is closed at once.
		d, err := db.open(true)
		if err != nil {
			return err
		}
		d.Close()
		x, err := rf.load()
		if err != nil {
			return err
		}
		srv, err := serve.New(serve.Options{DB: db.path, Ingest: x.IngestOptions(), Log: log.New(e.stderr, "serve: ", log.LstdFlags)})
		if err != nil {
			return err
		}
		ln, err := serve.Listen(addr)
		if errors.Is(err, serve.ErrAddr) {
			return usageErr("serve: %v", err)
		}
		if err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		if !serve.IsLoopback(ln) {
			fmt.Fprintf(e.stderr, "serve: warning: listening on %s, not only on this machine: anyone who can reach it can read the graph\n", ln.Addr())
		}
		fmt.Fprintf(e.stdout, "serving %s at http://%s/ (Ctrl-C to stop)\n", db.path, ln.Addr())
		return srv.Serve(ctx, ln)
	}
}
