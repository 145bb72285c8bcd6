#!/usr/bin/env python3
"""Run from the repository root after `cargo build --release -p explorer-core`
(or set EXPLORER to the binary).

Applies two written conventions of ANNOTATING.md that were settled after a
set was annotated, mechanically, and prints only how many facts changed:
1. a percentage's direction comes from a verb or "up"/"down" in its text,
   or from its sign ("+17%"); otherwise it is null ("a 21.4% increase" ->
   null);
2. a number word that refers back ("the two countries", "our two nations")
   is no quantity.
usage: conventions.py DIR"""
import json, os, re, subprocess, sys
d = sys.argv[1]
out = subprocess.run([os.environ.get("EXPLORER", "target/release/explorer"), "extract", f"{d}/releases.txt"], capture_output=True, text=True)
bodies = {r["id"]: r["body"] for r in json.loads(out.stdout)["releases"]}
gold = json.load(open(f"{d}/facts.json"))
VERBS = set("""rose rise rises rising risen increased increases grew grow grows growing jumped jump jumps surged surge
climbed climb gained gain expanded soared advanced rebounded improved up higher fell fall falls falling fallen declined
declines dropped drop drops decreased decreases down lower shrank slid slumped plunged contracted tumbled lost dipped eased
increasing decreasing declining climbing dropping reduced reducing raised lowered""".split())
NUMW = "one two three four five six seven eight nine ten eleven twelve".split()
changed_dir = removed_q = 0
for r in gold["releases"]:
    body = bodies[r["id"]]
    keep = []
    for f in r["facts"]:
        if f["kind"] == "percent" and f.get("direction"):
            words = set(re.findall(r"[a-z]+", f["text"].lower()))
            # A signed figure ("+17%", "–2.3 pp") has its sign's direction.
            signed = re.match(r"^[+\-\u2212\u2013]\s?\d", f["text"])
            if not words & VERBS and not signed:
                f["direction"] = None
                changed_dir += 1
        if f["kind"] == "quantity" and f["text"].split(" ")[0].lower() in NUMW:
            n = f.get("occurrence", 1)
            at = [m.start() for m in re.finditer(re.escape(f["text"]), body)][n - 1]
            prev = re.findall(r"(\w+)\s*$", body[:at])
            if prev and prev[0].lower() in ("the", "these", "those", "our", "their", "its", "both"):
                removed_q += 1
                continue
        keep.append(f)
    r["facts"] = keep
open(f"{d}/facts.json", "w").write(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
print(f"percent directions set to null: {changed_dir}; back-referring quantities removed: {removed_q}")
