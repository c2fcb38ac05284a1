#!/usr/bin/env python3
"""Work-around for a generator bug on main (2026-12-02): jobs/generate.sh writes
reference/municipalities.csv with the header of InputDataset.MUNICIPALITIES, which now ends in the
optional `urbanisation` column, but writes every row with one field fewer; the job then refuses
the reference data (malformed_record on every row). This pads short rows of the given CSV files
with empty trailing fields (= the optional column missing), leaving everything else byte for byte.
  bench/pad_reference_csv.py FILE.csv ...
"""
import csv
import io
import sys

for path in sys.argv[1:]:
    with open(path, newline="", encoding="utf-8") as f:
        text = f.read()
    rows = list(csv.reader(io.StringIO(text)))
    width = len(rows[0])
    if all(len(r) == width for r in rows if r):
        continue
    lines = text.split("\n")
    fixed = []
    for line, row in zip(lines, csv.reader(io.StringIO(text))):
        fixed.append(line + "," * (width - len(row)) if row and len(row) < width else line)
    fixed.extend(lines[len(fixed):])
    with open(path, "w", newline="", encoding="utf-8") as f:
        f.write("\n".join(fixed))
    print(f"padded short rows of {path} to {width} fields (generator bug work-around)", file=sys.stderr)
