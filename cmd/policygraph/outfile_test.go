package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// A write that fails half-way (a full disk) leaves the previous file as it
// was and no temporary file; a write that succeeds replaces it, keeping
// its permissions.
func TestWriteOutIsAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.json")
	if err := os.WriteFile(path, []byte("the good export"), 0o640); err != nil {
		t.Fatal(err)
	}
	full := errors.New("no space left on device")
	err := writeOut(path, func(w io.Writer) error {
		io.WriteString(w, "the begin")
		return full
	})
	if !errors.Is(err, full) {
		t.Fatalf("err %v, want the write's error", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "the good export" {
		t.Fatalf("after a failed write the file holds %q", got)
	}
	if err := writeOut(path, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "new" {
		t.Fatalf("file holds %q, want new", got)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want 0640 kept", st.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("files left: %v", entries)
	}
}
