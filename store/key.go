package store

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/policygraph/policygraph/graph"
)

// Limits on what may be a key. bbolt refuses keys over 32 KiB and aborts
// the whole transaction; these bounds keep every key well inside that, and
// no real document comes near them: the longest node ID of the shared
// corpus is under 400 bytes. Keys that refer to nodes, documents and
// relations hold their numbers (ids.go), so no text can be mistaken for
// their structure.
const (
	MaxSourceBytes = 2048 // a document's source key (path, or path#id)
	MaxIDBytes     = 4096 // a node ID
	MaxRelBytes    = 64   // a relation name
)

// ErrInvalidKey is wrapped by the errors of CheckRecord and Put for a record
// whose source, node IDs or relations cannot be stored.
var ErrInvalidKey = errors.New("invalid key")

func indexNUL(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return i
		}
	}
	return -1
}

// checkKeyPart reports why s cannot be a key part: empty, too long, a NUL
// byte, or (when strict) invalid UTF-8 or a control character. Sources,
// paths and node IDs (which hold sources: document:PATH) are not strict: a
// file name may hold any byte but NUL, and such a document is kept under
// its own name (outputs escape what a terminal or a format cannot show).
func checkKeyPart(what, s string, limit int, strict bool) error {
	switch {
	case s == "":
		return fmt.Errorf("%w: empty %s", ErrInvalidKey, what)
	case len(s) > limit:
		return fmt.Errorf("%w: %s of %d bytes, over the %d-byte limit (starts %q)", ErrInvalidKey, what, len(s), limit, clip(s, 40))
	case indexNUL(s) >= 0:
		return fmt.Errorf("%w: %s %q contains a NUL character", ErrInvalidKey, what, clip(s, 80))
	}
	if !strict {
		return nil
	}
	if !utf8.ValidString(s) {
		return fmt.Errorf("%w: %s %q is not valid UTF-8", ErrInvalidKey, what, clip(s, 80))
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return fmt.Errorf("%w: %s %q contains the control character %U", ErrInvalidKey, what, clip(s, 80), r)
		}
	}
	return nil
}

// clip shortens s to at most n bytes, at a rune boundary, for messages.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// CheckRecord reports whether r can be stored: it has a source, and its
// source, file path, node IDs and relations are within the key limits and
// free of NUL (relations also of other control characters and invalid
// UTF-8), and every edge links two of its nodes. The error wraps ErrInvalidKey and says which key is bad.
func CheckRecord(r *graph.Record) error {
	if r.Meta == nil {
		return fmt.Errorf("%w: record %q has no source", ErrInvalidKey, clip(r.Doc, 80))
	}
	if err := CheckSource(r.Meta.Source); err != nil {
		return err
	}
	if r.Meta.Path != "" {
		if err := checkKeyPart("path", r.Meta.Path, MaxSourceBytes, false); err != nil {
			return err
		}
	}
	for i := range r.Nodes {
		if err := checkKeyPart("node ID", string(r.Nodes[i].ID), MaxIDBytes, false); err != nil {
			return err
		}
	}
	ids := make(map[graph.ID]bool, len(r.Nodes))
	for i := range r.Nodes {
		ids[r.Nodes[i].ID] = true
	}
	for i := range r.Edges {
		e := &r.Edges[i]
		if !ids[e.From] || !ids[e.To] {
			return fmt.Errorf("%w: edge %q %s %q links a node the record does not hold", ErrInvalidKey, clip(string(e.From), 80), clip(string(e.Rel), 64), clip(string(e.To), 80))
		}
		if err := checkKeyPart("edge source ID", string(e.From), MaxIDBytes, false); err != nil {
			return err
		}
		if err := checkKeyPart("edge target ID", string(e.To), MaxIDBytes, false); err != nil {
			return err
		}
		if err := checkKeyPart("relation", string(e.Rel), MaxRelBytes, true); err != nil {
			return err
		}
	}
	return nil
}

// checkFilePath is CheckRecord for a file stamp's path.
func checkFilePath(p string) error {
	return checkKeyPart("file path", p, MaxSourceBytes, false)
}

// CheckSource is the part of CheckRecord that needs only the document's
// source key, so that a document can be refused before it is extracted.
func CheckSource(source string) error {
	return checkKeyPart("source", source, MaxSourceBytes, false)
}

// Clip shortens s to at most n bytes at a rune boundary, marking the cut
// with "…", for messages that quote a key.
func Clip(s string, n int) string { return clip(s, n) }
