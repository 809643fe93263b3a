#!/usr/bin/env bash
# Scores the atlas on the proxy set, the training set and the dev document (scores only).
cd "$(dirname "$0")/.."
out=$(mktemp -d)
for f in bench/proxy/corpus/*.txt; do n=$(basename "$f" .txt); node bin/atlas.mjs extract "$f" --format eval > "$out/$n.json"; done
echo "PROXY:"; node ../shared/eval/score.mjs bench/proxy/gold "$out"
mkdir -p "$out/train"
for f in bench/train/corpus/*.txt; do n=$(basename "$f" .txt); node bin/atlas.mjs extract "$f" --format eval > "$out/train/$n.json"; done
echo "TRAIN (tuned on):"; node ../shared/eval/score.mjs bench/train/gold "$out/train"
node bin/atlas.mjs extract ../shared/corpus/mcdermott-kazakhstan-defense-policy-review.txt --format eval > "$out/dev.json"
echo "DEV:"; node ../shared/eval/score.mjs ../shared/eval/gold/mcdermott-kazakhstan-defense-policy-review.json "$out/dev.json"
rm -rf "$out"
