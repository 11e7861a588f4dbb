// Request bodies: Next's limits (next.config.js) equal REQUEST_BODY_LIMIT_BYTES, which is above the largest
// form total so our own Vietnamese check speaks first; a route handler refuses a declared oversized body
// before reading it and stops counting an undeclared (chunked) one at the limit.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { BodyTooLargeError, bodyTooLargeResponse, declaresTooLargeBody, readFormDataWithin } from "@/lib/uploads/body-limit";
import { FORM_TOTALS, MAX_FORM_BYTES, MB, REQUEST_BODY_LIMIT_BYTES, UPLOAD_KINDS } from "@/lib/uploads/kinds";

// The parser Next itself applies to "36mb" (next/dist/server/app-render/action-handler.js).
const bytes = createRequire(import.meta.url)("next/dist/compiled/bytes") as { parse: (v: string | number) => number };
const nextConfig: unknown = ((await import("../../../next.config.js" as string)) as { default: unknown }).default;

describe("Next's body limits", () => {
  it("let a full dossier and its form fields through, and equal REQUEST_BODY_LIMIT_BYTES", () => {
    // next.config.js is plain JavaScript without types: read what Next reads.
    const { experimental } = nextConfig as { experimental: { serverActions: { bodySizeLimit: string }; proxyClientMaxBodySize: string } };
    expect(bytes.parse(experimental.serverActions.bodySizeLimit)).toBe(REQUEST_BODY_LIMIT_BYTES);
    expect(bytes.parse(experimental.proxyClientMaxBodySize)).toBe(REQUEST_BODY_LIMIT_BYTES);
    expect(MAX_FORM_BYTES).toBe(FORM_TOTALS.dossier);
    // Room for a form a few MB over its total (so our message names the files) and for the other fields.
    expect(REQUEST_BODY_LIMIT_BYTES - MAX_FORM_BYTES).toBeGreaterThanOrEqual(4 * MB);
    expect(REQUEST_BODY_LIMIT_BYTES).toBeGreaterThan(UPLOAD_KINDS.image.maxFileBytes * 2);
  });
});

/** A multipart body sent as a stream in 64 KB chunks, with no Content-Length (as a chunked upload). */
function multipart(sizes: number[], chunk = 64 * 1024): Request {
  const fd = new FormData();
  sizes.forEach((n, i) => fd.append(`doc_${i + 1}`, new File([new Uint8Array(n)], `f${i}.pdf`)));
  const encoded = new Response(fd);
  const contentType = encoded.headers.get("content-type")!;
  return new Request("http://localhost/upload", {
    method: "POST",
    headers: { "content-type": contentType },
    body: new ReadableStream({
      async start(controller) {
        const all = new Uint8Array(await encoded.arrayBuffer());
        for (let at = 0; at < all.length; at += chunk) controller.enqueue(all.subarray(at, at + chunk));
        controller.close();
      },
    }),
    // @ts-expect-error Node's fetch needs this for a stream body
    duplex: "half",
  });
}

describe("route handler guards", () => {
  it("refuses a declared Content-Length over the limit without reading the body", async () => {
    let pulled = false;
    const req = new Request("http://localhost/upload", {
      method: "POST",
      headers: { "content-length": String(REQUEST_BODY_LIMIT_BYTES + 1), "content-type": "multipart/form-data; boundary=x" },
      body: new ReadableStream(
        {
          pull() {
            pulled = true;
          },
        },
        { highWaterMark: 0 }, // pulled only when someone reads
      ),
      // @ts-expect-error Node's fetch needs this for a stream body
      duplex: "half",
    });
    expect(declaresTooLargeBody(req)).toBe(true);
    await expect(readFormDataWithin(req)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(pulled).toBe(false);
    expect(declaresTooLargeBody(new Request("http://localhost/", { method: "POST", headers: { "content-length": "nonsense" }, body: "x" }))).toBe(true);
    expect(declaresTooLargeBody(new Request("http://localhost/", { method: "POST", headers: { "content-length": "1000" }, body: "x" }))).toBe(false);
  });

  it("stops an undeclared body at the limit, and reads one within it", async () => {
    await expect(readFormDataWithin(multipart([600_000, 600_000]), 1_000_000)).rejects.toBeInstanceOf(BodyTooLargeError);
    const fd = await readFormDataWithin(multipart([300_000, 300_000]), 1_000_000);
    expect((fd.get("doc_2") as File).size).toBe(300_000);
  });

  it("answers 413 in Vietnamese, never cached", async () => {
    const res = bodyTooLargeResponse(36 * MB, "html");
    expect(res.status).toBe(413);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.text()).toContain("Dữ liệu gửi lên quá lớn (tối đa 36 MB cho một lần gửi)");
  });
});
