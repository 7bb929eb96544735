// Package testtools finds the programs beyond Go that some tests run:
// Graphviz dot, and python3 with networkx. A test whose tool is missing
// skips, so the suite passes on a machine with only Go, unless the
// environment variable POLICYGRAPH_REQUIRE_TOOLS names the tool: then the
// test fails. CI installs the tools and sets
// POLICYGRAPH_REQUIRE_TOOLS=dot,python3,networkx, so that a failed install
// or a moved program cannot turn those checks into silent skips.
//
// POLICYGRAPH_REQUIRE_TOOLS is a comma-separated list of tool names (a
// program such as "dot" or "python3", or a Python module such as
// "networkx"), or "all".
package testtools

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Env names the environment variable that lists the required tools.
const Env = "POLICYGRAPH_REQUIRE_TOOLS"

// required reports whether env, a value of Env, requires the tool name.
func required(env, name string) bool {
	for _, f := range strings.Split(env, ",") {
		if f = strings.TrimSpace(f); f == "all" || f == name {
			return true
		}
	}
	return false
}

// Required reports whether Env requires the tool name.
func Required(name string) bool {
	return required(os.Getenv(Env), name)
}

// missing fails the test when Env requires name, and skips it otherwise.
func missing(t testing.TB, name, why string) {
	t.Helper()
	if Required(name) {
		t.Fatalf("%s: %s, and %s=%s requires it", name, why, Env, os.Getenv(Env))
	}
	t.Skipf("%s: %s (set %s=%s to fail instead)", name, why, Env, name)
}

// Path returns the path of the program name, or skips the test when it is
// not installed (fails it when Env requires name).
func Path(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		missing(t, name, fmt.Sprintf("not installed (%v)", err))
	}
	return p
}

// Lookup is Path for a test that checks less without the program rather
// than skipping: when name is missing and Env does not require it, Lookup
// returns "", false and leaves the test running.
func Lookup(t testing.TB, name string) (string, bool) {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if Required(name) {
			t.Fatalf("%s: not installed (%v), and %s=%s requires it", name, err, Env, os.Getenv(Env))
		}
		return "", false
	}
	return p, true
}

// Python returns the Python interpreter ($PYTHON, or python3) after
// checking that it imports each of modules, or skips the test (fails it
// when Env requires "python3" or the missing module). The tool name of the
// interpreter is "python3" whatever $PYTHON says.
func Python(t testing.TB, modules ...string) string {
	t.Helper()
	name := os.Getenv("PYTHON")
	if name == "" {
		name = "python3"
	}
	py, err := exec.LookPath(name)
	if err != nil {
		missing(t, "python3", fmt.Sprintf("not installed (%v; $PYTHON picks the interpreter)", err))
	}
	Import(t, py, modules...)
	return py
}

// Import checks that the Python interpreter py imports each of modules, or
// skips the test (fails it when Env requires the missing module).
func Import(t testing.TB, py string, modules ...string) {
	t.Helper()
	for _, m := range modules {
		cmd := exec.Command(py, "-c", "import "+m)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			why := strings.TrimSpace(stderr.String())
			if i := strings.LastIndexByte(why, '\n'); i >= 0 {
				why = why[i+1:] // the exception, not the traceback
			}
			if why == "" {
				why = err.Error()
			}
			missing(t, m, fmt.Sprintf("%s cannot import it (%s)", py, why))
		}
	}
}
