// npm run lighthouse: Lighthouse 12.2.3 (the last for Node 20), mobile preset (its default: Moto G power
// emulation, simulated slow 4G), on the home page, the reference article, the catalogue and a procedure, LH_RUNS
// (5) runs each, printing the median of performance, accessibility, best practices and SEO (goal
// 98/100/100/100) and the audits that cost points. Chromium is Debian's (/usr/bin/chromium, CHROME_PATH),
// headless. The portal runs behind the shipped proxy (deploy/nginx, as in production; LH_TARGET=direct: the
// portal alone, compressing itself) on the benchmark's data (.data-bench or BENCH_DATABASE_URL). Not CI.
import fs from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { startProxy } from "./proxy";
import { ARTICLE, WORK_DIR, ensureBuild, ensureGeneratedData, median, startPortal, stopChild, waitHealthy } from "./bench-kit";

const PORT = Number(process.env.LH_PORT ?? 3370);
const RUNS = Number(process.env.LH_RUNS ?? 5);
const TARGET = process.env.LH_TARGET === "direct" ? "direct" : "proxy";
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const GOAL: Record<(typeof CATEGORIES)[number], number> = { performance: 98, accessibility: 100, "best-practices": 100, seo: 100 };

async function main() {
  ensureBuild();
  ensureGeneratedData();
  const behindProxy = TARGET === "proxy";
  const portal = await startPortal(PORT, behindProxy ? { TRUSTED_PROXIES: "1", COMPRESS: "true" } : { TRUSTED_PROXIES: "0", COMPRESS: "true" });
  const proxyDir = path.join(WORK_DIR, "proxy-lighthouse");
  fs.rmSync(proxyDir, { recursive: true, force: true });
  const proxy = behindProxy ? startProxy({ dir: proxyDir, port: PORT + 1, origin: `127.0.0.1:${PORT}` }) : null;
  const base = behindProxy ? `http://127.0.0.1:${PORT + 1}` : portal.base;
  let chrome: chromeLauncher.LaunchedChrome | null = null;
  try {
    await waitHealthy(base);
    const catalogue = await (await fetch(`${base}/services`)).text();
    const procedure = /href="(\/services\/\d+\.\d+)"/.exec(catalogue)?.[1];
    if (!procedure) throw new Error("no procedure linked from /services");
    const pages = [
      { name: "home", path: "/" },
      { name: "article", path: ARTICLE },
      { name: "catalogue", path: "/services" },
      { name: `procedure ${procedure.slice("/services/".length)}`, path: procedure },
    ];
    for (const p of pages) await fetch(base + p.path).then((r) => r.arrayBuffer());

    chrome = await chromeLauncher.launch({
      chromePath: CHROME,
      chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions"],
    });
    console.log(`Lighthouse 12.2.3, mobile preset, ${RUNS} runs a page, through ${behindProxy ? "the shipped proxy (nginx) in front of the portal" : "the portal alone (npm start)"}\n`);
    console.log("page".padEnd(26) + CATEGORIES.map((c) => c.padStart(16)).join("") + "   (median; each run)");
    const findings = new Map<string, Set<string>>();
    let allMet = true;
    for (const p of pages) {
      const scores: Record<string, number[]> = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(base + p.path, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
        if (!result) throw new Error("lighthouse returned nothing");
        const lhr = result.lhr;
        if (lhr.runtimeError) throw new Error(`${p.path}: ${lhr.runtimeError.message}`);
        for (const c of CATEGORIES) {
          const cat = lhr.categories[c]!;
          scores[c]!.push(Math.round((cat.score ?? 0) * 100));
          for (const ref of cat.auditRefs) {
            const a = lhr.audits[ref.id];
            if (a && ref.weight > 0 && a.score !== null && a.score < 1) {
              const key = `${c}: ${a.id} (${a.title})${a.displayValue ? ` ${a.displayValue}` : ""}`;
              if (!findings.has(p.name)) findings.set(p.name, new Set());
              findings.get(p.name)!.add(c === "performance" ? `${c}: ${a.id}` : key);
            }
          }
        }
        const m = lhr.audits;
        if (i === RUNS - 1)
          findings.get(p.name)?.add(
            `metrics (last run): FCP ${m["first-contentful-paint"]?.displayValue}, LCP ${m["largest-contentful-paint"]?.displayValue}, TBT ${m["total-blocking-time"]?.displayValue}, CLS ${m["cumulative-layout-shift"]?.displayValue}`,
          );
      }
      const medians = CATEGORIES.map((c) => median(scores[c]!));
      if (CATEGORIES.some((c, i) => medians[i]! < GOAL[c])) allMet = false;
      console.log(p.name.padEnd(26) + medians.map((v) => String(v).padStart(16)).join("") + "   " + CATEGORIES.map((c) => scores[c]!.join("/")).join("  "));
    }
    console.log(`\nGoal ${CATEGORIES.map((c) => GOAL[c]).join("/")}: ${allMet ? "met" : "MISSED"}`);
    for (const [page, set] of findings) {
      console.log(`\n${page}:`);
      for (const f of set) console.log(`  ${f}`);
    }
    process.exitCode = allMet ? 0 : 1;
  } finally {
    if (chrome) await chrome.kill();
    if (proxy) await stopChild(proxy, "SIGQUIT");
    await portal.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
