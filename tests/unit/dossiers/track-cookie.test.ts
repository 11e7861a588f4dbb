// The tracking cookie (lib/dossiers/track-cookie.ts): it gives back the code and phone it sealed, and nothing
// for a cookie that was altered, cut, made up or is past its 30 minutes; the phone never appears in clear.
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.AUTH_SECRET = "unit-test-secret-not-for-production-0123456789abcdef";
});

const { openTrackPair, sealTrackPair, TRACK_COOKIE_SECONDS } = await import("@/lib/dossiers/track-cookie");

const pair = { code: "000.00.14.H42-261202-0001", phone: "0912345678" };

describe("track cookie", () => {
  it("opens what it sealed, and hides the phone", () => {
    const sealed = sealTrackPair(pair);
    expect(openTrackPair(sealed)).toEqual(pair);
    expect(sealed).not.toContain("0912345678");
    expect(Buffer.from(sealed.split(".")[2]!, "base64url").toString("latin1")).not.toContain("0912");
  });

  it("reads an altered, cut or made-up value as none", () => {
    const sealed = sealTrackPair(pair);
    const [iv, tag, body] = sealed.split(".");
    const flipped = Buffer.from(body!, "base64url");
    flipped[0] ^= 1;
    expect(openTrackPair(`${iv}.${tag}.${flipped.toString("base64url")}`)).toBeNull();
    expect(openTrackPair(sealed.slice(0, -2))).toBeNull();
    expect(openTrackPair("abc.def.ghi")).toBeNull();
    expect(openTrackPair(undefined)).toBeNull();
    expect(openTrackPair("x".repeat(2000))).toBeNull();
  });

  it("expires after 30 minutes", () => {
    const at = new Date("2026-12-02T08:00:00+07:00");
    const sealed = sealTrackPair(pair, at);
    expect(openTrackPair(sealed, new Date(at.getTime() + (TRACK_COOKIE_SECONDS - 1) * 1000))).toEqual(pair);
    expect(openTrackPair(sealed, new Date(at.getTime() + TRACK_COOKIE_SECONDS * 1000))).toBeNull();
  });
});
