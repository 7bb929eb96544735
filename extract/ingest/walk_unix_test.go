//go:build unix

package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
)

// By default a symlink that leads out of the named folder is reported as
// skipped and not followed (a link to /etc brought /etc/shadow in); links
// inside the folder are followed. FIFOs, devices and sockets in a folder
// are reported as skipped; --exclude patterns leave names out.
func TestWalkStaysInside(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"docs/a.md": "a", "docs/sub/c.md": "c", "other/b.md": "b", "docs/raw/r.jsonl": "{}"})
	for link, target := range map[string]string{
		"docs/out":      filepath.Join(dir, "other"),
		"docs/out.txt":  filepath.Join(dir, "other", "b.md"),
		"docs/in":       filepath.Join(dir, "docs", "sub"),
		"docs/in.md":    "sub/c.md",
		"docs/etc":      "/etc",
		"docs/up/x.txt": "../../other/b.md",
	} {
		full := filepath.Join(dir, filepath.FromSlash(link))
		os.MkdirAll(filepath.Dir(full), 0o755)
		if err := os.Symlink(target, full); err != nil {
			t.Skipf("symlinks not supported: %v", err)
		}
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "docs", "pipe.txt"), 0o644); err != nil {
		t.Skipf("no FIFOs: %v", err)
	}
	var got []string
	skipped := map[string]string{}
	err := WalkWith([]string{filepath.Join(dir, "docs")}, WalkOptions{Exclude: []string{"raw"}}, func(path string, err error) error {
		rel, _ := filepath.Rel(dir, path)
		rel = filepath.ToSlash(rel)
		switch {
		case errors.Is(err, ErrSkipped):
			skipped[rel] = err.Error()
		case err != nil:
			t.Errorf("%s: %v", rel, err)
		default:
			got = append(got, rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"docs/a.md", "docs/in/c.md", "docs/in.md", "docs/sub/c.md"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Walk = %q\nwant %q", got, want)
	}
	for rel, reason := range map[string]string{
		"docs/out": "outside", "docs/out.txt": "outside", "docs/etc": "a symlink to /etc", "docs/up/x.txt": "outside",
		"docs/pipe.txt": "a FIFO, not a regular file",
	} {
		if !strings.Contains(skipped[rel], reason) {
			t.Errorf("%s: skipped with %q, want %q", rel, skipped[rel], reason)
		}
	}
	if len(skipped) != 5 {
		t.Errorf("skipped %v, want 5", skipped)
	}
	// Named directly, a file is taken whatever it is.
	got = walkAll(t, dir, filepath.Join(dir, "docs", "out.txt"), filepath.Join(dir, "docs", "pipe.txt"))
	if want := []string{"docs/out.txt", "docs/pipe.txt"}; !reflect.DeepEqual(got, want) {
		t.Errorf("named files: %q, want %q", got, want)
	}
	if err := WalkWith([]string{dir}, WalkOptions{Exclude: []string{"["}}, func(string, error) error { return nil }); err == nil {
		t.Error("a bad exclude pattern gave no error")
	}
}
