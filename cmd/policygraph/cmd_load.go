package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/store"
)

var loadCmd = &command{
	name:  "load",
	args:  "[flags] RECORDS.jsonl...",
	short: "put records made by `extract --stdout` into the database",
	long: `
Reads record files written by 'policygraph extract --stdout' (on this
machine or as the map step of a batch engine) and puts them into the
database, exactly as a direct extract would have. "-" reads standard input.

Examples:
  policygraph extract --stdout corpus/ > records.jsonl && policygraph load records.jsonl
  cat part-*.jsonl | policygraph load - --db kg.db
`,
}

func init() {
	var db dbFlag
	loadCmd.flags = func(fs *flag.FlagSet) { db.register(fs) }
	loadCmd.run = func(ctx context.Context, e *env, args []string) error {
		db = dbFlag{}
		paths, err := loadCmd.parseFlags(flag.NewFlagSet("load", flag.ContinueOnError), e, args)
		if err != nil {
			return err
		}
		if len(paths) == 0 {
			return usageErr("load: name record files (or - for standard input)")
		}
		d, err := db.openWriter()
		if err != nil {
			return err
		}
		defer d.Close()
		total, changed, skipped := 0, 0, 0
		for _, p := range paths {
			var r io.Reader = e.stdin
			if p != "-" {
				f, err := os.Open(p)
				if err != nil {
					return err
				}
				defer f.Close()
				r = f
			}
			br := bufio.NewReader(r)
			var batch []*graph.Record
			flush := func() error {
				n, err := d.Put(ctx, batch...)
				changed += n
				batch = batch[:0]
				return err
			}
			for line := 1; ; line++ {
				b, err := br.ReadBytes('\n')
				if len(b) > 0 && len(bytesTrim(b)) > 0 {
					var rec graph.Record
					if jerr := json.Unmarshal(b, &rec); jerr != nil {
						return fmt.Errorf("%s:%d: not a record: %w", p, line, jerr)
					}
					if rec.Meta == nil {
						return fmt.Errorf("%s:%d: record %q has no meta (make records with `policygraph extract --stdout`)", p, line, rec.Doc)
					}
					if err := store.CheckRecord(&rec); err != nil {
						// As extract does: the record is reported and
						// skipped, the rest is loaded.
						fmt.Fprintf(e.stderr, "skipped %s:%d: %v\n", p, line, err)
						skipped++
						continue
					}
					batch = append(batch, &rec)
					total++
					if len(batch) >= 256 {
						if err := flush(); err != nil {
							return err
						}
					}
				}
				if err == io.EOF {
					break
				}
				if err != nil {
					return fmt.Errorf("%s: %w", p, err)
				}
			}
			if err := flush(); err != nil {
				return err
			}
		}
		fmt.Fprintf(e.stderr, "loaded %d records (%d new or changed) into %s\n", total, changed, d.Path())
		if skipped > 0 {
			fmt.Fprintf(e.stderr, "skipped %d records whose keys cannot be stored\n", skipped)
		}
		return nil
	}
}

func bytesTrim(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r' || b[len(b)-1] == ' ') {
		b = b[:len(b)-1]
	}
	return b
}
