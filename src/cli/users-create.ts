import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { parseConfig, runMain } from '../config';
import { createDatabase } from '../db/client';
import { migrate } from '../db/migrate';
import { hashPassword } from '../db/passwords';
import { createUser } from '../db/users';
import { emailAddress, password as passwordRule } from '../domain/credentials';
import { isRole, ROLES } from '../domain/roles';
import { resolveDatabase } from '../embedded/database';

// `npm run --silent users:create -- --name NAME --role ROLE [--email ADDRESS] [--password-stdin [--key]]`:
// without --password-stdin, prints the new API key alone on stdout; with it, reads the password (one
// line) from standard input so that the user signs in, and prints a key only with --key.

const USAGE = `usage: npm run --silent users:create -- --name NAME --role ROLE [--email ADDRESS] [--password-stdin [--key]]
roles: ${ROLES.join(', ')}; --password-stdin needs --email and reads one line of 12 to 256 characters`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

async function firstLine(): Promise<string> {
  const lines = createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

runMain(async () => {
  const { values } = parseArgs({
    options: {
      name: { type: 'string' },
      role: { type: 'string' },
      email: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      key: { type: 'boolean' },
    },
  });
  const name = values.name?.trim();
  if (!name || !values.role || !isRole(values.role)) fail('a name and a role are needed');
  const email = values.email === undefined ? undefined : emailAddress.safeParse(values.email);
  if (email && !email.success) fail(`--email: ${email.error.issues[0]?.message ?? 'not an email address'}`);
  const signsIn = values['password-stdin'] === true;
  if (signsIn && !email) fail('--password-stdin: a person signs in with an email; give --email');
  const password = signsIn ? passwordRule.safeParse(await firstLine()) : undefined;
  if (password && !password.success) fail(`password: ${password.error.issues[0]?.message ?? 'not allowed'}`);

  const database = await resolveDatabase(parseConfig(process.env), (line) => console.error(line));
  const db = createDatabase(database.url);
  try {
    await migrate(database.url);
    const passwordHash = password ? await hashPassword(password.data) : undefined;
    const { user, apiKey } = await createUser(
      db,
      { name, role: values.role, ...(email ? { email: email.data } : {}), ...(passwordHash ? { passwordHash } : {}) },
      { apiKey: !signsIn || values.key === true },
    );
    console.error(`Created ${user.role} ${user.name} (${user.id})${signsIn ? `, who signs in as ${email?.data}` : ''}.`);
    if (apiKey) {
      console.error('The key is shown once:');
      console.log(apiKey);
    }
  } finally {
    await db.$disconnect();
    await database.stop();
  }
});
