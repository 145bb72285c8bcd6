#!/usr/bin/env bash
# Prints the size of each wasm, JS and CSS file in a built dist/, raw and
# gzip (-9), then one summary line for scripts:
#   size: wasm_gz=<bytes> js_gz=<bytes> css_gz=<bytes> total_gz=<bytes>
set -euo pipefail
dist=${1:-dist}
declare -A gz=([wasm]=0 [js]=0 [css]=0)
printf '%-48s %10s %10s\n' file raw gzip
for f in "$dist"/*.wasm "$dist"/*.js "$dist"/*.css; do
  [ -e "$f" ] || continue
  raw=$(stat -c %s "$f")
  z=$(gzip -9 -c "$f" | wc -c)
  ext=${f##*.}
  gz[$ext]=$((gz[$ext] + z))
  printf '%-48s %10d %10d\n' "$(basename "$f")" "$raw" "$z"
done
total=$((gz[wasm] + gz[js] + gz[css]))
echo "size: wasm_gz=${gz[wasm]} js_gz=${gz[js]} css_gz=${gz[css]} total_gz=$total"
