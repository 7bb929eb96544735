package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/policygraph/policygraph/graph"
)

var completionCmd = &command{
	name:  "completion",
	args:  "bash|zsh|fish",
	short: "print a shell completion script",
	long: `
completion prints a script that makes the shell complete policygraph's
commands, sub-commands (query targets, rules check, …), the flags of each,
and the names of regions and agencies in the database after --region and
--agency (read from the --db given on the line, or policygraph.db).

Examples:
  source <(policygraph completion bash)                # in ~/.bashrc
  policygraph completion zsh > "${fpath[1]}/_policygraph"
  policygraph completion fish > ~/.config/fish/completions/policygraph.fish
`,
	subcmds: []string{"bash", "zsh", "fish"},
}

// The scripts ask the binary itself (policygraph __complete WORDS…) for
// the candidates, so that they know what this build knows.
var completionScripts = map[string]string{
	"bash": `# bash completion for policygraph: source <(policygraph completion bash)
_policygraph() {
	local IFS=$'\n'
	COMPREPLY=($(policygraph __complete "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -F _policygraph policygraph
`,
	"zsh": `#compdef policygraph
# zsh completion for policygraph: policygraph completion zsh > "${fpath[1]}/_policygraph"
_policygraph() {
	local -a cands
	cands=("${(@f)$(policygraph __complete "${(@)words[2,CURRENT]}" 2>/dev/null)}")
	if (( ${#cands} )) && [[ -n "${cands[1]}" ]]; then
		compadd -Q -a cands
	else
		_files
	fi
}
if [[ "${zsh_eval_context[-1]}" == loadautofunc ]]; then
	_policygraph "$@"
else
	compdef _policygraph policygraph
fi
`,
	"fish": `# fish completion for policygraph: policygraph completion fish > ~/.config/fish/completions/policygraph.fish
complete -c policygraph -a '(policygraph __complete (commandline -opc)[2..-1] (commandline -ct) 2>/dev/null)'
`,
}

func init() {
	completionCmd.run = func(ctx context.Context, e *env, args []string) error {
		fs := flag.NewFlagSet("completion", flag.ContinueOnError)
		pos, err := completionCmd.parseFlags(fs, e, args)
		if err != nil {
			return err
		}
		if len(pos) > 1 {
			return usageErr("completion: name one shell")
		}
		sh, err := completionCmd.sub(fs, pos)
		if err != nil {
			return err
		}
		_, err = io.WriteString(e.stdout, completionScripts[sh])
		return err
	}
}

// completeCmd is what the completion scripts call: its arguments are the
// words after "policygraph" up to the one being completed (maybe ""), and
// it prints the candidates for that last word, one a line.
var completeCmd = &command{
	name:   "__complete",
	args:   "WORD...",
	short:  "completion candidates for the shell scripts",
	long:   "Prints the candidates for the last word, one a line. The scripts of `policygraph completion` call it.",
	hidden: true,
}

func init() {
	completeCmd.run = func(ctx context.Context, e *env, args []string) error {
		for _, c := range complete(args) {
			fmt.Fprintln(e.stdout, c)
		}
		return nil
	}
}

// complete returns the candidates for the last of words, sorted.
func complete(words []string) []string {
	if len(words) == 0 {
		words = []string{""}
	}
	cur := words[len(words)-1]
	if len(words) == 1 {
		var out []string
		for _, c := range commands {
			if !c.hidden {
				out = append(out, c.name)
			}
		}
		out = append(out, "help", "--help", "--version")
		return withPrefix(out, cur)
	}
	c := lookup(words[0])
	if words[0] == "help" {
		return complete(words[1:])
	}
	if c == nil {
		return nil
	}
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	if c.flags != nil {
		c.flags(fs)
	}
	// The words before cur: positionals, and the values of flags.
	var pos []string
	values := map[string]string{}
	prevFlag := ""
	for i := 1; i < len(words)-1; i++ {
		w := words[i]
		if prevFlag != "" {
			values[prevFlag], prevFlag = w, ""
			continue
		}
		if name, ok := flagName(w); ok {
			if _, v, ok := strings.Cut(w, "="); ok {
				values[name] = v
			} else if f := fs.Lookup(name); f != nil && !isBool(f) {
				prevFlag = name
			}
			continue
		}
		if w != "--" {
			pos = append(pos, w)
		}
	}
	if prevFlag != "" {
		return withPrefix(flagValues(prevFlag, values["db"]), cur)
	}
	if strings.HasPrefix(cur, "-") {
		sub := ""
		if len(pos) > 0 && len(c.subcmds) > 0 {
			sub = pos[0]
		}
		var out []string
		fs.VisitAll(func(f *flag.Flag) {
			if subs, ok := c.only[f.Name]; !ok || sub == "" || slices.Contains(subs, sub) {
				out = append(out, "--"+f.Name)
			}
		})
		out = append(out, "--help")
		return withPrefix(out, cur)
	}
	if len(c.subcmds) > 0 && len(pos) == 0 {
		return withPrefix(c.subcmds, cur)
	}
	return nil
}

// flagName returns the name of a flag word: --name, -name or --name=value.
func flagName(w string) (string, bool) {
	if len(w) < 2 || w[0] != '-' || w == "--" {
		return "", false
	}
	name := strings.TrimLeft(w, "-")
	name, _, _ = strings.Cut(name, "=")
	return name, true
}

func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// flagValues returns the values a flag may take that completion knows:
// names of regions and agencies from the database.
func flagValues(name, db string) []string {
	var kind graph.Kind
	switch name {
	case "region":
		kind = graph.Region
	case "agency":
		kind = graph.Agency
	default:
		return nil
	}
	if db == "" {
		db = "policygraph.db"
	}
	// Completion must never create a database or wait on a FIFO.
	if st, err := os.Stat(db); err != nil || !st.Mode().IsRegular() {
		return nil
	}
	d, err := (&dbFlag{path: db}).open(true)
	if err != nil {
		return nil
	}
	defer d.Close()
	seen := map[string]bool{}
	var out []string
	d.View(func(r graph.Reader) error {
		for _, n := range r.Prefix(kind, "") {
			if n.Name != "" && !seen[n.Name] && !strings.ContainsAny(n.Name, " \t\n") {
				seen[n.Name] = true
				out = append(out, n.Name)
			}
		}
		return nil
	})
	return out
}

func withPrefix(words []string, prefix string) []string {
	var out []string
	for _, w := range words {
		if strings.HasPrefix(w, prefix) {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}
