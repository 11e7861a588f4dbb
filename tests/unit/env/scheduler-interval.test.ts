// SCHEDULER_INTERVAL_SECONDS: 30 unless set, whole seconds from 1 to 3600, anything else stops the start.
import { afterEach, describe, expect, it, vi } from "vitest";

async function readEnv() {
  vi.resetModules();
  return (await import("@/lib/env")).env;
}

describe("SCHEDULER_INTERVAL_SECONDS", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is 30 when unset", async () => {
    vi.stubEnv("SCHEDULER_INTERVAL_SECONDS", undefined);
    expect((await readEnv()).SCHEDULER_INTERVAL_SECONDS).toBe(30);
  });

  it("takes whole seconds", async () => {
    vi.stubEnv("SCHEDULER_INTERVAL_SECONDS", "2");
    expect((await readEnv()).SCHEDULER_INTERVAL_SECONDS).toBe(2);
  });

  it.each(["0", "-5", "1.5", "abc", "3601"])("refuses %s", async (value) => {
    vi.stubEnv("SCHEDULER_INTERVAL_SECONDS", value);
    await expect(readEnv()).rejects.toThrow(/Invalid environment:\n\s+SCHEDULER_INTERVAL_SECONDS/);
  });
});
