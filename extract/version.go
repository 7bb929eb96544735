package extract

import (
	"bytes"
	"crypto/sha256"
	"debug/elf"
	"encoding/hex"
	"io"
	"os"
	"sync"
)

// codeVersion identifies the extraction code that is running, so a new
// build of policygraph re-extracts documents that an older build stored,
// even when the rule files did not change. It is "" when the executable
// cannot be read.
//
// It is a hash of the Go build ID that the linker writes into the
// executable: the ID ends with a hash of the linked binary's content, so
// two builds differ in it whenever they differ at all, and reading it
// costs a few hundred bytes where hashing the executable (30 MB) cost 30
// ms of every run, most of an unchanged re-run. An executable without a
// readable build ID (not ELF, or linked with -buildid=) is hashed whole.
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
	if id := elfBuildID(f); id != nil {
		h.Write([]byte("go build id\x00"))
		h.Write(id)
	} else if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
})

// elfBuildID returns the Go build ID from an ELF executable's
// .note.go.buildid section (name "Go", type 4), or nil.
func elfBuildID(r io.ReaderAt) []byte {
	f, err := elf.NewFile(r)
	if err != nil {
		return nil
	}
	s := f.Section(".note.go.buildid")
	if s == nil || s.Size > 1<<12 {
		return nil
	}
	note, err := s.Data()
	if err != nil || len(note) < 16 {
		return nil
	}
	bo := f.ByteOrder
	namesz, descsz, typ := bo.Uint32(note), bo.Uint32(note[4:]), bo.Uint32(note[8:])
	if namesz != 4 || typ != 4 || !bytes.Equal(note[12:16], []byte("Go\x00\x00")) || uint64(descsz) > uint64(len(note)-16) || descsz == 0 {
		return nil
	}
	return note[16 : 16+descsz]
}

// Fingerprint identifies what the extractor makes of a document: its rule
// set's fingerprint and the running code's version. Stored records carry
// it; a document stored under another fingerprint is extracted again.
func (x *Extractor) Fingerprint() string { return fingerprint(x.set.Fingerprint) }

func fingerprint(rules string) string {
	if v := codeVersion(); v != "" {
		return rules + "-" + v
	}
	return rules
}
