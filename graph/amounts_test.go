package graph

import (
	"fmt"
	"strings"
	"testing"
)

func TestAmountFilters(t *testing.T) {
	g := NewKG()
	ndrc := g.AddNode(&Node{ID: NewID(Agency, "国家发展和改革委员会"), Kind: Agency, Name: "国家发展和改革委员会", Attrs: map[string]string{"aliases": "国家发改委,发改委"}})
	mof := g.AddNode(&Node{ID: NewID(Agency, "财政部"), Kind: Agency, Name: "财政部"})
	amount := func(key, value, currency, year, agency string) {
		n := g.AddNode(&Node{ID: NewID(Amount, key), Kind: Amount, Name: key})
		for k, v := range map[string]string{"value": value, "currency": currency, "year": year, "agency": agency} {
			n.SetAttr(k, v)
		}
	}
	amount("a", "20000000000", "CNY", "2024", ndrc.Name)
	amount("b", "5000000000", "CNY", "2024", ndrc.Name)
	amount("c", "30000000000", "USD", "2024", ndrc.Name)
	amount("d", "90000000000", "CNY", "2023", ndrc.Name)
	amount("e", "80000000000", "CNY", "2024", mof.Name)
	amount("f", "1000", "CNY", "", "")
	g.Finish()
	ids := func(rows []AmountRow) string {
		var out []string
		for _, r := range rows {
			out = append(out, fmt.Sprintf("%s:%s", r.ID.Key(), r.Currency))
		}
		return strings.Join(out, " ")
	}
	ag, err := Find(g, Agency, "国家发改委")
	if err != nil || ag[0].ID != ndrc.ID {
		t.Fatalf("Find(国家发改委) = %v, %v; want the commission by its alias", ag, err)
	}
	min := 1e10
	for _, tt := range []struct {
		f    Filter
		want string
	}{
		// Mixed currencies are not sorted as one scale: CNY first, then USD.
		{Filter{}, "d:CNY e:CNY a:CNY b:CNY f:CNY c:USD"},
		{Filter{Currency: "CNY", Min: &min, YearFrom: 2024, YearTo: 2024, Agency: ndrc.ID}, "a:CNY"},
		{Filter{Currency: "usd"}, "c:USD"},
		{Filter{YearFrom: 2023, YearTo: 2023}, "d:CNY"},
	} {
		if got := ids(Amounts(g, tt.f)); got != tt.want {
			t.Errorf("Amounts(%+v) = %s, want %s", tt.f, got, tt.want)
		}
	}
}
