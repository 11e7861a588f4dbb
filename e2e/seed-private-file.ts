// e2e only, run by playwright.config.ts before `next start` (the embedded database admits one process at
// a time, so this cannot happen once the server runs): migrates the e2e database and inserts the fixture
// private file if it is not there yet.
import { runCli } from "../scripts/cli";
import { migrateDatabase } from "@/db/migrate";
import { privateFiles } from "@/db/schema";
import { env } from "@/lib/env";
import { E2E_PRIVATE_FILE } from "./private-file-fixture";

await runCli("e2e:seed-private-file", async (h) => {
  await migrateDatabase(h, env.DATABASE_URL);
  await h.db.insert(privateFiles).values(E2E_PRIVATE_FILE).onConflictDoNothing();
});
