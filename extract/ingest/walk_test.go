package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// writeTree creates files (path → content) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for p, c := range files {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// walkAll collects Walk's calls as relative paths, errors marked "!".
func walkAll(t *testing.T, root string, paths ...string) []string {
	t.Helper()
	return walkAllWith(t, root, WalkOptions{}, paths...)
}

func walkAllWith(t *testing.T, root string, opt WalkOptions, paths ...string) []string {
	t.Helper()
	var got []string
	err := WalkWith(paths, opt, func(path string, err error) error {
		rel, rerr := filepath.Rel(root, path)
		if rerr != nil {
			rel = path
		}
		rel = filepath.ToSlash(rel)
		if err != nil {
			rel = "!" + rel
		}
		got = append(got, rel)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"b.md":               "b",
		"a.txt":              "a",
		"c/z.html":           "z",
		"c/y.jsonl":          "{}",
		"c/x.json":           "{}",
		"c/README":           "no extension",
		"c/NEWS":             "no extension, upper case",
		"SOURCE.md":          "describes the folder",
		"c/SOURCES-2.md":     "describes the folder",
		"c/README.md":        "describes the folder",
		"c/LICENSE":          "describes the folder",
		"c/readme.md":        "lower case: a document",
		"c/source-2023.txt":  "lower case: a document",
		"c/image.png":        "png",
		"c/data.tsv":         "tsv",
		".hidden.md":         "hidden",
		".git/config.txt":    "hidden dir",
		"_posts/2024-1-1.md": "jekyll folder",
		"A.HTM":              "upper-case extension",
	})
	got := walkAll(t, dir, dir)
	want := []string{"A.HTM", "_posts/2024-1-1.md", "a.txt", "b.md", "c/NEWS", "c/readme.md", "c/source-2023.txt", "c/x.json", "c/y.jsonl", "c/z.html"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Walk = %q\nwant %q", got, want)
	}

	// Explicit files are passed on whatever their name; order of arguments is kept.
	got = walkAll(t, dir, filepath.Join(dir, "c", "image.png"), filepath.Join(dir, ".hidden.md"), filepath.Join(dir, "c", "README"), filepath.Join(dir, "c"))
	want = []string{"c/image.png", ".hidden.md", "c/README", "c/NEWS", "c/readme.md", "c/source-2023.txt", "c/x.json", "c/y.jsonl", "c/z.html"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Walk = %q\nwant %q", got, want)
	}

	// A missing path is reported, and the walk goes on.
	got = walkAll(t, dir, filepath.Join(dir, "missing"), filepath.Join(dir, "a.txt"))
	if want := []string{"!missing", "a.txt"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Walk = %q, want %q", got, want)
	}
}

func TestWalkSymlinks(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"docs/a.md": "a", "other/b.md": "b"})
	for link, target := range map[string]string{
		"docs/loop":     "..",                                 // back to an ancestor
		"docs/self":     ".",                                  // to itself
		"docs/other":    filepath.Join(dir, "other"),          // a real folder elsewhere
		"docs/file.txt": filepath.Join(dir, "other", "b.md"),  // a file
		"docs/broken":   filepath.Join(dir, "does-not-exist"), // dangling
	} {
		if err := os.Symlink(target, filepath.Join(dir, filepath.FromSlash(link))); err != nil {
			t.Skipf("symlinks not supported: %v", err)
		}
	}
	got := walkAllWith(t, dir, WalkOptions{FollowExternal: true}, filepath.Join(dir, "docs"))
	// docs/loop is the temp folder: its docs is a loop, its other is not.
	want := []string{"docs/a.md", "!docs/broken", "docs/file.txt", "!docs/loop/docs", "docs/loop/other/b.md", "docs/other/b.md", "!docs/self"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Walk = %q\nwant %q", got, want)
	}
	// The loop error says what it is.
	var loopErr error
	_ = WalkWith([]string{filepath.Join(dir, "docs")}, WalkOptions{FollowExternal: true}, func(path string, err error) error {
		if err != nil && loopErr == nil && strings.HasSuffix(path, "self") {
			loopErr = err
		}
		return nil
	})
	if loopErr == nil || !strings.Contains(loopErr.Error(), "symlink loop") {
		t.Errorf("loop error = %v", loopErr)
	}
}

func TestWalkStops(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"a.md": "a", "b.md": "b", "c.md": "c"})
	stop := errors.New("stop")
	n := 0
	err := Walk([]string{dir}, func(path string, err error) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if err != stop || n != 2 {
		t.Errorf("err %v after %d calls, want stop after 2", err, n)
	}
}

func TestWalkUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: permissions are not enforced")
	}
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"locked/a.md": "a", "secret.md": "s", "ok.md": "ok"})
	locked, secret := filepath.Join(dir, "locked"), filepath.Join(dir, "secret.md")
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(locked, 0o755)
	if err := os.Chmod(secret, 0); err != nil {
		t.Fatal(err)
	}
	got := walkAll(t, dir, dir)
	if want := []string{"!locked", "ok.md", "secret.md"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Walk = %q, want %q", got, want)
	}
	// Walk does not read files; ReadFile reports the unreadable one.
	_, errs := ReadFile(secret, Options{})
	if len(errs) != 1 || !errors.Is(errs[0], os.ErrPermission) || !strings.HasPrefix(errs[0].Error(), "read "+secret) {
		t.Errorf("ReadFile = %v, want a permission error", errs)
	}
}
