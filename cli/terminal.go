package cli

import (
	"io"
	"os"
)

// isTerminal reports whether w is a terminal that can redraw a line in place: a terminal
// device (ttyDevice), outside CI (CI=true, as CI services set it) and not a dumb terminal.
func isTerminal(w io.Writer, getenv func(string) string) bool {
	f, ok := w.(*os.File)
	if !ok || getenv("CI") == "true" || getenv("TERM") == "dumb" {
		return false
	}
	return ttyDevice(f)
}
