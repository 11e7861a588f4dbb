// `npm run audit:verify`, the real CLI in its own process with its own environment: exit 0 on an intact log
// (saying how far the anchor covers it), exit 1 with the finding on stderr when the log was tampered with (the
// newest entries cut: the case that needs the anchor file the CLI is pointed at), or when run with another key
// than the log's. Each kind of tampering (an edited entry, a removed one, a re-chain with or without the key,
// a cut) is found by the same verify function in tests/int/audit/chain.test.ts, in process: a CLI run costs
// seconds (tsx, and on PGlite a database of its own), so here only the CLI's own wiring is proven.
// The CLI opens the database itself: a PGlite data directory of its own (no two processes on one
// directory), or, on a server, this test's database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { setDbForTests, type Db } from "@/db/client";
import { setAuditAnchorPathForTests, settleAuditAnchor } from "@/lib/audit/anchor";
import type { AuditEntry } from "@/db/schema";
import { cutNewest, writeSomeHistory } from "../../helpers/audit";
import { runScript } from "../../helpers/cli";
import { openMigratedPgliteAt, useTestDb } from "../../helpers/db";

const t = useTestDb();
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/**
 * Writes a real history where the CLI will find it, lets `tamper` change it as a database user could, and
 * returns the environment that points the CLI at it (database and anchor file).
 */
async function historyForCli(tamper: (db: Db, rows: AuditEntry[]) => Promise<unknown>): Promise<{ env: Record<string, string>; rows: AuditEntry[] }> {
  if (t.kind === "postgres") {
    const rows = await writeSomeHistory(t.db);
    await tamper(t.db, rows);
    return { env: { DATABASE_URL: t.url!, AUDIT_ANCHOR_PATH: t.anchorPath }, rows };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-audit-"));
  dirs.push(dir);
  const anchorPath = path.join(dir, "audit-anchor.json");
  const h = await openMigratedPgliteAt(dir);
  // The mutations write to "the process's database": for this history, that is the CLI's folder.
  setDbForTests(h.db);
  setAuditAnchorPathForTests(anchorPath);
  try {
    const rows = await writeSomeHistory(h.db);
    await tamper(h.db, rows);
    await settleAuditAnchor();
    return { env: { DATA_DIR: dir, DATABASE_URL: "", AUDIT_ANCHOR_PATH: anchorPath }, rows };
  } finally {
    setDbForTests(t.db);
    setAuditAnchorPathForTests(t.anchorPath);
    await h.close();
  }
}

const cli = (env: Record<string, string>) => runScript("scripts/audit-verify.ts", { LOG_LEVEL: "silent", ...env });

describe("npm run audit:verify", () => {
  it("exits 0 on an intact log and says the anchor covers it; exits 1 when run with another key", async () => {
    const { env } = await historyForCli(async () => {});
    const intact = await cli(env);
    expect(intact.stderr).toBe("");
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/Audit log intact: 4 entries verified \(4 keyed, 0 plain SHA-256/);
    expect(intact.stdout).toContain(`Anchor ${env.AUDIT_ANCHOR_PATH}: 4 entries`);

    const otherKey = await cli({ ...env, AUDIT_KEY: "someone-elses-key-0123456789abcdefghijkl" });
    expect(otherKey.code).toBe(1);
    expect(otherKey.stderr).toMatch(/cannot be verified: the configured audit key .* is not the one the log was written with/);
  }, 120_000);

  it("exits 1 when the newest entries were cut", async () => {
    const { env, rows } = await historyForCli((db) => cutNewest(db, 2));
    const r = await cli(env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`TAMPERED at entry #${rows[3]!.id}: the log holds 2 entries, the anchor 4: the newest entries were removed`);
  }, 120_000);
});
