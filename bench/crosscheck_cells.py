#!/usr/bin/env python3
"""Cross-check of every cell BEFORE disclosure control (stronger than bench/crosscheck.py, which
can only see the `ok` rows): the job's cell dump against the DuckDB reference's cells.

  EFFECTMETER_JAVA_OPTS="-Xmx10g -Deffectmeter.cells.dump=CELLS.tsv" jobs/run-indicators.sh ...
  bench/duckdb_reference.py --input DIR --as-of D --output REF.parquet --cells REF-CELLS.parquet
  bench/crosscheck_cells.py CELLS.tsv REF-CELLS.parquet [--rel 1e-9] [--show 20]

Compares the 20 quantities of every cell (keys: breakdown, granularity, period, seven dimension
columns) and reports cells on one side only. Exit status 1 on any difference.
"""
import argparse
import sys

import duckdb

KEY = ["breakdown", "granularity", "period", "organisation", "regulation", "municipality",
       "province", "government_layer", "client_segment", "channel"]
# The dump's columns after the key, in CellDump.write's order, named as in catalogue.sql's cells.
QUANTITIES = ["received", "with_key", "repeats", "decided", "timely", "cost_cases", "cost_sum",
              "measured", "achieved", "achieved_cost", "value_sum", "open", "complaints", "upheld",
              "upheld_known", "escalated", "resolved", "tp_median", "tp_p90", "res_median"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("reference_cells")
    ap.add_argument("--rel", type=float, default=1e-9)
    ap.add_argument("--show", type=int, default=20)
    args = ap.parse_args()
    con = duckdb.connect()
    cols = {c: "VARCHAR" for c in KEY} | {q: "DOUBLE" for q in QUANTITIES}
    con.execute("CREATE TABLE job AS SELECT * FROM read_csv(?, delim = '\t', header = false, "
                "quote = '', escape = '', nullstr = 'null', columns = " + str(cols) + ")", [args.dump])
    con.execute("CREATE TABLE ref AS SELECT * FROM read_parquet(?)", [args.reference_cells])
    on = " AND ".join(f"j.{k} = r.{k}" for k in KEY)
    keys = ", ".join(f"j.{k}" for k in KEY)
    nj = con.execute("SELECT count(*) FROM job").fetchone()[0]
    nr = con.execute("SELECT count(*) FROM ref").fetchone()[0]
    only_job = con.execute(f"SELECT count(*) FROM job j ANTI JOIN ref r ON {on}").fetchone()[0]
    only_ref = con.execute(f"SELECT count(*) FROM ref j ANTI JOIN job r ON {on}").fetchone()[0]
    print(f"cells: job {nj}, reference {nr}; only in the job {only_job}, only in the reference {only_ref}")
    for side, a, b in (("job", "job", "ref"), ("reference", "ref", "job")):
        for row in con.execute(f"SELECT {keys} FROM {a} j ANTI JOIN {b} r ON {on} ORDER BY ALL LIMIT {args.show}").fetchall():
            print(f"  only in the {side}:", row)
    bad = only_job + only_ref
    for q in QUANTITIES:
        a, b = f"CAST(j.{q} AS DOUBLE)", f"CAST(r.{q} AS DOUBLE)"
        cond = f"(({a} IS NULL) <> ({b} IS NULL) OR abs({a} - {b}) > {args.rel} * greatest(abs({a}), abs({b})))"
        n = con.execute(f"SELECT count(*) FROM job j JOIN ref r ON {on} WHERE {cond}").fetchone()[0]
        bad += n
        print(f"  {q:14s} differs in {n} cells")
        for row in con.execute(f"SELECT {keys}, {a} AS job, {b} AS duckdb FROM job j JOIN ref r ON {on} "
                               f"WHERE {cond} ORDER BY ALL LIMIT {args.show}").fetchall():
            print(f"    {q}:", row)
    print("AGREE" if bad == 0 else f"DISAGREE: {bad} differences")
    sys.exit(0 if bad == 0 else 1)


if __name__ == "__main__":
    main()
