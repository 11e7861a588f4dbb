#!/usr/bin/env bash
# Fails when db/schema/ changed without a generated migration in drizzle/: drizzle-kit generate runs against
# a copy of drizzle/ (it needs no database) and must find nothing to generate; drizzle-kit check must pass.
set -euo pipefail
cd "$(dirname "$0")/.."

work=".tmp/migration-check"   # drizzle-kit wants a relative --out path
rm -rf "$work" && mkdir -p "$work" && cp -r drizzle "$work/drizzle"
trap 'rm -rf "$work"' EXIT

out="$(npx drizzle-kit generate --dialect postgresql --schema ./db/schema/index.ts --casing snake_case --out "$work/drizzle" 2>&1)"
added="$(cd "$work/drizzle" && find . -type f | sort | comm -13 <(cd ../../../drizzle && find . -type f | sort) -)"
if [[ -n "$added" ]]; then
  echo "db/schema/ changed but drizzle/ has no migration for it. Run 'npm run db:generate', read the SQL, commit it."
  echo "drizzle-kit would write:"; echo "$added" | sed 's/^/  /'
  exit 1
fi
# drizzle-kit exits 0 even when it fails: only its own "nothing to do" line counts as a pass.
if ! grep -q "No schema changes" <<<"$out"; then
  echo "drizzle-kit generate did not confirm the schema and drizzle/ agree:"; echo "$out"
  exit 1
fi
npx drizzle-kit check --dialect postgresql --out ./drizzle
echo "migrations: db/schema/ and drizzle/ agree"
