// GET /media/[id]: a stored image. Content never changes for an id, so it is cached for a year.
import { getMediaFile } from "@/lib/media/queries";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const file = await getMediaFile((await params).id);
  if (!file) return new Response("Không tìm thấy tệp.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const etag = `"${file.sha256}"`;
  const headers: Record<string, string> = {
    "Content-Type": file.mimeType,
    "Cache-Control": "public, max-age=31536000, immutable",
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
    // Even a stored SVG can never run script or load anything.
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  };
  if (req.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(file.data), { headers: { ...headers, "Content-Length": String(file.byteSize) } });
}
