import openapiTS, { astToString } from 'openapi-typescript';
import { apiDocumentWithoutBackends } from '../api/api-document';

const HEADER = '// Generated from the API\'s OpenAPI document by `npm run console:api-types`; do not edit.\n\n';

/** The TypeScript types of the API, from the document the app serves at /openapi.json. */
export async function generateApiTypes(): Promise<string> {
  const document = apiDocumentWithoutBackends();
  const ast = await openapiTS(JSON.parse(JSON.stringify(document)) as Parameters<typeof openapiTS>[0]);
  return HEADER + astToString(ast);
}
