// Shared pieces of the measuring scripts (npm run bench, soak, lighthouse): the portal server and the
// reverse proxy started on generated data, the load generator (wrk), RSS samples, core pinning. Not CI.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const root = process.cwd();
export const hasTaskset = spawnSync("sh", ["-c", "command -v taskset"]).status === 0;
export const hasWrk = spawnSync("sh", ["-c", "command -v wrk"]).status === 0;
export const DATA_DIR = process.env.BENCH_DATA_DIR ?? ".data-bench";
export const WORK_DIR = path.join(root, ".bench");
export const ARTICLE = "/news/nghe-an-trien-khai-nhiem-vu-cong-tac-thong-tin-va-truyen-thong-nam-2014";
export const ENCODING = "gzip, br";
const tsx = [process.execPath, "--import", "tsx", "--conditions=react-server"];

/** The environment of every process started here: the embedded database unless BENCH_DATABASE_URL. */
export function benchEnv(over: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATA_DIR, LOG_LEVEL: "warn", ...over } as NodeJS.ProcessEnv;
  if (!process.env.BENCH_DATABASE_URL) delete env.DATABASE_URL;
  else env.DATABASE_URL = process.env.BENCH_DATABASE_URL;
  return env;
}

/**
 * Servers go on core 0, the load generator on core 1: this process pins itself (all its threads) to core 0,
 * so every server it starts inherits it, and runs wrk under `taskset -c 1`.
 */
export function pinSelfToServerCore(): void {
  if (hasTaskset) spawnSync("taskset", ["-a", "-pc", "0", String(process.pid)], { stdio: "ignore" });
}

export function ensureBuild(): void {
  if (fs.existsSync(path.join(root, ".next", "BUILD_ID"))) return;
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const r = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: benchEnv() });
  if (r.status !== 0) process.exit(1);
}

/** 10.000 articles, 15.000 procedures, 100.000 dossiers (only what is missing is added). */
export function ensureGeneratedData(): void {
  if (process.env.BENCH_SKIP_GENERATE === "1") return;
  const t = Date.now();
  const r = spawnSync(tsx[0]!, [...tsx.slice(1), "scripts/generate-load.ts"], { stdio: ["ignore", "ignore", "inherit"], env: benchEnv() });
  if (r.status !== 0) throw new Error("db:generate-load failed");
  console.log(`generated data ready (${((Date.now() - t) / 1000).toFixed(0)} s): ${process.env.BENCH_DATABASE_URL ? "BENCH_DATABASE_URL" : DATA_DIR}`);
}

export type Portal = { child: ChildProcess; base: string; stop: () => Promise<void> };

/** scripts/server.ts (what npm start serves) on this port; resolves once /api/health answers. */
export async function startPortal(port: number, over: Record<string, string>): Promise<Portal> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "server.ts")], {
    stdio: ["ignore", "ignore", "inherit"],
    env: benchEnv({ PORT: String(port), SITE_URL: `http://127.0.0.1:${port}`, ...over }),
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = () => stopChild(child, "SIGTERM");
  process.on("exit", () => child.kill("SIGKILL"));
  await waitHealthy(base, child);
  return { child, base, stop };
}

export function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}

export async function waitHealthy(base: string, child?: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (child && child.exitCode !== null) throw new Error(`server exited (${child.exitCode})`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${base} did not become healthy`);
}

/** Resident set size of a process in MB (Linux /proc), or NaN. */
export function rssMb(pid: number | undefined): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** Samples a process's RSS every `ms` until stopped; returns the samples (MB). */
export function sampleRss(pid: number | undefined, ms = 1000) {
  const samples: number[] = [];
  const timer = setInterval(() => {
    const v = rssMb(pid);
    if (!Number.isNaN(v)) samples.push(v);
  }, ms);
  return {
    samples,
    stop: () => {
      clearInterval(timer);
      return { peak: Math.max(...samples), last: samples.at(-1) ?? NaN };
    },
  };
}

export type LoadResult = { rps: number; p50: number; p95: number; p99: number; requests: number; errors: number; non2xx: number };

/**
 * wrk against one URL (or a rotation of paths on the same origin), every request asking for compression as
 * browsers do. Latencies in ms. On core 1 when taskset exists.
 */
export function wrk(url: string, o: { connections: number; seconds: number; paths?: string[] }): Promise<LoadResult> {
  if (!hasWrk) throw new Error("wrk is not installed (apt-get install wrk)");
  fs.mkdirSync(WORK_DIR, { recursive: true });
  const script = path.join(WORK_DIR, `wrk-${process.pid}.lua`);
  const rotation = o.paths?.length
    ? `local paths = {${o.paths.map((p) => JSON.stringify(p)).join(",")}}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format(nil, paths[(i % #paths) + 1])\nend\n`
    : "";
  fs.writeFileSync(
    script,
    `${rotation}done = function(s, latency, requests)\n` +
      `  io.write(string.format("RESULT %d %d %f %f %f %d %d %d %d %d\\n", s.requests, s.duration, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, s.errors.connect, s.errors.read, s.errors.write, s.errors.timeout, s.errors.status))\n` +
      `end\n`,
  );
  const args = ["-t", "1", "-c", String(o.connections), "-d", `${o.seconds}s`, "--timeout", "10s", "-H", `Accept-Encoding: ${ENCODING}`, "-s", script, url];
  const [cmd, ...rest] = hasTaskset ? ["taskset", "-c", "1", "wrk", ...args] : ["wrk", ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd!, rest, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("exit", (code) => {
      const m = /RESULT (.+)/.exec(out);
      if (code !== 0 || !m) return reject(new Error(`wrk failed (${code}): ${out}`));
      const [requests, durationUs, p50, p95, p99, connect, read, write, timeout, status] = m[1]!.split(" ").map(Number) as number[];
      resolve({ rps: requests! / (durationUs! / 1e6), p50: p50!, p95: p95!, p99: p99!, requests: requests!, errors: connect! + read! + write! + timeout!, non2xx: status! });
    });
  });
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};
