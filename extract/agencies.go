package extract

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policygraph/policygraph/rules"
)

// agencyDef is a body with a fixed name (国务院, 科学技术部, 长三角区域合作办公室).
type agencyDef struct {
	name    string
	aliases []string
	level   string // national, regional …
	// successor took over the aliases in year until (广电总局 is
	// 国家广播电视总局 from 2018); the written-out name stays itself.
	successor string
	until     int
	// parent is the longest other known agency whose canonical name
	// begins this one's and leaves a unit of two runes or more
	// (全国人民代表大会 for 全国人民代表大会民族委员会), or "".
	parent string
}

// bodyDef is a local government body whose name takes a region prefix:
// 发展和改革委员会 in 深圳市发展和改革委员会 or 省发展改革委.
type bodyDef struct {
	name        string   // full body name
	forms       []string // name and abbreviations
	levels      []string // region levels it exists at (province, city, county); empty = any
	needsPrefix bool     // never alone (政府, 新闻办)
	inReport    bool     // but alone in a work report, the report region's (人大常委会)
	shortPrefix bool     // named with the region's short name (广州海关, 上海海事局)
	national    string   // the central body a bare form means in a national document
	system      string   // the central body whose local offices these are (国家税务总局)
	office      string   // the office's name under its system where the forms differ (银保监局 → 监管局)
	// successor took over the body's short forms in year until (a
	// province's 金融监管局 is its 地方金融管理局 from 2024), as for
	// agencyDef; its full name stays its own.
	successor string
	until     int
}

// named is the body's name under a region's prefix: 济南市税务局 is
// 国家税务总局济南市税务局 (a body of a vertical system names its head).
func (b *bodyDef) named(prefix string) string {
	if b.office != "" {
		return b.system + prefix + b.office
	}
	return b.system + prefix + b.name
}

type agencyIndex struct {
	national []*agencyDef
	byName   map[string]*agencyDef
	bodies   []*bodyDef
	// bodyByName finds a local body by its full name (a successor).
	bodyByName map[string]*bodyDef
	official   map[string]string // a composed name → the body's official one (agency_official_names)
	// shortForms holds the local bodies' forms made from
	// agency_short_endings (经济和信息化委), which run into words (教育委托).
	shortForms map[string]bool
}

func buildAgencies(set *rules.Set) (*agencyIndex, error) {
	ix := &agencyIndex{byName: map[string]*agencyDef{}, bodyByName: map[string]*bodyDef{}, official: map[string]string{}, shortForms: map[string]bool{}}
	for _, w := range set.Lexicon("agency_official_names") {
		composed, official, ok := strings.Cut(w, "=")
		if !ok || composed == "" || official == "" {
			return nil, fmt.Errorf("lexicon agency_official_names: %q is not COMPOSED NAME=OFFICIAL NAME", w)
		}
		ix.official[composed] = official
	}
	for _, g := range set.GazetteersOf("agency") {
		for _, e := range g.Entries {
			if e.Attr("scope") == "local" {
				b := &bodyDef{name: e.Name, forms: append([]string{e.Name}, e.Aliases...), needsPrefix: e.Attr("needs_prefix") == "true", inReport: e.Attr("report") == "true", shortPrefix: e.Attr("prefix") == "short", national: e.Attr("national"), system: e.Attr("system"), office: e.Attr("office")}
				if l := e.Attr("levels"); l != "" {
					b.levels = strings.Split(l, ",")
				}
				if u, next := e.Attr("until"), e.Attr("successor"); u != "" || next != "" {
					if u == "" || next == "" {
						return nil, fmt.Errorf("%s: agency body %s: successor and until go together (a local body's short forms pass to its successor from a year)", e.Pos, b.name)
					}
					y, err := strconv.Atoi(u)
					if err != nil {
						return nil, fmt.Errorf("%s: agency body %s: until %q is not a year: %w", e.Pos, b.name, u, err)
					}
					b.successor, b.until = next, y
				}
				ix.bodies = append(ix.bodies, b)
				ix.bodyByName[b.name] = b
				continue
			}
			a := &agencyDef{name: e.Name, aliases: e.Aliases, level: e.Attr("level"), successor: e.Attr("successor")}
			if u := e.Attr("until"); u != "" {
				y, err := strconv.Atoi(u)
				if err != nil {
					return nil, fmt.Errorf("%s: agency %s: until %q is not a year", e.Pos, a.name, u)
				}
				a.until = y
			}
			if ix.byName[a.name] != nil {
				return nil, fmt.Errorf("%s: agency %s defined twice", e.Pos, a.name)
			}
			ix.national = append(ix.national, a)
			ix.byName[a.name] = a
			for _, al := range a.aliases {
				if _, dup := ix.byName[al]; !dup {
					ix.byName[al] = a
				}
			}
		}
	}
	// 国家民族事务委员会 is also written 国家民族事务委 (agency_short_endings):
	// each central body gets the short ending as an alias of its own,
	// unless the short name is taken.
	var endings [][2]string
	for _, w := range set.Lexicon("agency_short_endings") {
		long, short, ok := strings.Cut(w, "=")
		if !ok || long == "" || short == "" {
			return nil, fmt.Errorf("lexicon agency_short_endings: %q is not LONG ENDING=SHORT ENDING", w)
		}
		endings = append(endings, [2]string{long, short})
	}
	for _, a := range ix.national {
		for _, e := range endings {
			if rest, ok := strings.CutSuffix(a.name, e[0]); ok && rest != "" {
				if short := rest + e[1]; ix.byName[short] == nil {
					a.aliases = append(a.aliases, short)
					ix.byName[short] = a
				}
			}
		}
	}
	// So is a local body's (市经济和信息化委 is the city's 经济和信息化委员会),
	// unless another body is written so.
	forms := map[string]bool{}
	for _, b := range ix.bodies {
		for _, f := range b.forms {
			forms[f] = true
		}
	}
	for _, b := range ix.bodies {
		for _, e := range endings {
			if rest, ok := strings.CutSuffix(b.name, e[0]); ok && rest != "" {
				if short := rest + e[1]; !forms[short] {
					b.forms = append(b.forms, short)
					forms[short], ix.shortForms[short] = true, true
				}
			}
		}
	}
	for _, a := range ix.national {
		rs := []rune(a.name)
		for n := len(rs) - 2; n >= 2 && a.parent == ""; n-- {
			// The parent's canonical name itself, not a short form of the
			// whole (…民族委).
			if p := string(rs[:n]); ix.byName[p] != nil && ix.byName[p].name == p {
				a.parent = p
			}
		}
	}
	for _, a := range ix.national {
		if a.successor != "" && ix.byName[a.successor] == nil {
			return nil, fmt.Errorf("agency %s: successor %s is not a known agency", a.name, a.successor)
		}
	}
	for _, b := range ix.bodies {
		if b.national != "" && ix.byName[b.national] == nil {
			return nil, fmt.Errorf("agency body %s: national counterpart %s is not a known agency", b.name, b.national)
		}
		if b.successor != "" && ix.bodyByName[b.successor] == nil {
			return nil, fmt.Errorf("agency body %s: successor %s is not a known local body", b.name, b.successor)
		}
	}
	return ix, nil
}

// nationalByName returns the fixed-name agency with this name or alias.
func (ix *agencyIndex) nationalByName(s string) *agencyDef { return ix.byName[s] }

// agencyMention is an agency found in the text.
type agencyMention struct {
	span   span
	rule   string
	name   string    // canonical name
	region *division // jurisdiction of a local body, nil for central bodies
}

// findAgencies finds fixed-name agencies, local bodies with their region
// prefix restored, party committees, and pattern-rule agencies.
func (x *Extractor) findAgencies(st *docState) {
	hits := append(append([]hit(nil), st.lexHits[lexNational]...), st.lexHits[lexBody]...)
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].start != hits[j].start {
			return hits[i].start < hits[j].start
		}
		return hits[i].end > hits[j].end
	})
	covered := -1
	era := x.era(st)
	var out []*agencyMention
	for _, h := range hits {
		if h.start < covered {
			continue
		}
		s := span{h.start, h.end}
		if st.suppressed("agency", s) {
			continue
		}
		e := x.lex[h.vals[0]]
		switch e.kind {
		case lexAgencyBlocker:
			covered = h.end
		case lexNational:
			a := x.agencies.national[e.ref]
			if x.lx.agencyBoundAliases.has(s.text(st.runes)) && h.start > 0 && isHan(st.runes[h.start-1]) && !x.lx.agencyBoundAliasLeads.has(string(st.runes[h.start-1])) {
				continue // 机器人行业, 车载人行: the alias's first rune ends a word
			}
			// 科技部门, 教育部署, 财政部分: a ministry name running into a word.
			if strings.HasSuffix(a.name, x.txt.ministrySuffix) || strings.HasSuffix(s.text(st.runes), x.txt.ministrySuffix) {
				if h.end < len(st.runes) && strings.ContainsRune(x.txt.ministryTails, st.runes[h.end]) {
					covered = h.end + 1
					continue
				}
				if x.txt.ministryMeetingTails.prefixOf(string(st.runes[h.end:min(h.end+8, len(st.runes))])) {
					covered = h.end
					continue // 应急管理部长级会议: ministers meet
				}
			}
			written := s.text(st.runes)
			if h.crossed {
				written = strings.ReplaceAll(written, " ", "") // 国家食品药⏎品监督管理局
			}
			// 广电总局 in 2019 (or undated) is the body of today.
			a = x.agencies.ofEra(a, era, written)
			out = append(out, &agencyMention{span: s, rule: "agency.gazetteer", name: a.name})
			covered = h.end
		case lexBody:
			b := x.agencies.bodies[e.ref]
			if x.agencies.shortForms[s.text(st.runes)] && h.end < len(st.runes) && x.lx.agencyShortNotNext.has(string(st.runes[h.end])) {
				continue // 教育委托培养: 委托 is "entrust"
			}
			m := x.localBody(st, b, s)
			if m == nil && len(out) > 0 && x.lx.agencyJointBodies.has(b.name) {
				// 福建省纪委监委: the body right before names the region.
				if last := out[len(out)-1]; last.span.end == s.start && last.region != nil && b.allows(last.region) {
					// The body takes the prefix the one before was named
					// with, its city too (长治市上党区纪委监委).
					prefix := x.officialPrefix(st, last.region)
					if i := strings.Index(last.name, prefix); i > 0 {
						prefix = last.name[:i+len(prefix)]
					}
					m = &agencyMention{span: s, rule: "agency.body", name: b.named(prefix), region: last.region}
				}
			}
			if m != nil {
				out = append(out, m)
				if m.region != nil && m.span.start < s.start {
					out = append(out, x.listedBodies(st, b, m.span.start)...)
				}
				covered = h.end
			}
		}
	}
	out = append(out, x.subUnits(st, out)...)
	out = append(out, x.ownUnits(st, out)...)
	out = append(out, x.siblingUnits(st, out)...)
	out = append(out, x.partyCommittees(st, out)...)
	out = append(out, x.listedUnits(st, out)...)
	out = append(out, x.namedBodies(st, out)...)
	out = append(out, x.zoneCommittees(st)...)
	for _, m := range st.matches["agency"] {
		name := normalizeName(m.span.text(st.runes))
		if a := x.agencies.nationalByName(name); a != nil {
			name = a.name
		}
		out = append(out, &agencyMention{span: m.span, rule: m.rule.ID, name: name})
	}
	out = append(out, x.agencyAliases(st, out)...)
	// Longest mention wins where two overlap.
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].span.start != out[j].span.start {
			return out[i].span.start < out[j].span.start
		}
		return out[i].span.len() > out[j].span.len()
	})
	var kept []*agencyMention
	for _, m := range out {
		if len(kept) > 0 && kept[len(kept)-1].span.overlaps(m.span) {
			last := kept[len(kept)-1]
			if m.span.len() > last.span.len() {
				kept[len(kept)-1] = m
			}
			continue
		}
		kept = append(kept, m)
	}
	// 中共韶关市委党校, 国务院发展研究中心: a body's name that opens the
	// name of a school or institute it runs names the institution, not
	// the body (agency_institution_heads).
	inst := kept[:0]
	for _, m := range kept {
		if end := m.span.end; hasPrefixAny(st.runes[end:min(len(st.runes), end+8)], x.lx.agencyInstitutionHeads.list...) {
			st.addTrace("agency", m.rule, m.span, "dropped: opens the name of an institution it runs")
			continue
		}
		inst = append(inst, m)
	}
	kept = inst
	// 抄送：市委各部门，市人大常委会办公厅，…: a document's copy list names
	// who receives it, not who acts (agency_copy_openers).
	cc := kept[:0]
	for _, m := range kept {
		if x.inCopyList(st.runes, m.span.start) {
			st.addTrace("agency", m.rule, m.span, "dropped: in the document's copy list")
			continue
		}
		cc = append(cc, m)
	}
	kept = cc
	for _, m := range kept {
		if n, ok := x.agencies.official[m.name]; ok {
			m.name = n // 香港特别行政区政府, not …人民政府
		}
	}
	st.agencies = x.dropForeign(st, kept)
}

// zoneNameMax is how long, in runes, a zone's own name between its region
// and its zone word may be (西海岸, 新旧动能转换).
const zoneNameMax = 10

// zoneCommittees finds the administrative committees of development zones:
// a region's name, up to zoneNameMax characters of the zone's own name (no
// zone_name_stops), one of zone_words, then one of zone_committee_words.
// The body is named as written, with the official forms of both words:
// 青岛高科技工业园管委会 is 青岛高科技工业园管理委员会, 济南高新区管委会 is
// 济南高新技术产业开发区管理委员会. A zone's committee without its region
// (园区管委会, 开发区管委会) is generic and left out.
func (x *Extractor) zoneCommittees(st *docState) []*agencyMention {
	rs := st.runes
	var out []*agencyMention
	for i := range rs {
		if !strings.ContainsRune(x.txt.zoneCommitteeFirst, rs[i]) {
			continue
		}
		cw := ""
		for _, w := range x.txt.zoneCommitteeList { // longest first
			if hasPrefixAny(rs[i:min(len(rs), i+utf8.RuneCountInString(w))], w) {
				cw = w
				break
			}
		}
		if cw == "" {
			continue
		}
		full := x.txt.zoneCommittees[cw]
		zw := ""
		for _, w := range x.txt.zoneWordList { // longest first
			if hasSuffixAny(rs[max(0, i-utf8.RuneCountInString(w)):i], w) {
				zw = w
				break
			}
		}
		if zw == "" {
			continue
		}
		zs := i - utf8.RuneCountInString(zw)
		for p := zs; p >= max(0, zs-zoneNameMax); p-- {
			if p < zs && (!unicode.Is(unicode.Han, rs[p]) || strings.ContainsRune(x.txt.zoneNameStops, rs[p])) {
				break
			}
			r := x.regionEndingAt(st, p)
			if r == nil {
				continue
			}
			s := span{r.span.start, i + utf8.RuneCountInString(cw)}
			name := string(rs[r.span.start:zs]) + x.txt.zoneWords[zw] + full
			out = append(out, &agencyMention{span: s, rule: "agency.zone-committee", name: name, region: r.div})
			break
		}
	}
	return out
}

// inCopyList reports whether position i lies in a line that opens with a
// word of agency_copy_openers (抄送：…), before the line's first full stop.
func (x *Extractor) inCopyList(rs []rune, i int) bool {
	start := paragraphOf(rs, i).start
	for start < i && (rs[start] == ' ' || rs[start] == '\u3000' || rs[start] == '\t') {
		start++
	}
	if !hasPrefixAny(rs[start:i], x.lx.agencyCopyOpeners.list...) {
		return false
	}
	for _, r := range rs[start:i] {
		if r == '。' {
			return false
		}
	}
	return true
}

// dropForeign removes central bodies that belong to another country or to
// Hong Kong, Macao or Taiwan: a word of agency_foreign_prefixes right
// before the name, perhaps with modifiers between (美国国务院, 台湾“国防部”,
// 美国前司法部: agency_foreign_modifiers); a body joined by 和/及/与/、 to one
// that was, or to a foreign institution (美国国务院和国防部, 美国白宫和财政部);
// a body in the clause of a foreign leader or institution, with no word of
// agency_domestic_markers between (特朗普责成财政部: agency_foreign_actors).
func (x *Extractor) dropForeign(st *docState, ms []*agencyMention) []*agencyMention {
	out := ms[:0]
	prevForeign := -1            // end of the last foreign body
	var foreignAt map[string]int // end of each name's last foreign mention
	for k, m := range ms {
		if m.region != nil {
			out = append(out, m)
			continue
		}
		i := m.span.start
		for i > 0 && strings.ContainsRune(" \u3000“\"「『‘'", st.runes[i-1]) {
			i--
		}
		foreign := prevForeign >= 0 && i == prevForeign+1 && (x.txt.isListConj(st.runes[prevForeign]) || st.runes[prevForeign] == '、')
		if !foreign {
			foreign = x.foreignBefore(st.runes, i)
		}
		if foreign {
			st.addTrace("agency", m.rule, m.span, "dropped: a body of another country, or of Hong Kong, Macao or Taiwan")
			prevForeign = m.span.end
			if foreignAt == nil {
				foreignAt = map[string]int{}
			}
			foreignAt[m.name] = m.span.end
			continue
		}
		if end, ok := foreignAt[m.name]; ok && x.foreignRepeat(st.runes, end, i) && !x.joinedToDomestic(st.runes, ms, k, foreignAt) {
			st.addTrace("agency", m.rule, m.span, "dropped: the foreign body named just before, named again")
			foreignAt[m.name] = m.span.end
			continue
		}
		out = append(out, m)
	}
	return out
}

// joinedToDomestic reports whether mention k of ms is listed with a body
// right before or after it (、, 和, 及, 与) whose name was never foreign in
// the document (法国经济与财政部长称。商务部和财政部联合发布).
func (x *Extractor) joinedToDomestic(rs []rune, ms []*agencyMention, k int, foreignAt map[string]int) bool {
	joined := func(a, b *agencyMention) bool {
		if b.span.start != a.span.end+1 || a.span.end >= len(rs) {
			return false
		}
		r := rs[a.span.end]
		return r == '、' || x.txt.isListConj(r)
	}
	if k > 0 {
		if p := ms[k-1]; joined(p, ms[k]) {
			if _, f := foreignAt[p.name]; !f {
				return true
			}
		}
	}
	if k+1 < len(ms) {
		if n := ms[k+1]; joined(ms[k], n) {
			if _, f := foreignAt[n.name]; !f {
				return true
			}
		}
	}
	return false
}

// foreignRepeatReach is how far, in runes, a bare name may stand after the
// same name written as another country's body and still be that body.
const foreignRepeatReach = 200

// foreignRepeat reports whether a bare central body at i, whose name stood
// as a foreign body ending at end, names that body again (美国司法部长邦迪
// 出席听证会…议员批评司法部): within foreignRepeatReach runes, in the same
// paragraph and item, not past a headline's bracket, and with no word of
// agency_domestic_markers between, nor a spokesperson of
// agency_spokesman_words after it in its sentence.
func (x *Extractor) foreignRepeat(rs []rune, end, i int) bool {
	if i < end || i-end > foreignRepeatReach {
		return false
	}
	between := rs[end:i]
	if slices.ContainsFunc(between, func(r rune) bool { return r == '\n' || r == '【' || r == '】' || r == '；' || r == ';' }) {
		// another paragraph, past a headline (【…】财联社电，外交部发言人) or
		// into the next item of a list (1. 英国财政部…；2. 财政部发行…)
		return false
	}
	// A word of agency_domestic_markers between, or its spokesperson in its
	// own sentence (商务部新闻发言人…表示), says it is China's.
	stop := i
	for stop < len(rs) && stop-i < foreignRepeatReach && !isSentenceEnd(rs[stop]) {
		stop++
	}
	domestic := false
	x.lx.agencyDomesticMarkers.each(between, func(int, int) { domestic = true })
	x.lx.agencySpokesmanWords.each(rs[i:stop], func(int, int) { domestic = true })
	return !domestic
}

// chinaAmong reports whether the countries listed right before i (back to
// a clause break) include China: the list opens with a word of
// agency_china_heads (中俄两国, 中日韩三国) or holds one of agency_china_words
// (我国和俄罗斯两国).
func (x *Extractor) chinaAmong(runes []rune, i int) bool {
	k := i
	for k > 0 && i-k < countryListReach && !isClauseBreak(runes[k-1]) {
		k--
	}
	for k < i && unicode.IsSpace(runes[k]) {
		k++
	}
	s := string(runes[k:i])
	return hasPrefixAnyString(s, x.lx.agencyChinaHeads.list) || containsAny(s, x.lx.agencyChinaWords.list)
}

// countryListReach is how far back, in runes, a list of countries before
// their count may reach.
const countryListReach = 24

// foreignBefore reports whether the text before position i makes a central
// body starting there foreign (see dropForeign).
func (x *Extractor) foreignBefore(runes []rune, i int) bool {
	lx := x.lx
	// Modifiers between the prefix and the name: 美国前司法部.
	j := i
	for trimmed := true; trimmed; {
		trimmed = false
		for n := 4; n >= 1; n-- { // （金）: three runes; 临时政府: four
			if j-n >= 0 && lx.agencyForeignModifiers.has(string(runes[j-n:j])) {
				if lx.agencyForeignOnlyModifiers.has(string(runes[j-n : j])) {
					return true // 联邦副总理兼财政部长: China has no federation
				}
				j -= n
				trimmed = true
				break
			}
		}
	}
	for _, at := range []int{i, j} {
		for n := 1; n <= 8 && n <= at; n++ {
			if lx.agencyForeignPrefixes.has(string(runes[at-n:at])) && (n > 1 || suffixOf(runes[max(0, at-6):at], lx.agencyForeignPrefixNot.list) == 0) {
				return true
			}
			// 俄罗斯、土耳其、伊朗和叙利亚四国国防部长, not 中俄两国外交部:
			// a count of countries without China among them.
			if lx.agencyCountryCounts.has(string(runes[at-n:at])) && !x.chinaAmong(runes, at-n) {
				return true
			}
		}
	}
	// Joined to a foreign institution or leader: 美国白宫和财政部. Words of
	// one rune (美, 法) do not count here: 依法和财政部.
	if j > 0 && (x.txt.isListConj(runes[j-1]) || runes[j-1] == '、') {
		for n := 2; n <= 8 && n <= j-1; n++ {
			w := string(runes[j-1-n : j-1])
			if lx.agencyForeignPrefixes.has(w) || lx.agencyForeignActors.has(w) {
				return true
			}
		}
		// A foreign ministry named for two fields: 法国经济与财政部长, not
		// 美国企业和商务部 (agency_foreign_field_words).
		if x.txt.isListConj(runes[j-1]) {
			for _, f := range lx.agencyForeignFieldWords.list {
				end := j - 1 - utf8.RuneCountInString(f)
				if end < 2 || string(runes[end:j-1]) != f {
					continue
				}
				for n := 2; n <= 8 && n <= end; n++ {
					if lx.agencyForeignPrefixes.has(string(runes[end-n : end])) {
						return true
					}
				}
			}
		}
	}
	if x.foreignSubject(runes, i) || x.foreignListHead(runes, j) {
		return true
	}
	// In the clause of a foreign leader or institution: 特朗普责成财政部.
	start := i
	for start > 0 && i-start < 24 && !isClauseBreak(runes[start-1]) {
		start--
	}
	clause := runes[start:i]
	actor := -1 // end of the last actor in the clause
	lx.agencyForeignActors.each(clause, func(k, at int) {
		actor = max(actor, at+len(lx.agencyForeignActors.index().words[k]))
	})
	if actor < 0 {
		return false
	}
	domestic := false
	lx.agencyDomesticMarkers.each(clause[actor:], func(int, int) { domestic = true })
	return !domestic
}

// foreignListMax is how far back, in runes, foreignListHead looks for the
// start of the list a body stands in.
const foreignListMax = 48

// foreignListHead reports whether the body at i is an item of a list joined
// by 、 whose first item is a body of another country: it opens with a
// foreign name or abbreviation (agency_foreign_prefixes) and ends like a
// body (agency_open_suffixes): 乌国家安全局、无人系统部队、…、国防部情报总局.
func (x *Extractor) foreignListHead(runes []rune, i int) bool {
	if i == 0 || runes[i-1] != '、' {
		return false
	}
	start := i - 1
	for start > 0 && i-start < foreignListMax && (runes[start-1] == '、' || !isClauseBreak(runes[start-1])) {
		start--
	}
	if start > 0 && !isClauseBreak(runes[start-1]) {
		return false
	}
	end := start
	for end < i && runes[end] != '、' {
		end++
	}
	first := runes[start:end]
	if !hasSuffixAny(first, x.lx.agencyOpenSuffixes.list...) {
		return false
	}
	for n := 1; n <= 4 && n < len(first); n++ {
		if !x.lx.agencyForeignPrefixes.has(string(first[:n])) {
			continue
		}
		// One character (乌, 德, 法) abbreviates a country only before a
		// word of agency_foreign_abbrev_next (乌国家安全局); 法制办公室,
		// 德州市 and 乌鲁木齐市 are no country's.
		if n > 1 || hasPrefixAny(first[1:min(len(first), 1+x.lx.agencyForeignAbbrevNext.longest())], x.lx.agencyForeignAbbrevNext.list...) {
			return true
		}
	}
	return false
}

// foreignSubject reports whether the sentence holding position i opens with
// a foreign country or region of two or more runes (澳大利亚财长查默斯表示，…
// 他承认央行本周…), after an item number or 据, with no word of
// agency_domestic_markers before i or in the body's clause: the bodies it
// names are that country's.
func (x *Extractor) foreignSubject(runes []rune, i int) bool {
	start := i
	for start > 0 && i-start < 160 && !isSentenceBreak(runes[start-1]) {
		start--
	}
	if start > 0 && !isSentenceBreak(runes[start-1]) {
		return false
	}
	j := x.pastOpening(runes, start, i, itemMarks)
	pe := -1 // end of the country's name
	for n := 2; n <= 8 && j+n <= i; n++ {
		if w := string(runes[j : j+n]); x.lx.agencyForeignPrefixes.has(w) && !x.lx.agencyForeignNotSubject.has(w) {
			pe = j + n
		}
	}
	if pe < 0 {
		return false
	}
	// The body belongs to the country when it is named within its name
	// (美国劳工统计局: two characters at most between, no 与/和/的) or when the
	// country speaks and the body stands in what it says (澳大利亚财长查默斯
	// 表示，…他承认央行…). A body acting on its own after the country is
	// named (日本核污染水排海后，海关总署决定…) stays China's.
	gap := runes[pe:i]
	named := len(gap) <= 2
	for _, r := range gap {
		if !unicode.Is(unicode.Han, r) || x.txt.isListConj(r) || string(r) == x.txt.deWord {
			named = false
		}
	}
	// A verb of saying followed by its clause's end (表示，…), not one inside
	// a word (名称, 说明).
	spoken := false
	x.lx.agencyForeignSpeech.each(gap, func(k, at int) {
		if end := at + len(x.lx.agencyForeignSpeech.index().words[k]); end < len(gap) && isClauseBreak(gap[end]) {
			spoken = true
		}
	})
	if !named && !spoken {
		return false
	}
	// The body's own clause counts too: 美国实施…限制，外交部回应, 外交部驻港公署.
	end := i
	for end < len(runes) && end-i < 24 && !isClauseBreak(runes[end]) {
		end++
	}
	domestic := false
	x.lx.agencyDomesticMarkers.each(runes[j:end], func(int, int) { domestic = true })
	return !domestic
}

// itemMarks are the runes an item number or a headline's bracket may put
// before a sentence's first word (1、, （2）, *, 【).
const itemMarks = " \u3000*#、.．)）(（"

// pastOpening returns where the words of the sentence starting at start
// begin, before end: after an item number written with digits and marks
// (runes of marks) and one word of agency_foreign_leads (据, 当地时间).
func (x *Extractor) pastOpening(rs []rune, start, end int, marks string) int {
	j := start
	for j < end && (strings.ContainsRune(marks, rs[j]) || unicode.IsDigit(rs[j])) {
		j++
	}
	if k := x.datelineEnd(rs, j, end); k > j {
		j = k
	}
	for n := 4; n >= 1; n-- {
		if j+n <= end && x.lx.agencyForeignLeads.has(string(rs[j:j+n])) {
			return j + n
		}
	}
	return j
}

// datelineEnd returns where a news dateline that opens rs[j:end] ends
// (财联社7月31日电，: after the comma), or j: a word of dateline_ends
// within datelineReach runes, then commas and spaces.
func (x *Extractor) datelineEnd(rs []rune, j, end int) int {
	lim := min(end, j+datelineReach)
	for _, w := range x.lx.datelineEnds.list {
		n := utf8.RuneCountInString(w)
		for k := j; k+n <= lim; k++ {
			if string(rs[k:k+n]) != w {
				continue
			}
			k += n
			for k < end && (rs[k] == '，' || rs[k] == ',' || unicode.IsSpace(rs[k])) {
				k++
			}
			return k
		}
	}
	return j
}

// datelineReach is how far into a sentence, in runes, a dateline may end
// (新华社乌鲁木齐12月31日电).
const datelineReach = 16

// isSentenceBreak reports whether r ends a sentence or a line.
func isSentenceBreak(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '\n':
		return true
	}
	return false
}

// isClauseBreak reports whether r ends a clause: sentence and clause
// punctuation, or a line break.
func isClauseBreak(r rune) bool {
	switch r {
	case '，', '。', '；', '！', '？', '：', ',', ';', '!', '?', ':', '\n':
		return true
	}
	return false
}

// subUnits finds departments inside central bodies: a central body's name
// followed at once by a unit name of 2–10 Han characters that ends in a
// word of agency_subunit_suffixes (公安部经济犯罪侦查局, 国家发改委政策研究室,
// 全国人大常委会法制工作委员会). The unit may not hold a word that joins
// or acts (和, 、, 会同, 印发: agency_subunit_breaks). The longest mention
// wins later, so the department replaces its parent.
func (x *Extractor) subUnits(st *docState, found []*agencyMention) []*agencyMention {
	suffixes := x.lx.agencySubunitSuffixes.list
	breaks := x.lx.agencySubunitBreaks.list
	var out []*agencyMention
	for _, m := range found {
		// A local body's divisions end in a word of
		// agency_local_subunit_suffixes (青岛市行政审批服务局数字平台建设处)
		// or agency_local_office_suffixes (…局办公室).
		sufs, local := suffixes, false
		if m.region != nil && m.rule == "agency.body" && hasSuffixAnyString(m.name, x.lx.agencyLocalSubunitHeads.list) {
			sufs, local = append(slices.Clip(x.lx.agencyLocalSubunitSuffixes.list), x.lx.agencyLocalOfficeSuffixes.list...), true
		} else if m.region != nil || m.rule != "agency.gazetteer" {
			continue
		}
		// Up to 10 runes of unit, and one more to see what follows it; a
		// wrapped line's space between two of them is passed over (海⏎事局),
		// unless a body begins after it (a list of signing bodies).
		end := m.span.end
		var ur []rune
		var after []int // after[k]: the text position after the unit's k+1th rune
		for end < len(st.runes) && len(ur) < 11 {
			r := st.runes[end]
			if r == ' ' && len(ur) > 0 && end+1 < len(st.runes) && isHan(st.runes[end+1]) && !startsWithin(found, end+1, end+2) {
				end++
				continue
			}
			if !unicode.Is(unicode.Han, r) {
				break
			}
			ur = append(ur, r)
			end++
			after = append(after, end)
		}
		unit := string(ur)
		best := 0
		for _, suf := range sufs {
			for i := 0; i+len(suf) <= len(unit); {
				j := strings.Index(unit[i:], suf)
				if j < 0 {
					break
				}
				k := i + j + len(suf)
				office := local && x.lx.agencyLocalOfficeSuffixes.has(suf)
				if strings.HasPrefix(unit[k:], x.txt.headSuffix) || local && !office && x.lx.agencyLocalSubunitNotNext.prefixOf(unit[k:]) ||
					office && x.lx.agencyLocalOfficeNotNext.prefixOf(unit[k:]) {
					// 公路局局长: the unit is 公路局, the 局 of 局长 ends nothing;
					// nor does the 处 of 处罚, nor an office whose staff speak.
					i = k
					continue
				}
				if n := len([]rune(unit[:k])); n >= 2 && n <= 10 && k > best {
					best = k
				}
				i = k
			}
		}
		if best == 0 || containsAny(unit[:best], breaks) {
			continue
		}
		n := len([]rune(unit[:best]))
		if startsWithin(found, m.span.end, after[n-1]) {
			continue // 国务院办公厅转发国家地震局: two bodies, not one
		}
		out = append(out, &agencyMention{span: span{m.span.start, after[n-1]}, rule: "agency.subunit", name: m.name + unit[:best]})
	}
	return out
}

// ownUnits finds a body's own organ named after it and a word of
// agency_own_unit_joins (全国人民代表大会及其常务委员会, 全国人大及其常委会):
// the organ is the known agency its parent's name and the unit make.
func (x *Extractor) ownUnits(st *docState, found []*agencyMention) []*agencyMention {
	var out []*agencyMention
	for _, m := range found {
		if m.region != nil || m.rule != "agency.gazetteer" {
			continue
		}
		for _, j := range x.lx.agencyOwnUnitJoins.list {
			from := m.span.end + utf8.RuneCountInString(j)
			if from > len(st.runes) || string(st.runes[m.span.end:from]) != j {
				continue
			}
			if a := x.ownUnit(st, m, from); a != nil {
				out = append(out, a)
			}
			break
		}
	}
	return out
}

// ownUnit returns the longest unit at from (of ownUnitMax runes at most)
// that makes a known agency with m's canonical or written name, or nil.
func (x *Extractor) ownUnit(st *docState, m *agencyMention, from int) *agencyMention {
	for n := min(ownUnitMax, len(st.runes)-from); n >= 2; n-- {
		unit := string(st.runes[from : from+n])
		for _, parent := range []string{m.name, m.span.text(st.runes)} {
			if a := x.agencies.nationalByName(parent + unit); a != nil {
				return &agencyMention{span: span{from, from + n}, rule: "agency.own-unit", name: a.name}
			}
		}
	}
	return nil
}

// ownUnitMax is the longest organ ownUnits tries (常务委员会: 5).
const ownUnitMax = 8

// siblingUnits finds the organs a list names after one written in full,
// the parent's name left out (全国人大民族委员会、宪法和法律委员会、外事委员会
// 和农业与农村委员会): a known central agency whose name is a known parent's
// and a unit, followed by 、 or a list conjunction and a unit that makes a
// known agency with the same parent; item after item, while they do.
func (x *Extractor) siblingUnits(st *docState, found []*agencyMention) []*agencyMention {
	rs := st.runes
	var out []*agencyMention
	for _, m := range found {
		if m.region != nil || m.rule != "agency.gazetteer" {
			continue
		}
		a := x.agencies.nationalByName(m.name)
		if a == nil || a.parent == "" {
			continue
		}
		parent := a.parent
		for end := m.span.end; end+1 < len(rs) && (rs[end] == '、' || strings.ContainsRune(x.txt.listConj, rs[end])); {
			from := end + 1
			var next *agencyMention
			for n := min(siblingUnitMax, len(rs)-from); n >= 2 && next == nil; n-- {
				a := x.agencies.nationalByName(parent + string(rs[from:from+n]))
				if a == nil {
					continue
				}
				if strings.HasSuffix(a.name, x.txt.ministrySuffix) && from+n < len(rs) && strings.ContainsRune(x.txt.ministryTails, rs[from+n]) {
					break // 宣传部和组织部署: 部署 is a verb, no 组织部
				}
				next = &agencyMention{span: span{from, from + n}, rule: "agency.sibling-unit", name: a.name}
			}
			if next == nil || startsWithin(found, from, from+1) {
				break
			}
			out = append(out, next)
			end = next.span.end
		}
	}
	return out
}

// siblingUnitMax is the longest organ siblingUnits tries
// (教育科学文化卫生委员会: 11).
const siblingUnitMax = 14

// startsWithin reports whether a mention starts in [from, to).
func startsWithin(ms []*agencyMention, from, to int) bool {
	for _, m := range ms {
		if m.span.start >= from && m.span.start < to {
			return true
		}
	}
	return false
}

// agencyAliases binds a short name introduced right after an agency
// (国家发展和改革委员会（以下简称“发改委”）) to that agency for this
// document, and finds its later uses.
func (x *Extractor) agencyAliases(st *docState, found []*agencyMention) []*agencyMention {
	var out []*agencyMention
	for _, m := range st.matches["alias"] {
		g, ok := m.group("alias")
		if !ok {
			continue
		}
		var owner *agencyMention
		for _, a := range found {
			// The agency ends right before the parenthesis that holds 以下简称.
			if a.span.end <= m.all.start && m.all.start-a.span.end <= 2 {
				owner = a
			}
		}
		if owner == nil {
			continue
		}
		alias := g.text(st.runes)
		if len([]rune(alias)) < 2 || x.agencies.nationalByName(alias) != nil {
			continue
		}
		ar := []rune(alias)
		for i := g.end; i+len(ar) <= len(st.runes); i++ {
			if st.runes[i] == ar[0] && string(st.runes[i:i+len(ar)]) == alias {
				out = append(out, &agencyMention{span: span{i, i + len(ar)}, rule: m.rule.ID, name: owner.name, region: owner.region})
				i += len(ar) - 1
			}
		}
	}
	return out
}

// compoundNameTail reports whether the body starting at i is the last word
// of a longer name joined by a word of agency_name_joins (文化体育广电和
// 旅游局): what stands right before the join is a field that bodies are
// named for (agency_name_fields: 广电), so the join links fields of one
// body, not two bodies of a list (财政局和旅游局) nor a body after anything
// else (企业和统计局, 已与商务局).
func (x *Extractor) compoundNameTail(rs []rune, i int) bool {
	if i < 2 || !x.lx.agencyNameJoins.has(string(rs[i-1])) {
		return false
	}
	return hasSuffixAny(rs[max(0, i-1-x.lx.agencyNameFields.longest()):i-1], x.lx.agencyNameFields.list...)
}

// localBody resolves a body hit to an agency: the region named right before
// it (深圳市发展和改革委员会, 深圳发改委), a level word standing for the
// document's region (省工信厅), or, alone, the document's own body — or the
// central one in a central document (发展改革委 in a State Council letter).
func (x *Extractor) localBody(st *docState, b *bodyDef, s span) *agencyMention {
	written := b
	b = x.agencies.bodyOfEra(b, x.era(st), s.text(st.runes))
	if r := x.regionEndingAt(st, x.levelNoteStart(st.runes, s.start)); r != nil && r.div != nil && r.div.level != levelEconomic {
		if !b.allows(r.div) && written.allows(r.div) {
			// The successor is of other levels only (苏州市金融监管局 is
			// no regulator's office, which provinces have): the body
			// written keeps the name.
			b = written
		}
		if !b.allows(r.div) {
			return nil
		}
		prefix, from := x.writtenPrefix(st, r)
		if b.shortPrefix && r.form != nil && r.form.short {
			prefix, from = r.span.text(st.runes), r.span.start // 广州海关, not 广州市海关
		} else if sh := x.regions.shortOf[r.div]; b.shortPrefix && b.system != "" && sh != "" {
			// A central regulator's office is named with the place's short
			// name however the text writes it (宁夏回族自治区金融监管局 is
			// 国家金融监督管理总局宁夏监管局).
			prefix = sh
		}
		return &agencyMention{span: span{from, s.end}, rule: "agency.body", name: b.named(prefix), region: r.div}
	}
	for _, w := range x.lx.sarLevelWords.list {
		n := len([]rune(w))
		if s.start-n < 0 || string(st.runes[s.start-n:s.start]) != w {
			continue
		}
		// 特区政府今日公布 (read before the level word 区 it ends with):
		// the special administrative region the sentence names last, or
		// the one the document names.
		if d := x.sarNamed(st, s.start-n); d != nil && b.allows(d) {
			return &agencyMention{span: span{s.start - n, s.end}, rule: "agency.body", name: b.named(x.officialPrefix(st, d)), region: d}
		}
		st.addTrace("agency", "agency.body", span{s.start - n, s.end}, "dropped: the special administrative region is not known")
		return nil
	}
	for _, lw := range x.txt.levelWords {
		n := len([]rune(lw))
		if s.start-n < 0 || string(st.runes[s.start-n:s.start]) != lw {
			continue
		}
		if x.genericBefore(st, s.start-n) || x.regionEndingAt(st, s.start) != nil || x.commonNounLevel(st, s.start-n) {
			return nil
		}
		d := x.nearestAtLevel(st, s.start-n, lw)
		if d == nil || !b.allows(d) {
			st.addTrace("agency", "agency.body", span{s.start - n, s.end}, "dropped: the document's "+lw+" is not known")
			return nil
		}
		return &agencyMention{span: span{s.start - n, s.end}, rule: "agency.body", name: b.named(x.officialPrefix(st, d)), region: d}
	}
	if s.start > 0 && st.runes[s.start-1] == x.txt.committee && x.lx.partyDepartments.has(s.text(st.runes)) {
		// 市委网信办 with the city not known: a department of a Party
		// committee (partyCommittees), not the government's office.
		st.addTrace("agency", "agency.body", s, "dropped: a department of a Party committee not known")
		return nil
	}
	if d := x.sarBefore(st, b, s.start); d != nil {
		// 澳门特区旅游局与经济及科技发展局, 香港特区政府劳工及福利局: a
		// bureau only Hong Kong or Macao has is the one the sentence names.
		return &agencyMention{span: s, rule: "agency.body", name: b.named(x.officialPrefix(st, d)), region: d}
	}
	if x.compoundNameTail(st.runes, s.start) {
		// 兵团文化体育广电和旅游局: the tail of one body's longer name, not
		// a second body (国家旅游局).
		st.addTrace("agency", "agency.body", s, "dropped: the tail of a longer name joined by "+string(st.runes[s.start-1]))
		return nil
	}
	j := st.juris
	// A body that needs its region's name (铁路局: many railway bureaus)
	// alone in a central document is the central body (数据来自铁路局 in
	// the national statistical communiqué is 国家铁路局).
	if b.needsPrefix && !(j.national && b.national != "") && !(b.inReport && st.report && j.province != nil) || x.genericBefore(st, s.start) {
		return nil
	}
	if x.genericListItem(st, s.start) {
		st.addTrace("agency", "agency.body", s, "dropped: an item of a list of every place's bodies")
		return nil
	}
	if j.national || j.province == nil {
		if b.national != "" && !x.nationalEndsAt(st, s.start) {
			// 测绘局 in the communiqué on 2010 is 国家测绘局, in the one on
			// 2011 (published in 2012) 国家测绘地理信息局.
			return &agencyMention{span: s, rule: "agency.body", name: x.agencies.ofEra(x.agencies.byName[b.national], x.era(st), "").name}
		}
		return nil // 教育部网信办: the ministry's own office, not the national one
	}
	for _, d := range []*division{j.county, j.city, j.province} {
		if d != nil && b.allows(d) {
			return &agencyMention{span: s, rule: "agency.body", name: b.named(x.officialPrefix(st, d)), region: d}
		}
	}
	return nil
}

// era is the year whose names of bodies the document uses: its date's,
// or for an undated one its title's (a communiqué titled 2011年 names 广电总局
// of 2011, 国家广播电影电视总局), the first of a period's (a plan for
// 2016-2020 was written in 2016); 0 when none is known.
func (x *Extractor) era(st *docState) int {
	era := st.year
	if era == 0 {
		if era, _ = x.txt.planPeriod(st.title); era == 0 {
			era = x.txt.yearFromTitle(st.title)
		}
	}
	return era
}

// ofEra follows a's successors (successor, until) to the body that had its
// tasks in year era (or today, when era is 0), stopping at the one whose
// full name is written (a body named in full is that body).
func (ix *agencyIndex) ofEra(a *agencyDef, era int, written string) *agencyDef {
	for n := 0; n < 8 && a.successor != "" && written != a.name && (era == 0 || era >= a.until); n++ {
		a = ix.byName[a.successor]
	}
	return a
}

// bodyOfEra is ofEra for local bodies: the body whose short form written
// names in year era. An undated document keeps the body it names: local
// bodies were renamed province by province over a year or two, and an
// undated local notice is more often older than the reform than newer.
func (ix *agencyIndex) bodyOfEra(b *bodyDef, era int, written string) *bodyDef {
	for n := 0; n < 8 && b.successor != "" && written != b.name && era != 0 && era >= b.until; n++ {
		b = ix.bodyByName[b.successor]
	}
	return b
}

// sarBefore returns, for a body that only the special administrative
// regions have (levels: sar), the region its sentence names last before
// i, at most sarReach runes back, when that is one of them; when the
// sentence names no place there and the name opens a bracket or follows a
// slash (a note of who is responsible), the one SAR the document names;
// elsewhere the SAR the document speaks for alone (sarDocument); nil for
// any other body or place.
func (x *Extractor) sarBefore(st *docState, b *bodyDef, i int) *division {
	if len(b.levels) != 1 || b.levels[0] != levelSAR {
		return nil
	}
	from := i
	for from > 0 && i-from < sarReach && !isSentenceBreak(st.runes[from-1]) {
		from--
	}
	var d *division
	for _, r := range st.regionsFrom(from, i) {
		if r.div != nil && r.span.end <= i {
			d = r.div // the last place named before the body
		}
	}
	if d == nil {
		// (政务司司长办公室/劳工及福利局) after an item of Hong Kong's
		// policy address, its sentence naming no place: the one SAR the
		// document names. Only a name in such a note, opening its bracket
		// or after a slash: not 联合国环境规划署, “卫生署”表示, 新闻处负责同志.
		if i == 0 || !strings.ContainsRune("(/\uff08\uff0f", st.runes[i-1]) {
			// …or anywhere in a document that speaks for one SAR alone
			// (a policy address: 屋宇署會繼續全面取締…), not after a level
			// word that makes it a mainland body (市地方金融管理局).
			for k := i - 1; k >= 0 && k >= i-sarLevelReach && isHan(st.runes[k]); k-- {
				if _, ok := x.txt.levelKind[string(st.runes[k])]; ok {
					return nil
				}
			}
			return sarDocument(st)
		}
		return oneSAR(st)
	}
	if !d.sar {
		return nil // 香港特区政府代表团与上海市交通委、…海事处: 上海's
	}
	return d
}

// oneSAR returns the special administrative region a document names, nil
// when it names both or neither.
func oneSAR(st *docState) *division {
	var d *division
	for _, r := range st.regions {
		if r.div == nil || !r.div.sar {
			continue
		}
		if d != nil && d != r.div {
			return nil // 香港 and 澳门 both: whose is not known
		}
		d = r.div
	}
	return d
}

// sarNamed returns the special administrative region a word standing for
// one at i means: the last region the sentence names before i when it is
// one and the sentence names no other, else, the sentence naming none,
// the one the document names; nil when the last is a mainland place, the
// sentence or the document names both, or the text speaks of a special
// economic zone (sar_level_not_texts).
func (x *Extractor) sarNamed(st *docState, i int) *division {
	var d, sar *division
	for _, r := range st.regionsFrom(st.sent.sentence(i).start, i) {
		if r.div == nil || r.span.end > i {
			continue
		}
		d = r.div
		if d.sar {
			if sar != nil && sar != d {
				return nil // 香港、澳门…特区政府: both
			}
			sar = d
		}
	}
	if d != nil {
		if !d.sar {
			return nil
		}
		return d
	}
	if containsAny(string(st.runes), x.lx.sarLevelNotTexts.list) {
		return nil // 经济特区…特区政府: a special economic zone's
	}
	return oneSAR(st)
}

// sarDocument returns the special administrative region a document
// speaks for alone: every region it names is inside it; nil for any other
// document.
func sarDocument(st *docState) *division {
	for _, r := range st.regions {
		if r.deixis {
			return nil // 我市, 全省: a mainland document's own place
		}
	}
	return soleRegion(st, func(d *division) bool { return d.sar })
}

// sarLevelReach is how many Han runes before a SAR's bureau sarBefore
// looks for a level word (市地方金融管理局).
const sarLevelReach = 4

// soleRegion returns the region for which isTop holds that holds every
// region the document names (economic regions aside), or nil when they
// are of more than one such region or of none, or the document is a
// central body's.
func soleRegion(st *docState, isTop func(*division) bool) *division {
	if st.juris != nil && st.juris.national {
		return nil
	}
	var top *division
	for _, r := range st.regions {
		if r.div == nil || r.div.level == levelEconomic {
			continue
		}
		d := r.div
		for d != nil && !isTop(d) {
			d = d.parent
		}
		if d == nil || top != nil && d != top {
			return nil
		}
		top = d
	}
	return top
}

// sarReach is how far back in its sentence, in runes, a bureau of Hong
// Kong or Macao looks for the region's name.
const sarReach = 60

// nationalEndsAt reports whether the name of a central body ends at i.
func (x *Extractor) nationalEndsAt(st *docState, i int) bool {
	for _, h := range st.lexHits[lexNational] {
		if h.end == i && x.lex[h.vals[0]].kind == lexNational {
			return true // not an agency blocker, which shares the list
		}
	}
	return false
}

// listedBodies shares a body among the regions listed before the one that
// names it: 松原市、白城市和大安市政府 are three governments. i is where the
// last region of the list starts.
func (x *Extractor) listedBodies(st *docState, b *bodyDef, i int) []*agencyMention {
	var out []*agencyMention
	for i > 0 && (st.runes[i-1] == '、' || x.txt.isListConj(st.runes[i-1])) {
		r := x.regionEndingAt(st, i-1)
		if r == nil || r.div == nil || r.div.level == levelEconomic || !b.allows(r.div) {
			break
		}
		out = append(out, &agencyMention{span: r.span, rule: "agency.body-list", name: b.named(x.officialPrefix(st, r.div)), region: r.div})
		i = r.span.start
	}
	return out
}

// officialPrefix is the region part of a local body's official name: the
// division's name (崂山区人民政府, 嘉鱼县人民政府), as the gold sets write
// a district's body the text names alone; a municipality's district the
// text writes after the municipality (关于重庆市长寿区…的报告) keeps it, as
// the district's own seal does (区政府 is 重庆市长寿区人民政府).
func (x *Extractor) officialPrefix(st *docState, d *division) string {
	if st.chained[d] {
		return d.parent.name + d.name
	}
	return d.name
}

// writtenPrefix is the region part of the name of a body written after
// region mention r, and where the name starts: a district written with its
// city right before it keeps the city (广州市花都区住建局 is
// 广州市花都区住房和城乡建设局; 崂山区政府 is 崂山区人民政府).
func (x *Extractor) writtenPrefix(st *docState, r *regionMention) (string, int) {
	d := r.div
	if d.level == levelCounty && strings.HasSuffix(d.name, x.txt.kindWord[kindDistrict]) {
		if c := x.regionEndingAt(st, r.span.start); c != nil && c.div != nil && c.div == d.city() && c.div != d && !strings.HasPrefix(d.name, c.div.name) {
			return c.div.name + d.name, c.span.start
		}
	}
	return x.officialPrefix(st, d), r.span.start
}

// allows reports whether the body exists at the division's level.
func (b *bodyDef) allows(d *division) bool {
	if len(b.levels) == 0 {
		return true
	}
	lv := d.level
	if d.level == levelProvince && isMunicipality(d) {
		// 北京市 has both provincial (厅-less) and city bodies.
		for _, l := range b.levels {
			if l == levelProvince || l == levelCity {
				return true
			}
		}
	}
	for _, l := range b.levels {
		if l == lv || (l == levelSAR && d.sar) {
			return true
		}
	}
	return false
}

// regionEndingAt returns the region mention that ends exactly at i.
func (x *Extractor) regionEndingAt(st *docState, i int) *regionMention {
	for _, r := range st.regionsFrom(i-st.regionMax, i) {
		if r.span.end == i && !r.deixis {
			return r
		}
	}
	return nil
}

// genericBefore reports whether the text before i makes what follows a
// generic reference (各省, 有关市, 直辖市人民政府, 省级人民政府).
func (x *Extractor) genericBefore(st *docState, i int) bool {
	for n := 1; n <= 5 && i-n >= 0; n++ {
		if x.lx.agencyGenericPrefixes.has(string(st.runes[i-n : i])) {
			return true
		}
	}
	return false
}

// genericListItem reports whether the body written alone at i is a later
// item of an addressee list of every place's bodies: its clause opens with
// a word of generic_list_openers (各), and the items before it, joined by
// 、, are bodies' names (each ends with a word of generic_list_item_ends,
// a bracketed alias after it aside). In 各市发展改革委（能源局）、科技局、住房城乡
// 建设局… every later name is every city's bureau, no one body of the
// document's place; so is the alias in brackets after the first item. Not
// in 各地要高度重视、科技局要加强指导 (no list of bodies) nor 各部门（科技局、
// 财政局） (部门 is no body's name).
func (x *Extractor) genericListItem(st *docState, i int) bool {
	rs := st.runes
	for i > 0 && isHan(rs[i-1]) {
		i-- // to the item's start: 建设局 of 住房城乡建设局
	}
	cl := clauseOf(rs, span{i, i})
	k := cl.start
	for k < i && unicode.IsSpace(rs[k]) {
		k++
	}
	if k >= i || !hasPrefixAny(rs[k:i], x.lx.genericListOpeners.list...) {
		return false
	}
	items := strings.Split(string(rs[k:i]), "\u3001")
	last := items[len(items)-1]
	switch {
	case last == "" && len(items) > 1:
		items = items[:len(items)-1]
	case strings.HasSuffix(last, "(") || strings.HasSuffix(last, "\uff08"):
		// 各市发展改革委（能源局）: the alias of the list's first body.
		items[len(items)-1] = strings.TrimRight(last, "(\uff08")
	default:
		return false
	}
	for _, it := range items {
		names := []string{it}
		if o := strings.IndexAny(it, "(\uff08"); o >= 0 {
			names = []string{it[:o]} // 发展改革委（能源局）: the alias aside
			if !strings.HasSuffix(it, ")") && !strings.HasSuffix(it, "\uff09") {
				// 各部门（财政局、…: a list inside the brackets, whose
				// head must be a body too.
				names = append(names, it[o+1:])
			}
		}
		for _, n := range names {
			// 各省、自治区、直辖市…: places' level words open the list too;
			// 交通运输厅（局、委）: the close of a bracket is no ending.
			n = strings.TrimRight(n, ")\uff09")
			if !hasSuffixAnyString(n, x.lx.genericListItemEnds.list) && !hasSuffixAnyString(n, x.txt.levelWords) {
				return false
			}
		}
	}
	return true
}

// commonNounLevel reports whether the level word at i ends a common noun
// (agency_level_noun_before: 城市政府 is city governments, 开发区政府 a
// zone's), not a region's name (聊城市政府): the word before it lies in no
// region mention.
func (x *Extractor) commonNounLevel(st *docState, i int) bool {
	if i == 0 || !hasSuffixAny(st.runes[max(0, i-4):i], x.lx.agencyLevelNounBefore.list...) {
		return false
	}
	for _, m := range st.regionsFrom(max(0, i-st.regionMax), i) {
		if m.span.end >= i {
			return false
		}
	}
	return true
}

// nearestAtLevel resolves a level word at position i: the last region of
// that level named earlier in the sentence (上海市政府副秘书长、市发展改革委主任),
// else the document's jurisdiction, else for a county's level word the one
// county the document names.
func (x *Extractor) nearestAtLevel(st *docState, i int, lw string) *division {
	sent := st.sent.sentence(i)
	rs := st.regionsFrom(sent.start, i)
	for k := len(rs) - 1; k >= 0; k-- {
		r := rs[k]
		if r.span.end > i || r.div == nil {
			continue
		}
		if x.levelWordFits(r.div, lw) {
			return r.div
		}
	}
	if d := st.juris.at(x.txt, lw); d != nil {
		return d
	}
	// 茶陵县… 副县长…代表县政府签约, in an item whose jurisdiction is not
	// known that far down: the one county the document names. Only for
	// 县: 区 also ends 保税区, 开发区 and a Hong Kong district.
	if x.txt.levelKind[lw] != kindCounty {
		return nil
	}
	var one *division
	for _, r := range st.regions {
		if r.div == nil || !x.levelWordFits(r.div, lw) || r.div.level != levelCounty {
			continue
		}
		if one != nil && one != r.div {
			return nil
		}
		one = r.div
	}
	return one
}

// levelWordFits reports whether division d is what level word lw (省, 市,
// 区 …) stands for: a province whose name ends in 省 for 省.
func (x *Extractor) levelWordFits(d *division, lw string) bool {
	switch x.txt.levelKind[lw] {
	case kindProvince:
		return d.level == levelProvince && strings.HasSuffix(d.name, lw)
	case kindAutonomous:
		return isAutonomousRegion(d)
	case kindCity:
		return (d.level == levelCity && strings.HasSuffix(d.name, lw)) || (d.level == levelProvince && isMunicipality(d))
	case kindCounty, kindDistrict:
		return d.level == levelCounty && strings.HasSuffix(d.name, lw)
	case kindPrefecture:
		return d.level == levelCity && strings.HasSuffix(d.name, lw)
	}
	return false
}

// partyCommittees finds 省委, 深圳市委, 自治区党委 and their departments
// (省委组织部): 委 or 党委 right after a region name or a level word.
func (x *Extractor) partyCommittees(st *docState, found []*agencyMention) []*agencyMention {
	var out []*agencyMention
	rs := st.runes
	inFound := func(i int) bool {
		for _, m := range found {
			if m.span.start <= i && i < m.span.end {
				return true
			}
		}
		return false
	}
	for i, r := range rs {
		if r != x.txt.committee || i == 0 || inFound(i) {
			continue
		}
		start := i
		if rs[i-1] == x.txt.party {
			start = i - 1
		}
		end := i + 1
		if end < len(rs) && strings.ContainsRune(x.txt.committeeNotNext, rs[end]) {
			continue
		}
		var d *division
		from := start
		committeePrefix := ""
		if reg := x.regionEndingAt(st, start); reg != nil && reg.div != nil && reg.div.level != levelEconomic {
			if start == i && !strings.ContainsRune(x.txt.committeeLevels, rs[start-1]) {
				continue // 深圳委 is not a committee
			}
			d, from = reg.div, reg.span.start
			if p, f := x.writtenPrefix(st, reg); f < from {
				committeePrefix, from = p, f // 天津市南开区委
			}
		} else {
			for _, lw := range x.txt.levelWords {
				n := len([]rune(lw))
				if start-n >= 0 && string(rs[start-n:start]) == lw {
					if x.genericBefore(st, start-n) || x.commonNounLevel(st, start-n) {
						break // 各市委, 十大城市党委: no one committee
					}
					d, from = x.nearestAtLevel(st, start-n, lw), start-n
					if start < i && x.txt.levelKind[lw] == kindDistrict && st.juris != nil && st.juris.province != nil && isAutonomousRegion(st.juris.province) {
						// 区党委 in an autonomous region's city: the region's
						// committee (a district's is 区委).
						d = st.juris.province
					}
					break
				}
			}
		}
		if d == nil {
			continue
		}
		if hasSuffixAny(rs[max(0, from-6):from], x.lx.agencyOtherParties.list...) {
			continue // 民盟济南市委, 各民主党派市委: another party's committee
		}
		suffix := string(rs[start:end])
		// A department of the committee: 省委组织部.
		for _, dep := range x.lx.partyDepartments.list {
			n := len([]rune(dep))
			if end+n <= len(rs) && string(rs[end:end+n]) == dep {
				if full := x.txt.partyDeptNames[dep]; full != "" {
					dep = full // 市委编办 is 市委机构编制委员会办公室
				}
				suffix += dep
				end += n
				break
			}
		}
		prefix := x.officialPrefix(st, d)
		if committeePrefix != "" {
			prefix = committeePrefix
		}
		if from > 0 && suffix == string(x.txt.committee) {
			if league := x.txt.youthLeague[string(rs[from-1])]; league != "" {
				// 团省委: the Youth League's provincial committee
				out = append(out, &agencyMention{span: span{from - 1, end}, rule: "agency.party", name: league + prefix + suffix, region: d})
				continue
			}
		}
		out = append(out, &agencyMention{span: span{from, end}, rule: "agency.party", name: prefix + suffix, region: d})
		// 自治区党委、政府: the government of the same level, its level
		// word left out after the committee's.
		if gov := x.lx.partyElidedGovernment.list; suffix == string(rs[start:i+1]) && len(gov) > 0 && end+1 < len(rs) && (rs[end] == '、' || x.txt.isListConj(rs[end])) {
			for _, w := range gov {
				if n := len([]rune(w)); end+1+n <= len(rs) && string(rs[end+1:end+1+n]) == w {
					out = append(out, &agencyMention{span: span{end + 1, end + 1 + n}, rule: "agency.party-government", name: prefix + gov[0], region: d})
					break
				}
			}
		}
	}
	return out
}

// listedUnits reads lists of responsible units (责任单位：市海洋发展局、市水务
// 管理局): an item no other pass took that is a level word standing for the
// document's region (市) or a region's name, then a stem, then a body's
// ending (agency_open_suffixes), is a body of that region, whatever its
// stem. Only such lists are read this way: elsewhere a name ending in 局
// may be anything (格局, 布局).
func (x *Extractor) listedUnits(st *docState, have []*agencyMention) []*agencyMention {
	// The lists are read cue by cue, each cue's left to right.
	cues := x.lx.agencyListCues
	var at [][]int // by cue, where its lists start
	cues.eachApart(st.runes, func(k, start int) {
		if at == nil {
			at = make([][]int, len(cues.list))
		}
		at[k] = append(at[k], start+len(cues.index().words[k]))
	})
	var out []*agencyMention
	for _, ps := range at {
		for _, p := range ps {
			out = append(out, x.unitList(st, p, have)...)
		}
	}
	return out
}

// A unit list's items are separated by these; its clause ends at the rest.
const (
	unitListSeps   = "、，,"
	unitListBreaks = unitListSeps + "；;。）)\n（(：:"
)

// unitList reads the items of one list of units starting at p (after its
// cue and an optional colon), up to the end of its clause.
func (x *Extractor) unitList(st *docState, p int, have []*agencyMention) []*agencyMention {
	rs := st.runes
	for p < len(rs) && (rs[p] == ':' || rs[p] == '：' || rs[p] == ' ') {
		p++
	}
	var out []*agencyMention
	for p < len(rs) {
		q := p
		for q < len(rs) && !strings.ContainsRune(unitListBreaks, rs[q]) {
			q++
		}
		if q-p > 0 && q-p <= 20 {
			if m := x.openUnit(st, span{p, q}, have); m != nil {
				out = append(out, m)
			}
		}
		if q >= len(rs) || !strings.ContainsRune(unitListSeps, rs[q]) {
			break // the list ends with its clause
		}
		p = q + 1
	}
	return out
}

// openUnit is the body an item of a unit list names, or nil.
func (x *Extractor) openUnit(st *docState, item span, have []*agencyMention) *agencyMention {
	for _, m := range have {
		if m.span.start < item.end && m.span.end > item.start && m.span.len() >= item.len()-1 {
			return nil // another pass took it (市发展改革委 → the gazetteer's body)
		}
	}
	name := item.text(st.runes)
	if containsAny(name, x.lx.agencyOpenStops.list) {
		return nil
	}
	var d *division
	var rest string
	if rs := st.regionsFrom(item.start, item.start+1); len(rs) > 0 && rs[0].div != nil && rs[0].div.level != levelEconomic && !rs[0].deixis && rs[0].span.end < item.end {
		d, rest = rs[0].div, span{rs[0].span.end, item.end}.text(st.runes)
	} else {
		for _, lw := range x.txt.levelWords {
			if strings.HasPrefix(name, lw) {
				if d = x.nearestAtLevel(st, item.start, lw); d != nil {
					rest = strings.TrimPrefix(name, lw)
				}
				break
			}
		}
	}
	if d == nil || strings.HasPrefix(rest, string(x.txt.committee)) {
		return nil // no region; or a Party committee's office (市委…办), partyCommittees' work
	}
	n := utf8.RuneCountInString(rest)
	suffix := ""
	for _, w := range x.lx.agencyOpenSuffixes.list {
		if strings.HasSuffix(rest, w) && n > utf8.RuneCountInString(w)+1 {
			suffix = w
			break
		}
	}
	if suffix == "" || n > 12 {
		return nil
	}
	for _, r := range rest {
		if !unicode.Is(unicode.Han, r) {
			return nil
		}
	}
	return &agencyMention{span: item, rule: "agency.listed-unit", name: x.officialPrefix(st, d) + rest, region: d}
}

// namedBodies reads bodies no gazetteer holds in running text: a region's
// full name as written (老河口市, not 老河口), a stem of Han characters and a
// body's ending (agency_open_suffixes), when a word that follows a body's
// name comes right after it (agency_named_body_next: 老河口市房产管理局副局长,
// 武汉市国土资源和房产管理局官方网站). The shortest such name is taken; a
// stem with a stop word (agency_named_body_stops, agency_open_stops), one
// that begins with another region, or a name another pass took, is not.
func (x *Extractor) namedBodies(st *docState, have []*agencyMention) []*agencyMention {
	rs := st.runes
	var out []*agencyMention
	for _, r := range st.regions {
		d := r.div
		if d == nil || r.deixis || d.level == levelEconomic || d.level == levelZone || !hasSuffixAnyString(r.span.text(rs), x.txt.levelWords) {
			continue
		}
		from := r.span.end
		if len(st.regionsFrom(from, from+1)) > 0 {
			continue // 广东省广州市…: the next region names the body
		}
		if at := r.span.start; at > 0 && (x.lx.agencyNamedBodyAfter.has(string(rs[at-1])) || slices.ContainsFunc(have, func(m *agencyMention) bool { return m.span.end == at })) {
			continue // 中央人民政府驻澳门特别行政区联络办公室, 全国人大常委会香港特别行政区基本法委员会: another body's organ
		}
		for to := from + 1; to <= min(len(rs), from+namedBodyStemMax); to++ {
			if !unicode.Is(unicode.Han, rs[to-1]) {
				break
			}
			if !hasSuffixAny(rs[from:to], x.lx.agencyOpenSuffixes.list...) || !hasPrefixAny(rs[to:min(len(rs), to+x.lx.agencyNamedBodyNext.longest())], x.lx.agencyNamedBodyNext.list...) {
				continue
			}
			if to-from < 3 {
				continue // a stem and its ending: 房管局, not 局
			}
			stem := string(rs[from:to])
			s := span{r.span.start, to}
			if containsAny(stem, x.lx.agencyNamedBodyStops.list) || containsAny(stem, x.lx.agencyOpenStops.list) || st.suppressed("agency", s) || slices.ContainsFunc(have, func(m *agencyMention) bool { return m.span.overlaps(s) }) {
				break
			}
			out = append(out, &agencyMention{span: s, rule: "agency.named-body", name: x.officialPrefix(st, d) + stem, region: d})
			break
		}
	}
	return out
}

// namedBodyStemMax is the longest stem, with its ending, namedBodies reads
// after a region (国土资源和房产管理局 is 10).
const namedBodyStemMax = 14

// levelNoteStart is where a bracketed note on levels that ends at i begins
// (陕西省（自治区、直辖市）人民政府: the note stands between the region and
// its body), or i when there is none.
func (x *Extractor) levelNoteStart(rs []rune, i int) int {
	if i == 0 || rs[i-1] != '）' && rs[i-1] != ')' {
		return i
	}
	for j := i - 2; j >= 0 && j >= i-levelNoteMax; j-- {
		switch r := rs[j]; {
		case r == '（' || r == '(':
			if j < i-2 {
				return j
			}
			return i
		case !strings.ContainsRune(x.txt.levelNote, r):
			return i
		}
	}
	return i
}

// levelNoteMax is the longest level note, brackets included.
const levelNoteMax = 12
