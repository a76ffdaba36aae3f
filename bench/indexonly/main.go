package main

import (
	"context"
	"fmt"
	"os"

	"cpportal/search/index"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: indexonly SITE_DIR INDEX_DIR")
		os.Exit(2)
	}
	st, err := index.Build(context.Background(), os.Args[1], os.Args[2], index.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, "indexonly:", err)
		os.Exit(1)
	}
	fmt.Println(st)
}
