package main

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/rules"
)

var rulesCmd = &command{
	name:  "rules",
	args:  "check|test|list [PATH...]",
	short: "check rule files, run their examples, list the rules",
	long: `
rules check loads the built-in rules and the given files or directories on
top, and reports every mistake as file:line:column with a hint. With --only
it checks the given files alone, without the built-in rules.

rules test runs every example written beside a rule through the whole
pipeline and reports the ones that fail, with file:line.

rules list prints every rule, gazetteer and boilerplate rule with its kind
and where it is defined.

Examples:
  policygraph rules check my-rules.yaml
  policygraph rules test
  policygraph rules test my-rules/
`,
	subcmds: []string{"check", "test", "list"},
}

func init() {
	var only bool
	rulesCmd.flags = func(fs *flag.FlagSet) {
		fs.BoolVar(&only, "only", false, "load only the given files, not the built-in rules")
	}
	rulesCmd.run = func(ctx context.Context, e *env, args []string) error {
		only = false
		fs := flag.NewFlagSet("rules", flag.ContinueOnError)
		pos, err := rulesCmd.parseFlags(fs, e, args)
		if err != nil {
			return err
		}
		if len(pos) == 0 {
			return usageErr("rules: say what to do: %s", strings.Join(rulesCmd.subcmds, ", "))
		}
		sub, err := rulesCmd.sub(fs, pos)
		if err != nil {
			return err
		}
		paths := pos[1:]
		load := func() (*rules.Set, error) {
			if only {
				if len(paths) == 0 {
					return nil, usageErr("rules %s --only: name the files to check", sub)
				}
				srcs, err := rules.ReadSources(paths)
				if err != nil {
					return nil, err
				}
				return rules.Load(srcs...)
			}
			return rules.LoadWithDefaults(paths...)
		}
		switch sub {
		case "check":
			set, err := load()
			if err != nil {
				return err
			}
			if _, err := extract.Compile(set); err != nil {
				return err
			}
			for _, w := range set.Warnings {
				fmt.Fprintf(e.stderr, "warning: %v\n", w)
			}
			fmt.Fprintf(e.stdout, "ok: %d rules, %d gazetteers, %d boilerplate rules, %d indicators from %d files (fingerprint %s)\n",
				len(set.Rules), len(set.Gazetteers), len(set.Boilerplate), len(set.Indicators), len(set.Sources), set.Fingerprint)
			return nil
		case "test":
			set, err := load()
			if err != nil {
				return err
			}
			x, err := extract.Compile(set)
			if err != nil {
				return err
			}
			n, fails := x.TestExamples(ctx)
			for _, f := range fails {
				fmt.Fprintln(e.stdout, f.String())
			}
			fmt.Fprintf(e.stdout, "%d examples, %d failed\n", n, len(fails))
			if len(fails) > 0 {
				return fmt.Errorf("%d rule examples failed", len(fails))
			}
			return nil
		case "list":
			set, err := load()
			if err != nil {
				return err
			}
			for _, g := range set.Gazetteers {
				fmt.Fprintf(e.stdout, "%-36s gazetteer %-9s %5d entries  %s\n", g.ID, g.Kind, len(g.Entries), g.Pos)
			}
			for _, r := range set.Rules {
				kind := r.Kind
				if r.Role != "" {
					kind += "/" + r.Role
				}
				fmt.Fprintf(e.stdout, "%-36s rule      %-18s %s\n", r.ID, kind, r.Pos)
			}
			for _, b := range set.Boilerplate {
				fmt.Fprintf(e.stdout, "%-36s boilerplate %-16s %s\n", b.ID, b.Mode, b.Pos)
			}
			for _, ind := range set.Indicators {
				fmt.Fprintf(e.stdout, "%-36s indicator %-18s %s  %s\n", ind.ID, ind.Kind+" "+ind.Unit, ind.Pos, ind.Name)
			}
			return nil
		}
		return usageErr("rules: unknown subcommand %q (want %s)", sub, strings.Join(rulesCmd.subcmds, ", "))
	}
}
