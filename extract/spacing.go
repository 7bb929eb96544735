package extract

// Letter-spaced headings: a PDF sets a title or a heading with a blank
// between its characters (政 府 工 作 报 告, 2023 年 工 作 回 顾), and its text
// keeps the blanks. Left in, the title is no report's and the heading no
// part's (tense.go), and the words of every lexicon miss it.

// letterSpaced returns, in order, the indices of the blanks of a text's
// letter-spaced runs: Han characters in a row with the same blanks between
// them (one to three spaces), two of them at least alone between blanks
// (or a blank and the run's end), and three in all: the first may end a
// word and the last open one (2023年 工 作 回 顾报告). A caller removes them
// (Text.Without). Words with a blank between (中国 美国 日本, 中国 和 美国:
// one character alone) and figures (a table's 吨 5 2.3) are no run.
func letterSpaced(rs []rune) (drops []int) {
	for i := 0; i < len(rs); {
		if !isHan(rs[i]) {
			i++
			continue
		}
		// A run may start at i: blanks follow, then Han.
		gap := 0
		for i+1+gap < len(rs) && rs[i+1+gap] == ' ' && gap < 3 {
			gap++
		}
		if gap == 0 || i+1+gap >= len(rs) || !isHan(rs[i+1+gap]) {
			i++
			continue
		}
		units := []int{i}
		alone := 0
		if i == 0 || !isHan(rs[i-1]) {
			alone++
		}
		j := i
		for {
			k := j + 1 + gap
			if k >= len(rs) || !isHan(rs[k]) {
				break
			}
			units = append(units, k)
			if k+1 < len(rs) && isHan(rs[k+1]) {
				break // rs[k] opens a word: the run's last (…回 顾报告)
			}
			alone++
			j = k
			n := 0 // the next blanks must be as many
			for j+1+n < len(rs) && rs[j+1+n] == ' ' {
				n++
			}
			if n != gap {
				break
			}
		}
		if len(units) >= 3 && alone >= 2 {
			for _, u := range units[:len(units)-1] {
				for b := u + 1; b <= u+gap; b++ {
					drops = append(drops, b)
				}
			}
			i = units[len(units)-1] + 1
			continue
		}
		i++
	}
	return drops
}
