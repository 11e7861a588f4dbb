// Public pages ship no JavaScript. Every public page is server-rendered and works with JavaScript off (forms
// post, links navigate), so the scripts Next adds (its client runtime, the React Server Components payload
// for hydration, preload hints) buy a citizen nothing but bytes and main-thread time on a slow phone. The
// server (scripts/server.ts) removes them from HTML answers to public paths; the admin and sign-in keep React.
// Pure: no Node or Next imports, so it is unit-tested on strings.

/** Paths whose pages keep Next's client runtime: the back office, sign-in, previews of drafts. */
const INTERACTIVE = /^\/(admin|login|preview)(\/|$)/;
/** Paths that are never pages (assets, files, APIs, feeds). */
const NOT_PAGES = /^\/(_next|api|files|media|feeds)(\/|$)|\.(xml|txt|csv|json|ico|svg|png|webmanifest)$/;

export function isPublicPagePath(pathname: string): boolean {
  return !INTERACTIVE.test(pathname) && !NOT_PAGES.test(pathname);
}

// <script …>…</script> unless it is data (JSON-LD); preload/modulepreload hints for scripts.
const SCRIPT = /<script\b(?![^>]*\btype="application\/ld\+json")[^>]*>[\s\S]*?<\/script\s*>/gi;
const SCRIPT_HINT = /<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\bas="script"[^>]*\brel="(?:modulepreload|preload)"[^>]*\/?>|<link\b[^>]*\brel="modulepreload"[^>]*\/?>/gi;

/** The page without its client scripts (everything else byte for byte as rendered). */
export function stripClientScripts(html: string): string {
  return html.replace(SCRIPT, "").replace(SCRIPT_HINT, "");
}
