package store

import (
	"errors"
	"fmt"
	"sync"
	"unsafe"

	"github.com/klauspost/compress/zstd"
)

// Large values (records, texts, document metadata) are stored compressed.
// The first byte says how: 'd' zstd with the dictionary zdict (small
// values compress 2-3 times better with it), 'z' zstd without; anything
// else is the raw value. Everything is packed with the dictionary: packing
// article texts without it was 18% faster (the dictionary encoder copies
// its history in for every value), but that was 0.03 CPU-s of a cold
// extract of the whole corpus, for texts 1.4% larger.
const (
	codecZstd = 'z'
	codecDict = 'd'
	dictID    = 1
)

var (
	encOnce sync.Once
	enc     *zstd.Encoder // with zdict
	dec     *zstd.Decoder // with zdict, and without
)

func codecs() {
	encOnce.Do(func() {
		var err error
		// Fastest level: the store is written once per document and read
		// often; zstd's fastest level still shrinks text and JSON 3-6x.
		// No frame checksum: every stored value is sealed with its own
		// (value.go), and the frame's was 4 bytes and a hash per value.
		// Values written with one still read.
		enc, err = zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedFastest), zstd.WithEncoderConcurrency(1),
			zstd.WithEncoderDictRaw(dictID, []byte(zdict)), zstd.WithZeroFrames(true), zstd.WithEncoderCRC(false))
		if err != nil {
			panic(err) // constant options
		}
		dec, err = zstd.NewReader(nil, zstd.WithDecoderConcurrency(0), zstd.WithDecoderDictRaw(dictID, []byte(zdict)))
		if err != nil {
			panic(err)
		}
	})
}

// packTo appends v, compressed with the dictionary, to out.
func packTo(out, v []byte) []byte {
	codecs()
	return enc.EncodeAll(v, append(out, codecDict))
}

// packStringTo is packTo of a string, which it does not copy (the
// encoder only reads it).
func packStringTo(out []byte, s string) []byte {
	return packTo(out, unsafe.Slice(unsafe.StringData(s), len(s)))
}

// errCodec is wrapped by values that cannot be decoded.
var errCodec = errors.New("undecodable value")

// unpack reverses packTo. Values written without compression pass through.
func unpack(v []byte) ([]byte, error) {
	if len(v) == 0 || (v[0] != codecZstd && v[0] != codecDict) {
		return v, nil
	}
	codecs()
	out, err := dec.DecodeAll(v[1:], nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errCodec, err)
	}
	return out, nil
}
