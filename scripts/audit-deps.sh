#!/usr/bin/env bash
# Dependency audit (CI): `npm audit --omit=dev` fails on high or critical findings in what the portal ships.
# When the registry's audit endpoint does not answer (this network's registry mirror answers 405 to the bulk
# advisory POST), the audit cannot run: say so plainly and do not fail the build for it.
set -uo pipefail
cd "$(dirname "$0")/.."
out="$(npm audit --omit=dev --audit-level=high --json 2>/dev/null)"
rc=$?
if ((rc == 0)); then
  echo "npm audit: no high or critical findings in production dependencies."
  exit 0
fi
if node -e 'const r=JSON.parse(process.argv[1]);process.exit(r.vulnerabilities||r.metadata?1:0)' "$out" 2>/dev/null; then
  status="$(node -e 'const r=JSON.parse(process.argv[1]);console.log(r.statusCode??r.error?.code??"no answer")' "$out" 2>/dev/null || echo "no answer")"
  echo "NOTICE: npm audit skipped: the registry's audit endpoint did not answer (${status}). Dependencies were NOT audited in this run."
  exit 0
fi
echo "npm audit found high or critical vulnerabilities in production dependencies:"
npm audit --omit=dev --audit-level=high || true
exit 1
