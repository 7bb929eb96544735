package rules

import (
	"fmt"
	"sort"
	"strings"

	"github.com/policygraph/policygraph/internal/spelling"
)

// Pos is a position in a rule file. Line and Col are 1-based; Col counts
// characters (runes), not bytes, because rule files are mostly Chinese.
type Pos struct {
	File string
	Line int
	Col  int
}

func (p Pos) String() string {
	switch {
	case p.File == "":
		return fmt.Sprintf("%d:%d", p.Line, p.Col)
	case p.Line == 0:
		return p.File
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Error is one mistake in a rule file, with an optional hint that says what
// to try.
type Error struct {
	Pos  Pos
	Msg  string // lowercase, no trailing period
	Hint string // "try …", or ""
}

func (e *Error) Error() string {
	if e.Hint == "" {
		return e.Pos.String() + ": " + e.Msg
	}
	return e.Pos.String() + ": " + e.Msg + "\n\t" + e.Hint
}

// ErrorList is every mistake found in a set of rule files.
type ErrorList []*Error

// Add appends an error at pos.
func (l *ErrorList) Add(pos Pos, hint, format string, args ...any) {
	*l = append(*l, &Error{Pos: pos, Msg: fmt.Sprintf(format, args...), Hint: hint})
}

// Sort orders the list by file, line and column.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i].Pos, l[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Err returns nil for an empty list and the list otherwise. Always
// `return errs.Err()`, never `return errs`: a nil ErrorList stored in an
// error interface is not nil.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	l.Sort()
	return l
}

// didYouMean formats a hint suggesting the closest valid word, or listing them all.
func didYouMean(s string, valid []string) string {
	if c := spelling.Closest(s, valid); c != "" {
		return fmt.Sprintf("did you mean %q? (valid: %s)", c, strings.Join(valid, ", "))
	}
	return "try one of: " + strings.Join(valid, ", ")
}
