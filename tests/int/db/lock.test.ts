// The embedded database folder is held by one process at a time: a second opener (the CLI, or a second
// server) stops with a clear message and changes nothing; a lock left by a crashed process is recovered.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { count } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { openPglite } from "@/db/client";
import { DataDirLockedError } from "@/db/lock";
import { seedDemoContent, seedSettings } from "@/db/seed";
import { articles } from "@/db/schema";
import { runScript } from "../../helpers/cli";
import { openMigratedPgliteAt } from "../../helpers/db";

const dirs: string[] = [];
const tmpDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "portal-lock-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

// Skipped on the server run only: the embedded database's folder lock; CI runs it on PGlite.
describe.skipIf(!!process.env.DATABASE_URL)("embedded data directory lock", () => {
  it("refuses a second process while held, and the data is unchanged", async () => {
    const dir = tmpDir();
    const held = await openMigratedPgliteAt(dir);
    try {
      await seedSettings(held.db);
      await seedDemoContent(held.db);
      const [before] = await held.db.select({ n: count() }).from(articles);

      const child = await runScript("scripts/seed.ts", { DATA_DIR: dir, DATABASE_URL: "" });
      expect(child.code).toBe(1);
      expect(child.stderr).toContain("is in use by another process");
      expect(child.stderr).toContain("Nothing was changed");

      // The same in-process: a second open is refused before PGlite touches the files.
      await expect(openPglite({ dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);

      const [after] = await held.db.select({ n: count() }).from(articles);
      expect(after.n).toBe(before.n);
      expect(after.n).toBeGreaterThan(20);
    } finally {
      await held.close();
    }
    // Released on close: the next opener gets in and sees the same rows.
    const again = await openPglite({ dataDir: dir });
    try {
      const [n] = await again.db.select({ n: count() }).from(articles);
      expect(n.n).toBeGreaterThan(20);
    } finally {
      await again.close();
    }
  }, 60_000);

  it("recovers a stale lock left by a crashed process", async () => {
    const dir = tmpDir();
    const lock = path.join(dir, "pglite.lock");
    fs.mkdirSync(lock);
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lock, old, old);
    const h = await openMigratedPgliteAt(dir);
    await h.close();
    expect(fs.existsSync(lock)).toBe(false);
  });

  it("does not take over a fresh lock held by a live process", async () => {
    const dir = tmpDir();
    fs.mkdirSync(path.join(dir, "pglite.lock"));
    await expect(openPglite({ dataDir: dir })).rejects.toThrow(/in use by another process/);
  });
});
