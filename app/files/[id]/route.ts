// GET /files/[id]: a private stored file (a dossier's document), for signed-in staff only: 401 to the
// signed-out, 403 to other roles, 404 for unknown or malformed ids. Never cached by anyone, always a
// download (never rendered by the browser), and every download is in the audit log (openPrivateFile).
import { getCurrentActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { logger } from "@/lib/logger";
import { attachmentDisposition } from "@/lib/uploads/filename";
import { openPrivateFile } from "@/lib/uploads/private-files";

export const dynamic = "force-dynamic";

const PRIVATE_HEADERS = {
  "Cache-Control": "private, no-store",
  "X-Content-Type-Options": "nosniff",
  // Even if a browser did render it, a stored file could run nothing and load nothing.
  "Content-Security-Policy": "default-src 'none'; sandbox",
  "Referrer-Policy": "no-referrer",
} as const;

function refusal(status: 401 | 403 | 404 | 500, message: string): Response {
  return new Response(message, { status, headers: { ...PRIVATE_HEADERS, "Content-Type": "text/plain; charset=utf-8" } });
}

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const actor = await getCurrentActor();
    if (!actor) return refusal(401, "Vui lòng đăng nhập để tải tệp này.");
    if (!can(actor, "files.download")) return refusal(403, "Bạn không có quyền tải tệp này.");
    const file = await openPrivateFile(actor, id);
    if (!file) return refusal(404, "Không tìm thấy tệp.");
    return new Response(new Uint8Array(file.data), {
      headers: {
        ...PRIVATE_HEADERS,
        "Content-Type": file.mimeType,
        "Content-Length": String(file.byteSize),
        "Content-Disposition": attachmentDisposition(file.filename),
      },
    });
  } catch (err) {
    logger.error({ err }, "private file download failed");
    return refusal(500, "Đã có lỗi xảy ra, chưa tải được tệp. Vui lòng thử lại.");
  }
}
