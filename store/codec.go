package store

import (
	"errors"
	"fmt"
	"sync"

	"github.com/klauspost/compress/zstd"
)

// Large values (records, texts) are stored compressed. The first byte says
// how: 'z' zstd; anything else is the raw value (older or tiny values).
const codecZstd = 'z'

var (
	encOnce sync.Once
	enc     *zstd.Encoder
	dec     *zstd.Decoder
)

func codecs() {
	encOnce.Do(func() {
		var err error
		// Fastest level: the store is written once per document and read
		// often; zstd's fastest level still shrinks text and JSON 3-6x.
		enc, err = zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedFastest), zstd.WithEncoderConcurrency(1))
		if err != nil {
			panic(err) // constant options
		}
		dec, err = zstd.NewReader(nil, zstd.WithDecoderConcurrency(0))
		if err != nil {
			panic(err)
		}
	})
}

// pack compresses a value for storage.
func pack(v []byte) []byte {
	codecs()
	out := make([]byte, 1, len(v)/3+16)
	out[0] = codecZstd
	return enc.EncodeAll(v, out)
}

// errCodec is wrapped by values that cannot be decoded.
var errCodec = errors.New("undecodable value")

// unpack reverses pack. Values written without compression pass through.
func unpack(v []byte) ([]byte, error) {
	if len(v) == 0 || v[0] != codecZstd {
		return v, nil
	}
	codecs()
	out, err := dec.DecodeAll(v[1:], nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errCodec, err)
	}
	return out, nil
}
