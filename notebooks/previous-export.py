#!/usr/bin/env python3
"""Writes the sample's previous monthly export into TARGET_DIR: data-samples as its export of
30 November 2025 would have been (bench/cut-export.py), in which one batch had not arrived yet:
SVB's cases requested from 16 to 30 September 2025, with their complaints and outcomes.
run-against-sample.sh publishes it as of 2025-11-30 before the sample itself, so the sample's run
has a previous run to compare with (its revisions and input checks; notebook 05). The late batch
lies in a month already settled on 30 November, so the sample's run says so (the settled_month
check) and revises SVB's September numbers.
Usage: notebooks/previous-export.py TARGET_DIR"""
import csv, os, subprocess, sys

AS_OF = "2025-11-30"
LATE = {"organisation_code": "SVB", "from": "2025-09-16", "to": "2025-09-30"}

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
target = sys.argv[1]
subprocess.run([sys.executable, os.path.join(root, "bench", "cut-export.py"),
                os.path.join(root, "data-samples"), target, AS_OF], check=True, stdout=subprocess.DEVNULL)


def rewrite(name, keep):
    """Keeps the records keep() accepts; a record with the wrong number of fields stays as written."""
    path = os.path.join(target, name)
    with open(path, newline="", encoding="utf-8") as f:
        header, *rows = list(csv.reader(f))
    kept = [r for r in rows if len(r) != len(header) or keep(dict(zip(header, r)))]
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows([header] + kept)
    return len(rows) - len(kept)


late = set()


def on_time(case):
    if case["organisation_code"] == LATE["organisation_code"] and LATE["from"] <= case["requested_at"][:10] <= LATE["to"]:
        late.add(case["case_id"])
        return False
    return True


dropped = rewrite("services.csv", on_time)
print(f"{target}: data-samples as exported on {AS_OF}, without {dropped} cases of "
      f"{LATE['organisation_code']} requested {LATE['from']} to {LATE['to']} "
      f"({rewrite('complaints.csv', lambda r: r['case_id'] not in late)} complaints, "
      f"{rewrite('outcomes.csv', lambda r: r['case_id'] not in late)} outcomes)")
