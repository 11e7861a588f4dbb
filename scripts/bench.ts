// npm run bench: the benchmark of record, in one run, on generated data (10.000 articles, 15.000 procedures,
// 100.000 dossiers; `db:generate-load` into .data-bench, or BENCH_DATABASE_URL): wrk, every request asking for
// `Accept-Encoding: gzip, br`, against
//   1. the limit: nginx serving the article's rendered HTML as a file, compressed ahead (gzip_static, brotli_static,
//      at the shipped proxy's levels); beside it, for reading, the same file compressed at every request;
//   2. the article, home, catalogue search and /awards through the shipped proxy (deploy/nginx, scripts/proxy.ts)
//      in front of the portal run with TRUSTED_PROXIES=1 (compressing once per page, one cached copy per encoding);
//   3. the same through the portal alone (scripts/server.ts, what npm start serves, COMPRESS=true), plus its own
//      static page (/accessibility).
// Each target is measured in rounds, alternating with its reference (the limit, or the static page), so a shared
// machine's drift hits both alike; medians are printed with each figure as a ratio of the limit. Servers run on
// core 0, wrk on core 1 (taskset). Then the article's bytes by kind, and (BENCH_BROWSER=0 skips) the browser
// timings of e2e/bench/. Goals: proxy ≥ 85 % of the limit; portal alone ≥ 0.8× its static page; catalogue
// search p95 < 50 ms at 16 connections. Exit 1 when a goal is missed. Not part of npm test.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { startProxy } from "./proxy";
import {
  ARTICLE,
  WORK_DIR,
  benchEnv,
  ensureBuild,
  ensureGeneratedData,
  hasTaskset,
  median,
  pinSelfToServerCore,
  sampleRss,
  startPortal,
  stopChild,
  wrk,
  type LoadResult,
} from "./bench-kit";

const BASE_PORT = Number(process.env.BENCH_PORT ?? 3350);
const PORTS = { origin: BASE_PORT, proxy: BASE_PORT + 1, limit: BASE_PORT + 2, direct: BASE_PORT + 3, limitLive: BASE_PORT + 4 };
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const SEARCH = "/services?q=giay+phep+hoat+dong";

const PAGES = [
  { key: "article", name: "article (ISR)", path: ARTICLE },
  { key: "home", name: "home (ISR)", path: "/" },
  { key: "search", name: "catalogue search /services?q=", path: SEARCH },
  { key: "awards", name: "/awards (ISR)", path: "/awards" },
];
const LIVE_NAME = "file, compressed per request";
const STATIC = { key: "static", name: "static page /accessibility", path: "/accessibility" };

type Row = { setup: string; name: string; runs: LoadResult[]; ratiosToRef: number[]; ref: "limit" | "static" | null };

/**
 * nginx serving one HTML file at every path, with the gzip/brotli lines of the shipped proxy's template:
 * `precompressed`, from its .br/.gz files made ahead (the limit); else compressing it at every request.
 */
function startLimit(html: Buffer, port: number, precompressed: boolean): ChildProcess {
  const dir = path.join(WORK_DIR, precompressed ? "limit" : "limit-live");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "www"), { recursive: true });
  // Served as nginx serves a static file best: compressed once, ahead (gzip_static, brotli_static), at the levels
  // the shipped proxy compresses with; compressing at every request would measure the compressor, not the limit.
  fs.writeFileSync(path.join(dir, "www", "article.html"), html);
  fs.writeFileSync(path.join(dir, "www", "article.html.gz"), zlib.gzipSync(html, { level: 5 }));
  fs.writeFileSync(path.join(dir, "www", "article.html.br"), zlib.brotliCompressSync(html, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }));
  const template = fs.readFileSync(path.join(import.meta.dirname, "..", "deploy", "nginx", "nginx.conf.template"), "utf8");
  const compression = template.split("\n").filter((l) => /^\s*(gzip|brotli)(_[a-z_]+)?\s/.test(l)).join("\n");
  const module = (name: string, pkg: string) => {
    const found = ["/usr/lib/nginx/modules", "/usr/lib64/nginx/modules", "/usr/local/lib/nginx/modules"].map((d) => path.join(d, name)).find((p) => fs.existsSync(p));
    if (!found) throw new Error(`nginx module ${name} missing: apt-get install ${pkg}`);
    return found;
  };
  const brotli = module("ngx_http_brotli_filter_module.so", "libnginx-mod-http-brotli-filter");
  const brotliStatic = module("ngx_http_brotli_static_module.so", "libnginx-mod-http-brotli-static");
  const conf = `load_module ${brotli};
load_module ${brotliStatic};
${process.getuid?.() === 0 ? "user root;" : ""}
worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 30s;
  server_tokens off;
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy_temp;
  fastcgi_temp_path ${dir}/fastcgi_temp;
  uwsgi_temp_path ${dir}/uwsgi_temp;
  scgi_temp_path ${dir}/scgi_temp;
${compression}
  server {
    listen ${port};
    root ${dir}/www;
    location / { default_type "text/html; charset=utf-8"; gzip_static ${precompressed ? "on" : "off"}; brotli_static ${precompressed ? "on" : "off"}; try_files /article.html =404; }
  }
}
`;
  const file = path.join(dir, "nginx.conf");
  fs.writeFileSync(file, conf);
  return spawn("nginx", ["-p", dir, "-c", file, "-g", "daemon off;"], { stdio: ["ignore", "inherit", "inherit"] });
}

async function waitUp(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

/** Checks what the load generator will get: 200, compressed with brotli, and (for pages) no error page. */
async function check(url: string): Promise<void> {
  const r = await fetch(url, { headers: { "accept-encoding": "gzip, br" } });
  const body = await r.text();
  if (r.status !== 200) throw new Error(`${url}: HTTP ${r.status}`);
  const enc = r.headers.get("content-encoding");
  if (enc !== "br") throw new Error(`${url}: answered with content-encoding ${enc ?? "none"}, expected br`);
  if (!body.includes("<h1")) throw new Error(`${url}: no heading in the page`);
}

async function warm(url: string): Promise<void> {
  for (let i = 0; i < 3; i++) await fetch(url, { headers: { "accept-encoding": "gzip, br" } }).then((r) => r.arrayBuffer());
  await wrk(url, { connections: CONNECTIONS, seconds: 1 });
}

/** Rounds of [reference, targets...]; each target's ratio to the reference of its own round. */
async function measure(setup: string, ref: { name: string; url: string }, targets: { name: string; url: string }[], refKind: "limit" | "static"): Promise<Row[]> {
  const refRow: Row = { setup, name: ref.name, runs: [], ratiosToRef: [], ref: null };
  const rows: Row[] = targets.map((t) => ({ setup, name: t.name, runs: [], ratiosToRef: [], ref: refKind }));
  for (let round = 0; round < ROUNDS; round++) {
    const r = await wrk(ref.url, { connections: CONNECTIONS, seconds: SECONDS });
    refRow.runs.push(r);
    for (let i = 0; i < targets.length; i++) {
      const t = await wrk(targets[i]!.url, { connections: CONNECTIONS, seconds: SECONDS });
      rows[i]!.runs.push(t);
      rows[i]!.ratiosToRef.push(t.rps / r.rps);
    }
  }
  return [refRow, ...rows];
}

/** Bytes of a page without images, by kind: HTML, CSS and JS, raw and compressed. */
async function pageWeight(base: string, pathname: string) {
  const html = Buffer.from(await (await fetch(base + pathname, { headers: { "accept-encoding": "identity" } })).arrayBuffer());
  const text = html.toString("utf8");
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  const js = [...new Set([...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
  const inlineJs = [...text.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + m[1]!.length, 0);
  const fetchAll = (urls: string[]) => Promise.all(urls.map(async (u) => Buffer.from(await (await fetch(new URL(u, base))).arrayBuffer())));
  const sum = (bufs: Buffer[]) => ({
    raw: bufs.reduce((n, b) => n + b.length, 0),
    gzip: bufs.reduce((n, b) => n + zlib.gzipSync(b, { level: 5 }).length, 0),
    br: bufs.reduce((n, b) => n + zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }).length, 0),
  });
  return { html: sum([html]), css: { files: css.length, ...sum(await fetchAll(css)) }, js: { files: js.length, inline: inlineJs, ...sum(await fetchAll(js)) } };
}

function print(rows: Row[], limitRps: number) {
  const head =
    "setup".padEnd(16) + "page".padEnd(32) + "req/s".padStart(8) + "p50 ms".padStart(8) + "p95 ms".padStart(8) + "p99 ms".padStart(8) + "  err/non2xx" + "  of limit" + "  × ref (per round)";
  console.log(head);
  for (const r of rows) {
    const rps = median(r.runs.map((x) => x.rps));
    const cell = (k: "p50" | "p95" | "p99") => median(r.runs.map((x) => x[k])).toFixed(1).padStart(8);
    const errs = `${r.runs.reduce((n, x) => n + x.errors, 0)}/${r.runs.reduce((n, x) => n + x.non2xx, 0)}`;
    const ofLimit = `${((rps / limitRps) * 100).toFixed(1)} %`;
    const toRef = r.ref ? `${median(r.ratiosToRef).toFixed(2)}× ${r.ref} (${r.ratiosToRef.map((x) => x.toFixed(2)).join(", ")})` : "";
    console.log(r.setup.padEnd(16) + r.name.padEnd(32) + rps.toFixed(0).padStart(8) + cell("p50") + cell("p95") + cell("p99") + `  ${errs.padEnd(10)}` + ofLimit.padStart(9) + `  ${toRef}`);
  }
}

async function main() {
  pinSelfToServerCore();
  ensureBuild();
  ensureGeneratedData();
  fs.mkdirSync(WORK_DIR, { recursive: true });

  // 1 + 2: the portal behind the shipped proxy, and the limit beside it.
  const origin = await startPortal(PORTS.origin, { TRUSTED_PROXIES: "1", COMPRESS: "true" });
  const originRss = sampleRss(origin.child.pid);
  const articleHtml = Buffer.from(await (await fetch(origin.base + ARTICLE)).arrayBuffer());
  const limit = startLimit(articleHtml, PORTS.limit, true);
  const limitLive = startLimit(articleHtml, PORTS.limitLive, false);
  const proxyDir = path.join(WORK_DIR, "proxy");
  fs.rmSync(proxyDir, { recursive: true, force: true });
  const proxy = startProxy({ dir: proxyDir, port: PORTS.proxy, origin: `127.0.0.1:${PORTS.origin}` });
  const proxyBase = `http://127.0.0.1:${PORTS.proxy}`;
  const limitUrl = `http://127.0.0.1:${PORTS.limit}${ARTICLE}`;
  const limitLiveUrl = `http://127.0.0.1:${PORTS.limitLive}${ARTICLE}`;
  let rows: Row[] = [];
  let directRss = { peak: NaN, last: NaN };
  let originPeak = { peak: NaN, last: NaN };
  try {
    await waitUp(limitUrl);
    await waitUp(limitLiveUrl);
    await waitUp(proxyBase + "/");
    for (const u of [limitUrl, limitLiveUrl, ...PAGES.map((p) => proxyBase + p.path)]) {
      await check(u);
      await warm(u);
    }
    rows = await measure(
      "limit (nginx)",
      { name: "article as a file", url: limitUrl },
      [{ name: LIVE_NAME, url: limitLiveUrl }, ...PAGES.map((p) => ({ name: p.name, url: proxyBase + p.path }))],
      "limit",
    );
    rows.forEach((r, i) => i > 1 && (r.setup = "proxy"));
  } finally {
    await stopChild(proxy, "SIGQUIT");
    await stopChild(limitLive, "SIGQUIT");
    await stopChild(limit, "SIGQUIT");
    originPeak = originRss.stop();
    await origin.stop();
  }

  // 3: the portal alone, compressing itself, against its own static page.
  const direct = await startPortal(PORTS.direct, { TRUSTED_PROXIES: "0", COMPRESS: "true" });
  const rss = sampleRss(direct.child.pid);
  let weight: Awaited<ReturnType<typeof pageWeight>> | null = null;
  try {
    for (const p of [STATIC, ...PAGES]) {
      await check(direct.base + p.path);
      await warm(direct.base + p.path);
    }
    const d = await measure("npm start", { name: STATIC.name, url: direct.base + STATIC.path }, PAGES.map((p) => ({ name: p.name, url: direct.base + p.path })), "static");
    d.forEach((r) => (r.setup = "npm start"));
    rows.push(...d);
    weight = await pageWeight(direct.base, ARTICLE);
  } finally {
    directRss = rss.stop();
    await direct.stop();
  }

  const limitRps = median(rows[0]!.runs.map((r) => r.rps));
  console.log(
    `\nwrk: ${CONNECTIONS} connections, ${SECONDS} s a run, ${ROUNDS} rounds alternating with the reference, medians; Accept-Encoding: gzip, br` +
      `${hasTaskset ? "; servers on core 0, wrk on core 1" : "; no taskset: servers and wrk share the cores"}\n`,
  );
  print(rows, limitRps);

  const byName = (setup: string, name: string) => rows.find((r) => r.setup === setup && r.name === name)!;
  const goals: [string, boolean][] = [];
  for (const p of PAGES) {
    const r = byName("proxy", p.name);
    goals.push([`proxy ${p.name} ≥ 85 % of the limit: ${(median(r.ratiosToRef) * 100).toFixed(0)} %`, median(r.ratiosToRef) >= 0.85]);
  }
  for (const p of PAGES) {
    const r = byName("npm start", p.name);
    goals.push([`npm start ${p.name} ≥ 0.8× its static page: ${median(r.ratiosToRef).toFixed(2)}×`, median(r.ratiosToRef) >= 0.8]);
  }
  // For reading: the proxy against nginx compressing the same file at every request (what it used to do itself).
  const live = byName("limit (nginx)", LIVE_NAME);
  const vsLive = PAGES.map((p) => {
    const proxyRuns = byName("proxy", p.name).runs;
    return `${p.key} ${(median(proxyRuns.map((r, i) => r.rps / live.runs[i]!.rps))).toFixed(2)}×`;
  });
  console.log(`\nThrough the proxy against nginx compressing the file at every request: ${vsLive.join(", ")}`);
  for (const setup of ["proxy", "npm start"]) {
    const p95 = median(byName(setup, PAGES[2]!.name).runs.map((r) => r.p95));
    goals.push([`${setup} catalogue search p95 < 50 ms at ${CONNECTIONS} connections: ${p95.toFixed(1)} ms`, p95 < 50 && CONNECTIONS >= 16]);
  }
  console.log("\nGoals:");
  for (const [text, ok] of goals) console.log(`  ${ok ? "PASS" : "MISS"}  ${text}`);
  console.log(`\nServer RSS: behind the proxy peak ${originPeak.peak.toFixed(0)} MB (end ${originPeak.last.toFixed(0)} MB); alone peak ${directRss.peak.toFixed(0)} MB (end ${directRss.last.toFixed(0)} MB)`);

  if (weight) {
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    const w = weight;
    console.log(`\nArticle page without images (raw / gzip -5 / brotli 5):`);
    console.log(`  HTML            ${kb(w.html.raw)} / ${kb(w.html.gzip)} / ${kb(w.html.br)}  (inline script ${w.js.inline} B)`);
    console.log(`  CSS (${w.css.files} file)    ${kb(w.css.raw)} / ${kb(w.css.gzip)} / ${kb(w.css.br)}`);
    console.log(`  JS (${w.js.files} files)    ${kb(w.js.raw)} / ${kb(w.js.gzip)} / ${kb(w.js.br)}`);
  }
  process.exitCode = goals.every(([, ok]) => ok) ? 0 : 1;

  if (process.env.BENCH_BROWSER !== "0") {
    console.log("\nBrowser timings (Chromium, one upload and one publication):");
    fs.rmSync(path.join(process.cwd(), ".data-bench-browser"), { recursive: true, force: true });
    const playwright = path.join(process.cwd(), "node_modules", "@playwright", "test", "cli.js");
    const r = spawnSync(process.execPath, [playwright, "test", "-c", "playwright.bench.config.ts"], { stdio: "inherit", env: benchEnv({ DATA_DIR: ".data-bench-browser" }) });
    if (r.status !== 0) process.exitCode = 1;
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
