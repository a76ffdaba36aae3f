//go:build !linux

package publish

// exchange is not available: publishing falls back to renaming the old folder aside.
func exchange(a, b string) error { return errNoExchange }
