// POST /news/[slug]/rate: a reader's 1–5 star vote. Anonymous by design: a missing or foreign Origin is
// refused (403) and counts nothing; validated with zod; limited per address (at most 10 votes per article per
// day, and a flood cap over all articles), counted before anything else; one vote per visitor cookie per
// article. Answers with a redirect back to the article, whose cached page refreshes at most every few seconds.
import { randomUUID } from "node:crypto";
import { refreshAfterVote } from "@/lib/news/rating-refresh";
import { cookies } from "next/headers";
import { rateArticle } from "@/lib/news/mutations";
import { ratingInput, slugParam } from "@/lib/news/validation";
import { hitRateLimit } from "@/lib/rate-limit";
import { clientAddress, isSameOrigin } from "@/lib/http/request";
import { keyedHash } from "@/lib/security/secret";
import { logger } from "@/lib/logger";
import type { RatingOutcome } from "../rating-form";

const VISITOR_COOKIE = "pv";
// Per address and article per day (SPEC), and a flood cap per address over all articles: generous enough for
// an office behind one NAT, tight enough to stop scripted voting.
const VOTES_PER_ARTICLE_PER_DAY = 10;
const DAY_SECONDS = 24 * 3600;
const VOTES_PER_WINDOW = 30;
const WINDOW_SECONDS = 10 * 60;

function back(slug: string, outcome: RatingOutcome, status = 303): Response {
  return new Response(null, { status, headers: { Location: `/news/${slug}#${outcome}`, "Cache-Control": "no-store" } });
}

export async function POST(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const parsedSlug = slugParam.safeParse((await params).slug);
  if (!parsedSlug.success) return new Response("Không tìm thấy bài viết.", { status: 404 });
  const slug = parsedSlug.data;
  if (!isSameOrigin(req.headers)) return new Response("Yêu cầu không hợp lệ.", { status: 403 });

  const form = await req.formData().catch(() => null);
  const input = ratingInput.safeParse({ stars: form?.get("stars") ?? undefined });
  if (!input.success) return back(slug, "danh-gia-loi");

  try {
    const address = keyedHash("ip", clientAddress(req.headers));
    const perArticle = await hitRateLimit(`rate:${address}:${slug}`, VOTES_PER_ARTICLE_PER_DAY, DAY_SECONDS);
    if (!perArticle.allowed) return back(slug, "danh-gia-gioi-han");
    const flood = await hitRateLimit(`rate:${address}`, VOTES_PER_WINDOW, WINDOW_SECONDS);
    if (!flood.allowed) return back(slug, "danh-gia-gioi-han");

    const jar = await cookies();
    let visitor = jar.get(VISITOR_COOKIE)?.value;
    if (!visitor || !/^[0-9a-f-]{36}$/.test(visitor)) {
      visitor = randomUUID();
      jar.set(VISITOR_COOKIE, visitor, {
        httpOnly: true,
        sameSite: "lax",
        secure: req.url.startsWith("https:"),
        path: "/",
        maxAge: 60 * 60 * 24 * 365 * 2,
      });
    }
    const result = await rateArticle({ slug, stars: input.data.stars, visitorKey: keyedHash("visitor", visitor) });
    if (!result.ok && result.reason === "not_found") return new Response("Không tìm thấy bài viết.", { status: 404 });
    if (!result.ok) return back(slug, "danh-gia-trung");
    refreshAfterVote(slug);
    return back(slug, "danh-gia-cam-on");
  } catch (err) {
    logger.error({ err, slug }, "rating failed");
    return new Response("Hệ thống đang bận, vui lòng thử lại sau.", { status: 500 });
  }
}
