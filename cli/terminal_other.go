//go:build !linux

package cli

import "os"

// ttyDevice takes a character device for a terminal.
func ttyDevice(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
