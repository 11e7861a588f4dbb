// The Content-Security-Policy of pages rendered per request (admin, sign-in, preview links, search): scripts
// only with this response's nonce (and what they load, 'strict-dynamic'), never 'unsafe-inline' or
// 'unsafe-eval' for scripts; images, fonts and connections only from the portal itself. proxy.ts sends it.
// Cached public pages cannot carry a per-request nonce: their policy is in next.config.js (same baseline,
// tests/unit/security/csp.test.ts holds both to it).

/** Directives every HTML response of the portal carries, whatever its script policy. */
export const BASELINE_DIRECTIVES: Readonly<Record<string, string>> = {
  "default-src": "'self'",
  // Tailwind's stylesheet is a file; React and Next set a few style attributes (route announcer, editor).
  "style-src": "'self' 'unsafe-inline'",
  "img-src": "'self'",
  "font-src": "'self'",
  "connect-src": "'self'",
  "media-src": "'self'",
  "manifest-src": "'self'",
  "frame-src": "'none'",
  "worker-src": "'none'",
  "object-src": "'none'",
  "base-uri": "'none'",
  "form-action": "'self'",
  "frame-ancestors": "'none'",
};

export function serializePolicy(directives: Readonly<Record<string, string>>): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join("; ");
}

/** Parses a policy into its directives (for tests, and to check what a response carries). */
export function parsePolicy(policy: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of policy.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = values.join(" ");
  }
  return out;
}

/** A fresh nonce for one response: 16 random bytes, base64 (what Next's header parser accepts). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The policy of a page rendered per request. Next reads the nonce back from this header on the request
 * (next/dist/server/app-render/get-script-nonce-from-header.js) and puts it on every script it writes.
 * `next dev` evaluates code for its overlay, so only development adds 'unsafe-eval'.
 */
export function noncePolicy(nonce: string, { development = false }: { development?: boolean } = {}): string {
  const script = `'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`;
  return serializePolicy({ ...BASELINE_DIRECTIVES, "script-src": script });
}
