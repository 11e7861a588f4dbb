// npm run dossiers:bench: the staff queue in the database on the generated load (run `npm run
// db:generate-load` first): p50/p95 of listDossierQueue (page and count) for each filter the page offers, the
// admin home's counts, and EXPLAIN (ANALYZE, BUFFERS) of each filter's statements, checking that none scans
// the dossiers table sequentially; then the time to submit a dossier with three 1 MB files (submitDossier: sniffing,
// the code, the record, the files and the audit entries in one transaction). Refuses while the server holds
// the embedded database.
import { and, count, eq, sql } from "drizzle-orm";
import { runCli } from "./cli";
import { dossiers, procedureDocuments, procedures, users } from "@/db/schema";
import { newSubmissionKey, submitDossier } from "@/lib/dossiers/mutations";
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

  // Three 1 MB PDFs: a valid PDF padded with a comment line to 1 MB each.
  const [p] = await h.db
    .select({ id: procedures.id, code: procedures.code, docs: sql<number>`count(${procedureDocuments.id})`.mapWith(Number) })
    .from(procedures)
    .innerJoin(procedureDocuments, eq(procedureDocuments.procedureId, procedures.id))
    .where(and(eq(procedures.level, 3), eq(procedures.published, true)))
    .groupBy(procedures.id)
    .having(sql`count(${procedureDocuments.id}) = 3`)
    .limit(1);
  if (!p) return console.log("No level-3 procedure with exactly three documents: submission not timed.");
  const docs = await h.db.select({ id: procedureDocuments.id }).from(procedureDocuments).where(eq(procedureDocuments.procedureId, p.id)).orderBy(procedureDocuments.position);
  const mb = (i: number) => {
    const head = "%PDF-1.4\n%";
    const pad = "x".repeat(1024 * 1024 - 200);
    return new File([`${head}${pad}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`], `tai-lieu-${i}.pdf`, { type: "application/pdf" });
  };
  const submitTimes: number[] = [];
  for (let i = 0; i < Number(process.env.BENCH_SUBMISSIONS ?? 10); i++) {
    const form = new FormData();
    for (const [k, v] of Object.entries({ fullName: "Người đo tốc độ", idNumber: "040090001234", phone: "0912345678", email: "", address: "Vinh", consent: "on", submissionKey: newSubmissionKey() })) form.append(k, v);
    docs.slice(0, 3).forEach((d, j) => form.append(`document-${d.id}`, mb(j)));
    const t0 = performance.now();
    const r = await submitDossier(p.code, form, { ip: `198.18.${i >> 8}.${i & 255}`, userAgent: "bench" });
    submitTimes.push(performance.now() - t0);
    if (!r.ok) return console.log(`submission refused: ${JSON.stringify(r.errors)}`);
  }
  await h.db.execute(sql`delete from dossiers where applicant_name = 'Người đo tốc độ'`);
  console.log(`${"submit, 3 x 1 MB files".padEnd(22)} p50 ${pct(submitTimes, 50).toFixed(1).padStart(6)} ms  p95 ${pct(submitTimes, 95).toFixed(1).padStart(6)} ms  (${submitTimes.length} dossiers, ${p.code})`);
});
