// POST /track (rewritten here by proxy.ts) or /track/lookup: the tracking form (fields `code` and `phone`). Same-origin posts only; at most 20
// lookups per address in 15 minutes (SPEC), counted before anything is read, then 429 with a Vietnamese page.
// A matching pair is sealed into a short cookie (lib/dossiers/track-cookie.ts) and the browser goes back to
// /track (303), which shows the dossier; a wrong pair says only that nothing matched. Never cached, and the
// phone number never lands in a URL.
import { cookies } from "next/headers";
import { trackDossier } from "@/lib/dossiers/queries";
import { limitTrackingLookup, TRACKING_LIMITED } from "@/lib/dossiers/limits";
import { sealTrackPair, TRACK_COOKIE, TRACK_COOKIE_SECONDS } from "@/lib/dossiers/track-cookie";
import { trackInput } from "@/lib/dossiers/validation";
import { clientAddress, isSameOrigin, requestIsHttps } from "@/lib/http/request";
import { logger } from "@/lib/logger";
import { simplePage } from "../simple-page";

const back = (query: Record<string, string>) => {
  const q = new URLSearchParams(query).toString();
  return new Response(null, { status: 303, headers: { Location: `/track${q ? `?${q}` : ""}`, "Cache-Control": "no-store" } });
};

/** Which rule a field broke, as a fixed key the page turns back into its message (never free text in a URL). */
const problem = (value: string) => (value.trim() ? "dinh-dang" : "trong");

export async function POST(req: Request) {
  if (!isSameOrigin(req.headers)) return simplePage(403, "Yêu cầu bị từ chối", "Biểu mẫu tra cứu chỉ gửi được từ trang Tra cứu hồ sơ của Cổng thông tin.");
  try {
    const limit = await limitTrackingLookup(clientAddress(req.headers));
    if (!limit.allowed) {
      return simplePage(429, TRACKING_LIMITED, `${TRACKING_LIMITED}. Bạn có thể tra cứu lại sau khoảng ${Math.max(1, Math.ceil(limit.retryAfterSeconds / 60))} phút.`, {
        "Retry-After": String(limit.retryAfterSeconds),
      });
    }
    const form = await req.formData().catch(() => null);
    const raw = { code: String(form?.get("code") ?? "").slice(0, 100), phone: String(form?.get("phone") ?? "").slice(0, 40) };
    const input = trackInput.safeParse(raw);
    if (!input.success) {
      const bad = new Set(input.error.issues.map((i) => String(i.path[0])));
      return back({
        code: raw.code.trim().slice(0, 60),
        ...(bad.has("code") ? { "loi-ma": problem(raw.code) } : {}),
        ...(bad.has("phone") ? { "loi-dien-thoai": problem(raw.phone) } : {}),
      });
    }
    const found = await trackDossier(input.data.code, input.data.phone);
    const jar = await cookies();
    if (!found) {
      jar.delete(TRACK_COOKIE);
      return back({ code: input.data.code, "ket-qua": "khong-tim-thay" });
    }
    jar.set(TRACK_COOKIE, sealTrackPair(input.data), {
      httpOnly: true,
      sameSite: "lax",
      secure: requestIsHttps(req.headers),
      path: "/track",
      maxAge: TRACK_COOKIE_SECONDS,
    });
    return back({});
  } catch (err) {
    logger.error({ err }, "tracking lookup failed");
    return simplePage(500, "Hệ thống đang bận", "Hệ thống đang bận, vui lòng thử lại sau ít phút.");
  }
}
