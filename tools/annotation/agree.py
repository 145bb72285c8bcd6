#!/usr/bin/env python3
"""How far two annotations of the same releases agree, scored the way
`explorer eval` scores the extractor: A is taken as the gold, B as the
candidate. A fact of B matches one of A when the kind is the same, the spans
overlap and the kind's key field agrees (amount and currency, value and
direction, value, name or acronym, name, speaker, code, date, period).
Prints precision and recall per kind, then every disagreement.

Run from the repository root after `cargo build --release -p explorer-core
--features cli` (or set EXPLORER to the binary); it reads only the bodies.
usage: agree.py A/facts.json B/facts.json releases.txt"""
import json
import os
import subprocess
import sys
from collections import defaultdict

# The scorer's legal forms (crates/explorer-core/src/facts/extract/mod.rs).
LEGAL = {"company", "co", "corporation", "corp", "inc", "incorporated", "ltd", "limited", "llc",
         "plc", "ag", "gmbh", "sa", "s.a", "nv", "n.v", "se", "pte", "pvt", "bhd", "sdn", "berhad",
         "s.a.b", "c.v", "ltda", "s.p.a", "spa", "oyj", "asa"}


def bare(name):
    """The name without legal forms at its end, lower case."""
    words = (name or "").strip().rstrip(", ").split(" ")
    stripped = False
    while len(words) > 1:
        last = words[-1].rstrip(",.").lower()
        if not (last in LEGAL or (stripped and last == "de")):
            break
        words.pop()
        stripped = True
    return " ".join(words).rstrip(", ").lower()


def name_within(a, b):
    a, b = bare(a), bare(b)
    long, short = (a, b) if len(a) >= len(b) else (b, a)
    return bool(short) and (long == short or long.endswith(" " + short))


def same(a, b):
    return (a or "").strip().lower() == (b or "").strip().lower()


def close(a, b):
    return a is not None and b is not None and abs(a - b) <= 1e-9 * max(abs(a), 1.0)


def agrees(a, b):
    k = a["kind"]
    if k == "money":
        return close(a.get("amount"), b.get("amount")) and a.get("currency") == b.get("currency")
    if k == "percent":
        return close(a.get("value"), b.get("value")) and a.get("direction") == b.get("direction")
    if k == "quantity":
        return close(a.get("value"), b.get("value"))
    if k == "organization":
        names_b = [b.get("name")] + list(b.get("aliases") or [])
        return any(name_within(n, a.get("name")) for n in names_b) or (
            b.get("acronym") is not None and a.get("acronym") == b.get("acronym"))
    if k == "person":
        return same(a.get("name"), b.get("name"))
    if k == "quote":
        return same(a.get("speaker"), b.get("speaker"))
    if k == "country":
        if a.get("code") is not None:
            return a.get("code") == b.get("code")
        return b.get("code") is None and same(a.get("name"), b.get("name"))
    if k == "event":
        return a.get("date") == b.get("date")
    if k == "milestone":
        return a.get("start") == b.get("start") and a.get("end") == b.get("end")
    return True  # agreement: the span is the fact


def spans(facts, body):
    out = []
    for f in facts:
        n, at = f.get("occurrence", 1), -1
        for _ in range(n):
            at = body.find(f["text"], at + 1)
        out.append((at, at + len(f["text"])))
    return out


def main(path_a, path_b, releases):
    exe = os.environ.get("EXPLORER", "target/release/explorer")
    out = subprocess.run([exe, "extract", releases], capture_output=True, text=True, check=True)
    bodies = {r["id"]: r["body"] for r in json.loads(out.stdout)["releases"]}
    a_rel = {r["id"]: r["facts"] for r in json.load(open(path_a))["releases"]}
    b_rel = {r["id"]: r["facts"] for r in json.load(open(path_b))["releases"]}
    score = defaultdict(lambda: [0, 0, 0])  # gold, found, matched
    lines = []
    for rid, body in bodies.items():
        fa, fb = a_rel.get(rid, []), b_rel.get(rid, [])
        sa, sb = spans(fa, body), spans(fb, body)
        used = [False] * len(fb)
        for f, (s, e) in zip(fa, sa):
            score[f["kind"]][0] += 1
            hit = next((j for j, (g, (t, u)) in enumerate(zip(fb, sb))
                        if not used[j] and g["kind"] == f["kind"] and t < e and s < u
                        and agrees(f, g)), None)
            if hit is None:
                lines.append(f"{rid}\tonly A\t{f['kind']}\t{f['text']}")
            else:
                used[hit] = True
                score[f["kind"]][2] += 1
        for g, u in zip(fb, used):
            score[g["kind"]][1] += 1
            if not u:
                lines.append(f"{rid}\tonly B\t{g['kind']}\t{g['text']}")
    print("kind          gold(A)  B  matched  precision  recall")
    total = [0, 0, 0]
    for k in sorted(score) + ["all"]:
        g, f, m = total if k == "all" else score[k]
        if k != "all":
            total = [total[0] + g, total[1] + f, total[2] + m]
        print(f"{k:<13} {g:>7} {f:>3} {m:>8} {m / f if f else 1:>10.3f} {m / g if g else 1:>7.3f}")
    print("\n".join(sorted(lines)))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
