package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/mattn/go-runewidth"
)

// A tableWriter lays out tab-separated cells in columns, like
// text/tabwriter, but measures cells by their display width: a Chinese
// character takes two columns of a terminal, so tabwriter's rune counts
// leave Chinese tables ragged. Write lines of cells separated by tabs,
// then Flush. The last cell of a line is not padded.
type tableWriter struct {
	w   io.Writer
	buf bytes.Buffer
}

func newTableWriter(w io.Writer) *tableWriter { return &tableWriter{w: w} }

func (t *tableWriter) Write(p []byte) (int, error) { return t.buf.Write(p) }

// Flush writes the table. Lines without tabs (headings, notes) are written
// as they are and do not affect the column widths. Rows are written
// through a buffer as they are laid out: a table of every target of a
// large database is megabytes, and building it as one string first cost
// a fifth of such a query.
func (t *tableWriter) Flush() error {
	text := strings.TrimSuffix(t.buf.String(), "\n")
	t.buf.Reset()
	if text == "" {
		return nil
	}
	lines := strings.Split(text, "\n")
	out := bufio.NewWriterSize(t.w, 64<<10)
	for i := 0; i < len(lines); {
		if !strings.Contains(lines[i], "\t") {
			out.WriteString(lines[i])
			out.WriteByte('\n')
			i++
			continue
		}
		// A block of consecutive rows shares its column widths.
		var rows [][]string
		for ; i < len(lines) && strings.Contains(lines[i], "\t"); i++ {
			rows = append(rows, strings.Split(lines[i], "\t"))
		}
		writeBlock(out, rows)
	}
	return out.Flush()
}

// writeBlock writes rows of cells as a block of aligned columns: every
// column but the last padded to its widest cell and two spaces, trailing
// spaces trimmed.
func writeBlock(out *bufio.Writer, rows [][]string) {
	var widths []int
	cellWidths := make([][]int, len(rows))
	for r, row := range rows {
		cw := make([]int, max(len(row)-1, 0))
		for j, c := range row[:len(cw)] {
			if j == len(widths) {
				widths = append(widths, 0)
			}
			cw[j] = cellWidth(c)
			widths[j] = max(widths[j], cw[j])
		}
		cellWidths[r] = cw
	}
	var line []byte
	for r, row := range rows {
		line = line[:0]
		for j, c := range row {
			line = append(line, c...)
			if j < len(row)-1 {
				for n := widths[j] - cellWidths[r][j] + 2; n > 0; n-- {
					line = append(line, ' ')
				}
			}
		}
		out.Write(bytes.TrimRight(line, " "))
		out.WriteByte('\n')
	}
}

// cellWidth is the width of a cell on a terminal. A cell of printable
// ASCII and of Chinese characters and punctuation, which are wide in every
// terminal (East Asian Width W or F), is counted here; any other is
// measured by runewidth, whose tables take milliseconds to build.
func cellWidth(s string) int {
	w := 0
	for _, r := range s {
		switch {
		case r >= 0x20 && r < 0x7f:
			w++
		case r >= 0x3000 && r <= 0x3029, r >= 0x3030 && r <= 0x303e, r >= 0x3400 && r <= 0x4dbf, r >= 0x4e00 && r <= 0x9fff,
			r >= 0xf900 && r <= 0xfaff, r >= 0xff01 && r <= 0xff60, r >= 0xffe0 && r <= 0xffe6:
			w += 2
		default:
			return runewidth.StringWidth(s)
		}
	}
	return w
}

// csvRaw is the internal name of --format csv --csv-raw.
const csvRaw = "csv-raw"

func isCSV(format string) bool { return format == "csv" || format == csvRaw }

// csvSafe neutralises a CSV cell that a spreadsheet would run as a
// formula, as OWASP recommends: a cell starting with = + - @ tab or CR is
// prefixed with a single quote. A plain number (-5, -0.25, +3) is left
// alone: it is a number to the spreadsheet, not a formula.
func csvSafe(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		if isPlainNumber(s) {
			return s
		}
		return "'" + s
	}
	return s
}

// isPlainNumber reports whether s is a sign, digits and at most one
// decimal point, with a digit.
func isPlainNumber(s string) bool {
	if s[0] == '-' || s[0] == '+' {
		s = s[1:]
	}
	digits, dots := 0, 0
	for _, c := range []byte(s) {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.':
			dots++
		default:
			return false
		}
	}
	return digits > 0 && dots <= 1
}

// termSafe makes a name or text from a document safe to print on a
// terminal or in a table: control characters (tabs and line breaks, which
// break a table's rows, ESC, which starts a terminal escape sequence, C1
// controls), the Unicode bidirectional overrides, and bytes that are not
// UTF-8 are written as Go escapes (\n, \x1b, \u202e, \xff), so the bytes
// of a hostile file name never reach the terminal and two different names
// never look the same.
func termSafe(s string) string {
	clean := true
	for i, r := range s {
		if needsEscape(r) || r == utf8.RuneError && isInvalidAt(s, i) {
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
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case needsEscape(r) && r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		case needsEscape(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// termSafeLines is termSafe for messages of several lines: line breaks
// and tabs stay, every other control character is escaped.
func termSafeLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		parts := strings.Split(l, "\t")
		for j, p := range parts {
			parts[j] = termSafe(p)
		}
		lines[i] = strings.Join(parts, "\t")
	}
	return strings.Join(lines, "\n")
}

func needsEscape(r rune) bool {
	return r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 ||
		r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0xfeff
}

func isInvalidAt(s string, i int) bool {
	_, n := utf8.DecodeRuneInString(s[i:])
	return n <= 1
}
