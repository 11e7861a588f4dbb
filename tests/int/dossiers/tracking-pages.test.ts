// The tracking handlers' refusals on a real database: a lookup from another site is refused (403) and counts
// nothing; past 20 lookups from one address in 15 minutes the answer is 429 with the Vietnamese message and a
// Retry-After, before the form is even read.
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "dossier-test-secret-0123456789abcdefghijklmnopq";
});
import { POST as lookup } from "@/app/(site)/track/lookup/route";
import { POST as rate } from "@/app/(site)/track/rate/route";
import { limitTrackingLookup, TRACKING_LIMIT, TRACKING_LIMITED } from "@/lib/dossiers/limits";
import { AuthorizationError } from "@/lib/auth/permissions";
import { useTestDb } from "../../helpers/db";
import { makeOnlineProcedure } from "../../helpers/dossiers";
import { actorOf, makeUser } from "../../helpers/users";

const t = useTestDb();

const post = (path: string, origin: string | null) =>
  new Request(`http://portal.test${path}`, {
    method: "POST",
    headers: { host: "portal.test", "content-type": "application/x-www-form-urlencoded", ...(origin ? { origin } : {}) },
    body: "code=000.00.14.H42-261202-0001&phone=0912345678",
  });

describe("tracking handlers", () => {
  it("refuse a post from another site or without Origin, and count nothing", async () => {
    for (const origin of ["https://evil.example", null]) {
      expect((await lookup(post("/track", origin))).status).toBe(403);
      expect((await rate(post("/track/rate", origin))).status).toBe(403);
    }
    // Requests that did not come through the portal's server share the address "unknown": none was counted.
    expect((await limitTrackingLookup("unknown")).count).toBe(1);
  });

  it("answer 429 in Vietnamese past the limit per address", async () => {
    for (let i = 0; i < TRACKING_LIMIT.limit; i++) await limitTrackingLookup("unknown");
    const res = await lookup(post("/track", "http://portal.test"));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(res.headers.get("cache-control")).toContain("no-store");
    const html = await res.text();
    expect(html).toContain(TRACKING_LIMITED);
    expect(html).toContain('lang="vi"');
  });
});

