import { parseConfig, runMain } from '../config';
import { migrate } from '../db/migrate';
import { resolveDatabase } from '../embedded/database';

// `npm run db:migrate`: applies the committed migrations, with no network.
runMain(async () => {
  const database = await resolveDatabase(parseConfig(process.env), (line) => console.error(line));
  try {
    const applied = await migrate(database.url);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to apply: the database is up to date.');
  } finally {
    await database.stop();
  }
});
