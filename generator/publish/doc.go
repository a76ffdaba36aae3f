// Package publish replaces a published folder (the rendered site, the search index) with a
// freshly built one so that readers see either the old folder or the new one, never a mix and
// never nothing.
//
// In: a fully built folder beside the destination. Out: the destination holds the new content;
// the old content is removed. On Linux the two folders are exchanged with one renameat2
// (RENAME_EXCHANGE) call, which is atomic; elsewhere the old folder is renamed aside first, and
// Recover puts it back if a process died between the two renames.
package publish
