package main

import (
	"bytes"
	"io"
	"strings"

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
// as they are and do not affect the column widths.
func (t *tableWriter) Flush() error {
	text := strings.TrimSuffix(t.buf.String(), "\n")
	t.buf.Reset()
	if text == "" {
		return nil
	}
	lines := strings.Split(text, "\n")
	var out strings.Builder
	for i := 0; i < len(lines); {
		if !strings.Contains(lines[i], "\t") {
			out.WriteString(lines[i])
			out.WriteByte('\n')
			i++
			continue
		}
		// A block of consecutive rows shares its column widths.
		var rows [][]string
		var widths []int
		for ; i < len(lines) && strings.Contains(lines[i], "\t"); i++ {
			row := strings.Split(lines[i], "\t")
			for j, c := range row[:len(row)-1] {
				if j == len(widths) {
					widths = append(widths, 0)
				}
				widths[j] = max(widths[j], runewidth.StringWidth(c))
			}
			rows = append(rows, row)
		}
		for _, row := range rows {
			var line strings.Builder
			for j, c := range row {
				line.WriteString(c)
				if j < len(row)-1 {
					line.WriteString(strings.Repeat(" ", widths[j]-runewidth.StringWidth(c)+2))
				}
			}
			out.WriteString(strings.TrimRight(line.String(), " "))
			out.WriteByte('\n')
		}
	}
	_, err := io.WriteString(t.w, out.String())
	return err
}
