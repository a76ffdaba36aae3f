// Package importer turns a published compulsory-audit list into the portal's list files.
//
// In: the notice as staff saved it (an HTML page holding the table, an XLSX workbook, or a CSV
// export in UTF-8, UTF-8 with a byte-order mark, GBK or GB18030), the batch facts (id, title,
// issuer, document number, publication date, source link) and the enterprise registry of the
// source folder (data/enterprises.csv).
//
// Out: data/lists/<id>.csv (uscc,name,control_level,reasons) and data/lists/<id>.yaml, written
// atomically and never over existing files unless asked to, and a Report saying what became of
// every row: matched to the registry by credit code or by normalised name, new (left for staff
// to complete), ambiguous, or skipped (blank, total, repeated header and caption rows), each
// with its line (CSV), table row (HTML) or cell (XLSX), plus the columns and values that could
// not be understood.
//
// Enterprises a list names that match no registry entry are added to data/enterprises.csv as
// the notice names them, in the same atomic write: the city from the region column (the
// built-in table of Guangdong's county-level divisions, divisions/guangdong-counties.csv, with
// former names) or from Options.City, and as id the credit code the list gives, else the local
// id derived from the city and the name (domain.LocalID), so a re-import gives the same ids.
//
// ImportRegistry completes the registry later from a spreadsheet of names and credit codes,
// organisation codes, industries and addresses: it fills empty cells of the enterprise of
// exactly that normalised name (within the row's city) and reports conflicts, ambiguous names,
// names not found and invalid values without changing anything else.
//
// The readers (ReadHTML, ReadXLSX, ReadCSV) expand merged cells (rowspan and colspan, merged
// ranges), find the header row that names the enterprise (企业名称, 单位名称 …) and return a
// Table whose rows all have one cell per header column.
package importer
