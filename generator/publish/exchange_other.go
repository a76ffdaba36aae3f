//go:build !linux

package publish

import "errors"

// exchange is not available: Swap falls back to renaming the old folder aside.
func exchange(a, b string) error { return errors.New("atomic exchange not supported") }
