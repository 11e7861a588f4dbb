// A server action from another site is refused (proxy.ts): what counts as a possible action, and when the
// Origin matches the Host the browser sent. Same-origin actions, over http or https, pass.
import { describe, expect, it } from "vitest";
import { crossOriginActionResponse, hasSameOrigin, isPossibleServerAction } from "@/lib/security/cross-origin";

const post = (headers: Record<string, string>) => new Request("http://127.0.0.1:3000/admin/news/1", { method: "POST", headers });

describe("isPossibleServerAction", () => {
  it("is a POST with Next-Action, or a multipart form post (an action without JavaScript)", () => {
    expect(isPossibleServerAction(post({ "next-action": "7f00" }))).toBe(true);
    expect(isPossibleServerAction(post({ "content-type": "multipart/form-data; boundary=----x" }))).toBe(true);
    expect(isPossibleServerAction(post({ "content-type": "application/x-www-form-urlencoded" }))).toBe(false);
    expect(isPossibleServerAction(new Request("http://127.0.0.1:3000/", { headers: { "next-action": "7f00" } }))).toBe(false);
  });
});

describe("hasSameOrigin", () => {
  const h = (o: Record<string, string>) => new Headers(o);
  it("accepts the portal's own pages, by the Host the browser sent", () => {
    expect(hasSameOrigin(h({ origin: "http://127.0.0.1:3233", host: "127.0.0.1:3233" }))).toBe(true);
    expect(hasSameOrigin(h({ origin: "https://stttt.example.gov.vn", host: "stttt.example.gov.vn" }))).toBe(true);
    expect(hasSameOrigin(h({ origin: "https://STTTT.example.gov.vn", host: "Stttt.Example.gov.vn" }))).toBe(true);
  });

  it("refuses another site, another port, a missing or opaque Origin, a missing Host", () => {
    expect(hasSameOrigin(h({ origin: "https://evil.example", host: "stttt.example.gov.vn" }))).toBe(false);
    expect(hasSameOrigin(h({ origin: "https://stttt.example.gov.vn.evil.example", host: "stttt.example.gov.vn" }))).toBe(false);
    expect(hasSameOrigin(h({ origin: "http://127.0.0.1:4000", host: "127.0.0.1:3233" }))).toBe(false);
    expect(hasSameOrigin(h({ host: "127.0.0.1:3233" }))).toBe(false);
    expect(hasSameOrigin(h({ origin: "null", host: "127.0.0.1:3233" }))).toBe(false);
    expect(hasSameOrigin(h({ origin: "http://127.0.0.1:3233" }))).toBe(false);
    expect(hasSameOrigin(h({ origin: "not a url", host: "127.0.0.1:3233" }))).toBe(false);
    expect(hasSameOrigin(h({ origin: "file://127.0.0.1:3233", host: "127.0.0.1:3233" }))).toBe(false);
  });

  it("does not trust X-Forwarded-Host, which a client can set", () => {
    expect(hasSameOrigin(h({ origin: "https://evil.example", host: "stttt.example.gov.vn", "x-forwarded-host": "evil.example" }))).toBe(false);
  });
});

describe("crossOriginActionResponse", () => {
  it("is a small Vietnamese 403 page that runs nothing", async () => {
    const res = crossOriginActionResponse();
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toContain("Yêu cầu bị từ chối");
    expect(html).not.toMatch(/<script/i);
  });
});
