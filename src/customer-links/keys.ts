import type { Config } from '../config';
import type { Database } from '../db/client';
import { randomSecret } from '../db/secrets';

// The keys of customer links: CUSTOMER_LINK_KEY signs and, with CUSTOMER_LINK_OLD_KEYS, verifies.
// Unset, a key made once and kept in PostgreSQL does, so that `npm start` works with no
// configuration and the API and every worker sign alike.

export interface LinkKeys {
  signing: string;
  /** The signing key first, then the old ones still accepted. */
  verifying: string[];
}

const STORED_KEY_NAME = 'customer-links';

async function storedKey(db: Database): Promise<string> {
  await db.customerLinkKey.createMany({ data: [{ name: STORED_KEY_NAME, secret: randomSecret() }], skipDuplicates: true });
  return (await db.customerLinkKey.findUniqueOrThrow({ where: { name: STORED_KEY_NAME } })).secret;
}

export async function loadLinkKeys(db: Database, config: Pick<Config, 'CUSTOMER_LINK_KEY' | 'CUSTOMER_LINK_OLD_KEYS'>): Promise<LinkKeys> {
  const signing = config.CUSTOMER_LINK_KEY ?? (await storedKey(db));
  return { signing, verifying: [signing, ...config.CUSTOMER_LINK_OLD_KEYS.filter((key) => key !== signing)] };
}
