// Input rules of the media library, shared by the admin forms and the server (no server imports): alt text
// is required (an image without it says nothing to a screen reader), caption and credit are optional.
import { z } from "zod";

/** Largest accepted upload. next.config.js lets request bodies a little above this reach the check. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_UPLOAD_LABEL = "10 MB";
/** Widest or tallest accepted image, in pixels: larger ones would exhaust a phone's memory when decoded. */
export const MAX_IMAGE_SIDE = 12_000;

/** Types accepted, decided by the file's bytes (file-type), never by its name or the browser's claim. */
export const ACCEPTED_IMAGE_TYPES = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "image/gif": "gif",
} as const;
export type AcceptedImageType = keyof typeof ACCEPTED_IMAGE_TYPES;

export const ALT_REQUIRED_MESSAGE = "Vui lòng nhập mô tả ảnh (alt) để người dùng trình đọc màn hình hiểu nội dung ảnh.";

/** Cuts control characters (they have no place in one-line text) and trims. */
const line = (max: number, tooLong: string) =>
  z
    .string()
    .transform((s) => s.replace(/[\u0000-\u001f\u007f]/g, " ").trim())
    .pipe(z.string().max(max, tooLong));

export const mediaTextInput = z.object({
  altText: z
    .string({ error: ALT_REQUIRED_MESSAGE })
    .transform((s) => s.replace(/[\u0000-\u001f\u007f]/g, " ").trim())
    .pipe(z.string().min(1, ALT_REQUIRED_MESSAGE).max(300, "Mô tả ảnh (alt) tối đa 300 ký tự.")),
  caption: z.string().default("").pipe(line(500, "Chú thích tối đa 500 ký tự.")),
  credit: z.string().default("").pipe(line(200, "Nguồn ảnh / tác giả tối đa 200 ký tự.")),
});
export type MediaTextInput = z.input<typeof mediaTextInput>;

export const mediaIdInput = z.uuid({ error: "Mã ảnh không hợp lệ." });

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "2,4 MB", "850 KB": sizes as a Vietnamese reader writes them. */
export function formatBytes(bytes: number): string {
  const fmt = (n: number) => new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return `${fmt(bytes)} B`;
  if (bytes < 1024 * 1024) return `${fmt(bytes / 1024)} KB`;
  return `${fmt(bytes / (1024 * 1024))} MB`;
}
