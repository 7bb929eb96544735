package extract

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policygraph/policygraph/number"
	"github.com/policygraph/policygraph/rules"
)

// Region levels.
const (
	levelProvince = "province"
	levelCity     = "city"
	levelCounty   = "county"
	levelZone     = "zone"     // development and functional zones (雄安新区)
	levelEconomic = "economic" // multi-province regions (长三角)
	// levelSAR is a body's level only: a bureau of Hong Kong or Macao
	// (经济及科技发展局), which no province or city has.
	levelSAR = "sar"
)

// division is one region of the gazetteer.
type division struct {
	code     string // statistical code, or "" for economic regions
	name     string // canonical name
	level    string
	parent   *division
	members  []string // economic regions: canonical names of member provinces
	key      string   // graph key: name, or name#code when the name is shared
	optional bool
	// municipality: a province that is a city (municipalities);
	// autonomous: an autonomous region (its name ends in the level word
	// of autonomous_region); sar: a special administrative region, whose
	// bureaus are its own (special_administrative_regions).
	municipality, autonomous, sar bool
}

// city returns the prefecture-level ancestor (itself for a city); for a
// municipality's district it returns the municipality.
// province returns the province d lies in (d itself for a province), or
// nil.
func (d *division) province() *division {
	for p := d; p != nil; p = p.parent {
		if p.level == levelProvince {
			return p
		}
	}
	return nil
}

func (d *division) city() *division {
	for x := d; x != nil; x = x.parent {
		if x.level == levelCity {
			return x
		}
		if x.level == levelProvince && x.municipality {
			return x
		}
	}
	return nil
}

// isAncestor reports whether a contains d (a ≠ d).
func (a *division) isAncestor(d *division) bool {
	for x := d.parent; x != nil; x = x.parent {
		if x == a {
			return true
		}
	}
	return false
}

func isMunicipality(d *division) bool { return d.municipality }

func isAutonomousRegion(d *division) bool { return d.autonomous }

// surface forms of regions in the lexicon trie.
type regionForm struct {
	text    string
	divs    []*division
	ctx     []bool // per candidate: counts only next to its parent (嘉鱼 after 湖北)
	short   bool   // a short name (深圳 for 深圳市)
	renamed bool   // a historical name
	// common: the form is also a common word (资源, 南岸 of 长江南岸): it
	// counts only beside its parent or with the parent in its sentence,
	// never from the document's city or an earlier sentence.
	common bool
	// unit: a county's short form that keeps its unit (保亭县, 鄂伦春旗).
	unit bool
}

// direct returns the candidates that need no context.
func (f *regionForm) direct() []*division {
	var out []*division
	for i, d := range f.divs {
		if !f.ctx[i] {
			out = append(out, d)
		}
	}
	return out
}

// contextual returns the candidates that need their parent nearby.
func (f *regionForm) contextual() []*division {
	var out []*division
	for i, d := range f.divs {
		if f.ctx[i] {
			out = append(out, d)
		}
	}
	return out
}

// regionIndex is the compiled region gazetteer.
type regionIndex struct {
	// known: short names of county-level places the whole country knows
	// (region_known_counties), read bare where no other reading stops them.
	known  map[string]bool
	all    []*division
	byCode map[string]*division
	byName map[string][]*division
	forms  []*regionForm
	byForm map[string]*regionForm
	abbr   map[rune]*regionForm // one-character province abbreviations → the province's full form
	// abbrCounted: abbreviations that are also common words (苏, 吉, 宁),
	// read only in a run its count closes (苏浙皖三省); with abbr.
	abbrCounted map[rune]*regionForm
	// abbrRunes holds the runes of abbrCounted (abbr's among them): most
	// runes of a text are none, and a bit says so faster than the maps
	// (runes past the Basic Multilingual Plane go to the maps).
	abbrRunes runeBits
	// abbrListed: characters that stand for a province only inside a run
	// of abbreviations in a list (江 of 江浙沪皖粤), never alone.
	abbrListed map[rune]*regionForm
	// shortOf is a division's first short name (宁夏 of 宁夏回族自治区), the
	// one a central regulator's office there is named with.
	shortOf map[*division]string
}

func buildRegions(set *rules.Set, tx *text) (*regionIndex, error) {
	ix := &regionIndex{byCode: map[string]*division{}, byName: map[string][]*division{}, byForm: map[string]*regionForm{}, shortOf: map[*division]string{}}
	unitSuffixes := set.Lexicon("region_county_units")
	stop := map[string]bool{}
	for _, w := range set.Lexicon("region_short_stop") {
		stop[w] = true
	}
	generic := map[string]bool{}
	for _, w := range set.Lexicon("region_generic_names") {
		generic[w] = true
	}
	ix.known = map[string]bool{}
	for _, w := range set.Lexicon("region_known_counties") {
		ix.known[w] = true
	}
	type pending struct {
		d      *division
		parent string
	}
	var ps []pending
	forms := ix.byForm
	addForm := func(text string, d *division, short, contextual, renamed bool) {
		if text == "" {
			return
		}
		f := forms[text]
		if f == nil {
			f = &regionForm{text: text, short: short, renamed: renamed}
			forms[text] = f
			ix.forms = append(ix.forms, f)
		} else if !short && f.short {
			// A full name beats short forms with the same text.
			f.short, f.divs, f.ctx = false, nil, nil
		} else if short && !f.short {
			return
		}
		for _, x := range f.divs {
			if x == d {
				return
			}
		}
		f.divs = append(f.divs, d)
		f.ctx = append(f.ctx, contextual)
	}
	var extraAliases []*rules.Entry
	for _, g := range set.GazetteersOf("region") {
		for _, e := range g.Entries {
			code := e.Attr("code")
			if code != "" && ix.byCode[code] != nil {
				// An entry for a division already known adds names to it.
				extraAliases = append(extraAliases, e)
				continue
			}
			d := &division{code: code, name: e.Name, level: e.Attr("level"), optional: e.Attr("optional") == "true"}
			if d.level == "" {
				d.level = levelEconomic
			}
			if m := e.Attr("members"); m != "" {
				d.members = strings.Split(m, ",")
			}
			if code != "" {
				ix.byCode[code] = d
			}
			ix.all = append(ix.all, d)
			ix.byName[d.name] = append(ix.byName[d.name], d)
			ps = append(ps, pending{d, e.Attr("parent")})
			// Districts of Hong Kong, Macao and Taiwan (大园区, 东区, 南区) share
			// their names with common words: they count next to their city.
			foreign := d.level == levelCounty && (strings.HasPrefix(code, "71") || strings.HasPrefix(code, "81") || strings.HasPrefix(code, "82"))
			addForm(d.name, d, false, foreign || generic[d.name], false)
			for _, a := range e.Aliases {
				addForm(a, d, false, false, false)
			}
			for _, s := range e.Short {
				// A county's short form waits for its parent, except one
				// that keeps the unit (保亭县 of 保亭黎族苗族自治县, 鄂伦春旗):
				// that is written as a county's name in full.
				unit := d.level == levelCounty && utf8.RuneCountInString(s) >= 3 && hasSuffixAny([]rune(s), unitSuffixes...)
				contextual := (d.level == levelCounty || d.level == levelZone || stop[s]) && !unit
				addForm(s, d, true, contextual, false)
				if f := forms[s]; unit && f != nil && f.short {
					f.unit = true
				}
				if ix.shortOf[d] == "" {
					ix.shortOf[d] = s
				}
			}
		}
	}
	for _, p := range ps {
		if p.parent == "" {
			continue
		}
		par := ix.byCode[p.parent]
		if par == nil {
			return nil, fmt.Errorf("region %s (%s): unknown parent code %s", p.d.name, p.d.code, p.parent)
		}
		p.d.parent = par
	}
	for _, e := range extraAliases {
		d := ix.byCode[e.Attr("code")]
		for _, a := range e.Aliases {
			addForm(a, d, false, false, e.Attr("renamed") == "true")
		}
		for _, s := range e.Short {
			addForm(s, d, true, d.level == levelCounty || stop[s], e.Attr("renamed") == "true")
		}
	}
	for _, w := range set.Lexicon("region_common_words") {
		if f := forms[w]; f != nil {
			f.common = true
		}
	}
	// A form with its unit names its county without a parent only when
	// the name before the unit is no common word and no other place's
	// but the county's own city (河南县 of Qinghai beside 河南省, Gansu's
	// 东乡县 beside Jiangxi's 东乡区; 本溪县 beside 本溪市 is direct).
	for _, f := range ix.forms {
		if !f.unit {
			continue
		}
		rs := []rune(f.text)
		b := forms[string(rs[:len(rs)-1])]
		if b == nil {
			continue
		}
		shared := b.common
		for _, d := range b.divs {
			if !slices.Contains(f.divs, d) && !slices.ContainsFunc(f.divs, d.isAncestor) {
				shared = true // not the county's own city (本溪县 of 本溪市)
			}
		}
		if shared {
			for i := range f.ctx {
				f.ctx[i] = true
			}
		}
	}
	// Forms whose candidates all share one name are plain; keys disambiguate.
	for name, ds := range ix.byName {
		for _, d := range ds {
			d.key = name
			if len(ds) > 1 && d.code != "" {
				d.key = name + "#" + d.code
			}
		}
	}
	for _, f := range ix.forms {
		// Candidates in level order (吉林: the province first).
		idx := make([]int, len(f.divs))
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(i, j int) bool { return levelRank(f.divs[idx[i]].level) < levelRank(f.divs[idx[j]].level) })
		divs, ctx := make([]*division, len(idx)), make([]bool, len(idx))
		for k, i := range idx {
			divs[k], ctx[k] = f.divs[i], f.ctx[i]
		}
		f.divs, f.ctx = divs, ctx
	}
	for _, d := range ix.all {
		d.municipality = tx.municipalities.has(d.name)
		d.sar = tx.sars.has(d.name)
		d.autonomous = d.level == levelProvince && strings.HasSuffix(d.name, tx.kindWord[kindAutonomous])
	}
	ix.abbr, ix.abbrCounted, ix.abbrListed = map[rune]*regionForm{}, map[rune]*regionForm{}, map[rune]*regionForm{}
	for _, lx := range []struct {
		name string
		m    map[rune]*regionForm
	}{{"province_abbreviations", ix.abbr}, {"province_abbreviations_counted", ix.abbrCounted}, {"province_abbreviations_listed", ix.abbrListed}} {
		for _, w := range set.Lexicon(lx.name) {
			a, full, ok := strings.Cut(w, "=")
			rs := []rune(a)
			f := ix.byForm[full]
			if !ok || len(rs) != 1 || f == nil {
				return nil, fmt.Errorf("lexicon %s: %q is not CHAR=FULL NAME of a known region", lx.name, w)
			}
			lx.m[rs[0]] = f
		}
	}
	for r, f := range ix.abbr {
		ix.abbrCounted[r] = f
	}
	for r := range ix.abbrCounted {
		ix.abbrRunes.add(r)
	}
	for r := range ix.abbrListed {
		ix.abbrRunes.add(r)
	}
	return ix, nil
}

func levelRank(l string) int {
	switch l {
	case levelProvince:
		return 0
	case levelEconomic:
		return 1
	case levelCity:
		return 2
	case levelZone:
		return 3
	}
	return 4
}

// regionMention is a region found in the text.
type regionMention struct {
	span   span
	rule   string
	form   *regionForm // nil for deixis
	div    *division   // the resolved division, nil while ambiguous
	cands  []*division // candidates when ambiguous
	name   string      // canonical name (set when every candidate shares it)
	deixis bool
}

// resolveRegions turns region-form hits into mentions, left to right,
// longest first: blockers consume their span; contextual short forms count
// only beside a mention of their parent or with the parent in the sentence.
func (x *Extractor) resolveRegions(st *docState) {
	hits := st.lexHits[lexRegion]
	// Pass 1: non-contextual forms and blockers, longest match first.
	var accepted []*regionMention
	var pendingCtx []hit
	villages := map[string]bool{} // short names seen as a county's village or town, with its word (河南村)
	covered := -1
	blocked := -1 // the end of the last blocker's or word's cover
	byStart := groupHits(hits)
	for _, start := range sortedKeys(byStart) {
		if start < covered {
			// A blocker that begins inside the blocker or word before and
			// runs past it carries the cover on (县级市 and 市和县: not 和县);
			// one inside a name accepted (山西省 and 省运城市) does not.
			for _, h := range byStart[start] {
				if start < blocked && x.lex[h.vals[0]].kind == lexRegionBlocker && h.end > covered {
					covered, blocked = h.end, h.end
				}
			}
			continue
		}
		hs := byStart[start]
		for _, h := range hs { // longest first
			e := x.lex[h.vals[0]]
			if e.kind == lexRegionBlocker {
				covered, blocked = h.end, h.end
				break
			}
			if e.kind == lexRegionOverlap {
				if x.yieldsToRegion(st.runes, byStart, h) {
					continue // 在内蒙古: the province, not the word 在内
				}
				covered, blocked = h.end, h.end
				break
			}
			f := x.regions.forms[e.ref]
			if st.suppressed("region", span{h.start, h.end}) {
				covered = h.end
				break
			}
			if x.namesInstitution(st.runes, h.end) {
				st.addTrace("region", "region.gazetteer", span{h.start, h.end}, "dropped: inside the name of an institution or news outlet")
				covered = h.end
				break
			}
			if f.short && f.common && hasPrefixAny(st.runes[h.end:min(len(st.runes), h.end+2)], x.lx.regionCommunityHeads.list...) {
				continue // 四季长安社区: a common word naming a community, not 长安区
			}
			if next := st.runes[h.end:min(len(st.runes), h.end+2)]; f.short && hasPrefixAny(next, x.lx.regionTownHeads.list...) {
				// 左权县河南村, 左权县辽阳镇: a village or town of the county
				// named right before, not the province or city; and so is
				// the same name later (河南村党支部书记).
				village := string(st.runes[h.start:h.end]) + string(next[:1])
				if countyRightBefore(accepted, h.start) || villages[village] {
					villages[village] = true
					st.addTrace("region", "region.gazetteer", span{h.start, h.end}, "dropped: a village or town of a county")
					covered = h.end
					break
				}
			}
			if f.unit && h.end < len(st.runes) && x.lx.regionCountyUnitNotNext.has(string(st.runes[h.end])) && !x.countySeat(st.runes, h) {
				continue // 河南县域, 通道县级医院: 县 begins a word, the name is shorter
			}
			if !f.short && h.end-h.start == 2 && h.end < len(st.runes) && x.lx.regionShortNameBadNext.has(string(st.runes[afterBracket(st.runes, h.end)])) {
				continue // 市和县级, 和县（处）级: 和县 inside a phrase
			}
			if !f.short && h.end < len(st.runes) && x.lx.regionSuffixWords.has(string(st.runes[h.end-1:h.end+1])) && !x.fullRegionAt(byStart, h.end) && !x.shortNamesSame(st.runes, hs, h, f) && !x.countySeat(st.runes, h) {
				continue // 西安区域合作: 西安 and 区域, not 西安区; but 海东市民和县 is 海东市 and 民和县
			}
			after, streets := h.end, x.lx.regionStreetWords.list
			if after+1 < len(st.runes) && x.lx.regionStreetNumerals.has(string(st.runes[after])) {
				// 金凤五路, 和田二街: a numbered street (not 天津五大道, a
				// quarter, nor 长治八路军)
				after, streets = after+1, x.lx.regionNumberedStreetWords.list
			}
			if next := st.runes[after:min(len(st.runes), after+2)]; f.short && hasPrefixAny(next, streets...) && !hasPrefixAny(st.runes[after:min(len(st.runes), after+x.lx.regionStreetNot.longest())], x.lx.regionStreetNot.list...) && !x.childAt(byStart, h.end, f) {
				continue // 中山路, 西安大路, 北京街: a street named for the place (not 厦门大街小巷)
			}
			if next := st.runes[h.end:min(len(st.runes), h.end+2)]; f.short && len(f.contextual()) > 0 && hasPrefixAny(next, x.lx.regionMountainNext.list...) && !hasPrefixAny(next, x.lx.regionMountainNot.list...) && !x.childAt(byStart, h.end, f) {
				continue // 贺兰山: a mountain named like a county (not 大通山洪)
			}
			if x.straddles(byStart, h) {
				continue // 平陆运河南宁段: 运河 and 南宁, not 河南
			}
			if x.riverName(st.runes, h, f) {
				// 柳江已出现…编号洪水; a shorter or later name may still
				// stand here (从江苏南通长江段: 江苏).
				st.addTrace("region", "region.gazetteer", span{h.start, h.end}, "dropped: a river's name (water words follow)")
				continue
			}
			if why := x.notAPlace(st, accepted, h, f); why != "" {
				st.addTrace("region", "region.gazetteer", span{h.start, h.end}, "dropped: "+why)
				covered = h.end
				break
			}
			direct := f.direct()
			if len(direct) > 0 && f.short && x.yieldsToContext(st, accepted, pendingCtx, h, direct) {
				st.addTrace("region", "region.gazetteer", span{h.start, h.end}, "dropped: a name of its province's place overlaps it on the left")
				continue
			}
			if len(direct) == 0 {
				// Right after its parent, a short form is settled at once,
				// before a shorter name inside it can take its place
				// (海东市民和县: 民和县 of 海东市, not 和县 of 安徽).
				if kids := childrenAfter(accepted, f, h.start); len(kids) > 0 {
					if x.lakeAfterCity(st.runes, h, kids) {
						st.addTrace("region", "region.gazetteer", span{h.start, h.end}, "dropped: the lake its district is named for")
						covered = h.end
						break
					}
					accepted = append(accepted, &regionMention{span: span{h.start, h.end}, rule: "region.context", form: f, cands: kids})
					covered = h.end
					break
				}
				pendingCtx = append(pendingCtx, hit{h.start, h.end, h.vals, h.crossed})
				continue
			}
			if ctxs := f.contextual(); len(ctxs) > 0 {
				pendingCtx = append(pendingCtx, hit{h.start, h.end, h.vals, h.crossed})
			}
			accepted = append(accepted, &regionMention{span: span{h.start, h.end}, rule: "region.gazetteer", form: f, cands: direct})
			covered = h.end
			break
		}
	}
	// Pass 2: contextual short forms in the gaps, next to a parent. Both
	// passes add mentions in text order, so each keeps a sorted list and
	// only the mentions near a hit are looked at.
	first, added := accepted, []*regionMention(nil)
	home := homeCity(st, first)
	congress := x.congressRegion(st, first, (*regionMention).only) // a report's delivery line
	if d := congress; d != nil && d.level == levelCity {
		// A city's report, known by its delivery line (——2024年12月28日在
		// 山南市第二届人民代表大会…), names its counties bare (桑日、措美),
		// whichever other city it names more often (拉萨).
		home = d
	}
	homeProv := homeDivision(st, first, levelProvince)
	municipal := false
	if home == nil && homeProv != nil && homeProv.municipality && (st.report || namedInTitle(st, first, homeProv)) {
		// A municipality's report names its districts bare as a city's
		// report does (静海团泊健康城 in Tianjin's).
		home, municipal = homeProv, true
	}
	// A province's own document: its title names the province and no city
	// of it (a city named often in it may still be taken for home).
	provDoc := homeProv != nil && (namedInTitle(st, first, homeProv) || congress == homeProv || x.provinceDelivers(st)) && (home == nil || !namedInTitle(st, first, home))
	longest := 0
	for _, m := range first {
		longest = max(longest, m.span.len())
	}
	for _, h := range pendingCtx {
		f := x.regions.forms[x.lex[h.vals[0]].ref]
		sent := st.sent.sentence(h.start)
		longest = max(longest, h.end-h.start)
		from, to := min(sent.start, h.start-longest-1), max(sent.end, h.end)
		spanOf := func(m *regionMention) span { return m.span }
		near := append(append([]*regionMention(nil), startingIn(first, spanOf, from, to)...), startingIn(added, spanOf, from, to)...)
		var same *regionMention
		for _, m := range near {
			if m.span == (span{h.start, h.end}) {
				same = m
			}
		}
		if same == nil && overlapsAny(near, span{h.start, h.end}) {
			continue
		}
		if x.riverName(st.runes, h, f) {
			continue
		}
		if x.longerRegionAt(byStart, h) {
			continue // 元宝山电厂 names 元宝山, whether or not it is taken: not 元宝
		}
		if foreignPlaceBefore(near, h, f) {
			continue // 上海东方枢纽: a name after 上海, not 东方市 of 海南
		}
		// Earlier in the paragraph, a region above it (黑龙江受灾地区…。
		// 海林、东宁、依兰等地…) tells which 海林 is meant.
		para := st.paragraph(h.start)
		if para.start < from {
			near = append(near, startingIn(first, spanOf, para.start, from)...)
			near = append(near, startingIn(added, spanOf, para.start, from)...)
		}
		var keep []*division
		placeShape := !f.common && x.placeShaped(st.runes, byStart, h)
		listedPlace := func() bool {
			endsItem := h.end == len(st.runes) || st.runes[h.end] == '、' || st.runes[h.end] == x.txt.etc || !isHan(st.runes[h.end])
			return endsItem && listed(st.runes, h, x.txt.etc) || x.placeShaped(st.runes, byStart, h)
		}
		for _, d := range f.contextual() {
			if home != nil && home.isAncestor(d) && (!f.common || x.placeShaped(st.runes, byStart, h) || listedPlace()) && !(municipal && x.crossed(byStart, h)) &&
				!(municipal && h.end-h.start == 2 && x.overlappedRight(st.runes, byStart, h)) && !x.runsIntoWater(st.runes, h) {
				// The document is about the city it lies in (延边州's report
				// names 延吉 and 珲春 without their prefecture each time); a
				// name that is a common word too needs a place's shape
				// (昆明's report: 安宁产业园区, not 安宁之声); in a
				// municipality's, a district of two characters that no word
				// runs out of (成渝中线 names no 渝中, but a city's 船营生物质
				// still names 船营); not where a water word runs out of
				// a name of two (南明河, a river of 贵阳).
				keep = append(keep, d)
				continue
			}
			if placeShape && homeProv != nil && homeProv.isAncestor(d) {
				// A province's report names its counties bare where only a
				// place can stand: a route (龙胜至宜州) or a zone (垦利经开区).
				keep = append(keep, d)
				continue
			}
			if provDoc && (!f.common || listedPlace() || placeShape) && d.level == levelCounty && d.parent == homeProv && onlyOneIn(f.contextual(), homeProv) {
				// A province's own counties that no prefecture holds (海南's
				// 万宁 and 陵水, 湖北's 仙桃) are named bare in its report, as
				// its prefectures are; one that is a common word too (东方,
				// 新星) only in a list of places or where only a place can
				// stand (以琼海、东方等为载体).
				keep = append(keep, d)
				continue
			}
			if len(f.contextual()) == 1 && len(f.direct()) == 0 && x.listedAmongPlaces(st.runes, h, first, added) {
				// 在潼南、长寿、凉山、攀枝花等地: the only county of its name,
				// in a list of places closed by 等地 that names a place
				// found already.
				keep = append(keep, d)
				continue
			}
			if provDoc && !f.common && homeProv.isAncestor(d) && onlyOneIn(f.contextual(), homeProv) && x.listedWithHome(st.runes, byStart, h, homeProv) {
				// A province's report lists its counties bare (错那、米林撤县
				// 设市; 支持那曲和阿里加快发展): a neighbour in the list that
				// is a place of the province says which each is.
				keep = append(keep, d)
				continue
			}
			if x.regions.known[f.text] && !f.common && len(f.contextual()) == 1 && len(f.direct()) == 0 &&
				(h.end == len(st.runes) || !x.lx.regionKnownNotNext.has(string(st.runes[h.end]))) {
				// A county-level place the whole country knows (义乌, 昆山,
				// 珲春) is named bare anywhere, once no river, longer name or
				// place right before it has claimed the name, and no water
				// word follows (浏阳河, 汨罗江, 胶州湾: the water's name).
				keep = append(keep, d)
				continue
			}
			if provDoc && !f.common && homeProv.isAncestor(d) && len(f.contextual()) == 1 && len(f.direct()) == 0 &&
				(h.end-h.start >= provinceBareNameMin || !x.lx.regionEverydayWords.has(f.text) && !x.overlappedRight(st.runes, byStart, h) &&
					(h.end == len(st.runes) || !x.lx.regionKnownNotNext.has(string(st.runes[h.end])))) {
				// A province's report names its own county-level cities
				// bare (实现格尔木通动车, 推进绥芬河至国境线铁路改造;
				// 上杭成为…百强县, 打扮梁至庆城): a name that no other division
				// shares, of three characters or more, or of two that is no
				// everyday word (延长, 合作, 南海: region_everyday_dict),
				// that no word runs out of (和政策, 固安全, 莞惠城际) and no
				// water word follows (诏安湾, 新丰江: the water's name).
				keep = append(keep, d)
				continue
			}
			if len(f.contextual()) == 1 && !f.common && !x.lx.regionEverydayWords.has(f.text) && x.assistedPlace(st.runes, h) {
				// 对口支援墨脱和伽师: the places a city is paired with to
				// help are named bare, wherever they are.
				keep = append(keep, d)
				continue
			}
			if len(f.contextual()) == 1 && (x.transportRoute(st.runes, byStart, h, f) || !f.common && x.portAfter(st.runes, h.end)) {
				// The end of a route whose other end is a place names the
				// only county of that name wherever the document is from
				// (淮北至永城高铁, 文山至靖西铁路).
				keep = append(keep, d)
				continue
			}
		mentions:
			for _, m := range near {
				for _, md := range m.candidates() {
					if md == nil {
						continue
					}
					adjacent := m.span.end == h.start || (m.span.end+1 == h.start && st.runes[m.span.end] == '、')
					if !md.isAncestor(d) {
						// A sibling right before it in a list of places
						// (推进拉萨、日喀则、山南“无废城市”建设).
						if adjacent && m.span.end < h.start && len(m.candidates()) == 1 && md.parent != nil && md.parent == d.parent && md.level == d.level {
							keep = append(keep, d)
							break mentions
						}
						continue
					}
					// A region earlier in the paragraph settles a short name
					// when it is the name's city, or when the name stands in a
					// list of places (海林、东宁、依兰等地): 和平统一 in a paragraph
					// about 台湾 names no district.
					inPara := !f.common && m.span.end <= h.start && para.contains(m.span) && len(m.candidates()) == 1 && (md == d.parent || listed(st.runes, h, x.txt.etc))
					// A name that is a common word first (振兴, 解放) needs its
					// own city right before it: 辽宁振兴发展 names no district.
					// Elsewhere in the sentence its city settles a name that
					// is no common word (郑州…中原算力谷 names no district), or
					// one that stands in a list of places or where only a
					// place can (九龙坡、南岸、沙坪坝; 安宁产业园区).
					if adjacent && (!f.common || md == d.parent) || (sent.contains(m.span) && md == d.parent && (!f.common || listedPlace())) || inPara {
						keep = append(keep, d)
						break mentions
					}
				}
			}
		}
		if len(keep) > 1 && hasPrefixAny(st.runes[h.end:min(len(st.runes), h.end+4)], x.lx.regionCityListTails.list...) {
			// 白银等市州: the list is of cities, not of 白银区.
			var cities []*division
			for _, d := range keep {
				if d.level == levelCity {
					cities = append(cities, d)
				}
			}
			if len(cities) > 0 {
				keep = cities
			}
		}
		if len(keep) == 0 {
			continue
		}
		if same != nil {
			// 阿勒泰 is first 阿勒泰地区; its county reading needs more than
			// the province beside it.
			continue
		}
		added = append(added, &regionMention{span: span{h.start, h.end}, rule: "region.context", form: f, cands: keep})
	}
	accepted = append(first, added...)
	accepted = dropAfterCounty(st, accepted)
	if home != nil {
		homeReadings(accepted, home)
	}
	prov := homeProv
	if home != nil {
		prov = provinceOf(home)
	} else if prov != nil && !namedInTitle(st, first, prov) {
		prov = nil // only a document of a place has far places
	}
	if prov != nil {
		// Checked against all the mentions, sorted, before any goes.
		all := slices.Clone(accepted)
		slices.SortFunc(all, func(a, b *regionMention) int { return a.span.start - b.span.start })
		accepted = slices.DeleteFunc(accepted, func(m *regionMention) bool {
			if x.inFirmList(st, m, all, prov) {
				st.addTrace("region", m.rule, m.span, "dropped: a far place inside an item of a list of firms or projects")
				return true
			}
			return false
		})
	}
	listed := slices.Clone(accepted)
	accepted = slices.DeleteFunc(accepted, func(m *regionMention) bool {
		if x.waterBodyInList(st, m, listed) {
			st.addTrace("region", m.rule, m.span, "dropped: a lake or river in a list of water bodies")
			return true
		}
		return false
	})
	runs, inside := x.abbreviationRuns(st, accepted)
	if len(inside) > 0 {
		accepted = slices.DeleteFunc(accepted, func(m *regionMention) bool {
			if slices.Contains(inside, m) {
				st.addTrace("region", m.rule, m.span, "dropped: an economic region inside a run of abbreviations that goes on past it")
				return true
			}
			return false
		})
	}
	accepted = append(accepted, runs...)
	accepted = append(accepted, x.cityInitialRuns(st, accepted)...)
	accepted = append(accepted, x.economicListForms(st, accepted)...)
	st.setRegions(accepted)
	x.disambiguate(st)
}

// economicListForms finds the bare forms of region_economic_list_forms
// (粤港澳, 成渝) that stand in a list with a named economic region, joined
// to it, or to another such form, by 、 or a list conjunction (京津冀、长三角、
// 粤港澳和成渝地区间): each is its economic region. Elsewhere 粤港澳 may be
// three places (粤港澳三地).
func (x *Extractor) economicListForms(st *docState, found []*regionMention) []*regionMention {
	forms := x.txt.economicListForm
	if len(forms) == 0 {
		return nil
	}
	rs := st.runes
	var out []*regionMention
	// ends and starts of the economic regions listed so far, by position
	ends, starts := map[int]bool{}, map[int]bool{}
	// A run of abbreviations (苏浙沪, 辽吉黑) is an area of the list too,
	// where the sentence names an economic region (京津冀、苏浙沪、粤港澳及
	// 成渝、辽吉黑等区域; not 苏浙沪、粤港澳等地, three places).
	economic := func(m *regionMention) bool {
		return m.div != nil && m.div.level == levelEconomic || len(m.cands) == 1 && m.cands[0].level == levelEconomic
	}
	named := map[span]bool{} // sentences that name an economic region
	for _, m := range found {
		if economic(m) {
			ends[m.span.end], starts[m.span.start] = true, true
			named[st.sent.sentence(m.span.start)] = true
		}
	}
	for _, m := range found {
		if (m.rule == "region.abbreviation" || m.rule == "region.city-initials") && named[st.sent.sentence(m.span.start)] {
			ends[m.span.end], starts[m.span.start] = true, true
		}
	}
	if len(ends) == 0 {
		return nil
	}
	joined := func(i int) bool { return rs[i] == '、' || x.txt.isListConj(rs[i]) }
	type hit struct {
		s span
		d *division
	}
	var hits []hit
	for _, form := range slices.Sorted(maps.Keys(forms)) {
		name := forms[form]
		ds := x.regions.byName[name]
		if len(ds) != 1 {
			continue
		}
		fr := []rune(form)
		for i := 0; i+len(fr) <= len(rs); i++ {
			if rs[i] == fr[0] && string(rs[i:i+len(fr)]) == form && !overlapsAny(found, span{i, i + len(fr)}) {
				hits = append(hits, hit{span{i, i + len(fr)}, ds[0]})
			}
		}
	}
	slices.SortFunc(hits, func(a, b hit) int { return cmp.Or(a.s.start-b.s.start, b.s.end-a.s.end) })
	// Left to right, then right to left, so that a chain of forms joins
	// the named region on either side.
	taken := make([]bool, len(hits))
	for pass := 0; pass < 2; pass++ {
		for k := range hits {
			if pass == 1 {
				k = len(hits) - 1 - k
			}
			h := hits[k]
			if taken[k] {
				continue
			}
			if h.s.start > 0 && joined(h.s.start-1) && ends[h.s.start-1] || h.s.end < len(rs) && joined(h.s.end) && starts[h.s.end+1] {
				taken[k] = true
				ends[h.s.end], starts[h.s.start] = true, true
				out = append(out, &regionMention{span: h.s, rule: "region.economic-list", div: h.d, cands: []*division{h.d}})
			}
		}
	}
	return out
}

// cityInitialRuns finds the runs of region_city_initials (北上广深等重点
// 城市): each character names its city. A longer run is taken before a
// shorter one inside it, and none overlaps a name found already.
func (x *Extractor) cityInitialRuns(st *docState, found []*regionMention) []*regionMention {
	forms := x.txt.cityInitials
	if len(forms) == 0 {
		return nil
	}
	keys := slices.SortedFunc(maps.Keys(forms), func(a, b string) int {
		return cmp.Or(utf8.RuneCountInString(b)-utf8.RuneCountInString(a), strings.Compare(a, b))
	})
	rs := st.runes
	var out []*regionMention
	var taken []span
	for _, form := range keys {
		fr := []rune(form)
		var ds []*division
		for _, name := range forms[form] {
			if d := x.regions.byName[name]; len(d) == 1 {
				ds = append(ds, d[0])
			}
		}
		if len(ds) != len(forms[form]) {
			continue // a name the divisions do not hold
		}
		for i := 0; i+len(fr) <= len(rs); i++ {
			s := span{i, i + len(fr)}
			if rs[i] != fr[0] || string(rs[s.start:s.end]) != form || overlapsAny(found, s) || slices.ContainsFunc(taken, func(t span) bool { return t.overlaps(s) }) {
				continue
			}
			taken = append(taken, s)
			for k, d := range ds {
				out = append(out, &regionMention{span: span{i + k, i + k + 1}, rule: "region.city-initials", div: d, cands: []*division{d}})
			}
		}
	}
	return out
}

// provinceBareNameMin is the fewest runes of a county's short name that a
// province's own report may name bare, with nothing else to say which.
const provinceBareNameMin = 3

// abbreviationRuns finds runs of three or more one-character province
// abbreviations (浙赣闽粤等地, 晋冀鲁豫交界), or of two or more set apart by
// 、 (京、沪、粤、津等地, 京、沪等地): each character names its
// province (province_abbreviations). A run must be followed by a word of
// region_abbreviation_next (等, 三省, 交界) that makes it a list of
// provinces, not a name, and overlap no name found already (京津冀 is the
// economic region). A run may go on past an economic region written in
// abbreviations (京津冀豫四省市, 京津冀鲁等地: four places); it returns such
// regions in inside, for the caller to drop.
func (x *Extractor) abbreviationRuns(st *docState, found []*regionMention) (out, inside []*regionMention) {
	abbr := x.regions.abbr
	if len(abbr) == 0 {
		return nil, nil
	}
	rs := st.runes
	for i := 0; i < len(rs); {
		if !x.regions.abbrRunes.maybe(rs[i]) {
			i++ // no abbreviation starts here, counted or not
			continue
		}
		j := x.countedRun(rs, i)
		if j == i {
			j = x.listedRun(st, i)
		}
		if j == i {
			j = x.mixedRun(rs, i)
		}
		if j > i && (!overlapsAny(found, span{i, j}) || x.economicInside(found, span{i, j}, &inside)) {
			for k := i; k < j; k++ {
				f := x.regions.listedForm(rs[k])
				out = append(out, &regionMention{span: span{k, k + 1}, rule: "region.abbreviation", form: f, cands: f.direct()})
			}
			i = j
			continue
		}
		if abbr[rs[i]] == nil {
			i++
			continue
		}
		// The characters may stand apart, one list item each (京、沪、粤、津等地).
		// Only one-character items are joined: 京津、冀中南 keeps the pair 京津.
		j, items, apart, itemStart := i, 0, false, i
		for j < len(rs) && abbr[rs[j]] != nil {
			j++
			items++
			if j+1 < len(rs) && rs[j] == '、' && abbr[rs[j+1]] != nil && j-itemStart == 1 && (apart || j == i+1) {
				j++
				apart, itemStart = true, j
			}
		}
		ends := hasPrefixAny(rs[j:min(len(rs), j+2)], x.lx.regionAbbreviationNext.list...)
		// One abbreviation of a municipality after a word of place and
		// before a verb is the city as a noun (会议在京召开, 抵沪访问):
		// region_locative_before, region_locative_after.
		if j-i == 1 && i > 0 && x.lx.regionLocativeAbbreviations.has(string(rs[i])) && x.lx.regionLocativeBefore.has(string(rs[i-1])) &&
			hasPrefixAny(rs[j:min(len(rs), j+2)], x.lx.regionLocativeAfter.list...) && !overlapsAny(found, span{i, j}) {
			f := abbr[rs[i]]
			out = append(out, &regionMention{span: span{i, j}, rule: "region.abbreviation", form: f, cands: f.direct()})
			i = j
			continue
		}
		// A pair stands for its places only as a noun: before punctuation
		// or a word of region_abbreviation_next (服务京津、…), or as what a
		// word of region_pair_before joins or reaches (携手津冀共同打造), not
		// naming a project (京津风沙源治理工程).
		pair := j-i == 2 && x.lx.regionPairAbbreviations.has(string(rs[i:j])) &&
			(j == len(rs) || unicode.IsPunct(rs[j]) || ends || hasSuffixAny(rs[:i], x.lx.regionPairBefore.list...) && !hasPrefixAny(rs[j:], x.lx.regionPairNotNext.list...))
		if ((items >= 3 || apart && items >= 2) && ends || pair) && (!overlapsAny(found, span{i, j}) || !pair && !apart && x.economicInside(found, span{i, j}, &inside)) {
			for k := i; k < j; k++ {
				f := abbr[rs[k]]
				if f == nil {
					continue // the 、 between two
				}
				out = append(out, &regionMention{span: span{k, k + 1}, rule: "region.abbreviation", form: f, cands: f.direct()})
			}
		}
		i = j
	}
	return out, inside
}

// economicInside reports whether every mention of found that overlaps run
// is an economic region lying inside it and shorter (京津冀 in 京津冀豫四省市;
// not in 京津冀三省市, which names the region), and adds them to inside.
func (x *Extractor) economicInside(found []*regionMention, run span, inside *[]*regionMention) bool {
	var in []*regionMention
	for _, m := range found {
		if !m.span.overlaps(run) {
			continue
		}
		if m.span.start < run.start || m.span.end > run.end || m.span.end-m.span.start >= run.end-run.start || m.form == nil {
			return false
		}
		for _, d := range m.candidates() {
			if d.level != levelEconomic {
				return false
			}
		}
		in = append(in, m)
	}
	*inside = append(*inside, in...)
	return len(in) > 0
}

// listedRun returns the end of a run of listedRunMin or more
// abbreviations, counted ones among them, that starts at i and is a whole
// item of a list closed by 等 and a word of
// region_abbreviation_list_nouns (赴黑吉蒙、江浙沪皖粤、新疆西藏等地学习考察),
// or i. Each abbreviation stands for a different province; 宁, 青 and 新,
// which also name cities and countries, are left to a count.
func (x *Extractor) listedRun(st *docState, i int) int {
	rs := st.runes
	j := distinctRun(rs, i, x.regions.listedForm)
	if j-i < listedRunMin || j >= len(rs) || rs[j] != '、' && rs[j] != x.txt.etc || i > 0 && rs[i-1] != '、' && unicode.Is(unicode.Han, rs[i-1]) && !x.lx.regionAbbreviationListOpeners.has(string(rs[i-1])) {
		return i
	}
	if x.anyAmbiguous(rs[i:j]) {
		return i
	}
	if !x.listClosedBy(rs, st.sent.sentence(i), j, abbreviationListReach, x.lx.regionAbbreviationListNouns.list) {
		return i
	}
	return j
}

// listedForm returns the province abbreviation r stands for in a run of a
// list: one of province_abbreviations, _counted or _listed; or nil.
func (ix *regionIndex) listedForm(r rune) *regionForm {
	if f := ix.abbrCounted[r]; f != nil {
		return f
	}
	return ix.abbrListed[r]
}

// mixedRun returns the end of a run of listedRunMin or more different
// abbreviations starting at i in which at least mixedRunPlain are of
// province_abbreviations (沪苏浙, 苏浙皖: 沪, 浙 and 皖 stand for nothing
// else), none of region_abbreviation_ambiguous, or i.
func (x *Extractor) mixedRun(rs []rune, i int) int {
	j := distinctRun(rs, i, func(r rune) *regionForm { return x.regions.abbrCounted[r] })
	if x.anyAmbiguous(rs[i:j]) {
		return i
	}
	plain := 0
	for _, r := range rs[i:j] {
		if x.regions.abbr[r] != nil {
			plain++
		}
	}
	if j-i < listedRunMin || plain < mixedRunPlain || plain == j-i {
		return i // a run of plain abbreviations alone is read as before
	}
	if hasPrefixAny(rs[j-1:min(len(rs), j-1+x.lx.regionRunEndNot.longest())], x.lx.regionRunEndNot.list...) {
		return i // 鄂豫皖苏区: the last one opens a word (苏区)
	}
	return j
}

// distinctRun returns the end of the run from i of runes that form reads as
// abbreviations, each a different one (the scan runs at every abbreviation
// rune: a short slice search, no map).
func distinctRun(rs []rune, i int, form func(rune) *regionForm) int {
	j := i
	for j < len(rs) && form(rs[j]) != nil && !slices.Contains(rs[i:j], rs[j]) {
		j++
	}
	return j
}

// anyAmbiguous says a run holds one of region_abbreviation_ambiguous.
func (x *Extractor) anyAmbiguous(run []rune) bool {
	for _, r := range run {
		if x.lx.regionAbbreviationAmbiguous.has(string(r)) {
			return true
		}
	}
	return false
}

// mixedRunPlain is how many abbreviations of a mixed run must stand for
// nothing but their province.
const mixedRunPlain = 2

// listedRunMin is the fewest abbreviations a run in a list must hold.
const listedRunMin = 3

// abbreviationListReach is how far after 等, in runes, the list's noun of
// places may end (等地: 1; 等省份: 2).
const abbreviationListReach = 3

// countedRun returns the end of a run of two or more province
// abbreviations at i that the count after it closes (川渝两地, 苏浙皖三省,
// 陕蒙甘宁晋5省: a numeral equal to the run's length, then a word of
// region_abbreviation_count_nouns), or i. Such a run may hold the
// abbreviations that are common words too (province_abbreviations_counted):
// its count says it lists provinces. 苏皖三市 counts cities, not these.
func (x *Extractor) countedRun(rs []rune, i int) int {
	j, ambiguous := i, false
	for j < len(rs) && x.regions.abbrCounted[rs[j]] != nil {
		ambiguous = ambiguous || x.regions.abbr[rs[j]] == nil
		j++
	}
	if j-i < 2 || j >= len(rs) || smallNumber(string(rs[j])) != j-i || !hasPrefixAny(rs[j+1:min(len(rs), j+3)], x.lx.regionAbbreviationCountNouns.list...) {
		return i
	}
	// 宁, 青, 新 also stand for cities and countries (沪宁两地: Nanjing,
	// 京青两地: Qingdao, 沪新两地: Singapore): with one of them, only a
	// count of provinces (苏浙皖三省) says they are provinces.
	if ambiguous && !hasPrefixAny(rs[j+1:min(len(rs), j+3)], x.lx.regionAbbreviationProvinceNouns.list...) {
		return i
	}
	return j
}

// straddles reports whether region hit h lies across two names that tile
// the text: a name or word ends inside h where another region name begins
// and runs past h (平陆运河南宁段: 运河 ends in 河南, 南宁 begins there).
func (x *Extractor) straddles(byStart map[int][]hit, h hit) bool {
	for k := h.start + 1; k < h.end; k++ {
		next := false
		for _, n := range byStart[k] {
			if x.lex[n.vals[0]].kind == lexRegion && n.end > h.end {
				next = true
			}
		}
		if !next {
			continue
		}
		for j := max(0, h.start-6); j < h.start; j++ {
			for _, w := range byStart[j] {
				if w.end == k {
					return true
				}
			}
		}
	}
	return false
}

// namesInstitution reports whether the place name ending at end opens the
// name of an institution (哈尔滨工业大学, 崂山实验室, 浙江日报): one of
// region_institution_heads right after it, or one of
// region_institution_infixes and then a head.
func (x *Extractor) namesInstitution(rs []rune, end int) bool {
	rest := rs[end:min(len(rs), end+10)]
	heads := x.lx.regionInstitutionHeads.list
	if hasPrefixAny(rest, heads...) {
		return true
	}
	for _, in := range x.lx.regionInstitutionInfixes.index().words {
		if len(in) > 0 && len(in) < len(rest) && slices.Equal(rest[:len(in)], in) && hasPrefixAny(rest[len(in):], heads...) {
			return true
		}
	}
	return false
}

// runsIntoWater reports whether a short name of two runes at h runs into a
// word of region_known_not_next that ends a water's name (南明河入选…,
// 白云湖。): the rune after it is no Han, or opens a word of
// region_water_name_next. Not 晋宁河泊所 (a site) or 江宁江北 (two places).
func (x *Extractor) runsIntoWater(rs []rune, h hit) bool {
	if h.end-h.start != 2 || h.end >= len(rs) || !x.lx.regionKnownNotNext.has(string(rs[h.end])) {
		return false
	}
	k := h.end + 1
	return k >= len(rs) || !isHan(rs[k]) || hasPrefixAny(rs[k:min(len(rs), k+8)], x.lx.regionWaterNameNext.list...)
}

// placeShaped reports whether region hit h stands where only a place can: an
// end of a route (龙胜至宜州, 贺州至连山: region_route_joins between two
// names), the name of a development zone (垦利经开区: region_zone_words), or
// a clause's subject named for an honour or a pilot (，景泰被列为…试点:
// region_designation_next; not a name that is a common word, 城区入选…, or
// a body's or a firm's, 公安入选…: region_designation_not).
func (x *Extractor) placeShaped(rs []rune, byStart map[int][]hit, h hit) bool {
	after := rs[h.end:min(len(rs), h.end+8)]
	return hasPrefixAny(after, x.lx.regionZoneWords.list...) || x.placeListItem(rs, h.end) || x.routeEnd(rs, byStart, h) || x.routeOpens(rs, h) || x.designated(rs, h, after)
}

// designated reports whether name h opens a clause and is named for an
// honour or a pilot by the words after it (region_designation_next), and is
// neither a generic name nor one of region_designation_not.
func (x *Extractor) designated(rs []rune, h hit, after []rune) bool {
	if h.start > 0 && isHan(rs[h.start-1]) || !hasPrefixAny(after, x.lx.regionDesignationNext.list...) {
		return false
	}
	name := string(rs[h.start:h.end])
	return !x.lx.regionGenericNames.has(name) && !x.lx.regionDesignationNot.has(name)
}

// placeListItem reports whether the name ending at end is an item of a
// list of short names joined by 、 that a word of region_place_list_tails
// closes (与白银等市州; 在潼南、长寿、凉山、攀枝花等地): every item after it
// is a few Han runes.
func (x *Extractor) placeListItem(rs []rune, end int) bool {
	return x.placeListEnd(rs, end) >= 0
}

// placeListEnd returns where the list of placeListItem ends (its tail
// word begins), or -1.
func (x *Extractor) placeListEnd(rs []rune, end int) int {
	k := end
	for items := 0; items <= placeListItems; items++ {
		after := rs[k:min(len(rs), k+8)]
		if hasPrefixAny(after, x.lx.regionPlaceListTails.list...) {
			if hasPrefixAny(after, x.lx.regionPlaceListNot.list...) {
				return -1
			}
			return k
		}
		if k >= len(rs) || rs[k] != '、' {
			return -1
		}
		k++
		n := 0
		for k < len(rs) && isHan(rs[k]) && n <= placeListItemRunes && !hasPrefixAny(rs[k:min(len(rs), k+8)], x.lx.regionPlaceListTails.list...) {
			k++
			n++
		}
		if n == 0 || n > placeListItemRunes {
			return -1
		}
	}
	return -1
}

// listedAmongPlaces reports whether name h is an item of a list of places
// (placeListEnd) in which a region of found or more stands after it; it
// must open its item, after 、 or a word of region_list_openers.
func (x *Extractor) listedAmongPlaces(rs []rune, h hit, found, more []*regionMention) bool {
	end := x.placeListEnd(rs, h.end)
	if end < 0 || h.start > 0 && rs[h.start-1] != '、' && isHan(rs[h.start-1]) && !x.lx.regionListOpeners.has(string(rs[h.start-1])) {
		return false // 准噶尔、鄂尔多斯等地区: 噶尔 opens no item
	}
	for _, ms := range [][]*regionMention{found, more} {
		for _, m := range ms {
			if m.span.start > h.end && m.span.end <= end {
				return true
			}
		}
	}
	return false
}

// countySeat reports whether the county's full name at h runs into a word
// of region_county_seat_next (德钦县城: its seat) while the name short of
// its unit names counties only and is no common word: then the county is
// named, not a shorter place (河南县城 may be 河南's county towns, 中南部县城
// the south's).
func (x *Extractor) countySeat(rs []rune, h hit) bool {
	if h.end >= len(rs) || !x.lx.regionCountySeatNext.has(string(rs[h.end])) || h.end-h.start < 3 {
		return false
	}
	name := string(rs[h.start : h.end-1])
	short := x.regions.byForm[name]
	return short != nil && !short.common && !x.lx.regionEverydayWords.has(name) && len(short.divs) > 0 &&
		!slices.ContainsFunc(short.divs, func(d *division) bool { return d.level != levelCounty })
}

// assistedPlace reports whether name h is an item of the list of places
// that a word of region_assistance_words opens (东西部协作黔东南、对口支援
// 墨脱和伽师): back from h, only items of at most placeListItemRunes Han
// runes joined by 、 or a list conjunction, within assistedPlaceReach runes;
// the name itself ends its item.
func (x *Extractor) assistedPlace(rs []rune, h hit) bool {
	if h.end < len(rs) && isHan(rs[h.end]) && !x.txt.isListConj(rs[h.end]) {
		return false // 对口支援合作: the name runs on into a word
	}
	k := h.start
	from := max(0, h.start-assistedPlaceReach)
	for k > from {
		if n := suffixOf(rs[from:k], x.lx.regionAssistanceWords.list); n > 0 {
			return true
		}
		if rs[k-1] != '、' && !x.txt.isListConj(rs[k-1]) {
			return false
		}
		k--
		n := 0
		for k > from && isHan(rs[k-1]) && n < placeListItemRunes && suffixOf(rs[from:k], x.lx.regionAssistanceWords.list) == 0 {
			k--
			n++
		}
		if n == 0 {
			return false
		}
	}
	return false
}

// assistedPlaceReach is how far before a name, in runes, assistedPlace
// looks for the word that opens its list.
const assistedPlaceReach = 30

// placeListItems and placeListItemRunes bound the list placeListItem
// walks: how many items may follow a name, and how long each may be.
const (
	placeListItems     = 8
	placeListItemRunes = 6
)

// routeOpens reports whether region hit h opens a road or railway whose
// other end is no region (珲春至圈河高速公路, 岚皋至陕渝界等4条高速公路): a
// route join right after it, then a few runes without punctuation and a
// word of region_route_heads.
func (x *Extractor) routeOpens(rs []rune, h hit) bool {
	for _, j := range x.lx.regionRouteJoins.index().words {
		n := len(j)
		if h.end+n >= len(rs) || !slices.Equal(rs[h.end:h.end+n], j) {
			continue
		}
		for k := h.end + n + 1; k < min(len(rs), h.end+n+routeOpenReach); k++ {
			if unicode.IsPunct(rs[k]) || unicode.IsSpace(rs[k]) {
				break
			}
			if hasPrefixAny(rs[k:min(len(rs), k+8)], x.lx.regionRouteHeads.list...) {
				return true
			}
		}
	}
	return false
}

// routeOpenReach is how far, in runes, after the join of a route whose far
// end is no region the word of the road may stand.
const routeOpenReach = 10

// namedInTitle reports whether one of ms in the title line names d (st.regions
// is not yet set while regions are resolved).
func namedInTitle(st *docState, ms []*regionMention, d *division) bool {
	if strings.TrimSpace(st.title) == "" {
		return false
	}
	title := paragraphOf(st.runes, 0)
	for _, m := range ms {
		if m.only() == d && title.contains(m.span) {
			return true
		}
	}
	return false
}

// routeEnd reports whether region hit h is an end of a route (永泰至德化段):
// one of region_route_joins right before or after it, with a region name
// on its other side.
func (x *Extractor) routeEnd(rs []rune, byStart map[int][]hit, h hit) bool {
	return x.routeFarEnd(rs, byStart, h) >= 0
}

// routeFarEnd returns where the route that region hit h is an end of
// ends in the text: the end of the longest name after the join when h is
// the first end, h's own end when it is the second; -1 when h ends no
// route.
func (x *Extractor) routeFarEnd(rs []rune, byStart map[int][]hit, h hit) int {
	end := -1
	// A note in brackets may follow the first end (通城（赣鄂界）至铜鼓).
	after := h.end
	if after < len(rs) {
		after = afterBracket(rs, after)
	}
	for _, j := range x.lx.regionRouteJoins.index().words {
		n := len(j)
		if after+n < len(rs) && slices.Equal(rs[after:after+n], j) {
			for _, o := range byStart[after+n] {
				if x.lex[o.vals[0]].kind == lexRegion {
					end = max(end, o.end)
				}
			}
		}
		if h.start-n > 0 && slices.Equal(rs[h.start-n:h.start], j) && x.regionEndsAt(byStart, skipNoteBefore(rs, h.start-n)) {
			end = max(end, h.end)
		}
	}
	return end
}

// skipNoteBefore returns where a short bracketed note that closes right
// before i opens (通城（赣鄂界）至铜鼓: the border the route crosses), or i
// itself when none does; afterBracket is its mirror.
func skipNoteBefore(rs []rune, i int) int {
	if i <= 0 || rs[i-1] != '）' && rs[i-1] != ')' {
		return i
	}
	for k := i - 2; k >= max(0, i-bracketNoteMax); k-- {
		switch rs[k] {
		case '（', '(':
			return k
		case '）', ')', '\n':
			return i
		}
	}
	return i
}

// portAfter reports whether a port word (region_port_words) follows a
// name that ends at i: right after it (满洲里铁路口岸), or after the rest
// of a list of names it stands in, with or without their count (由满洲里、
// 绥芬河、同江北三大铁路口岸组成, 经满洲里、绥芬河口岸出境).
func (x *Extractor) portAfter(rs []rune, i int) bool {
	end := min(len(rs), i+portListWindow)
	if x.portAt(rs, i, end) {
		return true
	}
	for i < end && (rs[i] == '、' || x.txt.isListConj(rs[i])) {
		j := i + 1
		for j < end && j-i <= portListItemMax && unicode.Is(unicode.Han, rs[j]) && !x.txt.isListConj(rs[j]) {
			if j > i+1 && x.portAt(rs, j, end) {
				return true
			}
			j++
		}
		if j == i+1 || j-i > portListItemMax {
			return false
		}
		i = j
	}
	return false
}

// portAt reports whether a port word stands at i, after a count of the
// ports if any (三大, 两个, 3个: digits or numerals and region_port_counters).
func (x *Extractor) portAt(rs []rune, i, end int) bool {
	for i < end && (number.IsCountRune(rs[i]) || rs[i] >= '0' && rs[i] <= '9') {
		i++
	}
	for k := 0; k < 2; k++ {
		for _, w := range x.lx.regionPortCounters.list {
			if hasPrefixAny(rs[i:end], w) {
				i += utf8.RuneCountInString(w)
				break
			}
		}
	}
	return hasPrefixAny(rs[i:min(len(rs), i+4)], x.lx.regionPortWords.list...)
}

// portListWindow and portListItemMax bound the list portAfter reads: how
// far it looks, and how long one name in it may be.
const portListWindow, portListItemMax = 40, 8

// transportRoute reports whether region hit h is an end of a route that a
// word of region_route_heads closes within a few runes of its far end, with
// no punctuation between (淮北至永城高铁联络线, 十堰至安康等高铁).
func (x *Extractor) transportRoute(rs []rune, byStart map[int][]hit, h hit, f *regionForm) bool {
	end := x.routeFarEnd(rs, byStart, h)
	if end < 0 {
		// Two names of one province side by side, a line's word of two or
		// more runes right after the second (同江双鸭山铁路; not 龙州响水公路,
		// whose 响水 is a town, the county of that name being in Jiangsu).
		far := -1
		for _, o := range byStart[h.end] {
			if x.lex[o.vals[0]].kind == lexRegion && x.sameProvince(o, f) {
				far = max(far, o.end)
			}
		}
		for k := max(0, h.start-6); k < h.start; k++ {
			for _, o := range byStart[k] {
				// Not the province itself (新疆天山公路: the mountains'
				// road, no district of Urumqi).
				if o.end == h.start && x.lex[o.vals[0]].kind == lexRegion && x.sameProvince(o, f) && !x.namesProvince(o) {
					far = max(far, h.end)
				}
			}
		}
		for _, w := range x.lx.regionRouteHeads.index().words {
			if far >= 0 && len(w) >= 2 && far+len(w) <= len(rs) && slices.Equal(rs[far:far+len(w)], w) {
				return true
			}
		}
		return false
	}
	for k := end; k < min(len(rs), end+6); k++ {
		if hasPrefixAny(rs[k:min(len(rs), k+8)], x.lx.regionRouteHeads.list...) {
			return true
		}
		if unicode.IsPunct(rs[k]) || unicode.IsSpace(rs[k]) {
			return k == end && rs[k] == '、' && x.routeListHead(rs, k)
		}
	}
	return false
}

// routeListHead reports whether the list of routes that goes on at k (a
// 、) ends in 等, or in a count of them (region_route_list_counters), and a
// route's word, or its last item runs into the word, every item after k
// joining two ends by a word of region_route_joins (开江至梁平、乐山至马边、
// 美姑至昭觉等高速; 南雄至信丰、龙川至寻乌2条高速公路; 信丰至南雄、龙川至寻乌
// 高速公路): the routes share the word.
func (x *Extractor) routeListHead(rs []rune, k int) bool {
	end := k
	for end < min(len(rs), k+routeListReach) && !strings.ContainsRune("，,。；;：:！？!?\n", rs[end]) {
		end++
	}
	s := string(rs[k+1 : end])
	i, rest := strings.Index(s, x.txt.etcWord), ""
	if i >= 0 {
		rest = s[i+len(x.txt.etcWord):]
	} else if i, rest = countClose(s, x.lx.regionRouteListCounters.list); i < 0 {
		if i, rest = x.headOfLastRoute(s); i < 0 {
			return false
		}
	}
	if !hasPrefixAnyString(rest, x.lx.regionRouteHeads.list) {
		return false
	}
	for _, item := range strings.Split(s[:i], "、") {
		if !containsAny(item, x.lx.regionRouteJoins.list) {
			return false
		}
	}
	return true
}

// headOfLastRoute finds the route's word that the last item of a list of
// routes runs into (信丰至南雄、龙川至寻乌高速公路: 高速), after the item's
// join. It returns where the word starts and the text from there, or -1
// and "".
func (x *Extractor) headOfLastRoute(s string) (int, string) {
	from := 0 // where the last item starts: after the last 、, if any
	if k := strings.LastIndex(s, "\u3001"); k >= 0 {
		from = k + len("\u3001")
	}
	last := s[from:]
	join := firstIndex(last, x.lx.regionRouteJoins.list)
	if join < 0 {
		return -1, ""
	}
	head := firstIndex(last[join:], x.lx.regionRouteHeads.list)
	if head < 0 {
		return -1, ""
	}
	return from + join + head, last[join+head:]
}

// firstIndex returns the byte index in s of the earliest occurrence of any
// of ws, or -1.
func firstIndex(s string, ws []string) int {
	first := -1
	for _, w := range ws {
		if k := strings.Index(s, w); k >= 0 && (first < 0 || k < first) {
			first = k
		}
	}
	return first
}

// countClose finds the count that closes a list of routes instead of 等
// (南雄至信丰、龙川至寻乌2条高速公路): a run of digits or numerals right
// before one of counters. It returns where the count starts and the text
// after its counter, or -1 and "". A numeral inside a name (三明至九江) is
// no count: no counter follows it.
func countClose(s string, counters []string) (int, string) {
	isCount := func(r rune) bool { return unicode.IsDigit(r) || number.IsNumeralRune(r) }
	for i := 0; i < len(s); {
		k := strings.IndexFunc(s[i:], isCount)
		if k < 0 {
			break
		}
		start := i + k
		end := len(s) // the run of digits and numerals ends here
		if n := strings.IndexFunc(s[start:], func(r rune) bool { return !isCount(r) }); n >= 0 {
			end = start + n
		}
		for _, c := range counters {
			if rest, ok := strings.CutPrefix(s[end:], c); ok {
				return start, rest
			}
		}
		i = end
	}
	return -1, ""
}

// routeListReach is how far after a route's end, in runes, routeListHead
// looks for the 等 and route word that close the list.
const routeListReach = 60

// onlyOneIn reports whether exactly one of ds lies in prov.
func onlyOneIn(ds []*division, prov *division) bool {
	n := 0
	for _, d := range ds {
		if prov.isAncestor(d) {
			n++
		}
	}
	return n == 1
}

// listedWithHome reports whether hit h stands in a list (、 or a list
// conjunction between) right next to a name of a place in prov.
func (x *Extractor) listedWithHome(rs []rune, byStart map[int][]hit, h hit, prov *division) bool {
	inProv := func(o hit) bool {
		if x.lex[o.vals[0]].kind != lexRegion {
			return false
		}
		for _, d := range x.regions.forms[x.lex[o.vals[0]].ref].divs {
			if prov.isAncestor(d) {
				return true
			}
		}
		return false
	}
	joins := func(r rune) bool { return r == '、' || x.txt.isListConj(r) }
	if h.start >= 2 && joins(rs[h.start-1]) {
		for k := max(0, h.start-9); k < h.start-1; k++ {
			for _, o := range byStart[k] {
				if o.end == h.start-1 && inProv(o) {
					return true
				}
			}
		}
	}
	if h.end+1 < len(rs) && joins(rs[h.end]) {
		for _, o := range byStart[h.end+1] {
			if inProv(o) {
				return true
			}
		}
	}
	return false
}

// sameProvince reports whether region hit o can name a place in the
// province of one of f's divisions.
// namesProvince reports whether hit o can only name a province.
func (x *Extractor) namesProvince(o hit) bool {
	g := x.regions.forms[x.lex[o.vals[0]].ref]
	for _, d := range g.divs {
		if d.level != levelProvince {
			return false
		}
	}
	return len(g.divs) > 0
}

func (x *Extractor) sameProvince(o hit, f *regionForm) bool {
	g := x.regions.forms[x.lex[o.vals[0]].ref]
	for _, a := range g.divs {
		for _, b := range f.divs {
			if pa, pb := provinceOf(a), provinceOf(b); pa != nil && pa == pb {
				return true
			}
		}
	}
	return false
}

// provinceOf returns the province d lies in (d itself for a province).
func provinceOf(d *division) *division {
	for x := d; x != nil; x = x.parent {
		if x.level == levelProvince {
			return x
		}
	}
	return nil
}

// crossed reports whether some name found in the text begins before hit h
// and ends inside it, or begins inside it and ends after it (成渝中线: 成渝
// ends inside 渝中).
func (x *Extractor) crossed(byStart map[int][]hit, h hit) bool {
	for k := max(0, h.start-6); k < h.end; k++ {
		if k == h.start {
			continue
		}
		for _, o := range byStart[k] {
			if (k < h.start && o.end > h.start && o.end < h.end) || (k > h.start && o.end > h.end) {
				return true
			}
		}
	}
	return false
}

// homeReadings settles short names that read both as a place elsewhere and
// as a district of the document's own city, when the document names that
// district in full too: in Wuhai's report, 海南 (鄂托克前旗到海南) is its
// 海南区, named as such elsewhere, not the province.
func homeReadings(ms []*regionMention, home *division) {
	full := map[*division]bool{}
	for _, m := range ms {
		if d := m.only(); d != nil && m.form != nil && !m.form.short {
			full[d] = true
		}
	}
	for _, m := range ms {
		if m.form == nil || !m.form.short || m.rule != "region.gazetteer" || slices.ContainsFunc(m.cands, func(c *division) bool {
			return c == home || home.isAncestor(c) || c.isAncestor(home)
		}) {
			continue // 恩施 in 恩施州's report is the prefecture itself
		}
		var mine *division
		for _, d := range m.form.contextual() {
			if full[d] && home.isAncestor(d) {
				if mine != nil {
					mine = nil
					break
				}
				mine = d
			}
		}
		if mine != nil && !slices.Contains(m.cands, mine) {
			m.cands = []*division{mine}
		}
	}
}

// abroad reports whether the name of a foreign country
// (agency_foreign_prefixes, two runes or more, naming no Chinese region)
// stands right before i, or with one foreign division ending in a level
// word between: 韩国首尔特别市龙山区 is Seoul's district.
func (x *Extractor) abroad(rs []rune, i int) bool {
	s := i
	for s > 0 && i-s < 12 && unicode.Is(unicode.Han, rs[s-1]) && !x.txt.isListConj(rs[s-1]) {
		s--
	}
	if s == i {
		return false
	}
	found := false
	x.lx.agencyForeignPrefixes.each(rs[s:i], func(k, at int) {
		w := x.lx.agencyForeignPrefixes.index().words[k]
		if len(w) < 2 || x.regions.byForm[string(w)] != nil {
			return
		}
		// Right before the name, or with one foreign division between
		// that ends in a level word (首尔特别市).
		end := s + at + len(w)
		if gap := rs[end:i]; len(gap) == 0 || len(gap) <= 6 && x.txt.levelKind[string(gap[len(gap)-1])] != "" {
			found = true
		}
	})
	return found
}

// inFirmList reports whether m, a short name of a city or county outside
// the document's province prov, stands in an item of a list that 等 and a word
// of region_firm_list_nouns close, and the item runs on past the name
// (引进成都鸿侠等优强企业, 黄山水利枢纽等骨干工程, 远通化工绿氨尿素等项目): the name
// opens or sits inside a firm's or a project's name. An item that holds
// another place (深圳、广州等城市, 对口支援新疆和田地区等项目) is left alone.
func (x *Extractor) inFirmList(st *docState, m *regionMention, all []*regionMention, prov *division) bool {
	if m.form == nil || !m.form.short || m.rule != "region.gazetteer" || len(x.lx.regionFirmListNouns.list) == 0 {
		return false
	}
	nouns := x.lx.regionFirmListNouns.list
	for _, c := range m.cands {
		// A province before a project locates it (陕西黄陵矿区, 甘肃疏勒河农业
		// 综合开发); one that opens a firm's name in a list of firms
		// (引进泰昆食品、宁夏西鸽等企业) is the firm's, as the guidelines make
		// a place inside a company's name optional.
		if c == nil || c == prov || prov.isAncestor(c) || c.isAncestor(prov) {
			return false
		}
		if c.level == levelProvince {
			nouns = x.lx.regionFirmOnlyNouns.list
		}
	}
	rs := st.runes
	sent := st.sent.sentence(m.span.start)
	s, e := m.span.start, m.span.end
	for s > sent.start && !strings.ContainsRune(unitListBreaks, rs[s-1]) {
		s--
	}
	for e < sent.end && rs[e] != x.txt.etc && !strings.ContainsRune(unitListBreaks, rs[e]) {
		e++
	}
	han := 0
	for _, r := range rs[m.span.end:e] {
		if unicode.Is(unicode.Han, r) {
			han++
		}
	}
	if han < 2 {
		return false
	}
	spanOf := func(o *regionMention) span { return o.span }
	for _, o := range startingIn(all, spanOf, s-longestRegion, e) {
		if o != m && o.span.start < e && o.span.end > s {
			return false
		}
	}
	// The items up to 等 are joined by list marks only.
	return x.listClosedBy(rs, sent, e, 24, nouns)
}

// listClosedBy reports whether the list that runs on from i is closed,
// within its sentence and with no break of firmListBreaks, by 等 and, within
// reach runes after it, a word of nouns (…、梁子湖等重点湖泊; …等项目).
func (x *Extractor) listClosedBy(rs []rune, sent span, i, reach int, nouns []string) bool {
	for i < sent.end && rs[i] != x.txt.etc {
		if strings.ContainsRune(firmListBreaks, rs[i]) {
			return false
		}
		i++
	}
	if i >= sent.end {
		return false
	}
	end := min(sent.end, i+1+reach)
	for k := i + 1; k < end; k++ {
		if strings.ContainsRune(firmListBreaks, rs[k]) {
			end = k
			break
		}
	}
	return containsAny(string(rs[i+1:end]), nouns)
}

// waterBodyInList reports whether short name m, ending like a lake's or a
// river's (region_lake_suffixes, region_water_suffixes), is a whole item
// of a list that 等 closes before a word of region_water_list_nouns
// (加强东湖、洪湖、梁子湖等重点湖泊和湿地保护: the lakes, not 洪湖市 and
// 梁子湖区).
//
// A list item beside it that names water and no place (太湖、巢湖、滇池:
// 滇池) makes it a lake too, 等 or not.
func (x *Extractor) waterBodyInList(st *docState, m *regionMention, all []*regionMention) bool {
	if m.form == nil {
		return false
	}
	rs := st.runes
	name := string(rs[m.span.start:m.span.end])
	if !hasSuffixAnyString(name, x.lx.regionLakeSuffixes.list) && !hasSuffixAnyString(name, x.lx.regionWaterSuffixes.list) {
		return false
	}
	for _, d := range m.candidates() {
		if d.level != levelCounty {
			return false // 黑龙江、吉林等地湿地保护, 镇江、扬州等地水系: places
		}
	}
	sent := st.sent.sentence(m.span.start)
	if m.span.end >= sent.end || rs[m.span.end] != '、' && rs[m.span.end] != x.txt.etc {
		return false
	}
	if m.span.start > sent.start && rs[m.span.start-1] != '、' && !x.txt.isListConj(rs[m.span.start-1]) && rs[m.span.end] != '、' {
		return false
	}
	// 巢湖 is the city's name in full as well as the lake's.
	if rs[m.span.end] == '、' && x.waterItem(st, all, span{m.span.end + 1, itemEnd(rs, m.span.end+1, sent.end, x.txt)}, true) {
		return true
	}
	if prev := (span{itemStart(rs, m.span.start-1, sent.start, x.txt), m.span.start - 1}); m.span.start > sent.start && rs[m.span.start-1] == '、' && prev.end-prev.start <= waterItemBeforeMax && x.waterItem(st, all, prev, false) {
		return true
	}
	return m.form.short && x.listClosedBy(rs, sent, m.span.end, waterListReach, x.lx.regionWaterListNouns.list)
}

// waterItem says list item it opens (first, as a word of its own) or is
// (!first) a name of water: 2 to waterItemMax runes ending in
// one of region_water_item_ends that are no place's name and no region
// mention overlaps (滇池的污染, 、滇池、; not 同江北三大铁路口岸, 加快沿海, nor 太湖,
// which is also 太湖县's).
func (x *Extractor) waterItem(st *docState, all []*regionMention, it span, first bool) bool {
	for n := 2; n <= waterItemMax && n <= it.end-it.start; n++ {
		name := span{it.end - n, it.end}
		if first {
			name = span{it.start, it.start + n}
		} else if name.start != it.start {
			continue // the item before must be the name alone (not 加快沿海)
		}
		if first && name.end < it.end && st.runes[name.end] != x.txt.de {
			continue // 同江北三大铁路口岸: 同江 opens a longer word
		}
		w := string(st.runes[name.start:name.end])
		if hasSuffixAnyString(w, x.lx.regionWaterItemEnds.list) && !x.lx.regionWaterItemNot.has(w) && x.regions.byForm[w] == nil && !overlapsAny(all, name) {
			return true
		}
	}
	return false
}

// waterItemMax is how long, in runes, a water body's name in a list may be;
// waterItemBeforeMax, the item before (太湖, 洞庭湖; not 加快沿海).
const (
	waterItemMax       = 4
	waterItemBeforeMax = 3
)

// itemEnd returns where the list item starting at i ends: at the next
// clause mark, list word or end of sentence.
func itemEnd(rs []rune, i, end int, tx *text) int {
	for i < end && !isClauseEnd(rs[i]) && !tx.isListConj(rs[i]) && rs[i] != tx.etc {
		i++
	}
	return i
}

// itemStart returns where the list item ending at i (exclusive) starts.
func itemStart(rs []rune, i, start int, tx *text) int {
	for i > start && !isClauseEnd(rs[i-1]) && !tx.isListConj(rs[i-1]) {
		i--
	}
	return i
}

// waterListReach is how far after 等, in runes, the noun of water bodies
// may end (等重点湖泊: 4; not 等地…水系).
const waterListReach = 4

// longestRegion bounds how far before an item a name that overlaps it may
// start (the longest division names run to about 20 runes).
const longestRegion = 32

// firmListBreaks end a list of firms or projects.
const firmListBreaks = "，,；;。\n：:"

// riverName reports whether short name h, ending in one of
// region_water_suffixes, names its river: a word of region_water_words
// follows within a few runes, with no punctuation between (柳江已出现2026年
// 第1次编号洪水, 柳江柳州市城区河段).
//
// A short name run straight into one of region_water_suffixes right after
// a word of water names the river too (支流白沙江、盘阳河: not 白沙), unless
// the suffix begins a word of water itself (干流铜陵河段: the stretch at
// 铜陵).
func (x *Extractor) riverName(rs []rune, h hit, f *regionForm) bool {
	if !f.short {
		return false
	}
	for _, d := range f.divs {
		if d.level == levelProvince {
			return false // 黑龙江 names the province beside its river
		}
	}
	if h.end < len(rs) && h.end-h.start == 2 && x.lx.regionBayWords.has(string(rs[h.end])) && len(f.direct()) == 0 && !slices.ContainsFunc(f.divs, func(d *division) bool { return d.level != levelCounty }) {
		// 莱州湾, 东平湖: a county's short name of two runes opens the
		// bay's or the lake's (not 九寨沟湖水, the place's lakes)
		return true
	}
	if h.end < len(rs) && x.lx.regionWaterSuffixes.has(string(rs[h.end])) &&
		hasSuffixAny(rs[max(0, h.start-4):h.start], x.lx.regionWaterWords.list...) &&
		!hasPrefixAny(rs[h.end:min(len(rs), h.end+3)], x.lx.regionWaterWords.list...) {
		// not 长江干流铜陵河段: the river's stretch at that place
		return true
	}
	if !x.lx.regionWaterSuffixes.has(string(rs[h.end-1])) {
		return false
	}
	if hasPrefixAny(rs[h.end:min(len(rs), h.end+2)], x.lx.regionValleyHeads.list...) {
		return true // 红河谷: the river's valley
	}
	if !hasSuffixAny(rs[max(0, h.start-4):h.start], x.lx.regionRouteHeads.list...) && x.stretchAfter(rs, h.end) {
		// 柳江柳州市段: the river's stretch through a city; not a route's
		// (沪宁高速镇江丹阳市段 names 镇江)
		return true
	}
	if hasPrefixAny(rs[h.end:min(len(rs), h.end+3)], x.lx.regionUrbanWords.list...) {
		return false
	}
	for k := h.end; k < min(len(rs), h.end+16); k++ {
		if hasPrefixAny(rs[k:min(len(rs), k+8)], x.lx.regionWaterWords.list...) {
			return true
		}
		if unicode.IsPunct(rs[k]) || unicode.IsSpace(rs[k]) {
			return false
		}
	}
	return false
}

// provinceDelivers reports whether a work report opens with its delivery by
// a province's government (我代表省人民政府, 我代表自治区人民政府:
// region_province_delivery in its first deliveryReach runes): a report
// titled only 政府工作报告 is then the own report of the province it names
// most (homeDivision).
func (x *Extractor) provinceDelivers(st *docState) bool {
	if !st.report {
		return false
	}
	found := false
	x.lx.regionProvinceDelivery.each(st.runes[:min(len(st.runes), deliveryReach)], func(int, int) { found = true })
	return found
}

// deliveryReach is how far into a report, in runes, its delivery line is
// looked for.
const deliveryReach = 400

// stretchAfter reports whether the Han runes from i, a few at most, end in
// a division's unit and 段 (柳州市段, 宜宾县段: region_stretch_ends) with no
// word of a route among them (not 南宁至湛江高速钦州段): the name before i is
// a river's, of which that stretch is meant. (Its caller checks that no
// route word stands right before the name: 沪宁高速镇江丹阳市段.)
func (x *Extractor) stretchAfter(rs []rune, i int) bool {
	for k := i + 1; k < min(len(rs), i+stretchReach) && isHan(rs[k]); k++ {
		if hasPrefixAny(rs[k-1:], x.lx.regionRouteHeads.list...) {
			return false
		}
		if hasPrefixAny(rs[k:], x.lx.regionStretchEnds.list...) {
			return true
		}
	}
	return false
}

// stretchReach is how far after a river's name, in runes, stretchAfter
// looks for the stretch's 段.
const stretchReach = 8

// regionEndsAt reports whether some region name ends at i (looking back
// at most six runes).
func (x *Extractor) regionEndsAt(byStart map[int][]hit, i int) bool {
	for k := max(0, i-6); k < i; k++ {
		for _, n := range byStart[k] {
			if n.end == i && x.lex[n.vals[0]].kind == lexRegion {
				return true
			}
		}
	}
	return false
}

// childrenAfter returns the divisions of form f whose parent is the
// region mention that ends right at i (the last of accepted), if any.
// lakeAfterCity reports whether the short name h, right after its city,
// is the lake that its districts are named for (运城盐湖, 杭州西湖, 南昌青山湖):
// it ends in a word of region_lake_suffixes, every candidate is a district,
// and no word of an area follows (杭州西湖城区).
func (x *Extractor) lakeAfterCity(rs []rune, h hit, kids []*division) bool {
	if !hasSuffixAny(rs[h.start:h.end], x.lx.regionLakeSuffixes.list...) || hasPrefixAny(rs[h.end:min(len(rs), h.end+3)], x.lx.regionUrbanWords.list...) {
		return false
	}
	for _, d := range kids {
		if !strings.HasSuffix(d.name, x.txt.kindWord[kindDistrict]) {
			return false
		}
	}
	return true
}

func childrenAfter(accepted []*regionMention, f *regionForm, i int) []*division {
	if len(accepted) == 0 || accepted[len(accepted)-1].span.end != i {
		return nil
	}
	m := accepted[len(accepted)-1]
	var out []*division
	for _, d := range f.contextual() {
		for _, md := range m.candidates() {
			// A name that is a common word first needs its own city
			// before it: 辽宁振兴发展 names no district of 丹东.
			if md != nil && md.isAncestor(d) && (!f.common || md == d.parent) {
				out = append(out, d)
				break
			}
		}
	}
	return out
}

// childAt reports whether a region name below one of f's divisions begins
// at i (贵州道真: 道真 of 贵州, so 道 opens no street).
func (x *Extractor) childAt(byStart map[int][]hit, i int, f *regionForm) bool {
	for _, n := range byStart[i] {
		e := x.lex[n.vals[0]]
		if e.kind != lexRegion {
			continue
		}
		g := x.regions.forms[e.ref]
		for _, d := range append(g.direct(), g.contextual()...) {
			for _, p := range append(f.direct(), f.contextual()...) {
				if p.isAncestor(d) {
					return true
				}
			}
		}
	}
	return false
}

// shortNamesSame reports whether full name h, of form f, stays whole
// before the suffix word its last character makes with the next one: when
// the word is one of region_suffix_same_place_words and h's own short form
// (the hit one rune shorter at its start) counts only in context and
// names the same places (义乌市政府 is 义乌市's government; 西安区域 is 西安
// and 区域, not 西安区 of 辽源; 上海市场监管局 is 上海 and 市场监管局).
func (x *Extractor) shortNamesSame(rs []rune, hs []hit, h hit, f *regionForm) bool {
	if !x.lx.regionSuffixSamePlaceWords.has(string(rs[h.end-1 : h.end+1])) {
		return false // 四明山区域, 东方市场: the short name is often a word
	}
	for _, s := range hs {
		if s.end != h.end-1 || x.lex[s.vals[0]].kind != lexRegion {
			continue
		}
		g := x.regions.forms[x.lex[s.vals[0]].ref]
		if len(g.direct()) > 0 {
			return false // 青岛 stands alone: splitting loses no place (国家、山东省、青岛市政府部门)
		}
		for _, d := range f.divs {
			if !slices.Contains(g.divs, d) {
				return false
			}
		}
		for _, d := range g.divs {
			if !slices.Contains(f.divs, d) {
				return false // 西安 is 西安市 (or 西安区 of 辽源)
			}
		}
		return len(f.divs) > 0
	}
	return false
}

// fullRegionAt reports whether a region's full name, or a name of three or
// more runes (民和县), begins at i.
func (x *Extractor) fullRegionAt(byStart map[int][]hit, i int) bool {
	for _, n := range byStart[i] {
		if e := x.lex[n.vals[0]]; e.kind == lexRegion && (!x.regions.forms[e.ref].short || n.end-n.start >= 3) {
			return true
		}
	}
	return false
}

// yieldsToRegion reports whether an overlapping word gives way: a region
// name of province, prefecture, economic-region or zone level, or a full
// county name of four or more characters, starts inside it and runs past
// its end (在内蒙古, 以北京为中心, 开放大连, 以西海岸新区). Short county names do
// not win this way (沿海城市 is not 海城市, 示范县 is not 范县), nor does a
// name that a word on its right overlaps too (隆重庆祝, 均衡水平), nor one
// that runs past the word by a suffix of region_overlap_suffixes only
// (贯通化 is not 通化).
func (x *Extractor) yieldsToRegion(rs []rune, byStart map[int][]hit, w hit) bool {
	for i := w.start + 1; i < w.end; i++ {
		for _, h := range byStart[i] {
			e := x.lex[h.vals[0]]
			if e.kind != lexRegion || h.end <= w.end || x.overlappedRight(rs, byStart, h) || x.lx.regionOverlapSuffixes.has(string(rs[w.end:h.end])) {
				continue
			}
			f := x.regions.forms[e.ref]
			for _, d := range f.direct() {
				switch {
				case d.level == levelProvince, d.level == levelCity, d.level == levelEconomic, d.level == levelZone:
					return true
				case !f.short && h.end-h.start >= 4: // 以西湖区为…: a long full name
					return true
				case !f.short && h.end-h.start == 3 && h.end < len(rs) && (rs[h.end] == '、' || x.txt.isListConj(rs[h.end])) && x.lx.regionCountySuffixes.has(string(rs[h.end-1])) && !x.lx.regionOverlapsRight.has(string(rs[h.end-2:h.end])):
					// 推动武昌区、洪山区: a county's full name that opens
					// a list of places, not 动武 (but 沿海城市、: 城市)
					return true
				}
			}
		}
	}
	return false
}

// overlappedRight reports whether a dictionary word begins inside h and
// runs past its end (庆祝 in 隆重庆祝) where no region name follows h
// (黄河内蒙古包头 is 内蒙古 and 包头, whatever 蒙古包 says).
func (x *Extractor) overlappedRight(rs []rune, byStart map[int][]hit, h hit) bool {
	for _, n := range byStart[h.end] {
		if x.lex[n.vals[0]].kind == lexRegion {
			return false
		}
	}
	for k := h.start + 1; k < h.end; k++ {
		for j := h.end + 1; j <= min(len(rs), k+6); j++ {
			if x.lx.regionOverlapsRight.has(string(rs[k:j])) {
				return true
			}
		}
	}
	return false
}

// yieldsToContext reports whether bare name h (of divisions direct) gives
// way to a name found just before it that overlaps it (大兴安岭根河源: 根河,
// not 河源; 七里河南街 in Lanzhou's report: 七里河, not 河南): a contextual
// short name, waiting in pending, one of whose places lies inside a region
// named earlier in the sentence or in the document's title, when none of
// h's places does.
func (x *Extractor) yieldsToContext(st *docState, accepted []*regionMention, pending []hit, h hit, direct []*division) bool {
	sent := st.sent.sentence(h.start)
	title := span{-1, -1}
	if strings.TrimSpace(st.title) != "" {
		title = paragraphOf(st.runes, 0)
	}
	inside := func(ds []*division) bool {
		for _, m := range accepted {
			if m.span.end > h.start || (m.span.start < sent.start && !title.contains(m.span)) {
				continue
			}
			for _, a := range m.candidates() {
				for _, d := range ds {
					if a != d && a.isAncestor(d) {
						return true
					}
				}
			}
		}
		return false
	}
	for k := len(pending) - 1; k >= 0 && pending[k].end > h.start; k-- {
		p := pending[k]
		if p.start >= h.start || p.end >= h.end {
			continue
		}
		if inside(x.regions.forms[x.lex[p.vals[0]].ref].contextual()) && !inside(direct) {
			return true
		}
	}
	return false
}

// foreignPlaceBefore reports whether a place right before hit h (no
// mark between) settles as one division that is kin to no reading of the
// short form f: the two run together into another name (上海东方枢纽 is no
// 东方市).
func foreignPlaceBefore(near []*regionMention, h hit, f *regionForm) bool {
	for _, m := range near {
		md := m.only()
		if m.span.end != h.start || md == nil {
			continue
		}
		for _, d := range f.contextual() {
			// 江阴靖江: two counties of one province side by side are two
			// places, not a name after a place.
			if kin(md, d) || md.level == levelCounty && d.level == levelCounty && md.province() == d.province() && md.province() != nil {
				return false
			}
		}
		return true
	}
	return false
}

// dropAfterCounty drops a short name that stands right after a county's
// name and is neither inside that county nor beside it (新平马鞍山水库 is a
// reservoir of 新平县, not 马鞍山市): a place of the county named after
// something else.
func dropAfterCounty(st *docState, ms []*regionMention) []*regionMention {
	if len(ms) < 2 {
		return ms
	}
	sorted := slices.Clone(ms)
	slices.SortFunc(sorted, func(a, b *regionMention) int { return a.span.start - b.span.start })
	drop := map[*regionMention]bool{}
	for i := 1; i < len(sorted); i++ {
		p, m := sorted[i-1], sorted[i]
		pd, md := p.only(), m.only()
		if p.span.end != m.span.start || m.form == nil || !m.form.short || pd == nil || md == nil || pd.level != levelCounty {
			continue
		}
		if kin(pd, md) || md.level == levelCounty && md.province() == pd.province() && md.province() != nil {
			continue // 江阴靖江: two counties of one province side by side
		}
		drop[m] = true
		st.addTrace("region", m.rule, m.span, "dropped: a place of the county named right before it")
	}
	if len(drop) == 0 {
		return ms
	}
	// A copy: ms may share its array with the mentions of the first
	// pass, which are read again after this.
	return slices.DeleteFunc(slices.Clone(ms), func(m *regionMention) bool { return drop[m] })
}

// kin reports whether one of a and b lies in the other, or the two are
// beside each other (same parent and level): names of kin may stand side
// by side as places (海南东方市, 玉溪红塔区, 拉萨日喀则); names of others run
// together into the name of something else.
func kin(a, b *division) bool {
	return a.isAncestor(b) || b.isAncestor(a) || a.parent == b.parent && a.level == b.level
}

// countyRightBefore reports whether the last of the accepted mentions
// names a county (or a district) and ends at i.
func countyRightBefore(accepted []*regionMention, i int) bool {
	if len(accepted) == 0 {
		return false
	}
	m := accepted[len(accepted)-1]
	d := m.only()
	return m.span.end == i && d != nil && d.level == levelCounty
}

// only returns the mention's division if it has exactly one candidate.
func (m *regionMention) only() *division {
	if m.div != nil {
		return m.div
	}
	c := m.candidates()
	if len(c) == 1 {
		return c[0]
	}
	return nil
}

func (m *regionMention) candidates() []*division {
	if m.cands != nil {
		return m.cands
	}
	if m.form != nil {
		return m.form.divs
	}
	return nil
}

// seatOverCounty returns, of two readings of a bare name — two counties of
// one prefecture, or a prefecture and a county of its own — the one whose
// name ends in a word of region_seat_suffixes when the other's ends in one
// of region_county_suffixes; nil otherwise.
func (x *Extractor) seatOverCounty(ds []*division) *division {
	if len(ds) != 2 {
		return nil
	}
	for i, d := range ds {
		o := ds[1-i]
		// Two counties of one prefecture (伊宁市, 伊宁县), or a prefecture
		// and a county of its own (朝阳市, 朝阳县).
		kin := d.level == levelCounty && o.level == levelCounty && d.parent == o.parent || d.level != levelCounty && o.level == levelCounty && d.isAncestor(o)
		if kin && hasSuffixAnyString(d.name, x.lx.regionSeatSuffixes.list) && hasSuffixAnyString(o.name, x.lx.regionCountySuffixes.list) {
			return d
		}
	}
	return nil
}

func overlapsAny(ms []*regionMention, s span) bool {
	for _, m := range ms {
		if m.span.overlaps(s) {
			return true
		}
	}
	return false
}

// disambiguate picks one division for mentions with several candidates:
// the one whose ancestor or descendant is mentioned unambiguously elsewhere
// in the document, or, for a name listed among provinces (辽宁、吉林、黑龙江),
// the province. What stays ambiguous is reported, never guessed.
func (x *Extractor) disambiguate(st *docState) {
	for _, m := range st.regions {
		if d := m.only(); d != nil {
			m.div = d
		}
	}
	home := homeCity(st, st.regions)
	homeProv := titleProvince(st)
	if homeProv == nil && st.report {
		// A report titled only 政府工作报告: the province it names most.
		homeProv = homeDivision(st, st.regions, levelProvince)
	}
	related := func(m *regionMention, cands []*division, near func(*regionMention) bool) []*division {
		// Another mention of the same name is no evidence for a reading
		// related to its own (吉林 read as the province makes no 吉林市).
		name := m.span.text(st.runes)
		var best []*division
		for _, d := range cands {
			for _, o := range st.regions {
				if s := o.div; s != nil && s != d && near(o) && (s.isAncestor(d) || d.isAncestor(s)) && o.span.text(st.runes) != name {
					best = append(best, d)
					break
				}
			}
		}
		return best
	}
	for i, m := range st.regions {
		if m.div != nil {
			continue
		}
		cands := m.candidates()
		// In order: the document's city or a place in it; a reading
		// related to a region named in the same paragraph (青海…海南州);
		// the province when every other reading is a county or an
		// autonomous prefecture (海南国际旅游岛 in a national plan that names
		// 青海 elsewhere is not 海南藏族自治州); a reading related to any region
		// named in the document.
		var best []*division
		if home != nil {
			for _, d := range cands {
				if home.isAncestor(d) {
					best = append(best, d)
				}
			}
		}
		if len(best) != 1 && homeProv != nil {
			// A province's own document (青海's report: 海南清洁能源基地 is
			// 海南州, not the province of 海南).
			best = nil
			for _, d := range cands {
				if homeProv.isAncestor(d) {
					best = append(best, d)
				}
			}
		}
		if len(best) != 1 {
			// Enumerations of provinces (广东、海南, 广东和海南): a province
			// beside it, joined by 、 or a list word, makes it the province,
			// before any other reading the paragraph suggests (青海 later in
			// the same list of regions is no reason for 海南州).
			best = nil
			for _, n := range []int{i - 1, i + 1} {
				if n < 0 || n >= len(st.regions) {
					continue
				}
				o := st.regions[n]
				od := o.only()
				if od == nil || od.level != levelProvince {
					continue
				}
				// The item before the list mark may name a part of its
				// province (内蒙古东部、吉林西部、辽宁西部等地有大到暴雨).
				first, second := o.span, m.span
				if n > i {
					first, second = m.span, o.span
				}
				if first.end >= second.start {
					continue
				}
				gap := first.end
				if between := st.runes[first.end:second.start]; len(between) > 1 {
					if !x.lx.regionPartWords.has(string(between[:len(between)-1])) {
						continue
					}
					gap += len(between) - 1
				}
				if g := st.runes[gap]; g == '、' || g == ',' || g == '，' || x.txt.isListConj(g) {
					if p := provinceIn(cands); p != nil {
						best = []*division{p}
					}
				}
			}
		}
		if len(best) != 1 {
			// A province the document names in full, over its namesake
			// city: 吉林省有关负责人… makes 推动吉林全面振兴 the province, not
			// 吉林市 below it — unless that city is the document's own
			// (吉林市's report names 吉林省 too).
			if p := namedInFull(st, m, cands); p != nil && p.level == levelProvince && !slices.Contains(cands, home) {
				best = []*division{p}
			}
		}
		if len(best) != 1 {
			para := st.paragraph(m.span.start)
			best = related(m, cands, func(o *regionMention) bool { return para.contains(o.span) })
			// A province's own short name (海南) is the province unless its
			// namesake's parent stands in the same sentence: 青海钾肥基地
			// sentences before 海南天然气 in a national plan's paragraph do
			// not make it 海南藏族自治州.
			if len(best) == 1 && best[0].level != levelProvince && hasLevel(cands, levelProvince) {
				sent := st.sent.sentence(m.span.start)
				d := best[0]
				best = related(m, cands, func(o *regionMention) bool { return sent.contains(o.span) })
				// A sibling in the sentence says so too (海南、海西两个…基地:
				// 海西州 shares 海南州's province).
				for _, o := range st.regions {
					if od := o.only(); len(best) != 1 && od != nil && od != d && od.level == d.level && od.parent == d.parent && sent.contains(o.span) {
						best = []*division{d}
					}
				}
			}
		}
		if len(best) != 1 {
			// One name, one reading in a document: the reading an earlier
			// mention of the same name was given (吉林、河南等地… then 吉林
			// 组织…), not the reading that mention makes related (its
			// province's city of the same name).
			if d := sameNameReading(st, i, cands); d != nil && !childFollows(st, i, cands) {
				best = []*division{d}
			}
		}
		if len(best) != 1 && hasLevel(cands, levelProvince) && opensSentence(st, m) {
			// A roundup whose sentences open on provinces (吉林秋粮收获已超过
			// 95%…。内蒙古的马铃薯…): a name that opens one is the province
			// too, even before a place of its namesake city (吉林舒兰灾后…).
			name := m.span.text(st.runes)
			if slices.ContainsFunc(st.regions, func(o *regionMention) bool {
				od := o.only()
				return od != nil && od.level == levelProvince && o.span.text(st.runes) != name && opensSentence(st, o)
			}) {
				best = []*division{provinceIn(cands)}
			}
		}
		if len(best) != 1 {
			best = lonelyProvince(cands, x.txt.autonomousMarker)
		}
		if len(best) != 1 {
			best = related(m, cands, func(*regionMention) bool { return true })
		}
		// A short name followed at once by one of its children's names
		// (吉林长春) is the parent.
		if len(best) != 1 && i+1 < len(st.regions) && st.regions[i+1].span.start == m.span.end {
			if nd := st.regions[i+1].only(); nd != nil {
				for _, d := range cands {
					if d.isAncestor(nd) {
						best = []*division{d}
					}
				}
			} else {
				// 吉林龙潭区, where 龙潭区 has a namesake elsewhere: the
				// reading that is a parent of one of its readings.
				for _, nc := range st.regions[i+1].candidates() {
					for _, d := range cands {
						if nc.parent == d {
							best = []*division{d}
						}
					}
				}
			}
		}
		// A name shared by a county-level city and a county of the same
		// prefecture (伊宁市, 伊宁县) is the city's: the county is written
		// with its suffix.
		if len(best) != 1 {
			pool := best
			if len(pool) == 0 {
				pool = cands
			}
			if d := x.seatOverCounty(pool); d != nil {
				best = []*division{d}
			}
		}
		if len(best) == 1 {
			m.div = best[0]
			continue
		}
		// Same canonical name for every candidate: the name is certain even
		// if the division is not (朝阳区).
		name := cands[0].name
		for _, d := range cands[1:] {
			if d.name != name {
				name = ""
			}
		}
		m.name = name
	}
}

// opensSentence reports whether only spaces and punctuation stand
// before mention m in its sentence.
func opensSentence(st *docState, m *regionMention) bool {
	for _, r := range st.runes[st.sent.sentence(m.span.start).start:m.span.start] {
		if !unicode.IsSpace(r) && !unicode.IsPunct(r) {
			return false
		}
	}
	return true
}

// childFollows reports whether a name of a child of one of cands follows
// st.regions[i] at once (吉林龙潭区: the city of 吉林, whatever an earlier
// 吉林 was).
func childFollows(st *docState, i int, cands []*division) bool {
	if i+1 >= len(st.regions) || st.regions[i+1].span.start != st.regions[i].span.end {
		return false
	}
	for _, nd := range st.regions[i+1].candidates() {
		if slices.ContainsFunc(cands, func(d *division) bool { return d.isAncestor(nd) }) {
			return true
		}
	}
	return false
}

// sameNameReading returns the division given to an earlier mention of
// the same name as st.regions[i], when it is one of cands, or nil.
func sameNameReading(st *docState, i int, cands []*division) *division {
	name := st.regions[i].span.text(st.runes)
	for _, o := range st.regions[:i] {
		if o.div != nil && slices.Contains(cands, o.div) && o.span.text(st.runes) == name {
			return o.div
		}
	}
	return nil
}

// provinceIn returns the province among ds, or nil.
func provinceIn(ds []*division) *division {
	for _, d := range ds {
		if d.level == levelProvince {
			return d
		}
	}
	return nil
}

// hasLevel says one of ds is of level l.
func hasLevel(ds []*division, l string) bool {
	for _, d := range ds {
		if d.level == l {
			return true
		}
	}
	return false
}

// bracketNoteMax is how far after its opening bracket, in runes, a
// bracketed note inside a word may close (县（处）级, 县（市、区）级), or one
// between a route's end and its join (通城（赣鄂界）至铜鼓) or after a
// count's noun (从15个县（市）扩大到57个).
const bracketNoteMax = 6

// afterBracket returns i, or, when a short bracketed note opens at i
// (（处）, (市)), the position right after it when a character follows.
func afterBracket(rs []rune, i int) int {
	if rs[i] != '（' && rs[i] != '(' {
		return i
	}
	for j := i + 1; j < len(rs) && j <= i+bracketNoteMax; j++ {
		if rs[j] == '）' || rs[j] == ')' {
			if j+1 < len(rs) {
				return j + 1
			}
			return i
		}
	}
	return i
}

// regionName is the canonical name of a mention, or "" when ambiguous.
func (m *regionMention) canonical() string {
	if m.div != nil {
		return m.div.name
	}
	return m.name
}

func groupHits(hs []hit) map[int][]hit {
	by := make(map[int][]hit, len(hs))
	for _, h := range hs {
		by[h.start] = append(by[h.start], h)
	}
	for k, g := range by {
		if len(g) < 2 {
			continue
		}
		// The trie reports hits shortest first: reversing is the sort.
		if sort.SliceIsSorted(g, func(i, j int) bool { return g[i].end < g[j].end }) {
			slices.Reverse(g)
			continue
		}
		sort.Slice(by[k], func(i, j int) bool { return by[k][i].end > by[k][j].end })
	}
	return by
}

func sortedKeys[V any](m map[int]V) []int {
	ks := make([]int, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	return ks
}

// listed reports whether a hit stands in a list of places: 、 or 等 right
// after it, or 、 right before it.
func listed(rs []rune, h hit, etc rune) bool {
	return h.end < len(rs) && (rs[h.end] == '、' || rs[h.end] == etc) || h.start > 0 && rs[h.start-1] == '、'
}

// homeCity returns the prefecture-level division a document is about, when
// it is plain: one named in the title line, or one that has at least three
// mentions and more than any other city. Short county names inside it need
// no parent beside them.
func homeCity(st *docState, ms []*regionMention) *division {
	return homeDivision(st, ms, levelCity)
}

// titleProvince is the province a titled document names in its title
// (2026年青海省政府工作报告), or nil.
func titleProvince(st *docState) *division {
	if strings.TrimSpace(st.title) == "" {
		return nil
	}
	title := paragraphOf(st.runes, 0)
	for _, m := range st.regions {
		if d := m.only(); d != nil && d.level == levelProvince && title.contains(m.span) {
			return d
		}
	}
	return nil
}

// homeDivision is homeCity for divisions of any level: the one of that
// level named in the title, else named at least three times and more
// often than any other.
func homeDivision(st *docState, ms []*regionMention, level string) *division {
	title := paragraphOf(st.runes, 0)
	count := map[*division]int{}
	for _, m := range ms {
		d := m.only()
		if d == nil || d.level != level {
			continue
		}
		if title.contains(m.span) {
			return d
		}
		count[d]++
	}
	var best *division
	n, tie := 0, false
	for d, c := range count {
		switch {
		case c > n:
			best, n, tie = d, c, false
		case c == n:
			tie = true
		}
	}
	if n >= 3 && !tie {
		return best
	}
	return nil
}

// paragraph returns the line around position i, by binary search over
// the document's line breaks (found once), so that long one-line
// documents stay linear.
func (st *docState) paragraph(i int) span {
	if st.lineBreaks == nil {
		st.lineBreaks = []int{}
		for j, r := range st.runes {
			if r == '\n' {
				st.lineBreaks = append(st.lineBreaks, j)
			}
		}
	}
	k := sort.SearchInts(st.lineBreaks, i) // first break at or after i
	start, end := 0, len(st.runes)
	if k > 0 {
		start = st.lineBreaks[k-1] + 1
	}
	if k < len(st.lineBreaks) {
		end = st.lineBreaks[k]
	}
	return span{start, end}
}

// paragraphOf returns the line around position i.
func paragraphOf(rs []rune, i int) span {
	start, end := i, i
	for start > 0 && rs[start-1] != '\n' {
		start--
	}
	for end < len(rs) && rs[end] != '\n' {
		end++
	}
	return span{start, end}
}

// namedInFull returns the one reading of m that another mention of the
// document names by its full name and that lies above every other reading
// (吉林省 over 吉林市), or nil; nil too where m runs into another
// reading's full name (吉林市政府).
func namedInFull(st *docState, m *regionMention, cands []*division) *division {
	var found *division
	for _, d := range cands {
		for _, o := range st.regions {
			if o != m && o.form != nil && !o.form.short && o.only() == d {
				if found != nil {
					return nil
				}
				found = d
				break
			}
		}
	}
	if found == nil {
		return nil
	}
	for _, d := range cands {
		if d != found && !found.isAncestor(d) {
			return nil
		}
		// The text writes the other reading's full name, its level word
		// taken by the next word (吉林市政府, 吉林市民): that reading.
		if end := m.span.end + 1; d != found && end <= len(st.runes) && string(st.runes[m.span.start:end]) == d.name {
			return nil
		}
	}
	return found
}

// lonelyProvince returns the one province among a short name's readings
// when every other reading is a county-level division or an autonomous
// prefecture — names writers shorten as 海南州, not 海南 — else nil. 吉林
// (the province and the city) stays ambiguous.
func lonelyProvince(cands []*division, autonomous string) []*division {
	var p *division
	for _, d := range cands {
		switch {
		case d.level == levelProvince:
			if p != nil {
				return nil
			}
			p = d
		case d.level == levelCounty, d.level == levelCity && strings.Contains(d.name, autonomous):
		default:
			return nil
		}
	}
	if p == nil {
		return nil
	}
	return []*division{p}
}

// namedThing says name h opens a quoted name that ends in one of
// region_named_thing_ends within namedThingReach runes of it (“澎湖号”,
// “吉林一号”, “昆明陆港号”): a ship, a train or a satellite, not the place.
func (x *Extractor) namedThing(rs []rune, h hit) bool {
	if h.start < 1 || !strings.ContainsRune(quoteOpeners, rs[h.start-1]) {
		return false
	}
	for k := h.end; k < min(len(rs), h.end+namedThingReach); k++ {
		if strings.ContainsRune(quoteClosers, rs[k]) {
			return hasSuffixAnyString(string(rs[h.end:k]), x.lx.regionNamedThingEnds.list)
		}
	}
	return false
}

// workTitle reports whether short name h stands inside a title in 《》
// that is no document's: short of a note in brackets at its end (（草案）),
// it ends in no word of plan_suffixes nor of plan_excluded_suffixes
// (《我的阿勒泰》, a drama; not 《山东…规划》 nor 《…政府工作报告》).
func (x *Extractor) workTitle(rs []rune, h hit) bool {
	if f := x.regions.byForm[string(rs[h.start:h.end])]; f == nil || !f.short {
		return false // a name in full (《海南省…规划纲要（草案）》) is a document's
	}
	open := -1
	for k := h.start - 1; k >= max(0, h.start-workTitleReach); k-- {
		if rs[k] == '》' || rs[k] == '\n' {
			return false
		}
		if rs[k] == '《' {
			open = k
			break
		}
	}
	if open < 0 {
		return false
	}
	for k := h.end; k < min(len(rs), h.end+workTitleReach); k++ {
		switch rs[k] {
		case '《', '\n':
			return false
		case '》':
			title := strings.TrimSpace(trailingPeriod.ReplaceAllString(string(rs[open+1:k]), ""))
			return !hasSuffixAnyString(title, x.lx.planSuffixes.list) && !hasSuffixAnyString(title, x.lx.planExcludedSuffixes.list) && !hasSuffixAnyString(title, x.lx.regionTitleDocumentEnds.list)
		}
	}
	return false
}

// workTitleReach is how far, in runes, workTitle looks either side of a
// name for the marks of its title.
const workTitleReach = 40

// namedThingReach is how far after the place's name, in runes, the quote
// of a named thing may close.
const namedThingReach = 5

// quoteOpeners and quoteClosers are the marks that open and close a
// quoted name.
const (
	quoteOpeners = "“「『\""
	quoteClosers = "”」』\""
)

// notAPlace returns why a region name in the text names no region, or "":
// it ends a transliterated foreign state's name (佛罗里达州: a name ending
// in 州 with two characters of transliteration_chars right before it), or it is a person's given name
// (李长春: a short name after a surname, with a title before the surname or
// a person's word after the name, or opening a list item or an author's
// line: 、陈云林、, 王海东（南开大学）).
func (x *Extractor) notAPlace(st *docState, accepted []*regionMention, h hit, f *regionForm) string {
	rs := st.runes
	if len(accepted) > 0 && accepted[len(accepted)-1].span.end == h.start {
		return "" // 陕西西安: a region right before it
	}
	if h.start >= 2 && rs[h.end-1] == x.txt.stateChar && x.lx.transliterationChars.has(string(rs[h.start-1])) && x.lx.transliterationChars.has(string(rs[h.start-2])) {
		return "the end of a foreign name"
	}
	if x.abroad(rs, h.start) {
		return "a place abroad"
	}
	if x.namedThing(rs, h) {
		return "the name of a ship, train or craft in quotes"
	}
	if x.workTitle(rs, h) {
		return "inside the title of a work (a drama, a book), no policy document"
	}
	if h.end-h.start != 2 || h.start < 1 || !x.lx.personSurnames.has(string(rs[h.start-1])) {
		return ""
	}
	listStart := h.start < 2 || !unicode.Is(unicode.Han, rs[h.start-2]) || x.txt.isListConj(rs[h.start-2])
	for _, d := range f.divs {
		if d.level == levelProvince {
			return "" // 健康江苏, 长江安徽段: provinces are not given names
		}
	}
	if h.end < len(rs) && (rs[h.end] == '、' || rs[h.end] == '（' || rs[h.end] == '(') && listStart {
		// （陈云林、何光, 和刘志丹、阎红彦: a list of people's names;
		// 王海东（南开大学）: an author with the place he works at.
		return "a person's name"
	}
	// A title may stand a space away (市长 宫镇江).
	t := h.start - 1
	for t > 0 && unicode.IsSpace(rs[t-1]) && rs[t-1] != '\n' {
		t--
	}
	for n := 1; n <= 3; n++ {
		if i := t - n; i >= 0 && x.lx.personTitles.has(string(rs[i:t])) {
			return "a person's name"
		}
		if j := h.end + n; j <= len(rs) && x.lx.personNext.has(string(rs[h.end:j])) {
			return "a person's name"
		}
	}
	return ""
}

// longerRegionAt reports whether a longer region name than h starts where
// h does (元宝山 over 元宝): the text names that one there.
func (x *Extractor) longerRegionAt(byStart map[int][]hit, h hit) bool {
	for _, n := range byStart[h.start] {
		if n.end > h.end && x.lex[n.vals[0]].kind == lexRegion {
			return true
		}
	}
	return false
}

// runeBits is a set of runes kept as one bit each for the Basic
// Multilingual Plane (8 KiB); maybe says whether a rune may be in it, and
// is exact below U+10000 (above, it cannot tell and says yes).
type runeBits [0x10000 / 64]uint64

func (b *runeBits) add(r rune) {
	if r >= 0 && r < 0x10000 {
		b[r>>6] |= 1 << (r & 63)
	}
}

func (b *runeBits) maybe(r rune) bool {
	if r < 0 || r >= 0x10000 {
		return true
	}
	return b[r>>6]&(1<<(r&63)) != 0
}
