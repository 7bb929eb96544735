package store

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/policygraph/policygraph/graph"
)

// Composite keys (node ID + source, from + rel + to, …) are encoded so that
// no part can be mistaken for the structure, whatever bytes it holds: the
// parts are joined by the two bytes 0x00 0x01, and a NUL byte inside a part
// is written 0x00 0x02. Keys sort by their first part, then the next, so a
// prefix scan for "every key whose first part is X" seeks to X 0x00 0x01.
// Validation (CheckRecord) keeps NUL out of every key anyway; the escape
// only makes the decoding total.
const (
	sepByte = 0x01 // after 0x00: the end of a part
	nulByte = 0x02 // after 0x00: a NUL inside a part
)

// Limits on what may be part of a key. bbolt refuses keys over 32 KiB and
// aborts the whole transaction; these bounds keep every composite key
// (four parts at most) well inside that, and no real document comes near
// them: the longest node ID of the shared corpus is under 400 bytes.
const (
	MaxSourceBytes = 2048 // a document's source key (path, or path#id)
	MaxIDBytes     = 4096 // a node ID
	MaxRelBytes    = 64   // a relation name
)

// ErrInvalidKey is wrapped by the errors of CheckRecord and Put for a record
// whose source, node IDs or relations cannot be stored.
var ErrInvalidKey = errors.New("invalid key")

// encodeKey joins parts into one key.
func encodeKey(parts ...string) []byte {
	n := 0
	for _, p := range parts {
		n += len(p) + 2
	}
	b := make([]byte, 0, n)
	for i, p := range parts {
		if i > 0 {
			b = append(b, 0, sepByte)
		}
		b = appendPart(b, p)
	}
	return b
}

// keyPrefix returns the prefix of every key whose first parts are parts.
func keyPrefix(parts ...string) []byte {
	return append(encodeKey(parts...), 0, sepByte)
}

func appendPart(b []byte, p string) []byte {
	for {
		i := indexNUL(p)
		if i < 0 {
			return append(b, p...)
		}
		b = append(b, p[:i]...)
		b = append(b, 0, nulByte)
		p = p[i+1:]
	}
}

func indexNUL(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return i
		}
	}
	return -1
}

// decodeKey splits a key made by encodeKey into exactly n parts.
func decodeKey(k []byte, n int) ([]string, error) {
	parts := make([]string, 0, n)
	var cur []byte
	for i := 0; i < len(k); i++ {
		if k[i] != 0 {
			cur = append(cur, k[i])
			continue
		}
		if i+1 >= len(k) {
			return nil, fmt.Errorf("key %q: ends in a lone NUL", k)
		}
		i++
		switch k[i] {
		case sepByte:
			parts = append(parts, string(cur))
			cur = cur[:0]
		case nulByte:
			cur = append(cur, 0)
		default:
			return nil, fmt.Errorf("key %q: NUL followed by %#x", k, k[i])
		}
	}
	parts = append(parts, string(cur))
	if len(parts) != n {
		return nil, fmt.Errorf("key %q: %d parts, want %d", k, len(parts), n)
	}
	return parts, nil
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
// UTF-8). The error wraps ErrInvalidKey and says which key is bad.
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
	for i := range r.Edges {
		e := &r.Edges[i]
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
