// npm run db:seed: load the demo content (reference article, sample news, sample procedures, the reference conference, sample award decisions) if it is not there yet.
import { runCli } from "./cli";
import { migrateDatabase } from "@/db/migrate";
import { seedDemoAwards, seedDemoConference, seedDemoContent, seedDemoServices, seedSettings } from "@/db/seed";
import { env } from "@/lib/env";

await runCli("db:seed", async (h) => {
  await migrateDatabase(h, env.DATABASE_URL);
  await seedSettings(h.db);
  const { inserted } = await seedDemoContent(h.db);
  const services = await seedDemoServices(h.db);
  const conference = await seedDemoConference(h.db);
  const awards = await seedDemoAwards(h.db);
  console.log(`Demo content: ${inserted} article(s), ${services.inserted} sample procedure(s), ${conference.inserted} conference report(s) and ${awards.inserted} sample award decision(s) added.`);
});
