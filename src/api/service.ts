import type { Logger } from 'pino';
import type { ConnectedBackends } from '../backends';
import { customerLinkBase, temporalUiUrl, type Config } from '../config';
import { loadLinkKeys } from '../customer-links/keys';
import { createCustomerLinks } from '../customer-links/links';
import { CONSOLE_BUILD_DIR } from '../console/paths';
import { createApiKeyCache } from './api-key-cache';
import { buildApp } from './app';
import { scheduleExpiredRowsPurge } from './expired-rows-purge';
import { listen } from './server';

export interface RunningApi {
  url: string;
  stop(): Promise<void>;
}

/** The API on connected backends: the app, its listener and the purge of expired idempotency keys and sessions. */
export async function startApi(config: Config, { db, client, databaseUrl }: ConnectedBackends, logger: Logger): Promise<RunningApi> {
  const apiKeys = createApiKeyCache(databaseUrl, logger);
  const app = buildApp(
    { db, temporal: client, taskQueue: config.TEMPORAL_TASK_QUEUE, logger },
    {
      bodyLimit: config.BODY_LIMIT,
      rateLimits: {
        perUser: config.RATE_LIMIT_PER_MINUTE,
        perAddress: config.RATE_LIMIT_PER_ADDRESS_PER_MINUTE,
        authFailuresPerAddress: config.AUTH_FAILURES_PER_MINUTE,
        customerPerAddress: config.CUSTOMER_REQUESTS_PER_MINUTE,
        customerFailuresPerAddress: config.CUSTOMER_FAILURES_PER_MINUTE,
      },
      sessions: { idleMs: config.SESSION_IDLE_MINUTES * 60_000, maxMs: config.SESSION_MAX_HOURS * 3_600_000 },
      invitationTtlMs: config.INVITATION_TTL_HOURS * 3_600_000,
      publicUrl: config.PUBLIC_URL,
      console: {
        buildDir: CONSOLE_BUILD_DIR,
        settings: { temporalUiWorkflows: `${temporalUiUrl(config)}/namespaces/${config.TEMPORAL_NAMESPACE}/workflows` },
      },
      customerLinks: createCustomerLinks(await loadLinkKeys(db, config), customerLinkBase(config), config.CUSTOMER_LINK_TTL_DAYS * 86_400_000),
      apiKeys,
    },
  );
  const server = await listen(app, config.PORT, config.HOST);
  const stopPurge = scheduleExpiredRowsPurge(db, logger);
  return {
    url: server.url,
    async stop() {
      stopPurge();
      await server.close();
      await apiKeys.close();
    },
  };
}
