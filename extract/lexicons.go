package extract

import (
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/policygraph/policygraph/extract/internal/litreq"
	"github.com/policygraph/policygraph/number"
	"github.com/policygraph/policygraph/rules"
)

// words is one lexicon compiled for the extractor: its words in file
// order, for scans, and as a set, for lookups.
type words struct {
	list  []string
	set   map[string]bool
	runes *wordRunes // for finding the words in runes, built on first use
}

func newWords(list []string) words {
	w := words{list: list, set: make(map[string]bool, len(list)), runes: &wordRunes{}}
	for _, s := range list {
		w.set[s] = true
	}
	return w
}

// wordRunes is a lexicon laid out for finding its words in a text of
// runes in one pass: each word as runes, and the BMP runes that begin a
// word as a bitset, so that most positions cost one bit test. It spares
// the passes that look for a few words in a whole document a conversion
// of the document to a string and a byte search per word.
type wordRunes struct {
	once  sync.Once
	words [][]rune
	first []uint64 // BMP rune → begins some word
	wide  bool     // some word begins outside the BMP
	max   int      // runes in the longest word
}

func (w words) index() *wordRunes {
	ix := w.runes
	ix.once.Do(func() {
		ix.words = make([][]rune, len(w.list))
		ix.first = make([]uint64, 1<<16/64)
		for i, s := range w.list {
			rs := []rune(s)
			ix.words[i] = rs
			ix.max = max(ix.max, len(rs))
			switch {
			case len(rs) == 0:
			case rs[0] < 1<<16:
				ix.first[rs[0]/64] |= 1 << (rs[0] % 64)
			default:
				ix.wide = true
			}
		}
	})
	return ix
}

// each calls fn with every occurrence of a word in text, overlapping ones
// included, by start, and at one start in the order of the list; empty
// words are never found.
func (w words) each(text []rune, fn func(word, start int)) {
	ix := w.index()
	for i, r := range text {
		if r < 1<<16 {
			if ix.first[r/64]&(1<<(r%64)) == 0 {
				continue
			}
		} else if !ix.wide {
			continue
		}
		for k, wr := range ix.words {
			if len(wr) > 0 && wr[0] == r && len(wr) <= len(text)-i && slices.Equal(text[i:i+len(wr)], wr) {
				fn(k, i)
			}
		}
	}
}

// eachApart is each without the occurrences of a word that overlap an
// earlier occurrence of the same word that was reported: what a loop of
// strings.Index from the end of each occurrence finds, and strings.Count
// counts, for each word.
func (w words) eachApart(text []rune, fn func(word, start int)) {
	next := make([]int, len(w.list))
	ix := w.index()
	w.each(text, func(k, start int) {
		if start >= next[k] {
			next[k] = start + len(ix.words[k])
			fn(k, start)
		}
	})
}

// has reports whether s is one of the words.
func (w words) has(s string) bool { return w.set[s] }

// prefixOf reports whether s begins with one of the words.
func (w words) prefixOf(s string) bool {
	for _, x := range w.list {
		if strings.HasPrefix(s, x) {
			return true
		}
	}
	return false
}

// longest returns the length in runes of the longest word.
func (w words) longest() int { return w.index().max }

// lexicons are the rule set's lexicons that the passes read, read once at
// Compile into fields so that no pass looks a lexicon up by name. Every
// name is declared in rules.ExtractContract.
type lexicons struct {
	agencyForeignPrefixes, agencyForeignActors, agencyForeignModifiers, agencyDomesticMarkers                                                                                                                                                   words
	agencyForeignLeads, agencyForeignSpeech, agencyForeignNotSubject, agencyInstitutionHeads, datelineEnds, agencyLocalSubunitSuffixes, agencyLocalSubunitHeads, agencyLocalSubunitNotNext, agencyLocalOfficeSuffixes, agencyLocalOfficeNotNext words
	agencyGenericPrefixes, agencySubunitBreaks, agencySubunitSuffixes, partyDepartments                                                                                                                                                         words
	agencyListCues, agencyOpenSuffixes, agencyOpenStops, agencyForeignAbbrevNext, agencyNamedBodyNext, agencyNamedBodyStops, agencyNamedBodyAfter                                                                                               words

	congressWords, reportTitles, rateNouns, indicatorTargetReject                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                       words
	bulletinTitles, nationalWords, nationalRankTails, countAmongOpeners, countAmongClosers, restatedGoalVerbs, scaleLevelNouns, projectNouns, metricCounters                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            words
	metricBareWords                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                     words
	respectivelyWords, respectivelySeparators, respectivelyScopeWords, eachWords, areaClassUnits, areaClassHeads, areaClassLeads, proposedGoalVerbs, proposedGoalNouns                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                  words
	observationCityVoice, observationProvinceVoice, observationDocuments, observationMultiYearWords                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                     words
	observationNegative, observationPositive, observationPlanWords, observationReviewWords                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                              words
	observationReject, observationRejectCount, observationRejectSentence                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                words
	metricDropVerbs, metricKeepVerbs, metricLeadVerbs, projectStageVerbs, listItemActs, listItemStocks, metricRegionNameTails, metricStripPrefixes, metricStripSuffixes, metricStripKeepWords                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                           words
	metricTrailing                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                      words
	moneyGoalWords, metricSetVerbs, metricLevelWords, restatedRateNouns, metricPastMarks, listLeadWords                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                 words
	planDocumentNot, planDocumentSuffixes, planExcludedSuffixes, planGenericTitles                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                      words
	planSuffixes                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                        words
	publishVerbs, pastDocumentWords, reviewGoalWords, reviewGoalReference                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                               words
	sectionConditionWords, sectionFirstYearWords, sectionGoalWords, sectionPastWords                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                    words
	regionShortNameBadNext, regionSuffixWords, regionSuffixSamePlaceWords, regionOverlapsRight, transliterationChars                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                    words
	regionPartWords, regionOverlapSuffixes                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                              words
	personNext, personSurnames, personTitles                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            words
	physicalUnits, targetCapacityPrefixes, targetProjectWords, targetSpecSuffixes                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                       words
	targetProjectionWords, targetProjectionSubjects                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                     words
	targetStructural, targetStructuralBefore                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            words
	targetTimeUnits, targetTimeAfter, targetTimeJoins                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                   words
	targetCasualtyWords, targetCasualtyVerbs, targetCasualtyUnits, eventYearNotNext, pastYearNotNext                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                    words
	fiveYearNotPeriod, classLinkers, classConditionJoiners, sizeWords, boundLevelNouns                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                  words
	grantSplitWords, grantObjectOpeners, grantObjectNot, grantWords, fulfilmentWords                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                    words
	fiveYearContentVerbs, leastBeforeVerb, verbBounds, structuralModifiers                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                              words
	frequencyUnits, frequencyMarkers, totalWords                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                        words
	payoutVerbs, payoutPerUnit, firmCountUnits, budgetPurposeWords, hypotheticalWords, hypotheticalNot, equityStakeWords, reportPlanForecast, reportPlanForecastNot, planForecastTitles, planForecastVerbs, sectionGoalNotAfter, targetForeignForces, targetForeignForcesNot, sectionGoalCounters, equityStakeNot, amountCapWords, captionLabels, firmNames                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                             words
	paragraphPastOpeners, periodsAhead, populationTails, populationNouns, populationHaveWords                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                           words
	goalRestatementWords, goalRestatementNouns, moneyGoalCopulas                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                        words
	metricClassTails, metricAltCounters, reportGlossaryHeadings, communiqueWords                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                        words
	structuralCounters, taskWords, ageUnits, ageMetricWords, loneScales, loneScaleApproximations, loneScaleMeasureNext, campaignWords                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                   words
	changeFromWords, changeToWords, formulaOperators, planLeadPhrases, yearPlanWords, addresseeWords                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                    words
	comparisonBaseWords, comparisonChangeVerbs, growthTopicNot, moneyCapWords, regionKnownNotNext, regionEverydayWords, regionCountyUnitNotNext, annexScopeWords, budgetFundNouns, poolInvestmentWords, classShareWords, agencyNameJoins, agencyNameFields                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                              words
	regionStreetWords, regionStreetNot, headingThisYearWords                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            words
	regionInstitutionHeads, regionInstitutionInfixes, responsibleNoteWords                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                              words
	regionZoneWords, regionRouteJoins, planKindAfter, targetFocusVerbs, regionAbbreviationNext, regionAbbreviationCountNouns, regionLakeSuffixes, periodFirstYearWords, targetParticipationWords, targetAuctionWords, changeToTails, comparisonBaseLeads, comparisonBaseNot, targetRadiusTails, targetActorAnaphora, metricSubjectHeads, targetExceedLeads, targetNameTails, targetNameHeads, targetNameUnits, targetFirmSuffixes, targetFirmNext, targetFirmNot, targetSecurityUnits, targetSecurityWords, regionNumberedStreetWords, regionStreetNumerals, regionPlaceListTails, regionMountainNext, regionMountainNot, planScopedSuffixes, planScopeWords, regionPlaceListNot, regionListOpeners, regionTitleDocumentEnds, regionCityListTails, targetRadiusNotNext, targetAuctionSubjects, metricSubjectHeadNotNext, metricSubjectNotOpeners, targetDestroyVerbs, targetDestroyedUnits, regionAbbreviationProvinceNouns, agencyCountryCounts, agencyForeignOnlyModifiers, agencyForeignPrefixNot, regionAssistanceWords, taskObjectNouns, regionBayWords, regionCountySeatNext, agencySpokesmanWords, amountPassedBefore, classSizeBreaks, moneyRaiseToStandardVerbs, moneyRaiseToStandardNouns, agencyChinaHeads, agencyChinaWords, planForecastWords, planForecastNotNext, plannedActionWill, plannedActionVerbs, targetTimeBefore, targetTermSuffixes, targetTermNot, lengthUnits, targetLengthBefore, regionDesignationNext, regionWaterNameNext, regionGenericNames, regionProvinceDelivery, regionStretchEnds, regionDesignationNot, sectionConditionNotOpeners, regionRouteListCounters, amountPriceUnits, chapterYearIsWords, outlineCitingWords, plannedSumSplitWords, regionBasinSuffixes, sectionPastHeadings, pastYearLevelWords, fulfilmentRateWords, classSizeAdjacentHeads, speakerLabels, shareListLeads, boundPairJoiners, boundInclusiveMarks, scaleClassCounters, reportedYearCues, genericListOpeners, genericListItemEnds, reportedYearNot, yuanExplicitWords, reviewStrivingWords, sectionGoalMetVerbs, disposalGoalWords, pastSpanEnds, disposalNotNext, yearEndLeads, yearEndWords, yearIsLeads, yearEvents, yearEventHeldWords, yearFirstWords, yearLastWords, anniversaryWords, jurisdictionCitingWords, trillionScaleWords, plannedPairWords, namesakeMainlandMarks, dollarSignMarks, dollarWorldMarks, reviewYearLeads, reviewYearNotNext, countedFirmNouns, planPeriodLeads, yearPlanHeadings, sarLevelWords, localCurrencyBodies, sarLevelNotTexts, subjectGoalWill, subjectGoalVerbs words
	qualifierNotWords, enumeratedPlaceNouns, enumeratedListEnds, classSizeUnits, classSizeHeads                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                         words
	approvalSuffixes, regionCommunityHeads, regionTownHeads, targetStructuralNot, countDemonstratives                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                   words
	agencyForeignFieldWords, targetScaleClasses, moneyRaiseToVerbs, regionWaterListNouns, regionRunEndNot, regionWaterItemEnds, regionWaterItemNot, regionNamedThingEnds, regionAbbreviationListNouns, regionAbbreviationListOpeners, regionAbbreviationAmbiguous, amountChangeByVerbs, amountChangeToSeps, amountRangeClosers, regionSeatSuffixes, regionCountySuffixes, moneyLevelNouns, moneyRaiseVerbs, moneyStandardNouns, moneyRaiseSkips, classSizeNotAfter, headingItemUnits, agencyLevelNounBefore                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                             words
	regionRouteHeads, regionPortWords, regionPortCounters, regionFirmListNouns, regionFirmOnlyNouns, pastChangeGoalWords, fiveYearPlanWords, agencyOwnUnitJoins                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                         words
	regionWaterSuffixes, regionWaterWords, regionValleyHeads                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            words
	regionUrbanWords, partyElidedGovernment, agencyJointBodies, titleIssuerPrefixes                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                     words
	agencyCopyOpeners, agencyShortNotNext, agencyOtherParties, agencyBoundAliases, agencyBoundAliasLeads                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                words
	regionLocativeAbbreviations, regionLocativeBefore, regionLocativeAfter, regionPairAbbreviations, regionPairBefore, regionPairNotNext                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                words
	regionParagraphOpeners, subjectSourceOpeners                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                        words
}

// compileLexicons reads the lexicons the passes use from set.
func compileLexicons(set *rules.Set) *lexicons {
	l := &lexicons{}
	for _, e := range []struct {
		name string
		dst  *words
	}{
		{"agency_foreign_prefixes", &l.agencyForeignPrefixes},
		{"agency_foreign_leads", &l.agencyForeignLeads},
		{"dateline_ends", &l.datelineEnds},
		{"agency_local_subunit_suffixes", &l.agencyLocalSubunitSuffixes},
		{"agency_local_subunit_heads", &l.agencyLocalSubunitHeads},
		{"agency_local_subunit_not_next", &l.agencyLocalSubunitNotNext},
		{"agency_local_office_suffixes", &l.agencyLocalOfficeSuffixes},
		{"agency_local_office_not_next", &l.agencyLocalOfficeNotNext},
		{"agency_foreign_speech", &l.agencyForeignSpeech},
		{"agency_foreign_not_subject", &l.agencyForeignNotSubject},
		{"agency_institution_heads", &l.agencyInstitutionHeads},
		{"agency_foreign_actors", &l.agencyForeignActors},
		{"agency_foreign_modifiers", &l.agencyForeignModifiers},
		{"agency_domestic_markers", &l.agencyDomesticMarkers},
		{"agency_generic_prefixes", &l.agencyGenericPrefixes},
		{"agency_list_cues", &l.agencyListCues},
		{"agency_open_suffixes", &l.agencyOpenSuffixes},
		{"agency_foreign_abbrev_next", &l.agencyForeignAbbrevNext},
		{"agency_open_stops", &l.agencyOpenStops},
		{"agency_named_body_next", &l.agencyNamedBodyNext},
		{"agency_named_body_stops", &l.agencyNamedBodyStops},
		{"agency_named_body_after", &l.agencyNamedBodyAfter},
		{"agency_subunit_breaks", &l.agencySubunitBreaks},
		{"agency_subunit_suffixes", &l.agencySubunitSuffixes},
		{"party_departments", &l.partyDepartments},
		{"congress_words", &l.congressWords},
		{"report_titles", &l.reportTitles},
		{"bulletin_titles", &l.bulletinTitles},
		{"national_words", &l.nationalWords},
		{"national_rank_tails", &l.nationalRankTails},
		{"count_among_openers", &l.countAmongOpeners},
		{"restated_goal_verbs", &l.restatedGoalVerbs},
		{"count_among_closers", &l.countAmongClosers},
		{"scale_level_nouns", &l.scaleLevelNouns},
		{"project_nouns", &l.projectNouns},
		{"metric_counters", &l.metricCounters},
		{"metric_bare_words", &l.metricBareWords},
		{"rate_nouns", &l.rateNouns},
		{"indicator_target_reject", &l.indicatorTargetReject},
		{"respectively_words", &l.respectivelyWords},
		{"each_words", &l.eachWords},
		{"area_class_units", &l.areaClassUnits},
		{"area_class_heads", &l.areaClassHeads},
		{"area_class_leads", &l.areaClassLeads},
		{"proposed_goal_verbs", &l.proposedGoalVerbs},
		{"proposed_goal_nouns", &l.proposedGoalNouns},
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
		{"metric_lead_verbs", &l.metricLeadVerbs},
		{"project_stage_verbs", &l.projectStageVerbs},
		{"list_item_acts", &l.listItemActs},
		{"list_item_stocks", &l.listItemStocks},
		{"metric_region_name_tails", &l.metricRegionNameTails},
		{"metric_level_words", &l.metricLevelWords},
		{"annex_scope_words", &l.annexScopeWords},
		{"restated_rate_nouns", &l.restatedRateNouns},
		{"metric_past_marks", &l.metricPastMarks},
		{"list_lead_words", &l.listLeadWords},
		{"metric_set_verbs", &l.metricSetVerbs},
		{"money_goal_words", &l.moneyGoalWords},
		{"metric_strip_prefixes", &l.metricStripPrefixes},
		{"metric_strip_keep_words", &l.metricStripKeepWords},
		{"metric_strip_suffixes", &l.metricStripSuffixes},
		{"metric_trailing", &l.metricTrailing},
		{"plan_document_not", &l.planDocumentNot},
		{"plan_document_suffixes", &l.planDocumentSuffixes},
		{"plan_scoped_suffixes", &l.planScopedSuffixes},
		{"plan_scope_words", &l.planScopeWords},
		{"plan_excluded_suffixes", &l.planExcludedSuffixes},
		{"plan_generic_titles", &l.planGenericTitles},
		{"plan_suffixes", &l.planSuffixes},
		{"publish_verbs", &l.publishVerbs},
		{"past_document_words", &l.pastDocumentWords},
		{"review_goal_words", &l.reviewGoalWords},
		{"review_goal_reference", &l.reviewGoalReference},
		{"section_condition_words", &l.sectionConditionWords},
		{"section_condition_not_openers", &l.sectionConditionNotOpeners},
		{"chapter_year_is_words", &l.chapterYearIsWords},
		{"outline_citing_words", &l.outlineCitingWords},
		{"section_first_year_words", &l.sectionFirstYearWords},
		{"section_goal_words", &l.sectionGoalWords},
		{"section_goal_not_after", &l.sectionGoalNotAfter},
		{"section_past_words", &l.sectionPastWords},
		{"section_past_headings", &l.sectionPastHeadings},
		{"region_short_name_bad_next", &l.regionShortNameBadNext},
		{"region_suffix_words", &l.regionSuffixWords},
		{"region_suffix_same_place_words", &l.regionSuffixSamePlaceWords},
		{"region_overlaps_right_dict", &l.regionOverlapsRight},
		{"transliteration_chars", &l.transliterationChars},
		{"region_part_words", &l.regionPartWords},
		{"region_overlap_suffixes", &l.regionOverlapSuffixes},
		{"person_next", &l.personNext},
		{"person_surnames", &l.personSurnames},
		{"person_titles", &l.personTitles},
		{"physical_units", &l.physicalUnits},
		{"target_capacity_prefixes", &l.targetCapacityPrefixes},
		{"target_project_words", &l.targetProjectWords},
		{"target_spec_suffixes", &l.targetSpecSuffixes},
		{"target_time_units", &l.targetTimeUnits},
		{"target_time_after", &l.targetTimeAfter},
		{"target_time_joins", &l.targetTimeJoins},
		{"target_casualty_words", &l.targetCasualtyWords},
		{"target_casualty_units", &l.targetCasualtyUnits},
		{"target_casualty_verbs", &l.targetCasualtyVerbs},
		{"event_year_not_next", &l.eventYearNotNext},
		{"past_year_not_next", &l.pastYearNotNext},
		{"target_projection_words", &l.targetProjectionWords},
		{"target_projection_subjects", &l.targetProjectionSubjects},
		{"target_structural", &l.targetStructural},
		{"target_structural_before", &l.targetStructuralBefore},
		{"five_year_not_period", &l.fiveYearNotPeriod},
		{"five_year_content_verbs", &l.fiveYearContentVerbs},
		{"least_before_verb", &l.leastBeforeVerb},
		{"verb_bounds", &l.verbBounds},
		{"structural_modifiers", &l.structuralModifiers},
		{"frequency_units", &l.frequencyUnits},
		{"frequency_markers", &l.frequencyMarkers},
		{"total_words", &l.totalWords},
		{"class_linkers", &l.classLinkers},
		{"class_condition_joiners", &l.classConditionJoiners},
		{"grant_split_words", &l.grantSplitWords},
		{"planned_sum_split_words", &l.plannedSumSplitWords},
		{"qualifier_not_words", &l.qualifierNotWords},
		{"enumerated_place_nouns", &l.enumeratedPlaceNouns},
		{"enumerated_list_ends", &l.enumeratedListEnds},
		{"class_size_units", &l.classSizeUnits},
		{"approval_suffixes", &l.approvalSuffixes},
		{"target_structural_not", &l.targetStructuralNot},
		{"count_demonstratives", &l.countDemonstratives},
		{"money_level_nouns", &l.moneyLevelNouns},
		{"region_seat_suffixes", &l.regionSeatSuffixes},
		{"region_water_item_ends", &l.regionWaterItemEnds},
		{"region_named_thing_ends", &l.regionNamedThingEnds},
		{"region_abbreviation_list_nouns", &l.regionAbbreviationListNouns},
		{"region_abbreviation_list_openers", &l.regionAbbreviationListOpeners},
		{"region_abbreviation_ambiguous", &l.regionAbbreviationAmbiguous},
		{"region_water_item_not", &l.regionWaterItemNot},
		{"region_run_end_not", &l.regionRunEndNot},
		{"region_water_list_nouns", &l.regionWaterListNouns},
		{"amount_change_by_verbs", &l.amountChangeByVerbs},
		{"amount_change_to_seps", &l.amountChangeToSeps},
		{"amount_range_closers", &l.amountRangeClosers},
		{"bound_pair_joiners", &l.boundPairJoiners},
		{"bound_inclusive_marks", &l.boundInclusiveMarks},
		{"scale_class_counters", &l.scaleClassCounters},
		{"reported_year_cues", &l.reportedYearCues},
		{"generic_list_openers", &l.genericListOpeners},
		{"generic_list_item_ends", &l.genericListItemEnds},
		{"reported_year_not", &l.reportedYearNot},
		{"yuan_explicit_words", &l.yuanExplicitWords},
		{"review_striving_words", &l.reviewStrivingWords},
		{"section_goal_met_verbs", &l.sectionGoalMetVerbs},
		{"disposal_goal_words", &l.disposalGoalWords},
		{"past_span_ends", &l.pastSpanEnds},
		{"disposal_not_next", &l.disposalNotNext},
		{"year_end_leads", &l.yearEndLeads},
		{"year_end_words", &l.yearEndWords},
		{"year_is_leads", &l.yearIsLeads},
		{"year_events", &l.yearEvents},
		{"year_event_held_words", &l.yearEventHeldWords},
		{"year_first_words", &l.yearFirstWords},
		{"year_last_words", &l.yearLastWords},
		{"anniversary_words", &l.anniversaryWords},
		{"jurisdiction_citing_words", &l.jurisdictionCitingWords},
		{"trillion_scale_words", &l.trillionScaleWords},
		{"planned_pair_words", &l.plannedPairWords},
		{"namesake_mainland_marks", &l.namesakeMainlandMarks},
		{"dollar_sign_marks", &l.dollarSignMarks},
		{"dollar_world_marks", &l.dollarWorldMarks},
		{"review_year_leads", &l.reviewYearLeads},
		{"review_year_not_next", &l.reviewYearNotNext},
		{"counted_firm_nouns", &l.countedFirmNouns},
		{"plan_period_leads", &l.planPeriodLeads},
		{"year_plan_headings", &l.yearPlanHeadings},
		{"sar_level_words", &l.sarLevelWords},
		{"local_currency_bodies", &l.localCurrencyBodies},
		{"subject_goal_will", &l.subjectGoalWill},
		{"subject_goal_verbs", &l.subjectGoalVerbs},
		{"sar_level_not_texts", &l.sarLevelNotTexts},
		{"region_county_suffixes", &l.regionCountySuffixes},
		{"money_raise_verbs", &l.moneyRaiseVerbs},
		{"target_scale_classes", &l.targetScaleClasses},
		{"agency_foreign_field_words", &l.agencyForeignFieldWords},
		{"money_raise_to_verbs", &l.moneyRaiseToVerbs},
		{"money_standard_nouns", &l.moneyStandardNouns},
		{"money_raise_skips", &l.moneyRaiseSkips},
		{"class_size_not_after", &l.classSizeNotAfter},
		{"class_size_adjacent_heads", &l.classSizeAdjacentHeads},
		{"speaker_labels", &l.speakerLabels},
		{"share_list_leads", &l.shareListLeads},
		{"heading_item_units", &l.headingItemUnits},
		{"agency_level_noun_before", &l.agencyLevelNounBefore},
		{"region_community_heads", &l.regionCommunityHeads},
		{"region_town_heads", &l.regionTownHeads},
		{"class_size_heads", &l.classSizeHeads},
		{"grant_object_openers", &l.grantObjectOpeners},
		{"grant_object_not", &l.grantObjectNot},
		{"grant_words", &l.grantWords},
		{"size_words", &l.sizeWords},
		{"bound_level_nouns", &l.boundLevelNouns},
		{"fulfilment_words", &l.fulfilmentWords},
		{"fulfilment_rate_words", &l.fulfilmentRateWords},
		{"equity_stake_words", &l.equityStakeWords},
		{"payout_verbs", &l.payoutVerbs},
		{"periods_ahead", &l.periodsAhead},
		{"report_glossary_headings", &l.reportGlossaryHeadings},
		{"communique_words", &l.communiqueWords},
		{"budget_purpose_words", &l.budgetPurposeWords},
		{"amount_cap_words", &l.amountCapWords},
		{"amount_price_units", &l.amountPriceUnits},
		{"caption_labels", &l.captionLabels},
		{"firm_names", &l.firmNames},
		{"hypothetical_words", &l.hypotheticalWords},
		{"target_foreign_forces", &l.targetForeignForces},
		{"target_foreign_forces_not", &l.targetForeignForcesNot},
		{"section_goal_counters", &l.sectionGoalCounters},
		{"equity_stake_not", &l.equityStakeNot},
		{"report_plan_forecast_words", &l.reportPlanForecast},
		{"report_plan_forecast_not_next", &l.reportPlanForecastNot},
		{"plan_forecast_titles", &l.planForecastTitles},
		{"plan_forecast_verbs", &l.planForecastVerbs},
		{"hypothetical_not", &l.hypotheticalNot},
		{"payout_per_unit", &l.payoutPerUnit},
		{"firm_count_units", &l.firmCountUnits},
		{"metric_class_tails", &l.metricClassTails},
		{"metric_alt_counters", &l.metricAltCounters},
		{"paragraph_past_openers", &l.paragraphPastOpeners},
		{"structural_counters", &l.structuralCounters},
		{"task_words", &l.taskWords},
		{"age_units", &l.ageUnits},
		{"population_tails", &l.populationTails},
		{"money_goal_copulas", &l.moneyGoalCopulas},
		{"goal_restatement_words", &l.goalRestatementWords},
		{"goal_restatement_nouns", &l.goalRestatementNouns},
		{"population_nouns", &l.populationNouns},
		{"population_have_words", &l.populationHaveWords},
		{"age_metric_words", &l.ageMetricWords},
		{"lone_scales", &l.loneScales},
		{"lone_scale_approximations", &l.loneScaleApproximations},
		{"lone_scale_measure_next", &l.loneScaleMeasureNext},
		{"campaign_words", &l.campaignWords},
		{"change_from_words", &l.changeFromWords},
		{"comparison_base_words", &l.comparisonBaseWords},
		{"growth_topic_not", &l.growthTopicNot},
		{"region_known_not_next", &l.regionKnownNotNext},
		{"region_everyday_dict", &l.regionEverydayWords},
		{"region_county_unit_not_next", &l.regionCountyUnitNotNext},
		{"money_cap_words", &l.moneyCapWords},
		{"class_share_words", &l.classShareWords},
		{"agency_name_joins", &l.agencyNameJoins},
		{"agency_name_fields", &l.agencyNameFields},
		{"pool_investment_words", &l.poolInvestmentWords},
		{"budget_fund_nouns", &l.budgetFundNouns},
		{"comparison_change_verbs", &l.comparisonChangeVerbs},
		{"change_to_words", &l.changeToWords},
		{"change_to_tails", &l.changeToTails},
		{"comparison_base_leads", &l.comparisonBaseLeads},
		{"comparison_base_not", &l.comparisonBaseNot},
		{"target_radius_tails", &l.targetRadiusTails},
		{"target_radius_not_next", &l.targetRadiusNotNext},
		{"target_actor_anaphora", &l.targetActorAnaphora},
		{"metric_subject_heads", &l.metricSubjectHeads},
		{"metric_subject_head_not_next", &l.metricSubjectHeadNotNext},
		{"target_exceed_leads", &l.targetExceedLeads},
		{"target_name_tails", &l.targetNameTails},
		{"target_name_heads", &l.targetNameHeads},
		{"target_name_units", &l.targetNameUnits},
		{"target_firm_suffixes", &l.targetFirmSuffixes},
		{"target_firm_next", &l.targetFirmNext},
		{"target_firm_not", &l.targetFirmNot},
		{"target_security_units", &l.targetSecurityUnits},
		{"target_security_words", &l.targetSecurityWords},
		{"metric_subject_not_openers", &l.metricSubjectNotOpeners},
		{"formula_operators", &l.formulaOperators},
		{"plan_lead_phrases", &l.planLeadPhrases},
		{"addressee_words", &l.addresseeWords},
		{"year_plan_words", &l.yearPlanWords},
		{"region_street_words", &l.regionStreetWords},
		{"region_numbered_street_words", &l.regionNumberedStreetWords},
		{"region_street_numerals", &l.regionStreetNumerals},
		{"region_place_list_tails", &l.regionPlaceListTails},
		{"region_place_list_not", &l.regionPlaceListNot},
		{"region_list_openers", &l.regionListOpeners},
		{"region_title_document_ends", &l.regionTitleDocumentEnds},
		{"region_mountain_next", &l.regionMountainNext},
		{"region_mountain_not", &l.regionMountainNot},
		{"region_city_list_tails", &l.regionCityListTails},
		{"region_street_not", &l.regionStreetNot},
		{"heading_this_year_words", &l.headingThisYearWords},
		{"region_institution_heads", &l.regionInstitutionHeads},
		{"region_institution_infixes", &l.regionInstitutionInfixes},
		{"responsible_note_words", &l.responsibleNoteWords},
		{"region_zone_words", &l.regionZoneWords},
		{"region_designation_next", &l.regionDesignationNext},
		{"region_water_name_next", &l.regionWaterNameNext},
		{"region_province_delivery", &l.regionProvinceDelivery},
		{"region_stretch_ends", &l.regionStretchEnds},
		{"region_designation_not", &l.regionDesignationNot},
		{"past_year_level_words", &l.pastYearLevelWords},
		{"region_generic_names", &l.regionGenericNames},
		{"region_route_joins", &l.regionRouteJoins},
		{"region_route_heads", &l.regionRouteHeads},
		{"region_route_list_counters", &l.regionRouteListCounters},
		{"region_port_words", &l.regionPortWords},
		{"region_port_counters", &l.regionPortCounters},
		{"five_year_plan_words", &l.fiveYearPlanWords},
		{"agency_own_unit_joins", &l.agencyOwnUnitJoins},
		{"region_firm_list_nouns", &l.regionFirmListNouns},
		{"region_firm_only_nouns", &l.regionFirmOnlyNouns},
		{"region_water_suffixes", &l.regionWaterSuffixes},
		{"region_basin_suffixes", &l.regionBasinSuffixes},
		{"region_water_words", &l.regionWaterWords},
		{"region_valley_heads", &l.regionValleyHeads},
		{"region_urban_words", &l.regionUrbanWords},
		{"region_pair_abbreviations", &l.regionPairAbbreviations},
		{"region_pair_before", &l.regionPairBefore},
		{"region_pair_not_next", &l.regionPairNotNext},
		{"party_elided_government", &l.partyElidedGovernment},
		{"agency_joint_bodies", &l.agencyJointBodies},
		{"agency_copy_openers", &l.agencyCopyOpeners},
		{"agency_short_not_next", &l.agencyShortNotNext},
		{"agency_other_parties", &l.agencyOtherParties},
		{"agency_bound_aliases", &l.agencyBoundAliases},
		{"agency_bound_alias_leads", &l.agencyBoundAliasLeads},
		{"region_locative_abbreviations", &l.regionLocativeAbbreviations},
		{"region_locative_before", &l.regionLocativeBefore},
		{"region_paragraph_openers", &l.regionParagraphOpeners},
		{"subject_source_openers", &l.subjectSourceOpeners},
		{"region_locative_after", &l.regionLocativeAfter},
		{"title_issuer_prefixes", &l.titleIssuerPrefixes},
		{"past_change_goal_words", &l.pastChangeGoalWords},
		{"plan_kind_after", &l.planKindAfter},
		{"target_focus_verbs", &l.targetFocusVerbs},
		{"region_abbreviation_next", &l.regionAbbreviationNext},
		{"region_abbreviation_count_nouns", &l.regionAbbreviationCountNouns},
		{"region_lake_suffixes", &l.regionLakeSuffixes},
		{"period_first_year_words", &l.periodFirstYearWords},
		{"target_participation_words", &l.targetParticipationWords},
		{"target_auction_words", &l.targetAuctionWords},
		{"target_auction_subjects", &l.targetAuctionSubjects},
		{"target_destroy_verbs", &l.targetDestroyVerbs},
		{"region_abbreviation_province_nouns", &l.regionAbbreviationProvinceNouns},
		{"agency_country_counts", &l.agencyCountryCounts},
		{"agency_foreign_only_modifiers", &l.agencyForeignOnlyModifiers},
		{"agency_foreign_prefix_not", &l.agencyForeignPrefixNot},
		{"region_assistance_words", &l.regionAssistanceWords},
		{"task_object_nouns", &l.taskObjectNouns},
		{"region_bay_words", &l.regionBayWords},
		{"region_county_seat_next", &l.regionCountySeatNext},
		{"agency_spokesman_words", &l.agencySpokesmanWords},
		{"amount_passed_before", &l.amountPassedBefore},
		{"class_size_breaks", &l.classSizeBreaks},
		{"money_raise_to_standard_verbs", &l.moneyRaiseToStandardVerbs},
		{"money_raise_to_standard_nouns", &l.moneyRaiseToStandardNouns},
		{"agency_china_heads", &l.agencyChinaHeads},
		{"agency_china_words", &l.agencyChinaWords},
		{"plan_forecast_words", &l.planForecastWords},
		{"plan_forecast_not_next", &l.planForecastNotNext},
		{"planned_action_will", &l.plannedActionWill},
		{"planned_action_verbs", &l.plannedActionVerbs},
		{"target_time_before", &l.targetTimeBefore},
		{"target_term_suffixes", &l.targetTermSuffixes},
		{"target_term_not", &l.targetTermNot},
		{"length_units", &l.lengthUnits},
		{"target_length_before", &l.targetLengthBefore},
		{"target_destroyed_units", &l.targetDestroyedUnits},
	} {
		*e.dst = newWords(set.Lexicon(e.name))
	}
	l.regionOverlapsRight = newWords(append(set.Lexicon("region_overlaps_right_dict"), set.Lexicon("region_overlaps_right")...))
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

// Level-word kinds: what a level word (省, 市, 区 …) stands for.
const (
	kindProvince   = "province"
	kindAutonomous = "autonomous_region"
	kindCity       = "city"
	kindPrefecture = "prefecture"
	kindLeague     = "league"
	kindCounty     = "county"
	kindDistrict   = "district"
)

var levelKinds = []string{kindProvince, kindAutonomous, kindCity, kindPrefecture, kindLeague, kindCounty, kindDistrict}

// fiveYear is a five-year plan's name and period.
type fiveYear struct {
	name     string
	from, to int
}

// text is the text basics of rules/default/text.yaml, compiled: the small
// words and patterns that the passes test runes and strings against.
type text struct {
	// Words a wrapped line's break does not part (qualifier suffixes and
	// units of two runes or more: 左⏎右, 平方⏎公里), and those that a break
	// does not stand before (亿元⏎以上): see unwrap.
	unwrapWords, unwrapOpeners [][]rune
	levelWords                 []string          // 自治区, 省, 市 …, longest first
	levelKind                  map[string]string // level word → kind
	kindWord                   map[string]string // kind → its first level word
	municipalities             words
	sars                       words // special_administrative_regions
	autonomousMarker           string
	stateChar                  rune
	committeeLevels            string // single characters
	ministrySuffix             string
	ministryTails              string
	ministryMeetingTails       words
	headSuffix                 string
	committee, party           rune
	committeeNotNext           string
	de                         rune
	deWord                     string
	etc                        rune
	etcWord                    string
	listConj                   string
	listConjWords              [][]rune
	issuerJoiners              string
	ordinal                    rune
	page, total                rune // 第3页 共12页: see pages.go
	causative                  string
	shareScope                 []string // 全国: between 使 and a share (要使全国80%…)
	year                       rune
	annualWords                []string
	editionWords               []string // 修订, 版: a title's year that dates an edition
	fiveYearPlans              []fiveYear
	comparisonWords            []string
	yearBaseChars              string
	yearDeadlineChars          string
	currencyUnits              map[string]string   // ISO code → word
	partyDeptNames             map[string]string   // short department name → full (编办 → 机构编制委员会办公室)
	youthLeague                map[string]string   // the Youth League's mark before a level's committee → its name (团 → 共青团)
	zoneWords                  map[string]string   // last word of a zone's name as written → official (高新区 → 高新技术产业开发区)
	zoneCommittees             map[string]string   // 管委会 → 管理委员会
	zoneCommitteeFirst         string              // the first characters of zoneCommittees' words
	zoneWordList               []string            // zoneWords' keys, longest first
	zoneCommitteeList          []string            // zoneCommittees' keys, longest first
	zoneNameStops              string              // characters no zone's own name holds
	economicListForm           map[string]string   // a bare form that names an economic region in a list of them (粤港澳 → 粤港澳大湾区)
	cityInitials               map[string][]string // 北上广深 → 北京市 上海市 广州市 深圳市, one per character
	yuan                       string
	changeVerbs                []string
	growthWords                words
	growthAdverbs              []string
	goalNouns                  []string
	largeNumerals              []string
	rangeEndChars              string
	goalStrivingWords          []string
	revenueClass               []string
	projectCounters            string
	levelNote                  string // characters of a bracketed level note (（自治区、直辖市）)
	levelSuffix                string

	periodRe, titleYear, yearRange, titleYearRange, deliveredOn, titleDate, yearWord         *regexp.Regexp
	fiveYearTime, leadingDeadline, changeFrom, forecastBase, headingNumber, subheadingNumber *regexp.Regexp
	priceBasis, bodyLead                                                                     *regexp.Regexp
	bodyLeadFirst                                                                            runeFilter // the runes a match of bodyLead starts with
	headingHorizon, headingYear, spanWords, planSpanWords, planReport, pastYearValue         *regexp.Regexp
	headingFirst, subheadingFirst                                                            runeFilter  // the runes a line that headingNumber, subheadingNumber match starts with
	priceBasisFirst                                                                          runeFilter  // the runes a match of priceBasis starts with
	fiveYearNeeds                                                                            *litreq.Set // words every fiveYearTime match holds
	deliveredNeeds                                                                           []string    // words every deliveredOn match holds, all of them
	deliveredNeedsRaw                                                                        [][]rune    // the same words, when none holds a digit: looked for before ASCIIDigits (nil: not)
}

// literalsAll returns literals that every match of re holds, all of them
// (the literal pieces of its top-level sequence, inside groups and
// repeats of at least one): text without one of them holds no match, and
// strings.Contains says so faster than the expression can. Nil when none
// is known.
func literalsAll(re *regexp.Regexp) []string {
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return nil
	}
	var out []string
	var walk func(n *syntax.Regexp)
	walk = func(n *syntax.Regexp) {
		switch n.Op {
		case syntax.OpLiteral:
			if n.Flags&syntax.FoldCase == 0 {
				out = append(out, string(n.Rune))
			}
		case syntax.OpConcat:
			for _, sub := range n.Sub {
				walk(sub)
			}
		case syntax.OpCapture, syntax.OpPlus:
			walk(n.Sub[0])
		case syntax.OpRepeat:
			if n.Min >= 1 {
				walk(n.Sub[0])
			}
		}
	}
	walk(tree)
	return out
}

// containsAll reports whether s holds every one of words.
// digitFreeRunes returns words as runes if none of them holds a rune that
// number.ASCIIDigitsRunes rewrites or writes (a digit, Chinese or ASCII):
// such words are in a text exactly when they are in its ASCIIDigits form.
// Otherwise, or without words, nil.
func digitFreeRunes(words []string) [][]rune {
	var out [][]rune
	for _, w := range words {
		for _, r := range w {
			if _, ok := number.DateDigit(r); ok || r >= '0' && r <= '9' {
				return nil
			}
		}
		out = append(out, []rune(w))
	}
	return out
}

// runesContainAll reports whether rs holds every one of words.
func runesContainAll(rs []rune, words [][]rune) bool {
	for _, w := range words {
		found := false
		for i := 0; i+len(w) <= len(rs) && !found; i++ {
			found = slices.Equal(rs[i:i+len(w)], w)
		}
		if !found {
			return false
		}
	}
	return true
}

func containsAll(s string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}

// never stands for a word or character that a rule set leaves out: it
// matches no text, so a set without text.yaml (rules.Load of one file)
// compiles to an extractor that finds none of what those words mark.
const (
	neverWord = "\x00"
	neverRune = -1
)

// compileText reads the text basics from set, checking the lexicons that
// must hold one word, single characters, word=value pairs or a pattern. A
// lexicon that is absent matches nothing.
func compileText(set *rules.Set) (*text, error) {
	t := &text{}
	var errs []error
	fail := func(name, format string, a ...any) {
		at := ""
		if l := set.Lexicons[name]; l != nil {
			at = l.Pos.String() + ": "
		}
		errs = append(errs, fmt.Errorf("%slexicon %s: "+format, append([]any{at, name}, a...)...))
	}
	one := func(name string) string {
		ws := set.Lexicon(name)
		if len(ws) == 0 {
			return neverWord
		}
		if len(ws) != 1 {
			fail(name, "want one word, have %d", len(ws))
			return neverWord
		}
		return ws[0]
	}
	char := func(name string) rune {
		w := []rune(one(name))
		if string(w) == neverWord {
			return neverRune
		}
		if len(w) != 1 {
			fail(name, "want one character, have %q", string(w))
			return 0
		}
		return w[0]
	}
	chars := func(name string) string {
		var b strings.Builder
		for _, w := range set.Lexicon(name) {
			if utf8.RuneCountInString(w) != 1 {
				fail(name, "want single characters, have %q", w)
			}
			b.WriteString(w)
		}
		return b.String()
	}
	pairs := func(name string, each func(k, v string) error) {
		for _, w := range set.Lexicon(name) {
			k, v, ok := strings.Cut(w, "=")
			if !ok || k == "" || v == "" {
				fail(name, "%q is not word=value", w)
				continue
			}
			if err := each(k, v); err != nil {
				fail(name, "%q: %v", w, err)
			}
		}
	}
	pattern := func(name string, groups int) *regexp.Regexp {
		p := one(name)
		if p == neverWord {
			return regexp.MustCompile(`$.^`) // matches nothing
		}
		re, err := regexp.Compile(p)
		if err != nil {
			fail(name, "%v", err)
			return regexp.MustCompile(`$.^`)
		}
		if re.NumSubexp() != groups {
			fail(name, "want %d groups, have %d", groups, re.NumSubexp())
		}
		return re
	}

	for _, lex := range []string{"qualifier_ge_suffix", "qualifier_le_suffix", "qualifier_approx_suffix", "count_units", "money_units"} {
		for _, w := range set.Lexicon(lex) {
			if rs := []rune(w); len(rs) >= 2 {
				t.unwrapWords = append(t.unwrapWords, rs)
				if strings.HasSuffix(lex, "_suffix") {
					t.unwrapOpeners = append(t.unwrapOpeners, rs)
				}
			}
		}
	}
	t.levelWords = set.Lexicon("level_words")
	t.levelKind, t.kindWord = map[string]string{}, map[string]string{}
	pairs("level_word_kinds", func(w, kind string) error {
		if !slices.Contains(levelKinds, kind) {
			return fmt.Errorf("unknown kind %q (one of %s)", kind, strings.Join(levelKinds, ", "))
		}
		t.levelKind[w] = kind
		if _, ok := t.kindWord[kind]; !ok {
			t.kindWord[kind] = w
		}
		return nil
	})
	for _, k := range levelKinds {
		if _, ok := t.kindWord[k]; !ok {
			t.kindWord[k] = neverWord
		}
	}
	t.municipalities = newWords(set.Lexicon("municipalities"))
	t.sars = newWords(set.Lexicon("special_administrative_regions"))
	t.autonomousMarker = one("autonomous_marker")
	t.committeeLevels = chars("committee_levels")
	t.stateChar = char("state_char")
	t.ministrySuffix = one("ministry_suffix")
	t.ministryTails = chars("ministry_word_tails")
	t.ministryMeetingTails = newWords(set.Lexicon("ministry_meeting_tails"))
	t.headSuffix = one("agency_head_suffix")
	t.committee, t.party = char("committee_char"), char("party_char")
	t.committeeNotNext = chars("committee_not_next")
	t.de = char("particle_de")
	t.deWord = runeWord(t.de)
	t.etc = char("etc_char")
	t.etcWord = runeWord(t.etc)
	t.listConj = chars("list_conjunctions")
	t.levelNote = chars("level_note_chars")
	for _, w := range set.Lexicon("list_conjunction_words") {
		rs := []rune(w)
		if len(rs) != 2 || !strings.ContainsRune(t.listConj, rs[1]) {
			fail("list_conjunction_words", "%q is not two characters ending in one of list_conjunctions", w)
			continue
		}
		t.listConjWords = append(t.listConjWords, rs)
	}
	t.issuerJoiners = chars("issuer_joiners")
	t.ordinal = char("ordinal_prefix")
	t.page = char("page_char")
	t.total = char("total_char")
	t.causative = chars("causative_chars")
	t.shareScope = set.Lexicon("share_scope_words")
	t.year = char("year_char")
	t.annualWords = set.Lexicon("annual_words")
	t.editionWords = set.Lexicon("edition_words")
	pairs("five_year_plans", func(name, period string) error {
		a, b, ok := strings.Cut(period, "-")
		from, err1 := strconv.Atoi(a)
		to, err2 := strconv.Atoi(b)
		if !ok || err1 != nil || err2 != nil || from > to {
			return fmt.Errorf("the period is not first-last")
		}
		t.fiveYearPlans = append(t.fiveYearPlans, fiveYear{name, from, to})
		return nil
	})
	t.comparisonWords = set.Lexicon("comparison_words")
	t.yearBaseChars = chars("year_base_chars")
	t.yearDeadlineChars = chars("year_deadline_chars")
	t.currencyUnits = map[string]string{}
	pairs("reported_currency_words", func(iso, w string) error {
		t.currencyUnits[iso] = w
		return nil
	})
	if t.yuan = t.currencyUnits["CNY"]; t.yuan == "" && len(t.currencyUnits) > 0 {
		fail("reported_currency_words", "no word for CNY")
	}
	t.youthLeague = map[string]string{}
	pairs("agency_youth_league_marks", func(mark, name string) error {
		t.youthLeague[mark] = name
		return nil
	})
	t.partyDeptNames = map[string]string{}
	pairs("party_department_names", func(short, full string) error {
		t.partyDeptNames[short] = full
		return nil
	})
	t.zoneWords, t.zoneCommittees = map[string]string{}, map[string]string{}
	pairs("zone_words", func(w, full string) error {
		t.zoneWords[w] = full
		return nil
	})
	pairs("zone_committee_words", func(w, full string) error {
		t.zoneCommittees[w] = full
		if r, _ := utf8.DecodeRuneInString(w); !strings.ContainsRune(t.zoneCommitteeFirst, r) {
			t.zoneCommitteeFirst += string(r)
		}
		return nil
	})
	t.zoneNameStops = chars("zone_name_stops")
	// Tried longest first, in a fixed order: map order must not choose.
	for w := range t.zoneWords {
		t.zoneWordList = append(t.zoneWordList, w)
	}
	for w := range t.zoneCommittees {
		t.zoneCommitteeList = append(t.zoneCommitteeList, w)
	}
	for _, l := range [][]string{t.zoneWordList, t.zoneCommitteeList} {
		slices.SortFunc(l, func(a, b string) int {
			if n, m := utf8.RuneCountInString(a), utf8.RuneCountInString(b); n != m {
				return m - n
			}
			return strings.Compare(a, b)
		})
	}
	t.economicListForm = map[string]string{}
	pairs("region_economic_list_forms", func(form, name string) error {
		t.economicListForm[form] = name
		return nil
	})
	t.cityInitials = map[string][]string{}
	pairs("region_city_initials", func(form, names string) error {
		ns := strings.Fields(names)
		// 粤港澳(三地): the part in brackets must follow, and names nothing.
		initials, tail, hasTail := strings.Cut(form, "(")
		if hasTail && (!strings.HasSuffix(tail, ")") || len(tail) < 2) {
			return fmt.Errorf("%s: a tail that must follow is written in brackets at the end of the form: INITIALS(TAIL)", form)
		}
		if len(ns) != utf8.RuneCountInString(initials) {
			return fmt.Errorf("%s names %d cities for %d characters; give one name per character, separated by spaces", initials, len(ns), utf8.RuneCountInString(initials))
		}
		t.cityInitials[initials+strings.TrimSuffix(tail, ")")] = ns
		return nil
	})
	t.changeVerbs = set.Lexicon("metric_change_verbs")
	t.growthWords = newWords(set.Lexicon("growth_words"))
	t.growthAdverbs = set.Lexicon("growth_adverbs")
	t.goalNouns = set.Lexicon("goal_nouns")
	t.largeNumerals = set.Lexicon("large_numerals")
	t.rangeEndChars = strings.Join(set.Lexicon("range_end_chars"), "")
	t.goalStrivingWords = set.Lexicon("goal_striving_words")
	t.revenueClass = set.Lexicon("revenue_class_words")
	t.projectCounters = chars("project_counters")
	t.levelSuffix = one("level_suffix")

	t.periodRe = pattern("pattern_plan_period", 2)
	t.titleYear = pattern("pattern_title_year", 1)
	t.yearRange = pattern("pattern_year_range", 2)
	t.titleYearRange = pattern("pattern_title_year_range", 2)
	t.deliveredOn = pattern("pattern_delivered_on", 2)
	t.deliveredNeeds = literalsAll(t.deliveredOn)
	t.deliveredNeedsRaw = digitFreeRunes(t.deliveredNeeds)
	t.titleDate = pattern("pattern_title_date", 2)
	t.bodyLead = pattern("pattern_body_lead", 0)
	t.bodyLeadFirst = leadingRunes(t.bodyLead)
	t.yearWord = pattern("pattern_year_word", 1)
	t.fiveYearTime = pattern("pattern_five_year_time", 2)
	t.fiveYearNeeds = litreq.NewSet(litreq.Required(t.fiveYearTime.String()))
	t.leadingDeadline = pattern("pattern_leading_deadline", 0)
	t.changeFrom = pattern("pattern_change_from", 0)
	t.forecastBase = pattern("pattern_forecast_base", 0)
	t.priceBasis = pattern("pattern_price_basis", 0)
	t.priceBasisFirst = leadingRunes(t.priceBasis)
	t.headingNumber = pattern("pattern_heading_number", 0)
	t.subheadingNumber = pattern("pattern_subheading_number", 0)
	t.headingFirst, t.subheadingFirst = leadingRunes(t.headingNumber), leadingRunes(t.subheadingNumber)
	t.headingHorizon = pattern("pattern_heading_horizon", 1)
	t.headingYear = pattern("pattern_heading_year", 0)
	t.spanWords = pattern("pattern_span_words", 0)
	t.planSpanWords = pattern("pattern_plan_span_words", 0)
	t.planReport = pattern("pattern_plan_report", 0)
	t.pastYearValue = pattern("pattern_past_year_value", 0)
	return t, errors.Join(errs...)
}

// hasSuffixAnyString reports whether s ends in one of ws.
func hasSuffixAnyString(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// runeWord is r as a string, or neverWord for neverRune.
func runeWord(r rune) string {
	if r == neverRune {
		return neverWord
	}
	return string(r)
}

func hasPrefixAnyString(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}
