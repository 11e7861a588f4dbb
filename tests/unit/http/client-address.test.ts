// The one rule for the client's address: the socket with no trusted proxy; behind n trusted proxies, the
// right-most hop none of them is. What a client writes to the left never counts.
import { describe, expect, it } from "vitest";
import { normalizeAddress, resolveClientAddress } from "@/lib/http/client-address";

describe("resolveClientAddress", () => {
  it("takes the socket's address when no proxy is trusted, whatever the header says", () => {
    expect(resolveClientAddress("10.0.0.5", undefined, 0)).toBe("10.0.0.5");
    expect(resolveClientAddress("10.0.0.5", "203.0.113.9", 0)).toBe("10.0.0.5");
    expect(resolveClientAddress("::ffff:10.0.0.5", "1.1.1.1, 2.2.2.2", 0)).toBe("10.0.0.5");
  });

  it("behind one proxy, takes the hop the proxy saw: the right-most, not the client's made-up left part", () => {
    // nginx sets the header to the peer it saw ($remote_addr) …
    expect(resolveClientAddress("127.0.0.1", "198.51.100.7", 1)).toBe("198.51.100.7");
    // … or appends it to what the client sent ($proxy_add_x_forwarded_for): the forged part is ignored.
    expect(resolveClientAddress("127.0.0.1", "203.0.113.9, 198.51.100.7", 1)).toBe("198.51.100.7");
    expect(resolveClientAddress("127.0.0.1", ["203.0.113.9", "198.51.100.7"], 1)).toBe("198.51.100.7");
  });

  it("behind two proxies, skips the inner proxy's entry too", () => {
    expect(resolveClientAddress("127.0.0.1", "203.0.113.9, 198.51.100.7, 192.0.2.10", 2)).toBe("198.51.100.7");
  });

  it("falls back to the socket when the chosen hop is not an address, and copes with a missing header", () => {
    expect(resolveClientAddress("127.0.0.1", "203.0.113.9, bogus", 1)).toBe("127.0.0.1");
    expect(resolveClientAddress("127.0.0.1", undefined, 1)).toBe("127.0.0.1");
    expect(resolveClientAddress(undefined, undefined, 0)).toBe("unknown");
  });
});

describe("normalizeAddress", () => {
  it.each([
    ["::ffff:192.0.2.1", "192.0.2.1"],
    ["[2001:db8::1]", "2001:db8::1"],
    ["fe80::1%eth0", "fe80::1"],
    ["192.0.2.1:5678", "192.0.2.1"],
    ["2001:DB8::A", "2001:db8::a"],
  ])("%s → %s", (raw, want) => expect(normalizeAddress(raw)).toBe(want));

  it.each(["", "abc", "999.1.1.1", "<script>"])("refuses %j", (raw) => expect(normalizeAddress(raw)).toBeNull());
});
