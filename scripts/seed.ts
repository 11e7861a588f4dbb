// npm run db:seed: load the demo content (reference article, sample news, sample procedures, the reference conference) if it is not there yet.
import { runCli } from "./cli";
import { migrateDatabase } from "@/db/migrate";
import { seedDemoConference, seedDemoContent, seedDemoServices, seedSettings } from "@/db/seed";
import { env } from "@/lib/env";

await runCli("db:seed", async (h) => {
  await migrateDatabase(h, env.DATABASE_URL);
  await seedSettings(h.db);
  const { inserted } = await seedDemoContent(h.db);
  const services = await seedDemoServices(h.db);
  const conference = await seedDemoConference(h.db);
  console.log(`Demo content: ${inserted} article(s), ${services.inserted} sample procedure(s) and ${conference.inserted} conference report(s) added.`);
});
