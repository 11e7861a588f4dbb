// Builds one migrated template database per test run: a PGlite dump (embedded) or a template database on
// the server (DATABASE_URL). Test files clone it instead of migrating again.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openPglite } from "@/db/client";
import { migratePglite, migratePostgres } from "@/db/migrate";
import { adminUrl, databaseUrlFor } from "./pg-url";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgTemplateDb: string;
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const { default: postgres } = await import("postgres");
    const name = `portal_tpl_${process.pid}_${Date.now()}`;
    const admin = postgres(adminUrl(serverUrl), { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    await migratePostgres(databaseUrlFor(serverUrl, name));
    project.provide("pgTemplateDb", name);
    project.provide("pgliteTemplate", "");
    return async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    };
  }
  const { db, client, close } = await openPglite({});
  await migratePglite(db);
  const dump = await client.dumpDataDir("none");
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "portal-tpl-")), "template.tar");
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await close();
  project.provide("pgliteTemplate", file);
  project.provide("pgTemplateDb", "");
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
