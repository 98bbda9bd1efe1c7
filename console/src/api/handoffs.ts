import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { keys } from './keys';
import type { components, paths } from './schema';

export type HandoffSummary = components['schemas']['HandoffSummary'];
export type HandoffFilter = NonNullable<paths['/v1/handoffs']['get']['parameters']['query']>;

export function useHandoffs(filter: HandoffFilter) {
  return useQuery({
    queryKey: keys.handoffs.list(filter),
    queryFn: () => unwrap(api.GET('/v1/handoffs', { params: { query: filter } })),
  });
}
