// The only reader of process.env: every setting is parsed and validated here, once.
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres://").optional()),
  // Migrations (and the grants to DATABASE_URL's role) run as this role, the tables' owner; the portal then
  // serves through DATABASE_URL, which may add to audit_log but not change it (db/migrate.ts).
  DATABASE_OWNER_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_OWNER_URL must start with postgres://").optional()),
  // The audit chain's HMAC key (lib/audit/key.ts): the key itself, or a file holding it. Neither set: a key
  // generated once in DATA_DIR/audit.key, except in production on a server database, which must set one.
  AUDIT_KEY: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.string().min(32, "AUDIT_KEY must be at least 32 characters (e.g. openssl rand -base64 32)").optional()),
  AUDIT_KEY_FILE: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined)),
  // Where the audit chain's head is written after every change (lib/audit/anchor.ts); default DATA_DIR/audit-anchor.json.
  AUDIT_ANCHOR_PATH: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined)),
  // Folder of the embedded database (PGlite) when DATABASE_URL is unset. Tests and e2e give each run its own.
  DATA_DIR: z.string().trim().min(1).default(".data"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  SEED_ADMIN_EMAIL: z.string().email().optional(),
  SEED_ADMIN_PASSWORD: z.string().min(12, "SEED_ADMIN_PASSWORD must be 12-128 characters").max(128, "SEED_ADMIN_PASSWORD must be 12-128 characters").optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // How many reverse proxies in front set X-Forwarded-For (0: the socket's address is the client).
  TRUSTED_PROXIES: z.coerce.number().int("TRUSTED_PROXIES must be a whole number").min(0).max(5).default(0),
  // Whether the portal's own server compresses answers (gzip, brotli). Kept on behind the shipped nginx too
  // (a cached page is compressed once: lib/http/page-memo.ts); false leaves compression to a proxy.
  COMPRESS: z
    .enum(["true", "false", "1", "0", "on", "off"], { error: "COMPRESS must be true or false" })
    .default("true")
    .transform((v) => ["true", "1", "on"].includes(v)),
  // How long the portal's own micro-cache keeps an anonymous public page that Next served from its render
  // cache (lib/http/page-cache.ts; only while COMPRESS is on). 0 turns it off. Every public change empties it.
  PAGE_CACHE_SECONDS: z.coerce.number().int("PAGE_CACHE_SECONDS must be a whole number").min(0).max(60).default(1),
  // The shipped proxy's purge location (deploy/nginx), told when public content changes. Unset: no proxy.
  PROXY_PURGE_URL: z.string().url().optional(),
  // Log the server's memory (RSS, V8 heap, buffers) every this many seconds (0: never); npm run soak sets it.
  MEMORY_LOG_SECONDS: z.coerce.number().int().min(0).max(3600).default(0),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // Public origin used in feeds, sitemap and Open Graph (e.g. https://stttt.nghean.gov.vn).
  SITE_URL: z.string().url().optional(),
  // How often the server publishes due scheduled articles. The e2e server uses 2 so its test waits seconds.
  // A staff session ends after this many minutes without a request (lib/auth/sessions.ts).
  SESSION_IDLE_MINUTES: z.coerce.number().int("SESSION_IDLE_MINUTES must be a whole number of minutes").min(1).max(24 * 60).default(30),
  SCHEDULER_INTERVAL_SECONDS: z.coerce.number().int("SCHEDULER_INTERVAL_SECONDS must be a whole number of seconds").min(1).max(3600).default(30),
  // The SMTP server the portal sends applicants' e-mail through (smtp://user:pass@host:587, or smtps:// for
  // TLS from the start). Unset: messages stay in the outbox (/admin/outbox) as "kept" and nothing is sent.
  SMTP_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(
      z
        .string()
        .refine((v) => {
          try {
            const u = new URL(v);
            return (u.protocol === "smtp:" || u.protocol === "smtps:") && u.hostname !== "";
          } catch {
            return false;
          }
        }, "SMTP_URL must be a smtp:// or smtps:// URL with a host")
        .optional(),
    ),
  // The sender of every message: an address, or "Name <address>".
  MAIL_FROM: z
    .string()
    .trim()
    .default("Cổng thông tin điện tử <no-reply@localhost>")
    .refine(
      (v) => /^(?:[^<>\r\n]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/.test(v),
      "MAIL_FROM must be an e-mail address or \"Name <address>\"",
    ),
});

const checked = schema.superRefine((e, ctx) => {
  if (e.DATABASE_OWNER_URL && !e.DATABASE_URL) ctx.addIssue({ code: "custom", path: ["DATABASE_OWNER_URL"], message: "DATABASE_OWNER_URL needs DATABASE_URL (the role the portal serves through)" });
  if (e.AUDIT_KEY && e.AUDIT_KEY_FILE) ctx.addIssue({ code: "custom", path: ["AUDIT_KEY_FILE"], message: "set AUDIT_KEY or AUDIT_KEY_FILE, not both" });
});

export type Env = z.infer<typeof schema>;

function readEnv(): Env {
  const parsed = checked.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const env: Env = readEnv();

export function siteUrl(): string {
  return (env.SITE_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
}
