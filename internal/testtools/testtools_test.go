package testtools

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

func TestRequired(t *testing.T) {
	for _, tc := range []struct {
		env, name string
		want      bool
	}{
		{"", "dot", false},
		{"dot", "dot", true},
		{"dot,python3,networkx", "networkx", true},
		{"dot,python3,networkx", "node", false},
		{" dot , python3 ", "python3", true},
		{"dot,,", "python3", false},
		{"all", "node", true},
		{"dot,all", "networkx", true},
		{"dotty", "dot", false},
		{"python", "python3", false},
		{"ALL", "dot", false},
	} {
		if got := required(tc.env, tc.name); got != tc.want {
			t.Errorf("required(%q, %q) = %v, want %v", tc.env, tc.name, got, tc.want)
		}
	}
}

// fakeTB records how a helper ended the test: "skip", "fatal" or "".
type fakeTB struct {
	testing.TB
	ended, msg string
}

func (f *fakeTB) Helper() {}
func (f *fakeTB) Skipf(format string, args ...any) {
	f.ended, f.msg = "skip", fmt.Sprintf(format, args...)
	runtime.Goexit()
}
func (f *fakeTB) Fatalf(format string, args ...any) {
	f.ended, f.msg = "fatal", fmt.Sprintf(format, args...)
	runtime.Goexit()
}

// run calls fn with a fakeTB on a goroutine of its own, as Goexit needs.
func run(fn func(testing.TB)) *fakeTB {
	f := new(fakeTB)
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn(f)
	}()
	<-done
	return f
}

// A missing program skips, unless required; then it fails, naming the
// variable.
func TestMissing(t *testing.T) {
	const tool = "policygraph-no-such-tool"
	for _, tc := range []struct {
		env        string
		path, look string // how Path and Lookup end the test
	}{
		{"", "skip", ""},
		{"dot", "skip", ""},
		{"dot," + tool, "fatal", "fatal"},
		{"all", "fatal", "fatal"},
	} {
		t.Setenv(Env, tc.env)
		f := run(func(tb testing.TB) { Path(tb, tool) })
		if f.ended != tc.path || !strings.Contains(f.msg, tool) || !strings.Contains(f.msg, Env) {
			t.Errorf("%s=%q: Path ended the test with %s %q, want %s", Env, tc.env, f.ended, f.msg, tc.path)
		}
		f = run(func(tb testing.TB) {
			if p, ok := Lookup(tb, tool); ok || p != "" {
				t.Errorf("Lookup(%q) = %q, %v", tool, p, ok)
			}
		})
		if f.ended != tc.look {
			t.Errorf("%s=%q: Lookup ended the test with %q %q, want %q", Env, tc.env, f.ended, f.msg, tc.look)
		}
	}
}

// A module the interpreter lacks is a missing tool under its own name.
func TestPythonModule(t *testing.T) {
	py := Python(t)
	const module = "policygraph_no_such_module"
	t.Setenv("PYTHON", py)
	for _, tc := range []struct {
		env, want string
	}{
		{"python3", "skip"},
		{module, "fatal"},
	} {
		t.Setenv(Env, tc.env)
		f := run(func(tb testing.TB) { Python(tb, module) })
		if f.ended != tc.want || !strings.Contains(f.msg, module) {
			t.Errorf("%s=%q: Python ended the test with %s %q, want %s", Env, tc.env, f.ended, f.msg, tc.want)
		}
	}
}
