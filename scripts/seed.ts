// npm run db:seed: load the demo content (reference article, sample news, sample procedures) if it is not there yet.
import { runCli } from "./cli";
import { migrateDatabase } from "@/db/migrate";
import { seedDemoContent, seedDemoServices, seedSettings } from "@/db/seed";
import { env } from "@/lib/env";

await runCli("db:seed", async (h) => {
  await migrateDatabase(h, env.DATABASE_URL);
  await seedSettings(h.db);
  const { inserted } = await seedDemoContent(h.db);
  const services = await seedDemoServices(h.db);
  console.log(`Demo content: ${inserted} article(s) and ${services.inserted} sample procedure(s) added.`);
});
