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
  // Folder of the embedded database (PGlite) when DATABASE_URL is unset. Tests and e2e give each run its own.
  DATA_DIR: z.string().trim().min(1).default(".data"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  SEED_ADMIN_EMAIL: z.string().email().optional(),
  SEED_ADMIN_PASSWORD: z.string().min(10).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // How many reverse proxies in front set X-Forwarded-For (0: the socket's address is the client).
  TRUSTED_PROXIES: z.coerce.number().int("TRUSTED_PROXIES must be a whole number").min(0).max(5).default(0),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // Public origin used in feeds, sitemap and Open Graph (e.g. https://stttt.nghean.gov.vn).
  SITE_URL: z.string().url().optional(),
  // How often the server publishes due scheduled articles. The e2e server uses 2 so its test waits seconds.
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

export type Env = z.infer<typeof schema>;

function readEnv(): Env {
  const parsed = schema.safeParse(process.env);
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
