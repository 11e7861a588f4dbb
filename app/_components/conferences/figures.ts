// How indicator figures read in Vietnamese: values with the unit ("4.020 tỷ đồng"), shares ("102 %") with
// where they come from. Pure.
import { formatNumber } from "@/lib/format";
import type { ShareReached } from "@/lib/conferences/series";

const shareFmt = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });

export function formatValue(value: number | null, unit: string): string {
  if (value === null) return "";
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

export function formatShare(share: ShareReached): string {
  if (!share) return "";
  return `${shareFmt.format(share.percent)} %`;
}

export const SHARE_BASIS = { computed: "tính từ chỉ tiêu và kết quả", stated: "theo báo cáo" } as const;
