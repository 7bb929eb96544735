// Command gendivisions builds rules/default/divisions.tsv, the region
// gazetteer, from the administrative-division data in shared/data/divisions.
//
// Usage (from rules/, see generate.go there):
//
//	go run ./internal/gendivisions -in ../../shared/data/divisions -out default/divisions.tsv
//
// Output: '#' header lines, then one row per division, sorted by code:
//
//	code<TAB>name<TAB>level<TAB>parent<TAB>short
//
// See the header written by generate for the meaning of each column.
package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// Source credit, from shared/data/SOURCES.md.
const (
	sourceRepo    = "modood/Administrative-divisions-of-China"
	sourcePath    = "dist/{provinces.csv,cities.csv,areas.csv,HK-MO-TW.json}"
	sourceCommit  = "57a0aa9cef47169a2eb74cf057b0245052a34e8c"
	sourceLicence = "WTFPL"
)

// Levels.
const (
	province = "province"
	city     = "city"
	county   = "county"
	zone     = "zone"
)

type division struct {
	code, name, level, parent string
	extra                     []string // alternative names from the data (氹仔)
	short                     []string
}

// hkmotw gives the fixed codes of the provinces in HK-MO-TW.json.
var hkmotw = map[string]string{
	"香港特别行政区": "810000",
	"澳门特别行政区": "820000",
	"台湾省":     "710000",
}

// isPlaceholder reports rows that group divisions without being one
// (市辖区, 县, 省直辖县级行政区划, 自治区直辖县级行政区划).
func isPlaceholder(name string) bool {
	return name == "市辖区" || name == "县" || name == "辖区" || strings.HasSuffix(name, "直辖县级行政区划")
}

func readCSV(dir, name string, fields int) ([][]string, error) {
	f, err := os.Open(filepath.Join(dir, name))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = fields
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: empty", name)
	}
	return rows[1:], nil // header
}

func digits(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func load(dir string) ([]*division, error) {
	byCode := map[string]*division{}
	var all []*division
	add := func(d *division) error {
		if _, dup := byCode[d.code]; dup {
			return fmt.Errorf("duplicate code %s (%s)", d.code, d.name)
		}
		byCode[d.code] = d
		all = append(all, d)
		return nil
	}

	provs, err := readCSV(dir, "provinces.csv", 2)
	if err != nil {
		return nil, err
	}
	for _, r := range provs {
		if !digits(r[0], 2) {
			return nil, fmt.Errorf("provinces.csv: bad code %q", r[0])
		}
		if err := add(&division{code: r[0] + "0000", name: r[1], level: province}); err != nil {
			return nil, err
		}
	}

	cities, err := readCSV(dir, "cities.csv", 3)
	if err != nil {
		return nil, err
	}
	placeholder := map[string]bool{} // 4-digit city codes of placeholder rows
	for _, r := range cities {
		if !digits(r[0], 4) || !digits(r[2], 2) || r[0][:2] != r[2] {
			return nil, fmt.Errorf("cities.csv: bad codes %q", r)
		}
		if isPlaceholder(r[1]) {
			placeholder[r[0]] = true
			continue
		}
		if err := add(&division{code: r[0] + "00", name: r[1], level: city, parent: r[2] + "0000"}); err != nil {
			return nil, err
		}
	}

	areas, err := readCSV(dir, "areas.csv", 4)
	if err != nil {
		return nil, err
	}
	for _, r := range areas {
		code, name, cityCode, provCode := r[0], r[1], r[2], r[3]
		if !digits(code, 6) || !digits(cityCode, 4) || !digits(provCode, 2) ||
			code[:4] != cityCode || cityCode[:2] != provCode {
			return nil, fmt.Errorf("areas.csv: bad codes %q", r)
		}
		if isPlaceholder(name) {
			continue
		}
		if d, ok := byCode[code]; ok && d.level == city && d.name == name {
			continue // a city without districts listed again as its own area (东莞市)
		}
		parent := cityCode + "00"
		if placeholder[cityCode] {
			parent = provCode + "0000"
		}
		level := county
		if p := code[4:]; p >= "70" && p <= "79" {
			level = zone
		}
		if err := add(&division{code: code, name: name, level: level, parent: parent}); err != nil {
			return nil, err
		}
	}

	if err := loadHKMOTW(filepath.Join(dir, "HK-MO-TW.json"), add); err != nil {
		return nil, err
	}
	for _, d := range all {
		if d.parent != "" && byCode[d.parent] == nil {
			return nil, fmt.Errorf("%s %s: parent %s missing", d.code, d.name, d.parent)
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].code < all[j].code })
	return all, nil
}

// loadHKMOTW reads {province: {city: [county, …], …}, …} keeping the file's
// order, which the synthesised codes follow.
func loadHKMOTW(path string, add func(*division) error) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	tok := func() (json.Token, error) {
		t, err := dec.Token()
		if err == io.EOF {
			err = errors.New("unexpected end")
		}
		return t, err
	}
	expectDelim := func(want json.Delim) error {
		t, err := tok()
		if err != nil {
			return err
		}
		if d, ok := t.(json.Delim); !ok || d != want {
			return fmt.Errorf("want %v, got %v", want, t)
		}
		return nil
	}
	key := func() (string, bool, error) { // next object key, or false at '}'
		t, err := tok()
		if err != nil {
			return "", false, err
		}
		if d, ok := t.(json.Delim); ok && d == '}' {
			return "", false, nil
		}
		s, ok := t.(string)
		if !ok {
			return "", false, fmt.Errorf("want a key, got %v", t)
		}
		return s, true, nil
	}
	wrap := func(err error) error { return fmt.Errorf("HK-MO-TW.json: %w", err) }

	if err := expectDelim('{'); err != nil {
		return wrap(err)
	}
	for {
		pname, ok, err := key()
		if err != nil {
			return wrap(err)
		}
		if !ok {
			break
		}
		pcode, known := hkmotw[pname]
		if !known {
			return wrap(fmt.Errorf("unknown province %q", pname))
		}
		if err := add(&division{code: pcode, name: pname, level: province}); err != nil {
			return err
		}
		if err := expectDelim('{'); err != nil {
			return wrap(err)
		}
		for i := 1; ; i++ {
			cname, ok, err := key()
			if err != nil {
				return wrap(err)
			}
			if !ok {
				break
			}
			if i > 99 {
				return wrap(fmt.Errorf("%s: more than 99 children", pname))
			}
			ccode := fmt.Sprintf("%s%02d00", pcode[:2], i)
			name, extra := splitAlias(cname)
			if err := add(&division{code: ccode, name: name, extra: extra, level: city, parent: pcode}); err != nil {
				return err
			}
			var counties []string
			if err := dec.Decode(&counties); err != nil {
				return wrap(fmt.Errorf("%s/%s: %w", pname, cname, err))
			}
			if len(counties) > 99 {
				return wrap(fmt.Errorf("%s: more than 99 children", cname))
			}
			for j, n := range counties {
				name, extra := splitAlias(n)
				d := &division{code: fmt.Sprintf("%s%02d", ccode[:4], j+1), name: name, extra: extra, level: county, parent: ccode}
				if err := add(d); err != nil {
					return err
				}
			}
		}
	}
	if _, err := dec.Token(); err != io.EOF {
		return wrap(errors.New("trailing data"))
	}
	return nil
}

// splitAlias splits "嘉模堂区（氹仔）" into the name and the alias in brackets.
func splitAlias(s string) (string, []string) {
	for _, p := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if i := strings.Index(s, p[0]); i > 0 && strings.HasSuffix(s, p[1]) {
			alias := strings.TrimSpace(s[i+len(p[0]) : len(s)-len(p[1])])
			name := strings.TrimSpace(s[:i])
			if alias == "" {
				return name, nil
			}
			return name, []string{alias}
		}
	}
	return s, nil
}

// suffixes a writer drops, longest first.
var suffixes = []string{
	"特别行政区",
	"自治区", "自治州", "自治县", "自治旗",
	"地区", "新区", "林区", "特区",
	"省", "市", "盟", "县", "区", "旗",
}

// ethnic lists the 55 recognised minority nationalities, plus 各族 (all
// nationalities), as they appear before 自治区/州/县/旗.
var ethnic = []string{
	"蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶",
	"白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜",
	"水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗",
	"撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克",
	"俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春",
	"赫哲", "门巴", "珞巴", "基诺", "各",
}

// badEnd: a short name ending in one of these would read as another division
// (沙市区 → 沙市, 梅县区 → 梅县, 红旗区 → 红旗) or as a mine (井陉矿区 → 井陉矿).
const badEnd = "省市县区旗矿"

// validShort reports whether s may be a short name, apart from clashes with
// full names, which assignShort checks.
func validShort(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(s)
	return utf8.RuneCountInString(s) >= 2 && !strings.ContainsRune(badEnd, last)
}

// stripEthnic removes a run of nationality names from the end of base. A
// one-character name is removed only with 族 (回族, not 回), a longer one with
// or without (蒙古族, 蒙古). It reports whether base was nothing but such names.
func stripEthnic(base string) (string, bool) {
	for {
		cut := false
		for _, e := range ethnic {
			for _, form := range []string{e + "族", e} {
				if form == e && utf8.RuneCountInString(e) < 2 {
					continue
				}
				if e == "各" && form == e {
					continue
				}
				if rest, ok := strings.CutSuffix(base, form); ok {
					if rest == "" {
						return "", true
					}
					if utf8.RuneCountInString(rest) < 2 {
						return base, false // 内蒙古 is not 内 + 蒙古
					}
					base, cut = rest, true
					break
				}
			}
			if cut {
				break
			}
		}
		if !cut {
			return base, false
		}
	}
}

// shortName derives the form without suffix (山东省 → 山东), or "". Suffixes
// are tried longest first; one whose removal leaves no valid short name gives
// way to a shorter one (清新区: not 清 + 新区 but 清新 + 区).
func shortName(name string) string {
	for _, s := range suffixes {
		base, ok := strings.CutSuffix(name, s)
		if !ok {
			continue
		}
		if strings.HasPrefix(s, "自治") {
			var only bool
			if base, only = stripEthnic(base); only {
				return "" // 鄂伦春自治旗: the rest is a nationality's name
			}
		}
		if validShort(base) {
			return base
		}
	}
	return ""
}

// nationalityOnly returns, for an autonomous county or banner whose name is
// a nationality's alone (东乡族自治县, 鄂伦春自治旗), that name without 族 and
// the unit a writer puts after it (县, 旗); "" otherwise.
func nationalityOnly(name string) (nat, unit string) {
	for _, u := range []string{"县", "旗"} {
		base, ok := strings.CutSuffix(name, "自治"+u)
		if !ok {
			continue
		}
		if _, only := stripEthnic(base); !only {
			return "", ""
		}
		nat = strings.TrimSuffix(base, "族")
		if utf8.RuneCountInString(nat) < 2 {
			return "", ""
		}
		return nat, u
	}
	return "", ""
}

// bannerForms returns the short forms Inner Mongolia writes for a banner
// (旗) of a long name: the first rune of the place name, with the side and
// position it ends with (科尔沁右翼前旗 → 科右前旗, 新巴尔虎左旗 → 新左旗,
// 乌拉特中旗 → 乌中旗), or alone when the name has three runes or more
// (陈巴尔虎旗 → 陈旗, 莫力达瓦达斡尔族自治旗 → 莫旗); a name beginning with a
// direction keeps two runes (东乌珠穆沁旗 → 东乌旗). The banners of the Eight
// Banners' colours (镶黄旗, 正镶白旗), one beginning with a numeral (四子王旗),
// a united banner (达尔罕茂明安联合旗) and one named after a nationality
// alone (鄂伦春自治旗, see nationalityOnly) get none.
func bannerForms(name string) []string {
	place, ok := strings.CutSuffix(name, "旗")
	if !ok {
		return nil
	}
	if base, ok := strings.CutSuffix(place, "自治"); ok {
		var only bool
		if place, only = stripEthnic(base); only {
			return nil
		}
	}
	rs := []rune(place)
	if len(rs) < 3 || strings.ContainsAny(place, "黄白蓝红") || strings.ContainsRune("一二三四五六七八九十", rs[0]) || strings.HasSuffix(place, "联合") {
		return nil
	}
	for _, wing := range []string{"左翼", "右翼"} {
		for _, pos := range []string{"前", "中", "后"} {
			if strings.HasSuffix(place, wing+pos) && len(rs) > 3 {
				return []string{string(rs[0]) + string([]rune(wing)[0]) + pos + "旗"}
			}
		}
	}
	if last := rs[len(rs)-1]; strings.ContainsRune("左右前中后", last) {
		return []string{string(rs[0]) + string(last) + "旗"}
	}
	if strings.ContainsRune("东西南北", rs[0]) {
		return []string{string(rs[:2]) + "旗"}
	}
	return []string{string(rs[0]) + "旗"}
}

// assignShort fills the short column under the rules in the header.
func assignShort(all []*division) {
	full := map[string]bool{}
	for _, d := range all {
		full[d.name] = true
	}
	for _, d := range all {
		if d.level == zone {
			continue
		}
		forms := append([]string{shortName(d.name)}, d.extra...)
		if d.level == county && strings.HasSuffix(d.name, "自治县") {
			// Writers name an autonomous county by its place name and 县:
			// 长阳县, and 前郭县 for 前郭尔罗斯蒙古族自治县.
			if sh := []rune(shortName(d.name)); len(sh) >= 2 {
				forms = append(forms, string(sh)+"县")
				if len(sh) >= 4 {
					forms = append(forms, string(sh[:2])+"县")
				}
			}
		}
		if nat, unit := nationalityOnly(d.name); nat != "" && d.level == county {
			// A county or banner named after its nationality alone is
			// written with 县 or 旗 (东乡县, 鄂伦春旗) or, in a list of
			// places, bare (东乡、积石山…8县).
			forms = append(forms, nat, nat+unit)
		}
		if d.level == county {
			forms = append(forms, bannerForms(d.name)...)
		}
		if base, ok := strings.CutSuffix(d.name, "族区"); ok && d.level == county {
			// An ethnic district is named by its place name too: 管城 for
			// 管城回族区, beside 管城回族.
			if place, only := stripEthnic(base + "族"); !only && validShort(place) {
				forms = append(forms, place)
			}
		}
		for i, s := range forms {
			countyForm := i > len(d.extra) && (strings.HasSuffix(s, "县") || strings.HasSuffix(s, "旗")) // a 县 or 旗 form added above: it ends so by design
			if !countyForm && !validShort(s) || full[s] || slices.Contains(d.short, s) {
				continue
			}
			d.short = append(d.short, s)
		}
	}
}

func generate(dir string) ([]byte, error) {
	all, err := load(dir)
	if err != nil {
		return nil, err
	}
	assignShort(all)
	var b bytes.Buffer
	b.WriteString(`# Code generated by gendivisions (go run ./internal/gendivisions); DO NOT EDIT.
#
# Source: ` + sourceRepo + `, ` + sourcePath + `,
# commit ` + sourceCommit + `, licence ` + sourceLicence + ` (statistical division codes as of 2023).
#
# Columns, TAB-separated: code, name, level, parent, short.
#   code    6-digit code: provinces 110000, cities 110100 (4-digit code + 00), counties and zones as given.
#   name    full name as in the data.
#   level   province | city | county | zone. A zone is a development or functional zone
#           (开发区, 新区, 管理区 …) that the statistics bureau lists among the counties with
#           a third code pair 70–79; it is not a GB/T 2260 division (81–99 are county-level
#           cities and stay county).
#   parent  code of the enclosing division; empty for provinces. Placeholder rows
#           (市辖区, 县, 省直辖县级行政区划, 自治区直辖县级行政区划) are skipped and their
#           children attach to the province (仙桃市 → 湖北省). A city listed again as its
#           own area (东莞市 441900) appears once, as a city.
#   short   comma-separated names a writer uses without the suffix (山东省 → 山东, 广西壮族
#           自治区 → 广西, 浦东新区 → 浦东): the suffix 省 市 自治区 特别行政区 地区 盟 自治州
#           县 自治县 区 新区 旗 自治旗 林区 特区 is cut, and before 自治X a run of
#           nationality names (with or without 族; one-character names only with 族) too.
#           An autonomous county also gets its place name + 县, and its first two runes + 县
#           when the place name has four runes or more (前郭尔罗斯蒙古族自治县 → 前郭尔罗斯县, 前郭县).
#           An ethnic district (管城回族区) also gets its place name (管城).
#           A banner of a long name gets the form Inner Mongolia writes: the place
#           name's first rune with the side and position it ends with (科尔沁右翼前旗
#           → 科右前旗, 新巴尔虎左旗 → 新左旗) or alone (陈巴尔虎旗 → 陈旗, 莫力达瓦达斡尔族
#           自治旗 → 莫旗), two runes after a direction (东乌珠穆沁旗 → 东乌旗); none for
#           the Eight Banners' colours, a numeral (四子王旗) or a united banner.
#           A county or banner named after a nationality alone gets that name, bare
#           and with 县 or 旗 (东乡族自治县 → 东乡, 东乡县; 鄂伦春自治旗 → 鄂伦春旗).
#           Suffixes are tried longest first, a shorter one when the longer leaves no
#           valid short name (清新区 → 清新, not 清). A short name has at least 2 runes,
#           does not end in 省 市 县 区 旗 (沙市区, 梅县区: none) or 矿 (井陉矿区: none), is
#           never another division's full name (九龙县: none, 九龙 is in Hong Kong), and
#           is otherwise omitted when only a nationality's name would remain.
#           Zones get none.
#
# HK, Macao and Taiwan (HK-MO-TW.json) have no statistical codes below the province:
# 香港特别行政区 810000, 澳门特别行政区 820000, 台湾省 710000; the n-th entry under a
# province (香港岛, 台北市 …; level city) gets PP + n (2 digits) + 00, and the m-th entry
# under that (level county) gets PP + n + m (2 digits each), in the file's order. A
# bracketed alias in a name (嘉模堂区（氹仔）) is moved to the short column.
`)
	counts := map[string]int{}
	for _, d := range all {
		counts[d.level]++
	}
	fmt.Fprintf(&b, "# Rows: %d (%d province, %d city, %d county, %d zone).\n",
		len(all), counts[province], counts[city], counts[county], counts[zone])
	for _, d := range all {
		for _, f := range []string{d.code, d.name, d.parent, strings.Join(d.short, ",")} {
			if strings.ContainsAny(f, "\t\n\r") {
				return nil, fmt.Errorf("%s: field %q has a tab or newline", d.code, f)
			}
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\n", d.code, d.name, d.level, d.parent, strings.Join(d.short, ","))
	}
	return b.Bytes(), nil
}

func main() {
	in := flag.String("in", "", "folder with provinces.csv, cities.csv, areas.csv, HK-MO-TW.json")
	out := flag.String("out", "", "TSV file to write")
	flag.Parse()
	if *in == "" || *out == "" {
		flag.Usage()
		os.Exit(2)
	}
	data, err := generate(*in)
	if err != nil {
		log.Fatalf("gendivisions: %v", err)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		log.Fatalf("gendivisions: %v", err)
	}
}
