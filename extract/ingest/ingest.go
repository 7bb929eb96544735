package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/policygraph/policygraph/extract/textnorm"
)

// Document is one article: the clean text of a file or of one JSON Lines
// record, with what could be learnt about it.
type Document struct {
	Name     string            // file base name, or the JSONL record's id (escaped: see EscapeName)
	Source   string            // unique source key: the absolute path for files, "path#id" (or "path#\sha256:…" when no id) for JSONL records; see SourceOf
	Path     string            // file path as given
	Line     int               // a JSON Lines record's line in its file or stream; 0 for a file
	Format   string            // "markdown", "html", "text", "jsonl"
	Encoding string            // "utf-8", "utf-8-bom", "gb18030", "big5", "utf-16le"... as detected
	Title    string            // one line; may be ""
	Date     string            // "YYYY-MM-DD" or ""
	Meta     map[string]string // e.g. categories, tags, publisher, source_url; nil when empty
	Text     string            // the article: title line, a newline, then the body; boilerplate removed; valid UTF-8
	Hash     string            // hex SHA-256 of the raw input bytes (file content, or the JSONL line)
	Skipped  bool              // Options.Skip said the record needs no work; only Name, Source, Path and Hash are set
	// Dropped lists the blocks of the input left out of Text, by stage
	// (main-content, classifier, boilerplate), in input order within a stage.
	Dropped []Dropped
	// Warnings are problems that did not stop the document, such as a
	// boilerplate rule that timed out on one line (its match there is lost).
	Warnings []string

	// bodyLines are the body's lines as the boilerplate rules saw them,
	// normalised; Normalized reuses those that Text kept unchanged.
	bodyLines []textnorm.Line
}

// Format names, as found in Document.Format and accepted in Options.Format.
const (
	FormatMarkdown = "markdown"
	FormatHTML     = "html"
	FormatText     = "text"
	FormatJSONL    = "jsonl"
)

// DefaultMaxBytes is the file size limit used when Options.MaxBytes is 0.
const DefaultMaxBytes = 64 << 20

// Options controls parsing. The zero value is ready to use. Parse does not
// modify it, so one Options may be shared by concurrent calls.
type Options struct {
	// Boilerplate rules are applied to the body lines after format conversion.
	Boilerplate []BoilerplateRule
	// JSONL names the record fields; empty names take the defaults
	// (id, title, date, and text from "content" then "text").
	JSONL JSONLFields
	// MaxBytes is the largest input accepted (default DefaultMaxBytes).
	MaxBytes int64
	// Format forces one of the Format* names instead of detecting it.
	Format string
	// Skip, if set, is asked about each JSON Lines record once its source
	// key and hash are known; when it returns true the record is returned
	// with Skipped set and nothing else done, so an unchanged record costs
	// a hash, not cleaning.
	Skip func(source, hash string) bool
	// SkipRaw, if set, is asked about each JSON Lines record before it is
	// even decoded, with the hash of its bytes and its line. When it
	// returns the source the same bytes were stored under, the record is
	// returned with that source and Skipped set: an unchanged export costs
	// a hash per record, not a JSON decode.
	SkipRaw func(hash string, line int) (source string, ok bool)
	// FirstLine numbers the lines of JSON Lines data from FirstLine+1: the
	// data is a chunk of a longer stream (standard input), and record
	// errors and id-less sources name the line in the whole stream.
	FirstLine int
	// Source, if set, is the source of the input instead of
	// SourceOf(path): standard input is "stdin", or the name the user gave
	// it (--source-name), so that its records keep their ids whichever way
	// they arrive.
	Source string
}

// DefaultJSONLText is the fields a record's text is read from unless told
// otherwise, first non-empty wins: the names exports give it.
// A record's key matches a name whatever its case and its _ or -
// (Content, publishTime and pub-date are content, publish_time and
// pub_date); the later names are what exports fall back on.
var DefaultJSONLText = []string{"content", "text", "body", "article", "main_text", "article_content", "news_content", "content_text", "detail", "description", "summary", "abstract"}

// DefaultJSONLTitle and DefaultJSONLDate are the fields a record's title
// and date are read from unless one is named, first non-empty wins.
var (
	DefaultJSONLTitle = []string{"title", "headline", "news_title", "article_title", "subject"}
	DefaultJSONLDate  = []string{"date", "publish_time", "publish_date", "pub_date", "pubdate", "published", "published_at", "datetime", "pub_time", "release_time", "release_date", "post_time", "issue_date", "created_at", "create_time", "ctime", "time", "timestamp"}
)

// JSONLFields names the JSON fields a record's parts are read from.
type JSONLFields struct {
	// Title and Date name one field each; empty, the first present of
	// DefaultJSONLTitle and DefaultJSONLDate. ID is "id" when empty.
	ID, Title, Date string
	// Text lists the fields tried for the body, first non-empty wins.
	Text []string
}

// Errors that Parse and ReadFile wrap with the path; test with errors.Is.
var (
	ErrBinary   = errors.New("binary file")
	ErrEmpty    = errors.New("empty document")
	ErrTooLarge = errors.New("file too large")
	ErrEncoding = errors.New("unknown encoding")
)

// RecordError is a problem with one record of a JSON Lines file. It prints
// as "path:line: reason".
type RecordError struct {
	Path string
	Line int
	Err  error
}

func (e *RecordError) Error() string { return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err) }

// Unwrap returns the underlying reason.
func (e *RecordError) Unwrap() error { return e.Err }

// config is Options with defaults filled in.
type config struct {
	Options
	// titles and dates are the fields a record's title and date are read
	// from, first non-empty wins: the one named, or the defaults.
	titles, dates []string
}

// source returns the source of the input at path.
func (c *config) source(path string) string {
	if c.Source != "" {
		return c.Source
	}
	return SourceOf(path)
}

func newConfig(opt Options) (*config, error) {
	c := &config{Options: opt}
	if c.MaxBytes <= 0 {
		c.MaxBytes = DefaultMaxBytes
	}
	if c.JSONL.ID == "" {
		c.JSONL.ID = "id"
	}
	c.titles, c.dates = DefaultJSONLTitle, DefaultJSONLDate
	if c.JSONL.Title != "" {
		c.titles = []string{c.JSONL.Title}
	}
	if c.JSONL.Date != "" {
		c.dates = []string{c.JSONL.Date}
	}
	if len(c.JSONL.Text) == 0 {
		c.JSONL.Text = DefaultJSONLText
	}
	switch c.Format {
	case "", FormatMarkdown, FormatHTML, FormatText, FormatJSONL:
	default:
		return nil, fmt.Errorf("unknown format %q (want %s, %s, %s or %s)", c.Format, FormatMarkdown, FormatHTML, FormatText, FormatJSONL)
	}
	for i, r := range c.Boilerplate {
		if err := r.Validate(); err != nil {
			return nil, fmt.Errorf("boilerplate rule %d: %w", i+1, err)
		}
	}
	return c, nil
}

// Parse detects the format and encoding of one file's bytes and returns its
// document(s): one for markdown, html and text, one per record for JSON Lines
// (name ends in .jsonl or .ndjson, a .json file holding objects, or content
// sniffed). Per-record problems in a JSON Lines file (a line that is not
// JSON, a record without text) are returned in errs as *RecordError
// ("path:line: reason") and do not stop the other records. For the other
// formats a problem is a single error and no document.
//
// Parse is safe for concurrent use with the same Options.
func Parse(path string, data []byte, opt Options) (docs []*Document, errs []error) {
	cfg, err := newConfig(opt)
	if err != nil {
		return nil, []error{fmt.Errorf("parse %s: %w", path, err)}
	}
	if int64(len(data)) > cfg.MaxBytes {
		return nil, []error{fmt.Errorf("parse %s: %w (%d bytes, limit %d)", path, ErrTooLarge, len(data), cfg.MaxBytes)}
	}
	dec := decode(data, charsetHint(data))
	if looksBinary(data, dec) {
		return nil, []error{fmt.Errorf("parse %s: %w", path, ErrBinary)}
	}
	if dec.unknown {
		return nil, []error{fmt.Errorf("parse %s: %w: not UTF-8, and read as GB18030 or Big5 it is not Chinese", path, ErrEncoding)}
	}
	text := normalizeNewlines(cleanChars(dec.text))
	if strings.TrimSpace(text) == "" {
		return nil, []error{fmt.Errorf("parse %s: %w", path, ErrEmpty)}
	}
	format := cfg.Format
	if format == "" {
		format = sniffFormat(path, text) // line ends as LF: ---\r\n opens front matter too
	}
	if format == FormatJSONL {
		return parseRecords(path, data, dec, cfg)
	}
	doc := &Document{
		Name:     EscapeName(filepath.Base(path)),
		Source:   cfg.source(path),
		Path:     path,
		Format:   format,
		Encoding: dec.encoding,
		Hash:     hashHex(data),
	}
	var p parsed
	switch format {
	case FormatMarkdown:
		p = parseMarkdown(text, filepath.Base(path))
	case FormatHTML:
		p = parseHTML(text)
		p.full = p.body
		p.raw = text
		m, ok := mainHTML(text)
		if ok {
			p.body, p.mainLine, p.dropped = narrowToMain(p.body, m.text)
		}
	default:
		p = parsed{body: normalizeNewlines(cleanChars(unescapeExport(text)))}
	}
	if err := finish(doc, p, cfg); err != nil {
		return nil, []error{fmt.Errorf("parse %s: %w", path, err)}
	}
	if dec.errors > 0 {
		setMeta(doc, "decode_errors", fmt.Sprint(dec.errors))
	}
	return []*Document{doc}, nil
}

// ReadFile reads and parses one file. It refuses files larger than
// Options.MaxBytes, directories, binary files and empty files.
func ReadFile(path string, opt Options) ([]*Document, []error) {
	max := opt.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, []error{fmt.Errorf("read %s: %w", path, err)}
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, []error{fmt.Errorf("read %s: %w", path, err)}
	}
	if st.IsDir() {
		return nil, []error{fmt.Errorf("read %s: is a directory", path)}
	}
	if st.Size() > max {
		return nil, []error{fmt.Errorf("read %s: %w (%d bytes, limit %d)", path, ErrTooLarge, st.Size(), max)}
	}
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, []error{fmt.Errorf("read %s: %w", path, err)}
	}
	if int64(len(data)) > max {
		return nil, []error{fmt.Errorf("read %s: %w (more than %d bytes)", path, ErrTooLarge, max)}
	}
	return Parse(path, data, opt)
}

// parsed is what a format converter hands to finish.
type parsed struct {
	body     string            // visible text, lines separated by \n
	title    string            // title from metadata, or ""
	heading  string            // first heading of the body, a title fallback
	date     string            // a date in any of the forms normalizeDate reads
	dateSrc  string            // where date came from, for Meta["date_source"]
	full     string            // HTML: the whole page's text, when body is only its main content
	dropped  []Dropped         // what narrowing full to body left out
	mainLine int               // 1 + the index in full's lines of the article's first line; 0 when not narrowed
	raw      string            // HTML source, for JSON-LD dates
	meta     map[string]string // metadata to copy into Document.Meta
}

func hashHex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

func setMeta(doc *Document, k, v string) {
	if v == "" {
		return
	}
	if doc.Meta == nil {
		doc.Meta = map[string]string{}
	}
	doc.Meta[k] = v
}
