package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzJSONL checks the JSON Lines reader's identity and skipping promises
// on any bytes:
//
//   - every source is the file's source, "#", and either an escaped id or
//     a generated name; it is printable UTF-8 and SplitSource gives the
//     file back;
//   - a record's line is a line of the data (after FirstLine);
//   - records without an id are the same source exactly when their bytes
//     are the same;
//   - SkipRaw is asked about every record a full parse returns, with the
//     same hash (prune finds records by it), also inside a wrapper, and
//     parsing is deterministic;
//   - valid UTF-8 data parsed in two chunks at a line break (as a stream is)
//     gives the records of one parse, with the same sources and lines.
func FuzzJSONL(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","content":"正文"}` + "\n" + `{"content":"无编号"}` + "\n",
		`{"id":"L2","content":"x"}` + "\n" + `{"content":"y"}` + "\n" + `{"content":"y"}` + "\n",
		`{"id":"a\u0000b","content":"x"}` + "\n" + `{"id":"a#b\\c","content":"x"}`,
		"\xef\xbb\xbf{\"id\":1,\"text\":\"x\"}\r\n\n{\"id\":true,\"content\":\"y\"}\nnot json\n",
		`[{"id":"a","content":"x"},{"content":"y"}]`,
		"{\n \"id\": \"p\",\n \"content\": \"pretty\"\n}\n",
		`{"id":"` + strings.Repeat("长", 300) + `","content":"x"}`,
		"{\"id\":\"\xff\xfe\",\"content\":\"\x1b[31m\"}\n",
		`{"data":[{"id":"a","content":"x"},{"content":"y"},{"content":"y"}]}` + "\n" + `{"items":[{"id":"b","text":"z"}]}`,
		"{\n \"code\": 0,\n \"data\": {\"list\": [{\"content\": \"x\"}, {\"id\": \"c\", \"content\": \"y\"}]}\n}\n",
	} {
		f.Add([]byte(s), uint8(0))
		f.Add([]byte(s), uint8(7))
	}
	f.Fuzz(func(t *testing.T, data []byte, first uint8) {
		const path = "/corpus/dir#1/news.jsonl"
		src := SourceOf(path)
		opt := Options{Format: FormatJSONL, FirstLine: int(first)}
		docs, errs := Parse(path, data, opt)
		again, errs2 := Parse(path, data, opt)
		if len(docs) != len(again) || len(errs) != len(errs2) {
			t.Fatalf("not deterministic: %d/%d docs, %d/%d errors", len(docs), len(again), len(errs), len(errs2))
		}
		lines := bytes.Count(data, []byte{'\n'}) + 1
		idless := map[string]string{} // hash → source
		for i, d := range docs {
			if d.Source != again[i].Source || d.Hash != again[i].Hash || d.Text != again[i].Text {
				t.Fatalf("record %d differs between two parses", i)
			}
			if !strings.HasPrefix(d.Source, src+"#") {
				t.Fatalf("source %q does not start with %q#", d.Source, src)
			}
			if !utf8.ValidString(d.Source) || !utf8.ValidString(d.Name) || strings.ContainsFunc(d.Source+d.Name, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
				t.Fatalf("source %q / name %q is not printable UTF-8", d.Source, d.Name)
			}
			p, rec, ok := SplitSource(d.Source)
			if !ok || p != path || rec == "" {
				t.Fatalf("SplitSource(%q) = %q %q %v", d.Source, p, rec, ok)
			}
			if d.Line < int(first)+1 || d.Line > int(first)+lines {
				t.Fatalf("line %d outside %d..%d", d.Line, int(first)+1, int(first)+lines)
			}
			if strings.HasPrefix(rec, idlessPrefix) {
				if rec != idlessPrefix+d.Hash[:16] {
					t.Fatalf("record without id named %q, hash %s", rec, d.Hash)
				}
				if prev, ok := idless[d.Hash]; ok && prev != d.Source {
					t.Fatalf("same bytes, two sources: %q %q", prev, d.Source)
				}
				idless[d.Hash] = d.Source
			} else if strings.HasPrefix(rec, `\`) && !strings.HasPrefix(rec, `\\`) && !strings.HasPrefix(rec, `\x`) {
				t.Fatalf("an id looks generated: %q", rec)
			}
		}

		// SkipRaw sees every record's hash. It skips what a database would
		// hold: every record of the full parse (not a line that wraps
		// records, {"data":[…]}, which no database holds).
		asked, stored := map[string]bool{}, map[string]bool{}
		for _, d := range docs {
			stored[d.Hash] = true
		}
		skipped, _ := Parse(path, data, Options{Format: FormatJSONL, FirstLine: int(first), SkipRaw: func(hash string, _ int) (string, bool) {
			asked[hash] = true
			return "", stored[hash]
		}})
		for _, d := range docs {
			if !asked[d.Hash] {
				t.Fatalf("SkipRaw was not asked about the record at line %d (hash %s)", d.Line, d.Hash)
			}
		}
		for _, d := range skipped {
			if !d.Skipped {
				t.Fatalf("a record SkipRaw skipped was parsed: %+v", d)
			}
		}

		// Two chunks, as standard input is read, give the same records.
		if !utf8.Valid(data) || json.Valid(bytes.TrimSpace(data)) {
			return
		}
		cut := bytes.IndexByte(data[len(data)/2:], '\n')
		if cut < 0 {
			return
		}
		cut += len(data)/2 + 1
		a, b := data[:cut], data[cut:]
		if json.Valid(bytes.TrimSpace(a)) || json.Valid(bytes.TrimSpace(b)) || bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) {
			return
		}
		d1, e1 := Parse(path, a, Options{Format: FormatJSONL, FirstLine: int(first)})
		d2, e2 := Parse(path, b, Options{Format: FormatJSONL, FirstLine: int(first) + bytes.Count(a, []byte{'\n'})})
		// A file refused whole (binary, an unknown encoding) may have a
		// readable half: compare only inputs read record by record.
		for _, e := range append(append(errs, e1...), e2...) {
			var re *RecordError
			if !errors.As(e, &re) && !errors.Is(e, ErrEmpty) {
				return
			}
		}
		chunked := append(d1, d2...)
		if len(chunked) != len(docs) {
			t.Fatalf("two chunks give %d records, one parse %d", len(chunked), len(docs))
		}
		for i := range docs {
			if chunked[i].Source != docs[i].Source || chunked[i].Line != docs[i].Line || chunked[i].Hash != docs[i].Hash {
				t.Fatalf("record %d: chunked %q line %d, whole %q line %d", i, chunked[i].Source, chunked[i].Line, docs[i].Source, docs[i].Line)
			}
		}
	})
}
