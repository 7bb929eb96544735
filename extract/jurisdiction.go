package extract

import (
	"slices"
	"sort"
	"strings"
)

// jurisdiction is the region a document speaks for: whose 我省 and 省工信厅
// it writes, and whose goals its targets are.
type jurisdiction struct {
	province *division
	city     *division
	county   *division
	national bool // issued by a central body: bare 发展改革委 is the national one
}

// most returns the most specific level known.
func (j *jurisdiction) most() *division {
	switch {
	case j == nil:
		return nil
	case j.county != nil:
		return j.county
	case j.city != nil:
		return j.city
	}
	return j.province
}

// at returns the division for a level word: 省, 市, 区, 县, 州, 自治区
// (what each stands for is its kind in tx).
func (j *jurisdiction) at(tx *text, level string) *division {
	if j == nil {
		return nil
	}
	switch tx.levelKind[level] {
	case kindProvince:
		if j.province != nil && strings.HasSuffix(j.province.name, level) {
			return j.province
		}
	case kindAutonomous:
		if j.province != nil && isAutonomousRegion(j.province) {
			return j.province
		}
	case kindCity:
		if j.county != nil && strings.HasSuffix(j.county.name, level) {
			// A county-level city speaks of itself as 市 (文山市's report:
			// 市委, 市人民政府), not of the prefecture above it.
			return j.county
		}
		if j.city != nil {
			return j.city
		}
		if j.province != nil && isMunicipality(j.province) {
			return j.province
		}
	case kindPrefecture, kindLeague:
		if j.city != nil && !strings.HasSuffix(j.city.name, tx.kindWord[kindCity]) {
			return j.city
		}
	case kindDistrict:
		if j.county != nil && strings.HasSuffix(j.county.name, level) {
			return j.county
		}
		if j.province != nil && isAutonomousRegion(j.province) && j.city == nil {
			return j.province
		}
	case kindCounty:
		if j.county != nil && strings.HasSuffix(j.county.name, level) {
			return j.county
		}
	}
	return nil
}

// deicticCityLead is how many times the weight of the next city of its
// province the top city needs to be the jurisdiction of a text that says
// 我市 while naming its province often.
const deicticCityLead = 4

// findJurisdiction weighs the document's region mentions — a home dateline
// (本报太原) most, then the title, then names that prefix agencies and
// plans, then the body — rolls cities up into provinces, and takes the
// region that holds most of the weight.
func (x *Extractor) findJurisdiction(st *docState) {
	j := &jurisdiction{}
	st.juris = j
	if d := st.force; d != nil {
		j.setFrom(d)
		return
	}
	title := span{0, 0}
	if t := st.doc.Title; t != "" && strings.HasPrefix(st.doc.Text, t) {
		// In the normalised runes: normalising may drop some of the
		// title's (1 9 9 7 年, 3 800 万).
		title = span{0, st.norm.RuneAt(len(t))}
	}
	// A work report speaks for the region whose congress it was delivered
	// to (——2026年1月14日在海口市第十七届人民代表大会…), or the one its title
	// names (2026年海口市政府工作报告): that is its jurisdiction, however
	// often it names its province (海南自贸港).
	if d := x.reportRegion(st, title); d != nil {
		j.setFrom(d)
		return
	}
	weights := map[*division]float64{}
	add := func(d *division, w float64) {
		for x := d; x != nil; x = x.parent {
			weights[x] += w
		}
	}
	deictic, cityDeictic, otherDeictic := false, false, false
	for _, m := range st.matches["region"] {
		if m.rule.Role == "deixis" {
			deictic = true
			// 全市, 我市, 本市: the text speaks of a city of its own.
			if strings.HasSuffix(m.span.text(st.runes), x.txt.kindWord[kindCity]) {
				cityDeictic = true
			} else {
				otherDeictic = true
			}
		}
	}
	datelined, titled := false, false
	// A paper's own wire (本报太原…电) is its home to a text that says
	// 我省; a national paper's (本报北京…电, no 我省) only where it filed.
	home := func(m match) bool { return m.rule.Role == "home" || m.rule.Role == "wire" && deictic }
	for _, m := range st.matches["dateline"] {
		if !home(m) {
			continue
		}
		datelined = true
		if p, ok := m.group("place"); ok {
			if d := x.lookupRegion(p.text(st.runes)); d != nil {
				add(d, 5)
			}
		}
	}
	bodyStarts := map[int]bool{}
	for _, h := range st.lexHits[lexBody] {
		bodyStarts[h.start] = true
	}
	// A wire's dateline (新华社北京…电) says where the news was filed, not
	// whose it is: its place weighs nothing here.
	var filed []span
	for _, m := range st.matches["dateline"] {
		if p, ok := m.group("place"); ok && !home(m) {
			filed = append(filed, p)
		}
	}
	cited := x.citedSuperiors(st)
	var titleCity *division // the one place the title names, if it opens the title
	titleMixed := false     // the title names another place, or one not at its start
	for i, m := range st.regions {
		d := m.div
		if d == nil || d.level == levelEconomic || slices.ContainsFunc(filed, func(p span) bool { return p.contains(m.span) }) {
			continue
		}
		if i+1 < len(st.regions) && st.regions[i+1].span.start == m.span.end && st.regions[i+1].div != nil && d.isAncestor(st.regions[i+1].div) {
			// 长治沁源县, 长治市沁源县: the city says where the county is;
			// the county's mention weighs for both.
			continue
		}
		if cited[i] {
			continue
		}
		w := 1.0
		switch {
		case title.contains(m.span):
			w, titled = 3, true
			switch {
			case m.span.start == title.start && !titleMixed:
				titleCity = d // the title opens with it: its issuer
			case titleCity != d:
				titleCity, titleMixed = nil, true // two places in the title, or one inside it
			}
		case bodyStarts[m.span.end] || (m.span.end < len(st.runes) && st.runes[m.span.end] == '《'):
			w = 2
		case m.span.start > 0 && st.runes[m.span.start-1] == '《' && x.policyTitleAt(st.runes, m.span.start):
			// 市工业和信息化局研究制定了《青岛市…申报指南》: a policy
			// document's title that opens with the place names whose
			// document it is (not a magazine's: 《北京之春》).
			w = 2
		}
		add(d, w)
	}
	// The title's issuer: a national body at the start of the title.
	if title.valid() {
		issuerAt := x.titleIssuerStart(st.runes[title.start:title.end])
		if x.nationalTitle(st.runes[title.start:title.end]) || x.nationalTitle([]rune(x.headline(st))) {
			// 中华人民共和国2013年国民经济和社会发展统计公报, or the title
			// under a headline 中华人民共和国: the state's own document,
			// whatever body compiled it.
			j.national = true
		}
		for _, h := range st.lexHits[lexNational] {
			if (h.start == 0 || h.start == issuerAt) && x.lex[h.vals[0]].kind == lexNational {
				j.national = true
			}
		}
	}
	if p := st.doc.Meta["publisher"]; p != "" {
		if x.agencies.nationalByName(p) != nil {
			j.national = true
		}
	}
	plainMin := 2.0
	if !titled && !datelined && len(st.runes) > longUntitled {
		// A long text whose title names no place (新闻联播's national
		// items) names places in passing: twice is not enough.
		plainMin = 3
	}
	minScore := plainMin
	if deictic {
		minScore = 1
	}
	prov := topChild(weights, func(d *division) bool { return d.level == levelProvince })
	if prov == nil {
		return
	}
	var total float64
	for d, w := range weights {
		if d.level == levelProvince {
			total += w
		}
	}
	if w := weights[prov]; w < minScore || w < 0.5*total {
		return
	}
	if cityDeictic && !otherDeictic && weights[prov] < plainMin {
		// 全市 in a national guide that names 广州市、深圳市、常州市等 as
		// examples: a text speaks for a city it names more than any other
		// of its province, not for a province none of whose cities leads.
		if c, second := topCity(weights, prov); c == nil || weights[c] <= second {
			return
		}
	}
	j.province = prov
	if isMunicipality(prov) {
		j.city = prov
	} else if c, second := topCity(weights, prov); c != nil {
		if w := weights[c]; (w >= 2 || cityDeictic) && (w >= 0.6*weights[prov] || cityDeictic && w >= 0.5*weights[prov] && w >= deicticCityLead*second || titleCity == c && w >= deicticCityLead*second) {
			// A text that says 全市 and names one city, once, speaks for
			// it (4项太原市地方标准…全市 … 市政府新闻办). The ratio leaves out
			// a text that names another city of the province too, unless
			// the text says 我市, gives its city half the province's weight
			// and names it far more than any other (科创济南…我市, beside a
			// list of the province's cities). A city that opens the title
			// and is the only place it names is the text's (its issuer),
			// however often the text names its
			// province (马鞍山市 over a city's rules that cite 考察安徽
			// and the province's documents), unless another city of the
			// province comes near it.
			j.city = c
		}
	}
	if j.city != nil {
		if c := topChild(weights, func(d *division) bool { return d.level == levelCounty && d.city() == j.city && d != j.city }); c != nil {
			if w := weights[c]; w >= 2 && w >= 0.6*weights[j.city] {
				j.county = c
			}
		}
	}
}

// citedSuperiors marks the region mentions (by index in st.regions) of a
// superior whose policy the text carries out: a mention right after
// jurisdiction_citing_words, directly or through the 《 of the title it
// opens, of a region that some line shows carried out by a place inside
// it, named before it on that line. 嘉兴市贯彻落实《浙江省…若干措施》
// 实施方案 names the province whose measures the city carries out, not the
// text's own region; 为贯彻落实《青岛市…实施方案》 or a province's 为贯彻
// 落实《浙江省…条例》 with its cities named elsewhere is the text's own.
func (x *Extractor) citedSuperiors(st *docState) map[int]bool {
	var cited map[int]bool
	for i, m := range st.regions {
		k := m.span.start
		if k > 0 && st.runes[k-1] == '《' {
			k--
		}
		if m.div != nil && hasSuffixAny(st.runes[max(0, k-6):k], x.lx.jurisdictionCitingWords.list...) {
			if cited == nil {
				cited = map[int]bool{}
			}
			cited[i] = true
		}
	}
	carried := map[*division]bool{} // superiors some line shows carried out by a place inside them
	for i := range cited {
		m := st.regions[i]
		lineStart := m.span.start
		for lineStart > 0 && st.runes[lineStart-1] != '\n' {
			lineStart--
		}
		carrier := func(o *regionMention) bool {
			return o.div != nil && m.div.isAncestor(o.div) && o.span.start >= lineStart && o.span.end <= m.span.start
		}
		if slices.ContainsFunc(st.regions, carrier) {
			carried[m.div] = true
		}
	}
	for i := range cited {
		if !carried[st.regions[i].div] {
			delete(cited, i)
		}
	}
	return cited
}

// topCity returns the city of province prov with the most weight, or
// nil, and the most weight of any other city of prov.
func topCity(weights map[*division]float64, prov *division) (*division, float64) {
	c := topChild(weights, func(d *division) bool { return d.level == levelCity && d.parent == prov })
	second := 0.0
	for d, w := range weights {
		if d.level == levelCity && d.parent == prov && d != c {
			second = max(second, w)
		}
	}
	return c, second
}

// longUntitled is the length in runes past which a text with no place in
// its title and no dateline needs more than two mentions of a province to
// be about it.
const longUntitled = 1000

// titleIssuerStart returns where a title's issuer would start after its
// year and a word of title_issuer_prefixes (1979年中华人民共和国国务院…), or
// -1 when the title opens with neither.
func (x *Extractor) titleIssuerStart(t []rune) int {
	i := x.afterTitleYear(t)
	for _, w := range x.lx.titleIssuerPrefixes.list {
		if hasPrefixAny(t[i:], w) {
			return i + len([]rune(w))
		}
	}
	if i == 0 {
		return -1
	}
	return i
}

// afterTitleYear returns where a title goes on after the year it opens
// with (1979年…), or 0 when it opens with none.
func (x *Extractor) afterTitleYear(t []rune) int {
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i > 0 && i < len(t) && t[i] == x.txt.year {
		return i + 1
	}
	return 0
}

// nationalTitle reports whether a title opens, after its year if any, with
// a word of title_issuer_prefixes followed by a year (中华人民共和国2013年…
// 统计公报) or is that word alone: a document of the state itself.
func (x *Extractor) nationalTitle(t []rune) bool {
	t = []rune(strings.Trim(string(t), "* \t"))
	i := x.afterTitleYear(t)
	for _, w := range x.lx.titleIssuerPrefixes.list {
		if hasPrefixAny(t[i:], w) {
			rest := t[i+len([]rune(w)):]
			return len(rest) == 0 || rest[0] >= '0' && rest[0] <= '9'
		}
	}
	return false
}

// setFrom makes d and its ancestors the jurisdiction.
func (j *jurisdiction) setFrom(d *division) {
	for x := d; x != nil; x = x.parent {
		switch x.level {
		case levelProvince:
			j.province = x
			if isMunicipality(x) && j.city == nil {
				j.city = x
			}
		case levelCity:
			j.city = x
		default:
			if j.county == nil {
				j.county = x
			}
		}
	}
}

// reportRegion returns the region a work report speaks for: the one its
// delivery line's congress names, else the one region its title names
// when the title is a report's (report_titles), else nil.
func (x *Extractor) reportRegion(st *docState, title span) *division {
	if d := x.speakingRegion(st); d != nil {
		return d
	}
	if !title.valid() || !st.report {
		return nil
	}
	var found *division
	for _, m := range st.regionsFrom(title.start, title.end) {
		if m.div == nil || m.div.level == levelEconomic || !title.contains(m.span) {
			continue
		}
		if found != nil && found != m.div {
			return nil
		}
		found = m.div
	}
	return found
}

// topChild returns the heaviest division that ok accepts, ties broken by code.
func topChild(w map[*division]float64, ok func(*division) bool) *division {
	var ds []*division
	for d := range w {
		if ok(d) {
			ds = append(ds, d)
		}
	}
	if len(ds) == 0 {
		return nil
	}
	sort.Slice(ds, func(i, j int) bool {
		if w[ds[i]] != w[ds[j]] {
			return w[ds[i]] > w[ds[j]]
		}
		return ds[i].code < ds[j].code
	})
	return ds[0]
}

// lookupRegion resolves a place name (full, alias or short) to a division
// when it is unambiguous.
func (x *Extractor) lookupRegion(name string) *division {
	f := x.regions.byForm[name]
	if f == nil || len(f.divs) == 0 {
		return nil
	}
	if len(f.divs) == 1 || f.divs[0].level != f.divs[1].level {
		return f.divs[0]
	}
	return nil
}

// resolveDeixis turns 我省, 全市, 本县 … into the jurisdiction's regions.
func (x *Extractor) resolveDeixis(st *docState) {
	for _, m := range st.matches["region"] {
		if m.rule.Role != "deixis" {
			continue
		}
		lv := x.txt.kindWord[kindProvince]
		if g, ok := m.group("level"); ok {
			lv = g.text(st.runes)
		}
		d := st.juris.at(x.txt, lv)
		if d == nil {
			st.addTrace("region", m.rule.ID, m.span, "dropped: the document's "+lv+" is not known")
			continue
		}
		st.regions = append(st.regions, &regionMention{span: m.span, rule: m.rule.ID, div: d, deixis: true})
	}
	st.setRegions(st.regions)
}

// policyTitleAt reports whether the 《》 title whose text starts at i ends
// in a word of plan_suffixes (…申报指南, …实施方案) within titleReach runes.
func (x *Extractor) policyTitleAt(rs []rune, i int) bool {
	for j := i; j < len(rs) && j < i+titleReach; j++ {
		switch rs[j] {
		case '》':
			return hasSuffixAnyString(string(rs[i:j]), x.lx.planSuffixes.list)
		case '《', '\n':
			return false
		}
	}
	return false
}

// titleReach is how far, in runes, a title's closing mark is looked for.
const titleReach = 80
