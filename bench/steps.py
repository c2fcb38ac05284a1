#!/usr/bin/env python3
"""Where the job's time went, step by step, from its own progress log (the INFO lines with their
HH:MM:SS time) and GNU time's wall clock at the end of the same log, as a markdown table with
one column per log.
  bench/steps.py LABEL=job-1000000.log [LABEL=job-10000000.log ...]
The steps are the job's data flow: start and reference data, reading and validating the inputs,
enrichment, events to fine grains, grouping sets to cells, indicators and disclosure control
(pattern search and audit as the job reports them), feasibility and writing the run.
"""
import re
import sys

# (step, the log line that ends it): a step runs from the end of the one before to its own line.
STEPS = [
    ("JVM and Spark start, reference data", r"Reference data is valid"),
    ("read and validate services, complaints, outcomes, feasibility", r"Validated feasibility_assessments|Validated outcomes"),
    ("enrichment (repeat requests, outcomes in their window) up to the first period", r"Aggregating cells for the periods"),
    ("events to fine grains", r"Added events up into"),
    ("grouping sets to every cell, exact percentiles", r"Aggregated \d+ cells"),
    ("indicators, disclosure control, signals", r"Computed \d+ indicator values"),
    ("feasibility, writing and publishing the run", r"Published run"),
]
TIME = re.compile(r"^(\d\d):(\d\d):(\d\d) INFO")


def seconds(hms):
    h, m, s = (int(x) for x in hms)
    return h * 3600 + m * 60 + s


def wall(text):
    m = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)", text)
    if not m:
        return None
    return int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + float(m.group(3))


def steps(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    lines = [(seconds(m.groups()), line) for line in text.splitlines() if (m := TIME.match(line))]
    if not lines:
        raise SystemExit(f"{path}: no progress lines (INFO with a time) in the log")
    first = lines[0][0]
    total = wall(text)
    # The time before the first log line (JVM start, Spark's session) counts to the first step.
    before = 0 if total is None else max(0, total - (lines[-1][0] - first))
    result, previous = [], first
    for name, pattern in STEPS:
        at = next((t for t, line in lines if re.search(pattern, line) and t >= previous), None)
        if at is None:
            result.append((name, None))
            continue
        result.append((name, at - previous + (before if not result else 0)))
        previous = at
    privacy = re.search(r"pattern (\d+) ms, audit (?:with \d+ earlier runs? )?(\d+) ms", text)
    cells = re.search(r"Aggregated (\d+) cells", text)
    return result, total, privacy, cells


def fmt(s):
    if s is None:
        return "—"
    return f"{int(s // 60)} min {s % 60:04.1f} s" if s >= 60 else f"{s:.0f} s"


def main(args):
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    columns = [(a.split("=", 1) if "=" in a else (a, a)) for a in args]
    parsed = [steps(path) for _, path in columns]
    print("| step | " + " | ".join(label for label, _ in columns) + " |")
    print("|---|" + "---|" * len(columns))
    for i, (name, _) in enumerate(STEPS):
        print(f"| {name} | " + " | ".join(fmt(p[0][i][1]) for p in parsed) + " |")
    print("| of which disclosure control: pattern search + audit | " + " | ".join(
        f"{int(p[2].group(1)) / 1000:.0f} s + {int(p[2].group(2)) / 1000:.0f} s" if p[2] else "—"
        for p in parsed) + " |")
    print("| cells | " + " | ".join(f"{int(p[3].group(1)):,}" if p[3] else "—" for p in parsed) + " |")
    print("| whole job (GNU time, wall) | " + " | ".join(fmt(p[1]) for p in parsed) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
