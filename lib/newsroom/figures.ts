// Captions of library images in article bodies: every <img src="/media/<uuid>"> not already inside a
// <figure> is wrapped in one, with the media row's caption and credit, so a photo is never published
// without the caption and credit the library holds. Runs before sanitising (the sanitiser has the last word).

export type FigureMedia = { id: string; altText: string; caption: string; credit: string };

const MEDIA_SRC = /^\/media\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
// Tags whose attribute values may hold ">" inside quotes.
const ATTRS = `(?:[^>"']|"[^"]*"|'[^']*')*`;
const TOKENS = new RegExp(`<p\\b${ATTRS}>\\s*(<img\\b${ATTRS}>)\\s*</p>|<img\\b${ATTRS}>|<figure\\b${ATTRS}>|</figure\\s*>`, "gi");

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, "i").exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? "") : null;
}

/** The ids of library images an HTML fragment refers to, so the caller can load just those rows. */
export function mediaIdsIn(html: string): string[] {
  const ids = new Set<string>();
  for (const m of html.matchAll(new RegExp(`<img\\b${ATTRS}>`, "gi"))) {
    const id = MEDIA_SRC.exec(attribute(m[0], "src")?.trim() ?? "")?.[1];
    if (id) ids.add(id.toLowerCase());
  }
  return [...ids];
}

/** "caption (credit)", or whichever of the two exists. */
export function captionText(m: Pick<FigureMedia, "caption" | "credit">): string {
  const caption = m.caption.trim();
  const credit = m.credit.trim();
  if (caption && credit) return `${caption} (${credit})`;
  if (credit) return `Ảnh: ${credit}`;
  return caption;
}

export function wrapMediaFigures(html: string, media: ReadonlyMap<string, FigureMedia>): string {
  let depth = 0;
  return html.replace(TOKENS, (whole: string, imgInParagraph: string | undefined) => {
    if (/^<figure/i.test(whole)) {
      depth++;
      return whole;
    }
    if (/^<\/figure/i.test(whole)) {
      depth = Math.max(0, depth - 1);
      return whole;
    }
    if (depth > 0) return whole;
    // A lone image in a paragraph: the figure replaces the paragraph (a figure inside <p> is invalid HTML).
    let img = imgInParagraph ?? whole;
    const id = MEDIA_SRC.exec(attribute(img, "src")?.trim() ?? "")?.[1]?.toLowerCase();
    const row = id ? media.get(id) : undefined;
    if (!row) return whole;
    const alt = attribute(img, "alt");
    if (!alt || !alt.trim()) {
      // The library requires alternative text: use it when the editor left the image without one.
      img = img.replace(/\s+alt\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+)/i, "").replace(/^<img\b/i, `<img alt="${escapeHtml(row.altText)}"`);
    }
    const caption = captionText(row);
    return `<figure>${img}${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ""}</figure>`;
  });
}
