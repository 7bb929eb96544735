package store

import (
	"bytes"
	"testing"

	"github.com/klauspost/compress/zstd"
)

// TestUnpackFrames checks that unpack reads what packTo writes and what
// earlier versions wrote: frames with a checksum, with and without the
// dictionary.
func TestUnpackFrames(t *testing.T) {
	values := [][]byte{nil, []byte(`{"source":"","format":"jsonl"}`), bytes.Repeat([]byte("到2025年，全省地区生产总值达到4万亿元。"), 500)}
	older := func(codec byte, opts ...zstd.EOption) func([]byte) []byte {
		e, err := zstd.NewWriter(nil, append([]zstd.EOption{zstd.WithEncoderLevel(zstd.SpeedFastest), zstd.WithZeroFrames(true), zstd.WithEncoderCRC(true)}, opts...)...)
		if err != nil {
			t.Fatal(err)
		}
		return func(v []byte) []byte { return e.EncodeAll(v, []byte{codec}) }
	}
	encoders := []struct {
		name string
		pack func([]byte) []byte
	}{
		{"packTo", func(v []byte) []byte { return packTo(nil, v) }},
		{"dictionary with checksum", older(codecDict, zstd.WithEncoderDictRaw(dictID, []byte(zdict)))},
		{"plain with checksum", older(codecZstd)},
	}
	for _, e := range encoders {
		for _, v := range values {
			got, err := unpack(e.pack(v))
			if err != nil || !bytes.Equal(got, v) {
				t.Errorf("%s: value of %d bytes unpacks to %d bytes, %v", e.name, len(v), len(got), err)
			}
		}
	}
	// The frame checksum is left out: the sealed value has one.
	withCRC := encoders[1].pack(values[2])
	if without := packTo(nil, values[2]); len(without) != len(withCRC)-4 {
		t.Errorf("packTo: %d bytes, with a frame checksum %d", len(without), len(withCRC))
	}
}
