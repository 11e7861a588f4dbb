// Input schemas for the public news pages and the rating form; shared by server and forms, no server imports.
import { z } from "zod";
import { parsePageNumber } from "@/lib/pagination";

export const PAGE_SIZE = 10;
export const MAX_QUERY_LENGTH = 200;

/** Any ?page= value becomes a sane page number: junk, negatives and huge values never fail a page. */
export const pageParam = z.preprocess(parsePageNumber, z.number().int().min(1));

export const slugParam = z.string().trim().max(200).regex(/^[a-z0-9-]+$/);

export const categoryParam = z.preprocess(
  (v) => (Array.isArray(v) ? v[0] : v),
  z.string().trim().max(100).regex(/^[a-z0-9-]+$/).optional().catch(undefined),
);

/** Search text: trimmed and cut to a sane length, so a 10 KB query is still just a query. */
export const searchQuery = z.preprocess(
  (v) => (Array.isArray(v) ? v[0] : v) ?? "",
  z
    .string()
    .catch("")
    .transform((s) => s.replace(/[\u0000-\u001f]/g, " ").trim().slice(0, MAX_QUERY_LENGTH).trim()),
);

export const ratingInput = z.object({
  stars: z.coerce
    .number({ error: "Vui lòng chọn số sao." })
    .int("Vui lòng chọn từ 1 đến 5 sao.")
    .min(1, "Vui lòng chọn từ 1 đến 5 sao.")
    .max(5, "Vui lòng chọn từ 1 đến 5 sao."),
});
