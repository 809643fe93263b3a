#!/usr/bin/env bash
# Scores the atlas on the real pages of bench/real (train, then test: pooled scores only) and on the
# development document. `--misses` lists the training half's misses (never the test half's).
cd "$(dirname "$0")/.."
out=${SCORE_OUT:-$(mktemp -d)}
misses=""; [ "${1:-}" = "--misses" ] && misses="--misses"
node bin/run-ts.mjs bench/write-outputs.ts bench/real/train/corpus "$out/train"
node bin/run-ts.mjs bench/write-outputs.ts bench/real/test/corpus "$out/test"
node bin/run-ts.mjs bench/write-outputs.ts ../shared/corpus "$out/dev"
echo "REAL TRAIN (rules tuned on it):"; node ../shared/eval/score.mjs bench/real/train/gold "$out/train" $misses
echo "REAL TEST (pooled, never tuned on):"; node ../shared/eval/score.mjs bench/real/test/gold "$out/test" | tail -5
echo "DEV:"; node ../shared/eval/score.mjs ../shared/eval/gold "$out/dev" | tail -5
[ -n "${SCORE_OUT:-}" ] || rm -rf "$out"
