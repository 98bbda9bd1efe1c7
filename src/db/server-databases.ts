import pg from 'pg';

// Databases on a PostgreSQL server (the embedded one, a test run's, a benchmark's), managed through
// its `postgres` maintenance database so that no session holds a template open.

export function withDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
}

async function onServer(url: string, sql: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}

export async function createDatabase(url: string, database: string, template?: string): Promise<void> {
  const from = template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : '';
  await onServer(url, `CREATE DATABASE ${pg.escapeIdentifier(database)}${from}`);
}

export async function createDatabaseIfMissing(url: string, database: string): Promise<void> {
  const { rowCount } = await onServer(url, 'SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (!rowCount) await createDatabase(url, database);
}

export async function dropDatabase(url: string, database: string): Promise<void> {
  await onServer(url, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
}

export function databaseName(url: string): string {
  return new URL(url).pathname.slice(1);
}
