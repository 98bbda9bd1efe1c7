import { z } from 'zod';

// Every environment variable the product reads, parsed once. A bad value stops the process with
// the variable's name and what it expects.

const port = z.coerce.number().int().min(1).max(65_535);
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === '' ? undefined : value));

export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000).describe('0 picks a free port'),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: optionalText.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  DATA_DIR: z.string().min(1).default('.data'),
  EMBEDDED_PG_PORT: port.default(5433),
  TEMPORAL_ADDRESS: optionalText.pipe(
    z.string().regex(/^[\w.-]+:\d+$/, 'expected host:port, for example localhost:7233').optional(),
  ),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('service-processes'),
  TEMPORAL_PORT: port.default(7233),
  TEMPORAL_UI_PORT: port.default(8233),
  TEMPORAL_UI_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  TEMPORAL_CLI_PATH: optionalText,
  TEMPORAL_SERVER: z.enum(['dev', 'postgres']).default('dev'),
  TEMPORAL_DB_URL: optionalText.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  TEMPORAL_SERVER_BIN_DIR: optionalText,
  WORKFLOW_BUNDLE_PATH: optionalText,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/, 'expected a size such as 100kb')
    .default('100kb'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_PER_ADDRESS_PER_MINUTE: z.coerce.number().int().min(1).default(3000),
  AUTH_FAILURES_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  SESSION_IDLE_MINUTES: z.coerce.number().positive().max(24 * 60).default(30),
  SESSION_MAX_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
  INVITATION_TTL_HOURS: z.coerce.number().positive().max(24 * 30).default(72),
  PUBLIC_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  SMTP_URL: optionalText.pipe(z.url({ protocol: /^smtps?$/ }).optional()),
  SMTP_FROM: z.string().min(3).default('service@localhost'),
  NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  CUSTOMER_LINK_KEY: optionalText.pipe(z.string().min(32, 'at least 32 characters of secret').optional()),
  CUSTOMER_LINK_OLD_KEYS: optionalText
    .transform((value) => (value ? value.split(',').map((key) => key.trim()).filter(Boolean) : []))
    .pipe(z.array(z.string().min(32, 'each key at least 32 characters'))),
  CUSTOMER_LINK_TTL_DAYS: z.coerce.number().positive().max(366).default(60),
  CUSTOMER_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  CUSTOMER_FAILURES_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  NOTIFY_RETRY_SECONDS: z.coerce.number().positive().max(3600).default(30).describe('the wait after the first failed attempt; doubles after each further one'),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const result = ConfigSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** For the production entry points, which never start embedded servers. */
export function requireExternal(config: Config): Config & { DATABASE_URL: string; TEMPORAL_ADDRESS: string } {
  const { DATABASE_URL, TEMPORAL_ADDRESS } = config;
  const missing = [!DATABASE_URL && 'DATABASE_URL', !TEMPORAL_ADDRESS && 'TEMPORAL_ADDRESS'].filter(Boolean);
  if (!DATABASE_URL || !TEMPORAL_ADDRESS) {
    throw new ConfigError(`Invalid configuration:\n  ${missing.join(', ')}: required (npm start runs embedded servers instead)`);
  }
  return { ...config, DATABASE_URL, TEMPORAL_ADDRESS };
}

/** The Temporal UI the console and `npm start` point to: TEMPORAL_UI_URL, else the embedded dev server's. */
export function temporalUiUrl(config: Config): string {
  return (config.TEMPORAL_UI_URL ?? `http://localhost:${config.TEMPORAL_UI_PORT}`).replace(/\/$/, '');
}

/** Where customers open their links: PUBLIC_URL, else the API on this machine. */
export function customerLinkBase(config: Config): string {
  return (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, '');
}

/** Runs a command's main function; a configuration error ends the process with its message alone. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  });
}
