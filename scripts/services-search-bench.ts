// npm run services:bench-search: the catalogue search in the database on the generated load (run
// `npm run db:generate-load` first): p50 and p95 of searchProcedures (the public query: page and total in one
// statement) over a set of queries, each run several times, then EXPLAIN (ANALYZE, BUFFERS) of one, to show
// it uses the GIN indexes (no sequential scan on procedures). Refuses while the server holds the embedded db.
import { count, eq } from "drizzle-orm";
import { runCli } from "./cli";
import { procedures } from "@/db/schema";
import { explainCatalogueSearch, searchProcedures } from "@/lib/services/queries";

const QUERIES = [
  "cap giay phep hoat dong in",
  "giấy phép bưu chính",
  "gia han",
  "dang ky ho kinh doanh",
  "thu hoi giay phep xay dung",
  "chứng chỉ hành nghề",
  "photocopy mau",
  "giay phep moi truong cap tinh",
  "karaoke",
  "tan so vo tuyen dien",
  "trang thong tin dien tu tong hop",
  "an toan thuc pham",
  "8.012345",
  "khai thac khoang san",
  "xac nhan thong bao hoat dong buu chinh",
  "giay phep lao dong nguoi nuoc ngoai",
  "cap lai khi bi mat",
  "truong mam non",
  "quang cao ngoai troi",
  "giay phep xuat ban ban tin",
  // Misspelt: nothing matches every word, so the similar-name fallback runs (two statements).
  "giay phep hoat dng in",
  "buu chinh noi tin",
];
const ROUNDS = 5;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

await runCli("services:bench-search", async (h) => {
  const [{ n }] = await h.db.select({ n: count() }).from(procedures).where(eq(procedures.isGenerated, true));
  const [{ all }] = await h.db.select({ all: count() }).from(procedures);
  console.log(`Database: ${h.kind}; procedures: ${all} (${n} generated)`);
  for (const q of QUERIES) await searchProcedures(q, { page: 1 }); // warm caches and the plan cache
  const times: number[] = [];
  const totals = new Map<string, number>();
  for (let r = 0; r < ROUNDS; r++) {
    for (const q of QUERIES) {
      const t0 = performance.now();
      const res = await searchProcedures(q, { page: 1 });
      times.push(performance.now() - t0);
      totals.set(q, res.total);
    }
  }
  console.log(`searchProcedures, ${QUERIES.length} queries x ${ROUNDS} rounds: p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`);
  console.log(`matches per query: ${[...totals.values()].join(", ")}`);
  let seqScans = 0;
  for (const [q, mode] of [["cap giay phep hoat dong in", "text"], ["giay phep hoat dng in", "similar"]] as const) {
    console.log(`\nEXPLAIN (ANALYZE, BUFFERS) for "${q}" (${mode === "text" ? "text search" : "similar names, the fallback"}):`);
    const plan = await explainCatalogueSearch(q, mode);
    for (const line of plan) console.log(line);
    seqScans += plan.filter((l) => /Seq Scan on procedures/.test(l)).length;
  }
  console.log(seqScans ? `\nWARNING: ${seqScans} sequential scan(s) on procedures.` : "\nNo sequential scan on procedures.");
});
