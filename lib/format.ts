// Vietnamese numbers: "." for thousands, "," for decimals (1.467; 4,2). Dates and times live in lib/time.
const numberFmt = new Intl.NumberFormat("vi-VN");
const decimalFmt = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 1.467 */
export function formatNumber(n: number): string {
  return numberFmt.format(n);
}

/** 4,2 */
export function formatDecimal(n: number): string {
  return decimalFmt.format(n);
}
