// Package themes embeds the portal's Hugo theme so that the program carries it: a source
// folder needs only data/ and content/, and may override any theme file with its own layouts/
// or static/. The theme itself lives in portal/ (layouts, i18n strings, CSS, static files).
//
// In: nothing. Out: FS, the theme's files under the path "portal/".
package themes

import "embed"

// FS holds the portal theme under "portal/".
//
//go:embed all:portal
var FS embed.FS
