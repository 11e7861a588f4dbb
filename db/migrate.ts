// Applies the committed migrations in drizzle/ with drizzle-orm's migrator (drizzle-kit migrate cannot load
// PGlite's extensions). On a server, an advisory lock makes concurrent starts apply them once. With
// DATABASE_OWNER_URL they run as the tables' owner, which then grants DATABASE_URL's role what the portal
// needs and no more: on audit_log only SELECT and INSERT, so the serving role cannot rewrite the log, empty
// it, or switch off its trigger (ALTER needs ownership).
import path from "node:path";
import { sql as drizzleSql } from "drizzle-orm";
import { rowsOf, type Db } from "./client";
import { env } from "@/lib/env";

export const MIGRATIONS_FOLDER = path.resolve(process.cwd(), "drizzle");
const MIGRATION_LOCK_ID = 7_204_2014;

type Sql = import("postgres").Sql;

export async function migratePglite(db: Db, migrationsFolder = MIGRATIONS_FOLDER): Promise<void> {
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  await migrate(db as never, { migrationsFolder });
}

/** Tables the serving role may only read and append to. */
const APPEND_ONLY_TABLES = ["audit_log"];

export class RoleSetupError extends Error {
  readonly code = "ROLE_SETUP";
  constructor(message: string) {
    super(message);
    this.name = "RoleSetupError";
  }
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Run as the owner after every migration (idempotent): grants the serving role the rest of the portal, and
 * default privileges so that tables a later migration creates are usable before the next grant. Refuses a
 * serving role that could still alter the tables whatever is granted: a superuser, a member of the owner,
 * or the owner of the schema (who may drop any table in it).
 */
export async function grantServingRole(owner: Sql, servingRole: string): Promise<void> {
  await checkServingRole(owner, servingRole);
  const app = ident(servingRole);
  const appendOnly = APPEND_ONLY_TABLES.map((t) => `public.${ident(t)}`).join(", ");
  await owner.begin(async (tx) => {
    await tx.unsafe(`grant usage on schema public to ${app}`);
    await tx.unsafe(`grant select, insert, update, delete on all tables in schema public to ${app}`);
    await tx.unsafe(`revoke all on ${appendOnly} from ${app}`);
    await tx.unsafe(`grant select, insert on ${appendOnly} to ${app}`);
    await tx.unsafe(`grant usage, select on all sequences in schema public to ${app}`);
    await tx.unsafe(`alter default privileges in schema public grant select, insert, update, delete on tables to ${app}`);
    await tx.unsafe(`alter default privileges in schema public grant usage, select on sequences to ${app}`);
  });
}

/** The refusals of grantServingRole, also checked before migrating so that nothing changes first. Returns the owner's name. */
export async function checkServingRole(owner: Sql, servingRole: string): Promise<string> {
  const [me] = await owner<{ name: string }[]>`select current_user as name`;
  const ownerRole = me!.name;
  if (ownerRole === servingRole) throw new RoleSetupError(`DATABASE_OWNER_URL and DATABASE_URL both sign in as "${servingRole}": use two roles, or unset DATABASE_OWNER_URL.`);
  const [role] = await owner<{ super: boolean; member: boolean; schemaOwner: boolean }[]>`
    select r.rolsuper as super,
           pg_has_role(r.oid, ${ownerRole}::name, 'MEMBER') as member,
           pg_has_role(r.oid, (select nspowner from pg_namespace where nspname = 'public'), 'MEMBER') as "schemaOwner"
    from pg_roles r where r.rolname = ${servingRole}::name`;
  if (!role) throw new RoleSetupError(`The role "${servingRole}" of DATABASE_URL does not exist.`);
  if (role.super) throw new RoleSetupError(`DATABASE_URL's role "${servingRole}" is a superuser: no grant can keep it from rewriting the audit log. Serve through an ordinary role.`);
  if (role.member) throw new RoleSetupError(`DATABASE_URL's role "${servingRole}" is a member of the owner "${ownerRole}" and so has its rights. Serve through a role that is not.`);
  if (role.schemaOwner) {
    throw new RoleSetupError(
      `DATABASE_URL's role "${servingRole}" owns the schema public (or the database), so it may drop any table. Make the owner role own the database: ALTER DATABASE ... OWNER TO ${ident(ownerRole)}.`,
    );
  }
  const foreign = await owner<{ name: string; owner: string }[]>`
    select c.relname as name, pg_get_userbyid(c.relowner) as owner from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p', 'S') and c.relowner <> (select oid from pg_roles where rolname = ${ownerRole}::name)`;
  if (foreign.length) {
    const owners = [...new Set(foreign.map((f) => f.owner))];
    throw new RoleSetupError(
      `Tables are not owned by "${ownerRole}" (e.g. ${foreign[0]!.name}, owned by ${owners.join(", ")}). As a superuser, once: ` +
        owners.map((o) => `REASSIGN OWNED BY ${ident(o)} TO ${ident(ownerRole)};`).join(" "),
    );
  }
  return ownerRole;
}

export async function migratePostgres(url: string, migrationsFolder = MIGRATIONS_FOLDER, options: { servingRole?: string } = {}): Promise<void> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  const sql = postgres(url, { max: 1, connect_timeout: 10, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
    try {
      if (options.servingRole) await checkServingRole(sql, options.servingRole);
      await migrate(drizzle({ client: sql }), { migrationsFolder });
      if (options.servingRole) await grantServingRole(sql, options.servingRole);
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`;
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** The role a database handle works as. */
export async function currentRole(db: Db): Promise<string> {
  return rowsOf<{ name: string }>(await db.execute(drizzleSql`select current_user as name`))[0]!.name;
}

/**
 * Migrates the database behind `handle` (the portal's own connection). On a server with an owner URL, the
 * migrations and grants run as the owner; with none, the serving role owns the tables (one role does both).
 */
export async function migrateDatabase(
  handle: { db: Db; kind: "pglite" | "postgres" },
  url?: string,
  ownerUrl: string | undefined = env.DATABASE_OWNER_URL,
): Promise<{ separateOwner: boolean }> {
  if (handle.kind !== "postgres") {
    await migratePglite(handle.db);
    return { separateOwner: false };
  }
  if (!ownerUrl) {
    await migratePostgres(url!);
    return { separateOwner: false };
  }
  await migratePostgres(ownerUrl, MIGRATIONS_FOLDER, { servingRole: await currentRole(handle.db) });
  return { separateOwner: true };
}
