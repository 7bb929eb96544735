package main

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"github.com/policygraph/policygraph/store"
)

var dbCmd = &command{
	name:  "db",
	args:  "check|compact [flags]",
	short: "check a database for damage, or compact it",
	long: `
db check reads every page and every value of the database: bbolt's page
check, the checksum of every stored value, the count of every bucket, that
every node and edge has a document and that every record and text
decodes. It prints "ok" and exits 0, or says what is damaged and exits 1.
A damaged database cannot be repaired: restore it from a backup, or run
extract again into a new file.

db compact rewrites the database into a new file with full pages and no
free space, then renames it into place (a database grows with free pages
as documents are replaced). It checks the database first and refuses a
damaged one, and needs it to itself: no extract, query or export may run.

Examples:
  policygraph db check
  policygraph db compact --db kg.db
`,
	subcmds: []string{"check", "compact"},
}

func init() {
	var db dbFlag
	dbCmd.flags = func(fs *flag.FlagSet) { db.register(fs) }
	dbCmd.run = func(ctx context.Context, e *env, args []string) error {
		db = dbFlag{}
		fs := flag.NewFlagSet("db", flag.ContinueOnError)
		pos, err := dbCmd.parseFlags(fs, e, args)
		if err != nil {
			return err
		}
		if len(pos) != 1 {
			return usageErr("db: say what to do: %s", strings.Join(dbCmd.subcmds, ", "))
		}
		sub, err := dbCmd.sub(fs, pos)
		if err != nil {
			return err
		}
		switch sub {
		case "check":
			d, err := db.open(true)
			if err != nil {
				return err
			}
			defer d.Close()
			if err := d.Check(); err != nil {
				return err
			}
			st, err := d.Stats()
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "ok: %s: %d documents, %d nodes, %d edges\n", d.Path(), st.Documents, st.Nodes, st.Edges)
			return nil
		case "compact":
			res, err := store.Compact(db.path)
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "compacted %s: %s → %s\n", db.path, mb(res.Before), mb(res.After))
			return nil
		}
		return usageErr("db: unknown action %q (want %s)", pos[0], strings.Join(dbCmd.subcmds, ", "))
	}
}

func mb(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/1e6) }
