// npm run db:migrate: apply pending migrations to the configured database (refuses while the server holds
// the embedded database). With DATABASE_OWNER_URL they run as the owner, who then grants DATABASE_URL's role.
import { runCli } from "./cli";
import { migrateDatabase } from "@/db/migrate";
import { seedSettings } from "@/db/seed";
import { env } from "@/lib/env";

await runCli("db:migrate", async (h) => {
  const { separateOwner } = await migrateDatabase(h, env.DATABASE_URL);
  await seedSettings(h.db);
  console.log(`Migrations applied (${h.kind}${separateOwner ? ", as DATABASE_OWNER_URL's role; DATABASE_URL's role granted" : ""}).`);
});
