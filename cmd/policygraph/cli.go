package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/extract/batch"
	"github.com/policygraph/policygraph/internal/spelling"
	"github.com/policygraph/policygraph/rules"
	"github.com/policygraph/policygraph/store"
)

// errUsage marks command-line mistakes (exit status 2).
var errUsage = errors.New("usage")

func usageErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errUsage, fmt.Sprintf(format, args...))
}

// env carries the process's streams; commands never touch os.Std* directly.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// isTerminal reports whether w is a terminal (for progress output).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

type command struct {
	name    string
	args    string // synopsis after the name
	short   string
	long    string // description and examples
	run     func(ctx context.Context, e *env, args []string) error
	flags   func(fs *flag.FlagSet) // registers the flags, for help
	hidden  bool
	subcmds []string
	// only names, for flags that do not apply to every sub-command, the
	// sub-commands they apply to; a flag absent from it applies to all.
	only map[string][]string
}

var commands []*command

func init() {
	commands = []*command{extractCmd, pruneCmd, docsCmd, queryCmd, exportCmd, statsCmd, explainCmd, rulesCmd, evalCmd, auditCmd, loadCmd, serveCmd, dbCmd, versionCmd, completionCmd, completeCmd}
}

// versionString is the module version the binary was built as (a
// pseudo-version from the checkout, or the tag `go install …@v1.2.3` got),
// with the commit it was built from when the build recorded one.
func versionString() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	return versionOf(bi)
}

func versionOf(bi *debug.BuildInfo) string {
	v := bi.Main.Version
	if v == "" || v == "(devel)" {
		v = "devel"
	}
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = ", modified"
			}
		}
	}
	if rev != "" {
		v += " (revision " + rev + modified + ")"
	}
	return v
}

var versionCmd = &command{
	name:  "version",
	short: "print the version",
	long:  "Prints the version of policygraph and of its database schema.",
}

func init() {
	versionCmd.run = func(ctx context.Context, e *env, args []string) error {
		if _, err := versionCmd.parseFlags(flag.NewFlagSet("version", flag.ContinueOnError), e, args); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "policygraph %s, store schema %s\n", versionString(), store.Version)
		return nil
	}
}

func run(ctx context.Context, args []string, e *env) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		if len(args) > 1 {
			if c := lookup(args[1]); c != nil {
				return c.help(e.stdout)
			}
		}
		printUsage(e.stdout)
		if len(args) == 0 {
			return usageErr("no command given")
		}
		return nil
	}
	if args[0] == "--version" || args[0] == "-version" {
		return versionCmd.run(ctx, e, args[1:])
	}
	c := lookup(args[0])
	if c == nil {
		var names []string
		for _, c := range commands {
			if !c.hidden {
				names = append(names, c.name)
			}
		}
		hint := ""
		if s := spelling.Closest(args[0], names); s != "" {
			hint = fmt.Sprintf("; did you mean %q?", s)
		}
		return usageErr("unknown command %q%s (run `policygraph help`)", args[0], hint)
	}
	return c.run(ctx, e, args[1:])
}

func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

func printUsage(w io.Writer) {
	fmt.Fprint(w, `policygraph reads Chinese policy news and government documents and builds a
knowledge graph: which regions and agencies issue which plans, with what
funding and which numeric targets by which year.

Usage:
  policygraph <command> [arguments and flags, in any order]

Commands:
`)
	for _, c := range commands {
		if !c.hidden {
			fmt.Fprintf(w, "  %-9s %s\n", c.name, c.short)
		}
	}
	fmt.Fprint(w, `
Run 'policygraph help <command>' (or '<command> --help') for its flags and examples.
Exit status: 0 ok, 1 failure, 2 usage error.
`)
}

func (c *command) help(w io.Writer) error {
	fmt.Fprintf(w, "Usage: policygraph %s %s\n\n%s\n", c.name, c.args, strings.TrimSpace(c.long))
	if c.flags != nil {
		fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
		c.flags(fs)
		fmt.Fprintf(w, "\nFlags:\n")
		fs.SetOutput(w)
		fs.VisitAll(func(f *flag.Flag) {
			name, usage := flag.UnquoteUsage(f)
			if name != "" {
				name = " " + name
			}
			def := ""
			if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
				def = fmt.Sprintf(" (default %s)", f.DefValue)
			}
			fmt.Fprintf(w, "  --%s%s\n        %s%s\n", f.Name, name, usage, def)
		})
	}
	return nil
}

// parseFlags parses flags wherever they stand among the arguments
// (`policygraph extract docs/ --db kg.db` honours --db) and returns the
// positional arguments. "--" ends flag parsing.
func (c *command) parseFlags(fs *flag.FlagSet, e *env, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	if c.flags != nil {
		c.flags(fs)
	}
	var pos []string
	var rest []string
	for i, a := range args {
		if a == "--" {
			rest = args[i+1:]
			args = args[:i]
			break
		}
	}
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				c.help(e.stdout)
				return nil, flag.ErrHelp
			}
			return nil, usageErr("%s: %v (run `policygraph help %s`)", c.name, err, c.name)
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
	return append(pos, rest...), nil
}

// sub checks a command's sub-command, pos[0], and that every flag set in
// fs applies to it: a misspelled sub-command gets a suggestion and a flag
// of another sub-command is a usage error, not silently ignored.
func (c *command) sub(fs *flag.FlagSet, pos []string) (string, error) {
	if len(pos) == 0 {
		return "", usageErr("%s: say which: %s", c.name, strings.Join(c.subcmds, ", "))
	}
	sub := pos[0]
	if !slices.Contains(c.subcmds, sub) {
		hint := ""
		if s := spelling.Closest(sub, c.subcmds); s != "" {
			hint = fmt.Sprintf("; did you mean %q?", s)
		}
		return "", usageErr("%s: unknown sub-command %q%s (want %s)", c.name, sub, hint, strings.Join(c.subcmds, ", "))
	}
	var err error
	fs.Visit(func(f *flag.Flag) {
		if subs, ok := c.only[f.Name]; ok && err == nil && !slices.Contains(subs, sub) {
			err = usageErr("%s %s: --%s does not apply (it goes with %s %s)", c.name, sub, f.Name, c.name, strings.Join(subs, ", "))
		}
	})
	return sub, err
}

// common flags

type dbFlag struct{ path string }

func (d *dbFlag) register(fs *flag.FlagSet) {
	fs.StringVar(&d.path, "db", "policygraph.db", "the database `file`")
}

func (d *dbFlag) open(readOnly bool) (*store.DB, error) {
	// store.Open refuses a FIFO or a device by its kind before opening it
	// (opening a FIFO would block until a writer comes).
	return store.Open(d.path, store.Options{ReadOnly: readOnly})
}

// openWriter opens the database for a long write (extract, load): the
// file is held only while a batch commits, so queries and exports can run
// in between (see store/doc.go, Locking).
func (d *dbFlag) openWriter() (*store.DB, error) {
	return store.Open(d.path, store.Options{Release: true})
}

type rulesFlag struct{ paths multiFlag }

func (r *rulesFlag) register(fs *flag.FlagSet) {
	fs.Var(&r.paths, "rules", "a rule `file` or directory added on top of the built-in rules (repeatable)")
}

// load compiles the built-in rules plus the user's.
func (r *rulesFlag) load() (*extract.Extractor, error) {
	set, err := rules.LoadWithDefaults(r.paths...)
	if err != nil {
		return nil, err
	}
	x, err := extract.Compile(set)
	if err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	return x, nil
}

// extractor is load for a batch run: with no rule files of the user's,
// the built-in rules are compiled only when a file has to be read, so an
// unchanged re-run skips the 0.1 s that loading them takes. Rule files of
// the user's are loaded at once: their mistakes are reported before
// anything is read.
func (r *rulesFlag) extractor() (batch.Extractor, error) {
	if len(r.paths) == 0 {
		return extract.NewLazy(rules.DefaultFingerprint, r.load), nil
	}
	return r.load()
}

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(s string) error { *m = append(*m, s); return nil }

// checkFormat validates a --format value.
func checkFormat(cmd, got string, valid ...string) error {
	for _, v := range valid {
		if got == v {
			return nil
		}
	}
	return usageErr("%s: unknown format %q (want %s)", cmd, got, strings.Join(valid, ", "))
}
