package extract

import (
	"fmt"
	"runtime/debug"

	"github.com/policygraph/policygraph/extract/ingest"
)

// A PanicError is a bug met while extracting one document: the panic is
// recovered so that the run goes on with the other documents, and the
// document is reported as failed with the rule that was running, if any.
type PanicError struct {
	Source string // the document
	Rule   string // the rule whose matches were being taken; "" if none
	Value  any    // what was passed to panic
	Stack  []byte
}

func (e *PanicError) Error() string {
	where := ""
	if e.Rule != "" {
		where = " in rule " + e.Rule
	}
	return fmt.Sprintf("internal error%s: %v (please report this document)", where, e.Value)
}

func newPanicError(doc *ingest.Document, st *docState, p any) *PanicError {
	e := &PanicError{Value: p, Stack: debug.Stack()}
	if doc != nil {
		e.Source = doc.Source
	}
	if st != nil {
		e.Rule = st.rule
	}
	return e
}
