// The workflow status of an article as a coloured label (the text carries the meaning, not the colour).
import { STATUS_LABELS, type ArticleStatus } from "@/lib/newsroom/validation";

const LOOK: Record<ArticleStatus, string> = {
  draft: "border-gray-500 bg-gray-50 text-gray-800",
  in_review: "border-amber-700 bg-amber-50 text-amber-900",
  published: "border-green-700 bg-green-50 text-green-900",
  unpublished: "border-gray-500 bg-white text-gray-700",
  scheduled: "border-blue-700 bg-blue-50 text-blue-900",
};

export function StatusBadge({ status, failed = false }: { status: ArticleStatus; failed?: boolean }) {
  const look = failed ? "border-accent bg-red-50 text-red-800" : LOOK[status];
  return (
    <span data-testid="article-status" className={`inline-block rounded border px-1.5 py-0.5 text-xs font-semibold ${look}`}>
      {failed ? "Hẹn giờ bị lỗi" : STATUS_LABELS[status]}
    </span>
  );
}
