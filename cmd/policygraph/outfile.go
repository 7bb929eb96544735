package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// checkNotInput refuses an output path that is the same file as one the
// command reads (export --out kg.db --db kg.db destroyed the database).
func checkNotInput(cmd, out string, inputs ...string) error {
	ost, err := os.Stat(out)
	if err != nil {
		return nil // a new file cannot be an input
	}
	for _, in := range inputs {
		if ist, err := os.Stat(in); err == nil && os.SameFile(ost, ist) {
			return usageErr("%s: --out %s is the file it reads (%s): choose another output", cmd, out, in)
		}
	}
	return nil
}

// writeOut writes a file through write, atomically: into a temporary file
// beside it, synced and renamed into place, so that a failure (a full
// disk) leaves the previous file as it was, never a truncated one. A path
// that exists and is not a regular file (/dev/stdout, a FIFO) is written
// directly.
func writeOut(path string, write func(io.Writer) error) error {
	if st, err := os.Stat(path); err == nil && !st.Mode().IsRegular() {
		if st.IsDir() {
			return fmt.Errorf("%s is a directory", path)
		}
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return err
		}
		if err := write(f); err != nil {
			f.Close()
			return fmt.Errorf("write %s: %w", path, err)
		}
		return f.Close()
	}
	mode := os.FileMode(0o644)
	if st, err := os.Stat(path); err == nil {
		mode = st.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	fail := func(err error) error {
		tmp.Close()
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %w (the previous file, if any, is unchanged)", path, err)
	}
	if err := write(tmp); err != nil {
		return fail(err)
	}
	if err := tmp.Chmod(mode); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %w (the previous file, if any, is unchanged)", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return nil
}
