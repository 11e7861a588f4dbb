// POST /track/rate: the applicant rates the handling (field `rating`, 1–5) after the result, from the tracking
// page. The dossier is the one the tracking cookie proves (code and phone, never a hidden copy in the form);
// rateDossier checks the pair again, the state and its own limit. Same-origin posts only; back to /track (303).
import { cookies, headers } from "next/headers";
import { revalidateStatistics } from "@/lib/cache";
import { rateDossier } from "@/lib/dossiers/mutations";
import { openTrackPair, TRACK_COOKIE } from "@/lib/dossiers/track-cookie";
import { clientAddress, isSameOrigin } from "@/lib/http/request";
import { logger } from "@/lib/logger";
import { simplePage } from "../simple-page";

const back = (outcome: string) => new Response(null, { status: 303, headers: { Location: `/track?danh-gia=${outcome}`, "Cache-Control": "no-store" } });

export async function POST(req: Request) {
  if (!isSameOrigin(req.headers)) return simplePage(403, "Yêu cầu bị từ chối", "Biểu mẫu đánh giá chỉ gửi được từ trang Tra cứu hồ sơ của Cổng thông tin.");
  try {
    const pair = openTrackPair((await cookies()).get(TRACK_COOKIE)?.value);
    if (!pair) return back("het-phien");
    const form = await req.formData().catch(() => null);
    const h = await headers();
    const result = await rateDossier(
      { ...pair, rating: String(form?.get("rating") ?? "").slice(0, 2) },
      { ip: clientAddress(req.headers), userAgent: (h.get("user-agent") ?? "").slice(0, 300) },
    );
    if (!result.ok) return back(result.errors.rating ? "chua-chon" : "khong-duoc");
    revalidateStatistics();
    return back("cam-on");
  } catch (err) {
    logger.error({ err }, "dossier rating failed");
    return simplePage(500, "Hệ thống đang bận", "Hệ thống đang bận, vui lòng thử lại sau ít phút.");
  }
}
