package main

import (
	"bufio"
	"context"
	"flag"
	"os"

	"github.com/policygraph/policygraph/eval"
	"github.com/policygraph/policygraph/graph"
)

var auditCmd = &command{
	name:  "audit",
	args:  "[--sample N] [--seed S] [--kind KIND] | --score FORM",
	short: "draw random facts with their sentences for a person to mark; total the marks",
	long: `
Measures precision on any corpus, where no gold exists. audit draws N facts
of one kind (targets, amounts, agencies or regions) at random from the
database — the same ones for the same database and --seed — and prints a
tab-separated form: a mark column, the fact's fields, the document and the
sentence it was found in. Mark each row "y" when every field is right, a
list of the wrong fields ("year", "value,unit", "region") otherwise, or "n"
when it is no fact of its kind at all; then --score totals the form.

Examples:
  policygraph audit --sample 50 --seed 1 > audit.tsv
  policygraph audit --kind amounts --sample 30 > amounts.tsv
  policygraph audit --score audit.tsv
`,
}

func init() {
	var db dbFlag
	var n int
	var seed uint64
	var kind, score string
	auditCmd.flags = func(fs *flag.FlagSet) {
		db.register(fs)
		fs.IntVar(&n, "sample", 50, "how many facts to draw (`N`)")
		fs.Uint64Var(&seed, "seed", 1, "the random `seed`: the same seed draws the same facts")
		fs.StringVar(&kind, "kind", "targets", "what to draw: targets, amounts, agencies or regions")
		fs.StringVar(&score, "score", "", "total the marks of a marked `form` instead")
	}
	auditCmd.run = func(ctx context.Context, e *env, args []string) error {
		db, n, seed, kind, score = dbFlag{}, 50, 1, "targets", ""
		pos, err := auditCmd.parseFlags(flag.NewFlagSet("audit", flag.ContinueOnError), e, args)
		if err != nil {
			return err
		}
		if len(pos) > 0 {
			return usageErr("audit: unexpected argument %q", pos[0])
		}
		if score != "" {
			f, err := os.Open(score)
			if err != nil {
				return err
			}
			defer f.Close()
			t, err := eval.ReadAuditForm(f, score)
			if err != nil {
				return err
			}
			t.Write(e.stdout)
			return nil
		}
		if n < 1 {
			return usageErr("audit: --sample must be at least 1")
		}
		if err := checkFormat("audit --kind", kind, eval.AuditKinds...); err != nil {
			return err
		}
		d, err := db.open(true)
		if err != nil {
			return err
		}
		defer d.Close()
		var recs []*graph.Record
		if err := d.Records(ctx, true, func(r *graph.Record) error { recs = append(recs, r); return nil }); err != nil {
			return err
		}
		items, err := eval.Sample(recs, kind, n, seed)
		if err != nil {
			return err
		}
		w := bufio.NewWriter(e.stdout)
		if err := eval.WriteAuditForm(w, items); err != nil {
			return err
		}
		return w.Flush()
	}
}
