// What the import page's actions hand back to its form: the bad rows of a refused file, or the preview of a
// good one (with the file itself, base64, so "apply" sends exactly the previewed bytes back). Pure.
import type { ActionState } from "@/lib/form/action-state";
import type { PlannedRow } from "@/lib/services/import";

export type ImportReportView = { fileErrors: string[]; rowErrors: string[]; rowCount: number };

export type ImportPreviewView = {
  filename: string;
  content: string;
  digest: string;
  format: "csv" | "json";
  counts: { created: number; updated: number; unchanged: number };
  newFields: string[];
  newAgencies: { name: string; code: string | null }[];
  /** The rows to show (new and changed first), at most SHOWN_ROWS of them. */
  rows: PlannedRow[];
  total: number;
};

export type ImportState = ActionState & { report?: ImportReportView; preview?: ImportPreviewView };

export const SHOWN_ROWS = 300;
/** Larger files go through `npm run services:import` (the preview carries the file back and forth). */
export const WEB_IMPORT_MAX_BYTES = 2 * 1024 * 1024;
