import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrate, MIGRATIONS_DIR } from '../../src/db/migrate';
import { createDatabase, dropDatabase, withDatabase } from '../../src/db/server-databases';
import { INFRASTRUCTURE_ENV } from '../support/infrastructure';

// Runs against its own empty database on the run's server, created and dropped here.
describe('db:migrate', () => {
  const serverUrl = process.env[INFRASTRUCTURE_ENV.databaseUrl] ?? '';
  const database = `migrate_${process.pid}_${Date.now()}`;
  const databaseUrl = withDatabase(serverUrl, database);

  beforeAll(() => createDatabase(serverUrl, database));
  afterAll(() => dropDatabase(serverUrl, database));

  it('applies every migration once, in Prisma Migrate format, and is a no-op the second time', async () => {
    const names = (await readdir(MIGRATIONS_DIR, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    const concurrent = await Promise.all([migrate(databaseUrl), migrate(databaseUrl)]);
    expect(concurrent.flat().sort()).toEqual(names);
    expect(await migrate(databaseUrl)).toEqual([]);

    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query(
      'SELECT migration_name, length(checksum) AS checksum_length, finished_at IS NOT NULL AS finished, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    );
    await client.end();
    expect(rows).toEqual(names.map((name) => ({ migration_name: name, checksum_length: 64, finished: true, applied_steps_count: 1 })));
  });

  it('refuses an applied migration whose file changed, naming it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'migrations-'));
    try {
      await cp(MIGRATIONS_DIR, dir, { recursive: true });
      const [first] = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
      await writeFile(path.join(dir, first ?? '', 'migration.sql'), '-- edited\nSELECT 1;\n');
      await expect(migrate(databaseUrl, dir)).rejects.toThrow(`migration ${first} was changed after it was applied`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('rolls back a failing migration entirely and records nothing', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'migrations-'));
    try {
      await cp(MIGRATIONS_DIR, dir, { recursive: true });
      await rm(path.join(dir, 'migration_lock.toml'));
      const broken = path.join(dir, '99990101000000_broken');
      await cp(path.join(dir, (await readdir(dir)).sort()[0] ?? ''), broken, { recursive: true });
      await writeFile(path.join(broken, 'migration.sql'), 'CREATE TABLE half_done (id int);\nSELECT no_such_function();\n');
      await expect(migrate(databaseUrl, dir)).rejects.toThrow('migration 99990101000000_broken failed');
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      const table = await client.query("SELECT to_regclass('half_done') AS name");
      const recorded = await client.query('SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1', ['99990101000000_broken']);
      await client.end();
      expect(table.rows[0].name).toBeNull();
      expect(recorded.rowCount).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
