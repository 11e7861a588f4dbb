// HSTS depends on knowing the request came over TLS: the socket says so, or the nearest trusted proxy does;
// with no trusted proxy, a client's X-Forwarded-Proto counts for nothing.
import { describe, expect, it } from "vitest";
import { forwardedProto } from "@/lib/http/proto";

const plain = { remoteAddress: "203.0.113.5", encrypted: false };

describe("forwardedProto", () => {
  it("is https on a TLS socket, whatever the header says", () => {
    expect(forwardedProto({ remoteAddress: "203.0.113.5", encrypted: true }, "http", 0)).toBe("https");
  });

  it("ignores the header when no proxy is trusted", () => {
    expect(forwardedProto(plain, "https", 0)).toBe("http");
    expect(forwardedProto(plain, undefined, 0)).toBe("http");
  });

  it("behind trusted proxies, takes what the nearest one set or appended", () => {
    expect(forwardedProto(plain, "https", 1)).toBe("https");
    expect(forwardedProto(plain, "HTTPS", 1)).toBe("https");
    expect(forwardedProto(plain, "https, http", 1)).toBe("http");
    expect(forwardedProto(plain, "http, https", 2)).toBe("https");
    expect(forwardedProto(plain, ["http", "https"], 1)).toBe("https");
    expect(forwardedProto(plain, undefined, 1)).toBe("http");
    expect(forwardedProto(plain, "", 1)).toBe("http");
  });
});
