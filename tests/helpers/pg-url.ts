// URL helpers for tests on a PostgreSQL server: the same server, another database.
export function databaseUrlFor(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A maintenance connection (database "postgres") for CREATE/DROP DATABASE. */
export function adminUrl(url: string): string {
  return databaseUrlFor(url, "postgres");
}
