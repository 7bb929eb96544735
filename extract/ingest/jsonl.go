package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// maxMetaValue is the longest field value copied into Document.Meta; longer
// fields are content, not metadata.
const maxMetaValue = 512

// firstValue returns the first value of fields (read with get) that is
// not empty, trimmed, or "".
func firstValue(get func(string) string, fields []string) string {
	for _, k := range fields {
		if v := strings.TrimSpace(get(k)); v != "" {
			return v
		}
	}
	return ""
}

// chinaTime is the zone a Unix time in a record is dated in (UTC+8): the
// sources are Chinese, and 00:30 in Beijing is the day before in UTC.
var chinaTime = time.FixedZone("CST", 8*3600)

// firstDate returns the first value of fields (read with get) that is a
// date, or else the first that is not empty: a flag (published: true) or
// a placeholder (暂无) before the field that holds the date does not hide
// it.
func firstDate(get func(string) string, fields []string) string {
	first := ""
	for _, k := range fields {
		v := strings.TrimSpace(get(k))
		if v == "" {
			continue
		}
		if d := epochDate(v); normalizeDate(d) != "" {
			return d
		}
		if first == "" {
			first = v
		}
	}
	return first
}

// epochDate returns the day, in China's time, of a Unix time in seconds
// (10 digits) or milliseconds (13) as exports write it (1700000000), or s
// itself when it is none. Ten digits that open with a calendar date are
// that date with its hour (2024050612), not a Unix time.
func epochDate(s string) string {
	if len(s) != 10 && len(s) != 13 {
		return s
	}
	if len(s) == 10 {
		if d := normalizeDate(s[:8]); allDigits(s) && d != "" {
			return d
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		return s
	}
	if len(s) == 13 {
		n /= 1000
	}
	return time.Unix(n, 0).In(chinaTime).Format("2006-01-02")
}

// sourceURLFields are record fields stored as Meta["source_url"].
var sourceURLFields = map[string]bool{"url": true, "sourceurl": true, "link": true} // by foldKey: URL, sourceUrl, source_url

// parseRecords parses a JSON Lines file (one object per line; blank lines
// skipped), or a JSON file holding one object or an array of objects.
func parseRecords(path string, data []byte, dec decoded, cfg *config) ([]*Document, []error) {
	src := cfg.source(path)
	base := filepath.Base(path)
	if cfg.Source != "" {
		base = cfg.Source[strings.LastIndexAny(cfg.Source, `/\`)+1:]
	}
	rp := &recordParser{path: path, cfg: cfg, encoding: dec.encoding, src: src, base: EscapeName(base), first: cfg.FirstLine}
	text := strings.TrimSpace(dec.text)
	if strings.Count(text, "\n") > 0 && json.Valid([]byte(text)) {
		// A whole-file JSON value spread over several lines.
		switch text[0] {
		case '{':
			rp.record(rp.first+1, data, func() []byte { return []byte(text) })
			return rp.docs, rp.errs
		case '[':
			rp.array(dec.text)
			return rp.docs, rp.errs
		}
	}
	// Split the raw bytes into lines and decode each: no byte of a multi-byte
	// UTF-8, GB18030, Big5 (or other ASCII-compatible) character is '\n'.
	// UTF-16 is split after decoding, and its lines hashed as UTF-8.
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})       // UTF-8 byte order mark
	data = bytes.TrimPrefix(data, []byte{0x84, 0x31, 0x95, 0x33}) // GB18030 byte order mark
	lines := bytes.Split(data, []byte{'\n'})
	decodeLine := func(b []byte) []byte { return b }
	if c, ok := candidateNamed(dec.encoding); ok {
		decodeLine = func(b []byte) []byte { return []byte(decodeWith(b, c).text) }
	} else {
		lines = bytes.Split([]byte(dec.text), []byte{'\n'})
	}
	for i, raw := range lines {
		raw = bytes.TrimSuffix(raw, []byte{'\r'})
		if len(bytes.TrimSpace(raw)) == 0 {
			continue
		}
		rp.record(rp.first+i+1, raw, func() []byte { return decodeLine(raw) })
	}
	if len(rp.docs) == 0 && len(rp.errs) == 0 {
		rp.errs = append(rp.errs, fmt.Errorf("parse %s: %w", path, ErrEmpty))
	}
	return rp.docs, rp.errs
}

// recordParser collects the documents and errors of one JSON file.
type recordParser struct {
	path     string
	cfg      *config
	encoding string
	src      string // the source of the file or stream
	base     string // its base name, escaped, for the names of records without an id
	first    int    // lines before this data in its stream
	docs     []*Document
	errs     []error
}

func (rp *recordParser) fail(line int, err error) {
	rp.errs = append(rp.errs, &RecordError{Path: rp.path, Line: line, Err: err})
}

// array parses a JSON array of objects, one record each; line numbers are
// where each element starts.
func (rp *recordParser) array(text string) {
	d := json.NewDecoder(strings.NewReader(text))
	if _, err := d.Token(); err != nil { // '['
		rp.fail(rp.first+1, fmt.Errorf("invalid JSON: %v", err))
		return
	}
	// Lines are counted from the previous element on: counting from the
	// start for each element is quadratic in a large array.
	counted, lines := 0, 0
	for d.More() {
		off := int(d.InputOffset())
		for off < len(text) && strings.IndexByte(" \t\r\n,", text[off]) >= 0 {
			off++
		}
		lines += strings.Count(text[counted:off], "\n")
		counted = off
		line := rp.first + 1 + lines
		var raw json.RawMessage
		if err := d.Decode(&raw); err != nil {
			rp.fail(line, fmt.Errorf("invalid JSON: %v", err))
			return
		}
		rp.record(line, raw, func() []byte { return raw })
	}
}

// record parses one record; raw is its input bytes (hashed), js gives the
// same as UTF-8 JSON (decoded only if the record is not skipped).
func (rp *recordParser) record(line int, raw []byte, decoded func() []byte) {
	rp.recordAt(line, raw, decoded, 0)
}

// maxWrapDepth is how many objects deep wrappedRecords looks for records:
// {"data":{"list":[…]}} is two.
const maxWrapDepth = 3

// recordAt is record for a value depth wrappers deep.
func (rp *recordParser) recordAt(line int, raw []byte, decoded func() []byte, depth int) {
	if rp.cfg.SkipRaw != nil {
		h := hashHex(raw)
		if src, ok := rp.cfg.SkipRaw(h, line); ok {
			name := strings.TrimPrefix(src, rp.src+"#")
			if strings.HasPrefix(name, idlessPrefix) {
				name = rp.base + "#" + name
			}
			rp.docs = append(rp.docs, &Document{Name: name, Source: src, Path: rp.path, Line: line, Format: FormatJSONL, Encoding: rp.encoding, Hash: h, Skipped: true})
			return
		}
	}
	d := json.NewDecoder(bytes.NewReader(decoded()))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		rp.fail(line, fmt.Errorf("invalid JSON: %v", err))
		return
	}
	if _, err := d.Token(); err != io.EOF {
		rp.fail(line, errors.New("invalid JSON: more than one value on the line"))
		return
	}
	obj, ok := v.(map[string]any)
	if !ok {
		rp.fail(line, fmt.Errorf("not a JSON object"))
		return
	}
	doc, err := rp.document(line, raw, obj)
	if errors.Is(err, errNoText) && depth < maxWrapDepth && !rp.hasIdentity(obj) {
		if elems, ok := wrappedRecords(decoded()); ok && rp.anyText(elems, depth+1) {
			// An API response saved whole ({"code":0,"data":{"list":[…]}}):
			// its records are the elements of the one array of objects it
			// wraps.
			for _, e := range elems {
				rp.recordAt(line, e, func() []byte { return e }, depth+1)
			}
			return
		}
	}
	if err != nil {
		rp.fail(line, err)
		return
	}
	rp.docs = append(rp.docs, doc)
}

// errNoText is a record's error when none of the text fields holds text.
var errNoText = errors.New("record has no text")

// recordKeys returns a record's keys, sorted, and the lookup from a field
// name to the key that holds it (looseKeys).
func recordKeys(obj map[string]any) ([]string, func(string) string) {
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys, looseKeys(keys)
}

// hasText reports whether a record has a text field, as document reads it.
func (rp *recordParser) hasText(obj map[string]any) bool {
	_, key := recordKeys(obj)
	for _, k := range rp.cfg.JSONL.Text {
		if strings.TrimSpace(scalar(obj[key(k)])) != "" {
			return true
		}
	}
	return false
}

// hasIdentity reports whether a record names itself (an id or a title):
// a document whose text is missing, not a wrapper, even when it holds
// related records ({"id":"main","content":"","related":[…]}).
func (rp *recordParser) hasIdentity(obj map[string]any) bool {
	_, key := recordKeys(obj)
	if scalar(obj[key(rp.cfg.JSONL.ID)]) != "" {
		return true
	}
	for _, k := range rp.cfg.titles {
		if strings.TrimSpace(scalar(obj[key(k)])) != "" {
			return true
		}
	}
	return false
}

// anyText reports whether one of elems, depth wrappers deep, is a record
// with text or wraps one: a record without text whose one array holds its
// attachments ({"id":…,"files":[{"name":…}]}) is reported as having no
// text, once, not as records without text.
func (rp *recordParser) anyText(elems []json.RawMessage, depth int) bool {
	for _, e := range elems {
		var obj map[string]any
		if json.Unmarshal(e, &obj) != nil {
			continue
		}
		if rp.hasText(obj) {
			return true
		}
		if inner, ok := wrappedRecords(e); ok && depth < maxWrapDepth && rp.anyText(inner, depth+1) {
			return true
		}
	}
	return false
}

// wrappedRecords returns the elements of the array an object without text
// wraps its records in, as API responses and exports do ({"data":[…]},
// {"code":0,"data":{"list":[…]}}, {"total":2,"items":[…]}): the one field
// that is an array of objects, or else the one field that is an object
// (to look inside, by the caller, one level down). ok is false when the
// object has no such field or more than one.
func wrappedRecords(js []byte) (elems []json.RawMessage, ok bool) {
	var fields map[string]json.RawMessage
	if json.Unmarshal(js, &fields) != nil {
		return nil, false
	}
	var arrays, objects []json.RawMessage
	for _, v := range fields {
		v = bytes.TrimSpace(v)
		switch {
		case len(v) > 0 && v[0] == '{':
			objects = append(objects, v)
		case len(v) > 0 && v[0] == '[':
			var list []json.RawMessage
			if json.Unmarshal(v, &list) != nil || len(list) == 0 {
				continue
			}
			all := true
			for _, e := range list {
				if e = bytes.TrimSpace(e); len(e) == 0 || e[0] != '{' {
					all = false
					break
				}
			}
			if all {
				arrays = append(arrays, v)
			}
		}
	}
	switch {
	case len(arrays) == 1:
		var list []json.RawMessage
		_ = json.Unmarshal(arrays[0], &list)
		return list, true
	case len(arrays) == 0 && len(objects) == 1:
		return []json.RawMessage{objects[0]}, true
	}
	return nil, false
}

// document builds the Document of one record.
func (rp *recordParser) document(line int, raw []byte, obj map[string]any) (*Document, error) {
	f := rp.cfg.JSONL
	keys, key := recordKeys(obj)
	var text, textKey string
	for _, k := range f.Text {
		if text = strings.TrimSpace(scalar(obj[key(k)])); text != "" {
			textKey = key(k)
			break
		}
	}
	if text == "" {
		names := f.Text
		if len(names) > 4 {
			names = append(names[:4:4], "…")
		}
		return nil, fmt.Errorf("%w (fields %s; name the field that holds it with --jsonl-text)", errNoText, strings.Join(names, ", "))
	}
	id := oneLine(scalar(obj[key(f.ID)]))
	h := hashHex(raw)
	name := recordName(id, h)
	doc := &Document{
		Name:     name,
		Source:   rp.src + "#" + name,
		Path:     rp.path,
		Line:     line,
		Format:   FormatJSONL,
		Encoding: rp.encoding,
		Hash:     h,
	}
	if id == "" {
		doc.Name = rp.base + "#" + name
	}
	if rp.cfg.Skip != nil && rp.cfg.Skip(doc.Source, doc.Hash) {
		doc.Skipped = true
		return doc, nil
	}

	// The id, the text read, and every title and date field are not
	// metadata; other fields are (a summary beside the content stays).
	used := map[string]bool{key(f.ID): true, textKey: true}
	for _, k := range rp.cfg.titles {
		used[key(k)] = true
	}
	for _, k := range rp.cfg.dates {
		used[key(k)] = true
	}
	field := func(k string) string { return scalar(obj[key(k)]) }
	p := parsed{title: firstValue(field, rp.cfg.titles), date: firstDate(field, rp.cfg.dates), dateSrc: "jsonl"}
	for _, k := range keys {
		s := scalar(obj[k])
		if used[k] || s == "" || len(s) > maxMetaValue {
			continue
		}
		if sourceURLFields[foldKey(k)] {
			k = "source_url"
		}
		if p.meta == nil {
			p.meta = map[string]string{}
		}
		if _, dup := p.meta[k]; !dup {
			p.meta[k] = s
		}
	}
	if !looksLikeMarkup(text) {
		// HTML is decoded by its parser: its entities once, not twice
		// (&amp;lt; is the text &lt;).
		text = unescapeExport(text)
	}
	text = normalizeNewlines(cleanChars(text))
	switch {
	case looksLikeMarkup(text):
		r := htmlToText(text, false)
		p.body = r.body
		p.heading = r.h1
	case looksLikeMarkdown(text):
		markdownBody(&p, text)
	default:
		p.body = text
	}
	if err := finish(doc, p, rp.cfg); err != nil {
		return nil, err
	}
	return doc, nil
}

// looseKeys returns a lookup from a field name to the record's key for
// it: the name itself when the record has it, else the first key (keys are
// sorted) that spells it with other case or with _ or - left out or put
// in (Content, publishTime, pub-date for content, publish_time,
// pub_date), else the name (which the record does not hold).
func looseKeys(keys []string) func(string) string {
	var loose map[string]string
	has := make(map[string]bool, len(keys))
	for _, k := range keys {
		has[k] = true
	}
	return func(name string) string {
		if has[name] {
			return name
		}
		if loose == nil {
			loose = make(map[string]string, len(keys))
			for _, k := range keys {
				if n := foldKey(k); loose[n] == "" {
					loose[n] = k
				}
			}
		}
		if k, ok := loose[foldKey(name)]; ok {
			return k
		}
		return name
	}
}

// foldKey is a field name in lower case without _ and -.
func foldKey(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '_' || r == '-':
			return -1
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A'
		}
		return r
	}, s)
}

// scalar renders a JSON scalar as text: strings as they are, numbers as
// written, booleans as true/false; objects, arrays and null give "".
func scalar(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case json.Number:
		return x.String()
	case bool:
		return strconv.FormatBool(x)
	}
	return ""
}

// allDigits reports whether s is ASCII digits only.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
