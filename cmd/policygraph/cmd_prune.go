package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/policygraph/policygraph/extract/batch"
	"github.com/policygraph/policygraph/extract/ingest"
	"github.com/policygraph/policygraph/store"
)

var pruneCmd = &command{
	name:  "prune",
	args:  "[flags]",
	short: "remove documents whose file is gone (or whose record left its JSON Lines file)",
	long: `
Removes from the database every document whose source file no longer
exists, and every JSON Lines record no longer in its file (no line of the
file has the record's bytes), with the facts only they stated. Documents
an older version stored under a relative path are removed once the same
document is stored under its absolute path (run prune from the folder the
old extract ran in). Run it
after extract, or use extract --prune, which prunes after extracting.

Documents read from standard input have no file and are kept; so are
documents whose file cannot be read now (permissions, a disconnected
mount): only a file that is certainly gone, or a record certainly not in
a file that was read completely, is removed. --dry-run lists what would go.

Examples:
  rm old-news/*.html && policygraph prune
  policygraph extract corpus/ --prune
  policygraph prune --dry-run --db kg.db
`,
}

func init() {
	var db dbFlag
	var dry bool
	pruneCmd.flags = func(fs *flag.FlagSet) {
		db.register(fs)
		fs.BoolVar(&dry, "dry-run", false, "list what would be removed, remove nothing")
	}
	pruneCmd.run = func(ctx context.Context, e *env, args []string) error {
		db, dry = dbFlag{}, false
		pos, err := pruneCmd.parseFlags(flag.NewFlagSet("prune", flag.ContinueOnError), e, args)
		if err != nil {
			return err
		}
		if len(pos) > 0 {
			return usageErr("prune: unexpected argument %q", pos[0])
		}
		d, err := db.open(dry)
		if err != nil {
			return err
		}
		defer d.Close()
		return prune(ctx, e.stderr, d, batch.Options{}, dry)
	}
}

// prune removes the documents whose source is gone and reports on w.
func prune(ctx context.Context, w io.Writer, d *store.DB, opt batch.Options, dry bool) error {
	known, err := d.Known()
	if err != nil {
		return err
	}
	sources := make([]string, 0, len(known))
	for s := range known {
		sources = append(sources, s)
	}
	sort.Strings(sources)
	var gone []string
	var kept []string // could not be checked, with why
	hashes := map[string]map[string]bool{}
	unreadable := map[string]error{}
	// Documents by file path and hash, to find those an older version
	// stored under a relative path that are now stored again under the
	// absolute one: the old copy is a duplicate.
	current := map[[2]string]bool{}
	for _, src := range sources {
		if path, _, ok := ingest.SplitSource(src); ok {
			current[[2]string{path, known[src][0]}] = true
		}
	}
	for _, src := range sources {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		path, rec, ok := ingest.SplitSource(src)
		if !ok {
			// Standard input is kept. A relative path is a source of an
			// older version: it goes when the same document (file and
			// hash) is stored under its absolute path.
			rel, _, _ := strings.Cut(src, "#")
			if rel != batch.StdinName && !filepath.IsAbs(rel) {
				if abs, err := filepath.Abs(rel); err == nil && current[[2]string{abs, known[src][0]}] {
					gone = append(gone, src)
				}
			}
			continue
		}
		if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
			gone = append(gone, src)
			continue
		} else if err != nil {
			kept = append(kept, fmt.Sprintf("%s: %v", src, err))
			continue
		}
		if rec == "" {
			continue
		}
		hs, ok := hashes[path]
		if !ok {
			if _, bad := unreadable[path]; !bad {
				if hs, err = batch.RecordHashes(ctx, path, opt); err != nil {
					unreadable[path] = err
					kept = append(kept, fmt.Sprintf("%s: %v", path, err))
				}
				hashes[path] = hs
			}
		}
		if hs != nil && !hs[known[src][0]] {
			gone = append(gone, src)
		}
	}
	verb := "removed"
	if dry {
		verb = "would remove"
	}
	for _, src := range gone {
		if !dry {
			if err := d.Delete(ctx, src); err != nil {
				return fmt.Errorf("prune: %w (%d documents removed before)", err, len(gone))
			}
		}
		fmt.Fprintf(w, "%s %s\n", verb, termSafe(src))
	}
	fmt.Fprintf(w, "prune: %s %d of %d documents whose source is gone\n", verb, len(gone), len(sources))
	if len(kept) > 0 {
		fmt.Fprintf(w, "kept the documents of %d sources that could not be checked:\n", len(kept))
		for _, k := range kept {
			fmt.Fprintf(w, "  %s\n", termSafe(k))
		}
	}
	return nil
}

// docSource turns a --doc value that names a file (../corpus/a.md, or a
// JSON Lines record as news.jsonl#id) into its source, which documents are
// known by; other values (a base name, a title) are returned as they are.
func docSource(name string) string {
	path, rec, hasRec := strings.Cut(name, "#")
	if _, err := os.Stat(path); err != nil {
		return name
	}
	src := ingest.SourceOf(path)
	if hasRec {
		src += "#" + rec
	}
	return src
}
