#!/usr/bin/env bash
# The whole test suite: type check, unit/integration/API tests (vitest), then the browser tests
# against the built web UI in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-system-deps.sh
echo "== typecheck"
npx tsc -p tsconfig.json --noEmit
echo "== unit, integration and API tests"
npx vitest run
echo "== web build"
npm run --silent build:web
echo "== browser tests"
npm run --silent test:browser
