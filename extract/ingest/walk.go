package ingest

import (
	"errors"
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

// nonDocuments are the upper-case names, up to their first "." or "-", of
// the files that describe a folder rather than being documents in it:
// README, README.md, SOURCE.md, SOURCES-2.md, LICENSE, MANIFEST.tsv …
// Nobody names a news article in capitals like these.
var nonDocuments = map[string]bool{
	"README": true, "SOURCE": true, "SOURCES": true, "LICENSE": true, "LICENCE": true, "COPYING": true,
	"NOTICE": true, "AUTHORS": true, "CHANGELOG": true, "CHANGES": true, "CONTRIBUTING": true, "MANIFEST": true, "INDEX": true,
}

// ErrSkipped marks an input found in a folder and left out on purpose (a
// FIFO, a device, a socket, a symlink that leads out of the named folder):
// reported, but not a failure.
var ErrSkipped = errors.New("skipped")

// WalkOptions tune Walk.
type WalkOptions struct {
	// FollowExternal follows symbolic links that lead out of the folder
	// being walked; by default they are reported (ErrSkipped) and left out,
	// so a link to /etc inside an input folder cannot bring /etc/shadow
	// in.
	FollowExternal bool
	// Exclude leaves out files and folders whose name matches one of
	// these shell patterns (filepath.Match: raw, *.bak, draft-*).
	Exclude []string
}

// Walk expands paths into input files and calls fn for each, in order: a
// path naming a file is passed on whatever its name and kind (a FIFO, a
// device: the user named it); a folder is walked recursively with its
// entries in sorted order, yielding the regular files that look like
// documents (.md .markdown .txt .html .htm .jsonl .ndjson .json …, and
// names without an extension). Walking a folder leaves out, by rule:
//
//   - hidden files and folders (names starting with ".");
//   - files that describe the folder, named in capitals up to their first
//     "." or "-": README, SOURCE.md, SOURCES-2.md, LICENSE, MANIFEST.tsv …
//     (see nonDocuments);
//   - names matching WalkOptions.Exclude;
//   - FIFOs, devices and sockets, and symbolic links that lead out of the
//     named folder (unless WalkOptions.FollowExternal): these are passed
//     to fn with an error wrapping ErrSkipped.
//
// Symbolic links inside the folder are followed; a link back to a folder
// being walked is a loop, reported to fn and not followed.
//
// A path that cannot be listed or followed is passed to fn with its error;
// if fn returns an error, Walk stops and returns it. Walk does not read
// files: ReadFile finds out whether a yielded file is readable text.
func Walk(paths []string, fn func(path string, err error) error) error {
	return WalkWith(paths, WalkOptions{}, fn)
}

// WalkWith is Walk with options.
func WalkWith(paths []string, opt WalkOptions, fn func(path string, err error) error) error {
	for _, pat := range opt.Exclude {
		if _, err := filepath.Match(pat, ""); err != nil {
			return fmt.Errorf("exclude pattern %q: %w", pat, err)
		}
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			err = fn(p, err)
		} else if info.IsDir() {
			w := &walker{opt: opt, fn: fn}
			if w.root, err = filepath.EvalSymlinks(p); err != nil {
				err = fn(p, err)
			} else {
				err = w.dir(p, info, nil)
			}
		} else {
			err = fn(p, nil)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

type walker struct {
	opt  WalkOptions
	fn   func(string, error) error
	root string // the named folder, symlinks resolved
}

// dir walks one folder; ancestors are the folders above it on the
// current path, used to detect symlink loops.
func (w *walker) dir(dir string, info fs.FileInfo, ancestors []fs.FileInfo) error {
	for _, a := range ancestors {
		if os.SameFile(a, info) {
			return w.fn(dir, fmt.Errorf("walk %s: symlink loop: the folder is already being walked", dir))
		}
	}
	ancestors = append(ancestors, info)
	entries, err := os.ReadDir(dir)
	if err != nil {
		if err := w.fn(dir, err); err != nil {
			return err
		}
		// ReadDir may still have returned some entries.
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") || w.excluded(name) {
			continue
		}
		path := filepath.Join(dir, name)
		var ci fs.FileInfo
		if e.Type()&fs.ModeSymlink != 0 {
			ci, err = os.Stat(path)
			if err == nil && !w.opt.FollowExternal {
				if real, rerr := filepath.EvalSymlinks(path); rerr == nil && !inside(w.root, real) {
					if err := w.fn(path, fmt.Errorf("%w: a symlink to %s, outside %s (--follow-symlinks follows it)", ErrSkipped, real, w.root)); err != nil {
						return err
					}
					continue
				}
			}
		} else {
			ci, err = e.Info()
		}
		if err != nil {
			if err := w.fn(path, err); err != nil {
				return err
			}
			continue
		}
		switch {
		case ci.IsDir():
			err = w.dir(path, ci, ancestors)
		case ci.Mode().IsRegular():
			if isDocumentName(name) && !isNonDocument(name) {
				err = w.fn(path, nil)
			}
		default:
			err = w.fn(path, fmt.Errorf("%w: a %s, not a regular file", ErrSkipped, fileKind(ci.Mode())))
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (w *walker) excluded(name string) bool {
	for _, pat := range w.opt.Exclude {
		if ok, _ := filepath.Match(pat, name); ok {
			return true
		}
	}
	return false
}

// inside reports whether path is root or under it (both resolved).
func inside(root, path string) bool {
	rel, err := filepath.Rel(root, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "FIFO"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeCharDevice != 0:
		return "character device"
	case m&fs.ModeDevice != 0:
		return "device"
	}
	return "special file"
}

// isDocumentName reports whether a file name found in a folder looks like
// a document.
func isDocumentName(name string) bool {
	ext := filepath.Ext(name)
	return ext == "" || documentExts[strings.ToLower(ext)]
}

// isNonDocument reports whether a file name found in a folder names a
// file that describes the folder (README, SOURCE.md, SOURCES-2.md …).
func isNonDocument(name string) bool {
	stem := name
	if i := strings.IndexAny(stem, ".-"); i >= 0 {
		stem = stem[:i]
	}
	return nonDocuments[stem]
}
