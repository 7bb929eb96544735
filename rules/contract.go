package rules

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/policygraph/policygraph/internal/spelling"
)

// This file declares, in one place, every name the extractor reads from a
// rule set by string: the lexicons it looks up, the roles of each rule
// kind, the keys of a rule's attrs and the attributes of gazetteer entries,
// each with its type. [Load] checks rule files against it, so a misspelled
// name fails `rules check` at its position with a suggestion instead of
// silently never firing. A test in package extract scans the extractor's
// source for names missing here, so the table cannot fall behind.

// AttrType is the type of an attribute's value.
type AttrType int

// The attribute types.
const (
	String  AttrType = iota // any text
	Bool                    // "true" or "false"
	Int                     // a whole number, at least 1
	Enum                    // one of the spec's Values
	List                    // comma-separated; each one of Values when Values is set
	LexRef                  // the name of a lexicon
	Code                    // a division code: one word, no spaces or commas
	ISOCode                 // an ISO 4217 currency code: three capital letters
)

var attrTypeNames = [...]string{"text", "true or false", "a whole number", "one of", "a comma-separated list", "a lexicon name", "a division code (one word, no spaces or commas)", "an ISO 4217 code (three capital letters, e.g. CNY)"}

func (t AttrType) String() string { return attrTypeNames[t] }

// AttrSpec declares one attribute: its name, type and what it does.
type AttrSpec struct {
	Name   string
	Type   AttrType
	Values []string // for Enum and List
	Doc    string
}

// Contract is what an extractor reads from a rule set by name.
type Contract struct {
	// Lexicons the extractor reads by name, with what each is for.
	Lexicons map[string]string
	// Roles by rule kind; a kind that is absent takes no role.
	Roles map[string][]string
	// RuleAttrs by rule kind; those under AnyKind apply to every kind.
	RuleAttrs map[string][]AttrSpec
	// GazetteerAttrs by gazetteer kind.
	GazetteerAttrs map[string][]AttrSpec
}

// AnyKind is the RuleAttrs key of the attrs every rule kind takes.
const AnyKind = "*"

// The division levels a region entry may have.
var regionLevels = []string{"province", "city", "county", "zone", "economic"}

// ExtractContract is the contract of package extract: everything it reads from a
// rule set by name.
var ExtractContract = Contract{
	Lexicons: map[string]string{
		"physical_units":                     "units of physical size, in which a project's size is written",
		"target_project_words":               "project words a physical quantity joined by 的 sizes",
		"review_goal_words":                  "goal words that still look ahead inside a section reporting the past",
		"review_goal_reference":              "words right before a goal word that make it the yardstick of a result (控制在预期目标3%以内), not a goal",
		"target_capacity_prefixes":           "words before a quantity that make it a plant's capacity (年产)",
		"target_focus_verbs":                 "verbs right before a count that make it what the work focuses on, not a goal (聚焦7条产业链)",
		"province_abbreviations":             "one-character province abbreviations as CHAR=FULL NAME (赣=江西省), read in runs of three or more (浙赣闽粤)",
		"province_abbreviations_counted":     "one-character abbreviations that are common words too (苏=江苏省), read only in a run that a count closes (苏浙皖三省)",
		"target_time_before":                 "words right before a span of time that say how long something lasts (为期): not a goal",
		"target_term_suffixes":               "words right after a span of time that make it a term naming an instrument (期 in 7天期逆回购)",
		"target_term_not":                    "words right after a span of time that are no term (期间)",
		"length_units":                       "units of length (公里, 米)",
		"target_length_before":               "words right before a length that make it a route's or a line's length (全程, 全长): not a goal",
		"region_abbreviation_province_nouns": "count nouns that count provinces only (三省): they alone close a run holding an abbreviation that also names a city or a country (宁, 青, 新)",
		"agency_foreign_only_modifiers":      "words of agency_foreign_modifiers that make a body foreign by themselves (联邦: China has no federation)",
		"task_object_nouns":                  "things built or renewed whose count, before a task word, makes up the task (151个老旧小区改造任务), not the plan's items",
		"amount_passed_before":               "words right before a sum that make it a level passed (跨越3000亿元: >), for sums only",
		"class_size_breaks":                  "words between a bounded count and a place noun that make the count one of people who go there, not a size class (群众, 搬入)",
		"money_raise_to_standard_verbs":      "verbs that raise a standard to a new level in a section of goals (提高到), read with money_raise_to_standard_nouns",
		"money_raise_to_standard_nouns":      "nouns of a standard whose new level, raised to, is a goal (低保标准…提高到), unlike a grant per firm",
		"agency_spokesman_words":             "words after a bare central body that make it China's, not the foreign body of the same name named before (商务部新闻发言人)",
		"region_county_seat_next":            "words after a county's full name that make it the county's seat (德钦县城), naming the county when its short name names counties only",
		"region_bay_words":                   "words that, right after a county's short name, make it the bay's name (莱州湾)",
		"region_assistance_words":            "words that open a list of places a city is paired with to help (对口支援墨脱和伽师): a county's bare name there is that county",
		"agency_foreign_prefix_not":          "words that end in a one-rune word of agency_foreign_prefixes but name no country or region (平台, 依法)",
		"agency_country_counts":              "counts of countries (四国): before a central body's name they make it foreign, unless China is among the countries listed before",
		"agency_china_heads":                 "words that open a list of countries with China (中 in 中俄两国)",
		"agency_china_words":                 "words that put China in a list of countries (我国, 中国, 中方)",
		"plan_forecast_words":                "forecast words a plan may state its goals with (预计)",
		"planned_action_will":                "words of will (将) that, after 预计 in its clause and before a verb of planned_action_verbs, make the forecast a planned action",
		"planned_action_verbs":               "verbs of what someone will do (完成, 开通, 建成), not of a level reached (达到): after 预计…将 they make a goal",
		"plan_forecast_not_next":             "words after one of plan_forecast_words that keep it a projection of effects (可, 能, 带动)",
		"target_destroy_verbs":               "verbs of destroying in war (摧毁, 击落): a count of target_destroyed_units after one in its clause is a toll, not a goal",
		"target_destroyed_units":             "units of ships, aircraft and vehicles (艘, 架) that target_destroy_verbs make a toll",
		"target_auction_words":               "words of a bond auction (招标面值, 续发行): a figure in their sentence, outside a goal section and with no 今年 or 明年, is of an issue set for a day, not a goal",
		"target_radius_tails":                "words after a distance that make it a radius (100米内公交站点全覆盖): it scopes what follows, not a goal",
		"target_actor_anaphora":              "words that name a firm or an organisation named before as the subject (该公司, 该组织): a figure after them in the sentence is its plan, not a policy goal",
		"target_exceed_leads":                "bounds that open a quantity as its verb (超1亿吨): after a deadline in the sentence they set a goal",
		"target_name_tails":                  "a count's unit and the words right after it that make the count part of a name (人论坛 in 50人论坛): not a goal",
		"target_name_heads":                  "groups whose institutes are named by number: a count right after one is part of a name (中电科58所)",
		"target_name_units":                  "units of a count that, after a word of target_name_heads, numbers an institute (所, 院)",
		"target_firm_suffixes":               "ends of a name that opens an item and makes it a firm's (江苏银行, …公司) when a word of target_firm_next follows",
		"target_firm_next":                   "words after a firm's name that open its own plan (拟, 计划, 公告)",
		"target_firm_not":                    "names ending like a firm's that are the central bank's or a policy bank's (人民银行)",
		"target_radius_not_next":             "words that make a distance's 内 or 以内 no radius (内河, 以内为宜)",
		"target_auction_subjects":            "what a treasury auction sells (国债, 债券): target_auction_words count only in a sentence that names one",
		"target_security_units":              "units that count securities (只): with a word of target_security_words in the clause, the count is the market's, not a goal",
		"target_security_words":              "securities a market lists or reports (股票, 新股); not funds a government sets up (设立10只天使子基金)",
		"target_participation_words":         "words of taking part in an event (参展, 参会): a count in their clause is the event's attendance, not a goal",
		"period_first_year_words":            "words right after a plan period (“十五五”) that name its first year (开局之年): the year of a sentence's goals",
		"region_lake_suffixes":               "how a lake's name ends (湖): a district's short name with it right after its city is the lake (运城盐湖, 杭州西湖)",
		"region_abbreviation_count_nouns":    "words after a numeral that close a run of province abbreviations of that many (省 in 川渝两省, 地 in 川渝两地)",
		"region_abbreviation_next":           "words that may follow a run of province abbreviations (等, 地区, 交界)",
		"congress_words":                     "words of a report's delivery line (人民代表大会) that give a report its year and region",
		"indicator_target_reject":            "words that keep a target from taking an indicator",
		"observation_city_voice":             "words by which a report speaks for its city (全市)",
		"observation_documents":              "titles of documents that state observations (统计公报)",
		"observation_multi_year_words":       "openings of a review of several years (过去五年)",
		"observation_negative":               "words that make a past value no observation",
		"observation_plan_words":             "headings of a report's plan part (工作安排)",
		"observation_positive":               "words that make a past value an observation",
		"observation_province_voice":         "words by which a report speaks for its province (全省)",
		"observation_reject":                 "words near a value that make it no observation",
		"observation_reject_count":           "counts that are no indicator values (只是新增)",
		"observation_reject_sentence":        "sentence words that make its values no observations",
		"observation_review_words":           "headings of a report's review part (工作回顾)",
		"report_titles":                      "titles of government work reports",
		"metric_counters":                    "classifiers whose following noun is what a goal counts (150个标准化试点示范项目)",
		"project_nouns":                      "nouns whose size money before 的 gives (投资4.33亿元的…项目): no goal",
		"scale_level_nouns":                  "nouns after a lone scale that make it a level to reach (迈上万亿元台阶), not a size class (万亩粮田)",
		"restated_goal_verbs":                "verbs before a report's goal restated in its field's section (支撑粮食产量达到…)",
		"count_among_openers":                "words right before a count that make it the size of a set a place ranks in (在全省27个…中)",
		"count_among_closers":                "words after such a count, in its clause, that close the set and rank in it (中争先, 中排名)",
		"national_rank_tails":                "words after 全国 that make it the field a place ranks in (全国前列, 全国省级最优), not whose the goal is",
		"national_words":                     "words that make a bulletin item's goal the country's (我国, 全国, 中方)",
		"bulletin_titles":                    "title words of bulletins of several news items (联播快讯, 要闻): a goal's region comes from its own item",
		"respectively_scope_words":           "words that scope a 分别 list",
		"respectively_separators":            "separators of a 分别 list's names",
		"respectively_words":                 "words that hand out values in order (分别)",
		"proposed_goal_verbs":                "verbs of setting goals that a past cue 了 may follow when the sentence goes on to name them as goals (提出了…等目标)",
		"proposed_goal_nouns":                "nouns that, after 等 or 的, name the figures before them as goals a plan set (…等目标)",
		"area_class_units":                   "units of area whose bound classes the firm or farm business after it (300亩以上适度规模经营)",
		"area_class_heads":                   "firms and farm businesses that a bounded area right before them classes",
		"area_class_leads":                   "words before a bounded area that make it the size of what follows (占地5亩以上的企业)",
		"each_words":                         "words after a list of names that give every name the value after them (各): one goal per name",
		"agency_blockers":                    "words that contain an agency name but are none (trie blockers)",
		"agency_own_unit_joins":              "words between a body and an organ of its own that the two names make (全国人民代表大会及其常务委员会: 及其)",
		"agency_foreign_prefixes":            "words before an agency name that make it foreign",
		"region_overlaps":                    "words ending inside a region name where it begins, beside the generated region_overlaps_dict (美丽 in 美丽江苏)",
		"region_overlaps_right":              "words beginning inside a region name and running past it, beside the generated region_overlaps_right_dict (同城 in 放大同城化)",
		"region_overlap_suffixes":            "the ends of a region name past a word that overlaps it which make a word of it instead (化 of 贯通化 is no 通化)",
		"region_water_item_ends":             "ends of a list item that names a water body (滇池): a county-level short name beside one is the lake",
		"region_named_thing_ends":            "ends of a quoted name a place's name opens (“澎湖号”): a ship, train or craft, not the place",
		"province_abbreviations_listed":      "CHAR=FULL NAME: characters that stand for a province only in a run of a list (江 of 江浙沪皖粤)",
		"region_abbreviation_list_nouns":     "nouns after 等 that close a list whose items may be runs of abbreviations (黑吉蒙、江浙沪皖粤…等地)",
		"region_abbreviation_list_openers":   "words a run of abbreviations in such a list may follow (赴黑吉蒙)",
		"region_abbreviation_ambiguous":      "abbreviations that also name cities or countries (宁, 青, 新): never read in such a list",
		"region_water_item_not":              "words of a coast or bank that end like water but name none (沿海)",
		"region_run_end_not":                 "words the last abbreviation of a run may open (苏区): such a run lists no provinces",
		"region_water_list_nouns":            "nouns of water bodies after 等 that make the lakes and rivers listed before it no places (东湖、洪湖、梁子湖等重点湖泊)",
		"region_seat_suffixes":               "name endings of a county-level city, preferred for a bare name a county of the same prefecture shares (伊宁市)",
		"region_county_suffixes":             "name endings of a county that yields a shared bare name to a county-level city (伊宁县)",
		"region_institution_heads":           "heads of institution names a place name may open (大学, 实验室, 日报): no mention of the place",
		"region_institution_infixes":         "words between such a place and its head (工业 in 哈尔滨工业大学)",
		"responsible_note_words":             "endings of the note that names who is responsible for a paragraph's goals ((青岛市…办公室负责))",
		"region_zone_words":                  "names of development zones a county's short name may open (垦利经开区): a place in a province's own report",
		"region_designation_next":            "words after a name that opens a clause and is listed for an honour or a pilot (，景泰被列为…试点): a place",
		"region_water_name_next":             "words that follow a water's name (南明河入选, 流域, 沿岸): a home district's short name running into 河 or 江 before one names the water",
		"region_province_delivery":           "words a province's government delivers its report with (我代表省人民政府): a report titled only 政府工作报告 is the province's own",
		"region_stretch_ends":                "a division's unit and 段 after a river's name (柳江柳州市段): the river's stretch through it, not a district",
		"region_designation_not":             "county short names that are also a body's, a firm's or a common word (公安, 长安, 平安): not read as places for an honour",
		"region_route_joins":                 "words that join the two ends of a route (龙胜至宜州): a place in a province's own report",
		"past_change_goal_words":             "goal words that let 同比/环比 after them state an aim (力争…同比增长8%), where 将 does not",
		"region_water_suffixes":              "last characters of a short name that may be its river's (柳江)",
		"region_basin_suffixes":              "endings of the names of basins among the economic regions (黄河流域): an item after ； that names only one goes on with the sentence's subject",
		"region_valley_heads":                "words right after a short name ending in a water word that make it the river's valley (红河谷)",
		"region_water_words":                 "words of water after such a name that make it the river (柳江已出现…编号洪水)",
		"region_urban_words":                 "words right after a name that make it the place, not its river (金城江城区河段)",
		"title_issuer_prefixes":              "words a title may open with, after its year, before the central body that issues it (中华人民共和国国务院…)",
		"agency_short_endings":               "LONG=SHORT pairs: a central body whose name ends in LONG is also written with SHORT (委员会=委)",
		"agency_official_names":              "COMPOSED=OFFICIAL pairs: a region + body name that is not the body's official name (香港特别行政区人民政府=香港特别行政区政府)",
		"agency_joint_bodies":                "local bodies that share the region of the local body written right before them (省纪委监委)",
		"agency_copy_openers":                "words that open a document's copy list (抄送：…): no agency in that line",
		"agency_short_not_next":              "runes after a local body's short form (…委) that make it a word (委托, 委派, 委员)",
		"agency_bound_aliases":               "aliases whose first rune often ends another word (人行 in 机器人行业): one counts only after a rune that is no Han or is a lead word",
		"agency_bound_alias_leads":           "runes that may stand right before a bound alias (据人行, 和人行)",
		"agency_other_parties":               "parties other than the CPC, before a committee (民盟济南市委): not the CPC's committee",
		"party_elided_government":            "the government's name first, then the forms that may follow a party committee with its level word left out (自治区党委、政府)",
		"region_locative_abbreviations":      "one-character abbreviations of municipalities that name the city as a noun between the two words below (在京召开)",
		"subject_source_openers":             "words that open a sentence on its source (据…，, 记者从…获悉，): the subject comes after it",
		"region_paragraph_openers":           "words that open a news paragraph on a place (在河北塞罕坝…, 走进…): its later goals lie there",
		"region_locative_before":             "words of place before such an abbreviation (在, 抵, 赴)",
		"region_locative_after":              "verbs and marks after it (召开, 举行, 。)",
		"region_pair_abbreviations":          "two-character pairs of province_abbreviations that name both places by themselves (京津)",
		"region_pair_before":                 "words after which a pair of region_pair_abbreviations names both places whatever follows (携手津冀)",
		"region_pair_not_next":               "words after a pair that make it part of a name whatever stands before (京津风沙源治理工程)",
		"region_firm_list_nouns":             "nouns that close a list of firms or projects (等优强企业, 等骨干工程): a far place inside one of its items is part of a name",
		"region_firm_only_nouns":             "nouns that close a list of firms only: a province opening an item of such a list is the firm's",
		"region_port_words":                  "words after a county's short name that make it a port of entry (平潭口岸), so the place",
		"region_port_counters":               "what counts a list of ports before the port word (三大铁路口岸: 大)",
		"region_route_heads":                 "words of transport after a route's far end (文山至靖西铁路) that make its ends places in any document",
		"region_route_list_counters":         "counters of routes that close a list of them",
		"plan_kind_after":                    "words right after a title's 》 that make it no policy document (《…》白皮书)",
		"agency_foreign_actors":              "foreign leaders and institutions that make a body acting in their clause foreign (特朗普责成财政部, 白宫和财政部)",
		"agency_foreign_modifiers":           "words between a foreign prefix and a body's name (美国前司法部, 美国代理国防部长)",
		"agency_institution_heads":           "words that make a body's name the start of an institution's it runs (党校, 研究院): no agency",
		"agency_foreign_speech":              "verbs of saying: a body after one of a foreign subject's is that country's (…表示，…他承认央行…)",
		"agency_foreign_not_subject":         "foreign prefixes that open no sentence of a foreign subject (香港, 外国)",
		"agency_foreign_leads":               "words that may open a sentence before the foreign country it speaks of (据, 当地时间)",
		"dateline_ends":                      "words that end a news dateline opening a sentence (财联社7月31日电，): what follows opens the sentence",
		"agency_local_subunit_suffixes":      "words that end a division of a local body named right after it (青岛市行政审批服务局数字平台建设处)",
		"agency_local_subunit_heads":         "words a local body's name ends with when it has divisions of agency_local_subunit_suffixes (局, 厅; not a government)",
		"agency_local_subunit_not_next":      "words right after a division's suffix that make it part of another word (处罚, 处理)",
		"agency_local_office_suffixes":       "a local body's general office named right after it (青岛市工业和信息化局办公室), a division of the body when it signs or acts",
		"agency_local_office_not_next":       "words after such an office that make it the body's staff speaking, so the body is meant (办公室一位工作人员)",
		"agency_domestic_markers":            "words between a foreign actor and a body that make the body China's again (对华, 回应, 中方)",
		"agency_generic_prefixes":            "generic words before a body that are no region",
		"agency_list_cues":                   "words that open a list of responsible units (责任单位：市海洋发展局、市水务管理局)",
		"agency_open_suffixes":               "endings of a body's name in such a list when its stem is in no gazetteer (局, 委员会, 办公室)",
		"agency_open_stops":                  "words that make a listed unit no government body (公司, 集团, 大学)",
		"agency_named_body_next":             "words that follow a body's name, after which a region's full name, a stem and a body's ending name a body (局长, 官方网站)",
		"agency_named_body_stops":            "words inside such a stem that make it no body's name (的, 将, 今年)",
		"agency_named_body_after":            "characters right before the region that make the name another body's organ there (驻)",
		"agency_subunit_breaks":              "words that end an agency's sub-unit",
		"agency_subunit_suffixes":            "suffixes of an agency's sub-units (处, 科)",
		"count_units":                        "counting units added to the number parser",
		"money_units":                        "currency words after a sum (元, 美元); a wrapped line's break inside one is no space",
		"unit_written_forms":                 "word=unit: a counting unit written otherwise than the unit it stands for (人(次)=人次)",
		"currency_codes":                     "currency words as word=ISO (澳元=AUD)",
		"local_currency_regions":             "regions whose own currency a bare 元 stands for, as region=ISO (澳门特别行政区=MOP), when the document speaks for that region and names no other",
		"yuan_explicit_words":                "words that make a sum's 元 the renminbi wherever the document is from (人民币, RMB)",
		"review_striving_words":              "goal words that in a paragraph reporting the past tell what was striven for (确保, 努力)",
		"section_goal_met_verbs":             "verbs that after a heading's goal word make the heading one of goals met, a review (实现, 完成)",
		"disposal_goal_words":                "goal words that after a span of years up to now opening the sentence are the disposal marker 把 (将)",
		"past_span_ends":                     "endings of past cues that name a span of time up to now (以来, 年来)",
		"disposal_not_next":                  "words right after 将 that make it will, not 把 (将把, 将要, 将会)",
		"year_end_leads":                     "words before a year whose end an undated text gives a figure at (截至2022年底), which makes the text written in the year after",
		"year_end_words":                     "words after the 年 of such a year (底, 末)",
		"year_is_leads":                      "an undated text's words that say which year it is written in, as word=offset (今年是=0, 明年是=1: the years ahead of the text's year)",
		"year_events":                        "events of a known year, as word=year (十九大=2017, 新中国成立=1949), that date an undated text that says its year is the event's (召开之年), the year after it (开局之年) or an anniversary of it (75周年)",
		"year_event_held_words":              "words after an event that make the year the event's own (召开之年)",
		"year_first_words":                   "words that make the stated year a five-year plan's first, or the year after an event (开局之年, 第一年)",
		"year_last_words":                    "words that make the stated year a five-year plan's last (收官之年, 最后一年)",
		"anniversary_words":                  "words after a count of years that make it an anniversary of the event before (75周年)",
		"jurisdiction_citing_words":          "words right before a region (or before the title that opens with it) whose policy the text carries out (贯彻落实浙江省…): a superior named, not the text's own region",
		"trillion_scale_words":               "scale words of 1e12 in a sum (兆 in 25.4兆元, as Taiwan and Hong Kong write it), which numerals leave out since 兆 is also mega (兆瓦)",
		"planned_pair_words":                 "words opening the clause right after a count (共安排项目3154个，年度计划投资…) that give the count's items a planned sum: the count is of things planned, though its sentence's goal word comes after it",
		"namesake_bodies":                    "central bodies whose names the government of a region of local_currency_regions uses too, as region=bodies (台湾省=财政部 农业部): in a text of that region they do not make its sums the mainland's",
		"namesake_mainland_marks":            "words right before a namesake body that make it the mainland's (据大陆财政部)",
		"dollar_sign_marks":                  "words right before a dollar sign that name its country (港$, 美$): the sign is that country's dollar, not a bare one",
		"dollar_world_marks":                 "words shortly before a bare dollar sign that make it a world price in US dollars (每盎司$2,300, 国际油价)",
		"review_year_leads":                  "words after which the first year of their clause is one an undated text reviews (回顾了2015年经济社会发展): it was written the year after at the earliest",
		"review_year_not_next":               "words right after such a year that make it the start of a span, not the year reviewed (2015年以来)",
		"counted_firm_nouns":                 "nouns right after a count of firms (6户左右企业营业收入过千亿元) whose bound sum later in the clause says which firms are counted",
		"plan_period_leads":                  "words before the period an undated plan states for itself (规划期限2021-2025年): its first year is the text's",
		"year_plan_headings":                 "words after a year that open a heading of that year's work (2022年政府工作任务): an undated text with such a heading plans that year",
		"sar_level_words":                    "words that stand for the special administrative region a text names before a body (特区政府: the one it names last in the sentence, or the only one the document names)",
		"local_currency_bodies":              "name endings of a special administrative region's bodies whose naming makes a Simplified text's bare 元 the region's dollar (its government and legislature: 特区政府财政储备…1343亿元)",
		"subject_goal_will":                  "words of the future between things counted and what they will become (剩余9个项目将…开工): see subject_goal_verbs",
		"subject_goal_verbs":                 "verbs of a project finished or started that make the things counted before 将 the goal (另外3条赛道将在今年底前建成, 11个场馆今年将实现开工)",
		"sar_level_not_texts":                "words that, anywhere in a text, leave a bare 特区 of a sentence that names no place unresolved (经济特区: a special economic zone is a 特区 too)",
		"shared_currency_words":              "currency words several countries share (里亚尔, 比索): a sum in one takes the currency of the country named before it, whose name and word are in currency_codes (沙特里亚尔=SAR), and is no amount when none is",
		"region_economic_list_forms":         "bare forms that name an economic region in a list of them, as form=name (粤港澳=粤港澳大湾区: 京津冀、长三角、粤港澳和成渝地区)",
		"region_city_initials":               "runs of cities' first characters that stand for the cities, as form=names separated by spaces (北上广深=北京市 上海市 广州市 深圳市), one name per character",
		"agency_youth_league_marks":          "the Youth League's mark before a level's committee as mark=name (团=共青团): 团省委 is 共青团山东省委",
		"party_department_names":             "short names of a Party committee's departments as short=full (编办=机构编制委员会办公室)",
		"agency_foreign_abbrev_next":         "words after a one-character country prefix that make it the country's abbreviation in a list's first body",
		"zone_words":                         "the last words of a development zone's name as written=official (高新区=高新技术产业开发区)",
		"zone_committee_words":               "words for a zone's administrative committee as written=official (管委会=管理委员会)",
		"zone_name_stops":                    "characters that cannot stand in a zone's own name",
		"currency_prefix":                    "currency words written before a number (人民币)",
		"metric_drop_verbs":                  "verbs dropped from a target's metric",
		"metric_keep_verbs":                  "verbs kept as a target's metric",
		"metric_lead_verbs":                  "verbs that only say do, stripped from the front of a metric (实施技改项目 → 技改项目)",
		"project_stage_verbs":                "a project's stages (开工, 竣工投产): a later list item naming one takes no verb from the first",
		"list_item_acts":                     "words of a list item that acts or names a stock of its own (种植, 整治, 总量): it takes no verb from the first item",
		"list_item_stocks":                   "words that end a list item naming a stock of its own (总量, 余额): it takes no verb from the first item",
		"metric_region_name_tails":           "words after a region name at a metric's front that make the region part of a name (宁波舟山港): the region stays",
		"metric_level_words":                 "levels a goal restated in a report's annex may add before the metric (市级)",
		"annex_scope_words":                  "scopes a report's annex item and its body must both name, or both not, for the item to restate a goal (省级, 农村)",
		"restated_rate_nouns":                "a rate named right after a figure a report has set (6.5%左右的增速): the figure explains that goal",
		"metric_past_marks":                  "marks of a clause that reports rather than names (取得了): never the name a hollow metric borrows",
		"list_lead_words":                    "words of a sentence that announces a list (以下几个方面): a blank line after it ends nothing",
		"metric_set_verbs":                   "verbs that set a goal's value in a clause of their own (目标，定为8%): the metric is the clause before",
		"money_goal_words":                   "goal words that make a sum with no verb of its own the level aimed at (争取年内资产盘活300亿元)",
		"metric_strip_prefixes":              "prefixes stripped from a metric",
		"metric_strip_keep_words":            "words a metric may begin with that start like a stripped prefix and stay whole (再贷款)",
		"metric_strip_suffixes":              "suffixes stripped from a metric",
		"metric_trailing":                    "trailing words cut from a metric",
		"party_departments":                  "party departments named after a region",
		"past_document_words":                "title words of a document about the past",
		"person_next":                        "words after a person's name",
		"person_surnames":                    "surnames: a region-like name after one is a person",
		"person_titles":                      "titles before a person's name",

		"plan_document_not":              "title words of a document that is no plan",
		"plan_scoped_suffixes":           "title endings of a plan (五年计划摘要) that count only in a title naming the plan's scope (plan_scope_words)",
		"plan_scope_words":               "words of a plan's scope (国民经济和社会发展) that a title ending in plan_scoped_suffixes must hold",
		"plan_document_suffixes":         "title suffixes of a plan document",
		"plan_excluded_suffixes":         "suffixes of titles that are no plan",
		"plan_generic_titles":            "plan titles too generic to be a plan",
		"plan_suffixes":                  "suffixes of a plan's title",
		"publish_verbs":                  "verbs that publish a plan",
		"qualifier_approx":               "bound words before a number: about",
		"qualifier_approx_suffix":        "bound words after a number: about",
		"qualifier_eq":                   "bound words before a number: exactly",
		"qualifier_ge":                   "bound words before a number: at least",
		"qualifier_ge_suffix":            "bound words after a number: at least",
		"qualifier_gt":                   "bound words before a number: more than",
		"qualifier_le":                   "bound words before a number: at most",
		"qualifier_le_suffix":            "bound words after a number: at most",
		"qualifier_lt":                   "bound words before a number: less than",
		"approval_suffixes":              "title endings of an approval of a plan (…总体规划（2018—2035年）的批复): it states the plan's goals, to the end of its period",
		"target_structural_not":          "longer words that begin with a word of target_structural but name no structure (股份制改造)",
		"count_demonstratives":           "words right before a count that make it refer back to things already named (这 2 个项目, 上述3家)",
		"amount_change_by_verbs":         "verbs right before a money range that make it a change by its first sum to its second (增加305亿港元至3.51万亿港元)",
		"amount_change_to_seps":          "the words joining the two sums of such a change (至, 到)",
		"amount_range_closers":           "words after a money range that keep it a range after a change verb (上调300元至500元不等)",
		"bound_pair_joiners":             "words joining a floor to a ceiling of one range (不低于5000万元且不超过1亿元)",
		"bound_inclusive_marks":          "marks after a bound that include the bound itself ((含)), skipped between a floor and its ceiling",
		"scale_class_counters":           "counters after a count that make the scale word after them a class of things (24座万亿GDP城市), no sum",
		"reported_year_cues":             "words of a comparison with the year before that make a sentence opening with a year report that year's results (2019年，…比上年增长8.1%)",
		"generic_list_openers":           "words that open an addressee list of every place's bodies (各市发展改革委、科技局…)",
		"generic_list_item_ends":         "endings of the bodies' names in such a list (局, 厅, 委); an item ending otherwise (各地要高度重视) makes it no list of bodies",
		"reported_year_not":              "words that make a sentence opening with a year set goals, not report results (力争, 预计, 目标)",
		"money_raise_to_verbs":           "verbs that raise a standard after a subsidy word to the sum after them (补助标准提高到人均320元)",
		"target_scale_classes":           "scale classes before a structural word that make a count one of things of that scale (3个万亿级消费领域)",
		"agency_foreign_field_words":     "first fields of a foreign ministry named for two, between the country and 和/与 (法国经济与财政部)",
		"money_raise_verbs":              "verbs that raise a standard of money by the sum after them, in a section of goals (标准提高510元)",
		"money_standard_nouns":           "standards of money (补助标准, 津贴, 养老金) a raise verb raises by a sum",
		"money_raise_skips":              "words that may stand between a standard, its raise verb and the sum (分别, 每月)",
		"money_level_nouns":              "nouns of a level right before a sum that make it a level to reach in a section of goals (游客人均花费1150元以上)",
		"class_size_not_after":           "people after a class_size_heads word, who are then what is counted (5000人以上乡镇干部)",
		"class_size_adjacent_heads":      "heads of class_size_heads that count only right after the number or its 的 (超50亿美元项目)",
		"speaker_labels":                 "labels of who speaks that open a sentence in an interview (答, 问, 记者): the sentence's opening clause is the one after the label",
		"share_list_leads":               "words that end the head of a list sharing a goal out among places (包括, 分别为), left out of the items' metric",
		"heading_item_units":             "counters in which a numbered heading counts its items without brackets (一、促进就业增收7件)",
		"agency_level_noun_before":       "runes before a level word that make it part of a common noun, unless they end a region's name (城市政府 is city governments; 聊城市政府 is 聊城's)",
		"class_size_heads":               "places and bodies that a bounded count of people or households classes (20人以上的自然村)",
		"class_size_units":               "units of the size that classes a place or body (人, 户)",
		"enumerated_list_ends":           "words that may close a list of places before its count (…成都市等5个副省级城市)",
		"enumerated_place_nouns":         "nouns that count the places listed right before the count (北京、天津、上海、重庆4个直辖市): a tally, not a goal",
		"qualifier_not_words":            "words that end in a bound word but are none (商超 is supermarkets, not 超)",
		"rate_nouns":                     "nouns of a rate that license a percentage",
		"region_town_heads":              "words after a short name right after a county that make it the county's village or town (左权县河南村)",
		"region_community_heads":         "words after a short name that is a common word (region_common_words) that make it the name of a community or village (四季长安社区)",
		"region_blockers":                "words that contain a region name but are none",
		"region_blockers_dict":           "generated region blockers (go generate)",
		"region_generic_names":           "division names that are common words",
		"region_overlaps_dict":           "words that overlap a region name on the left",
		"region_overlaps_right_dict":     "words that overlap a region name on the right",
		"region_everyday_dict":           "generated short region names that are everyday words (go generate): a province's report does not name such a county bare",
		"region_short_name_bad_next":     "characters that cannot follow a short region name",
		"region_common_words":            "short county names that are common words, which need their parent beside them",
		"region_short_stop":              "short region names that need context",
		"region_county_units":            "units a county's short form may keep (保亭县, 鄂伦春旗); such a form names the county without its parent",
		"region_county_unit_not_next":    "characters after a county's short form with its unit that make the unit begin a word (县域, 县城, 县级)",
		"region_numbered_street_words":   "street words after a numeral that name a numbered street (金凤五路, 和田二街)",
		"region_street_numerals":         "numerals of a numbered street after a short region name (二 in 金凤二路); 一 and 两 are left out (一路北上, 两路口)",
		"region_place_list_tails":        "words after a bare name that close a list of places (等市州, 等地): only a place stands there",
		"region_city_list_tails":         "words of region_place_list_tails that close a list of cities (等市州): a name read both as a city and as a district there is the city",
		"region_mountain_next":           "words after a county's short name that make it a mountain's (贺兰山)",
		"region_title_document_ends":     "ends of a title in 《》 that make it a document's though no plan's (宣言, 公约): a short place name in it is named",
		"region_list_openers":            "one-rune words that may stand right before the first item of a list of places closed by 等地",
		"region_place_list_not":          "words that begin with a word of region_place_list_tails but close no list of places (等地方, 等地质)",
		"region_mountain_not":            "words that begin with a word of region_mountain_next but name the county's own (山洪, 山区): the county stays",
		"region_street_words":            "words after a short region name that make it a street's name",
		"region_street_not":              "words that begin with a street word but name no street",
		"region_suffix_words":            "words that a region name cannot end inside",
		"region_suffix_same_place_words": "suffix words before which a full name stays whole when its short name counts only in context and names the same places (市政: 义乌市政府)",
		"section_condition_words":        "heading words of an eligibility section",
		"section_condition_not_openers":  "verbs that open a task heading, not a heading of conditions",
		"chapter_year_is_words":          "words after a report's own year that open a chapter on that year's work",
		"outline_citing_words":           "words before a plan's title that cite it rather than report its contents",
		"section_first_year_words":       "heading words of a first-year section",
		"section_goal_words":             "heading words of a goal section",
		"section_goal_not_after":         "words before a word of section_goal_words that make it a thing hit (打击目标), naming no section of goals",
		"section_goal_counters":          "counters that, after a digit and before a word of section_goal_words, make it a thing counted (约25个目标)",
		"section_past_words":             "heading words of a section about the past",
		"section_past_headings":          "headings that name a review section only when they are the whole heading after its number (第一章 发展环境; not 优化发展环境)",
		"target_spec_suffixes":           "words after a number that make it a specification",
		"target_time_units":              "units of time: a span in one before a word of target_time_after says when (30天后)",
		"target_time_after":              "words after a span of time that make it when, not a goal (后)",
		"target_time_joins":              "single characters that join two spans of time into a choice or a range (或 of 30天或60天后)",
		"target_casualty_words":          "words of casualties: a count of people next to one is a toll, not a goal (打死, 受伤)",
		"target_casualty_units":          "units of the counts target_casualty_words make tolls (人, 名)",
		"target_casualty_verbs":          "verbs of killing or wounding: a count of people right after one is a toll (打死)",
		"event_year_not_next":            "words after a year (and 年) that make it a date or a period, not an event's name (月 of 2025年5月)",
		"past_year_not_next":             "words after a year opening a clause of news that make it a start, base or deadline, not a value's date (起 of 2024年起)",
		"target_projection_words":        "words before a number in its sentence that make it a project's expected benefit",
		"target_projection_subjects":     "words of a project that must come before a projection word",
		"five_year_not_period":           "words after a five-year plan's name that make it the plan, not its period",
		"five_year_content_verbs":        "verbs after a five-year plan's document word that make it the plan's period again (安排)",
		"five_year_plan_words":           "words a report of the years of numbered five-year plans names its plan with (五年计划): its 五年内 are that plan's years",
		"frequency_units":                "units of a count that says how often after a frequency marker (1次)",
		"frequency_markers":              "words that make a count in frequency_units a frequency (每5年…1次)",
		"total_words":                    "words that open a total over projects listed before it (共61.8公里)",
		"structural_modifiers":           "words of target_structural that may modify what is counted after them (建材领域…技术)",
		"least_before_verb":              "bound words that hold for a number after a short verb (至少办好1所)",
		"verb_bounds":                    "bound words that are verbs when what is counted follows the number (突破30项关键技术)",
		"change_from_words":              "words of origin before the level a change starts from",
		"comparison_base_words":          "comparisons with last year that are the base of a planned change after a word of goals",
		"comparison_change_verbs":        "change verbs right after a comparison with last year",
		"change_to_tails":                "words that end a change verb change_to_words does not list (精简为, 压减至): the level before the verb is where the change starts",
		"comparison_base_leads":          "words that open a comparison whose base is the figure after the next 的 (比1980年的52.7%): no goal",
		"comparison_base_not":            "words that begin with a word of comparison_base_leads but open no comparison (比重, 比例)",
		"change_to_words":                "change verbs after the level a change starts from",
		"formula_operators":              "operators before a number that make it a term of a formula",
		"plan_lead_phrases":              "words that end a plan's preamble, making the text a plan",
		"addressee_words":                "words of a notice's line of addressees (各市人民政府，省政府各部门：), which comes before its preamble",
		"year_plan_words":                "words after a year that name a year's work plan (2018年…工作要点)",
		"heading_this_year_words":        "words that make a heading with a span of years about this year",
		"lone_scales":                    "scale words that alone, before a campaign word, name a campaign",
		"lone_scale_approximations":      "words that make a scale without a digit an approximate count (近百条, 千余个), not a size class",
		"lone_scale_measure_next":        "words after an approximate lone scale of a physical unit that make it a measure classing a noun (千余米长的)",
		"campaign_words":                 "words that end a campaign's name",
		"age_units":                      "units of age",
		"population_tails":               "words a count of people runs into that make it a population's size",
		"money_goal_copulas":             "a goal noun and a copula right before a sum that make it the goal's level",
		"goal_restatement_words":         "words that, with a goal noun, make a clause restate a goal stated before",
		"goal_restatement_nouns":         "goal nouns of a clause that restates a goal",
		"population_nouns":               "words a count of people runs into that make it a population's size after a word of having",
		"population_have_words":          "words of having right before a population's size",
		"age_metric_words":               "words of a measure of age, which make an age a goal",
		"task_words":                     "target_structural words that count a plan's items only after a count in structural_counters (10项改革任务; not 2.16万户…任务)",
		"structural_counters":            "counters with which target_structural words make a count one of a plan's own items (10项改革任务)",
		"paragraph_past_openers":         "words that open a paragraph reviewing the past: its later sentences report the past until one sets a goal",
		"firm_count_units":               "counters that count firms: a count of them is a goal even after a firm word (上市公司将达到50家)",
		"payout_per_unit":                "words after a subsidy word that make the money a rate, not a sum paid out (每, 最高)",
		"metric_class_tails":             "words after a leading count that make it a class (100户以下的): the count stays in the metric",
		"metric_alt_counters":            "second counters in brackets after a quantity (（间）, （次）), besides metric_counters, dropped from the metric",
		"budget_purpose_words":           "words between a sum and a subsidy word after it that make the sum a budget (用于)",
		"amount_cap_words":               "words naming a cap: a sum a few runes after one in its clause is at most that much (补贴上限为每年200万元)",
		"amount_price_units":             "per-unit words between a bound and a price (突破每桶100美元)",
		"caption_labels":                 "labels of figures and tables: a number right after one that opens its line numbers the figure (图1), it counts nothing",
		"firm_names":                     "names of firms that act as the subject of a plan (强生, 英伟达): in cue.firm, and opening a sentence, they make its figures the firm's",
		"target_foreign_forces":          "forces of other countries (以军, 美方) that, opening a sentence, make its figures another country's plan",
		"target_foreign_forces_not":      "words that begin like one of target_foreign_forces but name no force (以军民融合, 以方便)",
		"hypothetical_words":             "words that open a hypothetical before a figure in its sentence (若, 如果): the figure is a condition or its consequence, not a goal",
		"report_plan_forecast_words":     "words of cue.forecast that in a work report name the planned figure (今年的经济增长预期为7%左右), not a forecast",
		"report_plan_forecast_not_next":  "words after one of report_plan_forecast_words that keep it a forecast cue (性 in 预期性指标)",
		"plan_forecast_titles":           "how a plan's title in 《》 ends (规划, 方案) when what it states after plan_forecast_verbs and a deadline is its goal, though written with 预计",
		"plan_forecast_verbs":            "verbs right after a plan's 《》 title (提出, 明确) that open what the plan states",
		"hypothetical_not":               "words holding a word of hypothetical_words that open no hypothetical (若干)",
		"report_glossary_headings":       "headings that open a work report's glossary, whose numbers set no goals (名词解释)",
		"communique_words":               "words of a title that make the document a statistical communiqué (统计公报)",
		"periods_ahead":                  "parts of a year that are no past cue in a section of the year's plans (上半年)",
		"payout_verbs":                   "verbs that pay a subsidy out as a whole: money after 补贴 in their clause is a sum to reach (发放…补贴1亿元以上)",
		"metric_subject_heads":           "heads of a sentence's opening subject (产业, 行业): a bare sum later in the sentence (产值, 营收) measures that subject",
		"metric_subject_not_openers":     "words that open no subject (大力, 加快): a sentence opening with one names its subject elsewhere",
		"metric_subject_head_not_next":   "words after a subject head that make it part of a longer word (产业化, 产业链): no subject ends there",
		"metric_bare_words":              "measures with no subject of their own (投资, 产值): they measure the industry the clause before names, else what a count before them counts, else the industry that opens the sentence",
		"fulfilment_words":               "words right before a percentage that make it how far a plan was met (完成计划101.8％)",
		"fulfilment_rate_words":          "words of a fulfilment rate before a share that report how far a plan was met when its clause holds no goal word (完成率为73.4%)",
		"equity_stake_words":             "words of a firm's equity in a figure's clause that make the figure a stake (占总股本20%, 持股比例), not a goal",
		"equity_stake_not":               "words holding a word of equity_stake_words that name no stake (员工持股)",
		"bound_level_nouns":              "words a few characters after a bound sum's 的 that make it the level aimed at (…以上的年度目标, …以上的水平)",
		"size_words":                     "words right before a bound sum and its 的 that make it the size of what is set up (设立总规模不少于100亿元的基金)",
		"class_condition_joiners":        "words that join a second condition to a sum before its 的 (30万元以上且…的行政村): the sum classes what follows",
		"grant_split_words":              "words that open a clause splitting a grant just given (给予五年房租补贴，其中前两年100%): its rates say how it is paid",
		"planned_sum_split_words":        "words opening a clause that breaks down a sum planned earlier in its sentence: its sums are planned too (其中中央财政赤字5500亿元，代发地方债2500亿元)",
		"grant_object_openers":           "words that open a clause naming who a grant after it is for (对…的企业，给予…)",
		"grant_object_not":               "words that open with a grant object opener but are words of their own (对外, 对标, 对接)",
		"grant_words":                    "condition cues that grant something (给予, 补贴, 奖励): the terms around them are no goals",
		"class_linkers":                  "words after money that make it the class of what a count before it counts",
		"target_structural":              "structural words that are no metric",
		"target_structural_before":       "words right before a count that make it a count of the plan's own indicators (约束性指标8项)",
		"transliteration_chars":          "characters of transliterated foreign names",
		"region_part_words":              "words after a province's name that name a part of it in a list of provinces",

		// Text basics (text.yaml): small words and patterns the passes test
		// text against; "one word" and "single characters" are checked when
		// the extractor is compiled.
		"level_words":                    "words that stand for the document's region before a body (省工信厅), longest first",
		"level_word_kinds":               "what each level word stands for, as word=kind (省=province)",
		"municipalities":                 "provinces that are cities (北京市)",
		"special_administrative_regions": "provinces whose bureaus are of their own (level sar in agency.local): 香港特别行政区",
		"autonomous_marker":              "one word: the mark of an autonomous division's name (自治)",
		"state_char":                     "one character: the last of a foreign state's name (佛罗里达州)",
		"committee_levels":               "single characters: level words a party committee follows (省委)",
		"ministry_suffix":                "one word: a ministry's last word (部)",
		"ministry_word_tails":            "single characters after a ministry's name that make a longer word (部门)",
		"ministry_meeting_tails":         "words after a ministry's field that make it a meeting of ministers (应急管理部长级会议)",
		"agency_head_suffix":             "one word: the word of a unit's head (局长)",
		"committee_char":                 "one character: a committee (委)",
		"party_char":                     "one character: the party before a committee (党委)",
		"committee_not_next":             "single characters after 委 that make another word (委员)",
		"particle_de":                    "one character: the particle joining a modifier to its noun (的)",
		"etc_char":                       "one character: and so on, ending a list of examples (等)",
		"list_conjunctions":              "single characters that join list items (和, 及, 与)",
		"level_note_chars":               "single characters of a bracketed level note between a region and its body (（自治区、直辖市）)",
		"list_conjunction_words":         "two-character conjunctions ending in a list conjunction (以及)",
		"issuer_joiners":                 "single characters between agencies that issued a plan together",
		"ordinal_prefix":                 "one character: an ordinal's prefix (第)",
		"page_char":                      "one character: a page, in a page-number line (第3页)",
		"total_char":                     "one character: the whole of a count, in a page-number line (共12页)",
		"causative_chars":                "single characters: causative verbs that may open a goal's clause (使)",
		"share_scope_words":              "words naming the whole of a place between 使 and the share it governs (全国 in 要使全国80%以上的人口地区普及…)",
		"year_char":                      "one character: the word of a year (年)",
		"annual_words":                   "title words that make a year a year of reporting (年度)",
		"edition_words":                  "words after a title's year that make it an edition's date (2026年修订)",
		"five_year_plans":                "five-year plans as name=first-last (十四五=2021-2025)",
		"comparison_words":               "words before a five-year plan that make it a comparison's base (较)",
		"year_deadline_chars":            "single characters before a year that make it a deadline (到1957年), not the year a value is dated by",
		"past_year_level_words":          "words before a past year that make its value a level to hold or reach (不低于2024年的1200万人), not a base",
		"year_base_chars":                "single characters before a year that make it no value's year (比2020年)",
		"reported_currency_words":        "the word a value in each currency is reported in, as ISO=word (CNY=元)",
		"metric_change_verbs":            "verbs cut from a borrowed metric's end (提高)",
		"growth_words":                   "metrics that are only a change (增长): the target borrows the goal before",
		"growth_topic_not":               "words of a clause before a bare change that compares or ranks: no topic the change measures",
		"budget_fund_nouns":              "last words of a fund's name: a subsidy word inside it names what a budgeted sum pays for",
		"pool_investment_words":          "words before a sum that a count of projects after its 的 invests: a goal, not a class",
		"region_known_counties":          "county-level places named bare anywhere, as a prefecture is (义乌, 昆山)",
		"agency_name_joins":              "joins inside one body's long name (文化体育广电和旅游局)",
		"agency_name_fields":             "fields bodies are named for: before a join they make one long name (文化体育广电和旅游局)",
		"class_share_words":              "share words after a noun that a bound sum classes (50万元以上行政村占比)",
		"money_cap_words":                "words of a cap inside a raised standard (从最高50万元提高到): no goal",
		"region_known_not_next":          "water words after a known county: the water's name (浏阳河, 胶州湾)",
		"growth_adverbs":                 "words before a growth word that only say how often or how it comes (平均每年增长): still only a change",
		"goal_nouns":                     "words of a goal cue that name a goal (目标)",
		"large_numerals":                 "Chinese numerals of ten and more (十, 百): a figure with one is no small count",
		"range_end_chars":                "characters a figure's unit or bound ends with (元, 吨, 以上's 上): a dash after one joins a range",
		"goal_striving_words":            "words of a goal cue that govern the quantity after them in their clause (力争, 确保)",
		"revenue_class_words":            "words after a sum that make it a revenue class (企业)",
		"project_counters":               "single characters: counters of projects before a physical quantity (个)",
		"level_suffix":                   "one word: a level's suffix kept on a metric (省级)",

		"pattern_plan_period":       "an RE2 pattern: a plan's period in its title; groups: the years",
		"pattern_title_year":        "an RE2 pattern: a year in a plan's title; group: the year",
		"pattern_year_range":        "an RE2 pattern: a range of years; groups: the years",
		"pattern_title_year_range":  "an RE2 pattern: a range of years joined by a dash, written 2022-2025 in a canonical title; groups: the years",
		"pattern_delivered_on":      "an RE2 pattern: when a work report was delivered; groups: year, month",
		"pattern_title_date":        "an RE2 pattern: a year and month in a title; groups: year, month",
		"pattern_body_lead":         "an RE2 pattern: how a news item's body opens right after its headline (a date, a reporter's lead), from its start",
		"pattern_year_word":         "an RE2 pattern: a year before a value; group: the year",
		"pattern_five_year_time":    "an RE2 pattern: a five-year plan as a time; group: the plan's name",
		"pattern_leading_deadline":  "an RE2 pattern: a deadline at a metric's front",
		"pattern_forecast_base":     "an RE2 pattern: the text right before 预计 when the word dates the base of a change (比1980年预计增长), not a forecast",
		"pattern_change_from":       "an RE2 pattern: where a change starts (由1990年的9.3吨), cut from a metric with all after it",
		"pattern_price_basis":       "an RE2 pattern: a clause of price basis that opens a sentence (按…不变价格计算，)",
		"pattern_heading_number":    "an RE2 pattern: a section heading's number",
		"pattern_subheading_number": "an RE2 pattern: a sub-heading's number",
		"pattern_heading_horizon":   "an RE2 pattern: years from now a heading names; group: the count",
		"pattern_span_words":        "an RE2 pattern: words of a span of years (五年内, 今后, 期间) or a year that keep a work report's undated goal from taking the session year",
		"pattern_plan_span_words":   "an RE2 pattern: words of a plan over years (五年计划, 今后五年); a report naming them more often than this year keeps its undated goals without a year",
		"pattern_heading_year":      "an RE2 pattern: a year a heading names",
		"pattern_past_year_value":   "an RE2 pattern: what may stand between a year before the document's and a value it dates (的, 为, 年产): the value is that year's, a base or a result, not a goal",
		"pattern_plan_report":       "an RE2 pattern: a work report's opening that says it presents a five-year plan (作关于…第六个五年计划的报告): the report looks forward to the plan's end throughout",
	},
	Roles: map[string][]string{
		"cue":      {"goal", "opener", "past", "forecast", "condition", "deadline", "base", "this_year", "next_year", "continue", "reach", "funding", "verb", "past_weak", "past_change", "month", "firm", "listed"},
		"region":   {"deixis"},
		"dateline": {"home", "report", "wire"}, // report: any dateline that is not home; wire: a paper's own wire (本报北京…电), home only to a text that says 我省
		"exclude":  {"everywhere"},             // everywhere: every occurrence of the matched text is excluded too
	},
	RuleAttrs: map[string][]AttrSpec{
		AnyKind: {
			{Name: "near", Type: LexRef, Doc: "a word of this lexicon must stand within near_window runes, in the sentence"},
			{Name: "not_near", Type: LexRef, Doc: "no word of this lexicon may stand within near_window runes, in the sentence"},
			{Name: "near_window", Type: Int, Doc: "runes searched by near and not_near (default 20)"},
		},
		"amount": {
			{Name: "currency", Type: ISOCode, Doc: "the currency of a match that names none (default CNY)"},
		},
		"quantity": {
			{Name: "unit", Type: String, Doc: "the unit of a bare number"},
			{Name: "unitless", Type: Bool, Doc: "a bare number is a measure without a unit (a coefficient)"},
		},
	},
	GazetteerAttrs: map[string][]AttrSpec{
		"region": {
			{Name: "code", Type: Code, Doc: "the division code; an entry with a known code adds names to it"},
			{Name: "level", Type: Enum, Values: regionLevels, Doc: "the division's level (default economic)"},
			{Name: "parent", Type: Code, Doc: "the parent division's code"},
			{Name: "members", Type: List, Doc: "the divisions an economic region covers, by name"},
			{Name: "optional", Type: Bool, Doc: "the division may be left out of a document's hierarchy"},
			{Name: "renamed", Type: Bool, Doc: "the names are former names"},
		},
		"agency": {
			{Name: "scope", Type: Enum, Values: []string{"local", "national"}, Doc: "local: a body of every province, city or county"},
			{Name: "level", Type: String, Doc: "the level of a national agency (regional)"},
			{Name: "levels", Type: List, Values: []string{"province", "city", "county", "sar"}, Doc: "local: the levels the body exists at (sar: Hong Kong and Macao only)"},
			{Name: "needs_prefix", Type: Bool, Doc: "local: never alone, only after a region"},
			{Name: "report", Type: Bool, Doc: "local, with needs_prefix: alone in a work report, the body of the report's region (提请人大常委会审议)"},
			{Name: "prefix", Type: Enum, Values: []string{"short"}, Doc: "local: the name takes the short region name (广州海关)"},
			{Name: "national", Type: String, Doc: "local: the central body a bare form means in a central document"},
			{Name: "system", Type: String, Doc: "local: the central body whose offices these are, written before the region (国家税务总局济南市税务局)"},
			{Name: "office", Type: String, Doc: "local, with system: the office's own name after the region, where it differs from the written forms (上海银保监局 → 中国银行保险监督管理委员会上海监管局)"},
			{Name: "successor", Type: String, Doc: "the body that took over the name's aliases (国家广播电视总局 for 广电总局)"},
			{Name: "until", Type: Int, Doc: "with successor: the year from which the aliases mean the successor"},
		},
	},
}

// LexiconNames returns the contract's lexicon names, sorted.
func (c *Contract) LexiconNames() []string { return sortedKeys(c.Lexicons) }

// AttrPos is where an attribute is written: its key and its value.
type AttrPos struct{ Key, Value Pos }

// checkContract checks a merged set against the contract: every role, attr
// key and gazetteer attribute is one the extractor reads, every value has
// its type, and every lexicon is read by something. used holds the lexicons
// that patterns and anchors refer to. Lexicons nothing reads are warnings,
// or errors when their name is a likely misspelling of one that is read.
func checkContract(c *Contract, s *Set, used map[string]bool, errs, warns *ErrorList) {
	lexNames := lexiconNames(s)
	for _, r := range s.Rules {
		if r.Role != "" {
			roles, ok := c.Roles[r.Kind]
			switch {
			case !ok:
				errs.Add(r.RolePos, fmt.Sprintf("remove `role:`; only %s rules have roles", strings.Join(sortedKeys(c.Roles), ", ")), "%s rules take no role (rule %s)", r.Kind, r.ID)
			case !contains(roles, r.Role):
				errs.Add(r.RolePos, didYouMean(r.Role, roles), "unknown %s role %q (rule %s)", r.Kind, r.Role, r.ID)
			}
		}
		specs := append(append([]AttrSpec(nil), c.RuleAttrs[AnyKind]...), c.RuleAttrs[r.Kind]...)
		for _, k := range sortedKeys(r.Attrs) {
			at := r.AttrPos[k]
			spec := findSpec(specs, k)
			if spec == nil {
				hint := didYouMean(k, specNames(specs))
				for _, kind := range sortedKeys(c.RuleAttrs) {
					if findSpec(c.RuleAttrs[kind], k) != nil {
						hint = fmt.Sprintf("%s is an attr of %s rules; %s rules take %s", k, kind, r.Kind, strings.Join(specNames(specs), ", "))
					}
				}
				errs.Add(at.Key, hint, "unknown %s attr %q (rule %s)", r.Kind, k, r.ID)
				continue
			}
			if spec.Type == LexRef {
				used[r.Attrs[k]] = true
				if s.Lexicons[r.Attrs[k]] == nil {
					errs.Add(at.Value, didYouMean(r.Attrs[k], lexNames), "%s: no lexicon is named %q (rule %s)", k, r.Attrs[k], r.ID)
				}
				continue
			}
			if hint := spec.check(r.Attrs[k]); hint != "" {
				errs.Add(at.Value, hint, "%s: bad value %q (rule %s)", k, r.Attrs[k], r.ID)
			}
		}
	}
	for _, g := range s.Gazetteers {
		specs := c.GazetteerAttrs[g.Kind]
		reported := map[string]bool{} // a table's bad column once, not on every row
		for _, e := range g.Entries {
			for _, k := range sortedKeys(e.Attrs) {
				at := e.AttrPos[k]
				spec := findSpec(specs, k)
				if spec == nil {
					if !reported[at.Key.String()+k] {
						reported[at.Key.String()+k] = true
						errs.Add(at.Key, didYouMean(k, specNames(specs)), "unknown %s attribute %q (gazetteer %s)", g.Kind, k, g.ID)
					}
					continue
				}
				if hint := spec.check(e.Attrs[k]); hint != "" {
					errs.Add(at.Value, hint, "%s: bad value %q (%s)", k, e.Attrs[k], e.Name)
				}
			}
		}
	}
	read := c.LexiconNames()
	for _, name := range lexNames {
		if _, ok := c.Lexicons[name]; ok || used[name] {
			continue
		}
		l := s.Lexicons[name]
		if near := spelling.Closest(name, read); near != "" {
			errs.Add(l.Pos, fmt.Sprintf("did you mean %q? the extractor reads that name", near), "lexicon %q is read by nothing", name)
			continue
		}
		warns.Add(l.Pos, "use it in a pattern as {"+name+"}, as an anchor @"+name+" or in near:, or remove it", "lexicon %q is read by nothing", name)
	}
}

// check returns "" when v has the spec's type, and a hint otherwise.
func (a *AttrSpec) check(v string) string {
	switch a.Type {
	case Bool:
		if v != "true" && v != "false" {
			return `write "true" or "false"`
		}
	case Int:
		if n, err := strconv.Atoi(v); err != nil || n < 1 {
			return "write a whole number of at least 1"
		}
	case Enum:
		if !contains(a.Values, v) {
			return didYouMean(v, a.Values)
		}
	case List:
		for _, x := range strings.Split(v, ",") {
			if x == "" || (a.Values != nil && !contains(a.Values, x)) {
				if a.Values == nil {
					return "write names separated by commas, without spaces or empty items"
				}
				return fmt.Sprintf("%q: %s", x, didYouMean(x, a.Values))
			}
		}
	case Code:
		if v == "" || strings.ContainsAny(v, " \t,，") {
			return "write " + a.Type.String()
		}
	case ISOCode:
		if len(v) != 3 || strings.Trim(v, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
			return "write " + a.Type.String()
		}
	}
	return ""
}

func findSpec(specs []AttrSpec, name string) *AttrSpec {
	for i := range specs {
		if specs[i].Name == name {
			return &specs[i]
		}
	}
	return nil
}

func specNames(specs []AttrSpec) []string {
	out := make([]string, len(specs))
	for i, s := range specs {
		out[i] = s.Name
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
