// Query parameters of the open data API and its opaque cursors. Strict on purpose: an unknown or repeated
// parameter, a limit out of range or a tampered cursor is a 400 naming the parameter, never silently ignored
// (a misspelt filter would otherwise return the unfiltered list). Pure: no server imports.
import { z } from "zod";
import { ApiError, type ParameterProblem } from "./errors";

/** Seconds a client or a shared cache may reuse an answer without asking again. */
export const MAX_AGE_SECONDS = 60;

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

export const limitParam = z
  .string()
  .regex(/^\d{1,4}$/, `Tham số limit phải là số nguyên từ 1 đến ${MAX_LIMIT}.`)
  .transform(Number)
  .pipe(z.number().int().min(1, `Tham số limit phải là số nguyên từ 1 đến ${MAX_LIMIT}.`).max(MAX_LIMIT, `Tham số limit tối đa là ${MAX_LIMIT}.`))
  .optional()
  .transform((v) => v ?? DEFAULT_LIMIT);

export const cursorParam = z.string().regex(/^[A-Za-z0-9_-]{1,400}$/, "Tham số cursor không hợp lệ.").optional();

export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slugParam = (name: string) =>
  z.string().max(100, `Tham số ${name} quá dài.`).regex(SLUG_RE, `Tham số ${name} chỉ gồm chữ thường không dấu, số và dấu gạch ngang.`).optional();

export const yearParam = z
  .string()
  .regex(/^\d{4}$/, "Tham số year phải là năm gồm 4 chữ số.")
  .transform(Number)
  .pipe(z.number().int().min(1945, "Tham số year không hợp lệ.").max(2100, "Tham số year không hợp lệ."))
  .optional();

/** Query string → the schema's output, or an ApiError naming every bad parameter. */
export function parseQuery<S extends z.ZodObject>(url: URL, schema: S): z.output<S> {
  const known = new Set(Object.keys(schema.shape));
  const problems: ParameterProblem[] = [];
  const values: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (!known.has(key)) problems.push({ parameter: key, message: `Tham số "${key}" không được hỗ trợ.` });
    else if (key in values) problems.push({ parameter: key, message: `Tham số "${key}" chỉ được dùng một lần.` });
    else values[key] = value;
  }
  if (problems.length) throw new ApiError(400, "unknown_parameter", "Yêu cầu có tham số không được hỗ trợ.", dedupe(problems));
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ parameter: String(i.path[0] ?? ""), message: i.message }));
    const code = details.some((d) => d.parameter === "cursor") ? "invalid_cursor" : "invalid_parameter";
    throw new ApiError(400, code, "Tham số không hợp lệ.", dedupe(details));
  }
  return parsed.data;
}

function dedupe(problems: ParameterProblem[]): ParameterProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => (seen.has(p.parameter) ? false : (seen.add(p.parameter), true)));
}

/**
 * A cursor names the last item a page held (its sort key), tagged with the list it belongs to. It is opaque to
 * clients (base64url of JSON) but not secret: it only says where to continue, so tampering can at most skip.
 */
export function encodeCursor(list: string, key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify([list, ...key]), "utf8").toString("base64url");
}

/** The sort key a cursor carries, checked against the list's key shape; an ApiError (400 invalid_cursor) otherwise. */
export function decodeCursor<T extends z.ZodTuple>(list: string, raw: string | undefined, key: T): z.output<T> | null {
  if (raw === undefined) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    decoded = null;
  }
  if (Array.isArray(decoded) && decoded[0] === list) {
    const parsed = key.safeParse(decoded.slice(1));
    if (parsed.success) return parsed.data;
  }
  throw new ApiError(400, "invalid_cursor", "Tham số không hợp lệ.", [
    { parameter: "cursor", message: "Tham số cursor không hợp lệ hoặc không thuộc danh sách này: hãy dùng giá trị nextCursor của trang trước." },
  ]);
}

/** An instant as Postgres holds it (microseconds), so a cursor never loses the order of rows in one millisecond. */
export const instantKey = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
export const idKey = z.number().int().positive().max(2 ** 31 - 1);
export const dateKey = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One-item endpoints take no parameters. */
export const noQuery = z.object({});
