import pg from 'pg';

// Databases on the run's PostgreSQL server, managed through its `postgres` maintenance database so
// that no session holds the template open.

export function withDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
}

async function onServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function createDatabase(url: string, database: string, template?: string): Promise<void> {
  const from = template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : '';
  return onServer(url, `CREATE DATABASE ${pg.escapeIdentifier(database)}${from}`);
}

export function dropDatabase(url: string, database: string): Promise<void> {
  return onServer(url, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
}

export function databaseName(url: string): string {
  return new URL(url).pathname.slice(1);
}
