// npm run soak: the portal's memory under load, on the benchmark's generated data (.data-bench or
// BENCH_DATABASE_URL). The portal (scripts/server.ts as npm start runs it, COMPRESS=true) on core 0, load on
// core 1: first SOAK_PEAK_SECONDS (20) at full speed with wrk to find the peak rate, then SOAK_MINUTES (30) at
// half of it with autocannon on a mix that keeps caches growing: many distinct articles (from the sitemap),
// the home page, catalogue searches with ever-new words, /awards, and mistyped article addresses (a new 404 key
// each time). Prints an RSS sample every SOAK_SAMPLE_SECONDS (60) and what Next left on disk. Not CI.
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { ARTICLE, ENCODING, ensureBuild, ensureGeneratedData, median, pinSelfToServerCore, root, rssMb, startPortal, wrk } from "./bench-kit";

const PORT = Number(process.env.SOAK_PORT ?? 3360);
const MINUTES = Number(process.env.SOAK_MINUTES ?? 30);
const PEAK_SECONDS = Number(process.env.SOAK_PEAK_SECONDS ?? 20);
const SAMPLE_SECONDS = Number(process.env.SOAK_SAMPLE_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 16);
const WORDS = ["giay phep", "buu chinh", "cap lai", "gia han", "dang ky", "thu hoi", "xac nhan", "quang cao", "tan so", "xuat ban", "hoat dong", "lao dong"];

function diskMb(dir: string): number {
  let n = 0;
  const walk = (p: string) => {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e));
    else n += st.size;
  };
  walk(dir);
  return n / 1048576;
}

/** The i-th request of the mix (deterministic, so runs compare). */
function pathFor(i: number, articles: string[]): string {
  const k = i % 20;
  if (k < 8) return articles[(i * 7919) % articles.length]!; // many distinct articles
  if (k < 10) return ARTICLE;
  if (k < 12) return "/";
  if (k < 15) return `/services?q=${encodeURIComponent(`${WORDS[i % WORDS.length]} ${Math.floor(i / 20) % 500}`)}`;
  if (k < 17) return "/awards";
  if (k < 19) return `/news/bai-khong-co-${i}`; // a new 404 each time
  return "/news";
}

async function main() {
  pinSelfToServerCore();
  ensureBuild();
  ensureGeneratedData();
  const t0 = Date.now();
  const portal = await startPortal(PORT, { TRUSTED_PROXIES: "0", COMPRESS: "true", MEMORY_LOG_SECONDS: String(SAMPLE_SECONDS) });
  const pid = portal.child.pid;
  const samples: { t: string; phase: string; rss: number; disk: number }[] = [];
  const cacheDir = path.join(root, ".next", "server", "route-cache");
  const sample = (phase: string) => {
    const s = { t: `${((Date.now() - t0) / 60000).toFixed(1)} min`, phase, rss: rssMb(pid), disk: diskMb(cacheDir) };
    samples.push(s);
    console.log(`  ${s.t.padStart(9)}  ${phase.padEnd(12)} RSS ${s.rss.toFixed(0).padStart(5)} MB   route cache on disk ${s.disk.toFixed(1)} MB`);
  };
  try {
    sample("booted");
    const sitemap = await (await fetch(`${portal.base}/sitemap.xml`)).text();
    const articles = [...sitemap.matchAll(/<loc>https?:\/\/[^/<]+(\/news\/[^<]+)<\/loc>/g)].map((m) => m[1]!).slice(0, 3000);
    if (articles.length < 10) throw new Error(`sitemap lists ${articles.length} articles: generated data missing?`);
    console.log(`  mix: ${articles.length} distinct articles, home, catalogue searches, /awards, mistyped addresses (404)`);

    const paths = Array.from({ length: 4000 }, (_, i) => pathFor(i, articles));
    const peak = await wrk(portal.base + "/", { connections: CONNECTIONS, seconds: PEAK_SECONDS, paths });
    sample("after peak");
    const rate = Math.max(1, Math.floor(peak.rps / 2));
    console.log(`  peak ${peak.rps.toFixed(0)} req/s (p95 ${peak.p95.toFixed(0)} ms, ${peak.errors} errors); soak at ${rate} req/s for ${MINUTES} min`);

    let i = 4000;
    const timer = setInterval(() => sample("soak"), SAMPLE_SECONDS * 1000);
    const res = await new Promise<autocannon.Result>((resolve, reject) => {
      autocannon(
        {
          url: portal.base,
          connections: CONNECTIONS,
          overallRate: rate,
          duration: MINUTES * 60,
          headers: { "accept-encoding": ENCODING },
          requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, path: pathFor(i++, articles) }) }],
        },
        (err, r) => (err ? reject(err) : resolve(r)),
      );
    });
    clearInterval(timer);
    sample("end");
    const soakRss = samples.filter((s) => s.phase === "soak" || s.phase === "end").map((s) => s.rss);
    console.log(
      `\nsoak: ${res.requests.total} requests, ${res.requests.average.toFixed(0)} req/s, p50 ${res.latency.p50} ms, p99 ${res.latency.p99} ms, ` +
        `2xx ${res["2xx"]}, 4xx ${res["4xx"]} (the mistyped addresses), 5xx ${res["5xx"]}, errors ${res.errors}, timeouts ${res.timeouts}`,
    );
    console.log(`RSS: booted ${samples[0]!.rss.toFixed(0)} MB, after peak ${samples[1]!.rss.toFixed(0)} MB, soak median ${median(soakRss).toFixed(0)} MB, max ${Math.max(...soakRss).toFixed(0)} MB, end ${samples.at(-1)!.rss.toFixed(0)} MB`);
  } finally {
    await portal.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
