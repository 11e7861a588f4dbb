// Reader rating: a plain HTML form (works with JavaScript off) posting to ./rate; the outcome message is
// picked by the URL fragment the handler redirects to, so the cached page needs no per-visitor rendering.
import { formatDecimal } from "@/lib/format";

export const RATING_MESSAGES = {
  "danh-gia-cam-on": { text: "Cảm ơn bạn đã đánh giá bài viết.", tone: "ok" },
  "danh-gia-trung": { text: "Bạn đã đánh giá bài viết này rồi. Mỗi người chỉ đánh giá một lần.", tone: "warn" },
  "danh-gia-gioi-han": { text: "Bạn gửi đánh giá quá nhiều lần. Vui lòng thử lại sau ít phút.", tone: "warn" },
  "danh-gia-loi": { text: "Vui lòng chọn từ 1 đến 5 sao rồi bấm Gửi đánh giá.", tone: "warn" },
} as const;

export type RatingOutcome = keyof typeof RATING_MESSAGES;

export function RatingForm({ slug, count, average }: { slug: string; count: number; average: number }) {
  return (
    <section aria-labelledby="danh-gia" className="no-print mt-8 rounded border border-gray-300 p-4">
      <h2 id="danh-gia" className="font-bold uppercase">
        Đánh giá bài viết (<span data-testid="rating-count">{count}</span>)
      </h2>
      <p className="mt-1 text-sm text-muted" data-testid="rating-summary">
        {count ? `Điểm trung bình ${formatDecimal(average)}/5 từ ${count} lượt đánh giá.` : "Chưa có lượt đánh giá nào."}
      </p>
      {Object.entries(RATING_MESSAGES).map(([id, m]) => (
        <p key={id} id={id} role="status" className={`flash mt-2 rounded px-3 py-2 text-sm ${m.tone === "ok" ? "bg-green-50 text-green-900" : "bg-amber-50 text-amber-900"}`}>
          {m.text}
        </p>
      ))}
      <form method="post" action={`/news/${slug}/rate`} className="mt-3">
        <fieldset>
          <legend className="text-sm">Chọn số sao (1 là kém nhất, 5 là tốt nhất):</legend>
          <div className="mt-2 flex flex-wrap gap-3">
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n} className="flex items-center gap-1 rounded border px-2 py-1">
                <input type="radio" name="stars" value={n} required />
                <span>
                  {n} <span aria-hidden="true">★</span>
                  <span className="sr-only">sao</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="mt-3 rounded bg-brand px-4 py-2 font-semibold text-white">
          Gửi đánh giá
        </button>
      </form>
    </section>
  );
}
