package number

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every error returned by Parse and ParseQuantity wraps one
// of them (test with errors.Is) together with the input and a detail.
var (
	// ErrEmpty reports an empty (or all-whitespace) input.
	ErrEmpty = errors.New("empty input")
	// ErrTooLong reports an input longer than 64 runes.
	ErrTooLong = errors.New("input too long")
	// ErrSyntax reports a malformed numeral.
	ErrSyntax = errors.New("malformed numeral")
	// ErrRange reports a value that overflows or cannot be represented.
	ErrRange = errors.New("value out of range")
	// ErrNotQuantity reports text that is not a quantity expression (an
	// unknown unit, a proper noun such as 一带一路, an ordinal, a vague word).
	ErrNotQuantity = errors.New("not a quantity")
)

// Detail errors. They are package-level values so that the parser, which
// backtracks over candidate splits, allocates nothing on the way to success.
var (
	errSpace          = fmt.Errorf("%w: whitespace inside a numeral", ErrSyntax)
	errBadChar        = fmt.Errorf("%w: character is not part of a numeral", ErrSyntax)
	errSeparator      = fmt.Errorf("%w: misplaced thousands separator", ErrSyntax)
	errFraction       = fmt.Errorf("%w: decimal point without digits", ErrSyntax)
	errDigitRun       = fmt.Errorf("%w: run of digits without units (not a digit string such as 二〇二五)", ErrSyntax)
	errDigitAfter     = fmt.Errorf("%w: digit follows a units digit", ErrSyntax)
	errUnitOrder      = fmt.Errorf("%w: units out of order", ErrSyntax)
	errRepeatedUnit   = fmt.Errorf("%w: repeated 万 or 亿", ErrSyntax)
	errMissingCoef    = fmt.Errorf("%w: unit without a digit before it", ErrSyntax)
	errZeroCoef       = fmt.Errorf("%w: zero before a unit", ErrSyntax)
	errZero           = fmt.Errorf("%w: misplaced 零", ErrSyntax)
	errMissingZero    = fmt.Errorf("%w: gap between positions needs 零", ErrSyntax)
	errLiang          = fmt.Errorf("%w: 两 cannot stand in the tens or units position", ErrSyntax)
	errArabicCoef     = fmt.Errorf("%w: Arabic number too large before a unit", ErrSyntax)
	errElision        = fmt.Errorf("%w: ambiguous trailing digit", ErrSyntax)
	errDecimal        = fmt.Errorf("%w: malformed decimal", ErrSyntax)
	errScale          = fmt.Errorf("%w: malformed scale after a decimal", ErrSyntax)
	errOverflow       = fmt.Errorf("%w: overflow", ErrRange)
	errPrecision      = fmt.Errorf("%w: value not representable", ErrRange)
	errNoNumber       = fmt.Errorf("%w: no number", ErrNotQuantity)
	errTrailing       = fmt.Errorf("%w: unexpected text after the quantity", ErrNotQuantity)
	errVague          = fmt.Errorf("%w: vague quantity word without a scale", ErrNotQuantity)
	errFuzzyBare      = fmt.Errorf("%w: adjacent-digit range without a scale or unit", ErrNotQuantity)
	errQualConflict   = fmt.Errorf("%w: conflicting qualifiers", ErrNotQuantity)
	errUnitConflict   = fmt.Errorf("%w: range ends have different units", ErrNotQuantity)
	errCurrency       = fmt.Errorf("%w: conflicting currencies", ErrNotQuantity)
	errRangeOrder     = fmt.Errorf("%w: range low end above high end", ErrNotQuantity)
	errPercentWord    = fmt.Errorf("%w: malformed 百分之/千分之 expression", ErrNotQuantity)
	errMultiplierWord = fmt.Errorf("%w: malformed 翻番 expression", ErrNotQuantity)
)
