// Package precompress writes a gzip copy beside each text file of a rendered site (page.html
// → page.html.gz), so that the search server and static hosts (nginx gzip_static, Caddy
// precompressed) answer clients that accept gzip without compressing on every request.
//
// In: a site folder. Out: a .gz file beside every HTML, CSS, JS, JSON, XML, Atom, CSV, SVG
// and text file that is worth compressing. The bytes are deterministic: the gzip header
// carries no file name and no time, and the same input always gives the same output.
package precompress
