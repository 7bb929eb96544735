// Package number turns Chinese and Arabic numerals and quantity expressions
// from Chinese policy text into exact values.
//
// # Numerals (Parse)
//
// A numeral is one of:
//
//   - an Arabic number, optionally with thousands separators in groups of
//     three and a fraction: 1200, 1,200, 1,200.5, 1.8;
//   - a Chinese positional numeral: digits 零〇一二两三…九 (capitals 壹贰叁…玖)
//     times units 十 百 千 (拾 佰 仟), grouped by 万 and 亿 (萬, 億): 两千亿,
//     一万五千亿, 十万零三百, 一亿二千万. A bare unit at the start means one of
//     it (十五, 百亿, 万亿 = 1e12); 万亿 is 1e12 because everything before 亿
//     multiplies it. 零 marks a skipped position and is required for one
//     (一千零五; 一千五十 is an error); a trailing digit right after 百, 千,
//     万 or 亿 abbreviates the next position (一万五 = 15000, 三千五 = 3500);
//   - a mixed numeral, where a single Arabic digit takes the place of a
//     Chinese one (十1 = 11, 3千5百 = 3500) and an Arabic number of any size
//     may multiply 万 or 亿 (1200亿, 100000万, 1亿2000万);
//   - a decimal coefficient followed by a scale from ScalePattern: 1.8亿,
//     2.3万亿, 一点八亿, 十五点八万, 3.5千万;
//   - a digit string of at least three digits: 二〇二五, 一九九八, 一〇八, and
//     the figures texts of the 1950s write digit by digit, also before 万
//     or 亿 (二五一万 = 2510000, 七六六亿) — but not three that count off
//     (一二三产业). Two digits alone (三五) are a fuzzy range, not a number,
//     except as the whole part of a decimal (二五·一亿 = 2.51e9).
//
// Values are computed exactly in decimal and converted to float64 once, so
// 1.1十万 is exactly 110000 (the float product 1.1*1e5 is
// 110000.00000000001), and integers written in any of these forms round-trip
// exactly (tested from 0 to 1e13). Overflow of 64-bit integers, inputs over
// 64 runes, signs and anything malformed (十四五, 一带一路, "") are errors,
// never a guess.
//
// # Quantity expressions (Vocab.ParseQuantity)
//
// A quantity expression is
//
//	prefix* term [separator term] suffix*
//
// where a prefix is a qualifier word (超过, 不超过, 约 …) or a currency word or
// symbol (人民币, $, HK$ …); a term is a numeral with an optional 余/多/几 and
// scale (1200余亿, 一千多万), a fuzzy range of two adjacent digits (两三百万 =
// [2e6, 3e6], 三五十亿 = [3e9, 5e9], 十七八), a vague scale (数百亿 = [1e10,
// 1e11], 上百亿 = ≥1e10), a percentage in words (百分之三点五, 千分之一点五) or
// a doubling (翻两番 = ×4), followed by an optional unit; the separator is one
// of 至 到 - ‐ — —— – ― ~ 〜; a suffix is a qualifier word written after the unit
// (以上, (含)以上, 左右 …).
//
// In a range, a low end written without a scale borrows the high end's: 1—2亿
// is [1e8, 2e8], 3至5家 is [3, 5], 八到九百亿 is [8e10, 9e10] (flagged
// Ambiguous, since 百亿 might not distribute), while 5000万元至1亿元 keeps
// its own. Fuzzy ranges and vague words give the qualifier "~".
//
// # Qualifiers
//
//	=    plain number; 达, 达到, 可达, 高达, 为 (the verb of a goal, not a bound); explicit ranges
//	>    超, 超过, 超出, 逾, 突破, 高于, 多于, 大于; 以上(不含)
//	>=   以上, 及以上, (含)以上, 以上(含), 不低于, 不少于, 不小于, 至少, 最少, 最低, 起, 上百(亿)
//	<    近, 将近, 接近, 不足, 低于, 不到, 少于, 小于, 不满; 以下(不含)
//	<=   最高, 最多, 至多, 不超过, 不高于, 不多于, 不大于, 最高不超过, 最高可达, 以下, 以内, 封顶
//	~    约, 大约, 大概, 约为, 约合, 大致, 左右, 上下, 余, 多, 几, 数(百), fuzzy ranges
//
// Words are matched longest first, so 不超过 is never read as 超过 and 不低于
// never as 低于. When an expression has several qualifiers, a bound wins over
// "~", a strict bound over an inclusive one in the same direction (超过100家以上
// is >), and opposite bounds are an error.
//
// # Units and kinds
//
// Money (Kind "money") is in currency units: 1.8亿元 → 1.8e8 CNY, 100000万美元
// → 1e9 USD; its Unit is the currency's canonical word (元, 美元, 欧元, 港元,
// 日元, 英镑). 元 takes the currency of a prefix (港币100万元 is HKD). A
// currency prefix without a unit ($3亿) sets UnitInferred; a number without
// any unit (145亿) is Kind "bare" and the caller may call Quantity.AsMoney.
// Percentages are in percent (百分之三点五 is 3.5 with Unit "%"), per mille
// as written (1.5‰ and 千分之一点五 are 1.5 with Unit "‰", as the guidelines
// keep the unit written after the number), percentage points are Kind "points" (个百分点), 倍 and
// 翻N番 are Kind "multiple". Every other unit is Kind "count" with the unit as
// written. A scale written before a unit goes into the value, not the unit:
// 300万千瓦 is 3e6 千瓦 and 5万人 is 5e4 人; AddUnit strips such scales.
//
// # Caveats
//
//   - ParseQuantity parses an expression the caller has located; it does
//     not search text and rejects anything left over (第一批, 一批, 全国两会,
//     千亿级 — see ParseScaleClass for the latter).
//   - The exported patterns expect text passed through Normalize (or the
//     project's own NFKC-per-rune and Traditional→Simplified step). Normalize
//     keeps the rune count, so regexp2 match indexes (which count runes) are
//     also rune offsets into the original text; convert them to byte offsets
//     before slicing a Go string.
//   - The Traditional→Simplified table covers the characters of numerals,
//     qualifiers, units and currencies only; 參 and 叄 are read as the capital
//     three in numerals.
//   - Negative numbers are out of scope: a sign is an error.
//   - 兆 is not a scale (it is ambiguous between 1e6 and 1e12); 兆瓦 is a unit.
package number
