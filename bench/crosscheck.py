#!/usr/bin/env python3
"""Cross-check (issue 10): the job's published indicators against the DuckDB reference.

  bench/crosscheck.py --warehouse W --reference REF.parquet [--run RUN_ID] [--rel 1e-9] [--show 50]

Reads the run named by W/CURRENT (or --run) and compares, for every published row whose status
is `ok`, value, numerator, denominator, base, ci_low and ci_high with the reference row of the
same key (indicator, breakdown, granularity, period and the seven dimension columns), to a
relative tolerance of 1e-9 (and 1e-12 absolute; nulls must match nulls). The equity gaps are not in the reference
and are skipped. Also reports: keys on one side only (all statuses), `ok` rows whose reference
base is 1..k-1 (primary suppression missed), and `no_data` rows whose reference has a value.
Exit status 1 when any `ok` row disagrees or is missing from the reference.
"""
import argparse
import glob
import os
import sys

import duckdb

KEY = ["indicator", "breakdown", "granularity", "period", "organisation", "regulation",
       "municipality", "province", "government_layer", "client_segment", "channel"]
FIELDS = ["value", "numerator", "denominator", "base", "ci_low", "ci_high"]
GAPS = ("municipal_outcome_gap", "segment_outcome_gap")


def run_dir(warehouse, run):
    if run is None:
        with open(os.path.join(warehouse, "CURRENT"), encoding="utf-8") as f:
            run = f.read().strip()
    path = os.path.join(warehouse, "runs", run)
    if not os.path.isdir(path):
        sys.exit(f"no run folder {path}")
    return run, path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--warehouse", required=True)
    ap.add_argument("--reference", required=True)
    ap.add_argument("--run")
    ap.add_argument("--rel", type=float, default=1e-9)
    ap.add_argument("--abs", type=float, default=1e-12,
                    help="absolute tolerance as well: the Wilson ci_low of 0 out of n is 0 in exact "
                         "arithmetic and about -1e-17 in both implementations' doubles")
    ap.add_argument("--min-base", type=int, default=10)
    ap.add_argument("--show", type=int, default=50)
    args = ap.parse_args()
    run, path = run_dir(args.warehouse, args.run)
    files = glob.glob(os.path.join(path, "indicators", "**", "*.parquet"), recursive=True)
    if not files:
        sys.exit(f"no Parquet files under {path}/indicators")
    con = duckdb.connect()
    con.execute("CREATE TABLE pub AS SELECT * FROM read_parquet(?, union_by_name = true) "
                "WHERE indicator NOT IN " + str(GAPS), [files])
    con.execute("CREATE TABLE ref AS SELECT * FROM read_parquet(?)", [args.reference])
    on = " AND ".join(f"p.{k} = r.{k}" for k in KEY)
    keys = ", ".join(f"p.{k}" for k in KEY)
    rel = args.rel

    def differs(f):
        a, b = f"CAST(p.{f} AS DOUBLE)", f"CAST(r.{f} AS DOUBLE)"
        return (f"(({a} IS NULL) <> ({b} IS NULL) OR "
                f"abs({a} - {b}) > greatest({rel} * greatest(abs({a}), abs({b})), {args.abs}))")

    print(f"run {run}: {con.execute('SELECT count(*) FROM pub').fetchone()[0]} published rows "
          f"(without the two gaps), {con.execute('SELECT count(*) FROM ref').fetchone()[0]} reference rows")
    print("published rows by status:",
          dict(con.execute("SELECT status, count(*) FROM pub GROUP BY 1 ORDER BY 1").fetchall()))
    only_pub = con.execute(f"SELECT p.status, count(*) FROM pub p ANTI JOIN ref r ON {on} GROUP BY 1").fetchall()
    only_ref = con.execute(f"SELECT count(*) FROM ref p ANTI JOIN pub r ON {on}").fetchone()[0]
    print(f"keys only in the published run (by status): {dict(only_pub)}; keys only in the reference: {only_ref}")
    if only_ref:
        for row in con.execute(f"SELECT {keys}, p.base FROM ref p ANTI JOIN pub r ON {on} LIMIT {args.show}").fetchall():
            print("  only in reference:", row)
    if only_pub:
        for row in con.execute(f"SELECT {keys}, p.status FROM pub p ANTI JOIN ref r ON {on} LIMIT {args.show}").fetchall():
            print("  only in published:", row)

    ok = con.execute("SELECT count(*) FROM pub WHERE status = 'ok'").fetchone()[0]
    bad = 0
    for f in FIELDS:
        n = con.execute(f"SELECT count(*) FROM pub p JOIN ref r ON {on} WHERE p.status = 'ok' AND {differs(f)}").fetchone()[0]
        print(f"ok rows whose {f} differs: {n}")
        bad += n
        if n:
            for row in con.execute(
                    f"SELECT {keys}, p.{f} AS published, r.{f} AS duckdb FROM pub p JOIN ref r ON {on} "
                    f"WHERE p.status = 'ok' AND {differs(f)} ORDER BY ALL LIMIT {args.show}").fetchall():
                print(f"  {f}:", row)
    by_ind = con.execute(
        f"SELECT p.indicator, count(*) FILTER (WHERE " + " OR ".join(differs(f) for f in FIELDS) + ") AS bad, count(*) "
        f"FROM pub p JOIN ref r ON {on} WHERE p.status = 'ok' GROUP BY 1 ORDER BY 1").fetchall()
    print("ok rows compared per indicator (differing / compared):")
    for ind, b, n in by_ind:
        print(f"  {ind:34s} {b:7d} / {n}")
    missing_ok = con.execute(f"SELECT count(*) FROM pub p ANTI JOIN ref r ON {on} WHERE p.status = 'ok'").fetchone()[0]
    small_ok = con.execute(
        f"SELECT count(*) FROM pub p JOIN ref r ON {on} WHERE p.status = 'ok' AND r.base BETWEEN 1 AND {args.min_base - 1}").fetchone()[0]
    nodata_val = con.execute(
        f"SELECT count(*) FROM pub p JOIN ref r ON {on} WHERE p.status = 'no_data' AND r.value IS NOT NULL").fetchone()[0]
    print(f"ok rows with a reference base of 1..{args.min_base - 1}: {small_ok}; "
          f"no_data rows where the reference has a value: {nodata_val}")
    verdict = "AGREE" if bad == 0 and missing_ok == 0 else "DISAGREE"
    print(f"{verdict}: {ok} ok rows, {bad} field mismatches (relative {rel:g}, absolute {args.abs:g}), {missing_ok} ok rows missing from the reference")
    sys.exit(0 if verdict == "AGREE" else 1)


if __name__ == "__main__":
    main()
