package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"sync"
)

// codeVersion identifies the extraction code that is running: a hash of
// the executable, so a new build of policygraph re-extracts documents that
// an older build stored, even when the rule files did not change. It is
// "" when the executable cannot be read.
var codeVersion = sync.OnceValue(func() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := os.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
})

// Fingerprint identifies what the extractor makes of a document: its rule
// set's fingerprint and the running code's version. Stored records carry
// it; a document stored under another fingerprint is extracted again.
func (x *Extractor) Fingerprint() string {
	if v := codeVersion(); v != "" {
		return x.set.Fingerprint + "-" + v
	}
	return x.set.Fingerprint
}
