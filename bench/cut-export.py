#!/usr/bin/env python3
"""Cuts a generated export back to an earlier date, as the export of that date would have been:
rows requested (received, measured, raised, assessed) after it dropped; decisions, resolutions and
responses after it blanked. Usage: bench/cut-export.py SOURCE_DIR TARGET_DIR YYYY-MM-DD"""
import csv, sys, os, shutil
src, dst, asof = sys.argv[1], sys.argv[2], sys.argv[3]   # asof YYYY-MM-DD
shutil.rmtree(dst, ignore_errors=True); shutil.copytree(src, dst)
def day(ts): return ts[:10]
def rewrite(name, keep, blank):
    rows = list(csv.DictReader(open(os.path.join(src, name), newline='')))
    with open(os.path.join(dst, name), 'w', newline='') as f:
        w = csv.DictWriter(f, fieldnames=rows[0].keys() if rows else []); w.writeheader()
        n = 0
        for r in rows:
            if not keep(r): continue
            for col, extra in blank:
                if r[col] and day(r[col]) > asof:
                    r[col] = ''
                    for e in extra: r[e] = ''
            w.writerow(r); n += 1
        print(name, n)
rewrite('services.csv', lambda r: day(r['requested_at']) <= asof, [('decided_at', ['decision'])])
rewrite('complaints.csv', lambda r: day(r['received_at']) <= asof, [('resolved_at', ['upheld'])])
rewrite('outcomes.csv', lambda r: day(r['measured_at']) <= asof, [])
rewrite('feasibility_signals.csv', lambda r: day(r['raised_at']) <= asof, [('responded_at', ['response'])])
rewrite('feasibility_assessments.csv', lambda r: day(r['assessed_at']) <= asof, [])
