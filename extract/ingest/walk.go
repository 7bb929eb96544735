package ingest

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// documentExts are the extensions Walk yields from folders; files without
// an extension are yielded too.
var documentExts = map[string]bool{
	".md": true, ".markdown": true, ".mdown": true, ".mkd": true, ".txt": true, ".text": true,
	".html": true, ".htm": true, ".xhtml": true, ".shtml": true, ".jsonl": true, ".ndjson": true, ".json": true,
}

// Walk expands paths into input files and calls fn for each, in order: a
// path naming a file is passed on whatever its name; a folder is walked
// recursively with its entries in sorted order, yielding the files that look
// like documents (.md .markdown .txt .html .htm .jsonl .ndjson .json …, and
// names without an extension), skipping hidden files and folders (names
// starting with "."). Symbolic links are followed; a link back to a folder
// being walked is a loop, reported to fn and not followed.
//
// A path that cannot be listed or followed is passed to fn with its error;
// if fn returns an error, Walk stops and returns it. Walk does not read
// files: ReadFile finds out whether a yielded file is readable text.
func Walk(paths []string, fn func(path string, err error) error) error {
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			err = fn(p, err)
		} else if info.IsDir() {
			err = walkDir(p, info, nil, fn)
		} else {
			err = fn(p, nil)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// walkDir walks one folder; ancestors are the folders above it on the
// current path, used to detect symlink loops.
func walkDir(dir string, info fs.FileInfo, ancestors []fs.FileInfo, fn func(string, error) error) error {
	for _, a := range ancestors {
		if os.SameFile(a, info) {
			return fn(dir, fmt.Errorf("walk %s: symlink loop: the folder is already being walked", dir))
		}
	}
	ancestors = append(ancestors, info)
	entries, err := os.ReadDir(dir)
	if err != nil {
		if err := fn(dir, err); err != nil {
			return err
		}
		// ReadDir may still have returned some entries.
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		path := filepath.Join(dir, name)
		var ci fs.FileInfo
		if e.Type()&fs.ModeSymlink != 0 {
			ci, err = os.Stat(path)
		} else {
			ci, err = e.Info()
		}
		if err != nil {
			if err := fn(path, err); err != nil {
				return err
			}
			continue
		}
		switch {
		case ci.IsDir():
			err = walkDir(path, ci, ancestors, fn)
		case ci.Mode().IsRegular() && isDocumentName(name):
			err = fn(path, nil)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// isDocumentName reports whether a file name found in a folder looks like
// a document.
func isDocumentName(name string) bool {
	ext := filepath.Ext(name)
	return ext == "" || documentExts[strings.ToLower(ext)]
}
