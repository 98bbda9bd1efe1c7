import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import { addRoute } from '../route';
import { IssuesReportQuery, IssuesReportSchema, OpenWorkQuery, OpenWorkSchema, ResolutionReportQuery, ResolutionReportSchema, SlaReportQuery, SlaReportSchema } from '../../schemas/reports';
import type { UseCaseContext } from '../../use-cases/context';
import { readIssuesReport, readOpenWork, readSlaReport } from '../../use-cases/reports';
import { readResolutionReport } from '../../use-cases/resolution-report';

export function reportRoutes(router: Router, registry: OpenAPIRegistry, context: UseCaseContext): void {
  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/reports/sla',
    summary: 'SLA per process and step: durations, breaches of the steps started in the window, and the work at risk or breached now',
    tag: 'Reports',
    query: SlaReportQuery,
    responses: { 200: { description: 'The SLA report', schema: SlaReportSchema } },
    handler: async ({ query }, ctx) => ({ status: 200, body: await readSlaReport(ctx, query) }),
  });

  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/reports/issues',
    summary: 'Recurring issues: escalations raised in the window by category, with the customers they touched',
    tag: 'Reports',
    query: IssuesReportQuery,
    responses: { 200: { description: 'The issues report', schema: IssuesReportSchema } },
    handler: async ({ query }, ctx) => ({ status: 200, body: await readIssuesReport(ctx, query) }),
  });

  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/reports/resolution',
    summary: 'Passed around: first-contact resolution, transfers per case, callbacks kept, late and missed per owner, and repeat contacts',
    tag: 'Reports',
    query: ResolutionReportQuery,
    responses: { 200: { description: 'The resolution report', schema: ResolutionReportSchema } },
    handler: async ({ query }, ctx) => ({ status: 200, body: await readResolutionReport(ctx, query) }),
  });

  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/reports/open-work',
    summary: 'The open steps at risk or breached now, the earliest due first, each with its case and workflow',
    tag: 'Reports',
    query: OpenWorkQuery,
    responses: { 200: { description: 'The work to chase', schema: OpenWorkSchema } },
    handler: async ({ query }, ctx) => ({ status: 200, body: await readOpenWork(ctx, query) }),
  });
}
