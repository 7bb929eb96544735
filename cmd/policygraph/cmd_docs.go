package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"

	"github.com/policygraph/policygraph/graph"
)

var docsCmd = &command{
	name:  "docs",
	args:  "[flags]",
	short: "list per-document records (the guidelines' JSON Lines format)",
	long: `
Prints one record per document, in source order: doc, regions, agencies,
plans, amounts, targets and optional, exactly as the extraction guidelines
define them — ready for scoring against gold records. --full adds the
document's metadata and its graph facts with evidence.

Examples:
  policygraph docs --format jsonl > pred.jsonl
  policygraph docs --format table
  policygraph docs --doc 001_ba5c595a8b540c13.txt --full
`,
}

func init() {
	var db dbFlag
	var format, doc string
	var full bool
	docsCmd.flags = func(fs *flag.FlagSet) {
		db.register(fs)
		fs.StringVar(&format, "format", "jsonl", "output `format`: jsonl, json or table")
		fs.StringVar(&doc, "doc", "", "only the document with this `name` or source")
		fs.BoolVar(&full, "full", false, "include metadata, nodes and edges with evidence")
	}
	docsCmd.run = func(ctx context.Context, e *env, args []string) error {
		db, format, doc, full = dbFlag{}, "", "", false
		pos, err := docsCmd.parseFlags(flag.NewFlagSet("docs", flag.ContinueOnError), e, args)
		if err != nil {
			return err
		}
		if len(pos) > 0 {
			return usageErr("docs: unexpected argument %q (use --doc NAME)", pos[0])
		}
		if err := checkFormat("docs", format, "jsonl", "json", "table"); err != nil {
			return err
		}
		d, err := db.open(true)
		if err != nil {
			return err
		}
		defer d.Close()
		w := bufio.NewWriter(e.stdout)
		defer w.Flush()
		var all []*graph.Record
		found := false
		err = d.Records(ctx, full, func(r *graph.Record) error {
			if doc != "" && r.Doc != doc && (r.Meta == nil || r.Meta.Source != doc && r.Meta.Source != docSource(doc)) {
				return nil
			}
			found = true
			out := r
			if !full {
				out = r.Slim()
			}
			switch format {
			case "jsonl":
				return writeJSONLine(w, out)
			default:
				all = append(all, out)
			}
			return nil
		})
		if err != nil {
			return err
		}
		if doc != "" && !found {
			return fmt.Errorf("docs: no document named %q in %s", doc, d.Path())
		}
		switch format {
		case "json":
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if all == nil {
				all = []*graph.Record{}
			}
			return enc.Encode(all)
		case "table":
			tw := newTableWriter(w)
			fmt.Fprintln(tw, "DOC\tREGIONS\tAGENCIES\tPLANS\tAMOUNTS\tTARGETS")
			for _, r := range all {
				fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\n", termSafe(r.Doc), len(r.Regions), len(r.Agencies), len(r.Plans), len(r.Amounts), len(r.Targets))
			}
			return tw.Flush()
		}
		return nil
	}
}
