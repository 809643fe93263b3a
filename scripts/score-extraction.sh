#!/usr/bin/env bash
# Scores the atlas on the dev document and on the proxy set (scores only).
cd "$(dirname "$0")/.."
out=$(mktemp -d)
for f in bench/proxy/corpus/*.txt; do n=$(basename "$f" .txt); node bin/atlas.mjs extract "$f" --format eval > "$out/$n.json"; done
echo "PROXY:"; node ../shared/eval/score.mjs bench/proxy/gold "$out"
node bin/atlas.mjs extract ../shared/corpus/mcdermott-kazakhstan-defense-policy-review.txt --format eval > "$out/dev.json"
echo "DEV:"; node ../shared/eval/score.mjs ../shared/eval/gold/mcdermott-kazakhstan-defense-policy-review.json "$out/dev.json"
rm -rf "$out"
