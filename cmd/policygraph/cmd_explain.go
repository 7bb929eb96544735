package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"

	"github.com/policygraph/policygraph/extract/ingest"
)

var explainCmd = &command{
	name:  "explain",
	args:  "[flags] FILE...",
	short: "show every match in a document with its rule and span",
	long: `
Extracts the given files without a database and prints, for every
document, each mention the rules found — kind, rule id, byte span in the
article text, the text, and what became of it (its canonical form, or why
it was dropped) — then the document's record. Before the matches it lists
where the document date came from and every block of the input that the
ingest stage left out of the article, with the stage that dropped it
(main-content, classifier, boilerplate, date) and the reason or rule. Use it to see why a rule
fires or not while editing rule files.

Examples:
  policygraph explain testdata/samples/news.md
  policygraph explain --rules my-rules.yaml page.html
  policygraph explain --text news.md     # also print the cleaned article text
`,
}

func init() {
	var rf rulesFlag
	var showText, asJSON bool
	explainCmd.flags = func(fs *flag.FlagSet) {
		rf.register(fs)
		fs.BoolVar(&showText, "text", false, "print the cleaned article text first")
		fs.BoolVar(&asJSON, "json", false, "print the traces as JSON")
	}
	explainCmd.run = func(ctx context.Context, e *env, args []string) error {
		rf, showText, asJSON = rulesFlag{}, false, false
		paths, err := explainCmd.parseFlags(flag.NewFlagSet("explain", flag.ContinueOnError), e, args)
		if err != nil {
			return err
		}
		if len(paths) == 0 {
			return usageErr("explain: name a file to explain")
		}
		x, err := rf.load()
		if err != nil {
			return err
		}
		failed := 0
		for _, p := range paths {
			docs, errs := ingest.ReadFile(p, x.IngestOptions())
			for _, err := range errs {
				fmt.Fprintf(e.stderr, "%s: %s\n", termSafe(p), termSafe(err.Error()))
				failed++
			}
			for _, d := range docs {
				res, err := x.Extract(ctx, d)
				if err != nil {
					// A crash inside one document is that document's
					// failure; the others are still explained.
					fmt.Fprintf(e.stderr, "%s: %s\n", termSafe(d.Source), termSafe(err.Error()))
					failed++
					continue
				}
				if asJSON {
					if err := writeJSONLine(e.stdout, map[string]any{"source": d.Source, "date_source": d.Meta["date_source"], "dropped": d.Dropped, "warnings": d.Warnings, "trace": res.Trace, "record": res.Record.Slim()}); err != nil {
						return err
					}
					continue
				}
				fmt.Fprintf(e.stdout, "== %s (%s, %s, %d bytes, title %q, date %q)\n", termSafe(d.Source), d.Format, d.Encoding, len(d.Text), d.Title, d.Date)
				if src := d.Meta["date_source"]; src != "" {
					fmt.Fprintf(e.stdout, "date from %s\n", src)
				}
				for _, w := range d.Warnings {
					fmt.Fprintf(e.stdout, "warning: %s\n", termSafe(w))
				}
				if len(d.Dropped) > 0 {
					fmt.Fprintf(e.stdout, "dropped before extraction (%d blocks):\n", len(d.Dropped))
					for _, b := range d.Dropped {
						fmt.Fprintf(e.stdout, "  - %s\n", termSafe(b.String()))
					}
				}
				if showText {
					fmt.Fprintf(e.stdout, "%s\n--\n", termSafeLines(d.Text))
				}
				tw := newTableWriter(e.stdout)
				fmt.Fprintln(tw, "KIND\tRULE\tSPAN\tTEXT\tRESULT")
				for _, t := range res.Trace {
					fmt.Fprintf(tw, "%s\t%s\t%d-%d\t%s\t%s\n", t.Kind, t.Rule, t.Start, t.End, termSafe(t.Text), termSafe(t.Result))
				}
				tw.Flush()
				for _, err := range res.Errors {
					fmt.Fprintf(e.stdout, "rule error: %v\n", err)
				}
				rec, _ := json.MarshalIndent(res.Record.Slim(), "", "  ")
				fmt.Fprintf(e.stdout, "record:\n%s\n\n", rec)
			}
		}
		if failed > 0 {
			return fmt.Errorf("explain: %d inputs failed", failed)
		}
		return nil
	}
}
