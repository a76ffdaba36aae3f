// Package render renders a Hugo project written by package generate into the public website,
// with Hugo embedded as a library. It is the only package of the portal that imports Hugo, so
// Hugo's unstable Go API stays behind one door.
//
// In: Options naming the project folder (content/, data/, static/ and optional layouts/ from
// generate) and an output folder that is absent or empty. Render writes the embedded theme
// (package themes) and the site configuration into the project, builds it in-process
// (allconfig.LoadConfig → hugofs.NewFrom → hugolib.NewHugoSites → Build → Close), and puts
// the theme's and the project's static files into the output, the project's winning (hard
// links where the file system allows: the project is generated afresh for every build).
// Out: the rendered site in OutDir and Stats with page counts by kind; with Options.OnPage,
// every HTML file as soon as it is written (the build indexes pages while the rest render).
//
// Languages: Chinese at the root and English under /en/ (OtherLanguages). Record values are
// published in Chinese only, so one content file makes a page in every language (a cascade
// gives each default-language file to all languages); a hand-written page may have its own
// translation beside it (about.en.md), which wins in its language. Every page therefore has
// an English twin, and the theme's language switch links the same page in the other language.
// English pages carry search markup of their own language (data-search-lang="en"), so an
// English search finds English pages and a Chinese search Chinese ones. What the English
// pages cost in a build is measured in BENCHMARKS.md.
//
// The build is offline and deterministic: no module proxy, no external commands, no remote
// resources, no git information, no file modification times, no clock; the environment is
// not consulted (HUGO_* variables cannot change the output). Two renders of one project are
// byte-identical.
package render
