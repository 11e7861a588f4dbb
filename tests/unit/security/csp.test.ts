// The Content-Security-Policy of every kind of response: pages rendered per request get a nonce and no
// 'unsafe-inline' for scripts; cached public pages (next.config.js) keep the same baseline with script-src 'none'; feeds and JSON
// load nothing; and each path gets exactly one of these policies (Next's own path matching).
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { BASELINE_DIRECTIVES, createNonce, noncePolicy, parsePolicy } from "@/lib/security/csp";

type HeaderRule = { source: string; has?: { type: string; key: string; value?: string }[]; headers: { key: string; value: string }[] };
const nextConfig = ((await import("../../../next.config.js" as string)) as { default: { headers: () => Promise<HeaderRule[]> } }).default;
const rules = await nextConfig.headers();
// The matcher Next builds for headers() (next/dist/lib/build-custom-route.js).
const { pathToRegexp } = createRequire(import.meta.url)("next/dist/compiled/path-to-regexp") as {
  pathToRegexp: (source: string, keys: unknown[], options: object) => RegExp;
};

/** The CSP values next.config.js sends for a path (requests without special headers). */
function configPolicies(path: string): string[] {
  return rules
    .filter((r) => !r.has && pathToRegexp(r.source, [], { strict: true, sensitive: false, delimiter: "/" }).test(path))
    .flatMap((r) => r.headers.filter((h) => h.key.toLowerCase() === "content-security-policy").map((h) => h.value));
}

function expectBaseline(policy: string) {
  const d = parsePolicy(policy);
  expect(d["object-src"]).toBe("'none'");
  expect(d["base-uri"]).toBe("'none'");
  expect(d["frame-ancestors"]).toBe("'none'");
  expect(d["form-action"]).toBe("'self'");
  expect(d["img-src"]).toBe("'self'");
  expect(policy).not.toContain("unsafe-eval");
  for (const [name, value] of Object.entries(BASELINE_DIRECTIVES)) expect(d[name], name).toBe(value);
}

describe("the policy of pages rendered per request", () => {
  it("allows scripts only with this response's nonce, never inline or eval", () => {
    const nonce = createNonce();
    const policy = noncePolicy(nonce);
    expectBaseline(policy);
    const script = parsePolicy(policy)["script-src"];
    expect(script).toBe(`'nonce-${nonce}' 'strict-dynamic'`);
    expect(script).not.toContain("unsafe-inline");
  });

  it("uses a fresh nonce that Next's header parser reads back", async () => {
    const { getScriptNonceFromHeader } = (await import("next/dist/server/app-render/get-script-nonce-from-header.js" as string)) as {
      getScriptNonceFromHeader: (csp: string) => string | undefined;
    };
    const a = createNonce();
    const b = createNonce();
    expect(a).not.toBe(b);
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(getScriptNonceFromHeader(noncePolicy(a))).toBe(a);
  });

  it("adds 'unsafe-eval' only for next dev", () => {
    expect(parsePolicy(noncePolicy("abc", { development: true }))["script-src"]).toContain("'unsafe-eval'");
    expect(noncePolicy("abc", { development: false })).not.toContain("unsafe-eval");
  });
});

describe("next.config.js", () => {
  it("gives cached public pages the baseline, and no script at all (they ship none)", () => {
    for (const path of ["/", "/news", "/news/list/all/1", "/news/mot-bai-viet", "/news/mot-bai-viet/print", "/accessibility", "/khong-co-trang-nay", "/administrator", "/searching"]) {
      const policies = configPolicies(path);
      expect(policies, path).toHaveLength(1);
      expectBaseline(policies[0]);
      expect(parsePolicy(policies[0])["script-src"]).toBe("'none'");
    }
  });

  it("leaves the nonce pages to proxy.ts, and /media and /files to their handlers (one policy each, never two)", () => {
    for (const path of ["/admin", "/admin/news/1", "/login", "/preview/abc", "/search", "/media/123", "/files/123"]) {
      expect(configPolicies(path), path).toEqual([]);
    }
  });

  it("lets feeds, robots, sitemap and API JSON load and run nothing", () => {
    for (const path of ["/feed.xml", "/feeds/all", "/robots.txt", "/sitemap.xml", "/api/health", "/api/auth/session"]) {
      const policies = configPolicies(path);
      expect(policies, path).toHaveLength(1);
      const d = parsePolicy(policies[0]);
      expect(d["default-src"]).toBe("'none'");
      expect(d["frame-ancestors"]).toBe("'none'");
      expect("sandbox" in d).toBe(true);
    }
  });

  it("sends HSTS only when the request came over TLS", () => {
    const hsts = rules.filter((r) => r.headers.some((h) => h.key === "Strict-Transport-Security"));
    expect(hsts).toHaveLength(1);
    expect(hsts[0].has).toEqual([{ type: "header", key: "x-forwarded-proto", value: "https" }]);
    expect(hsts[0].headers[0].value).toMatch(/^max-age=31536000/);
  });
});
