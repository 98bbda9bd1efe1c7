import { parseArgs } from 'node:util';
import { parseConfig, runMain } from '../config';
import { createDatabase } from '../db/client';
import { migrate } from '../db/migrate';
import { createUser } from '../db/users';
import { isRole, ROLES } from '../domain/roles';
import { resolveDatabase } from '../embedded/database';

// `npm run --silent users:create -- --name NAME --role ROLE [--email ADDRESS]`: prints the new API key alone on stdout.
runMain(async () => {
  const { values } = parseArgs({ options: { name: { type: 'string' }, role: { type: 'string' }, email: { type: 'string' } } });
  const name = values.name?.trim();
  if (!name || !values.role || !isRole(values.role) || (values.email !== undefined && !/^[^@\s]+@[^@\s]+$/.test(values.email))) {
    console.error(`usage: npm run --silent users:create -- --name NAME --role ROLE [--email ADDRESS]\nroles: ${ROLES.join(', ')}`);
    process.exit(2);
  }
  const database = await resolveDatabase(parseConfig(process.env), (line) => console.error(line));
  const db = createDatabase(database.url);
  try {
    await migrate(database.url);
    const { user, apiKey } = await createUser(db, name, values.role, values.email);
    console.error(`Created ${user.role} ${user.name} (${user.id}). The key is shown once:`);
    console.log(apiKey);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
});
