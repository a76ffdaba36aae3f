// Package generator holds no code of its own: its folders are the stages that turn the data
// files kept in git into the published site and search index, and this page is the map.
//
// A build (generator/build, started by `cpportal build`, `serve` or `check`) runs the stages in
// this order; each is one package, takes the previous stage's typed output and is tested on
// its own:
//
//  1. load      (generator/load)      data/ and content/cases/ → *domain.Dataset, every record with its file:line:column
//  2. validate  (generator/validate)  checks across records → domain.Problems (errors stop the build, warnings do not)
//  3. derive    (generator/derive)    deadlines, statuses, exceedances, reductions, summaries → *derive.Facts
//  4. generate  (generator/generate)  a Hugo project in a build folder: content, page bodies written in Go
//     (generator/generate/pagehtml), JSON twins, the downloads (generator/opendata) and feeds (generator/feeds)
//  5. render    (generator/render)    the project rendered by Hugo embedded as a library (the only package that imports Hugo)
//  6. index     (search/index)        the rendered pages indexed while they are written
//  7. compress  (generator/precompress) gzip copies beside the text files
//  8. publish   (generator/publish)   the new site and index swapped in together, or neither
//
// With --cache, render takes the pages whose inputs did not change from the previous build
// (generator/build/cache.go says which inputs are traced); anything it cannot trace renders
// every page and says why.
//
// The search side reads what the build published: search/index opens the index and answers
// queries, search/serve serves the site, the search API and the results page. search/contract
// names the facets, fields and data-search-* attributes the pages carry, and search/words the
// interface words the server and scripts show, built from the theme's i18n files.
//
// Shared by every stage and so outside this folder: domain/ (the typed records, dates, credit
// codes and the problem type every stage reports with) and cli/ (the commands, around cli.Run,
// which main.go calls). Beside the build: generator/importer turns published
// lists (HTML, XLSX, GBK CSV) into data files, and generator/sample writes the fictional
// sample data. Tests of every stage share internal/fixture (test data) and internal/testkit.
package generator
