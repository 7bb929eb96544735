package ingest

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// A document's source is its identity in the database. It is built so
// that the same document always gets the same source, and two different
// documents never do:
//
//   - a file: its absolute, cleaned path (SourceOf), so that seeds/a.md and
//     $PWD/seeds/a.md are one document;
//   - a JSON Lines record with an id: the file's source, "#", the id;
//   - a record without an id: the file's source, "#", then "\sha256:" and
//     the first 16 hex digits of the hash of its bytes — not its line
//     number, which changes when a line is added above it and collides
//     between the splits of one stream run on many machines.
//
// Names are escaped (EscapeName) so that a source is valid, printable
// UTF-8 and the escaping cannot collide: a backslash is written \\, control
// characters and bytes that are not UTF-8 \xNN, and in the path part "#"
// is \x23, so the first "#" always ends the path. A generated record name
// starts with a single backslash, which no escaped id can.

// idlessPrefix starts the name of a record without an id.
const idlessPrefix = `\sha256:`

// SourceOf returns the source of the file at path: absolute, cleaned and
// escaped.
func SourceOf(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	return escape(filepath.Clean(path), true)
}

// EscapeName escapes a name or an id as sources do: the result is valid
// UTF-8 without control characters, and different names stay different.
func EscapeName(s string) string { return escape(s, false) }

func escape(s string, path bool) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == 0x7f || c == '\\' && (path && filepath.Separator == '/' || !path) || path && c == '#' || c >= 0x80 {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\\' && (!path || filepath.Separator == '/'):
			b.WriteString(`\\`)
		case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 || path && r == '#':
			if r < 0x80 {
				fmt.Fprintf(&b, `\x%02x`, r)
			} else {
				// A C1 control is two bytes in UTF-8: escape both.
				fmt.Fprintf(&b, `\x%02x\x%02x`, s[i], s[i+1])
			}
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// unescape reverses escape; ok is false for text escape cannot produce.
func unescape(s string) (string, bool) {
	if !strings.Contains(s, `\`) {
		return s, true
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			b.WriteByte(s[i])
			continue
		}
		switch {
		case i+1 < len(s) && s[i+1] == '\\':
			b.WriteByte('\\')
			i++
		case i+3 < len(s) && s[i+1] == 'x' && isHex(s[i+2]) && isHex(s[i+3]):
			b.WriteByte(unhex(s[i+2])<<4 | unhex(s[i+3]))
			i += 3
		default:
			if filepath.Separator == '\\' {
				b.WriteByte('\\')
				continue
			}
			return "", false
		}
	}
	return b.String(), true
}

// SplitSource takes a source apart: the file path it names (unescaped, as
// the file system spells it) and the record name after "#" ("" for a
// whole file). ok is false when the source does not name a file by an
// absolute path (standard input's "stdin#…", or a source made by an older
// version from a relative path).
func SplitSource(src string) (path, record string, ok bool) {
	p, rec, _ := strings.Cut(src, "#")
	path, ok = unescape(p)
	if !ok || !filepath.IsAbs(path) {
		return "", "", false
	}
	return path, rec, true
}

// recordName returns the name of a JSON Lines record after its file's
// source and "#": the escaped id, or for a record without one the hash
// of its bytes.
func recordName(id, hash string) string {
	if id == "" {
		return idlessPrefix + hash[:16]
	}
	return EscapeName(id)
}

func isHex(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' }

func unhex(c byte) byte {
	if c <= '9' {
		return c - '0'
	}
	return c - 'a' + 10
}
