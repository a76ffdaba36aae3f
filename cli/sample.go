package cli

import (
	"context"
	"fmt"

	"cpportal/generator/sample"
)

func runSample(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "sample", "[--out DIR] [--size small|province|nation] [--seed N]")
	out := fs.String("out", ".", "write data/ and content/cases/ under `DIR`")
	size := fs.String("size", "small", "`SIZE`: small (the bundled sample), province (5,000 enterprises) or nation (50,000)")
	seed := fs.Int64("seed", 0, "random seed (0: the size's default)")
	if _, err := parse(fs, args, 0); err != nil {
		return err
	}
	var cfg sample.Config
	switch *size {
	case "small":
		cfg = sample.Small
	case "province":
		cfg = sample.Province
	case "nation":
		cfg = sample.Nation
	default:
		return usageError{fmt.Sprintf("--size %q: want small, province or nation", *size)}
	}
	if *seed != 0 {
		cfg.Seed = *seed
	}
	if err := sample.Write(*out, cfg); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "sample (%s) written to %s\n", *size, *out)
	return nil
}
