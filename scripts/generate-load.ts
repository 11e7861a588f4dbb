// npm run db:generate-load: fills the configured database with clearly generated rows for load and speed
// tests (never part of the demo content; every row is marked is_generated): 15.000 procedures, 10.000
// articles and 100.000 dossiers. Refuses while the server holds the embedded database (runCli). Running it
// again adds only what is missing. LOAD_PROCEDURES / LOAD_ARTICLES / LOAD_DOSSIERS change the counts.
import { sql } from "drizzle-orm";
import { runCli } from "./cli";
import { migrateDatabase } from "@/db/migrate";
import { seedDemoContent, seedDemoServices, seedSettings } from "@/db/seed";
import { env } from "@/lib/env";
import { generateArticles } from "./load/articles";
import { generateDossiers } from "./load/dossiers";
import { generateProcedures } from "./load/procedures";

const PROCEDURES = Number(process.env.LOAD_PROCEDURES ?? 15_000);
const ARTICLES = Number(process.env.LOAD_ARTICLES ?? 10_000);
const DOSSIERS = Number(process.env.LOAD_DOSSIERS ?? 100_000);
const secs = (t: number) => ((Date.now() - t) / 1000).toFixed(1);

await runCli("db:generate-load", async (h) => {
  await migrateDatabase(h, env.DATABASE_URL);
  // The generated rows sit beside the demo content (categories, the reference article), as on a real portal.
  await seedSettings(h.db);
  await seedDemoContent(h.db);
  await seedDemoServices(h.db);
  const started = Date.now();
  const p = await generateProcedures(h.db, PROCEDURES, (l) => console.log(l));
  console.log(`Generated procedures: ${p.inserted} added, ${p.total} in all (${secs(started)} s).`);
  let t = Date.now();
  const a = await generateArticles(h.db, ARTICLES, (l) => console.log(l));
  console.log(`Generated articles: ${a.inserted} added, ${a.total} in all (${secs(t)} s).`);
  t = Date.now();
  const d = await generateDossiers(h.db, DOSSIERS, (l) => console.log(l));
  console.log(`Generated dossiers: ${d.total} in all (${secs(t)} s).`);
  await h.db.execute(sql`analyze`);
});
