// The one HTML sanitiser (sanitize-html, allowlist): every stored rich text passes through it on the server.
// Scripts, event handlers, styles, frames, SVG/MathML and javascript:/data:/vbscript: URLs never survive
// (entities, case and whitespace are decoded before the scheme check); headings, lists, links, figures with
// captions, images and tables do. Images only from the portal's own media library (/media/<uuid>): an
// image from anywhere else (a tracking pixel, a hot-linked photo) is dropped on save.
import sanitizeHtml from "sanitize-html";

/** The one image address an article may hold: a library image (see app/media/[id]). */
export const MEDIA_IMAGE_SRC = /^\/media\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// rel values a link may keep; anything else (e.g. "opener") is dropped.
const LINK_REL_TOKENS = new Set(["nofollow", "noopener", "noreferrer", "ugc", "external"]);

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "p", "br", "hr", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup", "mark",
    "blockquote", "ul", "ol", "li", "a", "img", "figure", "figcaption", "table", "thead", "tbody",
    "tfoot", "tr", "th", "td", "caption", "colgroup", "col", "code", "pre", "span",
  ],
  allowedAttributes: {
    a: ["href", "title", "rel", "target"],
    img: ["src", "alt", "title", "width", "height", "loading"],
    th: ["colspan", "rowspan", "scope"],
    td: ["colspan", "rowspan"],
    col: ["span"],
    colgroup: ["span"],
    ol: ["start"],
  },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  // Only relative addresses survive for images (checked exactly in exclusiveFilter below).
  allowedSchemesByTag: { img: [] },
  allowedSchemesAppliedToAttributes: ["href", "src", "cite"],
  // "//host/x" would load from another site while looking relative.
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // Dropped with everything inside them, not just their own tags: an <svg> or <math> subtree can carry
  // its own script and link elements, and the text of a <script> or <style> is not prose.
  nonTextTags: [
    "script", "style", "textarea", "option", "select", "noscript", "template", "xmp", "noembed", "noframes",
    "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "title",
  ],
  transformTags: {
    // The page's <h1> is the article title: pasted h1 becomes h2, h5/h6 become h4 (structure kept).
    h1: "h2",
    h5: "h4",
    h6: "h4",
    a: (tagName, attribs) => {
      const out: Record<string, string> = { ...attribs };
      if (out.target === "_blank") out.rel = "noopener noreferrer";
      else {
        delete out.target;
        const rel = (out.rel ?? "").split(/\s+/).filter((t) => LINK_REL_TOKENS.has(t.toLowerCase()));
        if (rel.length) out.rel = rel.join(" ");
        else delete out.rel;
      }
      return { tagName, attribs: out };
    },
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, ...(attribs.src ? { src: attribs.src.trim() } : {}), loading: "lazy" } }),
  },
  // An image that is not a library image (https://, data:, javascript:, //host, /other/path) is dropped
  // rather than left empty. The address is seen here decoded, so entities cannot disguise it.
  exclusiveFilter: (frame) => frame.tag === "img" && !MEDIA_IMAGE_SRC.test(frame.attribs.src ?? ""),
};

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}

/** Plain text of an HTML fragment, for search indexes and excerpts. */
export function htmlToText(html: string): string {
  return sanitizeHtml(html.replace(/<\/(p|h\d|li|figcaption|tr|blockquote)>/gi, "$&\n"), {
    allowedTags: [],
    allowedAttributes: {},
  })
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]+/g, " ")
    .replace(/\n\s*\n+/g, "\n")
    .trim();
}
