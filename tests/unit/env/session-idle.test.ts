// SESSION_IDLE_MINUTES: 30 unless set, whole minutes from 1 to 1440, anything else stops the start.
import { afterEach, describe, expect, it, vi } from "vitest";

async function readEnv() {
  vi.resetModules();
  return (await import("@/lib/env")).env;
}

describe("SESSION_IDLE_MINUTES", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is 30 when unset", async () => {
    vi.stubEnv("SESSION_IDLE_MINUTES", undefined);
    expect((await readEnv()).SESSION_IDLE_MINUTES).toBe(30);
  });

  it("takes whole minutes", async () => {
    vi.stubEnv("SESSION_IDLE_MINUTES", "15");
    expect((await readEnv()).SESSION_IDLE_MINUTES).toBe(15);
  });

  it.each(["0", "-5", "2.5", "abc", "1441"])("refuses %s", async (value) => {
    vi.stubEnv("SESSION_IDLE_MINUTES", value);
    await expect(readEnv()).rejects.toThrow(/Invalid environment:\n\s+SESSION_IDLE_MINUTES/);
  });
});
