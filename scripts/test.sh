#!/usr/bin/env bash
# npm test: every test, in stages; `bash scripts/test.sh STAGE...` runs only those (CI picks per database).
#   migrations  db/schema/ and drizzle/ agree (no database needed)
#   unit        vitest projects "unit*" (tests/unit: pure, no database)
#   int         vitest projects "int*" (tests/int: a real Postgres; each file gets a clone of a migrated template)
#   build       next build (never opens the database)
#   e2e         the whole Playwright suite against the built app (needs build)
#   smoke       only the Playwright tests tagged @smoke (needs build)
# Without DATABASE_URL, int and e2e run on the embedded PGlite; with it, on that server, in databases they
# create and drop. VITEST_MAX_WORKERS sets how many int files run at once (default: the cores on PGlite,
# twice that on a server).
# No stage sends Next's anonymous telemetry anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

where() { if [[ -n "${DATABASE_URL:-}" ]]; then echo "PostgreSQL server"; else echo "embedded PGlite"; fi; }

# Playwright on a fresh database: its own PGlite folder, or a database of its own on the server.
playwright() {
  rm -rf .data-e2e
  if [[ -n "${DATABASE_URL:-}" ]]; then
    local name="portal_e2e_$$_$(date +%s)" admin url
    admin="$(node -e 'const u=new URL(process.argv[1]); u.pathname="/postgres"; console.log(u.toString())' "$DATABASE_URL")"
    url="$(node -e 'const u=new URL(process.argv[1]); u.pathname="/"+process.argv[2]; console.log(u.toString())' "$DATABASE_URL" "$name")"
    psql "$admin" -qc "create database \"$name\""
    local rc=0
    DATABASE_URL="$url" npx playwright test "$@" || rc=$?
    psql "$admin" -qc "drop database if exists \"$name\" with (force)" || true
    return "$rc"
  fi
  local rc=0
  npx playwright test "$@" || rc=$?
  rm -rf .data-e2e
  return "$rc"
}

run_stage() {
  local t0=$SECONDS
  case "$1" in
    migrations) echo "== migrations match the schema"; bash scripts/check-migrations.sh ;;
    unit) echo "== vitest unit"; npx vitest run --project "unit*" ;;
    int)
      # vitest's default is one file at a time on 2 cores (cores - 1); PGlite files are CPU-bound (one per
      # core), server files mostly wait on the server (two per core).
      local per_core=1
      [[ -z "${DATABASE_URL:-}" ]] || per_core=2
      local workers="${VITEST_MAX_WORKERS:-$(($(nproc) * per_core))}"
      echo "== vitest int ($(where), $workers at a time)"
      npx vitest run --project "int*" --maxWorkers="$workers"
      ;;
    build)
      echo "== next build"
      npx next build > .next-build.log 2>&1 || { cat .next-build.log; exit 1; }
      rm -f .next-build.log
      ;;
    e2e) echo "== playwright, whole suite ($(where))"; playwright ;;
    smoke) echo "== playwright, @smoke subset ($(where))"; playwright --grep @smoke ;;
    *) echo "unknown stage: $1 (migrations unit int build e2e smoke)" >&2; exit 2 ;;
  esac
  echo "== $1: $((SECONDS - t0)) s"
}

stages=("$@")
[[ ${#stages[@]} -gt 0 ]] || stages=(migrations unit int build e2e)
for s in "${stages[@]}"; do run_stage "$s"; done
