package extract

import (
	"strings"
	"testing"

	"github.com/policygraph/policygraph/rules"
)

// compileWith compiles the shipped rules with a user file of lexicons.
func compileWith(t *testing.T, lexicons string) (*Extractor, error) {
	t.Helper()
	src := rules.Source{Name: "user.yaml", Data: []byte("version: 1\nlexicons:\n" + lexicons)}
	set, err := rules.Load(append(rules.DefaultSources(), src)...)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	return Compile(set)
}

// The text basics are checked at Compile: a lexicon of the wrong shape is
// an error that names it.
func TestCompileTextChecks(t *testing.T) {
	for _, tc := range []struct{ lexicons, want string }{
		{"  particle_de: [的, 之]\n", "user.yaml:3:3: lexicon particle_de: want one word, have 2"},
		{"  particle_de: [的的]\n", `lexicon particle_de: want one character, have "的的"`},
		{"  committee_not_next: [员工]\n", `lexicon committee_not_next: want single characters, have "员工"`},
		{"  level_word_kinds: ['省=provence']\n", `unknown kind "provence"`},
		{"  five_year_plans: ['十四五=2025']\n", "the period is not first-last"},
		{"  region_city_initials: ['北上广=北京市 上海市']\n", "北上广 names 2 cities for 3 characters"},
		{"  reported_currency_words: ['USD=美元']\n", "no word for CNY"},
		{"  pattern_year_word: ['(19|20)(\\d\\d)年']\n", "lexicon pattern_year_word: want 1 groups, have 2"},
		{"  pattern_title_year: ['(20\\d\\d']\n", "lexicon pattern_title_year: error parsing regexp"},
		{"  list_conjunction_words: [以后]\n", `"以后" is not two characters ending in one of list_conjunctions`},
		{"  unit_written_forms: ['人(次)']\n", `lexicon unit_written_forms: "人(次)" is not word=unit`},
		{"  shared_currency_words: [图格]\n", `lexicon shared_currency_words: no currency_codes entry ends in "图格"`},
		{"  year_is_leads: [今年是]\n", `lexicon year_is_leads: "今年是" is not word=offset`},
		{"  year_events: ['十九大=17']\n", `lexicon year_events: "十九大=17" is not word=year`},
	} {
		_, err := compileWith(t, tc.lexicons)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", strings.TrimSpace(tc.lexicons), err, tc.want)
		}
	}
}

// A user's lexicon replaces the shipped one: the extractor reads the
// words of the rule files, not words of its own.
func TestTextOverride(t *testing.T) {
	x, err := compileWith(t, "  five_year_plans: ['十四五=2021-2026']\n  municipalities: [北京市]\n")
	if err != nil {
		t.Fatal(err)
	}
	if from, to := x.txt.planPeriod("“十四五”规划"); from != 2021 || to != 2026 {
		t.Errorf("planPeriod = %d, %d; want the user's 2021, 2026", from, to)
	}
	for _, d := range x.regions.all {
		if d.municipality != (d.name == "北京市") {
			t.Errorf("%s: municipality = %v", d.name, d.municipality)
		}
	}
	if d := shipped(t).regions.byName["上海市"]; len(d) == 0 || !d[0].municipality {
		t.Error("the shipped rules make 上海市 no municipality")
	}
}

// A rule set without text.yaml compiles, and its text basics match
// nothing.
func TestTextAbsent(t *testing.T) {
	set, err := rules.Load(rules.Source{Name: "r.yaml", Data: []byte("version: 1\n")})
	if err != nil {
		t.Fatal(err)
	}
	x, err := Compile(set)
	if err != nil {
		t.Fatal(err)
	}
	if x.txt.de != neverRune || x.txt.deWord != neverWord || x.txt.yearWord.MatchString("2024年") {
		t.Errorf("absent text basics match: de %q, deWord %q", x.txt.de, x.txt.deWord)
	}
	if from, to := x.txt.planPeriod("“十四五”规划(2021-2025年)"); from != 0 || to != 0 {
		t.Errorf("planPeriod without patterns = %d, %d", from, to)
	}
}

// Whatever a user writes in a text-basics lexicon, Compile returns an
// error or an extractor, never panics.
func FuzzCompileText(f *testing.F) {
	for _, s := range []string{"十四五=2021-2025", "=", "a=b=c", "的", "", "(", "省=province"} {
		f.Add(s)
	}
	names := []string{"five_year_plans", "level_word_kinds", "particle_de", "committee_not_next", "pattern_year_word", "reported_currency_words", "list_conjunction_words"}
	f.Fuzz(func(t *testing.T, word string) {
		if word == "" || strings.ContainsAny(word, "\n\r") {
			return
		}
		for _, name := range names {
			set, err := rules.Load(rules.Source{Name: "r.yaml", Data: []byte("version: 1\nlexicons:\n  " + name + ": [" + strconvQuote(word) + "]\n")})
			if err != nil {
				continue
			}
			_, _ = compileText(set)
		}
	})
}

// strconvQuote quotes a YAML double-quoted scalar.
func strconvQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			b.WriteString("\\x")
			b.WriteString(strings.ToUpper(string("0123456789abcdef"[r>>4])) + string("0123456789abcdef"[r&15]))
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func TestDigitFreeRunes(t *testing.T) {
	if got := digitFreeRunes([]string{"年", "月日"}); len(got) != 2 || string(got[1]) != "月日" {
		t.Errorf("digitFreeRunes(年, 月日) = %q", got)
	}
	for _, ws := range [][]string{nil, {"年", "一月"}, {"2024"}, {"〇"}} {
		if got := digitFreeRunes(ws); got != nil {
			t.Errorf("digitFreeRunes(%q) = %q, want nil", ws, got)
		}
	}
	rs := []rune("二〇二四年一月二十一日在")
	for _, tc := range []struct {
		words []string
		want  bool
	}{{[]string{"年", "日在"}, true}, {[]string{"年", "日前"}, false}, {[]string{"在"}, true}} {
		var ws [][]rune
		for _, w := range tc.words {
			ws = append(ws, []rune(w))
		}
		if got := runesContainAll(rs, ws); got != tc.want {
			t.Errorf("runesContainAll(%q) = %v", tc.words, got)
		}
	}
	// The shipped pattern's words hold no digit: the head is looked at
	// before it is rewritten.
	if shipped(t).txt.deliveredNeedsRaw == nil {
		t.Errorf("no digit-free words for pattern_delivered_on")
	}
}
