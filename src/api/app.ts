import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import express, { Router } from 'express';
import { pinoHttp } from 'pino-http';
import swaggerUi from 'swagger-ui-express';
import { AppError } from '../domain/errors';
import type { UseCaseContext } from '../use-cases/context';
import { authenticate } from './auth';
import { errorHandler } from './errors';
import { createMetrics } from './metrics';
import { openApiDocument } from './openapi';
import { afterAuthentication, beforeAuthentication, type RateLimits } from './rate-limits';
import { auditRoutes } from './routes/audit';
import { caseRoutes } from './routes/cases';
import { customerRoutes } from './routes/customers';
import { creditRoutes } from './routes/credits';
import { delegationRoutes } from './routes/delegations';
import { escalationRoutes } from './routes/escalations';
import { handoffRoutes } from './routes/handoffs';
import { policyRoutes } from './routes/policies';
import { policyChangeRoutes } from './routes/policy-changes';
import { processRoutes } from './routes/processes';
import { reportRoutes } from './routes/reports';
import { returnRoutes } from './routes/returns';
import { userRoutes } from './routes/users';

export interface AppOptions {
  bodyLimit: string;
  rateLimits: RateLimits;
}

async function isReady(context: UseCaseContext): Promise<Record<string, 'ok' | 'unreachable'>> {
  const [database, temporal] = await Promise.all([
    context.db.$queryRaw`SELECT 1`.then(
      () => 'ok' as const,
      () => 'unreachable' as const,
    ),
    context.temporal
      .withDeadline(Date.now() + 2000, () => context.temporal.workflowService.getSystemInfo({}))
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
  const metrics = createMetrics();
  app.use(pinoHttp({ logger: context.logger, autoLogging: { ignore: (req) => req.url === '/healthz' } }));
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
  v1.use('/v1', authenticate(context));
  v1.use('/v1', afterAuthentication(options.rateLimits));
  caseRoutes(v1, registry, context);
  customerRoutes(v1, registry, context);
  creditRoutes(v1, registry, context);
  delegationRoutes(v1, registry, context);
  reportRoutes(v1, registry, context);
  escalationRoutes(v1, registry, context);
  handoffRoutes(v1, registry, context);
  policyRoutes(v1, registry, context);
  policyChangeRoutes(v1, registry, context);
  processRoutes(v1, registry, context);
  returnRoutes(v1, registry, context);
  userRoutes(v1, registry, context);
  auditRoutes(v1, registry, context);
  v1.use('/v1', () => {
    throw new AppError('not_found', 'no such resource');
  });

  const document = openApiDocument(registry);
  app.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  app.use('/docs', swaggerUi.serve, swaggerUi.setup(document));
  app.use(v1);
  app.use(() => {
    throw new AppError('not_found', 'no such resource');
  });
  app.use(errorHandler(context.logger));
  return app;
}
