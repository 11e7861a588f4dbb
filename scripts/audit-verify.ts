// npm run audit:verify: recompute the audit log's chain (HMAC under the audit key, plain SHA-256 for entries
// older than the keyed chain) and check it against the anchor file; exit 1 if any entry was altered, removed
// or replaced, or the newest entries were cut.
import { runCli } from "./cli";
import { verifyAuditChain } from "@/lib/audit";

await runCli("audit:verify", async (h) => {
  const r = await verifyAuditChain(h.db);
  if (!r.ok) {
    console.error(
      r.firstBadId === null
        ? `Audit log cannot be verified: ${r.reason}.`
        : `Audit log TAMPERED at entry #${r.firstBadId}: ${r.reason} (${r.checked} entries before it are intact).`,
    );
    process.exitCode = 1;
    return;
  }
  console.log(`Audit log intact: ${r.checked} entries verified (${r.keyed} keyed, ${r.legacy} plain SHA-256 from before the keyed chain).`);
  if (r.anchor.state === "ok") {
    console.log(`Anchor ${r.anchor.path}: ${r.anchor.count} entries up to #${r.anchor.lastId}, written ${r.anchor.at}.`);
  } else if (r.anchor.state === "missing") {
    console.log(`No anchor yet at ${r.anchor.path} (it is written after the next change).`);
  }
  if (r.unanchored > 0) {
    console.log(`${r.unanchored} entries are newer than the anchor (a change still settling, or a stop between a commit and its anchor): the chain vouches for them, the anchor not yet.`);
  }
});
