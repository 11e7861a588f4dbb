// Reading server-rendered markup in pure tests: renders an element with react-dom/server and parses the HTML
// into a small tree to query by id, tag or attribute. React's static markup is well-formed, which is all this
// parser handles (no DOM library needed).
import { renderToStaticMarkup } from "react-dom/server";
import type { ReactElement } from "react";

export type El = { tag: string; attrs: Record<string, string>; children: (El | string)[]; parent: El | null };

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const TOKEN = /<!--[\s\S]*?-->|<\/([a-zA-Z0-9-]+)\s*>|<([a-zA-Z0-9-]+)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;
const ATTR = /([^\s=/>]+)(?:="([^"]*)")?/g;

export function decode(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

export function parse(html: string): El {
  const root: El = { tag: "#root", attrs: {}, children: [], parent: null };
  let current = root;
  for (const m of html.matchAll(TOKEN)) {
    const [whole, closing, open, rawAttrs, selfClosing, text] = m;
    if (whole.startsWith("<!--")) continue;
    if (text !== undefined) current.children.push(decode(text));
    else if (closing) {
      if (current.tag !== closing) throw new Error(`unbalanced </${closing}> inside <${current.tag}>`);
      current = current.parent!;
    } else if (open) {
      const attrs: Record<string, string> = {};
      // HTML attribute names are case-insensitive (React writes maxLength, inputMode…).
      for (const a of (rawAttrs ?? "").matchAll(ATTR)) attrs[a[1].toLowerCase()] = decode(a[2] ?? "");
      const node: El = { tag: open, attrs, children: [], parent: current };
      current.children.push(node);
      if (!selfClosing && !VOID.has(open)) current = node;
    }
  }
  if (current !== root) throw new Error(`unclosed <${current.tag}>`);
  return root;
}

export function render(element: ReactElement): El {
  return parse(renderToStaticMarkup(element));
}

export function all(root: El, match: (n: El) => boolean): El[] {
  const out: El[] = [];
  const walk = (n: El) => {
    for (const c of n.children) {
      if (typeof c === "string") continue;
      if (match(c)) out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

export const byTag = (root: El, tag: string) => all(root, (n) => n.tag === tag);

export function byId(root: El, id: string): El {
  const found = all(root, (n) => n.attrs.id === id);
  if (found.length !== 1) throw new Error(`expected one element with id "${id}", found ${found.length}`);
  return found[0];
}

export const hasId = (root: El, id: string) => all(root, (n) => n.attrs.id === id).length > 0;

export function text(n: El): string {
  return n.children.map((c) => (typeof c === "string" ? c : text(c))).join("");
}

/** The element's ancestors, nearest first. */
export function ancestors(n: El): El[] {
  const out: El[] = [];
  for (let p = n.parent; p && p.tag !== "#root"; p = p.parent) out.push(p);
  return out;
}

/** The label pointing at the control with this id (label[for]). */
export function labelFor(root: El, id: string): El {
  const found = all(root, (n) => n.tag === "label" && n.attrs.for === id);
  if (found.length !== 1) throw new Error(`expected one label for "${id}", found ${found.length}`);
  return found[0];
}
