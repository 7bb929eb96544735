package extract

import (
	"fmt"
	"sync"
)

// Lazy is an extractor compiled when it is first asked for. Loading and
// compiling the shipped rules takes about 0.1 s; a batch run whose files
// are all unchanged needs only the fingerprint to tell, so it does not
// compile at all.
type Lazy struct {
	rules    string
	compiled func() (*Extractor, error)
}

// NewLazy returns an extractor that compile makes on first use.
// ruleFingerprint must be the Fingerprint of the rule set compile loads
// (rules.DefaultFingerprint for the shipped rules): the compiled set is
// checked against it, since files stamped with one fingerprint and records
// carrying another would be extracted again on every run.
func NewLazy(ruleFingerprint string, compile func() (*Extractor, error)) *Lazy {
	l := &Lazy{rules: ruleFingerprint}
	// sync.OnceValues panics again on every call if compile panicked,
	// rather than handing out a nil extractor.
	l.compiled = sync.OnceValues(func() (*Extractor, error) {
		x, err := compile()
		if err == nil && x.set.Fingerprint != ruleFingerprint {
			return nil, fmt.Errorf("the rules compiled have fingerprint %s, not %s as this build says (rules.DefaultFingerprint is stale: after editing rules/default, run go test ./rules -run TestDefaultFingerprint -update)", x.set.Fingerprint, ruleFingerprint)
		}
		return x, err
	})
	return l
}

// Fingerprint is what the compiled extractor's Fingerprint will be.
func (l *Lazy) Fingerprint() string { return fingerprint(l.rules) }

// Compiled compiles the extractor the first time it is called and
// returns it (or the compile error) every time.
func (l *Lazy) Compiled() (*Extractor, error) { return l.compiled() }

// Compiled returns x itself, so that an Extractor serves wherever a Lazy
// one does.
func (x *Extractor) Compiled() (*Extractor, error) { return x, nil }
