import zlib from "node:zlib";
import { beforeEach, describe, expect, it } from "vitest";
import { chooseEncoding, clearPageMemo, memoizedPage } from "@/lib/http/page-memo";

describe("chooseEncoding", () => {
  it("prefers brotli, then gzip, and honours q=0", () => {
    expect(chooseEncoding("gzip, deflate, br")).toBe("br");
    expect(chooseEncoding("gzip")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip;q=0.5")).toBe("gzip");
    expect(chooseEncoding(undefined)).toBe("identity");
    expect(chooseEncoding("identity")).toBe("identity");
    expect(chooseEncoding("*")).toBe("br");
  });
});

describe("memoizedPage", () => {
  beforeEach(() => clearPageMemo());

  it("strips once per key and gives each encoding's bytes of the stripped page", () => {
    let strips = 0;
    const strip = (h: string) => {
      strips++;
      return h.replaceAll("<script>x</script>", "");
    };
    const raw = "<p>Trang</p><script>x</script>".repeat(50);
    const br = memoizedPage("e1|10", () => raw, strip, "br");
    const gz = memoizedPage("e1|10", () => raw, strip, "gzip");
    const plain = memoizedPage("e1|10", () => raw, strip, "identity");
    expect(strips).toBe(1);
    expect(plain.toString()).toBe("<p>Trang</p>".repeat(50));
    expect(zlib.brotliDecompressSync(br).toString()).toBe(plain.toString());
    expect(zlib.gunzipSync(gz).toString()).toBe(plain.toString());
    memoizedPage("e2|10", () => raw, strip, "identity");
    expect(strips).toBe(2);
  });

  it("keeps compressed bytes in buffers of their own size (what it counts is what it holds)", () => {
    const raw = `<p>${"Nội dung bài viết dài. ".repeat(2000)}</p>`;
    for (const encoding of ["br", "gzip"] as const) {
      const out = memoizedPage("e3|1", () => raw, (h) => h, encoding);
      expect(out.length).toBeLessThan(16 * 1024);
      expect(out.buffer.byteLength).toBe(out.length);
    }
  });
});
