// The upload kinds, declared once as data: which types each kind accepts (decided from the bytes, see
// inspect.ts), the per-file limit, and the per-form totals. Pure (no server imports): forms read the same
// limits and labels to check sizes before sending and to write their hints.

export const MB = 1024 * 1024;

export type AcceptedType = {
  /** Extension given to the stored name, whatever the uploaded name said. */
  ext: string;
  /** How a reader names the type in a message ("PDF", "Word (DOCX)"). */
  label: string;
};

export type UploadKindSpec = {
  /** MIME types accepted, as detected from the bytes (never the name or the browser's Content-Type). */
  types: Readonly<Record<string, AcceptedType>>;
  maxFileBytes: number;
  /** Widest or tallest accepted image, in pixels, for kinds shown on the site (decoding cost on phones). */
  maxImageSide?: number;
  /** The types in words, after "không phải": "ảnh JPEG, PNG, WebP hoặc GIF". */
  typesText: string;
  /** Said after a refused type: why, and what is never taken. */
  typesNote: string;
  /** Base of the stored name when nothing usable is left of the uploaded one. */
  fallbackName: string;
  /** Nothing chosen for a required input of this kind (`label` is the input's name in the form). */
  missing: (label: string) => string;
};

export const UPLOAD_KINDS = {
  /** Images of the public media library. */
  image: {
    types: {
      "image/jpeg": { ext: "jpg", label: "JPEG" },
      "image/png": { ext: "png", label: "PNG" },
      "image/webp": { ext: "webp", label: "WebP" },
      "image/gif": { ext: "gif", label: "GIF" },
    },
    maxFileBytes: 10 * MB,
    maxImageSide: 12_000,
    typesText: "ảnh JPEG, PNG, WebP hoặc GIF",
    typesNote: "Hệ thống kiểm tra nội dung tệp, không dựa vào tên tệp; ảnh SVG, tài liệu và trang web không được nhận.",
    fallbackName: "anh",
    missing: () => "Vui lòng chọn một tệp ảnh để tải lên.",
  },
  /** Papers: a dossier's documents (private), a procedure's downloadable forms. */
  document: {
    types: {
      "application/pdf": { ext: "pdf", label: "PDF" },
      "application/msword": { ext: "doc", label: "Word (DOC)" },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { ext: "docx", label: "Word (DOCX)" },
      "application/vnd.ms-excel": { ext: "xls", label: "Excel (XLS)" },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { ext: "xlsx", label: "Excel (XLSX)" },
      "application/vnd.oasis.opendocument.text": { ext: "odt", label: "OpenDocument (ODT)" },
      "application/vnd.oasis.opendocument.spreadsheet": { ext: "ods", label: "OpenDocument (ODS)" },
      "image/jpeg": { ext: "jpg", label: "JPEG" },
      "image/png": { ext: "png", label: "PNG" },
    },
    maxFileBytes: 10 * MB,
    typesText: "PDF, Word (DOC, DOCX), Excel (XLS, XLSX), OpenDocument (ODT, ODS) hoặc ảnh JPEG, PNG",
    typesNote: "Hệ thống kiểm tra nội dung tệp, không dựa vào tên tệp; tệp nén, tệp chạy được và trang web không được nhận.",
    fallbackName: "tai-lieu",
    missing: (label) => `Vui lòng chọn tệp cho mục “${label}”.`,
  },
  /** A list of rows read once and never stored (award recipients): CSV text (UTF-8, no NUL byte) or an XLSX workbook. */
  table: {
    types: {
      "text/csv": { ext: "csv", label: "CSV" },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { ext: "xlsx", label: "Excel (XLSX)" },
    },
    maxFileBytes: 2 * MB,
    typesText: "bảng CSV (UTF-8) hoặc Excel (XLSX)",
    typesNote: "Hệ thống kiểm tra nội dung tệp, không dựa vào tên tệp; tệp Excel cũ (XLS), tệp nén và trang web không được nhận.",
    fallbackName: "danh-sach",
    missing: () => "Vui lòng chọn tệp CSV hoặc XLSX.",
  },
} as const satisfies Record<string, UploadKindSpec>;

export type UploadKind = keyof typeof UPLOAD_KINDS;

export function uploadKind(kind: UploadKind): UploadKindSpec {
  return UPLOAD_KINDS[kind];
}

/** Per-form totals: everything one form may send in all. */
export const FORM_TOTALS = {
  /** One dossier (SPEC "Rules in numbers": files ≤ 10 MB each, ≤ 30 MB a dossier). */
  dossier: 30 * MB,
} as const;

/** The largest total any form of the portal accepts: what the request body limits below are sized for. */
export const MAX_FORM_BYTES = Math.max(...Object.values(FORM_TOTALS), ...Object.values(UPLOAD_KINDS).map((k) => k.maxFileBytes));

/**
 * The request body Next lets through to a server action (next.config.js serverActions.bodySizeLimit and
 * proxyClientMaxBodySize hold the same number; tests/unit/uploads/body-limit.test.ts keeps them equal).
 * Above MAX_FORM_BYTES on purpose: a form a few megabytes over still reaches our own check, which names
 * each file and the total in Vietnamese; only a body beyond this gets Next's refusal (see body-limit.ts).
 */
export const REQUEST_BODY_LIMIT_BYTES = 36 * MB;

/** The `accept` attribute for a file input of this kind (a convenience for the picker; never a check). */
export function acceptAttribute(kind: UploadKind): string {
  const spec = uploadKind(kind);
  const exts = new Set(Object.values(spec.types).map((t) => `.${t.ext}`));
  if ("image/jpeg" in spec.types) exts.add(".jpeg");
  return [...exts, ...Object.keys(spec.types)].join(",");
}
