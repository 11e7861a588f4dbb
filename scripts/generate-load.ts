// npm run db:generate-load: fills the configured database with clearly generated rows for load and speed
// tests (never part of the demo content; every row is marked is_generated): 15.000 procedures so far.
// TODO: 10.000 articles and 100.000 dossiers (the lead extends this script). Refuses while the server holds
// the embedded database (runCli). Running it again adds only what is missing.
import { runCli } from "./cli";
import { migrateDatabase } from "@/db/migrate";
import { env } from "@/lib/env";
import { generateProcedures } from "./load/procedures";

const PROCEDURES = 15_000;

await runCli("db:generate-load", async (h) => {
  await migrateDatabase(h, env.DATABASE_URL);
  const started = Date.now();
  const p = await generateProcedures(h.db, PROCEDURES, (l) => console.log(l));
  console.log(`Generated procedures: ${p.inserted} added, ${p.total} in all (${((Date.now() - started) / 1000).toFixed(1)} s).`);
});
