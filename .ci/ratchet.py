#!/usr/bin/env python3
"""Fails when a conformance category passes fewer cases than the recorded baseline.

Usage: ratchet.py BASELINE.json SUMMARY.txt   (SUMMARY is the output of ../shared/conformance/run)
Raise the baseline as you fix cases; never lower it.
"""
import json, re, sys

baseline = json.load(open(sys.argv[1]))
got = {}
for line in open(sys.argv[2]):
    m = re.match(r'^(\S+)\s+(\d+)/(\d+)\s*$', line)
    if m:
        got[m.group(1)] = int(m.group(2))
bad = []
for cat, need in sorted(baseline.items()):
    have = got.get(cat, 0)
    if have < need:
        bad.append('%s: %d passed, baseline %d' % (cat, have, need))
    elif have > need:
        print('note: %s passes %d, above the baseline %d: raise it in .ci/conformance-baseline.json' % (cat, have, need))
if bad:
    print('conformance regressed:\n  ' + '\n  '.join(bad))
    sys.exit(1)
print('conformance at or above the baseline in every category')
