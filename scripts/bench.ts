// npm run bench: load-tests the article page beside a static page served by the same server
// (scripts/server.ts, as in production), in one run, and reports requests per second and p95 latency
// (autocannon); then times a 2 MB photo's upload and publication in Chromium (e2e/bench/, Playwright). The
// server is pinned to one core and the load generator to the other when `taskset` exists.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import autocannon from "autocannon";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
// The article and the static page are measured alternately in several rounds and compared per round, so
// drift in a shared machine's speed hits both sides alike; the medians are reported.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const DATA_DIR = ".data-bench";
const ARTICLE = "/news/nghe-an-trien-khai-nhiem-vu-cong-tac-thong-tin-va-truyen-thong-nam-2014";
const PAGES = [
  { name: "static page (/accessibility)", path: "/accessibility" },
  { name: "article page (ISR cache)", path: ARTICLE },
  { name: "home page (ISR cache)", path: "/" },
  { name: "news list page 2 (ISR cache)", path: "/news?page=2" },
  { name: "RSS feed (ISR cache)", path: "/feed.xml" },
  { name: "conference report (ISR cache)", path: "/conferences/hoi-nghi-trien-khai-nhiem-vu-cong-tac-nam-2014" },
  { name: "search (rendered per request, database)", path: "/search?q=dang+ky" },
  { name: "awards (per request, data cache)", path: "/awards?year=2013" },
  { name: "award recipient page (ISR cache)", path: "/awards/recipients/1" },
];

const hasTaskset = spawnSync("sh", ["-c", "command -v taskset"]).status === 0;
const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

/** The environment of every process the benchmark starts: the embedded database unless BENCH_DATABASE_URL. */
function benchEnv(over: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...over } as NodeJS.ProcessEnv;
  if (!process.env.BENCH_DATABASE_URL) delete env.DATABASE_URL;
  else env.DATABASE_URL = process.env.BENCH_DATABASE_URL;
  return env;
}

function startServer(): ChildProcess {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    const r = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: benchEnv({}) });
    if (r.status !== 0) process.exit(1);
  }
  const serve = [process.execPath, "--import", "tsx", path.join(root, "scripts", "server.ts")];
  const [cmd, ...args] = hasTaskset ? ["taskset", "-c", "0", ...serve] : serve;
  const env = benchEnv({ PORT: String(PORT), DATA_DIR, DEMO_CONTENT: "true", LOG_LEVEL: "warn" });
  return spawn(cmd!, args, { stdio: ["ignore", "ignore", "inherit"], env });
}

/** The browser timings (e2e/bench/*.measure.ts) on a server and database of their own; true when they ran. */
function measureInBrowser(): boolean {
  fs.rmSync(path.join(root, ".data-bench-browser"), { recursive: true, force: true });
  const playwright = path.join(root, "node_modules", "@playwright", "test", "cli.js");
  const r = spawnSync(process.execPath, [playwright, "test", "-c", "playwright.bench.config.ts"], { stdio: "inherit", env: benchEnv({}) });
  return r.status === 0;
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

/** Bytes an article page transfers without images: HTML, CSS and JS, raw and compressed as the proxy would. */
async function pageWeight(pathname: string) {
  const html = Buffer.from(await (await fetch(BASE + pathname)).arrayBuffer());
  const text = html.toString("utf8");
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
  const js = [...new Set([...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  const sizes = async (urls: string[]) => {
    const bufs = await Promise.all(urls.map(async (u) => Buffer.from(await (await fetch(new URL(u, BASE))).arrayBuffer())));
    return sum(bufs);
  };
  const sum = (bufs: Buffer[]) => ({
    raw: bufs.reduce((n, b) => n + b.length, 0),
    gzip: bufs.reduce((n, b) => n + zlib.gzipSync(b, { level: 6 }).length, 0),
    br: bufs.reduce((n, b) => n + zlib.brotliCompressSync(b).length, 0),
  });
  return { html: sum([html]), css: { files: css.length, ...(await sizes(css)) }, js: { files: js.length, ...(await sizes(js)) } };
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
    type R = Awaited<ReturnType<typeof run>>;
    const samples: Record<string, R[]> = Object.fromEntries(PAGES.map((p) => [p.name, []]));
    const ratios: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const p of PAGES) {
        samples[p.name].push(await run(BASE + p.path));
        await new Promise((r) => setTimeout(r, 500));
      }
      const [s, a] = [samples[PAGES[0].name].at(-1)!, samples[PAGES[1].name].at(-1)!];
      ratios.push(a.rps / s.rps);
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    console.log(`\nautocannon: ${CONNECTIONS} connections, ${DURATION} s per page per round, ${ROUNDS} rounds, medians${hasTaskset ? "; server on core 0, load on core 1" : ""}\n`);
    console.log("page".padEnd(46) + "req/s".padStart(9) + "p50 ms".padStart(9) + "p95 ms".padStart(9) + "  errors/non-2xx");
    for (const [name, rs] of Object.entries(samples)) {
      const errs = rs.reduce((n, r) => n + r.errors, 0);
      const non2xx = rs.reduce((n, r) => n + r.non2xx, 0);
      console.log(
        name.padEnd(46) +
          median(rs.map((r) => r.rps)).toFixed(0).padStart(9) +
          median(rs.map((r) => r.p50)).toFixed(1).padStart(9) +
          median(rs.map((r) => r.p95)).toFixed(1).padStart(9) +
          `  ${errs}/${non2xx}`,
      );
    }
    const ratio = median(ratios);
    console.log(`\narticle / static per round: ${ratios.map((r) => `${(r * 100).toFixed(0)} %`).join(", ")}`);
    console.log(`article / static (median) = ${(ratio * 100).toFixed(0)} % (target ≥ 80 %): ${ratio >= 0.8 ? "PASS" : "FAIL"}`);
    const w = await pageWeight(ARTICLE);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`\narticle page weight without images (raw / gzip -6 / brotli):`);
    console.log(`  HTML            ${kb(w.html.raw)} / ${kb(w.html.gzip)} / ${kb(w.html.br)}`);
    console.log(`  CSS (${w.css.files} file)    ${kb(w.css.raw)} / ${kb(w.css.gzip)} / ${kb(w.css.br)}`);
    console.log(`  JS (${w.js.files} files)    ${kb(w.js.raw)} / ${kb(w.js.gzip)} / ${kb(w.js.br)}  (not needed to read: pages work with JavaScript off)`);
    const t = (k: "raw" | "gzip" | "br") => w.html[k] + w.css[k] + w.js[k];
    console.log(`  total           ${kb(t("raw"))} / ${kb(t("gzip"))} / ${kb(t("br"))}`);
    process.exitCode = ratio >= 0.8 ? 0 : 1;
  } finally {
    stop();
    // Let it go before the browser timings start their own server: the two would share the cores.
    if (server.exitCode === null && server.signalCode === null) await new Promise((r) => server.once("exit", r));
  }
  console.log("\nBrowser timings (Chromium, one upload and one publication):");
  if (!measureInBrowser()) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
