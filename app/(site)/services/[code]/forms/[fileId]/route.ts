// GET /services/[code]/forms/[fileId]: a form template (mẫu đơn, tờ khai) of a published procedure's document,
// as a download. Public and immutable for its id (a new upload gets a new id), so cached for a year; never
// rendered by the browser. Unknown, hidden or mismatched code and id: the Vietnamese 404.
import { logger } from "@/lib/logger";
import { getPublicFormFile } from "@/lib/services/queries";
import { attachmentDisposition } from "@/lib/uploads/filename";

export const dynamic = "force-dynamic";

const HEADERS = {
  "X-Content-Type-Options": "nosniff",
  // Even if a browser did render it, a stored file could run nothing and load nothing.
  "Content-Security-Policy": "default-src 'none'; sandbox",
} as const;

function refusal(status: 404 | 500, message: string): Response {
  return new Response(message, { status, headers: { ...HEADERS, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function GET(req: Request, { params }: { params: Promise<{ code: string; fileId: string }> }) {
  const { code, fileId } = await params;
  try {
    const file = await getPublicFormFile(code, fileId);
    if (!file) return refusal(404, "Không tìm thấy mẫu đơn, tờ khai này (có thể đã được thay bằng mẫu mới).");
    const etag = `"${file.sha256}"`;
    const headers: Record<string, string> = {
      ...HEADERS,
      "Content-Type": file.mimeType,
      "Content-Disposition": attachmentDisposition(file.filename),
      "Cache-Control": "public, max-age=31536000, immutable",
      ETag: etag,
    };
    if (req.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
    return new Response(new Uint8Array(file.data), { headers: { ...headers, "Content-Length": String(file.byteSize) } });
  } catch (err) {
    logger.error({ err }, "form file download failed");
    return refusal(500, "Đã có lỗi xảy ra, chưa tải được tệp. Vui lòng thử lại.");
  }
}
