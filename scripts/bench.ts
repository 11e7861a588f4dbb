// npm run bench: load-tests the article page beside a static page served by the same `next start`, in one
// run, and reports requests per second and p95 latency (autocannon). The server is pinned to one core and
// the load generator to the other when `taskset` exists, as in the STACK measurements.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const DATA_DIR = ".data-bench";
const ARTICLE = "/news/nghe-an-trien-khai-nhiem-vu-cong-tac-thong-tin-va-truyen-thong-nam-2014";
const PAGES = [
  { name: "static page (/accessibility)", path: "/accessibility" },
  { name: "article page (ISR cache)", path: ARTICLE },
  { name: "home page (per-request render, cached data)", path: "/" },
  { name: "search (per-request, database)", path: "/search?q=dang+ky" },
];

const hasTaskset = spawnSync("sh", ["-c", "command -v taskset"]).status === 0;
const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

function startServer(): ChildProcess {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    const r = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit" });
    if (r.status !== 0) process.exit(1);
  }
  const cmd = hasTaskset ? "taskset" : process.execPath;
  const args = hasTaskset ? ["-c", "0", process.execPath, nextBin, "start", "-p", String(PORT)] : [nextBin, "start", "-p", String(PORT)];
  const env = { ...process.env, NODE_ENV: "production", PORT: String(PORT), DATA_DIR, DEMO_CONTENT: "true", LOG_LEVEL: "warn" } as NodeJS.ProcessEnv;
  if (!process.env.BENCH_DATABASE_URL) delete env.DATABASE_URL;
  else env.DATABASE_URL = process.env.BENCH_DATABASE_URL;
  return spawn(cmd, args, { stdio: ["ignore", "ignore", "inherit"], env });
}

async function waitHealthy(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not become healthy");
}

function run(url: string): Promise<{ rps: number; p95: number; p50: number; errors: number; non2xx: number }> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    const inst = autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers: { "accept-encoding": "gzip" } }, (err, res) => {
      if (err) return reject(err);
      times.sort((a, b) => a - b);
      const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? 0;
      resolve({ rps: res.requests.average, p95: pct(95), p50: pct(50), errors: res.errors, non2xx: res.non2xx });
    });
    inst.on("response", (_c: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  });
}

async function main() {
  if (hasTaskset) {
    // Pin this load generator to the second core.
    spawnSync("taskset", ["-pc", "1", String(process.pid)], { stdio: "ignore" });
  }
  const server = startServer();
  const stop = () => server.kill("SIGTERM");
  process.on("exit", stop);
  try {
    await waitHealthy();
    for (const p of PAGES) for (let i = 0; i < 3; i++) await fetch(BASE + p.path).then((r) => r.arrayBuffer());
    const results: Record<string, Awaited<ReturnType<typeof run>>> = {};
    for (const p of PAGES) {
      results[p.name] = await run(BASE + p.path);
      await new Promise((r) => setTimeout(r, 1000));
    }
    console.log(`\nautocannon: ${CONNECTIONS} connections, ${DURATION} s each${hasTaskset ? ", server on core 0, load on core 1" : ""}\n`);
    console.log("page".padEnd(46) + "req/s".padStart(9) + "p50 ms".padStart(9) + "p95 ms".padStart(9) + "  errors/non-2xx");
    for (const [name, r] of Object.entries(results)) {
      console.log(name.padEnd(46) + r.rps.toFixed(0).padStart(9) + r.p50.toFixed(1).padStart(9) + r.p95.toFixed(1).padStart(9) + `  ${r.errors}/${r.non2xx}`);
    }
    const ratio = results[PAGES[1].name].rps / results[PAGES[0].name].rps;
    console.log(`\narticle / static = ${(ratio * 100).toFixed(0)} % (target ≥ 80 %): ${ratio >= 0.8 ? "PASS" : "FAIL"}`);
    process.exitCode = ratio >= 0.8 ? 0 : 1;
  } finally {
    stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
