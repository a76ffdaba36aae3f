// Package publish replaces published folders (the rendered site and its search index) with
// freshly built ones so that readers see either the old folder or the new one, never a mix and
// never nothing, and keeps two builds from publishing to the same folder at once.
//
// In: fully built folders beside their destinations. Out: every destination holds its new
// content, or (when one swap fails) every one its old content: Together undoes the swaps made
// before the one that failed. The old content is removed once all swaps held. On Linux each
// pair of folders is exchanged with one renameat2 (RENAME_EXCHANGE) call, which is atomic;
// elsewhere the old folder is renamed aside first, and Recover puts it back if a process died
// between the two renames. Acquire takes a destination's lock (flock on a file beside it),
// which the operating system drops when the process ends, however it ends.
package publish
