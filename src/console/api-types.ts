import openapiTS, { astToString } from 'openapi-typescript';
import { apiDocumentWithoutBackends } from '../api/api-document';

const HEADER = '// Generated from the API\'s OpenAPI document by `npm run console:api-types`; do not edit.\n\n';

/**
 * A nullable reference is written `allOf: [{$ref}, {type: ['object', 'null']}]`, which
 * openapi-typescript reads as `T & (Record<string, never> | null)`, a type nothing satisfies;
 * `anyOf: [{$ref}, {type: 'null'}]` says the same and reads as `T | null`.
 */
function nullableReferencesAsUnions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullableReferencesAsUnions);
  if (typeof node !== 'object' || node === null) return node;
  const { allOf, ...rest } = node as { allOf?: unknown[] } & Record<string, unknown>;
  const [reference, nullable] = allOf ?? [];
  const isNullableReference =
    allOf?.length === 2 &&
    typeof reference === 'object' &&
    reference !== null &&
    '$ref' in reference &&
    JSON.stringify((nullable as { type?: unknown } | undefined)?.type) === JSON.stringify(['object', 'null']);
  const entries = Object.entries(isNullableReference ? { ...rest, anyOf: [reference, { type: 'null' }] } : node);
  return Object.fromEntries(entries.map(([key, value]) => [key, nullableReferencesAsUnions(value)]));
}

/** The TypeScript types of the API, from the document the app serves at /openapi.json. */
export async function generateApiTypes(): Promise<string> {
  const document = nullableReferencesAsUnions(JSON.parse(JSON.stringify(apiDocumentWithoutBackends())));
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0]);
  return HEADER + astToString(ast);
}
