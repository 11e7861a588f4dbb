// Request bodies in route handlers: refuse an oversized upload from its Content-Length before reading a byte,
// and count while reading when the length is not declared (chunked), so no handler buffers more than the
// limit. Server actions cannot do this themselves: Next reads their body first, up to
// serverActions.bodySizeLimit (= REQUEST_BODY_LIMIT_BYTES). What Next 16.4 does beyond that limit, read in
// next/dist/server/app-render/action-handler.js and matching the Next.js e2e suite
// "app-action-size-limit-invalid": it throws "Body exceeded … limit" (status 413) before the action runs;
// a JavaScript (fetch) action answers 500 with a rejected result, so the client throws and the nearest
// error.tsx shows ("Đã có lỗi xảy ra"); a form posted without JavaScript gets the generic error page.
// Nothing of our own can speak there, which is why the limit sits above MAX_FORM_BYTES (our check names
// each file and the total) and the forms check sizes before sending when JavaScript runs.
import { REQUEST_BODY_LIMIT_BYTES } from "./kinds";
import { uploadMessages } from "./messages";

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(uploadMessages.bodyTooLarge(limit));
    this.name = "BodyTooLargeError";
  }
}

/** True when the request declares a body longer than `limit` bytes (a missing length is checked while reading). */
export function declaresTooLargeBody(req: Request, limit = REQUEST_BODY_LIMIT_BYTES): boolean {
  const declared = req.headers.get("content-length");
  if (declared === null) return false;
  const n = Number(declared);
  return !Number.isFinite(n) || n < 0 || n > limit;
}

/** A 413 answer in Vietnamese, plain text or HTML (for a form posted without JavaScript). */
export function bodyTooLargeResponse(limit = REQUEST_BODY_LIMIT_BYTES, as: "text" | "html" = "text"): Response {
  const message = uploadMessages.bodyTooLarge(limit);
  const body =
    as === "html"
      ? `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Dữ liệu quá lớn</title><main><h1>Dữ liệu gửi lên quá lớn</h1><p>${message}</p><p>Dùng nút Quay lại của trình duyệt để trở về biểu mẫu.</p></main></html>`
      : message;
  return new Response(body, {
    status: 413,
    headers: { "Content-Type": as === "html" ? "text/html; charset=utf-8" : "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * The request's form data, read only if the body stays within `limit` bytes: a declared length is checked
 * first, then the bytes are counted as they arrive. Throws BodyTooLargeError beyond the limit.
 */
export async function readFormDataWithin(req: Request, limit = REQUEST_BODY_LIMIT_BYTES): Promise<FormData> {
  if (declaresTooLargeBody(req, limit)) throw new BodyTooLargeError(limit);
  if (!req.body) return new FormData();
  let seen = 0;
  const counted = req.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > limit) controller.error(new BodyTooLargeError(limit));
        else controller.enqueue(chunk);
      },
    }),
  );
  const contentType = req.headers.get("content-type") ?? "";
  try {
    return await new Response(counted, { headers: { "Content-Type": contentType } }).formData();
  } catch (err) {
    if (seen > limit) throw new BodyTooLargeError(limit);
    throw err;
  }
}
