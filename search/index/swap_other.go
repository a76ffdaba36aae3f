//go:build !linux

package index

// exchange is not available here; swapIn falls back to renaming the old index aside.
func exchange(a, b string) error { return errExchangeUnsupported }
