// npm run audit:verify: recompute the audit log's hash chain; exit 1 if any entry was altered or removed.
import { runCli } from "./cli";
import { verifyAuditChain } from "@/lib/audit";

await runCli("audit:verify", async (h) => {
  const r = await verifyAuditChain(h.db);
  if (r.ok) {
    console.log(`Audit log intact: ${r.checked} entries verified.`);
  } else {
    console.error(`Audit log TAMPERED at entry #${r.firstBadId}: ${r.reason} (${r.checked} entries before it are intact).`);
    process.exitCode = 1;
  }
});
