// POST /api/newsroom/revalidate: the scheduler (lib/newsroom/scheduler.ts) asks for the public news pages
// to be re-rendered after it published something. Only a request signed with the server secret is obeyed.
import { revalidatePublicNews } from "@/lib/cache";
import { verifyRevalidationSignature, SIGNATURE_HEADER } from "@/lib/newsroom/revalidation";

export const dynamic = "force-dynamic";

export async function POST(req: Request) {
  if (!verifyRevalidationSignature(req.headers.get(SIGNATURE_HEADER))) {
    return new Response("Không có quyền.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  revalidatePublicNews();
  return Response.json({ revalidated: true }, { headers: { "Cache-Control": "no-store" } });
}
