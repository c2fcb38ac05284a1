#!/usr/bin/env python3
"""Cuts an export back to an earlier date, as the export of that date would have been: rows
requested (received, measured, raised, assessed) after it dropped; decisions, resolutions and
responses after it blanked. Works on generated exports with defects too (the sample): a record
with the wrong number of fields, or a date that does not start YYYY-MM-DD, stays as written, since
an earlier export held it as well; every other record is written back field for field, LF line
ends as the input contract has them (a cut after the last date gives the same files).
Usage: bench/cut-export.py SOURCE_DIR TARGET_DIR YYYY-MM-DD"""
import csv, os, re, shutil, sys
src, dst, asof = sys.argv[1], sys.argv[2], sys.argv[3]   # asof YYYY-MM-DD
shutil.rmtree(dst, ignore_errors=True); shutil.copytree(src, dst)
def after(ts): return re.match(r'\d{4}-\d{2}-\d{2}', ts) is not None and ts[:10] > asof
def rewrite(name, date, blank):
    with open(os.path.join(src, name), newline='', encoding='utf-8') as f:
        header, *rows = list(csv.reader(f))
    column = {c: i for i, c in enumerate(header)}
    with open(os.path.join(dst, name), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n'); w.writerow(header)
        n = 0
        for r in rows:
            if len(r) == len(header):
                if after(r[column[date]]): continue
                for col, extra in blank:
                    if after(r[column[col]]):
                        r[column[col]] = ''
                        for e in extra: r[column[e]] = ''
            w.writerow(r); n += 1
        print(name, n)
rewrite('services.csv', 'requested_at', [('decided_at', ['decision'])])
rewrite('complaints.csv', 'received_at', [('resolved_at', ['upheld'])])
rewrite('outcomes.csv', 'measured_at', [])
rewrite('feasibility_signals.csv', 'raised_at', [('responded_at', ['response'])])
rewrite('feasibility_assessments.csv', 'assessed_at', [])
