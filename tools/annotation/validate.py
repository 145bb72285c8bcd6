#!/usr/bin/env python3
"""Run from the repository root after `cargo build --release -p explorer-core`
(or set EXPLORER to the binary).

Checks a held-out set's facts.json against its releases.txt without running
the extractor's fact rules: ids exist, every text occurs at least `occurrence`
times in the body, kind fields are present and well typed.
usage: validate.py DIR"""
import json, os, re, subprocess, sys
from collections import Counter
d = sys.argv[1]
out = subprocess.run([os.environ.get("EXPLORER", "target/release/explorer"), "extract", f"{d}/releases.txt"], capture_output=True, text=True)
if out.returncode:
    sys.exit(out.stderr)
bodies = {r["id"]: r["body"] for r in json.loads(out.stdout)["releases"]}
gold = json.load(open(f"{d}/facts.json"))
need = {"money": ["amount", "currency"], "percent": ["value", "direction"], "quantity": ["value", "unit"],
        "organization": ["name"], "person": ["name", "role"], "quote": ["speaker", "quote"],
        "country": ["name", "code"], "event": ["date", "what"], "milestone": ["start", "end", "what"],
        "agreement": ["parties", "date", "what"]}
errors, kinds, seen = [], Counter(), set()
period = re.compile(r"^\d{4}(-(0[1-9]|1[0-2]|H[12]|Q[1-4]))?$")
for r in gold["releases"]:
    body = bodies.get(r["id"])
    if body is None:
        errors.append(f"unknown id {r['id']}"); continue
    seen.add(r["id"])
    for f in r["facts"]:
        k = f.get("kind")
        if k not in need:
            errors.append(f"{r['id']}: bad kind {f}"); continue
        kinds[k] += 1
        n = f.get("occurrence", 1)
        if body.count(f["text"]) < n and len(re.findall(re.escape(f["text"]), body)) < n:
            errors.append(f"{r['id']}: text {f['text'][:60]!r} occurs fewer than {n} times")
        for key in need[k]:
            if key not in f:
                errors.append(f"{r['id']}: {k} {f['text'][:40]!r} lacks {key}")
        if k == "event" and not re.match(r"^\d{4}-\d\d-\d\d$", str(f.get("date"))):
            errors.append(f"{r['id']}: event date {f.get('date')}")
        # Periods are strings ("2018", "2027-H1"): a bare number is no period.
        if k == "milestone" and not all(isinstance(f.get(e), str) and period.match(f[e]) for e in ("start", "end")):
            errors.append(f"{r['id']}: milestone period {f.get('start')}..{f.get('end')}")
        if k == "money" and not re.match(r"^[A-Z]{3}$", str(f.get("currency"))):
            errors.append(f"{r['id']}: currency {f.get('currency')}")
        if k == "country" and f.get("code") is not None and not re.match(r"^[A-Z]{2}$", f["code"]):
            errors.append(f"{r['id']}: country code {f.get('code')}")
    # two facts with the same text and occurrence and kind are a duplicate
    keys = Counter((f.get("kind"), f["text"], f.get("occurrence", 1)) for f in r["facts"])
    errors += [f"{r['id']}: duplicate {k}" for k, c in keys.items() if c > 1]
missing = set(bodies) - seen
errors += [f"release without annotations: {m}" for m in missing]
print(f"{len(seen)} releases, {sum(kinds.values())} facts: " + ", ".join(f"{k} {c}" for k, c in sorted(kinds.items())))
print("\n".join(errors) or "ok")
sys.exit(1 if errors else 0)
