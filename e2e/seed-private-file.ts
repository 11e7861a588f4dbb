// e2e only, run by playwright.config.ts before `next start` (the embedded database admits one process at
// a time, so this cannot happen once the server runs): migrates the e2e database and inserts the fixture
// private file and the fixture outbox message if they are not there yet.
import { eq } from "drizzle-orm";
import { runCli } from "../scripts/cli";
import { migrateDatabase } from "@/db/migrate";
import { outbox, privateFiles } from "@/db/schema";
import { env } from "@/lib/env";
import { E2E_OUTBOX_MESSAGE } from "./outbox-fixture";
import { E2E_PRIVATE_FILE } from "./private-file-fixture";

await runCli("e2e:seed-private-file", async (h) => {
  await migrateDatabase(h, env.DATABASE_URL);
  await h.db.insert(privateFiles).values(E2E_PRIVATE_FILE).onConflictDoNothing();
  const [seeded] = await h.db.select({ id: outbox.id }).from(outbox).where(eq(outbox.subject, E2E_OUTBOX_MESSAGE.subject));
  if (!seeded) await h.db.insert(outbox).values(E2E_OUTBOX_MESSAGE);
});
