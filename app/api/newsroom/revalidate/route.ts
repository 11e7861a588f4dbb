// POST /api/newsroom/revalidate: the server's own jobs (the scheduler after it published; the rating refresh
// after a burst of votes) ask for public pages to be re-rendered: revalidatePath only works inside a request.
// Only a request signed with the server secret, over its body, is obeyed.
import { z } from "zod";
import { revalidateArticlePage, revalidatePublicNews } from "@/lib/cache";
import { verifyRevalidationSignature, SIGNATURE_HEADER } from "@/lib/newsroom/revalidation";

export const dynamic = "force-dynamic";

const body = z.object({ articles: z.array(z.string().regex(/^[a-z0-9-]{1,200}$/)).max(500).optional() });

export async function POST(req: Request) {
  const text = await req.text().catch(() => "");
  if (!verifyRevalidationSignature(req.headers.get(SIGNATURE_HEADER), Date.now(), text)) {
    return new Response("Không có quyền.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  let parsed: z.infer<typeof body> = {};
  try {
    parsed = body.parse(text ? JSON.parse(text) : {});
  } catch {
    return new Response("Yêu cầu không hợp lệ.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  if (parsed.articles) for (const slug of parsed.articles) revalidateArticlePage(slug);
  else revalidatePublicNews();
  return Response.json({ revalidated: true }, { headers: { "Cache-Control": "no-store" } });
}
