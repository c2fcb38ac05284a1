#!/usr/bin/env python3
"""Puts the latest comparison into BENCHMARKS.md: replaces what stands between the two marker
lines (kept) with the given markdown files, one after the other.
  bench/update_benchmarks.py BENCHMARKS.md table.md steps.md
"""
import sys

BEGIN = "<!-- bench/compare-duckdb.sh writes from here -->"
END = "<!-- bench/compare-duckdb.sh writes up to here -->"


def main(args):
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    target, parts = args[0], args[1:]
    text = open(target, encoding="utf-8").read()
    if BEGIN not in text or END not in text or text.index(BEGIN) > text.index(END):
        print(f"{target}: the markers {BEGIN!r} and {END!r} are missing", file=sys.stderr)
        return 1
    block = "\n\n".join(open(p, encoding="utf-8").read().strip() for p in parts)
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    with open(target, "w", encoding="utf-8") as f:
        f.write(head + BEGIN + "\n\n" + block + "\n\n" + END + tail)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
