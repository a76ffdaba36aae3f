package cli

import (
	"io"
	"os"
)

// isTerminal reports whether w is a terminal that can redraw a line in place: a character
// device, outside CI (CI=true, as CI services set it) and not a dumb terminal.
func isTerminal(w io.Writer, getenv func(string) string) bool {
	f, ok := w.(*os.File)
	if !ok || getenv("CI") == "true" || getenv("TERM") == "dumb" {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
