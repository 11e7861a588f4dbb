// Input rules of the media library, shared by the admin forms and the server (no server imports): alt text
// is required (an image without it says nothing to a screen reader), caption and credit are optional. The
// file itself follows the "image" kind of lib/uploads (types from the bytes, 10 MB, 12 000 px a side).
import { z } from "zod";

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
