// npm run bench:services: the catalogue search page and the staff dossier queue over HTTP, under load (16
// connections, autocannon), on the generated data (15.000 procedures, 10.000 articles, 100.000 dossiers,
// generated first if missing), through the production server (scripts/server.ts). The queue is read as a
// signed-in administrator (scripts/bench-session.ts). Uses BENCH_DATABASE_URL when set, else an embedded
// database in .data-bench-services. Needs a build (`npx next build`); prints req/s, p50/p95/p99 and errors.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import fs from "node:fs";
import autocannon from "autocannon";

const PORT = Number(process.env.BENCH_PORT ?? 3302);
const BASE = `http://127.0.0.1:${PORT}`;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const DATA_DIR = ".data-bench-services";
const root = process.cwd();
const tsx = [process.execPath, "--import", "tsx", "--conditions=react-server"];

function env(over: Record<string, string> = {}): NodeJS.ProcessEnv {
  // A server database in production mode needs its secrets: the benchmark's own, never a real one.
  const secrets = { AUTH_SECRET: "bench-only-secret-not-for-production-0123456789ab", AUDIT_KEY: "bench-only-audit-key-not-for-production-01234567" };
  const e = { ...secrets, ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATA_DIR, LOG_LEVEL: "warn", ...over } as NodeJS.ProcessEnv;
  if (process.env.BENCH_DATABASE_URL) e.DATABASE_URL = process.env.BENCH_DATABASE_URL;
  else delete e.DATABASE_URL;
  return e;
}

const PAGES: { name: string; path: string; signedIn?: boolean }[] = [
  { name: "/services?q=cap giay phep hoat dong in", path: "/services?q=cap+giay+phep+hoat+dong+in" },
  { name: "/services?q=giấy phép (many matches)", path: `/services?q=${encodeURIComponent("giấy phép")}` },
  { name: "/services?q=… (a different query each time)", path: "/services?q=ROTATE" },
  { name: "/admin/dossiers (queue page 1)", path: "/admin/dossiers", signedIn: true },
  { name: "/admin/dossiers?overdue=1", path: "/admin/dossiers?overdue=1", signedIn: true },
  { name: "/admin/dossiers?page=30", path: "/admin/dossiers?page=30", signedIn: true },
];
const WORDS = ["giay phep", "buu chinh", "cap lai", "gia han", "dang ky", "thu hoi", "xac nhan", "karaoke", "quang cao", "tan so", "in", "xuat ban", "hoat dong", "moi truong", "lao dong"];

function run(p: (typeof PAGES)[number], cookie: string) {
  return new Promise<{ rps: number; p50: number; p95: number; p99: number; errors: number; non2xx: number }>((resolve, reject) => {
    let i = 0;
    const rotate = p.path.endsWith("ROTATE");
    const inst = autocannon(
      {
        url: BASE + (rotate ? "/services?q=giay" : p.path),
        connections: CONNECTIONS,
        duration: DURATION,
        headers: { "accept-encoding": "gzip, br", ...(p.signedIn ? { cookie } : {}) },
        ...(rotate
          ? { requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, path: `/services?q=${encodeURIComponent(`${WORDS[i++ % WORDS.length]} ${i % 97}`)}` }) }] }
          : {}),
      },
      (err, res) => {
        if (err) return reject(err);
        resolve({ rps: res.requests.average, p50: res.latency.p50, p95: res.latency.p97_5 ?? res.latency.p99, p99: res.latency.p99, errors: res.errors, non2xx: res.non2xx });
      },
    );
    void inst;
  });
}

async function main() {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("build first: npx next build");
  // Data: generate what is missing (the embedded database's folder is kept between runs).
  const gen = spawnSync(tsx[0]!, [...tsx.slice(1), "scripts/generate-load.ts"], { stdio: ["ignore", "ignore", "inherit"], env: env() });
  if (gen.status !== 0) process.exit(1);
  const minted = spawnSync(tsx[0]!, [...tsx.slice(1), "scripts/bench-session.ts"], { env: env(), encoding: "utf8" });
  if (minted.status !== 0) throw new Error(minted.stderr);
  const cookie = minted.stdout.trim();
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts"], { stdio: ["ignore", "ignore", "inherit"], env: env({ PORT: String(PORT) }) });
  process.on("exit", () => server.kill("SIGTERM"));
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) break;
    } catch {}
    if (i > 240) throw new Error("server did not start");
    await new Promise((r) => setTimeout(r, 500));
  }
  // Warm up and check that the signed-in pages really are the queue, not the sign-in page.
  for (const p of PAGES) await fetch(BASE + p.path.replace("ROTATE", "giay"), { headers: p.signedIn ? { cookie } : {}, redirect: "manual" }).then(async (r) => {
    const body = await r.text();
    if (p.signedIn && (r.status !== 200 || !body.includes("Hồ sơ"))) throw new Error(`${p.path}: not the queue (HTTP ${r.status}); is the session cookie accepted?`);
  });
  console.log(`\n${process.env.BENCH_DATABASE_URL ? "PostgreSQL server" : "embedded PGlite"}; autocannon ${CONNECTIONS} connections, ${DURATION} s a page, Accept-Encoding: gzip, br\n`);
  console.log("page".padEnd(48) + "req/s".padStart(8) + "p50".padStart(8) + "p97.5".padStart(8) + "p99".padStart(8) + "  errors/non-2xx");
  for (const p of PAGES) {
    const r = await run(p, cookie);
    console.log(p.name.padEnd(48) + r.rps.toFixed(0).padStart(8) + `${r.p50}`.padStart(8) + `${r.p95}`.padStart(8) + `${r.p99}`.padStart(8) + `  ${r.errors}/${r.non2xx}`);
  }
  server.kill("SIGTERM");
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
