// npm run dossiers:bench: the staff queue in the database on the generated load (run `npm run
// db:generate-load` first): p50/p95 of listDossierQueue (page and count) for each filter the page offers, the
// admin home's counts, and EXPLAIN (ANALYZE, BUFFERS) of each filter's statements, checking that none scans
// the dossiers table sequentially. Refuses while the server holds the embedded database.
import { count, eq } from "drizzle-orm";
import { runCli } from "./cli";
import { dossiers, users } from "@/db/schema";
import { countDossierAttention, explainDossierQueue, listDossierQueue, type QueueFilter } from "@/lib/dossiers/queries";
import type { Actor } from "@/lib/auth/permissions";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

await runCli("dossiers:bench", async (h) => {
  const [{ n }] = await h.db.select({ n: count() }).from(dossiers);
  const [u] = await h.db.select().from(users).where(eq(users.role, "admin")).limit(1);
  const actor: Actor = { id: u?.id ?? 1, email: u?.email ?? "bench", name: "bench", role: "admin", ip: "127.0.0.1", userAgent: "bench" };
  const [{ proc }] = await h.db.select({ proc: dossiers.procedureId }).from(dossiers).limit(1);
  console.log(`Database: ${h.kind}; dossiers: ${n}`);
  const filters: [string, QueueFilter][] = [
    ["whole queue, page 1", {}],
    ["whole queue, page 40", { page: 40 }],
    ["status: processing", { status: "processing" }],
    ["one procedure", { procedureId: proc }],
    ["overdue", { overdue: true }],
    ["due this week", { dueThisWeek: true }],
    ["search by code", { q: "G05.00.00.H42" }],
  ];
  let seq = 0;
  for (const [name, f] of filters) {
    await listDossierQueue(actor, f);
    const times: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const t0 = performance.now();
      await listDossierQueue(actor, f);
      times.push(performance.now() - t0);
    }
    const plan = await explainDossierQueue(f);
    const scans = plan.filter((l) => /Seq Scan on dossiers/.test(l)).length;
    seq += scans;
    console.log(`${name.padEnd(22)} p50 ${pct(times, 50).toFixed(1).padStart(6)} ms  p95 ${pct(times, 95).toFixed(1).padStart(6)} ms${scans ? "  SEQ SCAN" : ""}`);
    if (process.env.BENCH_PLANS) console.log(plan.map((l) => `    ${l}`).join("\n"));
  }
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    await countDossierAttention(actor);
    times.push(performance.now() - t0);
  }
  console.log(`${"admin home counts".padEnd(22)} p50 ${pct(times, 50).toFixed(1).padStart(6)} ms  p95 ${pct(times, 95).toFixed(1).padStart(6)} ms`);
  console.log(seq ? `WARNING: ${seq} sequential scan(s) on dossiers (BENCH_PLANS=1 prints the plans).` : "No sequential scan on dossiers in any filter's plan (BENCH_PLANS=1 prints them).");
});
