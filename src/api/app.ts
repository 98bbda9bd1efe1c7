import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import express, { Router } from 'express';
import { pinoHttp } from 'pino-http';
import swaggerUi from 'swagger-ui-express';
import type { SessionLifetime } from '../db/sessions';
import type { CustomerLinks } from '../customer-links/links';
import { AppError } from '../domain/errors';
import type { UseCaseContext } from '../use-cases/context';
import type { ApiKeyCache } from './api-key-cache';
import { authenticate } from './auth';
import { errorHandler } from './errors';
import { serveConsole, type ConsoleSettings } from './console';
import { createMetrics } from './metrics';
import { openApiDocument } from './openapi';
import { requestLogSerializers } from './request-log';
import { refuseCrossSiteOrigin } from './same-origin';
import { docsContentSecurityPolicy, securityHeaders } from './security-headers';
import { afterAuthentication, beforeAuthentication, customerRequests, type RateLimits } from './rate-limits';
import { addPublicRoutes, addV1Routes } from './routes';

export interface AppOptions {
  bodyLimit: string;
  rateLimits: RateLimits;
  sessions: SessionLifetime;
  invitationTtlMs: number;
  /** Where people reach the API, when not the origin requests name (a proxy that rewrites Host). */
  publicUrl: string | undefined;
  console: { buildDir: string; settings: ConsoleSettings };
  customerLinks: CustomerLinks;
  apiKeys: ApiKeyCache;
}

/** Within the 2 s a load balancer's readiness probe commonly allows. */
const READY_CHECK_DEADLINE_MS = 1_500;

async function isReady(context: UseCaseContext): Promise<Record<string, 'ok' | 'unreachable'>> {
  const [database, temporal] = await Promise.all([
    context.db.$queryRaw`SELECT 1`.then(
      () => 'ok' as const,
      () => 'unreachable' as const,
    ),
    context.temporal
      .withDeadline(Date.now() + READY_CHECK_DEADLINE_MS, () => context.temporal.workflowService.getSystemInfo({}))
      .then(
        () => 'ok' as const,
        () => 'unreachable' as const,
      ),
  ]);
  return { database, temporal };
}

export function buildApp(context: UseCaseContext, options: AppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.locals.publicUrl = options.publicUrl;
  const metrics = createMetrics();
  app.use(securityHeaders());
  app.use(
    pinoHttp({
      logger: context.logger,
      autoLogging: { ignore: (req) => req.url === '/healthz' },
      serializers: requestLogSerializers,
      wrapSerializers: false,
    }),
  );
  app.use(metrics.measure);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const checks = await isReady(context);
    const ready = Object.values(checks).every((check) => check === 'ok');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not_ready', checks });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  const registry = new OpenAPIRegistry();
  const v1 = Router();
  v1.use('/v1', ...beforeAuthentication(options.rateLimits));
  v1.use('/v1', express.json({ limit: options.bodyLimit }));
  v1.use('/v1', (req, _res, next) => {
    const hasBody = Number(req.header('content-length') ?? 0) > 0 || req.header('transfer-encoding') !== undefined;
    if (hasBody && !req.is('application/json')) {
      throw new AppError('unsupported_media_type', 'send the body as application/json');
    }
    next();
  });
  v1.use('/v1', refuseCrossSiteOrigin());
  v1.use('/v1/public', ...customerRequests(options.rateLimits));
  const routeOptions = { sessions: options.sessions, invitationTtlMs: options.invitationTtlMs, customerLinks: options.customerLinks, apiKeys: options.apiKeys };
  addPublicRoutes(v1, registry, context, routeOptions);
  v1.use('/v1', authenticate(context, options.sessions, options.apiKeys));
  v1.use('/v1', afterAuthentication(options.rateLimits));
  addV1Routes(v1, registry, context, routeOptions);
  v1.use('/v1', () => {
    throw new AppError('not_found', 'no such resource');
  });

  const document = openApiDocument(registry);
  app.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  app.use('/docs', docsContentSecurityPolicy(), swaggerUi.serve, swaggerUi.setup(document));
  app.use(v1);
  serveConsole(app, options.console.buildDir, options.console.settings);
  app.use(() => {
    throw new AppError('not_found', 'no such resource');
  });
  app.use(errorHandler(context.logger));
  return app;
}
