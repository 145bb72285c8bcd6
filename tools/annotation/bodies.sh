#!/bin/sh
# Prints each release's id, date, title and normalised body (exactly the text
# facts.json spans refer to), WITHOUT the extractor's facts.
# usage: bodies.sh releases.txt
"${EXPLORER:-target/release/explorer}" check "$1" || exit 1
"${EXPLORER:-target/release/explorer}" extract "$1" | python3 -c '
import json,sys
d=json.load(sys.stdin)
for r in d["releases"]:
    print("=== id:", r["id"]); print("date:", r["date"]); print("title:", r["title"]); print(r["body"]); print()
'
