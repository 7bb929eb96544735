package extract

import (
	"strconv"

	"github.com/policygraph/policygraph/rules"
)

// words is one lexicon compiled for the extractor: its words in file
// order, for scans, and as a set, for lookups.
type words struct {
	list []string
	set  map[string]bool
}

func newWords(list []string) words {
	w := words{list: list, set: make(map[string]bool, len(list))}
	for _, s := range list {
		w.set[s] = true
	}
	return w
}

// has reports whether s is one of the words.
func (w words) has(s string) bool { return w.set[s] }

// lexicons are the rule set's lexicons that the passes read, read once at
// Compile into fields so that no pass looks a lexicon up by name. Every
// name is declared in rules.ExtractContract.
type lexicons struct {
	agencyForeignPrefixes, agencyGenericPrefixes, agencySubunitBreaks, agencySubunitSuffixes, partyDepartments words

	congressWords, reportTitles, rateNouns, indicatorTargetReject                                   words
	respectivelyWords, respectivelySeparators, respectivelyScopeWords                               words
	observationCityVoice, observationProvinceVoice, observationDocuments, observationMultiYearWords words
	observationNegative, observationPositive, observationPlanWords, observationReviewWords          words
	observationReject, observationRejectCount, observationRejectSentence                            words
	metricDropVerbs, metricKeepVerbs, metricStripPrefixes, metricStripSuffixes, metricTrailing      words
	planDocumentNot, planDocumentSuffixes, planExcludedSuffixes, planGenericTitles, planSuffixes    words
	publishVerbs, pastDocumentWords, reviewGoalWords                                                words
	sectionConditionWords, sectionFirstYearWords, sectionGoalWords, sectionPastWords                words
	regionShortNameBadNext, regionSuffixWords, regionOverlapsRight, transliterationChars            words
	personNext, personSurnames, personTitles                                                        words
	physicalUnits, targetCapacityPrefixes, targetProjectWords, targetSpecSuffixes, targetStructural words
}

// compileLexicons reads the lexicons the passes use from set.
func compileLexicons(set *rules.Set) *lexicons {
	l := &lexicons{}
	for _, e := range []struct {
		name string
		dst  *words
	}{
		{"agency_foreign_prefixes", &l.agencyForeignPrefixes},
		{"agency_generic_prefixes", &l.agencyGenericPrefixes},
		{"agency_subunit_breaks", &l.agencySubunitBreaks},
		{"agency_subunit_suffixes", &l.agencySubunitSuffixes},
		{"party_departments", &l.partyDepartments},
		{"congress_words", &l.congressWords},
		{"report_titles", &l.reportTitles},
		{"rate_nouns", &l.rateNouns},
		{"indicator_target_reject", &l.indicatorTargetReject},
		{"respectively_words", &l.respectivelyWords},
		{"respectively_separators", &l.respectivelySeparators},
		{"respectively_scope_words", &l.respectivelyScopeWords},
		{"observation_city_voice", &l.observationCityVoice},
		{"observation_province_voice", &l.observationProvinceVoice},
		{"observation_documents", &l.observationDocuments},
		{"observation_multi_year_words", &l.observationMultiYearWords},
		{"observation_negative", &l.observationNegative},
		{"observation_positive", &l.observationPositive},
		{"observation_plan_words", &l.observationPlanWords},
		{"observation_review_words", &l.observationReviewWords},
		{"observation_reject", &l.observationReject},
		{"observation_reject_count", &l.observationRejectCount},
		{"observation_reject_sentence", &l.observationRejectSentence},
		{"metric_drop_verbs", &l.metricDropVerbs},
		{"metric_keep_verbs", &l.metricKeepVerbs},
		{"metric_strip_prefixes", &l.metricStripPrefixes},
		{"metric_strip_suffixes", &l.metricStripSuffixes},
		{"metric_trailing", &l.metricTrailing},
		{"plan_document_not", &l.planDocumentNot},
		{"plan_document_suffixes", &l.planDocumentSuffixes},
		{"plan_excluded_suffixes", &l.planExcludedSuffixes},
		{"plan_generic_titles", &l.planGenericTitles},
		{"plan_suffixes", &l.planSuffixes},
		{"publish_verbs", &l.publishVerbs},
		{"past_document_words", &l.pastDocumentWords},
		{"review_goal_words", &l.reviewGoalWords},
		{"section_condition_words", &l.sectionConditionWords},
		{"section_first_year_words", &l.sectionFirstYearWords},
		{"section_goal_words", &l.sectionGoalWords},
		{"section_past_words", &l.sectionPastWords},
		{"region_short_name_bad_next", &l.regionShortNameBadNext},
		{"region_suffix_words", &l.regionSuffixWords},
		{"region_overlaps_right_dict", &l.regionOverlapsRight},
		{"transliteration_chars", &l.transliterationChars},
		{"person_next", &l.personNext},
		{"person_surnames", &l.personSurnames},
		{"person_titles", &l.personTitles},
		{"physical_units", &l.physicalUnits},
		{"target_capacity_prefixes", &l.targetCapacityPrefixes},
		{"target_project_words", &l.targetProjectWords},
		{"target_spec_suffixes", &l.targetSpecSuffixes},
		{"target_structural", &l.targetStructural},
	} {
		*e.dst = newWords(set.Lexicon(e.name))
	}
	return l
}

// ruleContext is a rule's `near` and `not_near` attributes compiled: the
// lexicons' words and the window.
type ruleContext struct {
	window        int
	near, notNear []string
	hasNear       bool
	hasNotNear    bool
}

// compileContexts compiles the context attributes of every rule that has
// them.
func compileContexts(set *rules.Set) map[*rules.Rule]*ruleContext {
	out := map[*rules.Rule]*ruleContext{}
	for _, r := range set.Rules {
		a := r.Attrs
		if a == nil {
			continue
		}
		c := &ruleContext{window: 20}
		if s := a["near_window"]; s != "" {
			if n, err := strconv.Atoi(s); err == nil {
				c.window = n
			}
		}
		if lex := a["near"]; lex != "" {
			c.near, c.hasNear = set.Lexicon(lex), true
		}
		if lex := a["not_near"]; lex != "" {
			c.notNear, c.hasNotNear = set.Lexicon(lex), true
		}
		out[r] = c
	}
	return out
}
