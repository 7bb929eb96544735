package extract

import (
	"sync"
)

// Lazy is an extractor compiled when it is first asked for. Loading and
// compiling the shipped rules takes about 0.1 s; a batch run whose files
// are all unchanged needs only the fingerprint to tell, so it does not
// compile at all.
type Lazy struct {
	rules   string
	compile func() (*Extractor, error)
	once    sync.Once
	x       *Extractor
	err     error
}

// NewLazy returns an extractor that compile makes on first use.
// ruleFingerprint must be the Fingerprint of the rule set compile loads
// (rules.DefaultFingerprint for the shipped rules).
func NewLazy(ruleFingerprint string, compile func() (*Extractor, error)) *Lazy {
	return &Lazy{rules: ruleFingerprint, compile: compile}
}

// Fingerprint is what the compiled extractor's Fingerprint will be.
func (l *Lazy) Fingerprint() string { return fingerprint(l.rules) }

// Compiled compiles the extractor the first time it is called and
// returns it (or the compile error) every time.
func (l *Lazy) Compiled() (*Extractor, error) {
	l.once.Do(func() { l.x, l.err = l.compile() })
	return l.x, l.err
}

// Compiled returns x itself, so that an Extractor serves wherever a Lazy
// one does.
func (x *Extractor) Compiled() (*Extractor, error) { return x, nil }
