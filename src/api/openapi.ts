import { OpenApiGeneratorV31, type OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';

export function openApiDocument(registry: OpenAPIRegistry) {
  registry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key: made with `npm run users:create`, or by a signed-in person for themselves',
  });
  registry.registerComponent('securitySchemes', 'sessionCookie', {
    type: 'apiKey',
    in: 'cookie',
    name: 'session',
    description: 'The session cookie `POST /v1/session` sets; a change sent with it needs a same-origin `Origin` header',
  });
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Service handoff and returns engine',
      version: '1.0.0',
      description:
        'Customer-service processes (cases, returns, credits, escalations, sales-to-service handoff) run as durable Temporal workflows. Errors are RFC 9457 problem+json.',
    },
    servers: [{ url: '/' }],
  });
}
