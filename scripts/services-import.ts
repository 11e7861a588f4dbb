// npm run services:import -- FILE [--dry-run]: the catalogue import from a shell (CSV or JSON, SPEC "Catalogue
// import format"), as /admin/services/import does it: the preview per row, then all rows in one transaction,
// or, with any bad row, nothing and every bad row named ("Dòng N"). Refuses while the server holds the
// embedded database (runCli). Acts as the system: whoever can run it already holds the database.
import fs from "node:fs";
import path from "node:path";
import { runCli } from "./cli";
import { migrateDatabase } from "@/db/migrate";
import { env } from "@/lib/env";
import { SYSTEM_ACTOR } from "@/lib/auth/permissions";
import { describeRowError } from "@/lib/services/import-format";
import { previewImport, type ImportReport } from "@/lib/services/import";
import { importProcedures } from "@/lib/services/mutations";

const args = process.argv.slice(2).filter((a) => a !== "--");
const dryRun = args.includes("--dry-run");
const file = args.find((a) => !a.startsWith("--"));
if (!file) {
  console.error("Usage: npm run services:import -- FILE.csv|FILE.json [--dry-run]");
  process.exit(2);
}
let bytes: Buffer;
try {
  bytes = fs.readFileSync(file);
} catch (err) {
  console.error(`services:import: cannot read ${file}: ${(err as Error).message}`);
  process.exit(2);
}

const operator = { ...SYSTEM_ACTOR, name: "Dòng lệnh services:import", userAgent: "services:import" };

function printReport(report: ImportReport): void {
  console.error(`Tệp có lỗi, chưa có gì được nhập (${report.rowErrors.length} dòng lỗi trên ${report.rowCount} dòng).`);
  for (const m of report.fileErrors) console.error(`  ${m}`);
  for (const e of report.rowErrors) console.error(`  ${describeRowError(e)}`);
}

await runCli("services:import", async (h) => {
  await migrateDatabase(h, env.DATABASE_URL);
  const input = { filename: path.basename(file), bytes };
  const preview = await previewImport(operator, input);
  if (!preview.ok) {
    printReport(preview.report);
    process.exitCode = 1;
    return;
  }
  const { counts, newFields, newAgencies, rows } = preview.plan;
  console.log(`${rows.length} thủ tục: ${counts.created} mới, ${counts.updated} thay đổi, ${counts.unchanged} không đổi.`);
  if (newFields.length) console.log(`Lĩnh vực mới: ${newFields.join("; ")}`);
  if (newAgencies.length) console.log(`Cơ quan mới: ${newAgencies.map((a) => (a.code ? `${a.name} (${a.code})` : `${a.name} (mã tạm)`)).join("; ")}`);
  for (const r of rows.filter((x) => x.action !== "unchanged").slice(0, 50)) {
    console.log(`  Dòng ${r.line} ${r.code}: ${r.action === "create" ? "mới" : `thay đổi ${r.changes.join(", ")}`}`);
  }
  if (dryRun) {
    console.log("--dry-run: chưa nhập gì.");
    return;
  }
  const result = await importProcedures(operator, input, { expectedDigest: preview.plan.digest });
  if (!result.ok) {
    if (result.report) printReport(result.report);
    else console.error(Object.values(result.errors).join(" "));
    process.exitCode = 1;
    return;
  }
  console.log(`Đã nhập: ${result.value.created} mới, ${result.value.updated} cập nhật, ${result.value.unchanged} không đổi.`);
});
