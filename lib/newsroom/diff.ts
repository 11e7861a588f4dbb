// Differences between two revisions of an article, word by word (title, sapo, author, source, and the
// body's plain text), as HTML with <ins>/<del>. Every piece of text is escaped here: the result is safe to
// render as HTML, whatever the revisions hold.
import { diffWords, type ChangeObject } from "diff";
import { htmlToText } from "@/lib/content/sanitize";

export type RevisionContent = { title: string; sapo: string; bodyHtml: string; author: string; source: string; categoryId: number };
export type FieldDiff = { field: "title" | "sapo" | "author" | "source" | "categoryId" | "body"; label: string; html: string; changed: boolean };

const LABELS: Record<FieldDiff["field"], string> = {
  title: "Tiêu đề",
  sapo: "Sapo",
  body: "Nội dung",
  author: "Tác giả",
  source: "Nguồn",
  categoryId: "Chuyên mục",
};

// Past this, a diff is not worth the CPU of a request: show the whole text as replaced.
const DIFF_TIMEOUT_MS = 1500;

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * A word diff of two texts as escaped HTML: removed words in <del>, added ones in <ins>. With `context`, a
 * long text keeps only the paragraphs (lines) that changed and `context` lines around them; each skipped
 * run becomes one "[… n đoạn không đổi …]" line.
 */
export function diffTextHtml(before: string, after: string, opts: { context?: number } = {}): { html: string; changed: boolean } {
  const a = before.normalize("NFC");
  const b = after.normalize("NFC");
  if (a === b) return { html: opts.context === undefined ? escapeHtml(b) : "", changed: false };
  const changes: ChangeObject<string>[] = diffWords(a, b, { timeout: DIFF_TIMEOUT_MS }) ?? [
    { value: a, removed: true, added: false, count: 1 },
    { value: b, added: true, removed: false, count: 1 },
  ];
  // Lines of output, each wrapped on its own so no <ins>/<del> spans a line break.
  const lines: { html: string; changed: boolean }[] = [{ html: "", changed: false }];
  for (const c of changes) {
    const tag = c.added ? "ins" : c.removed ? "del" : null;
    c.value.split("\n").forEach((part, i) => {
      if (i > 0) {
        if (tag) lines[lines.length - 1].changed = true;
        lines.push({ html: "", changed: !!tag });
      }
      if (!part) return;
      const line = lines[lines.length - 1];
      line.html += tag ? `<${tag}>${escapeHtml(part)}</${tag}>` : escapeHtml(part);
      if (tag && part.trim()) line.changed = true;
    });
  }
  if (opts.context === undefined) return { html: lines.map((l) => l.html).join("\n"), changed: true };
  const keep = lines.map(() => false);
  lines.forEach((l, i) => {
    if (!l.changed) return;
    for (let j = Math.max(0, i - opts.context!); j <= Math.min(lines.length - 1, i + opts.context!); j++) keep[j] = true;
  });
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    if (keep[i]) {
      out.push(lines[i++].html);
      continue;
    }
    let n = 0;
    while (i < lines.length && !keep[i]) (n += lines[i].html.trim() ? 1 : 0), i++;
    if (n) out.push(`[… ${n} đoạn không đổi …]`);
  }
  return { html: out.join("\n"), changed: true };
}

export function diffRevisions(
  before: RevisionContent,
  after: RevisionContent,
  categoryName: (id: number) => string = (id) => `#${id}`,
): FieldDiff[] {
  const pairs: [FieldDiff["field"], string, string][] = [
    ["title", before.title, after.title],
    ["sapo", before.sapo, after.sapo],
    ["categoryId", categoryName(before.categoryId), categoryName(after.categoryId)],
    ["author", before.author, after.author],
    ["source", before.source, after.source],
    ["body", htmlToText(before.bodyHtml), htmlToText(after.bodyHtml)],
  ];
  // The body may be long: only its changed paragraphs, with one paragraph of context either side.
  return pairs.map(([field, a, b]) => ({ field, label: LABELS[field], ...diffTextHtml(a, b, field === "body" ? { context: 1 } : {}) }));
}
