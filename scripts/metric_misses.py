#!/usr/bin/env python3
"""List matched targets whose metric differs from gold, worst first.

    python3 scripts/metric_misses.py GOLD PRED [N]

Uses the reference scorer's own matching (../shared/eval/score.py) so the
pairs are the ones it scores; prints dice overlap, gold metric, predicted
metric and the target text.
"""
import importlib.util
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("score", os.path.join(here, "..", "..", "shared", "eval", "score.py"))
sc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sc)

gold, pred = sc.load(sys.argv[1]), sc.load(sys.argv[2])
n = int(sys.argv[3]) if len(sys.argv) > 3 else 40
rows = []
for doc in sorted(gold):
    g, p = gold[doc], pred.get(doc, {})
    _, _, _, pairs, _, _ = sc.score_doc("targets", g, p)
    for gi, pi in pairs:
        d = sc.dice(gi.get("metric"), pi.get("metric"))
        if d < 1:
            rows.append((d, doc, gi.get("metric"), pi.get("metric"), gi.get("text", "")))
rows.sort(key=lambda r: r[0])
for d, doc, gm, pm, t in rows[:n]:
    print("%.2f\t%s\tgold=%s\tpred=%s\t%s" % (d, doc[:24], gm, pm, t[:40]))
