package cli

import (
	"os"
	"syscall"
	"unsafe"
)

// ttyDevice asks the terminal driver for f's settings, which only a terminal has (a
// character device such as /dev/null does not).
func ttyDevice(f *os.File) bool {
	var t syscall.Termios
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), syscall.TCGETS, uintptr(unsafe.Pointer(&t)))
	return errno == 0
}
