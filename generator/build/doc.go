// Package build runs the portal's build in named phases: load → validate → derive → generate →
// render → index → publish.
//
// In: a source folder (data/ and content/, optionally layouts/ and static/ overrides), an output
// folder, an index folder and the as-of date's inputs. Out: the rendered site in the output
// folder and its search index in the index folder, both replaced only when every phase has
// succeeded; a Summary with counts and per-phase timings; progress lines on the log writer.
//
// Errors name their phase ("validate: …", "render: …"). Invalid data is returned as
// domain.Problems (every problem of the run, sorted), so callers can print them one per line
// and exit 1. Nothing published changes on any error: the site is rendered into a staging
// folder beside the output and only then swapped in (package publish); the index is written
// into its own staging folder and swapped in the same way.
//
// Render and index overlap: every HTML file the render writes is handed to the index writer
// (search/index.Writer) as soon as it is complete, so pages are parsed and indexed on the
// processor time the render leaves idle. The index phase is the rest: the last pages, the
// merge of the index segments, the check and the swap.
package build
