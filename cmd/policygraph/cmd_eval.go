package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/policygraph/policygraph/eval"
	"github.com/policygraph/policygraph/graph"
)

var evalCmd = &command{
	name:  "eval",
	args:  "--gold GOLD.jsonl [--pred PRED.jsonl | --db FILE] [--errors]",
	short: "score records against gold records: precision, recall, F1 per type",
	long: `
Scores per-document records against gold records (the guidelines' JSON
Lines format) the way the project's reference scorer does: entities per
document as sets, abbreviations of agency names folded, amounts matched by
value and currency, targets by value and unit, optional gold entities
neither rewarded nor punished. Predictions come from --pred, or from the
database's records. Use it to measure your own rule changes.

Examples:
  policygraph eval --gold gold.jsonl
  policygraph eval --gold gold.jsonl --pred pred.jsonl --errors
  policygraph eval --gold gold.jsonl --min targets=0.85
`,
}

func init() {
	var db dbFlag
	var gold, pred string
	var errs bool
	var mins multiFlag
	evalCmd.flags = func(fs *flag.FlagSet) {
		db.register(fs)
		fs.StringVar(&gold, "gold", "", "gold records (`file`, JSON Lines)")
		fs.StringVar(&pred, "pred", "", "predicted records (`file`); default: the database's")
		fs.BoolVar(&errs, "errors", false, "list every miss and extra")
		fs.Var(&mins, "min", "fail when a type's F1 is below a bound: `TYPE=F1` (repeatable)")
	}
	evalCmd.run = func(ctx context.Context, e *env, args []string) error {
		db, gold, pred, errs, mins = dbFlag{}, "", "", false, nil
		if _, err := evalCmd.parseFlags(flag.NewFlagSet("eval", flag.ContinueOnError), e, args); err != nil {
			return err
		}
		if gold == "" {
			return usageErr("eval: --gold FILE is required")
		}
		gf, err := os.Open(gold)
		if err != nil {
			return err
		}
		defer gf.Close()
		g, err := eval.ReadRecords(gf, gold)
		if err != nil {
			return err
		}
		if len(g) == 0 {
			// Scores over no documents are 1.000 by convention, which would
			// pass any --min bound.
			return fmt.Errorf("eval: %s holds no gold records", gold)
		}
		var p map[string]*graph.Record
		if pred != "" {
			pf, err := os.Open(pred)
			if err != nil {
				return err
			}
			defer pf.Close()
			if p, err = eval.ReadRecords(pf, pred); err != nil {
				return err
			}
		} else {
			d, err := db.open(true)
			if err != nil {
				return err
			}
			defer d.Close()
			var buf bytes.Buffer
			if err := d.Records(ctx, false, func(r *graph.Record) error { return writeJSONLine(&buf, r.Slim()) }); err != nil {
				return err
			}
			if p, err = eval.ReadRecords(&buf, d.Path()); err != nil {
				return err
			}
		}
		rep := eval.Score(g, p)
		rep.Write(e.stdout, errs)
		var failed []string
		for _, m := range mins {
			var typ string
			var bound float64
			if _, err := fmt.Sscanf(m, "%s", &typ); err != nil {
				return usageErr("eval --min %q: want TYPE=F1", m)
			}
			t, b, ok := cut(m, "=")
			if !ok {
				return usageErr("eval --min %q: want TYPE=F1", m)
			}
			if _, err := fmt.Sscanf(b, "%g", &bound); err != nil {
				return usageErr("eval --min %q: want TYPE=F1", m)
			}
			c, ok := rep.Types[t]
			if !ok {
				return usageErr("eval --min: unknown type %q", t)
			}
			if c.F1() < bound {
				failed = append(failed, fmt.Sprintf("%s f1 %.3f < %s", t, c.F1(), b))
			}
		}
		if len(failed) > 0 {
			return fmt.Errorf("below bound: %v", failed)
		}
		return nil
	}
}

func cut(s, sep string) (string, string, bool) {
	i := bytes.Index([]byte(s), []byte(sep))
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}
