package rules

import "testing"

func TestASCIIDigits(t *testing.T) {
	for _, tc := range []struct{ pat, want string }{
		{`\d+`, `[0-9]+`},
		{`[一二三\d]{1,2}年来`, `[一二三0-9]{1,2}年来`},
		{`[^\d.]`, `[^0-9.]`},
		{`\\d`, `\\d`},        // an escaped backslash, then d
		{`\D\w\s`, `\D\w\s`},  // other classes untouched
		{`[\]\d]`, `[\]0-9]`}, // an escaped ] does not end the class
		{`无数字`, `无数字`},
		{`[]\d]\d`, `[]0-9][0-9]`},           // a ] right after [ is a member
		{`[^]\d]`, `[^]0-9]`},                // and after [^
		{`[a-z-[\d]]\d`, `[a-z-[0-9]][0-9]`}, // class subtraction
		{`[\-[]\d`, `[\-[][0-9]`},            // an escaped - opens no subtraction
		{`(?#[)\d`, `(?#[)[0-9]`},            // a comment is left as it is
		{`\Q[\d\E\d`, `\Q[\d\E[0-9]`},        // so is quoted text
		{`\c[\d`, `\c[[0-9]`},                // \c[ is a control character
	} {
		if got := asciiDigits(tc.pat); got != tc.want {
			t.Errorf("asciiDigits(%q) = %q, want %q", tc.pat, got, tc.want)
		}
	}
	// Unicode digits other than ASCII ones no longer match \d; the text
	// rules see is normalised, so they never reach a rule.
	re, err := compileRule(&Rule{Pattern: `\d+`}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if m, _ := re.MatchString("٣"); m {
		t.Error(`\d matched an Arabic-Indic digit after asciiDigits`)
	}
}
