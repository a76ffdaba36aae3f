package importer

import (
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"
)

// maxRows bounds how many rows of a sheet are read; a province's list has hundreds, and a
// damaged or hostile workbook must not make the importer read a million empty rows.
const maxRows = 100_000

// xlsxLimits keep a damaged or hostile workbook from being unpacked into unbounded memory.
var xlsxLimits = excelize.Options{UnzipSizeLimit: 256 << 20, UnzipXMLSizeLimit: 64 << 20}

// ReadXLSX reads a workbook and returns the list on the first visible sheet whose header names
// the enterprise. Merged ranges are expanded: every cell of a range holds the value of its
// top-left cell, as the reader of the printed list understands it.
func ReadXLSX(file string, r io.Reader) (t *Table, err error) {
	defer func() {
		// The spreadsheet library is not hardened against every damaged file; a panic inside it
		// is a file that cannot be read, not a crash of the command.
		if p := recover(); p != nil {
			t, err = nil, fmt.Errorf("%s: the workbook is damaged (%v); open it in a spreadsheet program and save it again as .xlsx", file, p)
		}
	}()
	wb, err := excelize.OpenReader(r, xlsxLimits)
	if err != nil {
		return nil, fmt.Errorf("%s: not a readable XLSX workbook (%v); open it in a spreadsheet program and save it again as .xlsx", file, err)
	}
	defer wb.Close()
	var grids []grid
	sheets := wb.GetSheetList()
	for _, sheet := range sheets {
		if visible, err := wb.GetSheetVisible(sheet); err == nil && !visible {
			continue // hidden sheets hold working copies, not the published list
		}
		g, err := sheetGrid(wb, sheet)
		if err != nil {
			return nil, fmt.Errorf("%s: sheet %s: %w", file, sheet, err)
		}
		if len(sheets) > 1 {
			g.place = "sheet " + sheet
		}
		grids = append(grids, g)
	}
	if len(grids) == 0 {
		return nil, fmt.Errorf("%s: the workbook has no visible sheet", file)
	}
	t, ok := buildTable(file, grids)
	if !ok {
		return nil, errNoNameColumn(file, "sheet", grids)
	}
	return t, nil
}

// sheetGrid reads one sheet into a grid, row by row, and expands its merged ranges.
func sheetGrid(wb *excelize.File, sheet string) (grid, error) {
	g := grid{}
	rows, err := wb.Rows(sheet)
	if err != nil {
		return g, err
	}
	defer rows.Close()
	for rows.Next() {
		if len(g.rows) == maxRows {
			return g, fmt.Errorf("more than %d rows", maxRows)
		}
		cells, err := rows.Columns()
		if err != nil {
			return g, err
		}
		row := make([]string, min(len(cells), maxColumns))
		for i := range row {
			row[i] = cleanCell(cells[i])
		}
		g.rows = append(g.rows, row)
		g.locs = append(g.locs, Loc{Kind: LocCell, N: len(g.rows), Sheet: sheet})
	}
	if err := rows.Error(); err != nil {
		return g, err
	}
	merges, err := wb.GetMergeCells(sheet)
	if err != nil {
		return g, err
	}
	for _, m := range merges {
		c1, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
		c2, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err1 != nil || err2 != nil {
			continue // a range the library could not name cannot be placed either
		}
		fillRange(g.rows, r1-1, c1-1, min(r2, len(g.rows))-1, min(c2, maxColumns)-1, cleanCell(m.GetCellValue()))
	}
	return g, nil
}

// fillRange writes text into every cell of rows[r1..r2] × columns [c1..c2] (all from 0),
// lengthening rows where the range reaches past their last value.
func fillRange(rows [][]string, r1, c1, r2, c2 int, text string) {
	for r := max(r1, 0); r <= r2; r++ {
		for len(rows[r]) <= c2 {
			rows[r] = append(rows[r], "")
		}
		for c := max(c1, 0); c <= c2; c++ {
			rows[r][c] = text
		}
	}
}
