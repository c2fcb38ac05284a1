#!/usr/bin/env python3
"""DuckDB reference implementation of Effectmeter's indicator catalogue (issue 10).

Runs bench/duckdb/catalogue.sql on a CLEAN generated input location
(jobs/generate.sh --cases N --seed S --output DIR --defects false) and writes every non-equity
indicator value before disclosure control to one Parquet file.

  bench/duckdb_reference.py --input DIR --as-of YYYY-MM-DD --output FILE.parquet [--threads N]
                            [--memory-limit 20GB] [--temp-dir DIR]

Nothing is downloaded at run time: the duckdb wheel (bench/requirements.txt) has ICU, Parquet
and CSV built in.
"""
import argparse
import os
import re
import sys
import time

import duckdb

HERE = os.path.dirname(os.path.abspath(__file__))


def statements(sql):
    """The statements of the SQL file: full-line comments dropped, split at ';' ending a line."""
    body = "\n".join(line for line in sql.splitlines() if not line.lstrip().startswith("--"))
    return [s for s in re.split(r";[ \t]*(?:\n|$)", body) if s.strip()]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", required=True)
    ap.add_argument("--as-of", required=True)
    ap.add_argument("--output", required=True)
    ap.add_argument("--sql", default=os.path.join(HERE, "duckdb", "catalogue.sql"))
    ap.add_argument("--threads", type=int)
    ap.add_argument("--memory-limit")
    ap.add_argument("--temp-dir")
    ap.add_argument("--cells", help="also write the per-cell quantities to this Parquet file "
                    "(for bench/crosscheck_cells.py against the job's effectmeter.cells.dump)")
    args = ap.parse_args()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", args.as_of):
        sys.exit("--as-of must be YYYY-MM-DD")
    with open(args.sql, encoding="utf-8") as f:
        sql = f.read()
    sql = (sql.replace("{{input}}", os.path.abspath(args.input).replace("'", "''"))
              .replace("{{as_of}}", args.as_of)
              .replace("{{output}}", os.path.abspath(args.output).replace("'", "''")))
    con = duckdb.connect()  # in memory; spills to temp_directory when needed
    if args.threads:
        con.execute(f"SET threads = {args.threads}")
    if args.memory_limit:
        con.execute(f"SET memory_limit = '{args.memory_limit}'")
    if args.temp_dir:
        con.execute(f"SET temp_directory = '{args.temp_dir}'")
    con.execute("SET autoinstall_known_extensions = false")
    con.execute("SET autoload_known_extensions = false")
    start = time.monotonic()
    for stmt in statements(sql):
        t0 = time.monotonic()
        con.execute(stmt)
        head = " ".join(l for l in stmt.strip().splitlines() if not l.strip().startswith("--"))[:70]
        print(f"  {time.monotonic() - t0:7.2f} s  {head}", file=sys.stderr)
    if args.cells:
        out = os.path.abspath(args.cells).replace("'", "''")
        con.execute("COPY (SELECT * EXCLUDE (p), period_label(p, granularity) AS period FROM cells) "
                    f"TO '{out}' (FORMAT parquet)")
    rows = con.execute("SELECT count(*) FROM reference_indicators").fetchone()[0]
    cells = con.execute("SELECT count(*) FROM cells").fetchone()[0]
    print(f"duckdb {duckdb.__version__}: {cells} cells, {rows} indicator rows in "
          f"{time.monotonic() - start:.1f} s -> {args.output}")


if __name__ == "__main__":
    main()
