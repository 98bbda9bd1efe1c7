import { Client, Connection, defaultGrpcRetryOptions, makeGrpcRetryInterceptor } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { temporal } from '@temporalio/proto';
import { SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';
import { retryAbortedUpdates } from './retry-aborted-updates';

/**
 * With Temporal down, a call gives up after three retries, about a second (the SDK's default, ten
 * attempts, takes about 15 s), so that a request answers 503 rather than hang; once Temporal is back,
 * the channel reconnects within two seconds (gRPC's default backoff grows to two minutes).
 */
const CALL_ATTEMPTS = 4;
const MAX_RECONNECT_BACKOFF_MS = 2_000;

export async function connectClient(address: string, namespace: string): Promise<Client> {
  const connection = await Connection.connect({
    address,
    interceptors: [makeGrpcRetryInterceptor(defaultGrpcRetryOptions({ maxAttempts: CALL_ATTEMPTS }))],
    channelArgs: { 'grpc.initial_reconnect_backoff_ms': 500, 'grpc.max_reconnect_backoff_ms': MAX_RECONNECT_BACKOFF_MS },
  });
  return new Client({ connection, namespace, interceptors: { workflow: [retryAbortedUpdates] } });
}

export function connectWorker(address: string): Promise<NativeConnection> {
  return NativeConnection.connect({ address });
}

const INDEXED_TYPE = {
  KEYWORD: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
} as const;

/** Registers the product's search attributes on the namespace; those already there are left alone. */
export async function ensureSearchAttributes(client: Client): Promise<void> {
  const { namespace } = client.options;
  const existing = await client.connection.operatorService.listSearchAttributes({ namespace });
  const known = { ...existing.customAttributes, ...existing.systemAttributes };
  const missing = SEARCH_ATTRIBUTES.filter((attribute) => !(attribute.name in known));
  if (missing.length === 0) return;
  await client.connection.operatorService.addSearchAttributes({
    namespace,
    searchAttributes: Object.fromEntries(missing.map((attribute) => [attribute.name, INDEXED_TYPE[attribute.type]])),
  });
}
