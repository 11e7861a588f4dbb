#!/usr/bin/env bash
# npm test: every test. Vitest (unit + integration on a real Postgres), then a production build and the
# Playwright end-to-end suite in Chromium against `next start`.
# Without DATABASE_URL everything runs on the embedded PGlite; with DATABASE_URL set, the same tests run on
# that server, each in databases they create and drop.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== vitest (${DATABASE_URL:+PostgreSQL server}${DATABASE_URL:-embedded PGlite})"
npx vitest run

echo "== next build"
npx next build > .next-build.log 2>&1 || { cat .next-build.log; exit 1; }
rm -f .next-build.log

echo "== playwright"
rm -rf .data-e2e
if [[ -n "${DATABASE_URL:-}" ]]; then
  E2E_DB="portal_e2e_$$_$(date +%s)"
  ADMIN_URL="$(node -e 'const u=new URL(process.argv[1]); u.pathname="/postgres"; console.log(u.toString())' "$DATABASE_URL")"
  E2E_URL="$(node -e 'const u=new URL(process.argv[1]); u.pathname="/"+process.argv[2]; console.log(u.toString())' "$DATABASE_URL" "$E2E_DB")"
  psql "$ADMIN_URL" -qc "create database \"$E2E_DB\""
  trap 'psql "$ADMIN_URL" -qc "drop database if exists \"$E2E_DB\" with (force)" || true' EXIT
  DATABASE_URL="$E2E_URL" npx playwright test
else
  npx playwright test
fi
rm -rf .data-e2e
