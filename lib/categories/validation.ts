// Input rules of news categories (chuyên mục), shared by the admin forms and the server (no server imports).
// A slug is the category's public address (/news?category=<slug>, /feed.xml?category=<slug>): lower-case
// ASCII words joined by hyphens, and never a reserved word such as "all" (the list of every category).
import { z } from "zod";

/** Slugs the public routes use themselves: /news/list/all/<page> and /feeds/all mean "every category". */
export const RESERVED_CATEGORY_SLUGS: readonly string[] = ["all"];
export const SLUG_MAX = 100;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, " ").trim();

export const categoryInput = z.object({
  name: z
    .string({ error: "Vui lòng nhập tên chuyên mục." })
    .transform(oneLine)
    .pipe(z.string().min(1, "Vui lòng nhập tên chuyên mục.").max(120, "Tên chuyên mục tối đa 120 ký tự.")),
  description: z
    .string()
    .default("")
    .transform((s) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, " ").trim())
    .pipe(z.string().max(500, "Mô tả tối đa 500 ký tự.")),
  // Optional: derived from the name when left empty.
  slug: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .toLowerCase()
      .max(SLUG_MAX, `Đường dẫn tối đa ${SLUG_MAX} ký tự.`)
      .regex(SLUG_PATTERN, "Đường dẫn chỉ gồm chữ thường không dấu (a–z), số và dấu gạch ngang, ví dụ: tin-tuc-su-kien.")
      .refine((s) => !RESERVED_CATEGORY_SLUGS.includes(s), "Đường dẫn này được dành riêng cho hệ thống, vui lòng chọn đường dẫn khác.")
      .optional(),
  ),
  // Optional: after the last category when left empty.
  sortOrder: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: "Thứ tự phải là một số nguyên từ 0 đến 9999." })
      .int("Thứ tự phải là một số nguyên từ 0 đến 9999.")
      .min(0, "Thứ tự phải là một số nguyên từ 0 đến 9999.")
      .max(9999, "Thứ tự phải là một số nguyên từ 0 đến 9999.")
      .optional(),
  ),
});
export type CategoryInput = z.input<typeof categoryInput>;

export const categoryIdInput = z.coerce.number().int().positive();
