package extract

import (
	"bytes"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
)

// The build ID read from the running executable's ELF note is the one the
// go tool reports for it, and is what codeVersion hashes.
func TestELFBuildID(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("ELF executables only")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("go", "tool", "buildid", exe).Output()
	if err != nil {
		t.Skipf("go tool buildid: %v", err)
	}
	f, err := os.Open(exe)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got := elfBuildID(f)
	if want := strings.TrimSpace(string(out)); string(got) != want {
		t.Fatalf("elfBuildID = %q, go tool buildid says %q", got, want)
	}
	if v := codeVersion(); len(v) != 12 {
		t.Fatalf("codeVersion() = %q, want 12 hex digits", v)
	}
	// Not an ELF file, or a truncated one: no ID, so the file is hashed.
	for _, data := range [][]byte{[]byte("#!/bin/sh\n"), nil} {
		if id := elfBuildID(bytes.NewReader(data)); id != nil {
			t.Errorf("elfBuildID(%q) = %q, want nil", data, id)
		}
	}
}
