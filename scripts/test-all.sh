#!/usr/bin/env bash
# Every test of the project, in the order a failure is cheapest to find:
# types → lint → unit (incl. importer reproducibility) → weapp build + WeChat compilers → H5 build → real browser.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
step() { printf '\n\033[1m▶ %s\033[0m\n' "$*"; }

if [ ! -d node_modules ]; then
  step "npm ci (node_modules missing)"
  npm ci --no-audit --no-fund
fi
step "browser prerequisites (Debian chromium + CJK font)"
bash scripts/ensure-browser.sh

step "typecheck"
npm run -s typecheck
step "lint (incl. one-way architecture rules)"
npm run -s lint
step "unit tests"
npx jest --selectProjects unit
step "weapp build + WeChat compilers (wcc/wcsc) + runtime smoke test + size"
npm run -s build:weapp > /tmp/yzsb-build-weapp.log 2>&1 || { tail -50 /tmp/yzsb-build-weapp.log; exit 1; }
npx tsx scripts/check-weapp.ts dist
npx tsx scripts/weapp-smoke.ts dist
npx tsx scripts/weapp-size.ts dist
step "H5 build"
npm run -s build:h5 > /tmp/yzsb-build-h5.log 2>&1 || { tail -50 /tmp/yzsb-build-h5.log; exit 1; }
step "browser tests (H5 on 127.0.0.1, Debian chromium)"
npx jest --selectProjects e2e --runInBand

printf '\n\033[32m✓ all tests passed in %ss\033[0m\n' "$(( $(date +%s) - started ))"
