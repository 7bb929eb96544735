package ingest

import (
	"bytes"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Encoding names reported in Document.Encoding.
const (
	encUTF8    = "utf-8"
	encUTF8BOM = "utf-8-bom"
	encUTF16LE = "utf-16le"
	encUTF16BE = "utf-16be"
	encGB18030 = "gb18030"
	encBig5    = "big5"
)

// sampleSize is how many bytes of a file the detector scores.
const sampleSize = 64 << 10

//go:generate go run gen_common.go

// commonHan is the set of frequent simplified and traditional characters
// (common_chars.txt) that a correct CJK decoding produces most of the time.
var commonHan = sync.OnceValue(func() map[rune]bool {
	m := make(map[rune]bool, 2*utf8.RuneCountInString(commonSimplified))
	for _, r := range commonSimplified + commonTraditional {
		m[r] = true
	}
	return m
})

// decoded is the result of decoding one input.
type decoded struct {
	text     string // valid UTF-8
	encoding string // one of the enc* names, or an htmlindex name for other hinted encodings
	errors   int    // invalid byte sequences replaced by U+FFFD
	// unknown is set when the bytes are not valid UTF-8, no declared
	// charset explains them, a quarter or more of them are not ASCII, and
	// no reading looks like Chinese: whichever reading won is nonsense
	// (bytes such as C0 AF or ED A0 80 read as GB18030 give rare
	// characters without a single decoding error).
	unknown bool
}

// candidate is one way of decoding the bytes.
type candidate struct {
	name string
	enc  encoding.Encoding // nil for UTF-8
}

// decode detects the encoding of data and returns its text as valid UTF-8.
// hint is a charset label found in the document (an HTML meta charset), or "".
//
// Byte order marks win. Valid UTF-8 is UTF-8. Otherwise UTF-8 (lossy),
// GB18030 and Big5, plus the hinted encoding, are scored on a sample and the
// best one decodes the whole input; see score.
func decode(data []byte, hint string) decoded {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		s, n := lossyUTF8(data[3:])
		return decoded{text: s, encoding: encUTF8BOM, errors: n}
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeWith(data, candidate{encUTF16LE, xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM)})
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeWith(data, candidate{encUTF16BE, xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM)})
	case bytes.HasPrefix(data, []byte{0x84, 0x31, 0x95, 0x33}):
		return decodeWith(data[4:], candidate{encGB18030, simplifiedchinese.GB18030})
	}
	if utf8.Valid(data) {
		if onlyTwoByteUTF8(data) {
			// Short GBK text can be valid UTF-8 by accident ("通知" is the
			// bytes of U+05AA U+0368). Chinese in UTF-8 always has three-byte
			// characters, so text without any is re-read as GB18030 or Big5
			// when that reading is convincingly Chinese.
			if c, _ := detect(data, hint); c.enc != nil && c.name != encUTF8 {
				if d := decodeWith(data, c); d.errors == 0 && score(d) >= 0.6 {
					return d
				}
			}
		}
		return decoded{text: string(data), encoding: encUTF8, errors: 0}
	}
	c, ok := detect(data, hint)
	d := decodeWith(data, c)
	d.unknown = !ok && mostlyNonASCII(data)
	return d
}

// mostlyNonASCII reports whether a quarter or more of the bytes the
// detector scores are not ASCII. Below that a file is mostly readable
// whatever its stray bytes become.
func mostlyNonASCII(data []byte) bool {
	if len(data) > sampleSize {
		data = data[:sampleSize]
	}
	n := 0
	for _, b := range data {
		if b >= utf8.RuneSelf {
			n++
		}
	}
	return n > 0 && 4*n >= len(data)
}

// onlyTwoByteUTF8 reports whether valid UTF-8 data has non-ASCII
// characters, all of them below U+0800.
func onlyTwoByteUTF8(data []byte) bool {
	found := false
	for _, b := range data {
		switch {
		case b >= 0xE0:
			return false
		case b >= 0xC0:
			found = true
		}
	}
	return found
}

// minChineseScore is the score below which a reading does not look like
// Chinese (see score).
const minChineseScore = 0.3

// detect picks the candidate encoding that scores best on a sample of data.
// ok is false when no reading looks like Chinese and no declared charset
// was believed instead.
func detect(data []byte, hint string) (c candidate, ok bool) {
	sample := data
	if len(sample) > sampleSize {
		sample = sample[:sampleSize]
	}
	cands := []candidate{
		{encUTF8, nil},
		{encGB18030, simplifiedchinese.GB18030},
		{encBig5, traditionalchinese.Big5},
	}
	hinted := -1
	var other *candidate // a hinted encoding that is not one of the above
	if h := hintCandidate(hint); h != nil {
		for i, c := range cands {
			if c.name == h.name {
				hinted = i
			}
		}
		if hinted < 0 {
			other = h
		}
	}
	best, bestScore := 0, -1e9
	for i, c := range cands {
		s := score(decodeWith(sample, c))
		if i == hinted {
			s += 0.1 // a declared charset wins near-ties
		}
		if s > bestScore {
			best, bestScore = i, s
		}
	}
	// A declared non-CJK charset (windows-1252, shift_jis …) is believed when
	// no CJK reading looks like real Chinese and it decodes without errors.
	if other != nil && bestScore < minChineseScore && decodeWith(sample, *other).errors == 0 {
		return *other, true
	}
	return cands[best], bestScore >= minChineseScore
}

// candidateNamed returns the candidate for an encoding name that decode
// reported, or false for UTF-16 and unknown names.
func candidateNamed(name string) (candidate, bool) {
	switch name {
	case encUTF8, encUTF8BOM:
		return candidate{name, nil}, true
	case encGB18030:
		return candidate{name, simplifiedchinese.GB18030}, true
	case encBig5:
		return candidate{name, traditionalchinese.Big5}, true
	case encUTF16LE, encUTF16BE:
		return candidate{}, false
	}
	if enc, err := htmlindex.Get(name); err == nil {
		return candidate{name, enc}, true
	}
	return candidate{}, false
}

// hintCandidate resolves a charset label with the WHATWG encoding index.
func hintCandidate(label string) *candidate {
	if label == "" {
		return nil
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil
	}
	name, _ := htmlindex.Name(enc)
	switch name {
	case "utf-8":
		return &candidate{encUTF8, nil}
	case "gbk", "gb18030":
		return &candidate{encGB18030, simplifiedchinese.GB18030}
	case "big5":
		return &candidate{encBig5, traditionalchinese.Big5}
	case "utf-16le", "utf-16be", "replacement", "x-user-defined":
		return nil // an ASCII-compatible document cannot be UTF-16; the others are not text encodings
	}
	return &candidate{name, enc}
}

// score rates a decoding: the share of its non-ASCII characters that are
// common Han characters or CJK punctuation, minus twice the share of decoding
// errors. Right decodings of Chinese text score about 0.8-1; GBK read as
// Big5 or the reverse produce mostly rare characters and score below 0.3.
func score(d decoded) float64 {
	good, total := 0, 0
	common := commonHan()
	for _, r := range d.text {
		if r < utf8.RuneSelf {
			continue
		}
		total++
		switch {
		case r == utf8.RuneError:
		case common[r]:
			good++
		case r >= 0x3000 && r <= 0x303F, r >= 0xFF01 && r <= 0xFF5E, r >= 0x2010 && r <= 0x2027:
			good++ // CJK symbols, full-width forms, quotes and dashes
		}
	}
	if total == 0 {
		return 0
	}
	return float64(good-2*d.errors) / float64(total)
}

// decodeWith decodes data with one candidate, replacing invalid sequences
// with U+FFFD and counting them.
func decodeWith(data []byte, c candidate) decoded {
	if c.enc == nil {
		s, n := lossyUTF8(data)
		return decoded{text: s, encoding: c.name, errors: n}
	}
	out, err := c.enc.NewDecoder().Bytes(data)
	if err != nil {
		// The x/text decoders replace invalid input rather than fail, so this
		// is not expected; fall back to a lossy UTF-8 reading.
		s, n := lossyUTF8(data)
		return decoded{text: s, encoding: encUTF8, errors: n}
	}
	s := string(out)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return decoded{text: s, encoding: c.name, errors: strings.Count(s, "\uFFFD")}
}

// lossyUTF8 returns data as UTF-8 with every invalid sequence replaced by
// U+FFFD, and the number of replacements.
func lossyUTF8(data []byte) (string, int) {
	if utf8.Valid(data) {
		return string(data), 0
	}
	var b strings.Builder
	b.Grow(len(data) + 16)
	n := 0
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			b.WriteRune(utf8.RuneError)
			n++
			data = data[1:]
			continue
		}
		b.Write(data[:size])
		data = data[size:]
	}
	return b.String(), n
}

// charsetRE finds a declared charset in the head of an HTML or XML document:
// <meta charset="gbk">, content="text/html; charset=gb2312", <?xml encoding="big5"?>.
var charsetRE = regexp.MustCompile(`(?i)(?:<meta[^>]*?charset\s*=\s*["']?|<\?xml[^>]*?encoding\s*=\s*["'])\s*([a-z0-9_.:-]+)`)

// charsetHint returns the charset declared in the first 4 KiB of data, or "".
func charsetHint(data []byte) string {
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	if m := charsetRE.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	return ""
}

// looksBinary reports whether decoded text is not text: a NUL in the first
// 8 KiB, or more than 10% control characters and decoding errors in it
// (and at least four, so that one stray control character in a short note
// does not count).
func looksBinary(raw []byte, d decoded) bool {
	head := raw
	if len(head) > 8192 {
		head = head[:8192]
	}
	if d.encoding != encUTF16LE && d.encoding != encUTF16BE && bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	bad, total := 0, 0
	for i, r := range d.text {
		if i >= 8192 {
			break
		}
		total++
		switch {
		case r == 0, r == utf8.RuneError:
			bad++
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' && r != '\v' && r != 0x1B:
			bad++
		case r >= 0x80 && r < 0xA0 && unicode.IsControl(r):
			bad++
		}
	}
	return bad >= 4 && bad*10 > total
}
