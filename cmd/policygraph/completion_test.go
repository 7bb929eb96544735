package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"testing"
)

// The bash script, sourced into a real bash with the built binary on the
// PATH, completes commands, sub-commands, the flags of a sub-command and
// region and agency names from the database.
func TestCompletionBash(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	bin := binary(t)
	db := filepath.Join(t.TempDir(), "kg.db")
	if _, stderr, err := policygraph(t, "extract", "--quiet", "--db", db, samples); err != nil {
		t.Fatalf("extract: %v\n%s", err, stderr)
	}
	for _, tc := range []struct {
		words string // COMP_WORDS; the last one is being completed
		want  []string
		not   []string
	}{
		{`policygraph qu`, []string{"query"}, []string{"rules"}},
		{`policygraph ""`, []string{"extract", "query", "rules", "completion", "version"}, []string{"__complete"}},
		{`policygraph query targ`, []string{"targets"}, nil},
		{`policygraph query ""`, []string{"targets", "amounts", "plans", "agencies", "regions", "entity", "path"}, nil},
		{`policygraph rules c`, []string{"check"}, nil},
		{`policygraph completion ""`, []string{"bash", "zsh", "fish"}, nil},
		{`policygraph query targets --`, []string{"--region", "--year", "--agency", "--indicator", "--limit", "--format", "--db"}, []string{"--depth", "--kind", "--level", "--currency"}},
		{`policygraph query path --`, []string{"--depth", "--via-documents", "--db"}, []string{"--region", "--kind"}},
		{`policygraph extract --j`, []string{"--jobs", "--json"}, nil},
		{`policygraph query targets --db ` + db + ` --region 浙`, []string{"浙江省"}, []string{"北京市"}},
		{`policygraph export --db=` + db + ` --region ""`, []string{"浙江省"}, nil},
		{`policygraph query agencies --db ` + db + ` --agency ""`, []string{"国家发展和改革委员会"}, nil},
		{`policygraph query targets --region ""`, nil, []string{"浙江省"}}, // no policygraph.db here
	} {
		script := `source <(policygraph completion bash) || exit 1
COMP_WORDS=(` + tc.words + `)
COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
_policygraph
printf '%s\n' "${COMPREPLY[@]}"`
		cmd := exec.Command(bash, "--norc", "--noprofile", "-c", script)
		cmd.Dir = t.TempDir()
		cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(bin)+string(os.PathListSeparator)+os.Getenv("PATH"))
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", tc.words, err, out)
		}
		got := strings.Fields(string(out))
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: candidates %q lack %q", tc.words, got, w)
			}
		}
		for _, w := range tc.not {
			if slices.Contains(got, w) {
				t.Errorf("%s: candidates %q include %q", tc.words, got, w)
			}
		}
	}
}

func TestCompletionScripts(t *testing.T) {
	for _, sh := range []string{"bash", "zsh", "fish"} {
		out := must(t, "completion", sh)
		if !strings.Contains(out, "policygraph __complete") {
			t.Errorf("completion %s does not call policygraph __complete:\n%s", sh, out)
		}
	}
	if _, _, err := policygraph(t, "completion", "tcsh"); err == nil || !strings.Contains(err.Error(), `unknown sub-command "tcsh"`) {
		t.Errorf("completion tcsh: err = %v", err)
	}
}

// Unknown sub-commands get a suggestion, and flags of another sub-command
// are usage errors.
func TestSubcommandUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	must(t, "extract", "--quiet", "--db", db, samples)
	for _, tc := range []struct {
		args []string
		want string // in the error; "" = no error
	}{
		{[]string{"query", "targts", "--db", db}, `unknown sub-command "targts"; did you mean "targets"?`},
		{[]string{"query", "targets", "--depth", "9", "--db", db}, "query targets: --depth does not apply (it goes with query path)"},
		{[]string{"query", "targets", "--kind", "plan", "--db", db}, "--kind does not apply (it goes with query entity)"},
		{[]string{"query", "path", "a", "b", "--region", "浙江", "--db", db}, "query path: --region does not apply"},
		{[]string{"rules", "chek"}, `did you mean "check"?`},
		{[]string{"db", "compcat", "--db", db}, `did you mean "compact"?`},
		{[]string{"query", "targets", "--region", "浙江", "--db", db}, ""},
		{[]string{"query", "entity", "浙江省", "--kind", "region", "--limit", "1", "--db", db}, ""},
	} {
		_, _, err := policygraph(t, tc.args...)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%q: %v", tc.args, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%q: err = %v, want %q", tc.args, err, tc.want)
		case tc.want != "" && !isUsage(err):
			t.Errorf("%q: %v is not a usage error (exit 2)", tc.args, err)
		}
	}
}

func isUsage(err error) bool { return err != nil && strings.HasPrefix(err.Error(), "usage: ") }

func TestVersion(t *testing.T) {
	a, b := must(t, "--version"), must(t, "version")
	if a != b || !strings.HasPrefix(a, "policygraph ") {
		t.Errorf("--version = %q, version = %q", a, b)
	}
	for _, tc := range []struct {
		bi   debug.BuildInfo
		want string
	}{
		{debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "devel"},
		{debug.BuildInfo{Main: debug.Module{Version: "v1.2.3"}}, "v1.2.3"},
		{debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261203-abc"}, Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "abc123"}, {Key: "vcs.modified", Value: "true"}}}, "v0.0.0-20261203-abc (revision abc123, modified)"},
		{debug.BuildInfo{Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "abc123"}, {Key: "vcs.modified", Value: "false"}}}, "devel (revision abc123)"},
	} {
		if got := versionOf(&tc.bi); got != tc.want {
			t.Errorf("versionOf(%+v) = %q, want %q", tc.bi, got, tc.want)
		}
	}
}

// Whatever the words, complete returns sorted candidates that start with
// the word being completed (and never opens a database that is not there).
func FuzzComplete(f *testing.F) {
	for _, s := range []string{"", "query targets --", "query targets --region 浙", "export --db=x --region", "help qu", "rules --only c", "-", "--", "query -- --"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		words := strings.Split(line, " ")
		got := complete(words)
		cur := words[len(words)-1]
		if !slices.IsSorted(got) {
			t.Errorf("%q: unsorted %q", line, got)
		}
		for _, c := range got {
			if !strings.HasPrefix(c, cur) {
				t.Errorf("%q: candidate %q does not start with %q", line, c, cur)
			}
		}
	})
}
