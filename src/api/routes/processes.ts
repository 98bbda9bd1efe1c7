import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import { addRoute } from '../route';
import { PROCESS_CATALOG } from '../../domain/catalog';
import { z } from '../../schemas/zod';
import type { UseCaseContext } from '../../use-cases/context';

const ProcessCatalogSchema = z
  .object({
    processes: z.array(
      z.object({
        name: z.string(),
        title: z.string(),
        workflowType: z.string(),
        statuses: z.array(z.string()),
        steps: z.array(
          z.object({
            name: z.string(),
            title: z.string(),
            ownerRole: z.string(),
            target: z
              .object({ policy: z.string(), path: z.string() })
              .optional()
              .openapi({ description: 'Where the SLA target lives: a policy and the path of its duration there (`<severity>`, `<tier>`: one per value)' }),
          }),
        ),
        actions: z.array(
          z.object({ name: z.string(), title: z.string(), method: z.string(), path: z.string(), roles: z.array(z.string()) }),
        ),
      }),
    ),
  })
  .openapi('ProcessCatalog');

export function processRoutes(router: Router, registry: OpenAPIRegistry, context: UseCaseContext): void {
  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/processes',
    summary: 'The process catalog: steps, their owners and SLA targets, and the actions on each process',
    tag: 'Processes',
    responses: { 200: { description: 'The catalog', schema: ProcessCatalogSchema } },
    handler: async () => ({ status: 200, body: { processes: PROCESS_CATALOG } }),
  });
}
