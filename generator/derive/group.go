package derive

// groupBy copies the items that keep accepts into groups by key, each group in input order.
// All groups share one backing array (counted first, then filled), so grouping the hundreds
// of thousands of events of a large dataset costs one allocation instead of one per round.
// The groups are the caller's own copies: sorting them leaves the dataset untouched.
func groupBy[T any, K comparable](items []T, keep func(*T) bool, key func(*T) K) map[K][]T {
	counts := map[K]int{}
	total := 0
	for i := range items {
		if keep(&items[i]) {
			counts[key(&items[i])]++
			total++
		}
	}
	backing := make([]T, total)
	groups := make(map[K][]T, len(counts))
	next := 0
	for k, n := range counts {
		groups[k] = backing[next : next : next+n]
		next += n
	}
	for i := range items {
		if keep(&items[i]) {
			k := key(&items[i])
			groups[k] = append(groups[k], items[i])
		}
	}
	return groups
}

func always[T any](*T) bool { return true }
