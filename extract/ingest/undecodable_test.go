package ingest

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// Bytes that are not UTF-8 and that no Chinese encoding reads as Chinese
// are refused with ErrEncoding instead of being kept as mojibake; files
// that are Chinese, or mostly ASCII with a few stray bytes, are still read.
func TestUndecodableBytes(t *testing.T) {
	cont := make([]byte, 3000) // UTF-8 continuation bytes without a lead byte
	for i := range cont {
		cont[i] = 0x80 + byte(i%64)
	}
	gbk := mustEncode(t, simplifiedchinese.GBK, strings.Join(simplifiedSentences, "\n"))
	for _, tc := range []struct {
		name    string
		data    []byte
		refused bool
	}{
		// Read as GB18030 these give rare characters without a single
		// decoding error (蜡蜡蜡…, 頎€頎€…), so no other check catches them.
		{"overlong encodings", bytes.Repeat([]byte("\xc0\xaf"), 1000), true},
		{"encoded surrogates", bytes.Repeat([]byte("\xed\xa0\x80"), 1000), true},
		{"continuation bytes", cont, true},
		{"invalid utf-8 among chinese", bytes.Repeat([]byte("\xed\xa0\x80山东\xc0\xaf"), 300), true},

		{"gbk", gbk, false},
		{"truncated gbk", gbk[:len(gbk)-1], false},
		{"big5", mustEncode(t, traditionalchinese.Big5, strings.Join(traditionalSentences, "\n")), false},
		{"utf-8 with stray bytes", []byte(strings.Join(simplifiedSentences, "\xff\n")), false},
		{"ascii with a latin-1 byte", []byte("Annual report 2024 \xa9 Example Ltd. All rights reserved.\n"), false},
		{"latin-1 prose", mustEncode(t, charmap.ISO8859_1, strings.Repeat("Le café de la région a publié son résumé. ", 20)), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs, errs := Parse("in.txt", tc.data, Options{})
			if !tc.refused {
				if len(errs) > 0 || len(docs) != 1 {
					t.Fatalf("refused: %v", errs)
				}
				return
			}
			if len(errs) != 1 || !errors.Is(errs[0], ErrEncoding) {
				var text string
				if len(docs) > 0 {
					text = docs[0].Text
				}
				t.Fatalf("errors %v, want ErrEncoding; text %.60q", errs, text)
			}
			if want := "parse in.txt: unknown encoding: "; !strings.HasPrefix(errs[0].Error(), want) {
				t.Errorf("error %q, want it to start with %q", errs[0], want)
			}
		})
	}
}
