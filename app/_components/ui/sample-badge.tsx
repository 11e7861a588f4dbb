// Marks demo content so that sample data is never presented as fact.
export function SampleBadge({ long = false }: { long?: boolean }) {
  return (
    <span className="inline-block rounded border border-amber-700 bg-amber-50 px-1.5 py-0.5 text-xs font-semibold text-amber-900">
      {long ? "Bài viết mẫu – nội dung minh họa, không phải tin thật" : "Bài mẫu"}
    </span>
  );
}
