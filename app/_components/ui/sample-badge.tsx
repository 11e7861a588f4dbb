// Marks demo content so that sample data is never presented as fact: sample articles, and sample catalogue
// data (invented codes, times, fees).
export function SampleBadge({ long = false, data = false, text: given }: { long?: boolean; data?: boolean; /** an area's own wording */ text?: string }) {
  const text = given
    ? given
    : data
    ? long
      ? "Dữ liệu mẫu – mã thủ tục, thời hạn, phí, lệ phí và thành phần hồ sơ chỉ để minh họa"
      : "Dữ liệu mẫu"
    : long
      ? "Bài viết mẫu – nội dung minh họa, không phải tin thật"
      : "Bài mẫu";
  return (
    <span className="inline-block rounded border border-amber-700 bg-amber-50 px-1.5 py-0.5 text-xs font-semibold text-amber-900">{text}</span>
  );
}
