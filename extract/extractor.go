package extract

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/policygraph/policygraph/extract/ingest"
	"github.com/policygraph/policygraph/extract/textnorm"
	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/number"
	"github.com/policygraph/policygraph/rules"
)

// lexKind says what a lexicon-trie key is.
type lexKind uint8

const (
	lexRegion        lexKind = iota // a region form
	lexRegionBlocker                // a word that contains a region name but is not one (三明治)
	lexRegionOverlap                // a word whose tail begins a region name (关于 + 于都)
	lexNational                     // a national agency name or alias
	lexBody                         // a local agency body (发展和改革委员会, 工信厅)
	lexAgencyBlocker                // a word that contains an agency name but is not one
	lexIndicator                    // an anchor of an indicator's name pattern (增长, 失业率)
	lexKinds                        // the number of kinds
)

type lexEntry struct {
	kind lexKind
	ref  int32 // index into the table of its kind
}

// Extractor finds entities in documents with a compiled rule set. It is
// safe for concurrent use by many goroutines.
type Extractor struct {
	set *rules.Set
	// boilerplate is the rule set's boilerplate rules as ingest takes them,
	// built once (IngestOptions).
	boilerplateOnce  sync.Once
	boilerplate      []ingest.BoilerplateRule
	vocab            *number.Vocab
	scanner          sync.Once // builds lex, trie and matcher
	prefixes         [][]rune  // words of prefixLexicons (超过, 人民币 …), for takePrefixes
	currencyPrefixes [][]rune  // those of currency_prefix (人民币, 港币 …)
	lex              []lexEntry
	trie             *trie
	matcher          *matcher
	regions          *regionIndex
	agencies         *agencyIndex
	lx               *lexicons                    // the lexicons the passes read
	txt              *text                        // text basics: level words, particles, patterns
	contexts         map[*rules.Rule]*ruleContext // rules' near and not_near, compiled
	// sharedCurrencies maps a currency word several countries share
	// (shared_currency_words: 里亚尔, 比索) to the countries whose
	// currency_codes entry ends in it (沙特里亚尔=SAR gives 沙特 → SAR).
	sharedCurrencies map[string][]countryISO
	// localCurrencies maps a region's canonical name to the currency a
	// bare 元 stands for in a document that speaks for it alone
	// (local_currency_regions: 澳门特别行政区=MOP).
	localCurrencies map[string]string
	// namesakes holds, by the currency of local_currency_regions, the
	// central bodies whose names that region's government uses too
	// (namesake_bodies: 台湾省=财政部 …).
	namesakes map[string]map[string]bool
	// currencyWords holds the words of currency_codes by ISO code (MOP:
	// 澳门元, 澳门币).
	currencyWords map[string][]string
	// yearLeads and yearEvents date an undated text by what it says of
	// its year (year_is_leads: 今年是=0; year_events: 十九大=2017).
	yearLeads, yearEvents []wordYear
}

// wordYear is a word with a year, or a count of years, it stands for.
type wordYear struct {
	word string
	year int
}

// Compile builds an extractor from a checked rule set.
func Compile(set *rules.Set) (*Extractor, error) {
	x := &Extractor{set: set, trie: newTrie(), lx: compileLexicons(set), contexts: compileContexts(set)}
	var err error
	if x.txt, err = compileText(set); err != nil {
		return nil, fmt.Errorf("compile text basics: %w", err)
	}
	if x.regions, err = buildRegions(set, x.txt); err != nil {
		return nil, fmt.Errorf("compile regions: %w", err)
	}
	if x.agencies, err = buildAgencies(set); err != nil {
		return nil, fmt.Errorf("compile agencies: %w", err)
	}
	x.vocab = number.DefaultVocab()
	if err := x.extendVocab(); err != nil {
		return nil, err
	}
	for _, lex := range prefixLexicons {
		for _, w := range set.Lexicon(lex) {
			x.prefixes = append(x.prefixes, []rune(w))
			if lex == currencyPrefixLexicon {
				x.currencyPrefixes = append(x.currencyPrefixes, []rune(w))
			}
		}
	}
	return x, nil
}

// buildScanner builds the trie of every gazetteer form and lexicon word
// and the pattern matcher, once, when the first document is scanned: a
// run that finds every document unchanged never needs them (a quarter of
// its time went into building them).
func (x *Extractor) buildScanner() {
	set := x.set
	for i, f := range x.regions.forms {
		x.addLex(f.text, lexRegion, i)
	}
	// Hand-made blockers, and the words gse's dictionary gives (go generate).
	for _, lex := range []string{"region_blockers", "region_blockers_dict"} {
		for i, w := range set.Lexicon(lex) {
			x.addLex(w, lexRegionBlocker, i)
		}
	}
	for i, w := range append(set.Lexicon("region_overlaps_dict"), set.Lexicon("region_overlaps")...) {
		x.addLex(w, lexRegionOverlap, i)
	}
	for i, a := range x.agencies.national {
		x.addLex(a.name, lexNational, i)
		for _, al := range a.aliases {
			x.addLex(al, lexNational, i)
		}
	}
	for i, b := range x.agencies.bodies {
		for _, f := range b.forms {
			x.addLex(f, lexBody, i)
		}
	}
	for i, w := range set.Lexicon("agency_blockers") {
		x.addLex(w, lexAgencyBlocker, i)
	}
	for i, ind := range set.Indicators {
		for _, a := range ind.Anchors {
			x.addLex(a, lexIndicator, i)
		}
	}
	// The rules' anchors go into the same trie, so that one pass finds
	// both; their payloads are negative (anchorPayload).
	x.matcher = newMatcher(set.Rules)
	x.matcher.eachAnchor(func(a string, rule int32) { x.trie.add(a, anchorPayload(rule)) })
	x.trie.freeze()
}

// anchorPayload is the trie payload of an anchor of rule i: negative, apart
// from the indices into lex.
func anchorPayload(rule int32) int32 { return -rule - 1 }

func (x *Extractor) addLex(key string, k lexKind, ref int) {
	x.lex = append(x.lex, lexEntry{k, int32(ref)})
	x.trie.add(key, int32(len(x.lex)-1))
}

// extendVocab adds the rule files' quantity words to the number parser.
func (x *Extractor) extendVocab() error {
	for _, q := range []struct{ lex, q string }{
		{"qualifier_gt", ">"}, {"qualifier_ge", ">="}, {"qualifier_lt", "<"}, {"qualifier_le", "<="}, {"qualifier_approx", "~"}, {"qualifier_eq", "="},
	} {
		for _, w := range x.set.Lexicon(q.lex) {
			x.vocab.AddQualifier(w, number.Qualifier(q.q), false)
		}
		for _, w := range x.set.Lexicon(q.lex + "_suffix") {
			x.vocab.AddQualifier(w, number.Qualifier(q.q), true)
		}
	}
	for _, w := range x.set.Lexicon("count_units") {
		x.vocab.AddUnit(w, number.KindCount)
	}
	for _, w := range x.set.Lexicon("unit_written_forms") {
		word, unit, ok := strings.Cut(w, "=")
		if !ok || word == "" || unit == "" {
			return fmt.Errorf("lexicon unit_written_forms: %q is not word=unit (a unit as written, =, the unit it stands for)", w)
		}
		x.vocab.AddUnitAs(word, unit, number.KindCount)
	}
	for _, w := range x.set.Lexicon("currency_codes") {
		word, iso, ok := strings.Cut(w, "=")
		if !ok || len(iso) != 3 {
			return fmt.Errorf("lexicon currency_codes: %q is not word=ISO (a currency's word, =, its ISO 4217 code)", w)
		}
		x.vocab.AddCurrency(word, iso)
		if x.currencyWords == nil {
			x.currencyWords = map[string][]string{}
		}
		x.currencyWords[iso] = append(x.currencyWords[iso], word)
	}
	x.localCurrencies = map[string]string{}
	for _, w := range x.set.Lexicon("local_currency_regions") {
		region, iso, ok := strings.Cut(w, "=")
		if !ok || region == "" || len(iso) != 3 {
			return fmt.Errorf("lexicon local_currency_regions: %q is not region=ISO (a region's canonical name, =, its ISO 4217 code)", w)
		}
		x.localCurrencies[region] = iso
	}
	x.namesakes = map[string]map[string]bool{}
	for _, w := range x.set.Lexicon("namesake_bodies") {
		region, bodies, ok := strings.Cut(w, "=")
		iso := x.localCurrencies[region]
		if !ok || iso == "" || bodies == "" {
			return fmt.Errorf("lexicon namesake_bodies: %q is not region=bodies (a region of local_currency_regions, =, the central bodies' names its government uses too, space-separated)", w)
		}
		if x.namesakes[iso] == nil {
			x.namesakes[iso] = map[string]bool{}
		}
		for _, b := range strings.Fields(bodies) {
			x.namesakes[iso][b] = true
		}
	}
	var err error
	if x.yearLeads, err = wordYears(x.set, "year_is_leads", "word=offset (the words, =, how many years ahead of the text's year they speak of)", 0, 9); err != nil {
		return err
	}
	if x.yearEvents, err = wordYears(x.set, "year_events", "word=year (an event's word, =, the year it happened)", 1000, 2999); err != nil {
		return err
	}
	x.sharedCurrencies = map[string][]countryISO{}
	for _, w := range x.set.Lexicon("shared_currency_words") {
		for _, c := range x.set.Lexicon("currency_codes") {
			word, iso, _ := strings.Cut(c, "=")
			if country, ok := strings.CutSuffix(word, w); ok && country != "" {
				x.sharedCurrencies[w] = append(x.sharedCurrencies[w], countryISO{country, iso})
			}
		}
		if len(x.sharedCurrencies[w]) == 0 {
			return fmt.Errorf("lexicon shared_currency_words: no currency_codes entry ends in %q (add the word with a country name before it, =, its ISO code)", w)
		}
		x.vocab.AddCurrency(w, sharedCurrency)
	}
	return nil
}

// Set returns the rule set the extractor was compiled from.
func (x *Extractor) Set() *rules.Set { return x.set }

// docState is everything known about one document during extraction.
type docState struct {
	doc          *ingest.Document
	norm         *textnorm.Text
	runes        []rune
	title        string // the title normalised as the text is (報告 is 报告); doc.Title as given
	sent         *sentences
	periods      []span        // sentences split at 。！？ and line breaks only
	partFeats    []partFeature // what documentParts reads of the periods (partFeatures), nil until asked
	year         int           // publication year, 0 if unknown
	month        int           // publication month, 0 if unknown
	report       bool          // the title is a report's (report_titles: 政府工作报告)
	reportItself bool          // the title is the report's own, not news about one (isReportItself)
	news         bool          // the document is news (isNews), once its targets are sought
	planDoc      bool          // the whole document looks forward (a plan's own text), once its targets are sought
	reportYear   int           // a work report's own year (reportYear), once its targets are sought
	wordNumbers  bool          // the document writes its figures in Chinese numerals (numbersInWords), once its targets are sought
	lexHits      map[lexKind][]hit
	matches      map[string][]match // by rule kind
	excluded     map[string][]span  // by suppressed kind, sorted by start
	excludedMax  map[string]int     // the longest excluded span by kind
	regionMax    int                // the longest region mention, for lookups by end
	regions      []*regionMention
	// chained holds the districts and counties of a municipality the text
	// writes right after it (重庆市长寿区): their bodies' official names
	// carry the municipality (重庆市长寿区人民政府).
	chained map[*division]bool
	// local is the currency a bare 元 stands for (localCurrency), once
	// localDone.
	local     string
	localDone bool
	juris     *jurisdiction
	agencies  []*agencyMention
	plans     []*planMention
	aliases   map[string]*planMention // short title → plan
	amounts   []*amountMention
	targets   []*targetMention
	cands     []targetCand // targetCandidates' list, once candsDone
	candsDone bool
	// thisYearFocus: 1 when the document names this year at least as
	// often as plans over years, -1 when not, 0 not yet counted.
	thisYearFocus int
	trace         []Trace
	errs          []error
	force         *division // jurisdiction given from outside (rule examples)
	lineBreaks    []int     // positions of '\n' in runes, found on first use (paragraph)
	rule          string    // the rule whose matches are being taken, for PanicError
}

// regionsFrom returns the region mentions starting in [from, to); they
// are sorted by start.
func (st *docState) regionsFrom(from, to int) []*regionMention {
	return startingIn(st.regions, func(m *regionMention) span { return m.span }, from, to)
}

// setRegions sorts the region mentions and records the longest.
func (st *docState) setRegions(ms []*regionMention) {
	slices.SortStableFunc(ms, func(a, b *regionMention) int { return cmp.Compare(a.span.start, b.span.start) })
	st.regions, st.regionMax, st.chained = ms, 0, nil
	ends := map[int]*division{}
	for _, m := range ms {
		st.regionMax = max(st.regionMax, m.span.len())
		if m.div != nil && m.div.municipality && !m.deixis {
			ends[m.span.end] = m.div
		}
	}
	for _, m := range ms {
		if d := m.div; d != nil && d.level == levelCounty && d.parent != nil && d.parent.municipality && ends[m.span.start] == d.parent {
			if st.chained == nil {
				st.chained = map[*division]bool{}
			}
			st.chained[d] = true
		}
	}
}

func (st *docState) suppressed(kind string, s span) bool {
	// Sorted by start: only spans starting less than the longest one's
	// length before s can reach it.
	ss := st.excluded[kind]
	for _, e := range startingIn(ss, func(e span) span { return e }, s.start-st.excludedMax[kind], s.end) {
		if e.overlaps(s) {
			return true
		}
	}
	return false
}

// excludeEverywhere extends the exclude matches of rules with role
// everywhere to every occurrence of their text: a stock's short name
// matched beside its code (新北洋(002376.SZ)) is that company in the
// flash's headline too (【新北洋：预计…】).
func (st *docState) excludeEverywhere() {
	for _, m := range st.matches["exclude"] {
		if m.rule.Role != "everywhere" {
			continue
		}
		name := m.span.text(st.runes)
		rs := []rune(name)
		for i := 0; i+len(rs) <= len(st.runes); i++ {
			if i != m.span.start && st.runes[i] == rs[0] && slices.Equal(st.runes[i:i+len(rs)], rs) {
				for _, k := range m.rule.Suppress {
					st.excluded[k] = append(st.excluded[k], span{i, i + len(rs)})
				}
			}
		}
	}
}

// Result is the outcome of extracting one document.
type Result struct {
	Record *graph.Record
	Trace  []Trace // every mention with its rule and span, for --explain
	Errors []error // rules that failed on this document (timeouts); the rest of the record stands
}

// Trace is one mention as the extractor saw it.
type Trace struct {
	Kind   string
	Rule   string
	Start  int // byte span in the article text
	End    int
	Text   string
	Result string // canonical form, or why it was dropped
}

// Extract finds the entities of one document.
func (x *Extractor) Extract(ctx context.Context, doc *ingest.Document) (*Result, error) {
	return x.extract(ctx, doc, "")
}

// extract is Extract with an optional region the document is known to
// speak for (rule examples give it instead of a whole article).
func (x *Extractor) extract(ctx context.Context, doc *ingest.Document, region string) (_ *Result, err error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var st *docState
	defer func() {
		if p := recover(); p != nil {
			err = newPanicError(doc, st, p)
		}
	}()
	st = x.prepare(doc)
	if region != "" {
		d := x.lookupRegion(region)
		if d == nil {
			return nil, fmt.Errorf("example region %q is not a known region", region)
		}
		st.force = d
	}
	x.scan(st)
	x.resolveRegions(st)
	x.findJurisdiction(st)
	x.resolveDeixis(st)
	x.findAgencies(st)
	x.findPlans(st)
	x.findAmounts(st)
	x.findTargets(st)
	rec := x.record(st)
	return &Result{Record: rec, Trace: st.trace, Errors: st.errs}, nil
}

func (x *Extractor) prepare(doc *ingest.Document) *docState {
	norm := doc.Normalized()
	if drops := letterSpaced(norm.Runes); len(drops) > 0 {
		norm = norm.Without(drops) // 政 府 工 作 报 告 is 政府工作报告
	}
	if joins := unwrap(norm.Runes, x.txt); len(joins) > 0 {
		norm = norm.Without(joins) // 4⏎个百分点 is 4个百分点
	}
	st := &docState{doc: doc, norm: norm, runes: norm.Runes, matches: map[string][]match{}, excluded: map[string][]span{}}
	if doc.Title != "" {
		t := textnorm.Normalize(doc.Title, textnorm.Options{})
		if drops := letterSpaced(t.Runes); len(drops) > 0 {
			t = t.Without(drops)
		}
		st.title = t.String()
	}
	st.sent = splitSentences(st.runes)
	st.periods = periodSentences(st.runes)
	if containsAny(st.title, x.lx.bulletinTitles.list) {
		st.periods = splitInlineItems(st.runes, st.periods)
	}
	if len(doc.Date) >= 4 {
		if y, err := strconv.Atoi(doc.Date[:4]); err == nil {
			st.year = y
		}
	}
	st.report = containsAny(st.title, x.lx.reportTitles.list)
	st.reportItself = st.report && x.isReportItself(st.title)
	if len(doc.Date) >= 7 {
		if m, err := strconv.Atoi(doc.Date[5:7]); err == nil && m >= 1 && m <= 12 {
			st.month = m
		}
	}
	return st
}

// softenTitleBreaks turns into spaces the line breaks that stand right
// after 《 or right before 》 (blanks between allowed).
func softenTitleBreaks(rs []rune) {
	for i, r := range rs {
		if r != '\n' {
			continue
		}
		j := i - 1
		for j >= 0 && (rs[j] == ' ' || rs[j] == '\t' || rs[j] == '\u3000') {
			j--
		}
		k := i + 1
		for k < len(rs) && (rs[k] == ' ' || rs[k] == '\t' || rs[k] == '\u3000') {
			k++
		}
		if (j >= 0 && rs[j] == '《') || (k < len(rs) && rs[k] == '》') {
			rs[i] = ' '
		}
	}
}

// proseWidth returns the width the prose of a text is wrapped at when
// other lines mix with it (a table's cells and rows, one to a line), or 0:
// the commonest length of the lines that hold a comma, a stop or a
// semicolon, when at least 8 of them and half of all such lines of 12 runes
// or more are that long (a rune less, or up to three more: closing marks
// stay on a line). Written paragraphs have lines of every length.
func proseWidth(rs []rune, lines []textLine) int {
	count := map[int]int{}
	total := 0
	for _, l := range lines {
		n := l.end - l.start
		if n < 12 || !containsRune(rs[l.start:l.end], proseMarks) {
			continue
		}
		total++
		if n <= 80 {
			count[n]++
		}
	}
	w, best := 0, 0
	for n, c := range count {
		if c > best || c == best && n > w {
			w, best = n, c
		}
	}
	at := 0
	for n, c := range count {
		if n >= w-1 && n <= w+3 {
			at += c
		}
	}
	if at < 8 || at*2 < total {
		return 0
	}
	return w
}

// proseMarks are the marks a line of prose holds (the normalised text has
// ASCII commas and semicolons).
const proseMarks = "，。；,;"

// clauseMarks are the marks of which a break between two Han characters
// needs one on either line to join them: two lines without any (a table's
// cells, …服务平台⏎东北亚…公司) are two names, not one cut.
const clauseMarks = proseMarks + "、：:"

// textLine is a line of a text: [start,end) without the newline.
type textLine struct{ start, end int }

// blank reports whether the line holds nothing but blanks.
func (l textLine) blank(rs []rune) bool { return len(trimBlank(rs[l.start:l.end])) == 0 }

// textLines returns the lines of rs.
func textLines(rs []rune) []textLine {
	var lines []textLine
	start := 0
	for i, r := range rs {
		if r == '\n' {
			lines = append(lines, textLine{start, i})
			start = i + 1
		}
	}
	return append(lines, textLine{start, len(rs)})
}

// width is how many Han characters the line is as wide as: its runes, less
// half of its ASCII letters, digits and points (half as wide). A PDF's
// lines are one width on the page, so a line with figures or Latin in it
// holds more runes (…〔2020⏎〕3号…); as the longest a line may be, the rune
// count alone would call it longer than the rest. ASCII punctuation counts
// whole: normalised text writes the full-width comma as ",".
func (l textLine) width(rs []rune) int {
	half := 0
	for _, r := range rs[l.start:l.end] {
		if r < utf8.RuneSelf && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '.' || r == '%') {
			half++
		}
	}
	return l.end - l.start - half/2
}

// unwrap turns the line breaks of hard-wrapped text (PDF exports break
// lines mid-sentence: 基本\n实现) into spaces, in the normalised runes only,
// so that sentences and patterns run across them; a lone page number
// between two wrapped lines goes too. A break is soft when its line is at
// least about as long as the document's most common line length and does
// not end a sentence or a heading. unwrap itself keeps the rune count (a
// break becomes a space in place); the indices it returns are the soft
// breaks (and page numbers) that no space should stand for, those beside a digit or a sign (4⏎个百分点,
// 20%⏎左右) or inside or before a unit or qualifier word (左⏎右, 亿元⏎以上;
// text.bound): a caller removes them (Text.Without). So are breaks
// between two Han characters in prose wrapped throughout (的⏎公报, 公⏎里;
// see hanJoin below); elsewhere such a break stays a space, which names
// run across only when long enough (see trie.walk: 平台⏎东北 is no 台东).
// One between Latin letters separates words. A text of fewer than 8 lines
// is wrapped when its lines are even (evenWidth); prose among a table's
// cells is wrapped at its own width (proseWidth).
//
// A break right after an opening title mark or right before a closing one
// is soft whatever the document (a wiki's linked title: 《⏎…⏎》).
func unwrap(rs []rune, tx *text) (joins []int) {
	softenTitleBreaks(rs)
	lines := textLines(rs)
	// A page's furniture goes first, whatever the lines' widths: its runes
	// become blanks, and the lines either side of a page break (blank
	// lines and furniture between them) are taken as one after the other.
	// gapped[k] says that page furniture stands before lines[k].
	var gapped []bool
	if furniture := tx.pageFurniture(rs, lines); furniture != nil {
		kept := lines[:0:0]
		gap := false
		for k, l := range lines {
			if furniture[k] {
				for i := l.start; i < l.end; i++ {
					rs[i] = ' '
				}
				gap = true
				continue
			}
			if gap && l.blank(rs) {
				continue
			}
			if gap {
				if gapped == nil {
					gapped = make([]bool, len(lines))
				}
				// a blank line before the page's furniture is part of it
				for len(kept) > 0 && kept[len(kept)-1].blank(rs) {
					kept = kept[:len(kept)-1]
				}
				gapped[len(kept)] = true
			}
			kept = append(kept, l)
			gap = false
		}
		lines = kept
	}
	count := map[int]int{}
	nonEmpty := 0
	for _, l := range lines {
		if n := l.end - l.start; n >= 12 {
			count[n]++
		}
		if l.end > l.start {
			nonEmpty++
		}
	}
	mode, best := 0, 0
	for n, c := range count {
		if c > best || (c == best && n > mode) {
			mode, best = n, c
		}
	}
	if nonEmpty < 8 {
		// Too few lines for their commonest length to say much: a short
		// flash is wrapped when its lines are even (evenWidth).
		mode = evenWidth(rs, lines)
	}
	if mode < 12 || mode > 80 {
		return nil
	}
	full := func(l textLine) bool { return l.end-l.start >= mode-3 }
	countFull := func() (n int) {
		for _, l := range lines {
			if full(l) {
				n++
			}
		}
		return n
	}
	nFull := countFull()
	if nFull*3 < nonEmpty {
		// Lines of all lengths: written paragraphs, not wrapping, unless
		// the prose among them is wrapped (its lines among a table's).
		if mode = proseWidth(rs, lines); mode == 0 {
			return nil
		}
		nFull = countFull()
	}
	// A break between two Han characters is a join only where the text is
	// wrapped throughout, hardly a line longer than the width (a list of
	// names over their paragraphs, …数字平台⏎东北科技大市场…, has lines of
	// every length), where the full lines are prose cut short (half of them
	// hold a comma, stop or semicolon; a list of names of one length,
	// …服务平台⏎东北大学…, holds none), and where a clause mark stands on
	// one of its two lines (a table's cells after wrapped prose).
	over, prose := 0, 0
	for _, l := range lines {
		if l.width(rs) > mode+3 {
			over++
		}
		if full(l) && containsRune(rs[l.start:l.end], proseMarks) {
			prose++
		}
	}
	hanJoins := over*10 <= nonEmpty && prose*2 >= nFull
	hanJoin := func(l, next textLine) bool {
		return hanJoins && (containsRune(rs[l.start:l.end], clauseMarks) || containsRune(rs[next.start:next.end], clauseMarks))
	}
	latin := func(r rune) bool { return r < utf8.RuneSelf && unicode.IsLetter(r) }
	// A line that opens with an indent (two spaces or more; the wide
	// spaces of 　　 are spaces after normalisation) under a line that
	// does not opens a paragraph: the line before it ends one, wrapped or
	// not (a headline over its first paragraph where no blank line parts
	// them). Unless nearly every line is indented: then the indent is a
	// margin, and says nothing; and lines indented alike (a margin broken
	// by flush headings) are wrapped as before.
	indented := func(l textLine) bool {
		return l.end-l.start > 2 && rs[l.start] == ' ' && rs[l.start+1] == ' ' && !unicode.IsSpace(rs[l.end-1])
	}
	paragraphIndents := false
	if n := 0; nonEmpty > 0 {
		for _, l := range lines {
			if indented(l) {
				n++
			}
		}
		paragraphIndents = n > 0 && n*20 < nonEmpty*19
	}
	pageNumber := func(l textLine) bool {
		n := l.end - l.start
		if n < 1 || n > 3 {
			return false
		}
		for _, r := range rs[l.start:l.end] {
			if r < '0' || r > '9' {
				return false
			}
		}
		return true
	}
	for k := 0; k+1 < len(lines); k++ {
		l, next := lines[k], lines[k+1]
		page := -1
		if pageNumber(next) && k+2 < len(lines) && full(l) {
			page = next.start
			for i := next.start; i < next.end; i++ {
				rs[i] = ' ' // 提供\n2\n了历史机遇
			}
			rs[next.end] = ' '
			next = lines[k+2]
		}
		if !full(l) || l.end == l.start || next.end == next.start {
			continue
		}
		if strings.ContainsRune("。！？!?；;：:」”", rs[l.end-1]) || tx.numberedHeading(rs[l.start:l.end]) {
			continue
		}
		if strings.ContainsRune("（(", rs[next.start]) || rs[next.start] == tx.ordinal || rs[next.start] == '—' && !dashJoins(rs, lines, k) {
			continue // a new item
		}
		if paragraphIndents && indented(next) && !indented(l) {
			continue // a new paragraph: indented under a line that is not
		}
		rs[l.end] = ' '
		a, b := rs[l.end-1], rs[next.start]
		join := !(latin(a) && latin(b)) && (hanJoin(l, next) || !(isHan(a) && isHan(b)) || tx.bound(rs, l.end))
		if gapped != nil && (gapped[k+1] || page >= 0 && gapped[k+2]) {
			// A page break: no rune of it stays but one space where the
			// lines do not join.
			if join {
				joins = append(joins, l.end)
			}
			for i := l.end + 1; i < next.start; i++ {
				rs[i] = ' '
				joins = append(joins, i)
			}
			continue
		}
		if join {
			joins = append(joins, l.end)
			if page >= 0 {
				for i := page; i < next.start; i++ {
					joins = append(joins, i)
				}
			}
		}
	}
	return joins
}

// dashJoins reports whether the dash that opens line k+1 joins it to line
// k (虎林⏎—长春天然气管道: a route cut at its dash) rather than opening an
// item (——加快…, or —到2025年… among lines that open so) or a page's
// number (— 12 —): a Han character follows a single dash, and neither line
// k nor line k+2 opens the same way.
func dashJoins(rs []rune, lines []textLine, k int) bool {
	next := lines[k+1]
	if next.end-next.start < 2 || !isHan(rs[next.start+1]) {
		return false
	}
	dashed := func(l textLine) bool {
		i := l.start
		for i < l.end && unicode.IsSpace(rs[i]) {
			i++
		}
		return i+1 < l.end && rs[i] == '—' && isHan(rs[i+1])
	}
	return !dashed(lines[k]) && (k+2 >= len(lines) || !dashed(lines[k+2]))
}

// evenWidth returns the width a text of few lines is wrapped at, as a
// flash copied from a PDF is, or 0: besides its first line (the title) and
// its last, at least two lines, every one as long as the commonest length
// within a rune or two (closing punctuation kept on a line), counted in
// runes or in width (figures and Latin as half a character, as a page
// sets them: textLine.width), whichever fits the line. Of the two
// commonest lengths it returns the smaller, which every line reaches.
func evenWidth(rs []rune, lines []textLine) int {
	var full []textLine
	for _, l := range lines {
		if l.end > l.start {
			full = append(full, l)
		}
	}
	if len(full) < 4 {
		return 0
	}
	inner := full[1 : len(full)-1]
	runes := func(l textLine) int { return l.end - l.start }
	width := func(l textLine) int { return l.width(rs) }
	commonest := func(size func(textLine) int) int {
		count := map[int]int{}
		for _, l := range inner {
			count[size(l)]++
		}
		mode, best := 0, 0
		for n, c := range count {
			if c > best || c == best && n > mode {
				mode, best = n, c
			}
		}
		return mode
	}
	// A line that runs on past the others by runes may hold a figure that
	// was not cut (…收入3758.43): the runes less half its ASCII ones may
	// not run past them.
	loose := func(l textLine) int {
		ascii := 0
		for _, r := range rs[l.start:l.end] {
			if r < utf8.RuneSelf {
				ascii++
			}
		}
		return l.end - l.start - ascii/2
	}
	byRunes, byWidth := commonest(runes), commonest(width)
	for _, l := range inner {
		n, w := runes(l), width(l)
		if !(n >= byRunes-1 && loose(l) <= byRunes+2) && (w < byWidth-1 || w > byWidth+2) {
			return 0
		}
	}
	return min(byRunes, byWidth)
}

// bound reports whether the line break at k stands inside a word that a
// break does not part (左⏎右, 平方⏎公里) or right before a qualifier word
// (亿元⏎以上): no space stands for it.
func (tx *text) bound(rs []rune, k int) bool {
	for _, w := range tx.unwrapOpeners {
		if hasRunesAt(rs, k+1, w) {
			return true
		}
	}
	for _, w := range tx.unwrapWords {
		for p := 1; p < len(w); p++ {
			if hasRunesAt(rs, k-p, w[:p]) && hasRunesAt(rs, k+1, w[p:]) {
				return true
			}
		}
	}
	return false
}

// hasRunesAt reports whether rs holds w at i.
func hasRunesAt(rs []rune, i int, w []rune) bool {
	if i < 0 || i+len(w) > len(rs) {
		return false
	}
	for j, r := range w {
		if rs[i+j] != r {
			return false
		}
	}
	return true
}

// numberedHeading reports whether line is a short numbered heading (1. 总体
// 目标（2013-2025年）, （三）目标, 一、总体要求, 第二章 主要任务: the shipped
// pattern_heading_number or pattern_subheading_number or a line opening
// with ordinal_prefix, at most 32 runes,
// no comma or stop): its own line, whatever the lengths of the lines
// around it.
func (tx *text) numberedHeading(line []rune) bool {
	i := 0
	for i < len(line) && unicode.IsSpace(line[i]) {
		i++
	}
	line = line[i:]
	if len(line) < 2 || len(line) > 32 || containsRune(line, "。；;，,") {
		return false
	}
	s := string(line)
	// A short line that opens with 第 is a heading or a news item's
	// headline (第十四届“挑战杯”…决赛举行) far more often than a wrapped
	// line that happens to begin with 第三产业.
	return line[0] == tx.ordinal || tx.headingNumber != nil && tx.headingNumber.MatchString(s) || tx.subheadingNumber != nil && tx.subheadingNumber.MatchString(s)
}

// scan runs the lexicon trie and every pattern rule over the text.
func (x *Extractor) scan(st *docState) {
	x.scanner.Do(x.buildScanner)
	var by [lexKinds][]hit // by channel
	var region regionHits
	anchors := x.matcher.newAnchorHits()
	x.trie.scan(st.runes, func(h hit) {
		var blocker bool
		for _, v := range h.vals {
			if v < 0 {
				continue
			}
			if k := x.lex[v].kind; k == lexRegionBlocker || k == lexRegionOverlap {
				blocker = true
			}
		}
		for i, v := range h.vals {
			if h.crossed && (v < 0 || x.lex[v].kind == lexIndicator) {
				continue // only names run across a wrapped line's break
			}
			if v < 0 {
				x.matcher.add(anchors, -v-1, h.start, h.end)
				continue
			}
			// The trie's payload lists are never written after freeze: a
			// one-payload view of them costs no allocation per hit.
			one := hit{h.start, h.end, h.vals[i : i+1 : i+1], h.crossed}
			switch k := x.lex[v].kind; {
			case k == lexRegionBlocker || k == lexRegionOverlap:
				region.add(one, true)
			case k == lexRegion:
				if !blocker { // a blocker with the same text wins
					region.add(one, false)
				}
			case k == lexAgencyBlocker:
				by[lexNational] = append(by[lexNational], one)
			default:
				by[k] = append(by[k], one)
			}
		}
	})
	by[lexRegion] = region.out
	st.lexHits = make(map[lexKind][]hit, len(by))
	for k, hs := range by {
		if hs != nil {
			st.lexHits[lexKind(k)] = hs
		}
	}
	all, errs := x.matcher.run(st.runes, anchors)
	x.matcher.putAnchorHits(anchors)
	st.errs = append(st.errs, errs...)
	// Each kind's slice is made once, at the size of all its rules'
	// matches, instead of growing match by match.
	sizes := map[string]int{}
	for i, ms := range all {
		sizes[x.matcher.rules[i].Kind] += len(ms)
	}
	// Where each rule's matches end in its kind's list: the list is made
	// of runs, one per rule, that sortRuns puts in order.
	ends := map[string][]int{}
	for i, ms := range all {
		r := x.matcher.rules[i]
		st.rule = r.ID
		for _, m := range ms {
			if !x.contextOK(st, m) {
				continue
			}
			if r.Kind == "amount" || r.Kind == "quantity" {
				m = x.takePrefixes(st.runes, m)
			}
			if st.matches[r.Kind] == nil {
				st.matches[r.Kind] = make([]match, 0, sizes[r.Kind])
			}
			st.matches[r.Kind] = append(st.matches[r.Kind], m)
			if r.Kind == "exclude" {
				for _, k := range r.Suppress {
					st.excluded[k] = append(st.excluded[k], m.span)
				}
			}
			// A newspaper's home in its dateline (本报太原…讯) tells whose
			// 我省 the article writes; it is not a region the article is
			// about. A wire's (新华社北京…电) names where the news was filed,
			// in the article's body: a region like any other (the shared
			// dev gold makes it optional, sets 9, 10 and 67 required).
			if r.Kind == "dateline" && r.Role == "home" {
				if p, ok := m.group("place"); ok {
					st.excluded["region"] = append(st.excluded["region"], p)
				}
			}
		}
		if len(ms) > 0 {
			ends[r.Kind] = append(ends[r.Kind], len(st.matches[r.Kind]))
		}
	}
	st.rule = ""
	st.excludeEverywhere()
	bp, _ := mergeBufs.Get().(*[]match)
	if bp == nil {
		bp = new([]match)
	}
	for k := range st.matches {
		// Stable, so the result is sort.SliceStable's.
		*bp = sortRuns(st.matches[k], ends[k], *bp)
	}
	if cap(*bp) <= 1<<12 { // a very long document's is let go
		clear((*bp)[:cap(*bp)]) // no rule or group kept alive by it
		mergeBufs.Put(bp)
	}
	st.excludedMax = map[string]int{}
	for k, ss := range st.excluded {
		// Only overlap is asked of them (suppressed), never their order
		// among equal starts: the generic sort, without reflection.
		slices.SortFunc(ss, func(a, b span) int { return cmp.Compare(a.start, b.start) })
		for _, e := range ss {
			st.excludedMax[k] = max(st.excludedMax[k], e.len())
		}
	}
}

// regionHits collects the hits of the region channel (region forms,
// blocker and overlap words), in the trie's order (by start, then by
// end), leaving out the blocker and overlap words that no other hit
// starts within: most of them (关于, 在内 with no region name in or after
// them). Such a word only stops region hits that start inside it
// (resolveRegions sets its coverage to the word's end and skips what
// starts before), and resolveRegions looks at hits of region forms alone
// when it looks around a hit, so leaving it out changes nothing but the
// time and memory it costs. A blocker is held until the next hit says
// whether it is alone.
type regionHits struct {
	out     []hit
	pend    hit  // a blocker waiting for the next hit
	hasPend bool //
	prev    int  // the start of the last hit added
	started bool
}

func (r *regionHits) add(h hit, blocker bool) {
	if r.hasPend {
		if h.start < r.pend.end {
			r.out = append(r.out, r.pend)
		}
		r.hasPend = false
	}
	if blocker && !(r.started && h.start == r.prev) {
		r.pend, r.hasPend = h, true
	} else {
		r.out = append(r.out, h)
	}
	r.prev, r.started = h.start, true
}

// prefixLexicons hold the words a quantity takes in from before its number.
var prefixLexicons = []string{"qualifier_gt", "qualifier_ge", "qualifier_lt", "qualifier_le", "qualifier_approx", "qualifier_eq", currencyPrefixLexicon}

// currencyPrefixLexicon holds the currency words written before a number.
const currencyPrefixLexicon = "currency_prefix"

// takePrefixes widens a quantity match leftwards over the bound and
// currency words written before its number (最高不超过15万元, 约人民币75亿元),
// longest word first, at most three words.
func (x *Extractor) takePrefixes(rs []rune, m match) match {
	for k := 0; k < 3; k++ {
		at := m.span.start
		if at > 0 && rs[at-1] == ' ' {
			at-- // 超过 70%: PDF text pads numbers with spaces
		}
		best := 0
		for _, w := range x.prefixes {
			if n := len(w); n > best && at-n >= 0 && slices.Equal(rs[at-n:at], w) {
				best = n
			}
		}
		if best == 0 || hasSuffixAny(rs[max(0, at-x.lx.qualifierNotWords.longest()):at], x.lx.qualifierNotWords.list...) {
			break
		}
		if at-best > 0 && number.IsNumeralRune(rs[at-best-1]) && slices.ContainsFunc(x.currencyPrefixes, func(w []rune) bool { return slices.Equal(rs[at-best:at], w) }) {
			break // 1美元约合160日元: the currency word is the unit of the number before it
		}
		m.span.start = at - best
		if m.all.start > m.span.start {
			m.all.start = m.span.start
		}
	}
	return m
}

// contextOK applies a rule's `near` and `not_near` attributes: lexicon
// words that must (or must not) occur within `near_window` runes of the
// match, inside its sentence.
func (x *Extractor) contextOK(st *docState, m match) bool {
	c := x.contexts[m.rule]
	if c == nil {
		return true
	}
	w := c.window
	sent := st.sent.sentence(m.all.start)
	// A match may run over its sentence's end (a table row 全市人口 /
	// 200万 is matched across the line break): the window never cuts
	// into the match itself.
	lo := min(max(sent.start, m.all.start-w), m.all.start)
	hi := max(min(sent.end, m.all.end+w), m.all.end)
	win := string(st.runes[lo:m.all.start]) + "\x00" + string(st.runes[m.all.end:hi])
	if c.hasNear && !containsAny(win, c.near) {
		return false
	}
	if c.hasNotNear && containsAny(win, c.notNear) {
		return false
	}
	return true
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// bytes maps a rune span of the normalised text to a byte span of the
// article text.
func (st *docState) bytes(s span) graph.Span {
	a, b := st.norm.Span(s.start, s.end)
	return graph.Span{Start: a, End: b}
}

// orig returns the article text under a rune span.
func (st *docState) orig(s span) string {
	a, b := st.norm.Span(s.start, s.end)
	return st.doc.Text[a:b]
}

func (st *docState) addTrace(kind, rule string, s span, result string) {
	b := st.bytes(s)
	st.trace = append(st.trace, Trace{Kind: kind, Rule: rule, Start: b.Start, End: b.End, Text: st.doc.Text[b.Start:b.End], Result: result})
}

// IngestOptions returns ingest options carrying the rule set's boilerplate
// rules, so documents are cleaned by the same rules that extract them.
// Every call returns the same rule slice: ingest keeps the anchor index
// of a rule list by the list's address, so a new slice per document
// would build the index again for each one (a cold extract took 1.7 times
// as long) and keep them all.
func (x *Extractor) IngestOptions() ingest.Options {
	x.boilerplateOnce.Do(func() {
		for _, b := range x.set.Boilerplate {
			x.boilerplate = append(x.boilerplate, ingest.BoilerplateRule{
				ID:      b.ID,
				Mode:    ingest.BoilerplateMode(b.Mode),
				Pattern: b.Re,
				Formats: b.Formats,
				Anchors: b.Anchors,
			})
		}
	})
	return ingest.Options{Boilerplate: x.boilerplate[:len(x.boilerplate):len(x.boilerplate)]}
}

// RegionNames returns every surface form of every region the gazetteers
// know (full names, aliases, short names), sorted. The blocker generator
// uses it.
func (x *Extractor) RegionNames() []string {
	out := make([]string, 0, len(x.regions.forms))
	for _, f := range x.regions.forms {
		out = append(out, f.text)
	}
	sort.Strings(out)
	return out
}

// mergeBufs keeps sortRuns' scratch space between documents.
var mergeBufs sync.Pool

// sortRuns sorts ms by span start, stably, as slices.SortStableFunc would:
// ms is made of runs that end at ends, each run (a rule's matches, in text
// order) usually sorted already, so that merging them pairwise costs less
// than sorting the whole. If a run is not sorted, it sorts the whole. buf
// is scratch space, returned for reuse.
func sortRuns(ms []match, ends []int, buf []match) []match {
	byStart := func(a, b match) int { return cmp.Compare(a.span.start, b.span.start) }
	from := 0
	for _, e := range ends {
		if !slices.IsSortedFunc(ms[from:e], byStart) {
			slices.SortStableFunc(ms, byStart)
			return buf
		}
		from = e
	}
	if from != len(ms) { // not the runs they were said to be
		slices.SortStableFunc(ms, byStart)
		return buf
	}
	bounds := append([]int{0}, ends...)
	for len(bounds) > 2 {
		next := bounds[:1]
		for i := 0; i+1 < len(bounds); i += 2 {
			if i+2 >= len(bounds) { // an odd run out: as it is
				next = append(next, bounds[i+1])
				break
			}
			lo, mid, hi := bounds[i], bounds[i+1], bounds[i+2]
			buf = mergeRun(ms[lo:hi], mid-lo, buf)
			next = append(next, hi)
		}
		bounds = next
	}
	return buf
}

// mergeRun merges the sorted halves ms[:mid] and ms[mid:] in place, the
// first half's match first among equal starts (stable).
func mergeRun(ms []match, mid int, buf []match) []match {
	if mid == 0 || mid == len(ms) || ms[mid-1].span.start <= ms[mid].span.start {
		return buf
	}
	buf = append(buf[:0], ms[:mid]...)
	i, j, k := 0, mid, 0
	for i < len(buf) && j < len(ms) {
		if ms[j].span.start < buf[i].span.start {
			ms[k] = ms[j]
			j++
		} else {
			ms[k] = buf[i]
			i++
		}
		k++
	}
	copy(ms[k:], buf[i:])
	return buf
}

// wordYears reads a lexicon of word=number entries whose number lies in
// [lo, hi]; shape says what an entry should look like.
func wordYears(set *rules.Set, lex, shape string, lo, hi int) ([]wordYear, error) {
	var out []wordYear
	for _, w := range set.Lexicon(lex) {
		word, n, ok := strings.Cut(w, "=")
		y, err := strconv.Atoi(n)
		if !ok || word == "" || err != nil || y < lo || y > hi {
			return nil, fmt.Errorf("lexicon %s: %q is not %s", lex, w, shape)
		}
		out = append(out, wordYear{word, y})
	}
	return out, nil
}
