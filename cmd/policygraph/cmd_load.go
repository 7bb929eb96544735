package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/internal/cancelio"
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
	var maxMB int64
	loadCmd.flags = func(fs *flag.FlagSet) {
		db.register(fs)
		fs.Int64Var(&maxMB, "max-file-size", 64, "refuse records (lines) larger than this many `MB`")
	}
	loadCmd.run = func(ctx context.Context, e *env, args []string) error {
		db, maxMB = dbFlag{}, 64
		paths, err := loadCmd.parseFlags(flag.NewFlagSet("load", flag.ContinueOnError), e, args)
		if err != nil {
			return err
		}
		if len(paths) == 0 {
			return usageErr("load: name record files (or - for standard input)")
		}
		if err := checkSizeMB("load", "--max-file-size", maxMB); err != nil {
			return err
		}
		tuneGC()
		d, err := db.openWriter()
		if err != nil {
			return err
		}
		defer d.Close()
		total, changed, skipped := 0, 0, 0
		for _, p := range paths {
			var r io.Reader = e.stdin
			if p != "-" {
				f, err := cancelio.Open(ctx, p) // a FIFO's open waits for a writer
				if err != nil {
					return err
				}
				defer f.Close()
				r = f
			}
			// A signal stops the read even of a pipe that never ends.
			br := bufio.NewReaderSize(cancelio.Reader(ctx, r), 1<<20)
			var batch []*graph.Record
			flush := func() error {
				n, err := d.Put(ctx, batch...)
				changed += n
				batch = batch[:0]
				return err
			}
			for line := 1; ; line++ {
				b, err := readLine(br, maxMB<<20)
				if errors.Is(err, errLineTooLong) {
					return fmt.Errorf("%s:%d: record over the %d MB limit (raise it with --max-file-size)", p, line, maxMB)
				}
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
					if ctx.Err() != nil {
						if ferr := flush(); ferr != nil {
							return ferr
						}
						return fmt.Errorf("interrupted: %d records loaded (%d new or changed) into %s", total, changed, d.Path())
					}
					return fmt.Errorf("%s: %w", p, err)
				}
			}
			if err := flush(); err != nil {
				return err
			}
		}
		fmt.Fprintf(e.stderr, "loaded %d records (%d new or changed) into %s\n", total, changed, d.Path())
		if skipped > 0 {
			// As extract: records that failed make the run fail (exit 1);
			// the others are loaded.
			return fmt.Errorf("skipped %d records whose keys cannot be stored (reported above); the others were loaded", skipped)
		}
		return nil
	}
}

var errLineTooLong = errors.New("line too long")

// readLine reads one line of at most limit bytes, the newline included;
// a longer line gives errLineTooLong as soon as it passes the limit (the
// caller stops: /dev/zero is one endless line).
func readLine(br *bufio.Reader, limit int64) ([]byte, error) {
	var line []byte
	for {
		part, err := br.ReadSlice('\n')
		if int64(len(line)+len(part)) > limit {
			return nil, errLineTooLong
		}
		line = append(line, part...)
		if err != bufio.ErrBufferFull {
			return line, err
		}
	}
}

// checkSizeMB refuses a size flag that is not a positive number of MB.
func checkSizeMB(cmd, flag string, mb int64) error {
	if mb <= 0 || mb > 1<<20 {
		return usageErr("%s: %s %d: want a number of MB from 1 to %d", cmd, flag, mb, 1<<20)
	}
	return nil
}

func bytesTrim(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r' || b[len(b)-1] == ' ') {
		b = b[:len(b)-1]
	}
	return b
}
