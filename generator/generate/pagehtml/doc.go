// Package pagehtml writes the HTML of page bodies in Go: the data-heavy parts of the site's
// pages (timelines, tables, charts) that generate renders for every enterprise, list, city
// and industry, and that Hugo then only wraps in the theme's page layout. Writing them here is
// several times cheaper than in templates and can be tested without Hugo.
//
// In: calls on a Page (or a bare Writer): elements, text, tables, inline SVG charts.
// Out: the bytes of the body (Page.Bytes), escaped so that no value from the data can become
// markup or a Hugo shortcode: every text and attribute value goes through Text or Open, which
// escape the five HTML specials and "{"; Raw is only for markup written in this program.
//
// Numbers are formatted here too (Num, Percent…), so a quantity reads the same in every table
// and chart. Charts are inline SVG with a title, a description and a data table beside them;
// nothing is drawn in the browser.
//
// A site's own layouts/ can replace the theme's templates around these bodies (see README,
// "What a site can override"), but not the bodies themselves.
package pagehtml
