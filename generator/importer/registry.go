package importer

import (
	"errors"
	"os"

	"cpportal/domain"
	"cpportal/generator/load"
)

// registryFile is the enterprise registry the rows are matched against.
const registryFile = "data/enterprises.csv"

// readSource loads the source folder and returns its data: the enterprise registry the rows
// are matched against and the cities new enterprises are placed in. Problems elsewhere in the
// data, or in single rows of the registry, do not stop an import: check reports them
// afterwards. A registry that cannot be read at all does, because every row would come out new.
// An empty registry without problems is a new portal: every row is new.
func readSource(source string) (*domain.Dataset, error) {
	ds, problems := load.Load(os.DirFS(source))
	var fatal, all domain.Problems
	for _, p := range problems {
		if p.Pos.File == registryFile {
			all = append(all, p)
			if p.Pos.Line == 0 {
				fatal = append(fatal, p)
			}
		}
	}
	if len(fatal) == 0 && len(ds.Enterprises) == 0 {
		fatal = all // nothing could be read: the encoding or the header is wrong
	}
	if len(fatal) > 0 {
		return nil, errors.New("the enterprise registry cannot be read: " + fatal.Error())
	}
	return ds, nil
}
