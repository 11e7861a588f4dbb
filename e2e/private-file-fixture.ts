// The one private file the e2e suite downloads (no page uploads private files yet). It is written into the
// e2e database by e2e/seed-private-file.ts, which playwright.config.ts runs before `next start`: test code
// only, never a route of the app.
import { createHash } from "node:crypto";
import { minimalPdf } from "../tests/helpers/documents";

const data = minimalPdf();

export const E2E_PRIVATE_FILE = {
  id: "5e1f0a2b-7c3d-4e5f-8a9b-0c1d2e3f4a5b",
  kind: "document",
  filename: "Tờ khai đăng ký (bản sao).pdf",
  mimeType: "application/pdf",
  byteSize: data.length,
  sha256: createHash("sha256").update(data).digest("hex"),
  data,
} as const;
