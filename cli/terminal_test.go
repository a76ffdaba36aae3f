package cli

import (
	"bytes"
	"os"
	"testing"
)

func TestIsTerminal(t *testing.T) {
	none := func(string) string { return "" }
	if isTerminal(&bytes.Buffer{}, none) {
		t.Error("a buffer is taken for a terminal")
	}
	devNull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer devNull.Close()
	if isTerminal(devNull, none) {
		t.Error("/dev/null is taken for a terminal")
	}
	file, err := os.CreateTemp(t.TempDir(), "log")
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	if isTerminal(file, none) {
		t.Error("a log file is taken for a terminal")
	}
	if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
		defer tty.Close()
		if !isTerminal(tty, none) {
			t.Error("/dev/tty is not taken for a terminal")
		}
		if isTerminal(tty, func(k string) string { return map[string]string{"CI": "true"}[k] }) {
			t.Error("a terminal in CI is taken for one that can redraw")
		}
		if isTerminal(tty, func(k string) string { return map[string]string{"TERM": "dumb"}[k] }) {
			t.Error("a dumb terminal is taken for one that can redraw")
		}
	}
}
