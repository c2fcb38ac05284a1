#!/usr/bin/env python3
"""Exact ranks for bench/gauss/compare.R --check-model: python3 bench/gauss/rank.py OUT_PREFIX.

Reads OUT_PREFIX-x.tsv (GaussSuppression's model matrix: inner row, cell) and
OUT_PREFIX-relations.tsv (Effectmeter's relations: parent = sum of children) and eliminates both
modulo the prime 2^31 - 1. compare.R has checked that every relation holds in x, so the relations
lie in x's null space. A rank modulo a prime is at most the rank over the rationals, and x's rank is
at most its number of rows; so if x's rank modulo p equals its rows and the relations' rank modulo
p equals the number of cells minus that, x's null space is exactly the span of Effectmeter's
relations: GaussSuppression's model knows the same relations as Effectmeter, no more, no fewer.
Exits 1 otherwise.
"""

import collections
import sys
import time

P = 2147483647


def rank(rows, order):
    """Rank modulo P of sparse rows (dicts column -> coefficient), pivoting in the given order."""
    pivots = {}
    for row in rows:
        v = {c: a % P for c, a in row.items() if a % P}
        while v:
            c = min(v, key=order.__getitem__)
            pivot = pivots.get(c)
            if pivot is None:
                inverse = pow(v[c], P - 2, P)
                pivots[c] = {cc: b * inverse % P for cc, b in v.items()}
                break
            a = v[c]
            for cc, b in pivot.items():
                value = (v.get(cc, 0) - a * b) % P
                if value:
                    v[cc] = value
                else:
                    v.pop(cc, None)
    return len(pivots)


def read(path):
    with open(path, encoding="utf-8") as f:
        next(f)
        return [line.rstrip("\n").split("\t") for line in f]


def main():
    prefix = sys.argv[1]
    started = time.time()
    x_rows = collections.defaultdict(dict)
    for row, cell in read(prefix + "-x.tsv"):
        x_rows[row][cell] = 1
    relations = collections.defaultdict(dict)
    for relation, parent, child in read(prefix + "-relations.tsv"):
        relations[relation][parent] = 1
        relations[relation][child] = -1
    cells = {cell for row in x_rows.values() for cell in row}
    outside = {c for r in relations.values() for c in r} - cells
    if outside:
        print(f"{len(outside)} cells of the relations are not in x")
        sys.exit(1)
    granularity = {"month": 0, "quarter": 1, "year": 2}

    def finest_first(cell):
        parts = cell.split("|")
        return (-len(parts), granularity[parts[1]], cell)

    order = {c: i for i, c in enumerate(sorted(cells, key=finest_first))}
    rank_x = rank(x_rows.values(), order)
    rank_r = rank(relations.values(), order)
    null_x = len(cells) - rank_x
    same = rank_x == len(x_rows) and rank_r == null_x
    print(
        f"cells {len(cells)}, inner rows {len(x_rows)}, rank of x {rank_x}, null space of x"
        f" {null_x}; Effectmeter's relations {len(relations)}, rank {rank_r}; the same relations:"
        f" {same} ({time.time() - started:.0f} s)"
    )
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
