// Where the audit chain's key comes from: AUDIT_KEY, AUDIT_KEY_FILE, or a key generated once in DATA_DIR
// (0600, then reused), and never a silent fallback in production on a server database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

async function loadKey() {
  vi.resetModules();
  return import("@/lib/audit/key");
}

describe("audit key", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-key-"));
    vi.stubEnv("AUDIT_KEY", undefined);
    vi.stubEnv("AUDIT_KEY_FILE", undefined);
    vi.stubEnv("DATABASE_URL", undefined);
    vi.stubEnv("DATABASE_OWNER_URL", undefined);
    vi.stubEnv("DATA_DIR", dir);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("takes AUDIT_KEY as it is, and names it by a fingerprint that does not reveal it", async () => {
    const key = "k".repeat(40);
    vi.stubEnv("AUDIT_KEY", key);
    const k = await loadKey();
    expect(k.auditKey().toString("utf8")).toBe(key);
    expect(k.auditKeyId()).toMatch(/^[0-9a-f]{16}$/);
    expect(k.auditKeyId()).not.toContain("kkkk");
    expect(k.auditKeySource()).toBe("AUDIT_KEY");
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("reads AUDIT_KEY_FILE, and refuses one that does not exist or is too short", async () => {
    const file = path.join(dir, "key.txt");
    vi.stubEnv("AUDIT_KEY_FILE", file);
    await expect((async () => (await loadKey()).auditKey())()).rejects.toThrow(/does not exist/);
    fs.writeFileSync(file, "short\n");
    await expect((async () => (await loadKey()).auditKey())()).rejects.toThrow(/shorter than 32/);
    fs.writeFileSync(file, `${"f".repeat(44)}\n`);
    expect((await loadKey()).auditKey().toString()).toBe("f".repeat(44));
  });

  it("generates a key in DATA_DIR once (0600) and reuses it", async () => {
    const first = (await loadKey()).auditKey().toString();
    const file = path.join(dir, "audit.key");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect((await loadKey()).auditKey().toString()).toBe(first);
  });

  it("refuses to generate one in production on a server database", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("DATABASE_URL", "postgres://portal@db.example/portal");
    const k = await loadKey();
    expect(() => k.auditKey()).toThrow(k.AuditKeyError);
    expect(() => k.auditKeyId()).toThrow(/AUDIT_KEY \(or AUDIT_KEY_FILE\) is required in production/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it.each([
    [{ AUDIT_KEY: "too-short" }, /AUDIT_KEY: AUDIT_KEY must be at least 32 characters/],
    [{ AUDIT_KEY: "k".repeat(40), AUDIT_KEY_FILE: "/etc/portal/audit.key" }, /AUDIT_KEY_FILE: set AUDIT_KEY or AUDIT_KEY_FILE, not both/],
    [{ DATABASE_OWNER_URL: "postgres://owner@db/portal" }, /DATABASE_OWNER_URL: DATABASE_OWNER_URL needs DATABASE_URL/],
    [{ DATABASE_URL: "postgres://app@db/portal", DATABASE_OWNER_URL: "mysql://owner@db/portal" }, /DATABASE_OWNER_URL must start with postgres/],
  ])("stops the start on %j", async (vars, message) => {
    for (const [k, v] of Object.entries(vars)) vi.stubEnv(k, v);
    vi.resetModules();
    await expect(import("@/lib/env")).rejects.toThrow(message);
  });
});
