// npm run db:migrate: apply pending migrations to the configured database (refuses while the server holds
// the embedded database).
import { runCli } from "./cli";
import { migrateDatabase } from "@/db/migrate";
import { seedSettings } from "@/db/seed";
import { env } from "@/lib/env";

await runCli("db:migrate", async (h) => {
  await migrateDatabase(h, env.DATABASE_URL);
  await seedSettings(h.db);
  console.log(`Migrations applied (${h.kind}).`);
});
